//===- FoldContractionTransposes.cpp - Contractions read through transposes ===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Rewrites a contraction whose input is a `linalg.transpose` into a
// `linalg.generic` that reads the transpose's input through a permuted
// indexing map. See `gqa-fold-contraction-transposes` in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAFOLDCONTRACTIONTRANSPOSESPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// The transpose on tensors that produces `value`, if any.
linalg::TransposeOp getTransposeProducer(Value value) {
  auto transpose = value.getDefiningOp<linalg::TransposeOp>();
  if (!transpose || !transpose.hasPureTensorSemantics())
    return nullptr;
  return transpose;
}

/// The indexing map that reads the transpose's input where `map` read its
/// result: result `i` of the transpose is dimension `permutation[i]` of its
/// input, so input dimension `permutation[i]` is read at `map`'s result `i`.
AffineMap composeWithTranspose(AffineMap map, ArrayRef<int64_t> permutation) {
  SmallVector<AffineExpr> results(map.getNumResults());
  for (auto [resultIndex, inputDim] : llvm::enumerate(permutation))
    results[inputDim] = map.getResult(resultIndex);
  return AffineMap::get(map.getNumDims(), map.getNumSymbols(), results,
                        map.getContext());
}

struct FoldTransposeIntoContraction
    : OpInterfaceRewritePattern<linalg::LinalgOp> {
  using OpInterfaceRewritePattern::OpInterfaceRewritePattern;

  LogicalResult matchAndRewrite(linalg::LinalgOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics() || !linalg::isaContractionOpInterface(op))
      return rewriter.notifyMatchFailure(op, "not a contraction on tensors");
    if (llvm::none_of(op.getDpsInputs(), [](Value input) {
          return getTransposeProducer(input) != nullptr;
        }))
      return rewriter.notifyMatchFailure(op, "no input is transposed");

    linalg::GenericOp generic = dyn_cast<linalg::GenericOp>(*op);
    if (!generic) {
      FailureOr<linalg::GenericOp> generalized =
          linalg::generalizeNamedOp(rewriter, op);
      if (failed(generalized))
        return rewriter.notifyMatchFailure(op, "cannot generalize");
      generic = *generalized;
    }

    SmallVector<AffineMap> maps = generic.getIndexingMapsArray();
    SmallVector<Value> inputs(generic.getDpsInputs());
    for (auto [index, input] : llvm::enumerate(inputs)) {
      linalg::TransposeOp transpose = getTransposeProducer(input);
      if (!transpose)
        continue;
      maps[index] = composeWithTranspose(maps[index], transpose.getPermutation());
      inputs[index] = transpose.getInput();
    }
    rewriter.modifyOpInPlace(generic, [&] {
      generic.getInputsMutable().assign(inputs);
      generic.setIndexingMapsAttr(rewriter.getAffineMapArrayAttr(maps));
    });
    return success();
  }
};

struct GQAFoldContractionTransposesPass
    : gqa::impl::GQAFoldContractionTransposesPassBase<
          GQAFoldContractionTransposesPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FoldTransposeIntoContraction>(&getContext());
    // Transposes left without users are dead and erased by the driver.
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
