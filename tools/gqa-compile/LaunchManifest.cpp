//===- LaunchManifest.cpp - How to launch the kernels of a module ---------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "LaunchManifest.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
namespace json = llvm::json;

/// The calling convention of every `.entry`, as the manifest states it.
static constexpr llvm::StringLiteral kCallingConvention =
    "Each kernel argument expands to .entry parameters in order: a buffer "
    "of rank R (a memref) to 3 + 2R parameters, MLIR's default memref "
    "descriptor lowering: allocated pointer, aligned pointer, offset (i64), "
    "sizes[R] (i64), strides[R] (i64, row-major); a scalar to one parameter "
    "of its type (index is i64).";

//===----------------------------------------------------------------------===//
// Size expressions
//===----------------------------------------------------------------------===//

namespace {
/// How tightly an expression binds, loosest first.
enum class Precedence {
  Conditional,
  Comparison,
  Additive,
  Multiplicative,
  Atom
};

/// A non-negative integer of the launch, as a constant or as the text of an
/// expression of the function's argument sizes (`arg0.dim2`), with the
/// precedence of its outermost operator.
struct SizeExpr {
  std::optional<int64_t> constant;
  std::string text;
  Precedence precedence = Precedence::Atom;
  /// The outermost operator, if it is associative (`+` or `*`).
  StringRef associativeOp = "";

  static SizeExpr of(int64_t value) { return {value, "", Precedence::Atom}; }
  static SizeExpr symbol(std::string name) {
    return {std::nullopt, std::move(name), Precedence::Atom};
  }

  std::string str() const {
    return constant ? std::to_string(*constant) : text;
  }
  /// The text, parenthesized unless it binds at least as tightly as `min`.
  std::string str(Precedence min) const {
    return precedence < min ? "(" + str() + ")" : str();
  }
  json::Value toJSON() const {
    if (constant)
      return *constant;
    return text;
  }
};
} // namespace

/// `lhs op rhs` for a left-associative `op` of `precedence`: the right
/// operand keeps its parentheses unless both are the same associative op
/// (`a * (b * c)` prints as `a * b * c`, `a / (b * c)` does not).
static SizeExpr infix(const SizeExpr &lhs, StringRef op, const SizeExpr &rhs,
                      Precedence precedence) {
  bool associative = op == "+" || op == "*";
  auto tighter = static_cast<Precedence>(static_cast<int>(precedence) + 1);
  std::string rhsText = associative && rhs.associativeOp == op
                            ? rhs.str()
                            : rhs.str(tighter);
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

/// The product of the dimensions of a row-major buffer of `shape`, times
/// `factor`: the dynamic sizes first, then one constant.
static SizeExpr product(ArrayRef<SizeExpr> shape, int64_t factor) {
  SizeExpr result = SizeExpr::of(1);
  for (const SizeExpr &dim : shape) {
    if (dim.constant)
      factor *= *dim.constant;
    else
      result = mul(result, dim);
  }
  return mul(result, SizeExpr::of(factor));
}

/// The bytes of one element of `type` in device memory (index is 64-bit),
/// or nullopt for a type without a fixed size.
static std::optional<int64_t> getElementBytes(Type type) {
  if (type.isIndex())
    return 8;
  if (type.isIntOrFloat())
    return llvm::divideCeil(type.getIntOrFloatBitWidth(), 8);
  return std::nullopt;
}

namespace {
/// Expresses the index values and buffer sizes of one host function in
/// terms of its arguments: scalar arguments by name (`arg3`), dimensions
/// of buffer arguments as `arg0.dim2`, of out-parameters as `out0.dim2`.
class SizeExpressions {
public:
  SizeExpressions(func::FuncOp func, ArrayRef<std::string> argNames)
      : func(func), argNames(argNames) {}

  /// The expression of the integer `value`, or failure after an error at
  /// the op that computes it when it is not a modeled function of the
  /// arguments.
  FailureOr<SizeExpr> get(Value value);

  /// The expression of dimension `dim` of the memref `buffer`.
  FailureOr<SizeExpr> getDim(Value buffer, int64_t dim);

  /// The expression of an affine map's only result applied to `operands`.
  FailureOr<SizeExpr> getAffine(AffineExpr expr, ValueRange operands,
                                unsigned numDims, Operation *op);

private:
  FailureOr<SizeExpr> compute(Value value);

  func::FuncOp func;
  ArrayRef<std::string> argNames;
  DenseMap<Value, SizeExpr> cache;
};
} // namespace

/// The argument number of `value` if it is an argument of `func`.
static std::optional<unsigned> getArgNumber(func::FuncOp func, Value value) {
  auto arg = dyn_cast<BlockArgument>(value);
  if (!arg || arg.getOwner() != &func.getBody().front())
    return std::nullopt;
  return arg.getArgNumber();
}

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
                         << dim << " of a buffer produced by '"
                         << op->getName() << "'";
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

  // The operands of `op`, in order, as expressions.
  SmallVector<SizeExpr> operands;
  auto getOperands = [&]() -> LogicalResult {
    for (Value operand : op->getOperands()) {
      FailureOr<SizeExpr> expr = get(operand);
      if (failed(expr))
        return failure();
      operands.push_back(*expr);
    }
    return success();
  };
  using Binary = std::optional<int64_t> (*)(int64_t, int64_t);
  auto divide = [](int64_t a, int64_t b) -> std::optional<int64_t> {
    return b == 0 ? std::nullopt : std::optional<int64_t>(a / b);
  };
  auto ceilDivide = [](int64_t a, int64_t b) -> std::optional<int64_t> {
    return b == 0 ? std::nullopt
                  : std::optional<int64_t>(llvm::divideCeilSigned(a, b));
  };
  auto remainder = [](int64_t a, int64_t b) -> std::optional<int64_t> {
    return b == 0 ? std::nullopt : std::optional<int64_t>(a % b);
  };
  auto minimum = [](int64_t a, int64_t b) -> std::optional<int64_t> {
    return std::min(a, b);
  };
  auto maximum = [](int64_t a, int64_t b) -> std::optional<int64_t> {
    return std::max(a, b);
  };

  // Binary integer ops: fold constants, drop identities, else print.
  auto binary = [&](Binary fold,
                    llvm::function_ref<SizeExpr(const SizeExpr &,
                                                 const SizeExpr &)>
                        build) -> FailureOr<SizeExpr> {
    if (failed(getOperands()))
      return failure();
    // Constants fold where the op is defined (not on a division by zero).
    if (fold && operands[0].constant && operands[1].constant)
      if (std::optional<int64_t> folded =
              fold(*operands[0].constant, *operands[1].constant))
        return SizeExpr::of(*folded);
    return build(operands[0], operands[1]);
  };
  auto division = [&](Binary fold, StringRef symbol) {
    return binary(fold, [&](const SizeExpr &lhs, const SizeExpr &rhs) {
      if (rhs.constant == 1)
        return lhs;
      return infix(lhs, symbol, rhs, Precedence::Multiplicative);
    });
  };
  auto function = [&](Binary fold, StringRef name) {
    return binary(fold, [&](const SizeExpr &lhs, const SizeExpr &rhs) {
      return call(name, {lhs, rhs});
    });
  };
  // Sizes are non-negative, so signed and unsigned ops print alike.
  return llvm::TypeSwitch<Operation *, FailureOr<SizeExpr>>(op)
      .Case([&](arith::ConstantOp constant) -> FailureOr<SizeExpr> {
        if (auto attr = dyn_cast<IntegerAttr>(constant.getValue()))
          return SizeExpr::of(attr.getValue().getSExtValue());
        return op->emitError() << "the launch manifest expresses only "
                                  "integer constants";
      })
      .Case([&](arith::AddIOp) { return binary(nullptr, add); })
      .Case([&](arith::SubIOp) { return binary(nullptr, sub); })
      .Case([&](arith::MulIOp) { return binary(nullptr, mul); })
      .Case<arith::DivUIOp, arith::DivSIOp>(
          [&](Operation *) { return division(divide, "/"); })
      .Case<arith::FloorDivSIOp>(
          [&](Operation *) { return division(divide, "/"); })
      .Case<arith::RemUIOp, arith::RemSIOp>(
          [&](Operation *) { return division(remainder, "%"); })
      .Case<arith::CeilDivUIOp, arith::CeilDivSIOp>([&](Operation *) {
        return binary(ceilDivide, [&](const SizeExpr &lhs,
                                      const SizeExpr &rhs) {
          return rhs.constant == 1 ? lhs : call("ceildiv", {lhs, rhs});
        });
      })
      .Case<arith::MinSIOp, arith::MinUIOp>(
          [&](Operation *) { return function(minimum, "min"); })
      .Case<arith::MaxSIOp, arith::MaxUIOp>(
          [&](Operation *) { return function(maximum, "max"); })
      .Case<arith::IndexCastOp, arith::IndexCastUIOp, arith::ExtSIOp,
            arith::ExtUIOp, arith::TruncIOp>(
          [&](Operation *) { return get(op->getOperand(0)); })
      .Case([&](arith::CmpIOp cmp) -> FailureOr<SizeExpr> {
        if (failed(getOperands()))
          return failure();
        StringRef symbol;
        switch (cmp.getPredicate()) {
        case arith::CmpIPredicate::eq:
          symbol = "==";
          break;
        case arith::CmpIPredicate::ne:
          symbol = "!=";
          break;
        case arith::CmpIPredicate::slt:
        case arith::CmpIPredicate::ult:
          symbol = "<";
          break;
        case arith::CmpIPredicate::sle:
        case arith::CmpIPredicate::ule:
          symbol = "<=";
          break;
        case arith::CmpIPredicate::sgt:
        case arith::CmpIPredicate::ugt:
          symbol = ">";
          break;
        case arith::CmpIPredicate::sge:
        case arith::CmpIPredicate::uge:
          symbol = ">=";
          break;
        }
        if (operands[0].constant && operands[1].constant) {
          auto a = *operands[0].constant, b = *operands[1].constant;
          bool result = llvm::StringSwitch<bool>(symbol)
                            .Case("==", a == b)
                            .Case("!=", a != b)
                            .Case("<", a < b)
                            .Case("<=", a <= b)
                            .Case(">", a > b)
                            .Default(a >= b);
          return SizeExpr::of(result);
        }
        return infix(operands[0], symbol, operands[1],
                     Precedence::Comparison);
      })
      .Case([&](arith::SelectOp) -> FailureOr<SizeExpr> {
        if (failed(getOperands()))
          return failure();
        if (operands[0].constant)
          return *operands[0].constant ? operands[1] : operands[2];
        return SizeExpr{std::nullopt,
                        operands[0].str(Precedence::Comparison) + " ? " +
                            operands[1].str(Precedence::Comparison) + " : " +
                            operands[2].str(Precedence::Comparison),
                        Precedence::Conditional};
      })
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

//===----------------------------------------------------------------------===//
// Buffers
//===----------------------------------------------------------------------===//

/// The element type of a buffer as the manifest spells it (`f16`, `i32`).
static std::string getTypeName(Type type) {
  std::string text;
  llvm::raw_string_ostream os(text);
  type.print(os);
  return text;
}

namespace {
/// The manifest of one host function.
class FunctionManifest {
public:
  FunctionManifest(func::FuncOp func, unsigned numResults)
      : func(func), numInputs(func.getNumArguments() - numResults),
        names(getArgNames(func, numInputs)), sizes(func, names) {}

  FailureOr<json::Object> build();

private:
  static SmallVector<std::string> getArgNames(func::FuncOp func,
                                              unsigned numInputs) {
    SmallVector<std::string> names;
    for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i)
      names.push_back(i < numInputs ? "arg" + std::to_string(i)
                                    : "out" + std::to_string(i - numInputs));
    return names;
  }

  /// The sizes of the memref `buffer` (constants and expressions).
  FailureOr<SmallVector<SizeExpr>> getShape(Value buffer);
  /// The entry of argument `i` in `arguments` or `results`.
  FailureOr<json::Object> describeArgument(unsigned i);
  /// A buffer a kernel takes: which host buffer it is, and as what shape.
  FailureOr<json::Object> describeBuffer(Value buffer);
  FailureOr<json::Object> describeLaunch(gpu::LaunchFuncOp launch);
  /// A copy between two row-major buffers of one shape: a contiguous
  /// device-to-device copy of `bytes`.
  FailureOr<json::Object> describeCopy(memref::CopyOp copy);

  func::FuncOp func;
  unsigned numInputs;
  SmallVector<std::string> names;
  SizeExpressions sizes;
  /// The scratch allocations in the order the function makes them.
  llvm::MapVector<Operation *, json::Object> scratch;
};
} // namespace

FailureOr<SmallVector<SizeExpr>> FunctionManifest::getShape(Value buffer) {
  SmallVector<SizeExpr> shape;
  for (int64_t dim = 0, e = cast<MemRefType>(buffer.getType()).getRank();
       dim < e; ++dim) {
    FailureOr<SizeExpr> size = sizes.getDim(buffer, dim);
    if (failed(size))
      return failure();
    shape.push_back(*size);
  }
  return shape;
}

static json::Array toJSON(ArrayRef<SizeExpr> exprs) {
  json::Array array;
  for (const SizeExpr &expr : exprs)
    array.push_back(expr.toJSON());
  return array;
}

FailureOr<json::Object> FunctionManifest::describeArgument(unsigned i) {
  Value arg = func.getArgument(i);
  json::Object entry{{"name", names[i]}};
  auto type = dyn_cast<MemRefType>(arg.getType());
  if (!type) {
    entry["type"] = getTypeName(arg.getType());
    return entry;
  }
  if (!type.getLayout().isIdentity())
    return func.emitError() << "argument " << i << " of @" << func.getSymName()
                            << " is not a row-major buffer: " << type;
  FailureOr<SmallVector<SizeExpr>> shape = getShape(arg);
  if (failed(shape))
    return failure();
  entry["shape"] = toJSON(*shape);
  entry["element_type"] = getTypeName(type.getElementType());
  return entry;
}

FailureOr<json::Object> FunctionManifest::describeBuffer(Value buffer) {
  auto type = cast<MemRefType>(buffer.getType());
  if (!type.getLayout().isIdentity())
    return emitError(buffer.getLoc())
           << "the launch manifest describes only row-major kernel buffers, "
              "not "
           << type;
  // Follow reshapes back to the buffer they view.
  Value root = buffer;
  while (Operation *op = root.getDefiningOp()) {
    if (auto castOp = dyn_cast<memref::CastOp>(op))
      root = castOp.getSource();
    else if (auto expand = dyn_cast<memref::ExpandShapeOp>(op))
      root = expand.getSrc();
    else if (auto collapse = dyn_cast<memref::CollapseShapeOp>(op))
      root = collapse.getSrc();
    else
      break;
  }
  FailureOr<SmallVector<SizeExpr>> shape = getShape(buffer);
  if (failed(shape))
    return failure();
  json::Object entry{{"kind", "buffer"}};
  if (std::optional<unsigned> argNumber = getArgNumber(func, root)) {
    entry["buffer"] = names[*argNumber];
  } else if (auto alloc = dyn_cast_if_present<memref::AllocOp>(
                 root.getDefiningOp())) {
    if (!scratch.contains(alloc)) {
      FailureOr<SmallVector<SizeExpr>> allocShape = getShape(alloc);
      if (failed(allocShape))
        return failure();
      Type elementType = alloc.getType().getElementType();
      std::optional<int64_t> elementBytes = getElementBytes(elementType);
      if (!elementBytes)
        return alloc.emitError()
               << "the launch manifest cannot size a scratch buffer of "
               << elementType;
      std::string name = "scratch" + std::to_string(scratch.size());
      scratch[alloc] = json::Object{
          {"name", std::move(name)},
          {"shape", toJSON(*allocShape)},
          {"element_type", getTypeName(elementType)},
          {"bytes",
           product(*allocShape, *elementBytes).toJSON()}};
    }
    entry["buffer"] = scratch[alloc].getString("name")->str();
  } else {
    Operation *op = root.getDefiningOp();
    if (!op)
      return emitError(root.getLoc())
             << "a kernel buffer defined by control flow in @"
             << func.getSymName();
    return op->emitError() << "the launch manifest cannot describe a kernel "
                              "buffer produced by '"
                           << op->getName()
                           << "': only function arguments, their reshapes "
                              "and memref.alloc";
  }
  entry["view"] = root != buffer;
  entry["shape"] = toJSON(*shape);
  entry["element_type"] = getTypeName(type.getElementType());
  entry["ptx_params"] = 3 + 2 * type.getRank();
  return entry;
}

FailureOr<json::Object>
FunctionManifest::describeLaunch(gpu::LaunchFuncOp launch) {
  if (!launch.getAsyncDependencies().empty() || launch.getAsyncToken() ||
      launch.getAsyncObject() || launch.hasClusterSize())
    return launch.emitError() << "the launch manifest describes only "
                                 "synchronous launches without clusters";
  auto kernel = SymbolTable::lookupNearestSymbolFrom<gpu::GPUFuncOp>(
      launch, launch.getKernel());
  if (!kernel)
    return launch.emitError() << "launches a kernel that is not a gpu.func";

  auto getDim3 = [&](gpu::KernelDim3 dims) -> FailureOr<json::Array> {
    json::Array array;
    for (Value value : {dims.x, dims.y, dims.z}) {
      FailureOr<SizeExpr> expr = sizes.get(value);
      if (failed(expr))
        return failure();
      array.push_back(expr->toJSON());
    }
    return array;
  };
  FailureOr<json::Array> grid = getDim3(launch.getGridSizeOperandValues());
  if (failed(grid))
    return failure();
  FailureOr<json::Array> block = getDim3(launch.getBlockSizeOperandValues());
  if (failed(block))
    return failure();
  SizeExpr dynamicShared = SizeExpr::of(0);
  if (Value dynamicSize = launch.getDynamicSharedMemorySize()) {
    FailureOr<SizeExpr> expr = sizes.get(dynamicSize);
    if (failed(expr))
      return failure();
    dynamicShared = *expr;
  }

  int64_t sharedBytes = 0;
  for (BlockArgument attribution : kernel.getWorkgroupAttributions()) {
    auto type = cast<MemRefType>(attribution.getType());
    std::optional<int64_t> elementBytes =
        getElementBytes(type.getElementType());
    if (!type.hasStaticShape() || !elementBytes)
      return kernel.emitError() << "workgroup memory of unknown size: "
                                << type;
    sharedBytes += type.getNumElements() * *elementBytes;
  }

  json::Array arguments;
  int64_t ptxParams = 0;
  for (Value operand : launch.getKernelOperands()) {
    if (isa<MemRefType>(operand.getType())) {
      FailureOr<json::Object> buffer = describeBuffer(operand);
      if (failed(buffer))
        return failure();
      ptxParams += *buffer->getInteger("ptx_params");
      arguments.push_back(std::move(*buffer));
      continue;
    }
    if (!operand.getType().isIntOrIndex())
      return launch.emitError()
             << "the launch manifest describes only buffer and integer "
                "kernel arguments, not "
             << operand.getType();
    FailureOr<SizeExpr> value = sizes.get(operand);
    if (failed(value))
      return failure();
    ++ptxParams;
    arguments.push_back(json::Object{{"kind", "scalar"},
                                     {"type", getTypeName(operand.getType())},
                                     {"value", value->toJSON()},
                                     {"ptx_params", 1}});
  }

  return json::Object{
      {"op", "launch"},
      {"kernel", launch.getKernelName().getValue()},
      {"grid", std::move(*grid)},
      {"block", std::move(*block)},
      {"shared_memory_bytes", sharedBytes},
      {"dynamic_shared_memory_bytes", dynamicShared.toJSON()},
      {"ptx_params", ptxParams},
      {"arguments", std::move(arguments)}};
}

FailureOr<json::Object> FunctionManifest::describeCopy(memref::CopyOp copy) {
  FailureOr<json::Object> source = describeBuffer(copy.getSource());
  if (failed(source))
    return failure();
  FailureOr<json::Object> target = describeBuffer(copy.getTarget());
  if (failed(target))
    return failure();
  // Both are row-major (describeBuffer checked) and the verifier made their
  // shapes equal: the bytes are contiguous in both.
  FailureOr<SmallVector<SizeExpr>> shape = getShape(copy.getTarget());
  if (failed(shape))
    return failure();
  Type elementType = copy.getTarget().getType().getElementType();
  std::optional<int64_t> elementBytes = getElementBytes(elementType);
  if (!elementBytes)
    return copy.emitError() << "the launch manifest cannot size a copy of "
                            << elementType;
  source->erase("ptx_params");
  target->erase("ptx_params");
  source->erase("kind");
  target->erase("kind");
  return json::Object{
      {"op", "copy"},
      {"from", std::move(*source)},
      {"to", std::move(*target)},
      {"bytes", product(*shape, *elementBytes).toJSON()}};
}

FailureOr<json::Object> FunctionManifest::build() {
  json::Array arguments, results;
  for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i) {
    FailureOr<json::Object> entry = describeArgument(i);
    if (failed(entry))
      return failure();
    (i < numInputs ? arguments : results).push_back(std::move(*entry));
  }

  // The body is straight-line code whose only work is launches and copies
  // between buffers.
  json::Array steps;
  for (Operation &op : func.getBody().front()) {
    if (auto launch = dyn_cast<gpu::LaunchFuncOp>(op)) {
      FailureOr<json::Object> entry = describeLaunch(launch);
      if (failed(entry))
        return failure();
      steps.push_back(std::move(*entry));
      continue;
    }
    if (auto copy = dyn_cast<memref::CopyOp>(op)) {
      FailureOr<json::Object> entry = describeCopy(copy);
      if (failed(entry))
        return failure();
      steps.push_back(std::move(*entry));
      continue;
    }
    if (isa<func::ReturnOp, memref::AllocOp, memref::DeallocOp, memref::DimOp,
            memref::CastOp, memref::ExpandShapeOp, memref::CollapseShapeOp,
            affine::AffineApplyOp>(op) ||
        (op.getDialect() && isa<arith::ArithDialect>(op.getDialect())))
      continue;
    return op.emitError()
           << "host op '" << op.getName() << "' in @" << func.getSymName()
           << " is not a kernel launch: the CUDA target compiles functions "
              "whose work is all in kernels";
  }
  if (func.getNumResults() != 0)
    return func.emitError() << "@" << func.getSymName()
                            << " returns values after bufferization";

  json::Array scratchArray;
  for (auto &entry : scratch)
    scratchArray.push_back(std::move(entry.second));
  return json::Object{{"name", func.getSymName()},
                      {"arguments", std::move(arguments)},
                      {"results", std::move(results)},
                      {"scratch", std::move(scratchArray)},
                      {"steps", std::move(steps)}};
}

//===----------------------------------------------------------------------===//
// The manifest
//===----------------------------------------------------------------------===//

FailureOr<json::Object> mlir::gqa::compile::buildLaunchManifest(
    ModuleOp module, const llvm::StringMap<unsigned> &numResults,
    StringRef chip) {
  json::Array functions;
  std::optional<StringRef> kernelModule;
  for (auto func : module.getOps<func::FuncOp>()) {
    if (!func.isPublic() || func.isExternal())
      continue;
    auto it = numResults.find(func.getSymName());
    if (it == numResults.end() || it->second > func.getNumArguments())
      return func.emitError() << "the launch manifest does not know the "
                                 "out-parameters of @"
                              << func.getSymName();
    FailureOr<json::Object> entry =
        FunctionManifest(func, it->second).build();
    if (failed(entry))
      return failure();
    functions.push_back(std::move(*entry));
    for (auto launch : func.getOps<gpu::LaunchFuncOp>()) {
      StringRef name = launch.getKernelModuleName().getValue();
      if (kernelModule && *kernelModule != name)
        return launch.emitError() << "the CUDA target expects the kernels "
                                     "of one gpu.module, not @"
                                  << *kernelModule << " and @" << name;
      kernelModule = name;
    }
  }
  if (!kernelModule) // At the module's location, without dumping it.
    return emitError(module.getLoc())
           << "no public function launches a kernel: there is nothing to "
              "compile for the GPU (the CUDA target compiles the "
              "gqa.attention of each public function)";
  return json::Object{
      {"format", "gqa-launch-manifest"},
      {"version", 1},
      {"target", "cuda"},
      {"chip", chip.str()},
      {"module", *kernelModule},
      {"calling_convention", kCallingConvention},
      {"functions", std::move(functions)}};
}

/// The number of parameters of `.entry name(...)` in `ptx`, or nullopt if
/// there is no such entry.
static std::optional<int64_t> countEntryParams(StringRef ptx,
                                               StringRef name) {
  std::string header = (".entry " + name + "(").str();
  size_t start = ptx.find(header);
  if (start == StringRef::npos)
    return std::nullopt;
  StringRef rest = ptx.drop_front(start + header.size());
  StringRef params = rest.take_until([](char c) { return c == ')'; });
  return params.count(".param");
}

llvm::Error
mlir::gqa::compile::checkPtxEntryParams(const json::Object &manifest,
                                        StringRef ptx) {
  for (const json::Value &function : *manifest.getArray("functions")) {
    for (const json::Value &step :
         *function.getAsObject()->getArray("steps")) {
      const json::Object &object = *step.getAsObject();
      if (object.getString("op") != "launch")
        continue;
      StringRef kernel = *object.getString("kernel");
      int64_t expected = *object.getInteger("ptx_params");
      std::optional<int64_t> actual = countEntryParams(ptx, kernel);
      if (!actual)
        return llvm::createStringError("the PTX has no .entry " + kernel);
      if (*actual != expected)
        return llvm::createStringError(llvm::formatv(
            "the PTX .entry {0} has {1} parameters, the manifest {2}: the "
            "calling convention is not MLIR's memref descriptor lowering",
            kernel, *actual, expected));
    }
  }
  return llvm::Error::success();
}

/// Prints `value` at `indent`: objects one member a line (keys sorted),
/// arrays of scalars on one line, arrays of objects one element a line.
static void printValue(const json::Value &value, llvm::raw_ostream &os,
                       unsigned indent) {
  if (const json::Object *object = value.getAsObject()) {
    SmallVector<StringRef> keys;
    for (const auto &member : *object)
      keys.push_back(member.first);
    llvm::sort(keys);
    os << "{\n";
    llvm::interleave(
        keys,
        [&](StringRef key) {
          os.indent(indent + 2) << json::Value(key) << ": ";
          printValue(*object->get(key), os, indent + 2);
        },
        [&] { os << ",\n"; });
    os << "\n";
    os.indent(indent) << "}";
    return;
  }
  if (const json::Array *array = value.getAsArray()) {
    bool scalars = llvm::none_of(*array, [](const json::Value &element) {
      return element.getAsObject() || element.getAsArray();
    });
    if (scalars || array->empty()) {
      os << "[";
      llvm::interleave(
          *array, [&](const json::Value &element) { os << element; },
          [&] { os << ", "; });
      os << "]";
      return;
    }
    os << "[\n";
    llvm::interleave(
        *array,
        [&](const json::Value &element) {
          os.indent(indent + 2);
          printValue(element, os, indent + 2);
        },
        [&] { os << ",\n"; });
    os << "\n";
    os.indent(indent) << "]";
    return;
  }
  os << value;
}

void mlir::gqa::compile::printLaunchManifest(const json::Object &manifest,
                                             llvm::raw_ostream &os) {
  printValue(json::Value(json::Object(manifest)), os, 0);
  os << "\n";
}
