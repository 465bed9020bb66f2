//===- AttentionView.cpp - What the CPU and GPU tilings share -------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "AttentionView.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

#include <limits>

using namespace mlir;
using namespace mlir::gqa;

std::optional<AttentionView> mlir::gqa::getAttentionView(Operation *op) {
  auto attention = dyn_cast<AttentionOpInterface>(op);
  if (!attention)
    return std::nullopt;
  AttentionView view;
  view.op = attention;
  view.packing = attention.getPacking();
  view.numUnits = attention.getNumUnits();
  return view;
}

std::optional<AttentionView>
mlir::gqa::getAttentionViewPackedInPlace(Operation *op) {
  std::optional<AttentionView> view = getAttentionView(op);
  if (!view || !isa<AttentionOp>(op) || view->groupSize() == 1)
    return view;
  view->packing = view->groupSize();
  view->numUnits = view->numKvHeads();
  view->packedInPlace = true;
  return view;
}

static Value indexConstant(ImplicitLocOpBuilder &b, int64_t value) {
  return arith::ConstantIndexOp::create(b, value);
}

/// Emits `expr`, a sum of products, floor divisions and remainders by
/// constants of the non-negative index values `dims`, as unsigned index
/// arithmetic.
static Value expandNonNegative(ImplicitLocOpBuilder &b, AffineExpr expr,
                               ValueRange dims) {
  if (auto dim = dyn_cast<AffineDimExpr>(expr))
    return dims[dim.getPosition()];
  if (auto constant = dyn_cast<AffineConstantExpr>(expr))
    return indexConstant(b, constant.getValue());
  auto binary = cast<AffineBinaryOpExpr>(expr);
  Value lhs = expandNonNegative(b, binary.getLHS(), dims);
  Value rhs = expandNonNegative(b, binary.getRHS(), dims);
  switch (binary.getKind()) {
  case AffineExprKind::Add:
    return arith::AddIOp::create(b, lhs, rhs);
  case AffineExprKind::Mul:
    return arith::MulIOp::create(b, lhs, rhs);
  case AffineExprKind::FloorDiv:
    return arith::DivUIOp::create(b, lhs, rhs);
  case AffineExprKind::Mod:
    return arith::RemUIOp::create(b, lhs, rhs);
  default:
    llvm_unreachable("head maps have no ceildiv");
  }
}

Value mlir::gqa::getQueryHeadOfMember(ImplicitLocOpBuilder &b,
                                      const AttentionView &view, Value unit,
                                      Value member) {
  if (view.packing == 1)
    return unit;
  AffineMap map = getQueryHeadMap(b.getContext(), view.mapping(),
                                  view.numUnits, view.packing);
  return expandNonNegative(b, map.getResult(0), ValueRange{unit, member});
}

Value mlir::gqa::getKvHeadOfUnit(ImplicitLocOpBuilder &b,
                                 const AttentionView &view, Value unit) {
  // Member 0 of the unit; all members share the KV head.
  Value head = getQueryHeadOfMember(b, view, unit, indexConstant(b, 0));
  AffineMap map = getKvHeadMap(b.getContext(), view.mapping(), view.groupSize(),
                               view.numKvHeads());
  return expandNonNegative(b, map.getResult(0), ValueRange{head});
}

TileKeyRange mlir::gqa::getTileKeyRange(ImplicitLocOpBuilder &b,
                                        const AttentionView &view,
                                        Value firstRow, Value tileRows,
                                        Value queryLength, Value keyLength,
                                        Value givenLength, Value givenOffset) {
  auto min = [&](Value lhs, Value rhs) -> Value {
    return arith::MinSIOp::create(b, lhs, rhs);
  };
  auto max = [&](Value lhs, Value rhs) -> Value {
    return arith::MaxSIOp::create(b, lhs, rhs);
  };
  Value zero = indexConstant(b, 0);
  Value one = indexConstant(b, 1);
  TileKeyRange range;

  // L_b and off_b.
  range.length = keyLength;
  if (givenLength)
    range.length = max(zero, min(givenLength, keyLength));
  range.offset = zero;
  if (givenOffset)
    range.offset = givenOffset;
  else if (view.alignment() == Alignment::BottomRight)
    range.offset = arith::SubIOp::create(b, range.length, queryLength);

  // The smallest and largest row index within a head among the tile's rows:
  // when the tile wraps from one member to the next, every row index may
  // occur.
  Value tileLast = arith::SubIOp::create(
      b, arith::AddIOp::create(b, firstRow, tileRows), one);
  Value firstMember = arith::DivUIOp::create(b, firstRow, queryLength);
  Value lastMember = arith::DivUIOp::create(b, tileLast, queryLength);
  Value wraps = arith::CmpIOp::create(b, arith::CmpIPredicate::ne, firstMember,
                                      lastMember);
  Value minRow = arith::SelectOp::create(
      b, wraps, zero, arith::RemUIOp::create(b, firstRow, queryLength));
  Value maxRow = arith::SelectOp::create(
      b, wraps, arith::SubIOp::create(b, queryLength, one),
      arith::RemUIOp::create(b, tileLast, queryLength));

  range.lo = zero;
  if (view.window())
    range.lo = max(zero, arith::SubIOp::create(
                             b, arith::AddIOp::create(b, minRow, range.offset),
                             indexConstant(b, *view.window())));
  range.hi = range.length;
  if (view.causal())
    range.hi = min(range.hi,
                   arith::AddIOp::create(
                       b, arith::AddIOp::create(b, maxRow, range.offset), one));
  range.hi = max(range.hi, range.lo);
  return range;
}

std::pair<Value, Value> mlir::gqa::getSplitKeyRange(ImplicitLocOpBuilder &b,
                                                    Value lo, Value hi,
                                                    Value split,
                                                    int64_t numSplits,
                                                    int64_t kvTile) {
  Value tile = indexConstant(b, kvTile);
  Value numBlocks = arith::CeilDivSIOp::create(
      b, arith::SubIOp::create(b, hi, lo), tile);
  Value splitKeys = arith::MulIOp::create(
      b,
      arith::CeilDivSIOp::create(b, numBlocks, indexConstant(b, numSplits)),
      tile);
  Value splitLo = arith::MinSIOp::create(
      b, hi,
      arith::AddIOp::create(b, lo, arith::MulIOp::create(b, split, splitKeys)));
  Value splitHi = arith::MinSIOp::create(
      b, hi, arith::AddIOp::create(b, splitLo, splitKeys));
  return {splitLo, splitHi};
}

//===----------------------------------------------------------------------===//
// Masks and the online softmax
//===----------------------------------------------------------------------===//

/// A constant of `type` (f32, or a vector of f32) with every element `value`.
static Value f32Splat(ImplicitLocOpBuilder &b, Type type, double value) {
  return createScalarOrSplatConstant(b, b.getLoc(), type,
                                     APFloat(static_cast<float>(value)));
}

/// A constant of `type` (an integer or index, or a vector of them) with
/// every element `value`.
static Value intSplat(ImplicitLocOpBuilder &b, Type type, int64_t value) {
  auto vectorType = dyn_cast<VectorType>(type);
  Type elementType = vectorType ? vectorType.getElementType() : type;
  TypedAttr attr = b.getIntegerAttr(elementType, value);
  if (vectorType)
    attr = DenseElementsAttr::get(vectorType, attr);
  return arith::ConstantOp::create(b, attr);
}

std::pair<Value, Value> mlir::gqa::readMask(ImplicitLocOpBuilder &b,
                                            Value mask, Value batch,
                                            Value head, Value row, Value key,
                                            int64_t width) {
  auto type = cast<ShapedType>(mask.getType());
  int64_t rank = type.getRank();
  Value scoreIndices[4] = {batch, head, row, key};
  SmallVector<Value> indices;
  for (int64_t dim = 0; dim < rank; ++dim)
    indices.push_back(type.getDimSize(dim) == 1
                          ? indexConstant(b, 0)
                          : scoreIndices[4 - rank + dim]);
  Type elementType = type.getElementType();
  Value values;
  if (width > 0 && rank > 0 && type.getDimSize(rank - 1) != 1) {
    Value padding = arith::ConstantOp::create(b, b.getZeroAttr(elementType));
    values = vector::TransferReadOp::create(
        b, VectorType::get({width}, elementType), mask, indices, padding,
        ArrayRef<bool>{false});
  } else {
    values = isa<MemRefType>(type)
                 ? memref::LoadOp::create(b, mask, indices).getResult()
                 : tensor::ExtractOp::create(b, mask, indices).getResult();
    if (width > 0)
      values = vector::BroadcastOp::create(
          b, VectorType::get({width}, elementType), values);
  }
  if (elementType.isInteger(1))
    return {values, Value()};
  if (isa<IntegerType>(elementType)) {
    Value zero = intSplat(b, values.getType(), 0);
    return {arith::CmpIOp::create(b, arith::CmpIPredicate::ne, values, zero),
            Value()};
  }
  if (elementType.isF32())
    return {Value(), values};
  Type f32 = b.getF32Type();
  if (width > 0)
    f32 = VectorType::get({width}, f32);
  return {Value(), arith::ExtFOp::create(b, f32, values)};
}

Value mlir::gqa::applySoftcap(ImplicitLocOpBuilder &b,
                              const AttentionView &view, Value scores) {
  if (!view.softcap())
    return scores;
  Type type = scores.getType();
  Value inverse = f32Splat(b, type, 1.0 / *view.softcap());
  return arith::MulFOp::create(
      b, f32Splat(b, type, *view.softcap()),
      math::TanhOp::create(b, arith::MulFOp::create(b, scores, inverse)));
}

Value mlir::gqa::getAllowedKeys(ImplicitLocOpBuilder &b,
                                const AttentionView &view, Value inRange,
                                Value keyPositions, Value rowPosition) {
  Value allowed = inRange;
  if (view.causal())
    allowed = arith::AndIOp::create(
        b, allowed,
        arith::CmpIOp::create(b, arith::CmpIPredicate::sle, keyPositions,
                              rowPosition));
  if (view.window()) {
    Value first = arith::SubIOp::create(
        b, rowPosition,
        intSplat(b, rowPosition.getType(), *view.window()));
    allowed = arith::AndIOp::create(
        b, allowed,
        arith::CmpIOp::create(b, arith::CmpIPredicate::sge, keyPositions,
                              first));
  }
  return allowed;
}

std::pair<Value, Value> mlir::gqa::getFiniteMax(ImplicitLocOpBuilder &b,
                                                Value max) {
  Type type = max.getType();
  Value isEmpty = arith::CmpFOp::create(
      b, arith::CmpFPredicate::OEQ, max,
      f32Splat(b, type, -std::numeric_limits<double>::infinity()));
  return {isEmpty,
          arith::SelectOp::create(b, isEmpty, f32Splat(b, type, 0.0), max)};
}

RunningMax mlir::gqa::updateRunningMax(ImplicitLocOpBuilder &b, Value oldMax,
                                       Value blockMax) {
  RunningMax running;
  running.max = arith::MaxNumFOp::create(b, oldMax, blockMax);
  running.finiteMax = getFiniteMax(b, running.max).second;
  running.rescale = math::ExpOp::create(
      b, arith::SubFOp::create(b, oldMax, running.finiteMax));
  return running;
}

RowNormalization mlir::gqa::normalizeRow(ImplicitLocOpBuilder &b, Value sum) {
  Value zero = f32Splat(b, sum.getType(), 0.0);
  RowNormalization row;
  row.nonEmpty =
      arith::CmpFOp::create(b, arith::CmpFPredicate::OGT, sum, zero);
  row.inverse = arith::SelectOp::create(
      b, row.nonEmpty,
      arith::DivFOp::create(b, f32Splat(b, sum.getType(), 1.0), sum), zero);
  return row;
}

Value mlir::gqa::getLogSumExp(ImplicitLocOpBuilder &b,
                              const RowNormalization &row, Value max,
                              Value sum) {
  Value lse = arith::AddFOp::create(b, max, math::LogOp::create(b, sum));
  return arith::SelectOp::create(
      b, row.nonEmpty, lse,
      f32Splat(b, sum.getType(), -std::numeric_limits<double>::infinity()));
}

LogicalResult mlir::gqa::tileEachAttentionOp(
    Operation *root, StringRef passName,
    function_ref<FailureOr<AttentionTileSizes>(Operation *, std::string &)>
        choose,
    function_ref<LogicalResult(RewriterBase &, Operation *,
                               const AttentionTileSizes &)>
        tile) {
  IRRewriter rewriter(root->getContext());
  // Post-order: an op is replaced by ops inserted before it, which the walk
  // has passed, and erasing the op being visited is allowed.
  WalkResult result = root->walk([&](Operation *op) {
    if (!isa<AttentionOp, PackedAttentionOp>(op))
      return WalkResult::advance();
    // No output element (B = 0 or Sq = 0, static): nothing to compute, and
    // no tile to size.
    auto resultType = cast<RankedTensorType>(op->getResult(0).getType());
    if (resultType.hasStaticShape() && resultType.getNumElements() == 0) {
      rewriter.setInsertionPoint(op);
      rewriter.replaceOpWithNewOp<tensor::EmptyOp>(
          op, resultType.getShape(), resultType.getElementType());
      return WalkResult::advance();
    }
    std::string error;
    FailureOr<AttentionTileSizes> sizes = choose(op, error);
    if (failed(sizes)) {
      op->emitError() << passName << ": " << error;
      return WalkResult::interrupt();
    }
    rewriter.setInsertionPoint(op);
    if (failed(tile(rewriter, op, *sizes))) {
      op->emitError() << passName << ": could not tile this op";
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return failure(result.wasInterrupted());
}
