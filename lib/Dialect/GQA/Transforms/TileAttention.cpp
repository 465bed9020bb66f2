//===- TileAttention.cpp - The gqa-tile pass ------------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Dialect/GQA/Transforms/Tiling.h"

#include "mlir/Transforms/WalkPatternRewriteDriver.h"

#include "llvm/Support/MathExtras.h"

#include <thread>

namespace mlir::gqa {
#define GEN_PASS_DEF_GQATILEPASS
#include "gqa/Dialect/GQA/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {
struct GQATilePass : public gqa::impl::GQATilePassBase<GQATilePass> {
  using Base::Base;

  void runOnOperation() override {
    CpuTargetInfo target;
    target.vectorBits = vectorBits;
    target.l1Bytes = l1Bytes;
    target.l2Bytes = l2Bytes;
    target.numThreads =
        numThreads > 0
            ? numThreads
            : std::max<int64_t>(1, std::thread::hardware_concurrency());
    if (vectorBits < 128 || vectorBits % 32 != 0) {
      getOperation()->emitError()
          << "gqa-tile: vector-bits must be a multiple of 32 of at least 128, "
             "got "
          << vectorBits.getValue();
      return signalPassFailure();
    }
    if (kvTile > 0 && !llvm::isPowerOf2_64(kvTile)) {
      getOperation()->emitError()
          << "gqa-tile: kv-tile must be a power of two, got " << kvTile.getValue();
      return signalPassFailure();
    }
    if (rowTile < 0 || kvTile < 0 || kvSplits < 0) {
      getOperation()->emitError()
          << "gqa-tile: row-tile, kv-tile and kv-splits must be >= 0 (0 "
             "selects the cost model)";
      return signalPassFailure();
    }
    AttentionTileSizes overrides;
    overrides.rowTile = rowTile;
    overrides.kvTile = kvTile;
    overrides.kvSplits = kvSplits;

    RewritePatternSet patterns(&getContext());
    populateTileAttentionForCpuPatterns(patterns, target, overrides);
    walkAndApplyPatterns(getOperation(), std::move(patterns));

    WalkResult remaining = getOperation()->walk([](Operation *op) {
      if (isa<AttentionOp, PackedAttentionOp>(op)) {
        op->emitError() << "gqa-tile: could not tile this op";
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (remaining.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
