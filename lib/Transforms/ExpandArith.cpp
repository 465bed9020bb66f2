//===- ExpandArith.cpp - arith-expand, float min/max left whole -----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Upstream's arith-expand, without its expansion of the float minimum and
// maximum ops, which LLVM then lowers and vectorizes itself. See
// `gqa-expand-arith` in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAEXPANDARITHPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

struct GQAExpandArithPass
    : gqa::impl::GQAExpandArithPassBase<GQAExpandArithPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    arith::populateCeilFloorDivExpandOpsPatterns(patterns);
    arith::populateExpandBFloat16Patterns(patterns);
    arith::populateExpandScalingExtTruncPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
