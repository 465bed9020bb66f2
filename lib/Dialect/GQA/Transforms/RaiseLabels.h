//===- RaiseLabels.h - Dimension labels of the attention raise --*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): the labels that say what
// each dimension of a tensor is in the attention ("the batch times the
// heads", "the key sequence"), and their propagation through reshapes.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISELABELS_H
#define GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISELABELS_H

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Support/LLVM.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mlir::gqa::raise {

//===----------------------------------------------------------------------===//
// Dimension labels
//===----------------------------------------------------------------------===//

/// What one factor of a tensor dimension is in the attention.
enum class Role : uint8_t {
  Batch,
  Heads,
  /// Batch and heads merged into one dimension whose split is not known yet.
  BatchHeads,
  /// The outer and inner factors of a heads dimension split by a reshape,
  /// before a broadcast tells which of them is the repetition.
  HeadsOuter,
  HeadsInner,
  QueryLen,
  KeyLen,
  HeadDim,
  ValueDim,
  Unit,
};

/// The name of `role` in failure reasons.
StringRef roleName(Role role);

/// One factor of a dimension.
struct Atom {
  Role role;
  int64_t size;
};

/// The factors of one dimension, outermost first.
using DimLabel = SmallVector<Atom, 2>;

/// The labels of every dimension of a tensor.
using Labels = SmallVector<DimLabel, 4>;

/// Prints labels as `[batch, heads*1, key-seq]`, for failure reasons.
std::string toString(const Labels &labels);

/// The non-unit atoms of a dimension.
DimLabel nonUnit(const DimLabel &dim);

/// Labels of the source of a `tensor.collapse_shape` from those of its result.
FailureOr<Labels> labelsBeforeCollapse(tensor::CollapseShapeOp op,
                                       const Labels &resultLabels);

/// Labels of the result of a `tensor.expand_shape` from those of its source.
FailureOr<Labels> labelsAfterExpand(tensor::ExpandShapeOp op,
                                    const Labels &srcLabels);

/// Labels of the source of a `tensor.expand_shape` from those of its result.
Labels labelsBeforeExpand(tensor::ExpandShapeOp op, const Labels &labels);

/// Labels of the result of a `tensor.collapse_shape` from those of its source.
Labels labelsAfterCollapse(tensor::CollapseShapeOp op, const Labels &labels);

/// The dimension whose only non-unit atom has `role`, if any.
std::optional<unsigned> findRole(const Labels &labels, Role role);

} // namespace mlir::gqa::raise

#endif // GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISELABELS_H
