//===- FuseElementwise.cpp - Elementwise chains as single passes ----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Fuses chains of elementwise linalg ops on tensors (and elementwise
// producers into the reductions that read them) with upstream's
// producer-consumer fusion, so that RMSNorm, RoPE, SiLU * mul or a residual
// add make one pass over memory where they made one per op. See
// `gqa-fuse-elementwise` in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAFUSEELEMENTWISEPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// Whether a producer may be fused into the op that reads `use`: an input of
/// a linalg op that is not a contraction (whose body the library route and
/// the raise must still recognize), an elementwise op or a reduction.
bool isFusableUse(OpOperand &use) {
  auto consumer = dyn_cast<linalg::LinalgOp>(use.getOwner());
  return consumer && consumer.isDpsInput(&use) &&
         !linalg::isaContractionOpInterface(consumer);
}

/// Whether the producer of `fused` is fused into its consumer: the
/// producer's value has no other use (nothing is computed twice).
bool shouldFuse(OpOperand *fused) {
  Operation *producer = fused->get().getDefiningOp();
  return producer && fused->get().hasOneUse() && isFusableUse(*fused);
}

/// Whether `op` is elementwise and only converts its inputs: recomputing it
/// for each user costs less than writing its result and reading it back.
bool isElementwiseConversion(linalg::GenericOp op) {
  if (op.getNumLoops() != op.getNumParallelLoops() ||
      !llvm::all_of(op.getIndexingMapsArray(),
                    [](AffineMap map) { return map.isProjectedPermutation(); }))
    return false;
  return llvm::all_of(op.getBody()->without_terminator(), [](Operation &body) {
    return isa<CastOpInterface>(body);
  });
}

/// Gives each user of a multi-use elementwise conversion its own copy of
/// it, which the fusion then inlines into that user. Only where every user
/// is a linalg op the fusion takes: otherwise the result is written anyway.
void copyConversionsPerUser(func::FuncOp func) {
  SmallVector<linalg::GenericOp> conversions;
  func.walk([&](linalg::GenericOp op) {
    if (op->getNumResults() != 1 || op->getResult(0).hasOneUse() ||
        op->getResult(0).use_empty() || !isElementwiseConversion(op))
      return;
    if (llvm::all_of(op->getResult(0).getUses(), isFusableUse))
      conversions.push_back(op);
  });
  OpBuilder builder(func.getContext());
  for (linalg::GenericOp op : conversions) {
    SmallVector<OpOperand *> uses;
    for (OpOperand &use : op->getResult(0).getUses())
      uses.push_back(&use);
    for (OpOperand *use : llvm::drop_begin(uses)) {
      builder.setInsertionPoint(op);
      use->set(builder.clone(*op)->getResult(0));
    }
  }
}

struct GQAFuseElementwisePass
    : gqa::impl::GQAFuseElementwisePassBase<GQAFuseElementwisePass> {
  void runOnOperation() override {
    copyConversionsPerUser(getOperation());
    RewritePatternSet patterns(&getContext());
    linalg::populateElementwiseOpsFusionPatterns(patterns, shouldFuse);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
