//===- RaiseIndexEvaluator.cpp - Interpreter for index-only tensors -------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): a small interpreter that
// evaluates, at every position, the tensors computed from indices and
// constants only, such as causal masks, so that they can be fitted to the
// causal/window attributes of `gqa.attention`.
//
//===----------------------------------------------------------------------===//

#include "RaiseIndexEvaluator.h"

#include "RaiseSupport.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/APFloat.h"

#include <algorithm>
#include <cmath>

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::raise;

//===----------------------------------------------------------------------===//
// Interpreter for index-only tensors
//===----------------------------------------------------------------------===//

/// The row-major linear index of `index` in `shape`.
static int64_t linearize(ArrayRef<int64_t> index, ArrayRef<int64_t> shape) {
  int64_t linear = 0;
  for (auto [i, size] : llvm::zip_equal(index, shape))
    linear = linear * size + i;
  return linear;
}

SmallVector<int64_t> raise::delinearize(int64_t linear,
                                        ArrayRef<int64_t> shape) {
  SmallVector<int64_t> index(shape.size());
  for (int64_t dim = static_cast<int64_t>(shape.size()) - 1; dim >= 0; --dim) {
    index[dim] = linear % shape[dim];
    linear /= shape[dim];
  }
  return index;
}

/// Evaluates an affine map with constant inputs.
static SmallVector<int64_t> applyMap(AffineMap map, ArrayRef<int64_t> point) {
  return map.compose(point);
}

/// Rounds `value` to the precision of the float type `type`.
static double roundTo(Type type, double value) {
  auto floatType = dyn_cast<FloatType>(type);
  if (!floatType || floatType.isF64())
    return value;
  APFloat converted(value);
  bool losesInfo = false;
  converted.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                    &losesInfo);
  return converted.convertToDouble();
}

FailureOr<double> IndexEvaluator::evalTensor(Value tensor,
                                             ArrayRef<int64_t> index) {
  if (!spend())
    return failure();
  auto type = dyn_cast<RankedTensorType>(tensor.getType());
  if (!type || !type.hasStaticShape() ||
      static_cast<int64_t>(index.size()) != type.getRank())
    return failure();
  int64_t linear = linearize(index, type.getShape());
  auto key = std::make_pair(tensor, linear);
  if (auto it = cache.find(key); it != cache.end())
    return it->second;

  FailureOr<double> result = failure();
  Operation *def = tensor.getDefiningOp();
  if (!def)
    return failure();
  if (auto constant = dyn_cast<arith::ConstantOp>(def)) {
    auto dense = dyn_cast<DenseElementsAttr>(constant.getValue());
    if (!dense)
      return failure();
    Attribute element = dense.isSplat() ? dense.getSplatValue<Attribute>()
                                        : dense.getValues<Attribute>()[linear];
    if (auto floatAttr = dyn_cast<FloatAttr>(element))
      result = floatAttr.getValueAsDouble();
    else if (auto intAttr = dyn_cast<IntegerAttr>(element))
      result = intAttr.getType().isInteger(1)
                   ? (intAttr.getValue().isZero() ? 0.0 : 1.0)
                   : static_cast<double>(intAttr.getValue().getSExtValue());
  } else if (auto fill = dyn_cast<linalg::FillOp>(def)) {
    if (std::optional<double> value =
            getScalarConstant(fill.getInputs().front()))
      result = *value;
  } else if (auto expand = dyn_cast<tensor::ExpandShapeOp>(def)) {
    SmallVector<int64_t> srcIndex;
    ArrayRef<int64_t> shape = expand.getResultType().getShape();
    for (ReassociationIndices group : expand.getReassociationIndices()) {
      SmallVector<int64_t> sub, subShape;
      for (int64_t dim : group) {
        sub.push_back(index[dim]);
        subShape.push_back(shape[dim]);
      }
      srcIndex.push_back(linearize(sub, subShape));
    }
    result = evalTensor(expand.getSrc(), srcIndex);
  } else if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(def)) {
    SmallVector<int64_t> srcIndex;
    ArrayRef<int64_t> srcShape = collapse.getSrcType().getShape();
    for (auto [resultDim, group] :
         llvm::enumerate(collapse.getReassociationIndices())) {
      SmallVector<int64_t> subShape;
      for (int64_t dim : group)
        subShape.push_back(srcShape[dim]);
      llvm::append_range(srcIndex, delinearize(index[resultDim], subShape));
    }
    // A collapse to rank 0 has no groups: its source holds one element.
    if (collapse.getResultType().getRank() == 0)
      srcIndex.assign(srcShape.size(), 0);
    result = evalTensor(collapse.getSrc(), srcIndex);
  } else if (auto slice = dyn_cast<tensor::ExtractSliceOp>(def)) {
    if (!slice.hasUnitStride() ||
        slice.getSourceType().getRank() != slice.getResultType().getRank() ||
        ShapedType::isDynamicShape(slice.getStaticOffsets()))
      return failure();
    SmallVector<int64_t> srcIndex;
    for (auto [i, offset] : llvm::zip_equal(index, slice.getStaticOffsets()))
      srcIndex.push_back(i + offset);
    result = evalTensor(slice.getSource(), srcIndex);
  } else if (auto linalgOp = dyn_cast<linalg::LinalgOp>(def)) {
    if (!isAllParallel(linalgOp) || !linalgOp.hasPureTensorSemantics())
      return failure();
    unsigned resultNumber = cast<OpResult>(tensor).getResultNumber();
    AffineMap outMap =
        linalgOp.getIndexingMapMatchingResult(cast<OpResult>(tensor));
    if (!outMap.isPermutation())
      return failure();
    SmallVector<int64_t> point = applyMap(inversePermutation(outMap), index);
    // Every linalg op on tensors (generic, named, transpose, broadcast) has a
    // body computing its result from the loop point.
    if (!linalgOp.getBlock())
      return failure();
    result = evalInBody(linalgOp, getYielded(linalgOp, resultNumber), point);
  }
  if (succeeded(result))
    cache[key] = *result;
  return result;
}

FailureOr<double> IndexEvaluator::evalInBody(linalg::LinalgOp op, Value value,
                                             ArrayRef<int64_t> point) {
  if (!spend())
    return failure();
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    if (arg.getOwner() != op.getBlock())
      return failure();
    OpOperand *operand = &op->getOpOperand(arg.getArgNumber());
    if (op.isDpsInit(operand))
      return failure();
    if (!isa<RankedTensorType>(operand->get().getType())) {
      if (std::optional<double> constant = getScalarConstant(operand->get()))
        return *constant;
      return failure();
    }
    return evalTensor(operand->get(),
                      applyMap(op.getMatchingIndexingMap(operand), point));
  }
  Operation *def = value.getDefiningOp();
  if (!def)
    return failure();
  if (def->getBlock() != op.getBlock()) {
    if (std::optional<double> constant = getScalarConstant(value))
      return *constant;
    return failure();
  }
  if (auto index = dyn_cast<linalg::IndexOp>(def))
    return static_cast<double>(point[index.getDim()]);
  SmallVector<double> operands;
  for (Value operand : def->getOperands()) {
    FailureOr<double> evaluated = evalInBody(op, operand, point);
    if (failed(evaluated))
      return failure();
    operands.push_back(*evaluated);
  }
  return evalOp(def, operands);
}

FailureOr<double> IndexEvaluator::evalOp(Operation *op,
                                         ArrayRef<double> operands) {
  auto asInt = [](double value) { return static_cast<int64_t>(value); };
  auto resultType =
      op->getNumResults() == 1 ? op->getResult(0).getType() : Type();
  if (auto constant = dyn_cast<arith::ConstantOp>(op)) {
    if (std::optional<double> value = getScalarConstant(constant))
      return *value;
    return failure();
  }
  if (isa<arith::IndexCastOp, arith::IndexCastUIOp, arith::SIToFPOp,
          arith::UIToFPOp, arith::ExtSIOp, arith::ExtUIOp, arith::ExtFOp>(op))
    return operands[0];
  if (isa<arith::TruncFOp>(op))
    return roundTo(resultType, operands[0]);
  if (isa<arith::FPToSIOp>(op))
    return std::trunc(operands[0]);
  if (isa<arith::TruncIOp>(op)) {
    if (resultType.isInteger(1))
      return static_cast<double>(asInt(operands[0]) & 1);
    return operands[0];
  }
  if (isa<arith::AddIOp>(op))
    return static_cast<double>(asInt(operands[0]) + asInt(operands[1]));
  if (isa<arith::SubIOp>(op))
    return static_cast<double>(asInt(operands[0]) - asInt(operands[1]));
  if (isa<arith::MulIOp>(op))
    return static_cast<double>(asInt(operands[0]) * asInt(operands[1]));
  if (isa<arith::DivSIOp, arith::FloorDivSIOp>(op)) {
    if (asInt(operands[1]) == 0)
      return failure();
    return std::floor(operands[0] / operands[1]);
  }
  if (isa<arith::RemSIOp>(op)) {
    if (asInt(operands[1]) == 0)
      return failure();
    return static_cast<double>(asInt(operands[0]) % asInt(operands[1]));
  }
  if (isa<arith::MaxSIOp>(op))
    return std::max(operands[0], operands[1]);
  if (isa<arith::MinSIOp>(op))
    return std::min(operands[0], operands[1]);
  if (isa<arith::AndIOp>(op))
    return static_cast<double>(asInt(operands[0]) & asInt(operands[1]));
  if (isa<arith::OrIOp>(op))
    return static_cast<double>(asInt(operands[0]) | asInt(operands[1]));
  if (isa<arith::XOrIOp>(op))
    return static_cast<double>(asInt(operands[0]) ^ asInt(operands[1]));
  if (auto cmp = dyn_cast<arith::CmpIOp>(op)) {
    double lhs = operands[0], rhs = operands[1];
    switch (cmp.getPredicate()) {
    case arith::CmpIPredicate::eq:
      return lhs == rhs ? 1.0 : 0.0;
    case arith::CmpIPredicate::ne:
      return lhs != rhs ? 1.0 : 0.0;
    case arith::CmpIPredicate::slt:
    case arith::CmpIPredicate::ult:
      return lhs < rhs ? 1.0 : 0.0;
    case arith::CmpIPredicate::sle:
    case arith::CmpIPredicate::ule:
      return lhs <= rhs ? 1.0 : 0.0;
    case arith::CmpIPredicate::sgt:
    case arith::CmpIPredicate::ugt:
      return lhs > rhs ? 1.0 : 0.0;
    case arith::CmpIPredicate::sge:
    case arith::CmpIPredicate::uge:
      return lhs >= rhs ? 1.0 : 0.0;
    }
  }
  if (auto cmp = dyn_cast<arith::CmpFOp>(op)) {
    double lhs = operands[0], rhs = operands[1];
    bool unordered = std::isnan(lhs) || std::isnan(rhs);
    using P = arith::CmpFPredicate;
    switch (cmp.getPredicate()) {
    case P::OEQ:
      return !unordered && lhs == rhs ? 1.0 : 0.0;
    case P::ONE:
      return !unordered && lhs != rhs ? 1.0 : 0.0;
    case P::OLT:
      return !unordered && lhs < rhs ? 1.0 : 0.0;
    case P::OLE:
      return !unordered && lhs <= rhs ? 1.0 : 0.0;
    case P::OGT:
      return !unordered && lhs > rhs ? 1.0 : 0.0;
    case P::OGE:
      return !unordered && lhs >= rhs ? 1.0 : 0.0;
    case P::UEQ:
      return unordered || lhs == rhs ? 1.0 : 0.0;
    case P::UNE:
      return unordered || lhs != rhs ? 1.0 : 0.0;
    case P::ULT:
      return unordered || lhs < rhs ? 1.0 : 0.0;
    case P::ULE:
      return unordered || lhs <= rhs ? 1.0 : 0.0;
    case P::UGT:
      return unordered || lhs > rhs ? 1.0 : 0.0;
    case P::UGE:
      return unordered || lhs >= rhs ? 1.0 : 0.0;
    default:
      return failure();
    }
  }
  if (isa<arith::SelectOp>(op))
    return operands[0] != 0.0 ? operands[1] : operands[2];
  if (isa<arith::AddFOp>(op))
    return roundTo(resultType, operands[0] + operands[1]);
  if (isa<arith::SubFOp>(op))
    return roundTo(resultType, operands[0] - operands[1]);
  if (isa<arith::MulFOp>(op))
    return roundTo(resultType, operands[0] * operands[1]);
  if (isa<arith::DivFOp>(op))
    return roundTo(resultType, operands[0] / operands[1]);
  if (isa<arith::NegFOp>(op))
    return -operands[0];
  if (isa<arith::MaximumFOp, arith::MaxNumFOp>(op))
    return std::max(operands[0], operands[1]);
  if (isa<arith::MinimumFOp, arith::MinNumFOp>(op))
    return std::min(operands[0], operands[1]);
  return failure();
}
