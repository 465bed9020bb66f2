//===- GQAToLinalg.cpp - Lower gqa.attention to linalg --------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The reference lowering of `gqa.attention`: seven `linalg.generic` ops on
// tensors, each computing one line of the op's semantics, in `f32`.
//
//   scores[b,h,i,j] = sum_d Q[b,h,i,d] * K[b,kv(h),j,d]
//   logits[b,h,i,j] = allowed(b,h,i,j) ? softcap(scale * scores) + bias
//                                      : -inf
//   rowMax[b,h,i]   = max_j logits
//   weights[b,h,i,j] = rowMax == -inf ? 0 : exp(logits - rowMax)
//   rowSum[b,h,i]   = sum_j weights
//   acc[b,h,i,e]    = sum_j weights[b,h,i,j] * V[b,kv(h),j,e]
//   O[b,h,i,e]      = rowSum == 0 ? 0 : acc / rowSum
//
// The key/value head `kv(h)` is an affine expression in the indexing maps of
// the generics that read K and V, so the head mapping is visible in the IR.
//
//===----------------------------------------------------------------------===//

#include "gqa/Conversion/GQAToLinalg/GQAToLinalg.h"
#include "gqa/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"
#include "llvm/ADT/Sequence.h"

#include <limits>

namespace mlir::gqa {
#define GEN_PASS_DEF_CONVERTGQATOLINALGPASS
#include "gqa/Conversion/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

namespace {
/// The sizes of the problem, as constants where some type makes them static.
struct ProblemSizes {
  OpFoldResult batch;        // B
  OpFoldResult queryHeads;   // Hq
  OpFoldResult queryLength;  // Sq
  OpFoldResult keyLength;    // Skv
  OpFoldResult valueHeadDim; // Dv
};
} // namespace

/// Returns the size of one problem dimension. `staticSizes` is what the types
/// of the operands and result say about it: the first static one is used
/// (the verifier made them agree); if all are dynamic, the size is
/// `tensor.dim %source, dim`.
static OpFoldResult getProblemSize(OpBuilder &builder, Location loc,
                                   ArrayRef<int64_t> staticSizes, Value source,
                                   int64_t dim) {
  for (int64_t size : staticSizes)
    if (!ShapedType::isDynamic(size))
      return builder.getIndexAttr(size);
  return tensor::DimOp::create(builder, loc, source, dim).getResult();
}

/// Collects the sizes of `op`'s problem from all its operands and its result.
static ProblemSizes getProblemSizes(OpBuilder &builder, AttentionOp op) {
  Location loc = op.getLoc();
  SmallVector<int64_t> batchSizes = {
      op.getResultType().getDimSize(0), op.getQueryType().getDimSize(0),
      op.getKeyType().getDimSize(0), op.getValueType().getDimSize(0)};
  for (Value perBatch : {op.getKvLengths(), op.getQOffset()})
    if (perBatch)
      batchSizes.push_back(
          cast<RankedTensorType>(perBatch.getType()).getDimSize(0));

  ProblemSizes sizes;
  sizes.batch = getProblemSize(builder, loc, batchSizes, op.getQuery(), 0);
  sizes.queryHeads = builder.getIndexAttr(op.getNumQueryHeads());
  sizes.queryLength = getProblemSize(
      builder, loc,
      {op.getResultType().getDimSize(2), op.getQueryType().getDimSize(2)},
      op.getQuery(), 2);
  sizes.keyLength = getProblemSize(
      builder, loc,
      {op.getKeyType().getDimSize(2), op.getValueType().getDimSize(2)},
      op.getKey(), 2);
  sizes.valueHeadDim = builder.getIndexAttr(op.getValueHeadDim());
  return sizes;
}

/// Creates a `tensor.empty` of `sizes` and `elementType`.
static Value createEmpty(OpBuilder &builder, Location loc,
                         ArrayRef<OpFoldResult> sizes, Type elementType) {
  return tensor::EmptyOp::create(builder, loc, sizes, elementType);
}

/// Creates an `f32` tensor of `sizes` filled with `value`.
static Value createFilled(OpBuilder &builder, Location loc,
                          ArrayRef<OpFoldResult> sizes, float value) {
  Value empty = createEmpty(builder, loc, sizes, builder.getF32Type());
  Value constant =
      arith::ConstantOp::create(builder, loc, builder.getF32FloatAttr(value));
  return linalg::FillOp::create(builder, loc, constant, empty).getResult(0);
}

/// Creates an `f32` constant.
static Value createF32(OpBuilder &builder, Location loc, float value) {
  return arith::ConstantOp::create(builder, loc,
                                   builder.getF32FloatAttr(value));
}

/// Extends a float scalar to `f32`; `f32` values are returned unchanged.
static Value extendToF32(OpBuilder &builder, Location loc, Value value) {
  if (value.getType().isF32())
    return value;
  return arith::ExtFOp::create(builder, loc, builder.getF32Type(), value);
}

/// Converts an `i32`/`i64` scalar to `index`.
static Value castToIndex(OpBuilder &builder, Location loc, Value value) {
  return arith::IndexCastOp::create(builder, loc, builder.getIndexType(),
                                    value);
}

/// Returns `kv(h)`, the key/value head read by query head `queryHead`, as an
/// affine expression: the op's head map applied to `queryHead`.
static AffineExpr getKvHeadExpr(AttentionOp op, AffineExpr queryHead) {
  return op.getKvHeadMap().getResult(0).replaceDims({queryHead});
}


/// Returns the indexing maps whose results are `exprs`, over all the dims
/// that appear in them.
static SmallVector<AffineMap>
inferMaps(MLIRContext *ctx, ArrayRef<SmallVector<AffineExpr, 4>> exprs) {
  return AffineMap::inferFromExprList(exprs, ctx);
}

/// Returns `count` parallel iterators followed by one reduction iterator.
static SmallVector<utils::IteratorType> parallelThenReduction(int64_t count) {
  SmallVector<utils::IteratorType> iterators(count,
                                             utils::IteratorType::parallel);
  iterators.push_back(utils::IteratorType::reduction);
  return iterators;
}

/// Creates a `linalg.generic` with one result and returns that result.
static Value
createGeneric(OpBuilder &builder, Location loc, ValueRange inputs, Value init,
              ArrayRef<AffineMap> maps, ArrayRef<utils::IteratorType> iterators,
              function_ref<void(OpBuilder &, Location, ValueRange)> body) {
  return linalg::GenericOp::create(builder, loc, init.getType(), inputs, init,
                                   maps, iterators, body)
      .getResult(0);
}

//===----------------------------------------------------------------------===//
// The steps of the decomposition
//===----------------------------------------------------------------------===//

/// scores[b,h,i,j] = sum_d extf(Q[b,h,i,d]) * extf(K[b,kv(h),j,d]).
static Value buildScores(OpBuilder &builder, AttentionOp op,
                         const ProblemSizes &sizes) {
  Location loc = op.getLoc();
  MLIRContext *ctx = op.getContext();
  AffineExpr b, h, i, j, d;
  bindDims(ctx, b, h, i, j, d);
  SmallVector<AffineMap> maps = inferMaps(
      ctx, {{b, h, i, d}, {b, getKvHeadExpr(op, h), j, d}, {b, h, i, j}});
  Value init = createFilled(
      builder, loc,
      {sizes.batch, sizes.queryHeads, sizes.queryLength, sizes.keyLength},
      0.0f);
  return createGeneric(
      builder, loc, {op.getQuery(), op.getKey()}, init, maps,
      parallelThenReduction(4),
      [](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value product = arith::MulFOp::create(
            nested, nestedLoc, extendToF32(nested, nestedLoc, args[0]),
            extendToF32(nested, nestedLoc, args[1]));
        Value sum = arith::AddFOp::create(nested, nestedLoc, args[2], product);
        linalg::YieldOp::create(nested, nestedLoc, sum);
      });
}

/// Returns the indices into `mask`, broadcast from its trailing dimensions to
/// `[B, Hq, Sq, Skv]`, that the scores element at loop indices
/// `getScoreIndex(0..3)` reads. A mask dimension of static size 1 is
/// broadcast; a dynamic one (of runtime size `maskSizes[dim]`) is broadcast
/// when that size is 1.
static SmallVector<Value>
getMaskIndices(OpBuilder &builder, Location loc, RankedTensorType maskType,
               ArrayRef<Value> maskSizes,
               function_ref<Value(int64_t)> getScoreIndex) {
  int64_t leading = 4 - maskType.getRank();
  SmallVector<Value> indices;
  for (int64_t dim = 0, e = maskType.getRank(); dim < e; ++dim) {
    if (maskType.getDimSize(dim) == 1) {
      indices.push_back(arith::ConstantIndexOp::create(builder, loc, 0));
      continue;
    }
    Value scoreIndex = getScoreIndex(leading + dim);
    if (!maskType.isDynamicDim(dim)) {
      indices.push_back(scoreIndex);
      continue;
    }
    Value isBroadcast = arith::CmpIOp::create(
        builder, loc, arith::CmpIPredicate::eq, maskSizes[dim],
        arith::ConstantIndexOp::create(builder, loc, 1));
    indices.push_back(arith::SelectOp::create(
        builder, loc, isBroadcast,
        arith::ConstantIndexOp::create(builder, loc, 0), scoreIndex));
  }
  return indices;
}

/// logits[b,h,i,j]: the scaled (and soft-capped) score plus the bias where
/// key `j` is allowed for row `i`, `-inf` elsewhere.
static Value buildLogits(OpBuilder &builder, AttentionOp op,
                         const ProblemSizes &sizes, Value scores) {
  Location loc = op.getLoc();
  MLIRContext *ctx = op.getContext();
  AffineExpr b, h, i, j;
  bindDims(ctx, b, h, i, j);
  AffineMap identity = AffineMap::getMultiDimIdentityMap(4, ctx);
  AffineMap perBatch = AffineMap::get(4, 0, {b}, ctx);

  // Operands read through indexing maps: the scores, then the optional
  // per-batch `kv_lengths` and `q_offset`.
  SmallVector<Value> inputs = {scores};
  SmallVector<AffineMap> maps = {identity};
  Value kvLengths = op.getKvLengths();
  Value queryOffsets = op.getQOffset();
  for (Value perBatchOperand : {kvLengths, queryOffsets}) {
    if (!perBatchOperand)
      continue;
    inputs.push_back(perBatchOperand);
    maps.push_back(perBatch);
  }
  maps.push_back(identity);

  // The mask is read with `tensor.extract` because a dynamic mask dimension
  // broadcasts only when its runtime size is 1.
  Value mask = op.getMask();
  SmallVector<Value> maskSizes;
  if (mask) {
    auto maskType = cast<RankedTensorType>(mask.getType());
    for (int64_t dim = 0, e = maskType.getRank(); dim < e; ++dim)
      maskSizes.push_back(
          maskType.isDynamicDim(dim)
              ? tensor::DimOp::create(builder, loc, mask, dim).getResult()
              : Value());
  }

  Value init = createEmpty(
      builder, loc,
      {sizes.batch, sizes.queryHeads, sizes.queryLength, sizes.keyLength},
      builder.getF32Type());

  auto body = [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
    // The loop indices (b, h, i, j), created when first used.
    SmallVector<Value> indices(4);
    auto getIndex = [&](int64_t dim) {
      if (!indices[dim])
        indices[dim] = linalg::IndexOp::create(nested, nestedLoc, dim);
      return indices[dim];
    };
    int64_t nextArg = 1;
    // L_b clamped to [0, Skv], as the tiled paths read it (an entry
    // argument out of that range is rejected before: status 3).
    Value batchKvLength;
    if (kvLengths) {
      Value given = castToIndex(nested, nestedLoc, args[nextArg++]);
      Value zero = arith::ConstantIndexOp::create(nested, nestedLoc, 0);
      Value keyLength = getValueOrCreateConstantIndexOp(nested, nestedLoc,
                                                        sizes.keyLength);
      batchKvLength = arith::MaxSIOp::create(
          nested, nestedLoc, zero,
          arith::MinSIOp::create(nested, nestedLoc, given, keyLength));
    }
    Value batchQueryOffset =
        queryOffsets ? castToIndex(nested, nestedLoc, args[nextArg++])
                     : Value();

    // s = scale * scores, then s = c * tanh(s / c) with softcap c.
    Value score = arith::MulFOp::create(
        nested, nestedLoc, args[0],
        createF32(nested, nestedLoc,
                  static_cast<float>(op.getEffectiveScale())));
    if (std::optional<APFloat> softcap = op.getSoftcap()) {
      Value cap = createF32(nested, nestedLoc,
                            static_cast<float>(softcap->convertToDouble()));
      Value scaled = arith::DivFOp::create(nested, nestedLoc, score, cap);
      Value tanh = math::TanhOp::create(nested, nestedLoc, scaled);
      score = arith::MulFOp::create(nested, nestedLoc, cap, tanh);
    }

    // allowed = j < L_b && mask && j <= p (causal) && j >= p - W (window).
    Value allowed;
    auto requireAlso = [&](Value condition) {
      allowed =
          allowed ? arith::AndIOp::create(nested, nestedLoc, allowed, condition)
                        .getResult()
                  : condition;
    };
    if (batchKvLength)
      requireAlso(arith::CmpIOp::create(nested, nestedLoc,
                                        arith::CmpIPredicate::slt, getIndex(3),
                                        batchKvLength));
    if (op.getCausal() || op.getWindow()) {
      // The position of row i is p = i + off_b.
      Value offset = batchQueryOffset;
      if (!offset && op.getAlignment() == Alignment::TopLeft)
        offset = arith::ConstantIndexOp::create(nested, nestedLoc, 0);
      if (!offset) {
        // bottom_right: off_b = L_b - Sq.
        Value keyLength =
            batchKvLength ? batchKvLength
                          : getValueOrCreateConstantIndexOp(nested, nestedLoc,
                                                            sizes.keyLength);
        Value queryLength = getValueOrCreateConstantIndexOp(nested, nestedLoc,
                                                            sizes.queryLength);
        offset =
            arith::SubIOp::create(nested, nestedLoc, keyLength, queryLength);
      }
      Value position =
          arith::AddIOp::create(nested, nestedLoc, getIndex(2), offset);
      if (op.getCausal())
        requireAlso(arith::CmpIOp::create(nested, nestedLoc,
                                          arith::CmpIPredicate::sle,
                                          getIndex(3), position));
      if (std::optional<int64_t> window = op.getWindow()) {
        Value windowStart = arith::SubIOp::create(
            nested, nestedLoc, position,
            arith::ConstantIndexOp::create(nested, nestedLoc, *window));
        requireAlso(arith::CmpIOp::create(nested, nestedLoc,
                                          arith::CmpIPredicate::sge,
                                          getIndex(3), windowStart));
      }
    }
    if (mask) {
      auto maskType = cast<RankedTensorType>(mask.getType());
      Value maskValue = tensor::ExtractOp::create(
          nested, nestedLoc, mask,
          getMaskIndices(nested, nestedLoc, maskType, maskSizes, getIndex));
      if (op.hasBooleanMask())
        requireAlso(maskValue);
      else
        score =
            arith::AddFOp::create(nested, nestedLoc, score,
                                  extendToF32(nested, nestedLoc, maskValue));
    }

    Value logit = score;
    if (allowed)
      logit = arith::SelectOp::create(
          nested, nestedLoc, allowed, score,
          createF32(nested, nestedLoc,
                    -std::numeric_limits<float>::infinity()));
    linalg::YieldOp::create(nested, nestedLoc, logit);
  };

  SmallVector<utils::IteratorType> iterators(4, utils::IteratorType::parallel);
  return createGeneric(builder, loc, inputs, init, maps, iterators, body);
}

/// rowMax[b,h,i] = max_j logits[b,h,i,j], `-inf` when no key is allowed.
static Value buildRowMax(OpBuilder &builder, AttentionOp op,
                         const ProblemSizes &sizes, Value logits) {
  Location loc = op.getLoc();
  MLIRContext *ctx = op.getContext();
  AffineExpr b, h, i, j;
  bindDims(ctx, b, h, i, j);
  SmallVector<AffineMap> maps = inferMaps(ctx, {{b, h, i, j}, {b, h, i}});
  Value init = createFilled(builder, loc,
                            {sizes.batch, sizes.queryHeads, sizes.queryLength},
                            -std::numeric_limits<float>::infinity());
  return createGeneric(
      builder, loc, logits, init, maps, parallelThenReduction(3),
      [](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value max =
            arith::MaximumFOp::create(nested, nestedLoc, args[1], args[0]);
        linalg::YieldOp::create(nested, nestedLoc, max);
      });
}

/// weights[b,h,i,j] = exp(logits - rowMax), and 0 in a row whose maximum is
/// `-inf` (no allowed key), where `exp(-inf - -inf)` would be NaN.
static Value buildWeights(OpBuilder &builder, AttentionOp op,
                          const ProblemSizes &sizes, Value logits,
                          Value rowMax) {
  Location loc = op.getLoc();
  MLIRContext *ctx = op.getContext();
  AffineExpr b, h, i, j;
  bindDims(ctx, b, h, i, j);
  SmallVector<AffineMap> maps =
      inferMaps(ctx, {{b, h, i, j}, {b, h, i}, {b, h, i, j}});
  Value init = createEmpty(
      builder, loc,
      {sizes.batch, sizes.queryHeads, sizes.queryLength, sizes.keyLength},
      builder.getF32Type());
  SmallVector<utils::IteratorType> iterators(4, utils::IteratorType::parallel);
  return createGeneric(
      builder, loc, {logits, rowMax}, init, maps, iterators,
      [](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value isEmptyRow = arith::CmpFOp::create(
            nested, nestedLoc, arith::CmpFPredicate::OEQ, args[1],
            createF32(nested, nestedLoc,
                      -std::numeric_limits<float>::infinity()));
        Value shifted =
            arith::SubFOp::create(nested, nestedLoc, args[0], args[1]);
        Value exp = math::ExpOp::create(nested, nestedLoc, shifted);
        Value weight =
            arith::SelectOp::create(nested, nestedLoc, isEmptyRow,
                                    createF32(nested, nestedLoc, 0.0f), exp);
        linalg::YieldOp::create(nested, nestedLoc, weight);
      });
}

/// rowSum[b,h,i] = sum_j weights[b,h,i,j].
static Value buildRowSum(OpBuilder &builder, AttentionOp op,
                         const ProblemSizes &sizes, Value weights) {
  Location loc = op.getLoc();
  MLIRContext *ctx = op.getContext();
  AffineExpr b, h, i, j;
  bindDims(ctx, b, h, i, j);
  SmallVector<AffineMap> maps = inferMaps(ctx, {{b, h, i, j}, {b, h, i}});
  Value init = createFilled(
      builder, loc, {sizes.batch, sizes.queryHeads, sizes.queryLength}, 0.0f);
  return createGeneric(
      builder, loc, weights, init, maps, parallelThenReduction(3),
      [](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value sum = arith::AddFOp::create(nested, nestedLoc, args[1], args[0]);
        linalg::YieldOp::create(nested, nestedLoc, sum);
      });
}

/// acc[b,h,i,e] = sum_j weights[b,h,i,j] * extf(V[b,kv(h),j,e]).
static Value buildWeightedValues(OpBuilder &builder, AttentionOp op,
                                 const ProblemSizes &sizes, Value weights) {
  Location loc = op.getLoc();
  MLIRContext *ctx = op.getContext();
  AffineExpr b, h, i, e, j;
  bindDims(ctx, b, h, i, e, j);
  SmallVector<AffineMap> maps = inferMaps(
      ctx, {{b, h, i, j}, {b, getKvHeadExpr(op, h), j, e}, {b, h, i, e}});
  Value init = createFilled(
      builder, loc,
      {sizes.batch, sizes.queryHeads, sizes.queryLength, sizes.valueHeadDim},
      0.0f);
  return createGeneric(
      builder, loc, {weights, op.getValue()}, init, maps,
      parallelThenReduction(4),
      [](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value product =
            arith::MulFOp::create(nested, nestedLoc, args[0],
                                  extendToF32(nested, nestedLoc, args[1]));
        Value sum = arith::AddFOp::create(nested, nestedLoc, args[2], product);
        linalg::YieldOp::create(nested, nestedLoc, sum);
      });
}

/// O[b,h,i,e] = truncf(acc / rowSum), and 0 where rowSum is 0 (a row with no
/// allowed key), in the result's type.
static Value buildNormalizedOutput(OpBuilder &builder, AttentionOp op,
                                   const ProblemSizes &sizes, Value acc,
                                   Value rowSum) {
  Location loc = op.getLoc();
  MLIRContext *ctx = op.getContext();
  AffineExpr b, h, i, e;
  bindDims(ctx, b, h, i, e);
  SmallVector<AffineMap> maps =
      inferMaps(ctx, {{b, h, i, e}, {b, h, i}, {b, h, i, e}});
  Type elementType = op.getElementType();
  Value init = createEmpty(
      builder, loc,
      {sizes.batch, sizes.queryHeads, sizes.queryLength, sizes.valueHeadDim},
      elementType);
  SmallVector<utils::IteratorType> iterators(4, utils::IteratorType::parallel);
  return createGeneric(
      builder, loc, {acc, rowSum}, init, maps, iterators,
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value zero = createF32(nested, nestedLoc, 0.0f);
        Value isEmptyRow = arith::CmpFOp::create(
            nested, nestedLoc, arith::CmpFPredicate::OEQ, args[1], zero);
        Value quotient =
            arith::DivFOp::create(nested, nestedLoc, args[0], args[1]);
        Value output = arith::SelectOp::create(nested, nestedLoc, isEmptyRow,
                                               zero, quotient);
        if (!elementType.isF32())
          output =
              arith::TruncFOp::create(nested, nestedLoc, elementType, output);
        linalg::YieldOp::create(nested, nestedLoc, output);
      });
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

FailureOr<Value> mlir::gqa::lowerAttentionToLinalg(RewriterBase &rewriter,
                                                   AttentionOp op) {
  Type elementType = op.getElementType();
  if (!elementType.isF32() && !elementType.isF16() && !elementType.isBF16())
    return rewriter.notifyMatchFailure(op,
                                       "element type must be f32, f16 or bf16");
  if (op.getQueryType().getRank() != 4 || op.getKeyType().getRank() != 4 ||
      op.getValueType().getRank() != 4 || op.getResultType().getRank() != 4)
    return rewriter.notifyMatchFailure(op, "operands must have rank 4");

  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  ProblemSizes sizes = getProblemSizes(rewriter, op);
  Value scores = buildScores(rewriter, op, sizes);
  Value logits = buildLogits(rewriter, op, sizes, scores);
  Value rowMax = buildRowMax(rewriter, op, sizes, logits);
  Value weights = buildWeights(rewriter, op, sizes, logits, rowMax);
  Value rowSum = buildRowSum(rewriter, op, sizes, weights);
  Value acc = buildWeightedValues(rewriter, op, sizes, weights);
  Value output = buildNormalizedOutput(rewriter, op, sizes, acc, rowSum);

  // The output has the static sizes any operand gives; the result type may
  // know fewer of them.
  if (output.getType() != op.getResultType())
    output = tensor::CastOp::create(rewriter, op.getLoc(), op.getResultType(),
                                    output);
  return output;
}

namespace {
/// gqa.attention(q, k, v, ...) => linalg.generic chain of
/// lowerAttentionToLinalg.
struct LowerAttentionPattern : public OpRewritePattern<AttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(AttentionOp op,
                                PatternRewriter &rewriter) const override {
    FailureOr<Value> lowered = lowerAttentionToLinalg(rewriter, op);
    if (failed(lowered))
      return failure();
    rewriter.replaceOp(op, *lowered);
    return success();
  }
};
} // namespace

void mlir::gqa::populateGQAToLinalgConversionPatterns(
    RewritePatternSet &patterns) {
  patterns.add<LowerAttentionPattern>(patterns.getContext());
}

//===----------------------------------------------------------------------===//
// Pass
//===----------------------------------------------------------------------===//

namespace {
struct ConvertGQAToLinalgPass
    : public gqa::impl::ConvertGQAToLinalgPassBase<ConvertGQAToLinalgPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateGQAToLinalgConversionPatterns(patterns);
    walkAndApplyPatterns(getOperation(), std::move(patterns));

    WalkResult remaining = getOperation()->walk([](AttentionOp op) {
      op.emitOpError("was not lowered to linalg");
      return WalkResult::interrupt();
    });
    if (remaining.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
