//===- GraphMutator.cpp - Structured mutations of model graphs ------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "GraphMutator.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/AttrTypeSubElements.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::gqa::fuzz;

namespace {

using Mutation = std::optional<std::pair<MutationKind, std::string>>;

template <typename T>
T *pickOne(llvm::SmallVectorImpl<T> &items, std::mt19937_64 &random) {
  if (items.empty())
    return nullptr;
  return &items[random() % items.size()];
}

std::string describe(Operation *op) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << op->getName() << " at " << op->getLoc();
  return text;
}

/// Operands that stand for an op's value: a destination-style op's inputs,
/// any other op's operands.
SmallVector<OpOperand *> getValueOperands(Operation *op) {
  SmallVector<OpOperand *> operands;
  if (auto dps = dyn_cast<DestinationStyleOpInterface>(op)) {
    for (OpOperand *operand : dps.getDpsInputOperands())
      operands.push_back(operand);
    return operands;
  }
  for (OpOperand &operand : op->getOpOperands())
    operands.push_back(&operand);
  return operands;
}

/// True for the block argument of a linalg op's body that reads an init
/// (`%out`): a body that yields it instead of computing a value copies the
/// init, which is undefined for a tensor.empty.
bool isInitArgument(Value value) {
  auto argument = dyn_cast<BlockArgument>(value);
  if (!argument)
    return false;
  auto linalgOp = dyn_cast<linalg::LinalgOp>(argument.getOwner()->getParentOp());
  return linalgOp && argument.getArgNumber() >= linalgOp.getNumDpsInputs();
}

/// True for a linalg op whose body gathers with `tensor.extract`, as the
/// exporters write an index_select: mutating its index arithmetic would read
/// out of bounds, and an undefined graph proves nothing.
bool isGather(Operation *op) {
  auto linalgOp = dyn_cast_or_null<linalg::LinalgOp>(op);
  if (!linalgOp || !linalgOp.getBlock())
    return false;
  return llvm::any_of(linalgOp.getBlock()->getOperations(), [](Operation &nested) {
    return isa<tensor::ExtractOp>(nested);
  });
}

/// True if mutating `op` could change the indices of a gather.
bool touchesGather(Operation *op) {
  if (isa<tensor::ExtractOp>(op) || isGather(op) || isGather(op->getParentOp()))
    return true;
  return llvm::any_of(op->getUsers(), [](Operation *user) {
    return isa<tensor::ExtractOp>(user) || isGather(user->getParentOp());
  });
}

/// A finite new value for a float constant `value` (no NaN: a NaN in both
/// outputs of the differential check is not agreement).
double newFloatValue(double value, std::mt19937_64 &random) {
  const double choices[] = {0.0, 1.0, -1.0, 0.5, 2.0, -1.0e4};
  switch (random() % 4) {
  case 0:
    return std::isfinite(value) ? value * 2.0 : 0.0;
  case 1:
    return std::isfinite(value) ? -value : -1.0e4;
  default:
    return choices[random() % std::size(choices)];
  }
}

Mutation mutateConstant(ModuleOp module, std::mt19937_64 &random) {
  SmallVector<arith::ConstantOp> constants;
  module.walk([&](arith::ConstantOp op) {
    if (touchesGather(op))
      return;
    Attribute value = op.getValue();
    if (isa<FloatAttr>(value) ||
        (isa<IntegerAttr>(value) && !op.getType().isInteger(1)))
      constants.push_back(op);
    else if (auto dense = dyn_cast<DenseElementsAttr>(value))
      if (dense.isSplat() && isa<FloatType>(dense.getElementType()))
        constants.push_back(op);
  });
  arith::ConstantOp *op = pickOne(constants, random);
  if (!op)
    return std::nullopt;
  Attribute value = op->getValue();
  Attribute newValue;
  if (auto floatAttr = dyn_cast<FloatAttr>(value)) {
    newValue = FloatAttr::get(floatAttr.getType(),
                              newFloatValue(floatAttr.getValueAsDouble(), random));
  } else if (auto intAttr = dyn_cast<IntegerAttr>(value)) {
    int64_t delta = random() % 2 ? 1 : -1;
    newValue = IntegerAttr::get(intAttr.getType(), intAttr.getInt() + delta);
  } else {
    auto dense = cast<DenseElementsAttr>(value);
    auto element = cast<FloatType>(dense.getElementType());
    double old = dense.getSplatValue<APFloat>().convertToDouble();
    APFloat scalar(newFloatValue(old, random));
    bool lost;
    scalar.convert(element.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                   &lost);
    newValue = DenseElementsAttr::get(dense.getType(), scalar);
  }
  op->setValueAttr(cast<TypedAttr>(newValue));
  return std::make_pair(MutationKind::Constant,
                        llvm::formatv("constant {0} -> {1}", value, newValue).str());
}

Mutation mutateIndexingMap(ModuleOp module, std::mt19937_64 &random) {
  SmallVector<linalg::GenericOp> generics;
  module.walk([&](linalg::GenericOp op) {
    if (!isGather(op))
      generics.push_back(op);
  });
  linalg::GenericOp *op = pickOne(generics, random);
  if (!op)
    return std::nullopt;
  // Only input maps change: an output map that is not a permutation leaves
  // elements of the result unwritten, and a graph reading them is undefined.
  SmallVector<AffineMap> maps = op->getIndexingMapsArray();
  if (op->getNumDpsInputs() == 0)
    return std::nullopt;
  unsigned operand = random() % op->getNumDpsInputs();
  AffineMap map = maps[operand];
  if (map.getNumResults() == 0)
    return std::nullopt;
  unsigned position = random() % map.getNumResults();
  AffineExpr replacement =
      random() % 3 == 0
          ? getAffineConstantExpr(0, op->getContext())
          : getAffineDimExpr(random() % map.getNumDims(), op->getContext());
  maps[operand] = map.replace(map.getResult(position), replacement,
                              map.getNumDims(), map.getNumSymbols());
  if (maps[operand] == map)
    return std::nullopt;
  Builder builder(op->getContext());
  op->setIndexingMapsAttr(builder.getAffineMapArrayAttr(maps));
  return std::make_pair(MutationKind::IndexingMap,
                        llvm::formatv("{0}: map of operand {1} {2} -> {3}",
                                      describe(*op), operand, map, maps[operand])
                            .str());
}

Mutation dropOp(ModuleOp module, std::mt19937_64 &random) {
  SmallVector<std::pair<Operation *, Value>> candidates;
  module.walk([&](Operation *op) {
    if (op->getNumResults() != 1 || op->hasTrait<OpTrait::IsTerminator>() ||
        isa<arith::ConstantOp>(op) || touchesGather(op))
      return;
    for (OpOperand *operand : getValueOperands(op))
      if (operand->get().getType() == op->getResult(0).getType() &&
          !isInitArgument(operand->get()))
        candidates.push_back({op, operand->get()});
  });
  auto *chosen = pickOne(candidates, random);
  if (!chosen)
    return std::nullopt;
  auto [op, replacement] = *chosen;
  std::string what = "dropped " + describe(op);
  op->getResult(0).replaceAllUsesWith(replacement);
  op->erase();
  return std::make_pair(MutationKind::DropOp, what);
}

Mutation swapOperands(ModuleOp module, std::mt19937_64 &random) {
  SmallVector<std::pair<OpOperand *, OpOperand *>> pairs;
  module.walk([&](Operation *op) {
    if (touchesGather(op))
      return;
    SmallVector<OpOperand *> operands = getValueOperands(op);
    for (size_t i = 0; i < operands.size(); ++i)
      for (size_t j = i + 1; j < operands.size(); ++j)
        if (operands[i]->get() != operands[j]->get() &&
            operands[i]->get().getType() == operands[j]->get().getType())
          pairs.push_back({operands[i], operands[j]});
  });
  auto *chosen = pickOne(pairs, random);
  if (!chosen)
    return std::nullopt;
  auto [first, second] = *chosen;
  Value value = first->get();
  first->set(second->get());
  second->set(value);
  return std::make_pair(
      MutationKind::SwapOperands,
      llvm::formatv("{0}: swapped operands {1} and {2}",
                    describe(first->getOwner()), first->getOperandNumber(),
                    second->getOperandNumber())
          .str());
}

Mutation reorderOps(ModuleOp module, std::mt19937_64 &random) {
  SmallVector<Operation *> movable;
  module.walk([&](Operation *op) {
    if (!op->getBlock())
      return;
    Operation *previous = op->getPrevNode();
    if (!previous || op->hasTrait<OpTrait::IsTerminator>())
      return;
    bool usesPrevious = llvm::any_of(op->getOperands(), [&](Value value) {
      return value.getDefiningOp() == previous;
    });
    bool nestedUse = false;
    op->walk([&](Operation *nested) {
      for (Value value : nested->getOperands())
        nestedUse |= value.getDefiningOp() == previous;
    });
    if (!usesPrevious && !nestedUse)
      movable.push_back(op);
  });
  Operation **op = pickOne(movable, random);
  if (!op)
    return std::nullopt;
  (*op)->moveBefore((*op)->getPrevNode());
  return std::make_pair(MutationKind::ReorderOps,
                        "moved " + describe(*op) + " up by one");
}

Mutation mutateSize(ModuleOp module, std::mt19937_64 &random) {
  llvm::SetVector<int64_t> sizes;
  module.walk([&](Operation *op) {
    for (Type type : op->getResultTypes())
      if (auto tensor = dyn_cast<RankedTensorType>(type))
        for (int64_t size : tensor.getShape())
          if (!ShapedType::isDynamic(size) && size > 1)
            sizes.insert(size);
  });
  if (sizes.empty())
    return std::nullopt;
  int64_t from = sizes[random() % sizes.size()];
  const int64_t choices[] = {from + 1, from - 1, from * 2, 1};
  int64_t to = choices[random() % std::size(choices)];
  AttrTypeReplacer replacer;
  // Elements attributes keep their type: replacing it would reinterpret
  // their data. The constants then no longer match, and the verifier says so.
  replacer.addReplacement([](ElementsAttr attr) {
    return std::make_pair(Attribute(attr), WalkResult::skip());
  });
  replacer.addReplacement([&](RankedTensorType type) -> std::optional<Type> {
    if (!llvm::is_contained(type.getShape(), from))
      return std::nullopt;
    SmallVector<int64_t> shape(type.getShape());
    llvm::replace(shape, from, to);
    return RankedTensorType::get(shape, type.getElementType(), type.getEncoding());
  });
  replacer.recursivelyReplaceElementsIn(module, /*replaceAttrs=*/true,
                                        /*replaceLocs=*/false,
                                        /*replaceTypes=*/true);
  return std::make_pair(MutationKind::Size,
                        llvm::formatv("size {0} -> {1} in every tensor type",
                                      from, to)
                            .str());
}

} // namespace

std::optional<std::pair<MutationKind, std::string>>
mlir::gqa::fuzz::mutateGraph(ModuleOp module, std::mt19937_64 &random) {
  switch (static_cast<MutationKind>(random() % 6)) {
  case MutationKind::Constant:
    return mutateConstant(module, random);
  case MutationKind::IndexingMap:
    return mutateIndexingMap(module, random);
  case MutationKind::DropOp:
    return dropOp(module, random);
  case MutationKind::SwapOperands:
    return swapOperands(module, random);
  case MutationKind::ReorderOps:
    return reorderOps(module, random);
  case MutationKind::Size:
    return mutateSize(module, random);
  }
  return std::nullopt;
}
