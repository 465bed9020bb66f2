//===- PackQueryGroups.cpp - Pack query heads of a group into rows --------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/Transforms/Transforms.h"
#include "gqa/Dialect/GQA/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAPACKQUERYGROUPSPASS
#include "gqa/Dialect/GQA/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

/// Returns the sizes of `value` (a ranked tensor) as fold results: constants
/// for static dims, `tensor.dim` for dynamic ones.
static SmallVector<OpFoldResult> getSizes(OpBuilder &builder, Location loc,
                                          Value value) {
  return tensor::getMixedSizes(builder, loc, value);
}

/// Builds a tensor type of `shape` (with `ShapedType::kDynamic` entries) from
/// mixed sizes.
static RankedTensorType getTensorType(ArrayRef<OpFoldResult> sizes,
                                      Type elementType) {
  SmallVector<int64_t> shape;
  for (OpFoldResult size : sizes) {
    std::optional<int64_t> constant = getConstantIntValue(size);
    shape.push_back(constant ? *constant : ShapedType::kDynamic);
  }
  return RankedTensorType::get(shape, elementType);
}

/// Transposes the two head dims of a `[B, X, Y, S, D]` tensor into
/// `[B, Y, X, S, D]`.
static Value swapHeadDims(OpBuilder &builder, Location loc, Value source) {
  SmallVector<OpFoldResult> sizes = getSizes(builder, loc, source);
  std::swap(sizes[1], sizes[2]);
  auto elementType = cast<RankedTensorType>(source.getType()).getElementType();
  Value init = tensor::EmptyOp::create(builder, loc, sizes, elementType);
  return linalg::TransposeOp::create(builder, loc, source, init,
                                     ArrayRef<int64_t>{0, 2, 1, 3, 4})
      .getResult()[0];
}

FailureOr<PackedAttentionOp> mlir::gqa::packQueryGroups(RewriterBase &rewriter,
                                                        AttentionOp op) {
  int64_t groupSize = op.getGroupSize();
  if (groupSize == 1)
    return rewriter.notifyMatchFailure(op, "group size 1: nothing to pack");

  Location loc = op.getLoc();
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  bool interleaved = op.getHeadMapping() == HeadMapping::Interleaved;
  int64_t numKvHeads = op.getNumKvHeads();
  Type elementType = op.getElementType();
  OpFoldResult groupFold = rewriter.getIndexAttr(groupSize);
  OpFoldResult kvHeadsFold = rewriter.getIndexAttr(numKvHeads);

  // Query [B, Hq, Sq, D] -> [B, Hkv, G, Sq, D] (contiguous: h = kv * G + m)
  // or [B, G, Hkv, Sq, D] then transposed (interleaved: h = m * Hkv + kv).
  SmallVector<OpFoldResult> querySizes = getSizes(rewriter, loc, op.getQuery());
  SmallVector<OpFoldResult> splitSizes = {
      querySizes[0], interleaved ? groupFold : kvHeadsFold,
      interleaved ? kvHeadsFold : groupFold, querySizes[2], querySizes[3]};
  SmallVector<ReassociationIndices> splitHeads = {{0}, {1, 2}, {3}, {4}};
  SmallVector<ReassociationIndices> mergeRows = {{0}, {1}, {2, 3}, {4}};
  Value query = tensor::ExpandShapeOp::create(
      rewriter, loc, getTensorType(splitSizes, elementType), op.getQuery(),
      splitHeads, splitSizes);
  if (interleaved)
    query = swapHeadDims(rewriter, loc, query);
  query = tensor::CollapseShapeOp::create(rewriter, loc, query, mergeRows);

  // The packed op: one unit per KV head, G * Sq rows.
  RankedTensorType queryType = cast<RankedTensorType>(query.getType());
  SmallVector<int64_t> resultShape(queryType.getShape());
  resultShape[3] = op.getValueHeadDim();
  auto packedType = RankedTensorType::get(resultShape, elementType);
  auto packed = PackedAttentionOp::create(
      rewriter, loc, packedType, query, op.getKey(), op.getValue(),
      op.getMask(), op.getKvLengths(), op.getQOffset(),
      rewriter.getI64IntegerAttr(groupSize), op.getScaleAttr(),
      op.getSoftcapAttr(), op.getCausalAttr(), op.getWindowAttr(),
      op.getHeadMappingAttr(), op.getAlignmentAttr());

  // Result [B, Hkv, G * Sq, Dv] -> [B, Hkv, G, Sq, Dv] -> [B, Hq, Sq, Dv].
  SmallVector<OpFoldResult> resultSizes = {
      querySizes[0], kvHeadsFold, groupFold, querySizes[2],
      rewriter.getIndexAttr(op.getValueHeadDim())};
  Value result = tensor::ExpandShapeOp::create(
      rewriter, loc, getTensorType(resultSizes, elementType),
      packed.getResult(), mergeRows, resultSizes);
  if (interleaved)
    result = swapHeadDims(rewriter, loc, result);
  result = tensor::CollapseShapeOp::create(rewriter, loc, result, splitHeads);
  if (result.getType() != op.getType())
    result = tensor::CastOp::create(rewriter, loc, op.getType(), result);
  rewriter.replaceOp(op, result);
  return packed;
}

namespace {
/// gqa.attention(Q [B, Hq, Sq, D]) with G > 1
///   => unpack(gqa.packed_attention(pack(Q) [B, Hkv, G * Sq, D]))
struct PackQueryGroupsPattern : public OpRewritePattern<AttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(AttentionOp op,
                                PatternRewriter &rewriter) const override {
    return packQueryGroups(rewriter, op);
  }
};

struct GQAPackQueryGroupsPass
    : public gqa::impl::GQAPackQueryGroupsPassBase<GQAPackQueryGroupsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populatePackQueryGroupsPatterns(patterns);
    walkAndApplyPatterns(getOperation(), std::move(patterns));
  }
};
} // namespace

void mlir::gqa::populatePackQueryGroupsPatterns(RewritePatternSet &patterns) {
  patterns.add<PackQueryGroupsPattern>(patterns.getContext());
}
