//===- TileGpu.cpp - The gqa-tile-gpu pass --------------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Dialect/GQA/Transforms/Transforms.h"

#include "AttentionView.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQATILEGPUPASS
#include "gqa/Dialect/GQA/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {
struct GQATileGpuPass : public gqa::impl::GQATileGpuPassBase<GQATileGpuPass> {
  using Base::Base;

  void runOnOperation() override {
    if (rowTile < 0 || kvTile < 0 || kvSplits < 0 || sharedMemoryBytes < 0 ||
        multiprocessors < 0) {
      getOperation()->emitError()
          << getArgument()
          << ": row-tile, kv-tile, kv-splits, shared-memory-bytes and "
             "multiprocessors must be >= 0 (0 selects the cost model or the "
             "chip's value)";
      return signalPassFailure();
    }
    // The chip's row of the target table, with the limits the options set.
    GpuTargetInfo target = getGpuTargetInfo(chip);
    if (sharedMemoryBytes > 0)
      target.sharedMemoryPerBlock = sharedMemoryBytes;
    if (multiprocessors > 0)
      target.numMultiprocessors = multiprocessors;
    AttentionTileSizes overrides;
    overrides.rowTile = rowTile;
    overrides.kvTile = kvTile;
    overrides.kvSplits = kvSplits;

    if (countKvBytes && failed(createKvBytesCounter()))
      return signalPassFailure();
    auto choose = [&](Operation *op, std::string &error) {
      return chooseGpuTileSizes(op, target, overrides, groupQueryHeads, error);
    };
    auto tile = [&](RewriterBase &rewriter, Operation *op,
                    const AttentionTileSizes &sizes) {
      return tileAttentionForGpu(rewriter, op, target, sizes, groupQueryHeads,
                                 countKvBytes);
    };
    if (failed(tileEachAttentionOp(getOperation(), getArgument(), choose,
                                   tile)))
      signalPassFailure();
  }

  /// Adds `memref.global @gqa_kv_bytes_read : memref<i64> = dense<0>` to
  /// the module unless it is there.
  LogicalResult createKvBytesCounter() {
    auto module = dyn_cast<ModuleOp>(getOperation());
    if (!module)
      return getOperation()->emitError()
             << getArgument()
             << ": count-kv-bytes needs the pass to run on a builtin.module";
    auto type = MemRefType::get({}, IntegerType::get(&getContext(), 64));
    if (Operation *existing = module.lookupSymbol(kKvBytesCounterName)) {
      auto global = dyn_cast<memref::GlobalOp>(existing);
      if (!global || global.getType() != type)
        return existing->emitError()
               << getArgument() << ": '" << kKvBytesCounterName
               << "' must be a memref.global of " << type;
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
};
} // namespace
