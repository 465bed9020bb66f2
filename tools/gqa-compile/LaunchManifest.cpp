//===- LaunchManifest.cpp - How to launch the kernels of a module ---------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "LaunchManifest.h"
#include "SizeExpressions.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::gqa::compile;
namespace json = llvm::json;

/// The calling convention of every `.entry`, as the manifest states it.
static constexpr llvm::StringLiteral kCallingConvention =
    "Each kernel argument expands to .entry parameters in order: a buffer "
    "of rank R (a memref) to 3 + 2R parameters, MLIR's default memref "
    "descriptor lowering: allocated pointer, aligned pointer, offset (i64), "
    "sizes[R] (i64), strides[R] (i64, row-major); a scalar to one parameter "
    "of its type (index is i64).";

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
