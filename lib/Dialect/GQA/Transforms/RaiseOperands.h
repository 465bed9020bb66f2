//===- RaiseOperands.h - Contractions and Q, K, V of the raise --*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): the `Q K^T` and `P V`
// contractions, and the walk back from their operands through layout
// changes to the values whose dimensions are exactly batch, heads, sequence
// and head dim, undoing at most one broadcast that repeats the key/value
// heads.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISEOPERANDS_H
#define GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISEOPERANDS_H

#include "RaiseLabels.h"
#include "RaiseSupport.h"

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Support/LLVM.h"

namespace mlir::gqa::raise {

//===----------------------------------------------------------------------===//
// Contractions
//===----------------------------------------------------------------------===//

/// A two-input contraction (`linalg.matmul`, `linalg.batch_matmul`, a
/// contraction `linalg.generic`) and the loops of each kind.
struct Contraction {
  linalg::LinalgOp op;
  linalg::ContractionDimensions dims;
};

/// Recognizes `op` as a contraction with at most two batch dimensions and
/// exactly one M, N and K dimension.
FailureOr<Contraction> matchContraction(Operation *op, Reason &why);

/// Labels of the operand or result `operand` of `op` from the labels of its
/// loops. Constant (broadcast) results are unit dimensions.
Labels labelsFromLoops(linalg::LinalgOp op, OpOperand *operand,
                       const Labels &loopLabels);

//===----------------------------------------------------------------------===//
// Tracing Q, K and V
//===----------------------------------------------------------------------===//

/// Where one of Q, K or V really comes from.
struct TracedOperand {
  /// A value whose dimensions each hold one role (or are units).
  Value base;
  Labels labels;
  /// Product of the constant factors applied between `base` and the
  /// contraction.
  double scale = 1.0;
  /// True if a broadcast repeated the heads on the way.
  bool repeated = false;
  HeadMapping mapping = HeadMapping::Contiguous;
  /// Set if an `arith.extf` widened `base` on the way: the element type the
  /// contraction computes in.
  Type widenedTo;

  /// The element type the contraction reads.
  Type computeType() const {
    return widenedTo ? widenedTo : getElementTypeOrSelf(base.getType());
  }
};

/// Walks `value` (labelled `labels`) back to the value it is a view of,
/// undoing at most one heads repetition (only if `allowRepeat`) and folding
/// constant scalings into the scale.
FailureOr<TracedOperand> traceOperand(Value value, Labels labels,
                                      bool allowRepeat, StringRef name,
                                      Reason &why);

} // namespace mlir::gqa::raise

#endif // GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISEOPERANDS_H
