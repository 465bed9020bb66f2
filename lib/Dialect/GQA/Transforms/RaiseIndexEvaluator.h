//===- RaiseIndexEvaluator.h - Evaluator of index-only tensors --*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): a small interpreter that
// evaluates, at every position, the tensors computed from indices and
// constants only, such as causal masks, so that they can be fitted to the
// causal/window attributes of `gqa.attention`.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISEINDEXEVALUATOR_H
#define GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISEINDEXEVALUATOR_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/DenseMap.h"

#include <cstdint>

namespace mlir::gqa::raise {

//===----------------------------------------------------------------------===//
// Interpreter for index-only tensors
//===----------------------------------------------------------------------===//

/// Evaluates elements of tensors computed only from indices and constants
/// (causal masks built from `linalg.index`, iotas, compares and selects).
/// Every value is held as a double: integers up to 2^53, booleans as 0/1.
class IndexEvaluator {
public:
  /// The element of `tensor` at `index`, or failure if it depends on
  /// anything but indices and constants.
  FailureOr<double> evalTensor(Value tensor, ArrayRef<int64_t> index);

  /// The value of `value` inside the body of `op` at iteration `point`.
  FailureOr<double> evalInBody(linalg::LinalgOp op, Value value,
                               ArrayRef<int64_t> point);

private:
  /// The result of the scalar op `op` on the values `operands`.
  FailureOr<double> evalOp(Operation *op, ArrayRef<double> operands);
  /// Counts one step; false once the step budget is spent.
  bool spend() { return ++steps < kMaxSteps; }

  static constexpr int64_t kMaxSteps = 1 << 24;
  int64_t steps = 0;
  DenseMap<std::pair<Value, int64_t>, double> cache;
};

/// The multi-index of `linear` in `shape`.
SmallVector<int64_t> delinearize(int64_t linear, ArrayRef<int64_t> shape);

} // namespace mlir::gqa::raise

#endif // GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISEINDEXEVALUATOR_H
