//===- GQAToLinalg.h - Lower gqa.attention to linalg ------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The reference lowering of `gqa.attention` to `linalg.generic` ops on
// tensors, usable from passes, patterns and transform ops alike.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_CONVERSION_GQATOLINALG_GQATOLINALG_H
#define GQA_CONVERSION_GQATOLINALG_GQATOLINALG_H

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Support/LLVM.h"

namespace mlir::gqa {

/// Builds, before `op`, the reference decomposition of `op` into
/// `linalg.generic` ops on tensors (with `tensor`, `arith` and `math` ops in
/// their bodies), accumulating in `f32`, and returns the value of `op`'s
/// result type that replaces it. Does not erase or replace `op`. Fails, with
/// a match-failure note on `rewriter`, only when `op` is outside what its
/// verifier accepts.
FailureOr<Value> lowerAttentionToLinalg(RewriterBase &rewriter, AttentionOp op);

/// Adds the pattern that replaces `gqa.attention` with the result of
/// `lowerAttentionToLinalg`.
void populateGQAToLinalgConversionPatterns(RewritePatternSet &patterns);

} // namespace mlir::gqa

#endif // GQA_CONVERSION_GQATOLINALG_GQATOLINALG_H
