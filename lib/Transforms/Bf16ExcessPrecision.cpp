//===- Bf16ExcessPrecision.cpp - bf16 bodies computed in f32 --------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Rewrites the bf16 arith/math ops of linalg.generic bodies into f32 ops and
// drops the roundings between them. See `gqa-bf16-excess-precision` in
// Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/PatternMatch.h"

#include "llvm/ADT/MapVector.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQABF16EXCESSPRECISIONPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// Whether `op` is bf16 arithmetic that runs the same on f32: an arith or
/// math op without regions, not a cast or a constant, with a bf16 operand
/// or result.
bool isBf16Arithmetic(Operation *op) {
  Dialect *dialect = op->getDialect();
  if (!isa_and_nonnull<arith::ArithDialect, math::MathDialect>(dialect))
    return false;
  if (op->getNumRegions() != 0 || isa<CastOpInterface>(op) ||
      isa<arith::ConstantOp>(op) || op->getNumResults() != 1)
    return false;
  auto isBf16 = [](Type type) { return type.isBF16(); };
  return llvm::any_of(op->getOperandTypes(), isBf16) ||
         llvm::any_of(op->getResultTypes(), isBf16);
}

/// Rewrites the bf16 arithmetic of one body on f32. Each bf16 value is
/// widened once, where it is defined; a value that is a rounding this
/// rewrite made is replaced by the f32 value it rounds.
class BodyWidening {
public:
  explicit BodyWidening(RewriterBase &rewriter) : rewriter(rewriter) {}

  /// Replaces `op` by the same op on f32 and a rounding of its result.
  void widen(Operation *op) {
    SmallVector<Value> operands;
    for (Value operand : op->getOperands())
      operands.push_back(operand.getType().isBF16() ? getWide(operand)
                                                    : operand);
    SmallVector<Type> resultTypes;
    for (Type type : op->getResultTypes())
      resultTypes.push_back(type.isBF16() ? rewriter.getF32Type() : type);
    rewriter.setInsertionPoint(op);
    OperationState state(op->getLoc(), op->getName(), operands, resultTypes,
                         op->getAttrs());
    Value result = rewriter.create(state)->getResult(0);
    if (op->getResult(0).getType().isBF16()) {
      auto rounding = arith::TruncFOp::create(
          rewriter, op->getLoc(), rewriter.getBF16Type(), result);
      roundings[rounding] = result;
      result = rounding;
    }
    rewriter.replaceOp(op, result);
  }

  /// Erases the roundings nothing reads any more.
  void eraseUnusedRoundings() {
    for (auto [rounding, wide] : roundings)
      if (rounding.use_empty())
        rewriter.eraseOp(rounding.getDefiningOp());
  }

private:
  Value getWide(Value value) {
    if (Value wide = roundings.lookup(value))
      return wide;
    Value &wide = widened[value];
    if (!wide) {
      OpBuilder::InsertionGuard guard(rewriter);
      rewriter.setInsertionPointAfterValue(value);
      wide = arith::ExtFOp::create(rewriter, value.getLoc(),
                                   rewriter.getF32Type(), value);
    }
    return wide;
  }

  RewriterBase &rewriter;
  /// The roundings made, to the f32 values they round.
  llvm::MapVector<Value, Value> roundings;
  /// The widenings made, by the bf16 value they widen.
  DenseMap<Value, Value> widened;
};

struct GQABf16ExcessPrecisionPass
    : gqa::impl::GQABf16ExcessPrecisionPassBase<GQABf16ExcessPrecisionPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    getOperation().walk([&](linalg::GenericOp generic) {
      // A contraction's body stays a multiply-accumulate, which the
      // library route and the raise recognize.
      if (linalg::isaContractionOpInterface(generic))
        return;
      Block &body = generic.getRegion().front();
      SmallVector<Operation *> arithmetic;
      for (Operation &op : body.without_terminator())
        if (isBf16Arithmetic(&op))
          arithmetic.push_back(&op);
      BodyWidening widening(rewriter);
      for (Operation *op : arithmetic)
        widening.widen(op);
      widening.eraseUnusedRoundings();
    });
  }
};

} // namespace
