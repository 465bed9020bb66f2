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
/// Expands an f32 (scalar or vector) op `OpTy` into arith ops: `Derived`
/// provides `Value expand(PatternRewriter &, Location, Value x, Type type,
/// Type intType)`, with `intType` the i32 type of the same shape.
template <typename OpTy, typename Derived>
struct ExpandF32Op : public OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    Type type = op.getType();
    if (!getElementTypeOrSelf(type).isF32())
      return rewriter.notifyMatchFailure(op, "not f32");
    Type intType = getSameShape(type, rewriter.getI32Type());
    rewriter.replaceOp(op, static_cast<const Derived *>(this)->expand(
                               rewriter, op.getLoc(), op.getOperand(), type,
                               intType));
    return success();
  }
};

/// f32 `math.floor(x)` => `|x| < 2^23 ? t - (t > x ? 1 : 0) : x`, with
/// `t = sitofp(fptosi(x))`: below 2^23 the integer conversion is exact (and
/// truncates toward zero), above it every f32 is an integer; NaN and
/// infinities fail the comparison and stay as they are.
struct ExpandFloor : public ExpandF32Op<math::FloorOp, ExpandFloor> {
  using ExpandF32Op::ExpandF32Op;

  Value expand(PatternRewriter &rewriter, Location loc, Value x, Type type,
               Type intType) const {
    auto constant = [&](double value) {
      return createSplat(rewriter, loc, type, rewriter.getF32FloatAttr(value));
    };
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
    return arith::SelectOp::create(rewriter, loc, small, floor, x);
  }
};

/// f32 `math.absf(x)` => `x` with its sign bit cleared.
struct ExpandAbs : public ExpandF32Op<math::AbsFOp, ExpandAbs> {
  using ExpandF32Op::ExpandF32Op;

  Value expand(PatternRewriter &rewriter, Location loc, Value x, Type type,
               Type intType) const {
    Value bits = arith::BitcastOp::create(rewriter, loc, intType, x);
    Value cleared = arith::AndIOp::create(
        rewriter, loc, bits,
        createSplat(rewriter, loc, type,
                    rewriter.getI32IntegerAttr(0x7fffffff)));
    return arith::BitcastOp::create(rewriter, loc, type, cleared);
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
