//===- HoistEntryAsserts.cpp - Assertions checked before the entry runs ---===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Moves the `cf.assert`s of each public function into a private function
// that computes their conjunction from the function's arguments, for
// `gqa-entry-status` to call before the body. See `gqa-hoist-entry-asserts`
// in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"
#include "gqa/Transforms/Transforms.h"

#include "mlir/Analysis/SliceAnalysis.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/SmallBitVector.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAHOISTENTRYASSERTSPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// Whether `op` may be computed again in the check: no memory effects, and
/// no assertion nested in it (its results may be what that assertion
/// guards).
bool isRecomputable(Operation *op) {
  bool hasAssert = false;
  op->walk([&](cf::AssertOp) { hasAssert = true; });
  if (hasAssert)
    return false;
  if (auto generic = dyn_cast<linalg::GenericOp>(op))
    return generic.hasPureTensorSemantics() &&
           llvm::all_of(generic.getBody()->without_terminator(),
                        [](Operation &nested) {
                          return isMemoryEffectFree(&nested);
                        });
  return isMemoryEffectFree(op);
}

/// Builds the check function of one entry: clones into it what the
/// conditions of the assertions depend on and combines them.
class CheckFunctionBuilder {
public:
  CheckFunctionBuilder(func::FuncOp func, func::FuncOp check)
      : func(func), builder(check.getBody()) {
    mapping.map(func.getArguments(), check.getArguments());
  }

  /// Adds the condition of `assertOp`, which is in the function body or
  /// directly in a `linalg.generic` body there.
  LogicalResult add(cf::AssertOp assertOp) {
    Operation *parent = assertOp->getParentOp();
    if (parent == func.getOperation())
      return addTopLevel(assertOp);
    auto generic = dyn_cast<linalg::GenericOp>(parent);
    if (generic && generic->getParentOp() == func.getOperation())
      return addInGeneric(assertOp, generic);
    return assertOp.emitOpError()
           << "cannot be checked before the entry runs: it is nested in '"
           << parent->getName()
           << "'; only assertions in the function body or directly in a "
              "'linalg.generic' body there can";
  }

  /// Returns the conjunction of every condition added.
  void finish(Location loc) {
    Value all = conjunction
                    ? conjunction
                    : arith::ConstantIntOp::create(builder, loc, 1, 1)
                          .getResult();
    func::ReturnOp::create(builder, loc, all);
  }

private:
  LogicalResult addTopLevel(cf::AssertOp assertOp) {
    if (failed(cloneFunctionSlice(assertOp.getArg(), assertOp)))
      return failure();
    combine(mapping.lookup(assertOp.getArg()));
    return success();
  }

  LogicalResult addInGeneric(cf::AssertOp assertOp, linalg::GenericOp generic);

  /// Clones into the check, unless already there, the ops of the function
  /// body that `value` depends on, and `value`'s own definition.
  LogicalResult cloneFunctionSlice(Value value, cf::AssertOp assertOp);

  void combine(Value condition) {
    conjunction = conjunction ? arith::AndIOp::create(builder,
                                                      condition.getLoc(),
                                                      conjunction, condition)
                                    .getResult()
                              : condition;
  }

  func::FuncOp func;
  OpBuilder builder;
  IRMapping mapping;
  Value conjunction;
};

LogicalResult CheckFunctionBuilder::cloneFunctionSlice(Value value,
                                                       cf::AssertOp assertOp) {
  if (mapping.contains(value))
    return success();
  Block *body = &func.getBody().front();
  BackwardSliceOptions options;
  options.omitUsesFromAbove = false;
  options.filter = [&](Operation *op) { return op->getBlock() == body; };
  SetVector<Operation *> slice;
  if (Operation *def = value.getDefiningOp())
    if (def->getBlock() == body &&
        failed(getBackwardSlice(def, &slice, options)))
      return assertOp.emitOpError() << "has a condition whose dependences "
                                       "cannot be collected";
  if (Operation *def = value.getDefiningOp(); def && def->getBlock() == body)
    slice.insert(def);
  SmallVector<Operation *> ordered(slice.begin(), slice.end());
  llvm::sort(ordered,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  for (Operation *op : ordered) {
    if (llvm::all_of(op->getResults(),
                     [&](Value result) { return mapping.contains(result); }))
      continue;
    if (!isRecomputable(op)) {
      InFlightDiagnostic diag =
          assertOp.emitOpError()
          << "cannot be checked before the entry runs: its condition "
             "depends on '"
          << op->getName() << "', which has side effects or is guarded by "
          << "another assertion";
      diag.attachNote(op->getLoc()) << "this op";
      return diag;
    }
    builder.clone(*op, mapping);
  }
  return success();
}

LogicalResult CheckFunctionBuilder::addInGeneric(cf::AssertOp assertOp,
                                                 linalg::GenericOp generic) {
  Block *genericBody = generic.getBody();
  BackwardSliceOptions options;
  options.filter = [&](Operation *op) { return op->getBlock() == genericBody; };
  SetVector<Operation *> slice;
  if (Operation *def = assertOp.getArg().getDefiningOp();
      def && def->getBlock() == genericBody) {
    if (failed(getBackwardSlice(def, &slice, options)))
      return assertOp.emitOpError() << "has a condition whose dependences "
                                       "cannot be collected";
    slice.insert(def);
  }
  SmallVector<Operation *> ordered(slice.begin(), slice.end());
  llvm::sort(ordered,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });

  // The slice may use the inputs' elements, not the outputs'; values from
  // above come from the function body.
  unsigned numInputs = generic.getNumDpsInputs();
  auto usesOutput = [&](Value v) {
    auto arg = dyn_cast<BlockArgument>(v);
    return arg && arg.getOwner() == genericBody && arg.getArgNumber() >= numInputs;
  };
  if (usesOutput(assertOp.getArg()))
    return assertOp.emitOpError()
           << "cannot be checked before the entry runs: its condition reads "
              "an output element of the enclosing 'linalg.generic'";
  for (Operation *op : ordered) {
    if (!isMemoryEffectFree(op))
      return assertOp.emitOpError()
             << "cannot be checked before the entry runs: its condition "
                "depends on '"
             << op->getName() << "', which has side effects";
    for (Value operand : op->getOperands()) {
      if (usesOutput(operand))
        return assertOp.emitOpError()
               << "cannot be checked before the entry runs: its condition "
                  "reads an output element of the enclosing 'linalg.generic'";
      if (operand.getParentBlock() != genericBody &&
          failed(cloneFunctionSlice(operand, assertOp)))
        return failure();
    }
  }
  // The check iterates over the loops the inputs index: a loop only the
  // outputs index (an embedding's hidden dimension) would have no size.
  // When the condition reads such a loop's index, the outputs come along as
  // inputs whose elements are not read.
  unsigned numLoops = generic.getNumLoops();
  llvm::SmallBitVector unused(numLoops, true);
  for (OpOperand *input : generic.getDpsInputOperands())
    for (unsigned d = 0; d < numLoops; ++d)
      if (generic.getMatchingIndexingMap(input).isFunctionOfDim(d))
        unused.reset(d);
  bool needsOutputs = llvm::any_of(ordered, [&](Operation *op) {
    auto index = dyn_cast<linalg::IndexOp>(op);
    return index && unused.test(index.getDim());
  });
  SmallVector<OpOperand *> operands = generic.getDpsInputOperands();
  if (needsOutputs) {
    for (OpOperand &output : generic.getDpsInitsMutable())
      operands.push_back(&output);
    unused.reset();
  }
  SmallVector<Value> inputs;
  SmallVector<AffineMap> maps;
  for (OpOperand *operand : operands) {
    if (failed(cloneFunctionSlice(operand->get(), assertOp)))
      return failure();
    inputs.push_back(mapping.lookupOrDefault(operand->get()));
    maps.push_back(
        compressDims(generic.getMatchingIndexingMap(operand), unused));
  }
  SmallVector<int64_t> newDims(numLoops, -1);
  for (unsigned d = 0, next = 0; d < numLoops; ++d)
    if (!unused.test(d))
      newDims[d] = next++;
  unsigned numCheckLoops = numLoops - unused.count();

  // linalg.generic over that space, reducing the condition into an i1.
  Location loc = assertOp.getLoc();
  MLIRContext *ctx = generic.getContext();
  Type i1 = builder.getI1Type();
  Value init = arith::ConstantOp::create(
      builder, loc,
      DenseElementsAttr::get(RankedTensorType::get({}, i1), true));
  maps.push_back(AffineMap::get(numCheckLoops, 0, ctx));
  SmallVector<utils::IteratorType> iterators(numCheckLoops,
                                             utils::IteratorType::reduction);
  auto check = linalg::GenericOp::create(
      builder, loc, init.getType(), inputs, ValueRange{init}, maps, iterators,
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        IRMapping inner = mapping;
        for (unsigned i = 0; i < numInputs; ++i)
          inner.map(genericBody->getArgument(i), args[i]);
        for (Operation *op : ordered) {
          auto index = dyn_cast<linalg::IndexOp>(op);
          if (!index) {
            nested.clone(*op, inner);
            continue;
          }
          inner.map(index.getResult(),
                    linalg::IndexOp::create(nested, nestedLoc,
                                            newDims[index.getDim()]));
        }
        Value ok = arith::AndIOp::create(nested, nestedLoc, args.back(),
                                         inner.lookup(assertOp.getArg()));
        linalg::YieldOp::create(nested, nestedLoc, ok);
      });
  combine(tensor::ExtractOp::create(builder, loc, check.getResult(0),
                                    ValueRange{})
              .getResult());
  return success();
}

} // namespace

LogicalResult mlir::gqa::hoistEntryAsserts(func::FuncOp func) {
  if (func.isExternal())
    return success();
  SmallVector<cf::AssertOp> asserts;
  func.walk([&](cf::AssertOp op) { asserts.push_back(op); });
  if (asserts.empty())
    return success();

  MLIRContext *ctx = func.getContext();
  auto module = func->getParentOfType<ModuleOp>();
  OpBuilder moduleBuilder(func);
  auto check = func::FuncOp::create(
      moduleBuilder, func.getLoc(), "__gqa_check_" + func.getSymName().str(),
      FunctionType::get(ctx, func.getArgumentTypes(),
                        {IntegerType::get(ctx, 1)}));
  check.setPrivate();
  check.addEntryBlock();
  SymbolTable(module).insert(check);

  CheckFunctionBuilder builder(func, check);
  for (cf::AssertOp assertOp : asserts)
    if (failed(builder.add(assertOp))) {
      check.erase();
      return failure();
    }
  builder.finish(func.getLoc());
  for (cf::AssertOp assertOp : asserts)
    assertOp.erase();
  func->setAttr(kEntryCheckAttrName,
                FlatSymbolRefAttr::get(check.getSymNameAttr()));
  return success();
}

namespace {
struct GQAHoistEntryAssertsPass
    : public gqa::impl::GQAHoistEntryAssertsPassBase<
          GQAHoistEntryAssertsPass> {
  void runOnOperation() override {
    for (auto func : llvm::to_vector(getOperation().getOps<func::FuncOp>()))
      if (func.isPublic() && failed(hoistEntryAsserts(func)))
        return signalPassFailure();
  }
};
} // namespace
