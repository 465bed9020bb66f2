//===- MarkEntryArguments.cpp - Read-only or in-place entry arguments -----===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `gqa-mark-entry-arguments`: every tensor argument of a public function
// becomes read-only for one-shot bufferization; with `update-in-place`, an
// argument that a result is an update of is writable and tied to the result
// (`gqa.updated_by_result`), for `gqa-drop-updated-results`.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"
#include "gqa/Transforms/Transforms.h"

#include "gqa/Dialect/TMTensor/IR/TMTensorDialect.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "llvm/ADT/TypeSwitch.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAMARKENTRYARGUMENTSPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;

/// The value `value` is a destination-style update of, or null: the init
/// operand of a destination-style op's result, the output of a tm_tensor
/// op's result, the init of an `scf.for` result or iteration argument.
static Value getUpdatedValue(Value value) {
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    auto forOp = dyn_cast<scf::ForOp>(arg.getOwner()->getParentOp());
    if (!forOp || arg.getOwner() != forOp.getBody() ||
        arg.getArgNumber() < forOp.getNumInductionVars())
      return {};
    return forOp.getTiedLoopInit(arg)->get();
  }
  auto result = cast<OpResult>(value);
  return llvm::TypeSwitch<Operation *, Value>(result.getOwner())
      .Case([&](DestinationStyleOpInterface op) -> Value {
        OpOperand *init = op.getTiedOpOperand(result);
        return init ? init->get() : Value();
      })
      .Case([&](scf::ForOp op) {
        return op.getTiedLoopInit(result)->get();
      })
      .Case<gqa::tm_tensor::ScatterOp, gqa::tm_tensor::ScanOp,
            gqa::tm_tensor::SortOp>(
          [&](auto op) { return op.getOutputs()[result.getResultNumber()]; })
      .Default([](Operation *) { return Value(); });
}

std::optional<unsigned> mlir::gqa::getUpdatedArgument(func::FuncOp func,
                                                      unsigned resultIndex) {
  if (func.isExternal())
    return std::nullopt;
  Block &entry = func.getBody().front();
  Value value = entry.getTerminator()->getOperand(resultIndex);
  Type type = value.getType();
  while (value) {
    auto arg = dyn_cast<BlockArgument>(value);
    if (arg && arg.getOwner() == &entry) {
      if (arg.getType() != type)
        return std::nullopt;
      return arg.getArgNumber();
    }
    value = getUpdatedValue(value);
  }
  return std::nullopt;
}

void mlir::gqa::markEntryArguments(func::FuncOp func, bool updateInPlace) {
  if (func.isExternal())
    return;
  Builder builder(func.getContext());
  StringRef writable = bufferization::BufferizationDialect::kWritableAttrName;
  for (BlockArgument arg : func.getArguments())
    if (isa<TensorType>(arg.getType()))
      func.setArgAttr(arg.getArgNumber(), writable, builder.getBoolAttr(false));
  if (!updateInPlace)
    return;
  for (unsigned result = 0; result < func.getNumResults(); ++result) {
    std::optional<unsigned> arg = getUpdatedArgument(func, result);
    if (!arg || !isa<TensorType>(func.getArgument(*arg).getType()) ||
        func.getArgAttr(*arg, kUpdatedByResultAttrName))
      continue;
    func.setArgAttr(*arg, writable, builder.getBoolAttr(true));
    func.setArgAttr(*arg, kUpdatedByResultAttrName,
                    builder.getI64IntegerAttr(result));
  }
}

namespace {
struct GQAMarkEntryArgumentsPass
    : public gqa::impl::GQAMarkEntryArgumentsPassBase<
          GQAMarkEntryArgumentsPass> {
  using Base::Base;

  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (func.isPublic())
        gqa::markEntryArguments(func, updateInPlace);
  }
};
} // namespace
