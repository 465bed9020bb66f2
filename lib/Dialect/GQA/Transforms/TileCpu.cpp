//===- TileCpu.cpp - The gqa-tile-cpu pass --------------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Dialect/GQA/Transforms/Transforms.h"

#include "AttentionView.h"
#include "gqa/Support/HostCaches.h"

#include "llvm/Support/MathExtras.h"

#include <thread>

namespace mlir::gqa {
#define GEN_PASS_DEF_GQATILECPUPASS
#include "gqa/Dialect/GQA/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {
struct GQATileCpuPass : public gqa::impl::GQATileCpuPassBase<GQATileCpuPass> {
  using Base::Base;

  void runOnOperation() override {
    if (failed(checkOptions()))
      return signalPassFailure();
    CpuTargetInfo target;
    target.vectorBits = vectorBits;
    target.l1Bytes = l1Bytes > 0
                         ? l1Bytes
                         : getHostL1DataBytes(target.l1Bytes);
    target.l2Bytes = l2Bytes > 0
                         ? l2Bytes
                         : getHostL2Bytes(target.l2Bytes);
    target.numThreads =
        numThreads > 0
            ? numThreads
            : std::max<int64_t>(1, std::thread::hardware_concurrency());
    AttentionTileSizes overrides;
    overrides.rowTile = rowTile;
    overrides.kvTile = kvTile;
    overrides.kvSplits = kvSplits;
    overrides.keyLayout = keyLayout;
    overrides.prefetchKeys = prefetchKeys;

    auto choose = [&](Operation *op, std::string &error) {
      return chooseCpuTileSizes(op, target, overrides, error);
    };
    auto tile = [](RewriterBase &rewriter, Operation *op,
                   const AttentionTileSizes &sizes) -> LogicalResult {
      return tileAttentionForCpu(rewriter, op, sizes);
    };
    if (failed(tileEachAttentionOp(getOperation(), getArgument(), choose,
                                   tile)))
      signalPassFailure();
  }

  /// Reports option values no target can have.
  LogicalResult checkOptions() {
    if (vectorBits < 128 || vectorBits % 32 != 0)
      return getOperation()->emitError()
             << getArgument()
             << ": vector-bits must be a multiple of 32 of at least 128, got "
             << vectorBits.getValue();
    if (kvTile > 0 && !llvm::isPowerOf2_64(kvTile))
      return getOperation()->emitError()
             << getArgument() << ": kv-tile must be a power of two, got "
             << kvTile.getValue();
    if (prefetchKeys < -1)
      return getOperation()->emitError()
             << getArgument()
             << ": prefetch-keys must be >= -1 (-1: cost model, 0: none), "
                "got "
             << prefetchKeys.getValue();
    if (rowTile < 0 || kvTile < 0 || kvSplits < 0)
      return getOperation()->emitError()
             << getArgument()
             << ": row-tile, kv-tile and kv-splits must be >= 0 (0 selects "
                "the cost model)";
    if (l1Bytes < 0 || l2Bytes < 0)
      return getOperation()->emitError()
             << getArgument()
             << ": l1-bytes and l2-bytes must be >= 0 (0: this machine's)";
    return success();
  }
};
} // namespace
