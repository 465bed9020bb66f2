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

/// Whether the producer of `fused` is fused into its consumer: the
/// producer's value has no other use (nothing is computed twice), and the
/// consumer is not a contraction (whose body the library route and the
/// raise must still recognize) but an elementwise op or a reduction.
bool shouldFuse(OpOperand *fused) {
  Operation *producer = fused->get().getDefiningOp();
  auto consumer = dyn_cast<linalg::LinalgOp>(fused->getOwner());
  if (!producer || !consumer || !fused->get().hasOneUse())
    return false;
  return !linalg::isaContractionOpInterface(consumer);
}

struct GQAFuseElementwisePass
    : gqa::impl::GQAFuseElementwisePassBase<GQAFuseElementwisePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    linalg::populateElementwiseOpsFusionPatterns(patterns, shouldFuse);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
