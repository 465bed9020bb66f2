//===- ApproximateMath.cpp - Inline polynomial math approximations --------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAAPPROXIMATEMATHPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;

/// `element` in the shape of `type`: itself for a scalar, a vector of it for
/// a vector.
static Type getSameShape(Type type, Type element) {
  if (auto vectorType = dyn_cast<VectorType>(type))
    return vectorType.clone(element);
  return element;
}

/// The constant `scalar` in the shape of `type` (splat for a vector).
static Value createSplat(RewriterBase &rewriter, Location loc, Type type,
                         TypedAttr scalar) {
  TypedAttr attr = scalar;
  if (auto vectorType = dyn_cast<VectorType>(type))
    attr = DenseElementsAttr::get(
        vectorType.clone(scalar.getType()), cast<Attribute>(scalar));
  return arith::ConstantOp::create(rewriter, loc, attr);
}

namespace {
/// f32 `math.floor(x)` => `|x| < 2^23 ? t - (t > x ? 1 : 0) : x`, with
/// `t = sitofp(fptosi(x))`: below 2^23 the integer conversion is exact (and
/// truncates toward zero), above it every f32 is an integer; NaN and
/// infinities fail the comparison and stay as they are.
struct ExpandFloor : public OpRewritePattern<math::FloorOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(math::FloorOp op,
                                PatternRewriter &rewriter) const override {
    Type type = op.getType();
    if (!getElementTypeOrSelf(type).isF32())
      return rewriter.notifyMatchFailure(op, "not f32");
    Location loc = op.getLoc();
    Type intType = getSameShape(type, rewriter.getI32Type());
    auto constant = [&](double value) {
      return createSplat(rewriter, loc, type, rewriter.getF32FloatAttr(value));
    };
    Value x = op.getOperand();
    Value truncated = arith::SIToFPOp::create(
        rewriter, loc, type, arith::FPToSIOp::create(rewriter, loc, intType, x));
    Value roundedUp = arith::CmpFOp::create(
        rewriter, loc, arith::CmpFPredicate::OGT, truncated, x);
    Value floor = arith::SelectOp::create(
        rewriter, loc, roundedUp,
        arith::SubFOp::create(rewriter, loc, truncated, constant(1.0)),
        truncated);
    // No fabs: the NVVM lowering would call libdevice for it too.
    Value small = arith::AndIOp::create(
        rewriter, loc,
        arith::CmpFOp::create(rewriter, loc, arith::CmpFPredicate::OLT, x,
                              constant(8388608.0)),
        arith::CmpFOp::create(rewriter, loc, arith::CmpFPredicate::OGT, x,
                              constant(-8388608.0)));
    rewriter.replaceOpWithNewOp<arith::SelectOp>(op, small, floor, x);
    return success();
  }
};

/// f32 `math.absf(x)` => `x` with its sign bit cleared.
struct ExpandAbs : public OpRewritePattern<math::AbsFOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(math::AbsFOp op,
                                PatternRewriter &rewriter) const override {
    Type type = op.getType();
    if (!getElementTypeOrSelf(type).isF32())
      return rewriter.notifyMatchFailure(op, "not f32");
    Location loc = op.getLoc();
    Type intType = getSameShape(type, rewriter.getI32Type());
    Value bits =
        arith::BitcastOp::create(rewriter, loc, intType, op.getOperand());
    Value cleared = arith::AndIOp::create(
        rewriter, loc, bits,
        createSplat(rewriter, loc, type,
                    rewriter.getI32IntegerAttr(0x7fffffff)));
    rewriter.replaceOpWithNewOp<arith::BitcastOp>(op, type, cleared);
    return success();
  }
};

struct GQAApproximateMathPass
    : public gqa::impl::GQAApproximateMathPassBase<GQAApproximateMathPass> {
  using Base::Base;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateMathPolynomialApproximationPatterns(
        patterns, MathPolynomialApproximationOptions());
    if (noLibraryCalls)
      patterns.add<ExpandFloor, ExpandAbs>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
