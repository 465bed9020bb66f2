//===- Tiling.h - Flash-attention tiling of gqa attention ops ---*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Flash-attention tiling of `gqa.attention` and `gqa.packed_attention` for
// CPUs: a parallel loop over (batch, unit, row tile, KV split), an inner loop
// over KV blocks with an online softmax (running max, running sum, rescaled
// f32 accumulator), vector code over the head dimensions, KV blocks that no
// row of a tile may attend skipped by the loop bounds, and, when the KV
// sequence is split across workers, a log-sum-exp combine of the partials.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_GQA_TRANSFORMS_TILING_H
#define GQA_DIALECT_GQA_TRANSFORMS_TILING_H

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/IR/PatternMatch.h"

namespace mlir::gqa {

/// What the cost model knows about the target CPU.
struct CpuTargetInfo {
  /// Width of a vector register in bits (512 for AVX-512, 256 for AVX2).
  int64_t vectorBits = 512;
  /// Per-core data cache sizes in bytes.
  int64_t l1Bytes = 48 * 1024;
  int64_t l2Bytes = 1024 * 1024;
  /// Number of worker threads the parallel loop will run on.
  int64_t numThreads = 1;
};

/// How a work item reads the keys of a KV block for its scores.
enum class KeyLayout {
  /// Let the cost model choose.
  Auto,
  /// Key rows as stored, `[.., Skv, D]`: per row and key a lanes-wide
  /// partial dot product, the block's partials summed by a shuffle tree.
  /// Best when few query rows share a block (decode).
  Rows,
  /// Keys transposed once per call to `[.., D, Skv]` (padded to whole
  /// blocks): per row, one FMA per element of D with the query element
  /// broadcast across the block's keys, no reductions; the probabilities go
  /// through a small scratch buffer so that P*V also uses broadcast
  /// operands. Best when many row tiles share the keys (prefill), which pay
  /// for the transposition.
  Transposed,
};

/// Tile sizes of the flash-attention loop nest. Zero means "let the cost
/// model choose".
struct AttentionTileSizes {
  /// Packed query rows per tile (one work item).
  int64_t rowTile = 0;
  /// Keys per KV block of the inner loop, a power of two; also the width of
  /// the score vectors.
  int64_t kvTile = 0;
  /// Number of parts the KV sequence of each work item is split into
  /// (flash-decoding). 1 disables the split and its combine.
  int64_t kvSplits = 0;
  /// f32 lanes of one vector register, a power of two: the width of the
  /// chunks that D and Dv are processed in.
  int64_t vectorLanes = 0;
  /// The layout the scores read the keys in.
  KeyLayout keyLayout = KeyLayout::Auto;
};

/// The cost model: picks tile sizes for `op` (a `gqa.attention` or
/// `gqa.packed_attention`) on `target`, keeping every non-zero entry of
/// `overrides`.
AttentionTileSizes chooseCpuTileSizes(Operation *op,
                                      const CpuTargetInfo &target,
                                      const AttentionTileSizes &overrides);

/// Replaces `op` (a `gqa.attention` or `gqa.packed_attention`) with its
/// flash-attention loop nest using `sizes` (all non-zero, the key layout not
/// `Auto`). Returns the
/// `scf.forall` of the main loop.
FailureOr<Operation *> tileAttentionForCpu(RewriterBase &rewriter,
                                           Operation *op,
                                           const AttentionTileSizes &sizes);

/// Adds the pattern that tiles every `gqa.attention` and
/// `gqa.packed_attention` with the cost model's sizes for `target`, except
/// for the non-zero entries of `overrides`.
void populateTileAttentionForCpuPatterns(RewritePatternSet &patterns,
                                         const CpuTargetInfo &target,
                                         const AttentionTileSizes &overrides);

} // namespace mlir::gqa

#endif // GQA_DIALECT_GQA_TRANSFORMS_TILING_H
