//===- RaiseSupport.cpp - What every part of the raise uses ---------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): the failure reasons
// that every matcher fills, typed by what they say about the op they started
// at, and small helpers on linalg ops and their bodies.
//
//===----------------------------------------------------------------------===//

#include "RaiseSupport.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::raise;

//===----------------------------------------------------------------------===//
// Failure reasons
//===----------------------------------------------------------------------===//

std::string raise::formatNumber(double value) {
  std::string result;
  llvm::raw_string_ostream os(result);
  os << llvm::format("%g", value);
  return result;
}

std::string raise::describe(Operation *op) {
  std::string result;
  llvm::raw_string_ostream os(result);
  os << "'" << op->getName() << "'";
  return result;
}

//===----------------------------------------------------------------------===//
// Small helpers on linalg ops
//===----------------------------------------------------------------------===//

bool raise::isAllParallel(linalg::LinalgOp op) {
  return op.getNumLoops() == op.getNumParallelLoops();
}

bool raise::isElementwiseMap(linalg::LinalgOp op) {
  if (!isAllParallel(op) || op->getNumResults() != 1 ||
      op.getNumDpsInits() != 1 || !op.hasPureTensorSemantics())
    return false;
  OpOperand *init = op.getDpsInitOperand(0);
  if (!op.getMatchingIndexingMap(init).isIdentity())
    return false;
  return op.getMatchingBlockArgument(init).use_empty();
}

Value raise::getYielded(linalg::LinalgOp op, unsigned index) {
  return op.getBlock()->getTerminator()->getOperand(index);
}

std::optional<double> raise::getScalarConstant(Value value) {
  Operation *def = value.getDefiningOp();
  if (!def)
    return std::nullopt;
  if (auto constant = dyn_cast<arith::ConstantOp>(def)) {
    Attribute attr = constant.getValue();
    if (auto splat = dyn_cast<SplatElementsAttr>(attr))
      attr = splat.getSplatValue<Attribute>();
    else if (auto dense = dyn_cast<DenseElementsAttr>(attr);
             dense && dense.isSplat())
      attr = dense.getSplatValue<Attribute>();
    if (auto floatAttr = dyn_cast<FloatAttr>(attr))
      return floatAttr.getValueAsDouble();
    if (auto intAttr = dyn_cast<IntegerAttr>(attr)) {
      if (intAttr.getType().isInteger(1))
        return intAttr.getValue().isZero() ? 0.0 : 1.0;
      return static_cast<double>(intAttr.getValue().getSExtValue());
    }
    return std::nullopt;
  }
  if (auto fill = dyn_cast<linalg::FillOp>(def))
    return getScalarConstant(fill.getInputs().front());
  if (isa<arith::ExtFOp, arith::TruncFOp, arith::SIToFPOp>(def))
    return getScalarConstant(def->getOperand(0));
  return std::nullopt;
}

std::optional<double> raise::getBodyConstant(linalg::LinalgOp op, Value value) {
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    if (arg.getOwner() != op.getBlock() ||
        arg.getArgNumber() >= op.getNumDpsInputs())
      return std::nullopt;
    return getScalarConstant(op.getDpsInputOperand(arg.getArgNumber())->get());
  }
  Operation *def = value.getDefiningOp();
  if (def && def->getBlock() == op.getBlock() &&
      isa<arith::ExtFOp, arith::TruncFOp, arith::SIToFPOp>(def))
    return getBodyConstant(op, def->getOperand(0));
  return getScalarConstant(value);
}

bool raise::dependsOn(Value value, BlockArgument arg) {
  if (value == arg)
    return true;
  Operation *def = value.getDefiningOp();
  if (!def || def->getBlock() != arg.getOwner())
    return false;
  return llvm::any_of(def->getOperands(),
                      [&](Value operand) { return dependsOn(operand, arg); });
}

bool raise::isMaskingValue(double value) { return value <= -65504.0; }
