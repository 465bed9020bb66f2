//===- AttentionView.cpp - What the CPU and GPU tilings share -------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "AttentionView.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;
using namespace mlir::gqa;

template <typename OpTy>
static AttentionView makeView(OpTy op, int64_t packing) {
  AttentionView view;
  view.op = op;
  view.query = op.getQuery();
  view.key = op.getKey();
  view.value = op.getValue();
  view.mask = op.getMask();
  view.kvLengths = op.getKvLengths();
  view.qOffset = op.getQOffset();
  view.packing = packing;
  view.numUnits = op.getQueryType().getDimSize(1);
  view.numKvHeads = op.getNumKvHeads();
  view.groupSize = op.getGroupSize();
  view.headDim = op.getHeadDim();
  view.valueHeadDim = op.getValueHeadDim();
  view.scale = op.getEffectiveScale();
  if (std::optional<APFloat> softcap = op.getSoftcap())
    view.softcap = softcap->convertToDouble();
  view.causal = op.getCausal();
  view.window = op.getWindow();
  view.mapping = op.getHeadMapping();
  view.alignment = op.getAlignment();
  view.resultType = op.getResultType();
  view.elementType = op.getElementType();
  return view;
}

std::optional<AttentionView> mlir::gqa::getAttentionView(Operation *op) {
  if (auto attention = dyn_cast<AttentionOp>(op))
    return makeView(attention, /*packing=*/1);
  if (auto packed = dyn_cast<PackedAttentionOp>(op))
    return makeView(packed, packed.getPacking());
  return std::nullopt;
}

std::optional<AttentionView>
mlir::gqa::getAttentionViewPackedInPlace(Operation *op) {
  std::optional<AttentionView> view = getAttentionView(op);
  if (!view || !isa<AttentionOp>(op) || view->groupSize == 1)
    return view;
  view->packing = view->groupSize;
  view->numUnits = view->numKvHeads;
  view->packedInPlace = true;
  return view;
}

static Value indexConstant(ImplicitLocOpBuilder &b, int64_t value) {
  return arith::ConstantIndexOp::create(b, value);
}

Value mlir::gqa::getQueryHeadOfMember(ImplicitLocOpBuilder &b,
                                      const AttentionView &view, Value unit,
                                      Value member) {
  if (view.packing == 1)
    return unit;
  if (view.mapping == HeadMapping::Contiguous)
    return arith::AddIOp::create(
        b, arith::MulIOp::create(b, unit, indexConstant(b, view.packing)),
        member);
  return arith::AddIOp::create(
      b, arith::MulIOp::create(b, member, indexConstant(b, view.numUnits)),
      unit);
}

Value mlir::gqa::getKvHeadOfUnit(ImplicitLocOpBuilder &b,
                                 const AttentionView &view, Value unit) {
  // Member 0 of the unit; all members share the KV head.
  Value head = getQueryHeadOfMember(b, view, unit, indexConstant(b, 0));
  if (view.mapping == HeadMapping::Contiguous)
    return arith::DivUIOp::create(b, head, indexConstant(b, view.groupSize));
  return arith::RemUIOp::create(b, head, indexConstant(b, view.numKvHeads));
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
  else if (view.alignment == Alignment::BottomRight)
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
  if (view.window)
    range.lo = max(zero, arith::SubIOp::create(
                             b, arith::AddIOp::create(b, minRow, range.offset),
                             indexConstant(b, *view.window)));
  range.hi = range.length;
  if (view.causal)
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
