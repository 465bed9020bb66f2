//===- Packing.h - Query-group packing of gqa.attention ---------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Query-group packing (KV dedup): the G query heads that share a key/value
// head become the rows of one packed query, so that a tiled kernel reads each
// key/value row once for all of them.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_GQA_TRANSFORMS_PACKING_H
#define GQA_DIALECT_GQA_TRANSFORMS_PACKING_H

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/IR/PatternMatch.h"

namespace mlir::gqa {

/// Rewrites `op` into a `gqa.packed_attention` with `packing = G`: the query
/// `[B, Hq, Sq, D]` is reshaped (and, for the interleaved mapping,
/// transposed) into `[B, Hkv, G * Sq, D]`, and the packed result is reshaped
/// back into `[B, Hq, Sq, Dv]`. Fails, changing nothing, when `G = 1`.
FailureOr<PackedAttentionOp> packQueryGroups(RewriterBase &rewriter,
                                             AttentionOp op);

/// Adds the pattern that applies `packQueryGroups` to every `gqa.attention`
/// with a group size above 1.
void populatePackQueryGroupsPatterns(RewritePatternSet &patterns);

} // namespace mlir::gqa

#endif // GQA_DIALECT_GQA_TRANSFORMS_PACKING_H
