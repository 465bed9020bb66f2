//===- Transforms.h - GQA dialect transformations ---------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Rewrite patterns and library functions on the `gqa` dialect, shared by the
// passes and by any other driver.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_GQA_TRANSFORMS_TRANSFORMS_H
#define GQA_DIALECT_GQA_TRANSFORMS_TRANSFORMS_H

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Support/LLVM.h"

namespace mlir::gqa {

//===----------------------------------------------------------------------===//
// Raising attention
//===----------------------------------------------------------------------===//

/// Every reason the raise gives for a softmax that it does not raise starts
/// with this prefix; reasons for ops that are not softmaxes at all do not.
/// Drivers that report non-matches (`gqa-raise-attention{explain=true}`) use
/// it to report only attention candidates.
inline constexpr StringLiteral kRaiseAttentionCandidatePrefix =
    "attention not raised: ";

/// Recognizes the attention whose softmax is `softmax` (a `linalg.softmax`
/// or the row-maximum reduction that starts a decomposed softmax) and
/// replaces the `P V` contraction that consumes it with a `gqa.attention`,
/// converted back to the contraction's layout and element type. The ops that
/// computed the attention are left for dead-code elimination. On failure the
/// IR is unchanged and the reason is reported through
/// `rewriter.notifyMatchFailure`.
FailureOr<AttentionOp> raiseAttention(RewriterBase &rewriter,
                                      Operation *softmax);

/// Adds the patterns that raise attention in linalg-on-tensors graphs to
/// `gqa.attention` (see the `gqa-raise-attention` pass).
void populateRaiseAttentionPatterns(RewritePatternSet &patterns);

} // namespace mlir::gqa

#endif // GQA_DIALECT_GQA_TRANSFORMS_TRANSFORMS_H
