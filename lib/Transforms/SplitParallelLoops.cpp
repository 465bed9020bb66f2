//===- SplitParallelLoops.cpp - Inner dimension of parallel loops serial --===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Turns the innermost dimension of each outermost multi-dimensional
// scf.parallel into an scf.for inside it. See `gqa-split-parallel-loops` in
// Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/LoopLikeInterface.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQASPLITPARALLELLOOPSPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// Whether `op` is a parallel loop the pass splits: at least two
/// dimensions, no reductions, no parallel loop around it, and no loop in
/// it. A body with its own serial loop (a reduction's, from
/// gqa-reductions-to-loops) already has the inner loop LLVM vectorizes;
/// splitting it would only make the rows serial.
bool isSplittable(scf::ParallelOp op) {
  if (op.getNumLoops() < 2 || op.getNumResults() != 0 ||
      op->getParentOfType<scf::ParallelOp>() ||
      op->getParentOfType<scf::ForallOp>())
    return false;
  WalkResult loops = op.getBody()->walk([](LoopLikeOpInterface) {
    return WalkResult::interrupt();
  });
  return !loops.wasInterrupted();
}

/// Rebuilds `op` as a parallel loop over all but its innermost dimension
/// around an scf.for over that one, moving the body into the scf.for.
void splitInnermost(scf::ParallelOp op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  scf::ForOp inner;
  auto outer = scf::ParallelOp::create(
      b, loc, op.getLowerBound().drop_back(), op.getUpperBound().drop_back(),
      op.getStep().drop_back(), [&](OpBuilder &nested, Location, ValueRange) {
        inner = scf::ForOp::create(nested, loc, op.getLowerBound().back(),
                                   op.getUpperBound().back(),
                                   op.getStep().back());
      });
  Block *body = op.getBody();
  Block *innerBody = inner.getBody();
  innerBody->getOperations().splice(innerBody->getTerminator()->getIterator(),
                                    body->getOperations(), body->begin(),
                                    std::prev(body->end()));
  unsigned innermost = op.getNumLoops() - 1;
  for (unsigned i = 0; i < innermost; ++i)
    body->getArgument(i).replaceAllUsesWith(outer.getBody()->getArgument(i));
  body->getArgument(innermost).replaceAllUsesWith(inner.getInductionVar());
  op.erase();
}

struct GQASplitParallelLoopsPass
    : gqa::impl::GQASplitParallelLoopsPassBase<GQASplitParallelLoopsPass> {
  void runOnOperation() override {
    SmallVector<scf::ParallelOp> loops;
    getOperation().walk([&](scf::ParallelOp op) {
      if (isSplittable(op))
        loops.push_back(op);
    });
    for (scf::ParallelOp op : loops)
      splitInnermost(op);
  }
};

} // namespace
