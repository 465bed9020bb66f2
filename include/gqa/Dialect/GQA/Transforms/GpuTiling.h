//===- GpuTiling.h - Block-level flash-attention schedule for GPUs -*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The GPU target of `gqa-tile`: `gqa.attention` and `gqa.packed_attention`
// become a block-level schedule on memrefs, an `scf.forall` over thread
// blocks (`#gpu.block` mapping) whose body stages each K/V tile once in
// workgroup memory and runs phases of `scf.forall`s over the block's threads
// (`#gpu.thread` mapping), a barrier implied after each phase. The same IR
// runs on the CPU (`gqa-gpu-schedule-pipeline`, every forall a sequential
// loop) and becomes a `gpu.launch` (`gqa-gpu-schedule-to-launch`).
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_GQA_TRANSFORMS_GPUTILING_H
#define GQA_DIALECT_GQA_TRANSFORMS_GPUTILING_H

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/IR/PatternMatch.h"

namespace mlir::gqa {

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

/// What the GPU cost model knows about the target.
struct GpuTargetInfo {
  /// Threads of a warp; also the threads along x of every block.
  int64_t warpSize = 32;
  /// Workgroup (shared) memory a block may use without opting in, in bytes.
  int64_t sharedMemoryBytes = 48 * 1024;
  /// Streaming multiprocessors: the KV sequence is split until the grid has
  /// about two blocks per multiprocessor.
  int64_t numMultiprocessors = 132;
};

/// Tile sizes of the GPU schedule. Zero means "let the cost model choose".
struct GpuTileSizes {
  /// Packed query rows per block: the threads along y.
  int64_t rowTile = 0;
  /// Keys per K/V tile staged in workgroup memory.
  int64_t kvTile = 0;
  /// Parts the KV sequence of a block's rows is split into (1: no split).
  int64_t kvSplits = 0;
};

/// Bytes of workgroup memory a block of the schedule uses.
int64_t getGpuSharedMemoryBytes(int64_t rowTile, int64_t kvTile,
                                int64_t headDim, int64_t valueHeadDim);

/// The cost model: sizes for `op` on `target`, keeping every non-zero entry
/// of `overrides`. Fails when no tiling fits the workgroup memory, with the
/// reason in `error`. `groupQueryHeads` as for `tileAttentionForGpu`.
FailureOr<GpuTileSizes> chooseGpuTileSizes(Operation *op,
                                           const GpuTargetInfo &target,
                                           const GpuTileSizes &overrides,
                                           bool groupQueryHeads,
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
                                  const GpuTileSizes &sizes,
                                  bool groupQueryHeads, bool countKvBytes);

/// Adds the pattern that replaces every `gqa.attention` and
/// `gqa.packed_attention` with its schedule, sized by the cost model except
/// for the non-zero entries of `overrides`.
void populateTileAttentionForGpuPatterns(RewritePatternSet &patterns,
                                         const GpuTargetInfo &target,
                                         const GpuTileSizes &overrides,
                                         bool groupQueryHeads,
                                         bool countKvBytes);

} // namespace mlir::gqa

#endif // GQA_DIALECT_GQA_TRANSFORMS_GPUTILING_H
