//===- SizeExpressions.cpp - Launch sizes as argument expressions ---------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "SizeExpressions.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::gqa::compile;

//===----------------------------------------------------------------------===//
// Arithmetic on expressions
//===----------------------------------------------------------------------===//

/// `lhs op rhs` for a left-associative `op` of `precedence`: the right
/// operand keeps its parentheses unless both are the same associative op
/// (`a * (b * c)` prints as `a * b * c`, `a / (b * c)` does not).
static SizeExpr infix(const SizeExpr &lhs, StringRef op, const SizeExpr &rhs,
                      Precedence precedence) {
  bool associative = op == "+" || op == "*";
  auto tighter = static_cast<Precedence>(static_cast<int>(precedence) + 1);
  std::string rhsText =
      associative && rhs.associativeOp == op ? rhs.str() : rhs.str(tighter);
  return {std::nullopt, lhs.str(precedence) + " " + op.str() + " " + rhsText,
          precedence, associative ? op : StringRef()};
}

/// `name(args...)`.
static SizeExpr call(StringRef name, ArrayRef<SizeExpr> args) {
  std::string text = name.str() + "(";
  llvm::interleave(
      args, [&](const SizeExpr &arg) { text += arg.str(); },
      [&] { text += ", "; });
  return SizeExpr::symbol(text + ")");
}

static SizeExpr add(const SizeExpr &lhs, const SizeExpr &rhs) {
  if (lhs.constant && rhs.constant)
    return SizeExpr::of(*lhs.constant + *rhs.constant);
  if (lhs.constant == 0)
    return rhs;
  if (rhs.constant == 0)
    return lhs;
  return infix(lhs, "+", rhs, Precedence::Additive);
}

static SizeExpr sub(const SizeExpr &lhs, const SizeExpr &rhs) {
  if (lhs.constant && rhs.constant)
    return SizeExpr::of(*lhs.constant - *rhs.constant);
  if (rhs.constant == 0)
    return lhs;
  return infix(lhs, "-", rhs, Precedence::Additive);
}

static SizeExpr mul(const SizeExpr &lhs, const SizeExpr &rhs) {
  if (lhs.constant && rhs.constant)
    return SizeExpr::of(*lhs.constant * *rhs.constant);
  if (lhs.constant == 0 || rhs.constant == 0)
    return SizeExpr::of(0);
  if (lhs.constant == 1)
    return rhs;
  if (rhs.constant == 1)
    return lhs;
  return infix(lhs, "*", rhs, Precedence::Multiplicative);
}

SizeExpr mlir::gqa::compile::product(ArrayRef<SizeExpr> shape, int64_t factor) {
  SizeExpr result = SizeExpr::of(1);
  for (const SizeExpr &dim : shape) {
    if (dim.constant)
      factor *= *dim.constant;
    else
      result = mul(result, dim);
  }
  return mul(result, SizeExpr::of(factor));
}

std::optional<unsigned> mlir::gqa::compile::getArgNumber(func::FuncOp func,
                                                         Value value) {
  auto arg = dyn_cast<BlockArgument>(value);
  if (!arg || arg.getOwner() != &func.getBody().front())
    return std::nullopt;
  return arg.getArgNumber();
}

//===----------------------------------------------------------------------===//
// Integer ops
//===----------------------------------------------------------------------===//

namespace {
/// Folds two constants, or nullopt where the op is undefined on them.
using Fold = std::optional<int64_t> (*)(int64_t, int64_t);
/// Builds the expression of a binary op that does not fold.
using Build = llvm::function_ref<SizeExpr(const SizeExpr &, const SizeExpr &)>;
} // namespace

static std::optional<int64_t> foldDivide(int64_t a, int64_t b) {
  return b == 0 ? std::nullopt : std::optional<int64_t>(a / b);
}

static std::optional<int64_t> foldCeilDivide(int64_t a, int64_t b) {
  return b == 0 ? std::nullopt
                : std::optional<int64_t>(llvm::divideCeilSigned(a, b));
}

static std::optional<int64_t> foldRemainder(int64_t a, int64_t b) {
  return b == 0 ? std::nullopt : std::optional<int64_t>(a % b);
}

static std::optional<int64_t> foldMinimum(int64_t a, int64_t b) {
  return std::min(a, b);
}

static std::optional<int64_t> foldMaximum(int64_t a, int64_t b) {
  return std::max(a, b);
}

/// The operands of `op`, in order, as expressions.
static FailureOr<SmallVector<SizeExpr>> getOperands(SizeExpressions &sizes,
                                                    Operation *op) {
  SmallVector<SizeExpr> operands;
  for (Value operand : op->getOperands()) {
    FailureOr<SizeExpr> expr = sizes.get(operand);
    if (failed(expr))
      return failure();
    operands.push_back(*expr);
  }
  return operands;
}

/// A binary integer op: folds constants, drops identities, else prints.
static FailureOr<SizeExpr> getBinary(SizeExpressions &sizes, Operation *op,
                                     Fold fold, Build build) {
  FailureOr<SmallVector<SizeExpr>> operands = getOperands(sizes, op);
  if (failed(operands))
    return failure();
  const SizeExpr &lhs = (*operands)[0], &rhs = (*operands)[1];
  // Constants fold where the op is defined (not on a division by zero).
  if (fold && lhs.constant && rhs.constant)
    if (std::optional<int64_t> folded = fold(*lhs.constant, *rhs.constant))
      return SizeExpr::of(*folded);
  return build(lhs, rhs);
}

/// `lhs / rhs` or `lhs % rhs` (`symbol`), `lhs` alone when `rhs` is 1.
static FailureOr<SizeExpr> getDivision(SizeExpressions &sizes, Operation *op,
                                       Fold fold, StringRef symbol) {
  return getBinary(sizes, op, fold,
                   [&](const SizeExpr &lhs, const SizeExpr &rhs) {
                     if (rhs.constant == 1)
                       return lhs;
                     return infix(lhs, symbol, rhs, Precedence::Multiplicative);
                   });
}

/// `name(lhs, rhs)`.
static FailureOr<SizeExpr> getCall(SizeExpressions &sizes, Operation *op,
                                   Fold fold, StringRef name) {
  return getBinary(sizes, op, fold,
                   [&](const SizeExpr &lhs, const SizeExpr &rhs) {
                     return call(name, {lhs, rhs});
                   });
}

/// The symbol of `predicate` (`<` for `slt` and `ult`): sizes are
/// non-negative, so signed and unsigned predicates compare alike.
static StringRef getComparisonSymbol(arith::CmpIPredicate predicate) {
  StringRef name = arith::stringifyCmpIPredicate(predicate).take_back(2);
  return llvm::StringSwitch<StringRef>(name)
      .Case("eq", "==")
      .Case("ne", "!=")
      .Case("lt", "<")
      .Case("le", "<=")
      .Case("gt", ">")
      .Default(">=");
}

/// `lhs <symbol> rhs`, 0 or 1 when both are constants.
static FailureOr<SizeExpr> getComparison(SizeExpressions &sizes,
                                         arith::CmpIOp cmp) {
  FailureOr<SmallVector<SizeExpr>> operands = getOperands(sizes, cmp);
  if (failed(operands))
    return failure();
  const SizeExpr &lhs = (*operands)[0], &rhs = (*operands)[1];
  StringRef symbol = getComparisonSymbol(cmp.getPredicate());
  if (lhs.constant && rhs.constant) {
    auto a = *lhs.constant, b = *rhs.constant;
    bool result = llvm::StringSwitch<bool>(symbol)
                      .Case("==", a == b)
                      .Case("!=", a != b)
                      .Case("<", a < b)
                      .Case("<=", a <= b)
                      .Case(">", a > b)
                      .Default(a >= b);
    return SizeExpr::of(result);
  }
  return infix(lhs, symbol, rhs, Precedence::Comparison);
}

/// `c ? a : b`, the chosen side when `c` is a constant.
static FailureOr<SizeExpr> getSelect(SizeExpressions &sizes,
                                     arith::SelectOp select) {
  FailureOr<SmallVector<SizeExpr>> operands = getOperands(sizes, select);
  if (failed(operands))
    return failure();
  const SizeExpr &condition = (*operands)[0];
  const SizeExpr &trueValue = (*operands)[1], &falseValue = (*operands)[2];
  if (condition.constant)
    return *condition.constant ? trueValue : falseValue;
  return SizeExpr{std::nullopt,
                  condition.str(Precedence::Comparison) + " ? " +
                      trueValue.str(Precedence::Comparison) + " : " +
                      falseValue.str(Precedence::Comparison),
                  Precedence::Conditional};
}

//===----------------------------------------------------------------------===//
// SizeExpressions
//===----------------------------------------------------------------------===//

FailureOr<SizeExpr> SizeExpressions::get(Value value) {
  auto it = cache.find(value);
  if (it != cache.end())
    return it->second;
  FailureOr<SizeExpr> result = compute(value);
  if (succeeded(result))
    cache[value] = *result;
  return result;
}

FailureOr<SizeExpr> SizeExpressions::getDim(Value buffer, int64_t dim) {
  auto type = cast<MemRefType>(buffer.getType());
  if (dim < 0 || dim >= type.getRank()) {
    // Out of bounds dims are undefined behavior; never guess.
    return emitError(buffer.getLoc())
           << "dimension " << dim << " of a rank-" << type.getRank()
           << " buffer in a launch computation";
  }
  if (!type.isDynamicDim(dim))
    return SizeExpr::of(type.getDimSize(dim));
  if (std::optional<unsigned> argNumber = getArgNumber(func, buffer))
    return SizeExpr::symbol(argNames[*argNumber] + ".dim" +
                            std::to_string(dim));
  Operation *op = buffer.getDefiningOp();
  if (auto castOp = dyn_cast_if_present<memref::CastOp>(op))
    return getDim(castOp.getSource(), dim);
  if (auto expand = dyn_cast_if_present<memref::ExpandShapeOp>(op)) {
    OpFoldResult size = expand.getMixedOutputShape()[dim];
    if (auto attr = dyn_cast<Attribute>(size))
      return SizeExpr::of(cast<IntegerAttr>(attr).getInt());
    return get(cast<Value>(size));
  }
  if (auto collapse = dyn_cast_if_present<memref::CollapseShapeOp>(op)) {
    SizeExpr result = SizeExpr::of(1);
    // The groups live in a vector returned by value: keep it alive.
    SmallVector<ReassociationIndices> groups =
        collapse.getReassociationIndices();
    for (int64_t sourceDim : groups[dim]) {
      FailureOr<SizeExpr> size = getDim(collapse.getSrc(), sourceDim);
      if (failed(size))
        return failure();
      result = mul(result, *size);
    }
    return result;
  }
  if (auto alloc = dyn_cast_if_present<memref::AllocOp>(op))
    return get(alloc.getDynamicSizes()[type.getDynamicDimIndex(dim)]);
  if (!op)
    return emitError(buffer.getLoc())
           << "the launch manifest cannot express a size of a buffer that "
              "is not an argument of @"
           << func.getSymName() << " or a view or allocation of one";
  return op->emitError() << "the launch manifest cannot express dimension "
                         << dim << " of a buffer produced by '" << op->getName()
                         << "'";
}

FailureOr<SizeExpr> SizeExpressions::getAffine(AffineExpr expr,
                                               ValueRange operands,
                                               unsigned numDims,
                                               Operation *op) {
  if (auto constant = dyn_cast<AffineConstantExpr>(expr))
    return SizeExpr::of(constant.getValue());
  if (auto dim = dyn_cast<AffineDimExpr>(expr))
    return get(operands[dim.getPosition()]);
  if (auto symbol = dyn_cast<AffineSymbolExpr>(expr))
    return get(operands[numDims + symbol.getPosition()]);
  auto binary = cast<AffineBinaryOpExpr>(expr);
  FailureOr<SizeExpr> lhs = getAffine(binary.getLHS(), operands, numDims, op);
  if (failed(lhs))
    return failure();
  FailureOr<SizeExpr> rhs = getAffine(binary.getRHS(), operands, numDims, op);
  if (failed(rhs))
    return failure();
  switch (expr.getKind()) {
  case AffineExprKind::Add:
    return add(*lhs, *rhs);
  case AffineExprKind::Mul:
    return mul(*lhs, *rhs);
  case AffineExprKind::FloorDiv:
    if (rhs->constant == 1)
      return *lhs;
    return infix(*lhs, "/", *rhs, Precedence::Multiplicative);
  case AffineExprKind::CeilDiv:
    if (rhs->constant == 1)
      return *lhs;
    return call("ceildiv", {*lhs, *rhs});
  case AffineExprKind::Mod:
    return infix(*lhs, "%", *rhs, Precedence::Multiplicative);
  default:
    llvm_unreachable("constants, dims and symbols are handled above");
  }
}

FailureOr<SizeExpr> SizeExpressions::compute(Value value) {
  if (std::optional<unsigned> argNumber = getArgNumber(func, value)) {
    if (!value.getType().isIntOrIndex())
      return emitError(value.getLoc())
             << "the launch manifest cannot use argument " << *argNumber
             << " of @" << func.getSymName() << " of type " << value.getType()
             << " as a launch size";
    return SizeExpr::symbol(argNames[*argNumber]);
  }
  Operation *op = value.getDefiningOp();
  if (!op)
    return emitError(value.getLoc())
           << "the launch manifest cannot express a value defined by "
              "control flow in @"
           << func.getSymName();
  return computeResult(op);
}

FailureOr<SizeExpr> SizeExpressions::computeResult(Operation *op) {
  // Sizes are non-negative, so signed and unsigned ops print alike.
  return llvm::TypeSwitch<Operation *, FailureOr<SizeExpr>>(op)
      .Case([&](arith::ConstantOp constant) -> FailureOr<SizeExpr> {
        if (auto attr = dyn_cast<IntegerAttr>(constant.getValue()))
          return SizeExpr::of(attr.getValue().getSExtValue());
        return op->emitError() << "the launch manifest expresses only "
                                  "integer constants";
      })
      .Case([&](arith::AddIOp) { return getBinary(*this, op, nullptr, add); })
      .Case([&](arith::SubIOp) { return getBinary(*this, op, nullptr, sub); })
      .Case([&](arith::MulIOp) { return getBinary(*this, op, nullptr, mul); })
      .Case<arith::DivUIOp, arith::DivSIOp, arith::FloorDivSIOp>(
          [&](Operation *) { return getDivision(*this, op, foldDivide, "/"); })
      .Case<arith::RemUIOp, arith::RemSIOp>([&](Operation *) {
        return getDivision(*this, op, foldRemainder, "%");
      })
      .Case<arith::CeilDivUIOp, arith::CeilDivSIOp>([&](Operation *) {
        return getBinary(
            *this, op, foldCeilDivide,
            [&](const SizeExpr &lhs, const SizeExpr &rhs) {
              return rhs.constant == 1 ? lhs : call("ceildiv", {lhs, rhs});
            });
      })
      .Case<arith::MinSIOp, arith::MinUIOp>(
          [&](Operation *) { return getCall(*this, op, foldMinimum, "min"); })
      .Case<arith::MaxSIOp, arith::MaxUIOp>(
          [&](Operation *) { return getCall(*this, op, foldMaximum, "max"); })
      .Case<arith::IndexCastOp, arith::IndexCastUIOp, arith::ExtSIOp,
            arith::ExtUIOp, arith::TruncIOp>(
          [&](Operation *) { return get(op->getOperand(0)); })
      .Case([&](arith::CmpIOp cmp) { return getComparison(*this, cmp); })
      .Case([&](arith::SelectOp select) { return getSelect(*this, select); })
      .Case([&](memref::DimOp dim) -> FailureOr<SizeExpr> {
        std::optional<int64_t> index = dim.getConstantIndex();
        if (!index)
          return op->emitError()
                 << "the launch manifest needs a constant dimension index";
        return getDim(dim.getSource(), *index);
      })
      .Case([&](affine::AffineApplyOp apply) {
        return getAffine(apply.getAffineMap().getResult(0),
                         apply.getMapOperands(),
                         apply.getAffineMap().getNumDims(), op);
      })
      .Default([&](Operation *) -> FailureOr<SizeExpr> {
        return op->emitError()
               << "the launch manifest cannot express this value in terms "
                  "of the arguments of @"
               << func.getSymName() << ": unsupported producer '"
               << op->getName() << "'";
      });
}
