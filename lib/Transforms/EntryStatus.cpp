//===- EntryStatus.cpp - Status-returning entries with shape checks -------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Splits each public function into a private body and a public entry that
// checks the memref sizes it is given and returns an i32 status. See
// `gqa-entry-status` in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"
#include "gqa/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAENTRYSTATUSPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// Builds the conjunction of the checks of one entry, reading only memref
/// sizes.
class CheckBuilder {
public:
  CheckBuilder(OpBuilder &builder, Location loc, ValueRange args)
      : builder(builder), loc(loc), args(args) {}

  /// The size of dimension `dim` of argument `arg`, or failure if there is
  /// no such memref dimension.
  FailureOr<Value> getSize(int64_t arg, int64_t dim) {
    if (arg < 0 || arg >= static_cast<int64_t>(args.size()))
      return failure();
    auto type = dyn_cast<MemRefType>(args[arg].getType());
    if (!type || dim < 0 || dim >= type.getRank())
      return failure();
    return memref::DimOp::create(builder, loc, args[arg], dim).getResult();
  }

  /// Adds `lhs == rhs` to the conjunction.
  void requireEqual(Value lhs, Value rhs) {
    require(arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::eq, lhs,
                                  rhs));
  }

  /// Adds `value == 1 || value == other` to the conjunction.
  void requireOneOrEqual(Value value, Value other) {
    Value one = arith::ConstantIndexOp::create(builder, loc, 1);
    Value isOne = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::eq,
                                        value, one);
    Value isEqual = arith::CmpIOp::create(
        builder, loc, arith::CmpIPredicate::eq, value, other);
    require(arith::OrIOp::create(builder, loc, isOne, isEqual));
  }

  Value constant(int64_t size) {
    return arith::ConstantIndexOp::create(builder, loc, size);
  }

  /// The conjunction of everything required (true if nothing was).
  Value getCondition() {
    if (!condition)
      return arith::ConstantIntOp::create(builder, loc, 1, /*width=*/1);
    return condition;
  }

private:
  void require(Value check) {
    condition =
        condition
            ? arith::AndIOp::create(builder, loc, condition, check).getResult()
            : check;
  }

  OpBuilder &builder;
  Location loc;
  ValueRange args;
  Value condition;
};

/// Reads the `(arg, dim)` pairs of `values` starting at `start`.
SmallVector<std::pair<int64_t, int64_t>> getPairs(ArrayRef<int64_t> values,
                                                  size_t start) {
  SmallVector<std::pair<int64_t, int64_t>> pairs;
  for (size_t i = start; i + 1 < values.size(); i += 2)
    pairs.push_back({values[i], values[i + 1]});
  return pairs;
}

/// Calls `check` on the leading arguments of `bodyArgs` (the inputs) and,
/// if it holds, `body` on all of them; returns the status.
Value callBodyIfChecked(OpBuilder &builder, Location loc, func::FuncOp body,
                        func::FuncOp check, ValueRange bodyArgs) {
  ValueRange inputs = bodyArgs.take_front(check.getNumArguments());
  Value holds = func::CallOp::create(builder, loc, check, inputs).getResult(0);
  auto ifOp = scf::IfOp::create(builder, loc, holds, /*withElseRegion=*/false);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(ifOp.thenBlock());
  func::CallOp::create(builder, loc, body, bodyArgs);
  builder.setInsertionPointAfter(ifOp);
  Value okStatus = arith::ConstantIntOp::create(builder, loc, kEntryStatusOk, 32);
  Value failedStatus =
      arith::ConstantIntOp::create(builder, loc, kEntryStatusAssertFailed, 32);
  return arith::SelectOp::create(builder, loc, holds, okStatus, failedStatus);
}

/// Whether every element of each argument that `gqa.entry_index_bounds`
/// (`bounds`) names lies in `[0, Skv]`: a loop over its elements. `args`
/// are the body's arguments; their sizes are already checked.
FailureOr<Value> buildIndexBoundsCheck(OpBuilder &builder, Location loc,
                                       Operation *entry, ValueRange args,
                                       ArrayAttr bounds) {
  Value holds = arith::ConstantIntOp::create(builder, loc, 1, /*width=*/1);
  CheckBuilder sizes(builder, loc, args);
  for (Attribute attr : bounds.getValue()) {
    auto bound = dyn_cast<DenseI64ArrayAttr>(attr);
    auto type = bound && bound.size() == 4 && bound[0] >= 0 &&
                        bound[0] < static_cast<int64_t>(args.size())
                    ? dyn_cast<MemRefType>(args[bound[0]].getType())
                    : MemRefType();
    FailureOr<Value> dynamicSize =
        bound && bound.size() == 4 && bound[1] < 0
            ? sizes.getSize(bound[2], bound[3])
            : FailureOr<Value>(Value());
    if (!type || type.getRank() != 1 ||
        !isa<IntegerType>(type.getElementType()) || failed(dynamicSize))
      return entry->emitOpError()
             << "malformed " << kEntryIndexBoundsAttrName << " entry " << attr;
    Type i64 = builder.getI64Type();
    Value limit = *dynamicSize
                      ? arith::IndexCastOp::create(builder, loc, i64,
                                                   *dynamicSize)
                            .getResult()
                      : arith::ConstantIntOp::create(builder, loc, bound[1], 64)
                            .getResult();
    Value zero = arith::ConstantIntOp::create(builder, loc, 0, 64);
    Value values = args[bound[0]];
    auto loop = scf::ForOp::create(
        builder, loc, arith::ConstantIndexOp::create(builder, loc, 0),
        memref::DimOp::create(builder, loc, values, 0),
        arith::ConstantIndexOp::create(builder, loc, 1), ValueRange{holds},
        [&](OpBuilder &b, Location nestedLoc, Value i, ValueRange acc) {
          Value value = memref::LoadOp::create(b, nestedLoc, values, i);
          if (value.getType() != i64)
            value = arith::ExtSIOp::create(b, nestedLoc, i64, value);
          Value above = arith::CmpIOp::create(
              b, nestedLoc, arith::CmpIPredicate::sge, value, zero);
          Value below = arith::CmpIOp::create(
              b, nestedLoc, arith::CmpIPredicate::sle, value, limit);
          Value both = arith::AndIOp::create(b, nestedLoc, above, below);
          scf::YieldOp::create(
              b, nestedLoc,
              ValueRange{arith::AndIOp::create(b, nestedLoc, acc[0], both)});
        });
    holds = loop.getResult(0);
  }
  return holds;
}

/// Creates `scf.if %condition -> i32` whose else branch yields
/// `elseStatus`, and leaves `builder` at the start of its then branch.
scf::IfOp createStatusIf(OpBuilder &builder, Location loc, Value condition,
                         EntryStatus elseStatus) {
  auto ifOp = scf::IfOp::create(builder, loc, builder.getI32Type(), condition,
                                /*withElseRegion=*/true);
  builder.setInsertionPointToStart(ifOp.elseBlock());
  scf::YieldOp::create(
      builder, loc,
      arith::ConstantIntOp::create(builder, loc, elseStatus, 32).getResult());
  builder.setInsertionPointToStart(ifOp.thenBlock());
  return ifOp;
}

/// Calls `body` (after `check`, if any) and returns the status.
Value callBody(OpBuilder &builder, Location loc, func::FuncOp body,
               func::FuncOp check, ValueRange bodyArgs) {
  if (check)
    return callBodyIfChecked(builder, loc, body, check, bodyArgs);
  func::CallOp::create(builder, loc, body, bodyArgs);
  return arith::ConstantIntOp::create(builder, loc, kEntryStatusOk, 32);
}

/// The check function `func` names in `gqa.entry_check` (dropping the
/// attribute), null if none, or failure if it names something else.
FailureOr<func::FuncOp> takeEntryCheck(func::FuncOp func,
                                       SymbolTable &symbols) {
  auto name = func->getAttrOfType<FlatSymbolRefAttr>(kEntryCheckAttrName);
  if (!name)
    return func::FuncOp();
  func->removeAttr(kEntryCheckAttrName);
  auto check = symbols.lookup<func::FuncOp>(name.getValue());
  unsigned numInputs = check ? check.getNumArguments() : 0;
  if (!check || check.getNumResults() != 1 ||
      !check.getResultTypes()[0].isInteger(1) ||
      numInputs > func.getNumArguments() ||
      check.getArgumentTypes() !=
          func.getArgumentTypes().take_front(numInputs))
    return func.emitOpError()
           << kEntryCheckAttrName << " names " << name
           << ", which is not a function of the leading arguments returning "
              "i1";
  return check;
}

} // namespace

LogicalResult mlir::gqa::addEntryStatus(func::FuncOp func) {
  if (func.isExternal() || !func.isPublic())
    return success();
  if (func.getNumResults() != 0)
    return func.emitOpError()
           << "still has " << func.getNumResults()
           << " result(s) after buffer-results-to-out-params; only functions "
              "whose results are all tensors can return a status";

  auto module = func->getParentOfType<ModuleOp>();
  SymbolTable symbols(module);
  MLIRContext *ctx = func.getContext();
  Location loc = func.getLoc();
  std::string name = func.getSymName().str();

  // Read and drop the annotations.
  auto classesAttr = func->getAttrOfType<ArrayAttr>(kEntryDimsAttrName);
  auto broadcastsAttr =
      func->getAttrOfType<ArrayAttr>(kEntryBroadcastDimsAttrName);
  func->removeAttr(kEntryDimsAttrName);
  func->removeAttr(kEntryBroadcastDimsAttrName);
  auto indexBounds = func->getAttrOfType<ArrayAttr>(kEntryIndexBoundsAttrName);
  func->removeAttr(kEntryIndexBoundsAttrName);
  FailureOr<func::FuncOp> check = takeEntryCheck(func, symbols);
  if (failed(check))
    return failure();

  // The body becomes private with internal linkage; the entry takes over the
  // name and the attributes (C interface and all).
  // The entry takes every memref with dynamic sizes: a static size in its
  // type would let canonicalization fold the check of that size away.
  SmallVector<Type> entryTypes;
  for (Type type : func.getArgumentTypes()) {
    auto memref = dyn_cast<MemRefType>(type);
    if (!memref || !memref.getLayout().isIdentity()) {
      entryTypes.push_back(type);
      continue;
    }
    SmallVector<int64_t> shape(memref.getRank(), ShapedType::kDynamic);
    entryTypes.push_back(MemRefType::get(shape, memref.getElementType(),
                                         MemRefLayoutAttrInterface(),
                                         memref.getMemorySpace()));
  }
  OpBuilder builder(func);
  auto entry = func::FuncOp::create(
      builder, loc, name,
      FunctionType::get(ctx, entryTypes, {IntegerType::get(ctx, 32)}));
  for (NamedAttribute attr : func->getDiscardableAttrs())
    entry->setAttr(attr.getName(), attr.getValue());
  // The entry only compares sizes and calls the body: LLVM's optimizer has
  // nothing to gain there, and with a few hundred arguments (a model's
  // weights) ConstraintElimination spends seconds on the comparisons.
  entry->setAttr("passthrough",
                 builder.getStrArrayAttr({"noinline", "optnone"}));
  if (ArrayAttr argAttrs = func.getAllArgAttrs())
    entry.setAllArgAttrs(argAttrs);
  for (NamedAttribute attr : llvm::to_vector(func->getDiscardableAttrs()))
    func->removeAttr(attr.getName());
  if (failed(symbols.rename(func, "__gqa_impl_" + name)))
    return func.emitOpError() << "cannot rename the body of @" << name;
  func.setPrivate();
  func->setAttr("llvm.linkage",
                LLVM::LinkageAttr::get(ctx, LLVM::Linkage::Internal));
  symbols.insert(entry);

  Block *block = entry.addEntryBlock();
  builder.setInsertionPointToStart(block);
  CheckBuilder checks(builder, loc, entry.getArguments());

  // Every static dimension of every argument of the body.
  for (auto [index, type] : llvm::enumerate(func.getArgumentTypes())) {
    auto memref = dyn_cast<MemRefType>(type);
    if (!memref)
      continue;
    for (int64_t dim = 0, e = memref.getRank(); dim < e; ++dim)
      if (!memref.isDynamicDim(dim))
        checks.requireEqual(*checks.getSize(index, dim),
                            checks.constant(memref.getDimSize(dim)));
  }

  // The classes of equal dimensions.
  SmallVector<Value> classSizes;
  for (Attribute attr :
       classesAttr ? classesAttr.getValue() : ArrayRef<Attribute>()) {
    auto members = dyn_cast<DenseI64ArrayAttr>(attr);
    if (!members || members.size() % 2 != 1 ||
        (members.size() == 1 && members[0] < 0))
      return entry.emitOpError()
             << "malformed " << kEntryDimsAttrName << " entry " << attr;
    Value reference;
    if (members[0] >= 0)
      reference = checks.constant(members[0]);
    for (auto [arg, dim] : getPairs(members.asArrayRef(), 1)) {
      FailureOr<Value> size = checks.getSize(arg, dim);
      if (failed(size))
        return entry.emitOpError()
               << kEntryDimsAttrName << " names dimension " << dim
               << " of argument " << arg << ", which is not a memref dimension";
      if (reference)
        checks.requireEqual(*size, reference);
      else
        reference = *size;
    }
    classSizes.push_back(reference);
  }

  // Dimensions that are 1 or the size of a class.
  for (Attribute attr :
       broadcastsAttr ? broadcastsAttr.getValue() : ArrayRef<Attribute>()) {
    auto triple = dyn_cast<DenseI64ArrayAttr>(attr);
    if (!triple || triple.size() != 3 || triple[0] < 0 ||
        triple[0] >= static_cast<int64_t>(classSizes.size()))
      return entry.emitOpError() << "malformed " << kEntryBroadcastDimsAttrName
                                 << " entry " << attr;
    FailureOr<Value> size = checks.getSize(triple[1], triple[2]);
    if (failed(size))
      return entry.emitOpError()
             << kEntryBroadcastDimsAttrName << " names dimension " << triple[2]
             << " of argument " << triple[1]
             << ", which is not a memref dimension";
    checks.requireOneOrEqual(*size, classSizes[triple[0]]);
  }

  // return ok ? (indices ok ? (check(inputs) ? (body(args), 0) : 2) : 3)
  //           : 1.
  Value ok = checks.getCondition();
  SmallVector<Value> bodyArgs;
  for (auto [arg, type] :
       llvm::zip_equal(entry.getArguments(), func.getArgumentTypes()))
    bodyArgs.push_back(
        arg.getType() == type
            ? Value(arg)
            : memref::CastOp::create(builder, loc, type, arg).getResult());
  auto shapeIf = createStatusIf(builder, loc, ok, kEntryStatusShapeMismatch);
  scf::IfOp indexIf;
  if (indexBounds) {
    FailureOr<Value> indicesOk =
        buildIndexBoundsCheck(builder, loc, entry, bodyArgs, indexBounds);
    if (failed(indicesOk))
      return failure();
    indexIf = createStatusIf(builder, loc, *indicesOk,
                             kEntryStatusIndexOutOfRange);
  }
  scf::YieldOp::create(builder, loc,
                       callBody(builder, loc, func, *check, bodyArgs));
  if (indexIf) {
    builder.setInsertionPointAfter(indexIf);
    scf::YieldOp::create(builder, loc, indexIf.getResult(0));
  }
  builder.setInsertionPointAfter(shapeIf);
  func::ReturnOp::create(builder, loc, shapeIf.getResult(0));
  return success();
}

namespace {
struct GQAEntryStatusPass
    : public gqa::impl::GQAEntryStatusPassBase<GQAEntryStatusPass> {
  void runOnOperation() override {
    for (auto func : llvm::to_vector(getOperation().getOps<func::FuncOp>()))
      if (func.isPublic() && failed(addEntryStatus(func)))
        return signalPassFailure();
  }
};
} // namespace
