//===- Transforms.h - GQA dialect transformations ---------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Rewrite patterns and library functions on the `gqa` dialect, shared by the
// passes and by any other driver: raising attention, query-group packing
// (KV dedup), and the flash-attention tilings for CPUs (a parallel loop over
// (batch, unit, row tile, KV split) with an online softmax in vector code)
// and GPUs (a block-level schedule on memrefs that stages each K/V tile once
// in workgroup memory; see docs/gpu.md).
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_GQA_TRANSFORMS_TRANSFORMS_H
#define GQA_DIALECT_GQA_TRANSFORMS_TRANSFORMS_H

#include "gqa/Dialect/GQA/IR/GQAOps.h"
#include "gqa/Support/GpuTargetInfo.h"
#include "gqa/Support/HostCaches.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::gqa {

//===----------------------------------------------------------------------===//
// Raising attention
//===----------------------------------------------------------------------===//

/// Every reason the raise gives for a softmax that it does not raise starts
/// with this prefix; reasons for ops that are not softmaxes at all do not.
/// Drivers that listen to `notifyMatchFailure` can use it to report only
/// attention candidates (`gqa-raise-attention{explain=true}` reports the
/// same ones, from the typed kind of the reason).
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

//===----------------------------------------------------------------------===//
// Query-group packing
//===----------------------------------------------------------------------===//

/// Rewrites `op` into a `gqa.packed_attention` with `packing = G`: the query
/// `[B, Hq, Sq, D]` is reshaped (and, for the interleaved mapping,
/// transposed) into `[B, Hkv, G * Sq, D]`, and the packed result is reshaped
/// back into `[B, Hq, Sq, Dv]`. Fails, changing nothing, when `G = 1`.
FailureOr<PackedAttentionOp> packQueryGroups(RewriterBase &rewriter,
                                             AttentionOp op);

/// Adds the pattern that applies `packQueryGroups` to every `gqa.attention`
/// with a group size above 1.
void populatePackQueryGroupsPatterns(RewritePatternSet &patterns);

//===----------------------------------------------------------------------===//
// Tile sizes
//===----------------------------------------------------------------------===//

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

/// Tile sizes of the flash-attention tilings of both targets. Zero means
/// "let the cost model choose".
struct AttentionTileSizes {
  /// Packed query rows per tile: one work item on CPUs, the threads along y
  /// of a block on GPUs.
  int64_t rowTile = 0;
  /// Keys per KV block, a power of two: the width of the score vectors on
  /// CPUs, the K/V tile staged in workgroup memory on GPUs.
  int64_t kvTile = 0;
  /// Number of parts the KV sequence of each work item is split into
  /// (flash-decoding). 1 disables the split and its combine.
  int64_t kvSplits = 0;
  /// CPUs: f32 lanes of one vector register, a power of two: the width of
  /// the chunks that D and Dv are processed in. Unused on GPUs.
  int64_t vectorLanes = 0;
  /// CPUs: the layout the scores read the keys in. Unused on GPUs.
  KeyLayout keyLayout = KeyLayout::Auto;
  /// CPUs, key rows layout: how many keys ahead of its block the KV loop
  /// prefetches K and V rows (-1: cost model, 0: none). Unused on GPUs.
  int64_t prefetchKeys = -1;
};

//===----------------------------------------------------------------------===//
// CPU tiling
//===----------------------------------------------------------------------===//

/// What the cost model knows about the target CPU.
struct CpuTargetInfo {
  /// Width of a vector register in bits (512 for AVX-512, 256 for AVX2).
  int64_t vectorBits = 512;
  /// Per-core data cache sizes in bytes.
  int64_t l1Bytes = kFallbackL1DataBytes;
  int64_t l2Bytes = kFallbackL2Bytes;
  /// Number of worker threads the parallel loop will run on.
  int64_t numThreads = 1;
};

/// The largest tiles the CPU loop nest is built with. Its KV block is
/// unrolled over the tile's rows and keys, so the IR, and the time to compile
/// it, grow with `rowTile * kvTile` and `kvTile * D`, and faster than that
/// beyond these bounds (one-shot bufferization of the rows' accumulators):
/// with D = 256, 16 x 128 compiles in 10 s, 128 x 4 in 26 s, 128 x 128 and
/// 1 x 1024 in more than 3 minutes (docs/fuzzing.md). The cost model picks at
/// most 16 rows and 8 vector registers of keys.
inline constexpr int64_t kMaxCpuRowTile = 64;
inline constexpr int64_t kMaxCpuKvTile = 128;
inline constexpr int64_t kMaxCpuTileElements = 2048;

/// The cost model: picks tile sizes for `op` (a `gqa.attention` or
/// `gqa.packed_attention`) on `target`, keeping every non-zero entry of
/// `overrides` and a key layout other than `Auto`. Fails, with the reason in
/// `error`, when the loop nest cannot be built with the overrides (the
/// transposed key layout needs `Dv` to be a multiple of the vector lanes) or
/// the tile exceeds the bounds above.
FailureOr<AttentionTileSizes>
chooseCpuTileSizes(Operation *op, const CpuTargetInfo &target,
                   const AttentionTileSizes &overrides, std::string &error);

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

//===----------------------------------------------------------------------===//
// GPU schedule
//===----------------------------------------------------------------------===//

/// The name of the discardable attribute that marks an allocation of the
/// schedule with the GPU address space it belongs in:
/// `#gpu.address_space<workgroup>` (shared by the threads of a block) or
/// `#gpu.address_space<private>` (one slice per thread; its two leading
/// indices are always the thread's y and x coordinates).
inline constexpr llvm::StringLiteral kGpuMemoryAttrName = "gqa.memory";

/// The name of the discardable string attribute that names the role of a
/// grid forall of the schedule: "attention" (the flash-attention blocks) or
/// "combine" (the merge of the KV splits). Kernels are named after it.
inline constexpr llvm::StringLiteral kGpuKernelRoleAttrName = "gqa.kernel";

/// The name of the `memref.global` (an `i64` scalar) that the schedule adds
/// the bytes of K and V it reads from global memory to, when asked to count
/// them.
inline constexpr llvm::StringLiteral kKvBytesCounterName = "gqa_kv_bytes_read";

/// Bytes of workgroup memory a block of the schedule uses.
int64_t getGpuSharedMemoryBytes(int64_t rowTile, int64_t kvTile,
                                int64_t headDim, int64_t valueHeadDim);

/// The cost model: sizes for `op` on `target` (its warp size, shared memory
/// per block and multiprocessors), keeping the non-zero `rowTile`, `kvTile`
/// and `kvSplits` of `overrides`. Fails when no tiling fits the workgroup memory, with the
/// reason in `error`. `groupQueryHeads` as for `tileAttentionForGpu`.
FailureOr<AttentionTileSizes>
chooseGpuTileSizes(Operation *op, const GpuTargetInfo &target,
                   const AttentionTileSizes &overrides, bool groupQueryHeads,
                   std::string &error);

/// Replaces `op` with its block-level schedule using `sizes` (all positive).
/// With `groupQueryHeads`, the rows of a block of a `gqa.attention` are
/// those of the `G` query heads of one KV head, read from and written to
/// the query and result as they are (query-group packing in place, no
/// copy); a `gqa.packed_attention` is packed already. With `countKvBytes`,
/// the schedule adds the bytes of K and V it stages to the `memref.global`
/// named `kKvBytesCounterName`, which must exist.
LogicalResult tileAttentionForGpu(RewriterBase &rewriter, Operation *op,
                                  const GpuTargetInfo &target,
                                  const AttentionTileSizes &sizes,
                                  bool groupQueryHeads, bool countKvBytes);

/// Adds the pattern that replaces every `gqa.attention` and
/// `gqa.packed_attention` with its schedule, sized by the cost model except
/// for the non-zero entries of `overrides`.
void populateTileAttentionForGpuPatterns(RewritePatternSet &patterns,
                                         const GpuTargetInfo &target,
                                         const AttentionTileSizes &overrides,
                                         bool groupQueryHeads,
                                         bool countKvBytes);

} // namespace mlir::gqa

#endif // GQA_DIALECT_GQA_TRANSFORMS_TRANSFORMS_H
