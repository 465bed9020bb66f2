//===- DropUpdatedResults.cpp - Arguments updated in place -----------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `gqa-drop-updated-results`: after one-shot bufferization, a result that
// `gqa-mark-entry-arguments` tied to an argument (`gqa.updated_by_result`)
// must be that argument's buffer; it is removed from the function, so the
// entry writes the caller's buffer in place instead of filling an
// out-parameter with a copy of it.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"
#include "gqa/Transforms/Transforms.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/BitVector.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQADROPUPDATEDRESULTSPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;

/// The buffer `value` is, looking through `memref.cast`, through the results
/// of `scf.for` loops whose body yields (that buffer of) its iteration
/// argument, and through the results of `scf.if` whose branches yield the
/// same buffer.
static Value getUnderlyingBuffer(Value value) {
  while (true) {
    if (auto cast = value.getDefiningOp<memref::CastOp>()) {
      value = cast.getSource();
      continue;
    }
    auto result = dyn_cast<OpResult>(value);
    if (!result)
      return value;
    unsigned index = result.getResultNumber();
    if (auto forOp = dyn_cast<scf::ForOp>(result.getOwner())) {
      if (getUnderlyingBuffer(forOp.getYieldedValues()[index]) !=
          forOp.getRegionIterArgs()[index])
        return value;
      value = forOp.getInitArgs()[index];
      continue;
    }
    auto ifOp = dyn_cast<scf::IfOp>(result.getOwner());
    if (!ifOp || ifOp.getElseRegion().empty())
      return value;
    Value thenBuffer =
        getUnderlyingBuffer(ifOp.thenYield().getOperand(index));
    if (thenBuffer != getUnderlyingBuffer(ifOp.elseYield().getOperand(index)))
      return value;
    value = thenBuffer;
  }
}

/// Renumbers the parameters (arguments, then results) that the entry
/// dimension annotations of `func` name: parameter `p` becomes
/// `newIndex[p]`. The classes list `SIZE, PARAM, DIM, ...`, the broadcasts
/// `CLASS, PARAM, DIM`.
static void renumberEntryDims(func::FuncOp func,
                              ArrayRef<int64_t> newIndex) {
  auto renumber = [&](StringRef name, int64_t first, int64_t step) {
    auto attrs = func->getAttrOfType<ArrayAttr>(name);
    if (!attrs)
      return;
    SmallVector<Attribute> updated;
    for (Attribute attr : attrs) {
      SmallVector<int64_t> values(cast<DenseI64ArrayAttr>(attr).asArrayRef());
      for (size_t i = first; i < values.size(); i += step)
        values[i] = newIndex[values[i]];
      updated.push_back(DenseI64ArrayAttr::get(func.getContext(), values));
    }
    func->setAttr(name, ArrayAttr::get(func.getContext(), updated));
  };
  renumber(gqa::kEntryDimsAttrName, 1, 2);
  renumber(gqa::kEntryBroadcastDimsAttrName, 1, 3);
}

/// Removes the results of `func` that its arguments are tied to, after
/// checking that each is the argument's buffer; `passName` prefixes the
/// errors.
static LogicalResult dropUpdatedResults(func::FuncOp func, ModuleOp module,
                                        StringRef passName) {
  unsigned numArgs = func.getNumArguments();
  unsigned numResults = func.getNumResults();
  auto returnOp = cast<func::ReturnOp>(func.getBody().front().getTerminator());
  llvm::BitVector dropped(numResults);
  SmallVector<int64_t> newIndex(numArgs + numResults);
  for (unsigned i = 0; i < numArgs + numResults; ++i)
    newIndex[i] = i;
  for (unsigned arg = 0; arg < numArgs; ++arg) {
    auto result =
        func.getArgAttrOfType<IntegerAttr>(arg, gqa::kUpdatedByResultAttrName);
    if (!result)
      continue;
    func.removeArgAttr(arg, gqa::kUpdatedByResultAttrName);
    unsigned index = result.getInt();
    if (index >= numResults)
      return func.emitError() << passName << ": argument #" << arg
                              << " is tied to result #" << index
                              << ", which the function does not have";
    if (getUnderlyingBuffer(returnOp.getOperand(index)) !=
        func.getArgument(arg))
      return func.emitError()
             << "@" << func.getSymName() << ": argument #" << arg
             << " cannot be updated in place: bufferization wrote result #"
             << index
             << " into a new buffer (the argument is read after its update)";
    dropped.set(index);
    newIndex[numArgs + index] = arg;
  }
  if (dropped.none())
    return success();
  if (!SymbolTable::symbolKnownUseEmpty(func, module))
    return func.emitError()
           << "@" << func.getSymName()
           << " updates arguments in place but is called in the module, "
              "whose calls would need the results it drops";
  for (unsigned i = 0, shift = 0; i < numResults; ++i) {
    if (dropped.test(i))
      ++shift;
    else
      newIndex[numArgs + i] -= shift;
  }
  renumberEntryDims(func, newIndex);
  returnOp->eraseOperands(dropped);
  return func.eraseResults(dropped);
}

namespace {
struct GQADropUpdatedResultsPass
    : public gqa::impl::GQADropUpdatedResultsPassBase<
          GQADropUpdatedResultsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    for (auto func : llvm::to_vector(module.getOps<func::FuncOp>()))
      if (!func.isExternal() &&
          failed(dropUpdatedResults(func, module, getArgument())))
        return signalPassFailure();
  }
};
} // namespace
