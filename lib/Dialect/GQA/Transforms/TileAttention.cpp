//===- TileAttention.cpp - The gqa-tile pass ------------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Dialect/GQA/Transforms/GpuTiling.h"
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
    if (target == "gpu")
      return runForGpu();
    if (target != "cpu") {
      getOperation()->emitError()
          << "gqa-tile: target must be cpu or gpu, got '" << target.getValue()
          << "'";
      return signalPassFailure();
    }
    if (countKvBytes || !groupQueryHeads) {
      getOperation()->emitError()
          << "gqa-tile: count-kv-bytes and group-query-heads need target=gpu";
      return signalPassFailure();
    }
    CpuTargetInfo cpuTarget;
    cpuTarget.vectorBits = vectorBits;
    cpuTarget.l1Bytes = l1Bytes;
    cpuTarget.l2Bytes = l2Bytes;
    cpuTarget.numThreads =
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
      AttentionTileSizes sizes = chooseCpuTileSizes(op, cpuTarget, overrides);
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
    populateTileAttentionForCpuPatterns(patterns, cpuTarget, overrides);
    walkAndApplyPatterns(getOperation(), std::move(patterns));
    checkNothingRemains();
  }

  /// target=gpu: the block-level schedule.
  void runForGpu() {
    if (vectorBits != 512 || keyLayout != "auto" || numThreads != 0 ||
        l1Bytes != 49152 || l2Bytes != 1048576) {
      getOperation()->emitError()
          << "gqa-tile: vector-bits, key-layout, num-threads, l1-bytes and "
             "l2-bytes are CPU options; target=gpu takes row-tile, kv-tile, "
             "kv-splits, shared-memory-bytes, multiprocessors, group-query-heads "
             "and count-kv-bytes";
      return signalPassFailure();
    }
    if (rowTile < 0 || kvTile < 0 || kvSplits < 0 || sharedMemoryBytes <= 0 ||
        multiprocessors <= 0) {
      getOperation()->emitError()
          << "gqa-tile: row-tile, kv-tile and kv-splits must be >= 0 (0 "
             "selects the cost model), shared-memory-bytes and "
             "multiprocessors > 0";
      return signalPassFailure();
    }
    GpuTargetInfo gpuTarget;
    gpuTarget.sharedMemoryBytes = sharedMemoryBytes;
    gpuTarget.numMultiprocessors = multiprocessors;
    GpuTileSizes overrides;
    overrides.rowTile = rowTile;
    overrides.kvTile = kvTile;
    overrides.kvSplits = kvSplits;

    // What the cost model cannot satisfy, reported per op.
    WalkResult unsupported = getOperation()->walk([&](Operation *op) {
      if (!isa<AttentionOp, PackedAttentionOp>(op))
        return WalkResult::advance();
      std::string error;
      if (failed(chooseGpuTileSizes(op, gpuTarget, overrides, groupQueryHeads,
                                    error))) {
        op->emitError() << "gqa-tile: " << error;
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (unsupported.wasInterrupted())
      return signalPassFailure();

    if (countKvBytes && failed(createKvBytesCounter()))
      return signalPassFailure();

    RewritePatternSet patterns(&getContext());
    populateTileAttentionForGpuPatterns(patterns, gpuTarget, overrides,
                                        groupQueryHeads, countKvBytes);
    walkAndApplyPatterns(getOperation(), std::move(patterns));
    checkNothingRemains();
  }

  /// Adds `memref.global @gqa_kv_bytes_read : memref<i64> = dense<0>` to
  /// the module unless it is there.
  LogicalResult createKvBytesCounter() {
    auto module = dyn_cast<ModuleOp>(getOperation());
    if (!module) {
      getOperation()->emitError()
          << "gqa-tile: count-kv-bytes needs the pass to run on a "
             "builtin.module";
      return failure();
    }
    auto type = MemRefType::get({}, IntegerType::get(&getContext(), 64));
    if (Operation *existing = module.lookupSymbol(kKvBytesCounterName)) {
      auto global = dyn_cast<memref::GlobalOp>(existing);
      if (!global || global.getType() != type) {
        existing->emitError() << "gqa-tile: '" << kKvBytesCounterName
                              << "' must be a memref.global of " << type;
        return failure();
      }
      return success();
    }
    OpBuilder builder = OpBuilder::atBlockBegin(module.getBody());
    memref::GlobalOp::create(
        builder, module.getLoc(), kKvBytesCounterName,
        /*sym_visibility=*/builder.getStringAttr("public"), type,
        DenseElementsAttr::get(RankedTensorType::get({}, type.getElementType()),
                               builder.getI64IntegerAttr(0).getValue()),
        /*constant=*/false, /*alignment=*/IntegerAttr());
    return success();
  }

  void checkNothingRemains() {
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
