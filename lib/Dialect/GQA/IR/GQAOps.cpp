//===- GQAOps.cpp - GQA dialect operations --------------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>

using namespace mlir;
using namespace mlir::gqa;

#include "gqa/Dialect/GQA/IR/GQAOpsEnums.cpp.inc"
#include "gqa/Dialect/GQA/IR/GQAInterfaces.cpp.inc"

#define GET_OP_CLASSES
#include "gqa/Dialect/GQA/IR/GQAOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// Prints a dimension size, `?` for a dynamic one.
static std::string dimToString(int64_t size) {
  return ShapedType::isDynamic(size) ? std::string("?") : std::to_string(size);
}

/// Prints a shape as `[2, ?, 8]`.
static std::string shapeToString(ArrayRef<int64_t> shape) {
  std::string result = "[";
  llvm::raw_string_ostream os(result);
  llvm::interleaveComma(shape, os,
                        [&](int64_t size) { os << dimToString(size); });
  os << "]";
  return result;
}

/// Prints a floating-point attribute value the way a user would write it.
static std::string floatToString(double value) {
  std::string result;
  llvm::raw_string_ostream os(result);
  os << llvm::format("%g", value);
  return result;
}

/// Two sizes are compatible when either is dynamic or they are equal.
static bool areCompatible(int64_t lhs, int64_t rhs) {
  return ShapedType::isDynamic(lhs) || ShapedType::isDynamic(rhs) || lhs == rhs;
}

/// Joins two compatible sizes: the static one if either is static.
static int64_t join(int64_t lhs, int64_t rhs) {
  return ShapedType::isDynamic(lhs) ? rhs : lhs;
}

/// Element types that query, key and value may have.
static bool isSupportedElementType(Type type) {
  return type.isF32() || type.isF16() || type.isBF16();
}

//===----------------------------------------------------------------------===//
// The head mapping
//===----------------------------------------------------------------------===//

AffineMap mlir::gqa::getKvHeadMap(MLIRContext *context, HeadMapping mapping,
                                  int64_t groupSize, int64_t numKvHeads) {
  AffineExpr queryHead = getAffineDimExpr(0, context);
  AffineExpr kvHead = mapping == HeadMapping::Contiguous
                          ? queryHead.floorDiv(groupSize)
                          : queryHead % numKvHeads;
  return AffineMap::get(/*dimCount=*/1, /*symbolCount=*/0, kvHead);
}

AffineMap mlir::gqa::getQueryHeadMap(MLIRContext *context, HeadMapping mapping,
                                     int64_t numUnits, int64_t packing) {
  AffineExpr unit = getAffineDimExpr(0, context);
  AffineExpr member = getAffineDimExpr(1, context);
  AffineExpr queryHead = mapping == HeadMapping::Contiguous
                             ? unit * packing + member
                             : member * numUnits + unit;
  return AffineMap::get(/*dimCount=*/2, /*symbolCount=*/0, queryHead);
}

//===----------------------------------------------------------------------===//
// AttentionOp
//===----------------------------------------------------------------------===//

void AttentionOp::build(OpBuilder &builder, OperationState &state, Value query,
                        Value key, Value value) {
  auto queryType = cast<RankedTensorType>(query.getType());
  auto valueType = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> shape(queryType.getShape());
  shape[3] = valueType.getDimSize(3);
  auto resultType = RankedTensorType::get(shape, queryType.getElementType());
  build(builder, state, resultType, query, key, value, /*mask=*/Value(),
        /*kv_lengths=*/Value(), /*q_offset=*/Value(), /*scale=*/nullptr,
        /*softcap=*/nullptr, /*causal=*/false, /*window=*/nullptr,
        HeadMapping::Contiguous, Alignment::TopLeft);
}

int64_t AttentionOp::getQueryHeadInGroup(int64_t kvHead, int64_t member) {
  assert(kvHead >= 0 && kvHead < getNumKvHeads() && "KV head out of range");
  assert(member >= 0 && member < getGroupSize() && "member out of range");
  // The group of a KV head is a unit of G members.
  AffineMap map = gqa::getQueryHeadMap(getContext(), getHeadMapping(),
                                       getNumKvHeads(), getGroupSize());
  return map.compose(ArrayRef<int64_t>{kvHead, member}).front();
}

SmallVector<int64_t> AttentionOp::getQueryHeadsOfKvHead(int64_t kvHead) {
  SmallVector<int64_t> heads;
  for (int64_t member = 0, e = getGroupSize(); member < e; ++member)
    heads.push_back(getQueryHeadInGroup(kvHead, member));
  return heads;
}

/// Verifies a per-batch index operand (`kv_lengths`, `q_offset`): shape `[B]`
/// and element type `i32` or `i64`.
static LogicalResult verifyPerBatchOperand(Operation *op, Value operand,
                                           StringRef name, int64_t batch) {
  if (!operand)
    return success();
  auto type = cast<RankedTensorType>(operand.getType());
  if (type.getRank() != 1)
    return op->emitOpError()
           << "'" << name << "' must have shape [B] (rank 1), got rank "
           << type.getRank();
  Type elementType = type.getElementType();
  if (!elementType.isSignlessInteger(32) && !elementType.isSignlessInteger(64))
    return op->emitOpError()
           << "'" << name << "' must have element type i32 or i64, got "
           << elementType;
  if (!areCompatible(type.getDimSize(0), batch))
    return op->emitOpError() << "'" << name << "' has " << type.getDimSize(0)
                             << " entries but the batch size is " << batch;
  return success();
}

/// Verifies the ranks, element types and head structure of the operands:
/// every operand is `[B, H, S, D]` of one float type, with static,
/// positive head counts and head dims, `Hq = U * P` a multiple of `Hkv`, and
/// the packing `P` dividing the group size.
static LogicalResult verifyHeads(AttentionOpInterface op) {
  auto packing = static_cast<int64_t>(op.getPacking());
  RankedTensorType queryType = op.getQueryType();
  RankedTensorType keyType = op.getKeyType();
  RankedTensorType valueType = op.getValueType();

  // Ranks: every operand is [B, H, S, D].
  for (auto [name, type] :
       {std::pair<StringRef, RankedTensorType>{"query", queryType},
        {"key", keyType},
        {"value", valueType},
        {"result", op.getResultType()}}) {
    if (type.getRank() != 4)
      return op.emitOpError()
             << name << " must have rank 4 ([B, H, S, D]), got rank "
             << type.getRank();
  }

  // Element types: one float type for query, key, value and result.
  Type elementType = queryType.getElementType();
  if (!isSupportedElementType(elementType))
    return op.emitOpError() << "unsupported element type " << elementType
                            << " for query; expected f32, f16 or bf16";
  for (auto [name, type] :
       {std::pair<StringRef, RankedTensorType>{"key", keyType},
        {"value", valueType}}) {
    if (type.getElementType() != elementType)
      return op.emitOpError()
             << name << " element type " << type.getElementType()
             << " differs from query element type " << elementType;
  }

  // Static dimensions.
  for (auto [name, type, dim] :
       {std::tuple<StringRef, RankedTensorType, unsigned>{
            "query head count (dim 1)", queryType, 1},
        {"query head dim (dim 3)", queryType, 3},
        {"key head count (dim 1)", keyType, 1},
        {"key head dim (dim 3)", keyType, 3},
        {"value head count (dim 1)", valueType, 1},
        {"value head dim (dim 3)", valueType, 3}}) {
    if (type.isDynamicDim(dim))
      return op.emitOpError() << name << " must be static";
    if (type.getDimSize(dim) <= 0)
      return op.emitOpError()
             << name << " must be positive, got " << type.getDimSize(dim);
  }

  int64_t numQueryHeads = queryType.getDimSize(1) * packing;
  int64_t numKvHeads = keyType.getDimSize(1);
  if (valueType.getDimSize(1) != numKvHeads)
    return op.emitOpError() << "value has " << valueType.getDimSize(1)
                            << " heads but key has " << numKvHeads;
  if (numQueryHeads % numKvHeads != 0)
    return op.emitOpError()
           << "query head count (" << numQueryHeads
           << ") must be a multiple of the key/value head count ("
           << numKvHeads << ")";
  if ((numQueryHeads / numKvHeads) % packing != 0)
    return op.emitOpError() << "packing (" << packing
                            << ") must divide the group size ("
                            << numQueryHeads / numKvHeads << ")";
  if (queryType.getDimSize(3) != keyType.getDimSize(3))
    return op.emitOpError() << "query head dim (" << queryType.getDimSize(3)
                            << ") does not match key head dim ("
                            << keyType.getDimSize(3) << ")";
  return success();
}

/// Verifies that the batch sizes and sequence lengths of the operands
/// agree and returns the unpacked scores' shape `[B, Hq, Sq, Skv]`, each
/// size static where any operand gives it.
static FailureOr<SmallVector<int64_t>>
verifySequences(AttentionOpInterface op) {
  auto packing = static_cast<int64_t>(op.getPacking());
  RankedTensorType queryType = op.getQueryType();
  RankedTensorType keyType = op.getKeyType();
  RankedTensorType valueType = op.getValueType();
  int64_t batch = queryType.getDimSize(0);
  for (auto [name, type] :
       {std::pair<StringRef, RankedTensorType>{"key", keyType},
        {"value", valueType}}) {
    if (!areCompatible(batch, type.getDimSize(0)))
      return op.emitOpError()
             << "batch size mismatch: query has "
             << dimToString(queryType.getDimSize(0)) << ", " << name
             << " has " << dimToString(type.getDimSize(0));
    batch = join(batch, type.getDimSize(0));
  }
  int64_t keyLength = keyType.getDimSize(2);
  if (!areCompatible(keyLength, valueType.getDimSize(2)))
    return op.emitOpError()
           << "key sequence length (" << dimToString(keyLength)
           << ") does not match value sequence length ("
           << dimToString(valueType.getDimSize(2)) << ")";
  keyLength = join(keyLength, valueType.getDimSize(2));
  int64_t rows = queryType.getDimSize(2);
  if (!ShapedType::isDynamic(rows) && rows % packing != 0)
    return op.emitOpError() << "packed query rows (" << rows
                            << ") must be a multiple of the packing ("
                            << packing << ")";
  int64_t queryLength =
      ShapedType::isDynamic(rows) ? ShapedType::kDynamic : rows / packing;
  return SmallVector<int64_t>{batch, op.getNumQueryHeads(), queryLength,
                              keyLength};
}

/// Verifies the result: the query's shape with `Dv`, at batch size `batch`,
/// and the query's element type.
static LogicalResult verifyResult(AttentionOpInterface op, int64_t batch) {
  RankedTensorType queryType = op.getQueryType();
  RankedTensorType resultType = op.getResultType();
  SmallVector<int64_t> expectedShape = {batch, queryType.getDimSize(1),
                                        queryType.getDimSize(2),
                                        op.getValueType().getDimSize(3)};
  if (resultType.getElementType() != queryType.getElementType())
    return op.emitOpError()
           << "result element type " << resultType.getElementType()
           << " differs from query element type "
           << queryType.getElementType();
  for (auto [resultSize, expectedSize] :
       llvm::zip_equal(resultType.getShape(), expectedShape)) {
    if (!areCompatible(resultSize, expectedSize))
      return op.emitOpError()
             << "result shape " << shapeToString(resultType.getShape())
             << " does not follow from the operands; expected "
             << shapeToString(expectedShape);
  }
  if (resultType.isDynamicDim(1) || resultType.isDynamicDim(3))
    return op.emitOpError()
           << "result shape " << shapeToString(resultType.getShape())
           << " must have static head count and head dim; expected "
           << shapeToString(expectedShape);
  return success();
}

/// Verifies the optional mask: i1 or float, broadcastable from its trailing
/// dimensions to the unpacked scores of shape `scoresShape`.
static LogicalResult verifyMask(AttentionOpInterface op,
                                ArrayRef<int64_t> scoresShape) {
  Value mask = op.getMask();
  if (!mask)
    return success();
  auto maskType = cast<RankedTensorType>(mask.getType());
  Type maskElementType = maskType.getElementType();
  if (!maskElementType.isSignlessInteger(1) &&
      !isSupportedElementType(maskElementType))
    return op.emitOpError()
           << "mask element type must be i1 or f32, f16, bf16, got "
           << maskElementType;
  if (maskType.getRank() > 4)
    return op.emitOpError()
           << "mask of rank " << maskType.getRank()
           << " does not broadcast to the scores "
           << shapeToString(scoresShape) << " ([B, Hq, Sq, Skv])";
  int64_t offset = 4 - maskType.getRank();
  for (auto [maskDim, maskSize] : llvm::enumerate(maskType.getShape())) {
    int64_t scoresSize = scoresShape[offset + maskDim];
    if (maskSize != 1 && !areCompatible(maskSize, scoresSize))
      return op.emitOpError()
             << "mask shape " << shapeToString(maskType.getShape())
             << " does not broadcast to the scores "
             << shapeToString(scoresShape) << " ([B, Hq, Sq, Skv]): mask dim "
             << maskDim << " is " << maskSize << " but must be 1 or "
             << dimToString(scoresSize);
  }
  return success();
}

/// Verifies that the float attribute `name`, if set, is positive and finite.
static LogicalResult verifyPositiveFinite(AttentionOpInterface op,
                                          StringRef name,
                                          std::optional<APFloat> attribute) {
  if (!attribute)
    return success();
  double value = attribute->convertToDouble();
  if (!(value > 0.0) || std::isinf(value))
    return op.emitOpError() << name << " must be positive and finite, got "
                            << floatToString(value);
  return success();
}

/// Verifies the attributes: scale and softcap positive and finite, the
/// window non-negative, and no alignment beside `q_offset`.
static LogicalResult verifyAttributes(AttentionOpInterface op) {
  if (failed(verifyPositiveFinite(op, "scale", op.getScale())) ||
      failed(verifyPositiveFinite(op, "softcap", op.getSoftcap())))
    return failure();
  if (std::optional<int64_t> window = op.getWindow(); window && *window < 0)
    return op.emitOpError() << "window must be non-negative, got " << *window;
  if (op.getQOffset() && op.getAlignment() != Alignment::TopLeft)
    return op.emitOpError()
           << "'alignment = " << stringifyAlignment(op.getAlignment())
           << "' has no effect when 'q_offset' gives the query position; "
              "remove one of them";
  return success();
}

/// Verifies what `gqa.attention` and `gqa.packed_attention` share, in the
/// order a reader checks an op: heads, sequences, result, mask, per-batch
/// operands, attributes.
static LogicalResult verifyAttentionLike(AttentionOpInterface op) {
  if (failed(verifyHeads(op)))
    return failure();
  FailureOr<SmallVector<int64_t>> scoresShape = verifySequences(op);
  if (failed(scoresShape))
    return failure();
  int64_t batch = (*scoresShape)[0];
  if (failed(verifyResult(op, batch)) || failed(verifyMask(op, *scoresShape)))
    return failure();
  if (failed(verifyPerBatchOperand(op, op.getKvLengths(), "kv_lengths",
                                   batch)) ||
      failed(verifyPerBatchOperand(op, op.getQOffset(), "q_offset", batch)))
    return failure();
  return verifyAttributes(op);
}

LogicalResult AttentionOp::verify() {
  return verifyAttentionLike(*this);
}

//===----------------------------------------------------------------------===//
// PackedAttentionOp
//===----------------------------------------------------------------------===//

LogicalResult PackedAttentionOp::verify() {
  return verifyAttentionLike(*this);
}
