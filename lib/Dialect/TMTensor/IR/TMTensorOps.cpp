//===- TMTensorOps.cpp - torch-mlir's TMTensor ops, as imported -----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/TMTensor/IR/TMTensorDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::gqa::tm_tensor;

#include "gqa/Dialect/TMTensor/IR/TMTensorOpsDialect.cpp.inc"

void TMTensorDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "gqa/Dialect/TMTensor/IR/TMTensorOps.cpp.inc"
      >();
}

#define GET_OP_CLASSES
#include "gqa/Dialect/TMTensor/IR/TMTensorOps.cpp.inc"

namespace {

/// Checks that the results have the outputs' types and that the region's
/// block has `argTypes` and yields one value of `yieldType`.
LogicalResult verifyShape(Operation *op, ValueRange outputs, Region &region,
                          TypeRange argTypes, Type yieldType) {
  if (op->getResultTypes() != outputs.getTypes())
    return op->emitOpError("expects the results to have the types of the "
                           "outputs");
  Block &block = region.front();
  if (block.getArgumentTypes() != argTypes) {
    InFlightDiagnostic diag = op->emitOpError("expects region arguments of types (");
    llvm::interleaveComma(argTypes, diag);
    return diag << ")";
  }
  Operation *terminator = block.getTerminator();
  if (terminator->getNumOperands() != 1 ||
      terminator->getOperand(0).getType() != yieldType)
    return op->emitOpError("expects the region to yield one value of type ")
           << yieldType;
  return success();
}

} // namespace

LogicalResult ScanOp::verify() {
  if (getInputs().size() != 1 || getOutputs().size() != 2)
    return emitOpError("expects one input and two outputs (the output and "
                       "the accumulator)");
  auto input = cast<RankedTensorType>(getInputs()[0].getType());
  auto output = cast<RankedTensorType>(getOutputs()[0].getType());
  auto accumulator = cast<RankedTensorType>(getOutputs()[1].getType());
  int64_t dim = getDimension();
  if (dim < 0 || dim >= input.getRank())
    return emitOpError("dimension ") << dim << " is not a dimension of the input";
  if (output.getShape() != input.getShape())
    return emitOpError("expects the output to have the input's shape");
  SmallVector<int64_t> reduced(input.getShape());
  reduced.erase(reduced.begin() + dim);
  if (accumulator.getShape() != ArrayRef<int64_t>(reduced))
    return emitOpError("expects the accumulator to have the input's shape "
                       "without dimension ")
           << dim;
  Type element = input.getElementType();
  if (output.getElementType() != element ||
      accumulator.getElementType() != element)
    return emitOpError("expects one element type");
  return verifyShape(*this, getOutputs(), getRegion(), {element, element},
                     element);
}

LogicalResult ScatterOp::verify() {
  if (getInputs().size() != 2 || getOutputs().size() != 1)
    return emitOpError("expects two inputs (updates and indices) and one "
                       "output");
  auto updates = cast<RankedTensorType>(getInputs()[0].getType());
  auto indices = cast<RankedTensorType>(getInputs()[1].getType());
  auto original = cast<RankedTensorType>(getOutputs()[0].getType());
  if (indices.getRank() != 2 ||
      !isa<IntegerType>(indices.getElementType()) ||
      indices.isDynamicDim(1))
    return emitOpError("expects indices of type N x depth of integers with a "
                       "static depth");
  int64_t depth = indices.getDimSize(1);
  ArrayRef<int64_t> dimMap = getDimensionMap();
  if (static_cast<int64_t>(dimMap.size()) != depth)
    return emitOpError("expects one dimension_map entry per index (")
           << depth << ")";
  llvm::SmallDenseSet<int64_t> seen;
  for (int64_t dim : dimMap)
    if (dim < 0 || dim >= original.getRank() || !seen.insert(dim).second)
      return emitOpError("dimension_map entry ")
             << dim << " is not a distinct dimension of the original";
  if (updates.getRank() < 1 || updates.getRank() - 1 > original.getRank() ||
      updates.getDimSize(0) != indices.getDimSize(0))
    return emitOpError("expects updates of type N x slice, with the indices' "
                       "N and a slice rank of at most the original's");
  Type element = original.getElementType();
  if (updates.getElementType() != element)
    return emitOpError("expects the updates to have the original's element "
                       "type");
  return verifyShape(*this, getOutputs(), getRegion(), {element, element},
                     element);
}

LogicalResult SortOp::verify() {
  if (!getInputs().empty() || getOutputs().empty())
    return emitOpError("expects no inputs and at least one output");
  auto first = cast<RankedTensorType>(getOutputs()[0].getType());
  int64_t dim = getDimension();
  if (dim < 0 || dim >= first.getRank())
    return emitOpError("dimension ") << dim << " is not a dimension of the outputs";
  SmallVector<Type> argTypes;
  for (Value output : getOutputs()) {
    auto type = cast<RankedTensorType>(output.getType());
    if (type.getShape() != first.getShape())
      return emitOpError("expects outputs of one shape");
    argTypes.append(2, type.getElementType());
  }
  return verifyShape(*this, getOutputs(), getRegion(), argTypes,
                     IntegerType::get(getContext(), 1));
}
