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
    if (keyLayout == "auto") {
      overrides.keyLayout = KeyLayout::Auto;
    } else if (keyLayout == "rows") {
      overrides.keyLayout = KeyLayout::Rows;
    } else if (keyLayout == "transposed") {
      overrides.keyLayout = KeyLayout::Transposed;
    } else {
      getOperation()->emitError()
          << "gqa-tile: key-layout must be auto, rows or transposed, got '"
          << keyLayout.getValue() << "'";
      return signalPassFailure();
    }
    overrides.rowTile = rowTile;
    overrides.kvTile = kvTile;
    overrides.kvSplits = kvSplits;

    // The one request the loop builder cannot honor, reported per op.
    WalkResult unsupported = getOperation()->walk([&](Operation *op) {
      if (!isa<AttentionOp, PackedAttentionOp>(op))
        return WalkResult::advance();
      AttentionTileSizes sizes = chooseCpuTileSizes(op, target, overrides);
      int64_t valueHeadDim =
          cast<ShapedType>(op->getResult(0).getType()).getDimSize(3);
      if (sizes.keyLayout == KeyLayout::Transposed &&
          valueHeadDim % sizes.vectorLanes != 0) {
        op->emitError() << "gqa-tile: key-layout=transposed needs Dv ("
                        << valueHeadDim
                        << ") to be a multiple of the vector lanes ("
                        << sizes.vectorLanes << ")";
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (unsupported.wasInterrupted())
      return signalPassFailure();

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
