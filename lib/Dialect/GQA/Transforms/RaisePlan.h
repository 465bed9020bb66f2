//===- RaisePlan.h - Plan and build of the raised attention -----*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): the match of the whole
// attention around a softmax, in phases (scores, probabilities, `P V`, Q, K
// and V, shapes), into a plan that changes nothing, and the build of the
// `gqa.attention` of a plan in place of the `P V` result.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISEPLAN_H
#define GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISEPLAN_H

#include "RaiseLabels.h"
#include "RaiseOperands.h"
#include "RaiseScores.h"
#include "RaiseSoftmax.h"
#include "RaiseSupport.h"

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Support/LLVM.h"

#include <optional>

namespace mlir::gqa::raise {

//===----------------------------------------------------------------------===//
// The whole attention
//===----------------------------------------------------------------------===//

/// A whole attention as matched: what the build of its `gqa.attention`
/// needs, found without changing the IR.
struct AttentionPlan {
  TracedOperand query, key, value;
  double scale = 1.0;
  std::optional<double> softcap;
  MaskPlan masks;
  /// The `P V` contraction and the labels of its result.
  linalg::LinalgOp pv;
  Labels resultLabels;
  /// The attention's element type, and the op its result replaces: `pv`,
  /// or the truncation of `pv`'s result to that type.
  Type elementType;
  Operation *replaced = nullptr;
};

/// Matches the whole attention around `softmax` without changing the IR,
/// looking index-built masks up in `cache` if there is one.
FailureOr<AttentionPlan> planAttention(const Softmax &softmax,
                                       MaskGridCache *cache, Reason &why);

//===----------------------------------------------------------------------===//
// Building
//===----------------------------------------------------------------------===//

/// Creates the `gqa.attention` of `plan` and replaces the `P V` result.
AttentionOp buildAttention(RewriterBase &rewriter, const AttentionPlan &plan);

} // namespace mlir::gqa::raise

#endif // GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISEPLAN_H
