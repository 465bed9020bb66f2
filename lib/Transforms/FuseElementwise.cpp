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
#include "mlir/Dialect/Tensor/IR/Tensor.h"
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

/// The loop of `consumer` that walks dimension `dim` of its input
/// `operand`, if that dimension is a plain loop dimension.
std::optional<unsigned> getLoopOfDim(linalg::GenericOp consumer,
                                     OpOperand &operand, int64_t dim) {
  AffineMap map = consumer.getMatchingIndexingMap(&operand);
  if (auto loop = dyn_cast<AffineDimExpr>(map.getResult(dim)))
    return loop.getPosition();
  return std::nullopt;
}

/// The input of `concat` that `slice` takes whole, if it takes exactly one
/// input: full sizes and zero offsets off the concatenated dimension, unit
/// strides.
Value getWholeInput(tensor::ExtractSliceOp slice, tensor::ConcatOp concat) {
  int64_t dim = concat.getDim();
  if (!slice.hasUnitStride() ||
      slice.getType().getRank() != concat.getResultType().getRank())
    return {};
  ArrayRef<int64_t> offsets = slice.getStaticOffsets();
  ArrayRef<int64_t> sizes = slice.getStaticSizes();
  int64_t start = 0;
  for (Value input : concat.getInputs()) {
    auto type = cast<RankedTensorType>(input.getType());
    bool same = type.hasStaticShape();
    for (int64_t d = 0; same && d < type.getRank(); ++d)
      same = sizes[d] == type.getDimSize(d) &&
             offsets[d] == (d == dim ? start : 0);
    if (same)
      return input;
    start += type.getDimSize(dim);
  }
  return {};
}

/// Splits the elementwise op that reads a concatenation (RoPE's
/// `rotate_half`) into one op per concatenated piece, each reading its
/// piece directly: the concatenation is never written, and what made each
/// piece fuses into its op. Returns whether anything was split.
bool splitAtConcatenations(func::FuncOp func) {
  SmallVector<tensor::ConcatOp> concats;
  func.walk([&](tensor::ConcatOp concat) { concats.push_back(concat); });
  IRRewriter rewriter(func.getContext());
  bool split = false;
  for (tensor::ConcatOp concat : concats) {
    if (!concat->hasOneUse() || !concat.getResultType().hasStaticShape())
      continue;
    OpOperand &use = *concat->getUses().begin();
    auto consumer = dyn_cast<linalg::GenericOp>(use.getOwner());
    if (!consumer || !consumer.isDpsInput(&use) ||
        consumer.getNumLoops() != consumer.getNumParallelLoops())
      continue;
    std::optional<unsigned> loop =
        getLoopOfDim(consumer, use, concat.getDim());
    if (!loop)
      continue;
    // Split the rest of the loop after each piece but the last.
    auto rest = cast<TilingInterface>(consumer.getOperation());
    for (Value input : concat.getInputs().drop_back()) {
      if (!rest)
        break;
      int64_t size =
          cast<RankedTensorType>(input.getType()).getDimSize(concat.getDim());
      rewriter.setInsertionPoint(rest);
      rest = linalg::splitOp(rewriter, rest, *loop, rewriter.getIndexAttr(size))
                 .second;
    }
    // Each part's slice of the concatenation is one of its inputs.
    for (OpOperand &sliceUse : llvm::make_early_inc_range(concat->getUses()))
      if (auto slice = dyn_cast<tensor::ExtractSliceOp>(sliceUse.getOwner()))
        if (Value input = getWholeInput(slice, concat))
          rewriter.replaceOp(slice, input);
    if (concat->use_empty())
      rewriter.eraseOp(concat);
    split = true;
  }
  return split;
}

struct GQAFuseElementwisePass
    : gqa::impl::GQAFuseElementwisePassBase<GQAFuseElementwisePass> {
  void runOnOperation() override {
    copyConversionsPerUser(getOperation());
    if (failed(fuse()))
      return signalPassFailure();
    // The fused op that reads a concatenation is split at its seams; what
    // made each piece then fuses into its part.
    if (splitAtConcatenations(getOperation()) && failed(fuse()))
      return signalPassFailure();
  }

  LogicalResult fuse() {
    RewritePatternSet patterns(&getContext());
    linalg::populateElementwiseOpsFusionPatterns(patterns, shouldFuse);
    return applyPatternsGreedily(getOperation(), std::move(patterns));
  }
};

} // namespace
