//===- RaiseSoftmax.h - Softmax matcher of the attention raise --*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): the softmax where every
// match starts, a `linalg.softmax` or the max/sub/exp/sum/div of a
// decomposed one, and the "safe softmax" guard that may follow it.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISESOFTMAX_H
#define GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISESOFTMAX_H

#include "RaiseSupport.h"

#include "mlir/IR/Operation.h"
#include "mlir/Support/LLVM.h"

namespace mlir::gqa::raise {

//===----------------------------------------------------------------------===//
// Softmax
//===----------------------------------------------------------------------===//

/// A softmax along one dimension: `probs = softmax(input, dim)`.
struct Softmax {
  Value input;
  unsigned dim;
  Value probs;
};

/// Skips `arith.extf`/`arith.truncf` in a body.
Value skipCasts(Value value);

/// If `probs` is guarded by the "safe softmax" select that zeroes rows whose
/// scores are all -inf, returns the guarded value.
Value skipSafeSoftmaxGuard(Value probs, Value scores, unsigned dim);

/// Recognizes the softmax rooted at `op`. Fails with a `NotACandidate`
/// reason when `op` is not a softmax at all.
FailureOr<Softmax> matchSoftmax(Operation *op, Reason &why);

} // namespace mlir::gqa::raise

#endif // GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISESOFTMAX_H
