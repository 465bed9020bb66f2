//===- MlirMode.cpp - gqa-run --mlir --------------------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Proves two pipelines equivalent on one function of an MLIR file:
//
//   gqa-run --mlir FILE --entry FN --pipeline A --vs B
//           [--dim ARG:DIM=SIZE]... [--int-range LO:HI] [--seed N]
//
// Both sides get the same seeded random arguments (floats uniform in
// [-1, 1), integers uniform in the `--int-range`, booleans 0 or 1), every
// result of side A is compared with side B's, and each side reports how many
// `gqa.attention` ops its module held at most between two passes, that is
// before they were lowered: raising attention on one side only shows as
// `1` against `0`.
//
//===----------------------------------------------------------------------===//

#include "Compare.h"
#include "Modes.h"

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <random>

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::run;

namespace {

/// The element type of a tensor argument or result as a `DType`.
std::optional<DType> getDType(Type type) {
  if (type.isF32())
    return DType::F32;
  if (type.isF16())
    return DType::F16;
  if (type.isBF16())
    return DType::BF16;
  if (type.isInteger(1))
    return DType::I1;
  if (type.isInteger(32))
    return DType::I32;
  if (type.isInteger(64))
    return DType::I64;
  return std::nullopt;
}

/// The sizes of `--dim ARG:DIM=SIZE`, keyed by (argument, dim).
using DimSizes = std::map<std::pair<unsigned, unsigned>, int64_t>;

/// Parses `--dim ARG:DIM=SIZE` flags into sizes keyed by (argument, dim).
llvm::Expected<DimSizes> parseDims(llvm::ArrayRef<std::string> flags) {
  DimSizes dims;
  for (StringRef flag : flags) {
    auto [position, size] = flag.split('=');
    auto [arg, dim] = position.split(':');
    unsigned argNumber, dimNumber;
    int64_t value;
    if (arg.getAsInteger(10, argNumber) || dim.getAsInteger(10, dimNumber) ||
        size.getAsInteger(10, value) || value < 0)
      return llvm::createStringError(
          "invalid --dim '" + flag +
          "': expected ARG:DIM=SIZE, e.g. 0:1=16 for dimension 1 of argument "
          "0");
    dims[{argNumber, dimNumber}] = value;
  }
  return dims;
}

/// Parses `--int-range LO:HI`.
llvm::Expected<std::pair<int64_t, int64_t>> parseIntRange(StringRef text) {
  auto [lo, hi] = text.split(':');
  int64_t low, high;
  if (lo.getAsInteger(10, low) || hi.getAsInteger(10, high) || low > high)
    return llvm::createStringError("invalid --int-range '" + text +
                                   "': expected LO:HI with LO <= HI");
  return std::make_pair(low, high);
}

/// Parses `--tolerance` (`ABS:REL`, both finite and non-negative).
llvm::Expected<ToleranceSpec> parseTolerance(StringRef text) {
  auto [absText, relText] = text.split(':');
  double abs, rel;
  if (absText.getAsDouble(abs) || relText.getAsDouble(rel) ||
      !std::isfinite(abs) || !std::isfinite(rel) || abs < 0 || rel < 0)
    return llvm::createStringError(
        "invalid --tolerance '" + text +
        "': expected ABS:REL, two finite non-negative numbers");
  return ToleranceSpec{abs, rel};
}

/// Records the largest number of `gqa.attention` ops the module holds before
/// any pass of the pipeline, and after the last one.
class AttentionCounter : public PassInstrumentation {
public:
  explicit AttentionCounter(int64_t &maxCount) : maxCount(maxCount) {}

  void runBeforePass(Pass *pass, Operation *op) override { count(op); }
  void runAfterPass(Pass *pass, Operation *op) override { count(op); }

private:
  void count(Operation *op) {
    // Nested pass managers report their anchor; count from the module.
    while (op->getParentOp())
      op = op->getParentOp();
    int64_t n = 0;
    op->walk([&](AttentionOp) { ++n; });
    maxCount = std::max(maxCount, n);
  }

  int64_t &maxCount;
};

/// One side of the comparison, lowered and JIT-compiled.
struct Side {
  StringRef label;
  PipelineChoice pipeline;
  int64_t attentionCount = 0;
  std::unique_ptr<JitFunction> function;
};

/// Lowers a clone of `module` through `side.pipeline`, counting attention
/// ops, and JIT-compiles `entry`. Prints FAIL and returns false on error.
bool compileSide(ModuleOp module, StringRef entry, Side &side,
                 ArrayRef<int64_t> argumentRanks, ArrayRef<int64_t> resultRanks,
                 const RunConfig &config) {
  OwningOpRef<ModuleOp> clone(module.clone());
  MLIRContext *context = module.getContext();
  PassManager pm(context, ModuleOp::getOperationName());
  if (failed(applyPassManagerCLOptions(pm))) {
    reportError("invalid pass manager options");
    return false;
  }
  if (llvm::Error error = addPipeline(side.pipeline, pm)) {
    reportError(llvm::toString(std::move(error)));
    return false;
  }
  pm.addInstrumentation(
      std::make_unique<AttentionCounter>(side.attentionCount));
  std::string diagnostics;
  {
    llvm::raw_string_ostream os(diagnostics);
    ScopedDiagnosticHandler handler(context, [&](Diagnostic &diag) {
      if (diag.getSeverity() == DiagnosticSeverity::Error)
        os << diag.getLocation() << ": " << diag.str() << "\n";
      return success();
    });
    if (failed(pm.run(*clone))) {
      llvm::outs() << "FAIL " << side.label << ": pipeline '"
                   << side.pipeline.name << "' failed\n"
                   << diagnostics;
      return false;
    }
  }
  // Already lowered: the JIT runs no further passes.
  PipelineChoice lowered{side.pipeline.name, ""};
  llvm::Expected<std::unique_ptr<JitFunction>> function = JitFunction::compile(
      *clone, entry, lowered, argumentRanks, resultRanks, config.jit);
  if (!function) {
    llvm::outs() << "FAIL " << side.label << ": "
                 << llvm::toString(function.takeError()) << "\n";
    return false;
  }
  side.function = std::move(*function);
  return true;
}

/// The tolerance between two lowerings of one function with results of
/// `dtype`: they may round differently, so a few units in the last place
/// for half types and 1e-5 for f32 (whose results here are sums of a few
/// hundred products at most).
ToleranceSpec getMlirTolerance(DType dtype) {
  switch (dtype) {
  case DType::F16:
  case DType::BF16:
    return {4.0 * getEpsilon(dtype), 4.0 * getEpsilon(dtype)};
  case DType::F32:
    return {1e-5, 1e-5};
  default:
    return {0.0, 0.0};
  }
}

/// The message for argument or result (`what`) `index` of `@entry`, of
/// `type`, when only `tensors` (e.g. "ranked") of the `DType`s are
/// supported.
std::string formatUnsupportedType(StringRef what, size_t index, StringRef entry,
                                  Type type, StringRef tensors) {
  return llvm::formatv("{0} #{1} of @{2} has type {3}; only {4} tensors of "
                       "f32, f16, bf16, i1, i32 and i64 are supported",
                       what, index, entry, type, tensors)
      .str();
}

/// The `DType` of the elements of `type` if it is a ranked tensor of one.
std::optional<DType> getTensorDType(Type type) {
  auto tensorType = dyn_cast<RankedTensorType>(type);
  return tensorType ? getDType(tensorType.getElementType()) : std::nullopt;
}

/// What both sides are called with and return.
struct CallData {
  std::vector<HostTensor> arguments;
  SmallVector<int64_t> argumentRanks;
  /// The element type and the static shape of each result.
  SmallVector<std::pair<DType, SmallVector<int64_t>>> resultTypes;
  SmallVector<int64_t> resultRanks;
};

/// Parses the MLIR file `path`, which `sourceMgr` then holds, into
/// `context`. Null after reporting an error.
OwningOpRef<ModuleOp> parseMlirFile(StringRef path, llvm::SourceMgr &sourceMgr,
                                    MLIRContext &context) {
  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> file = openInputFile(path, &errorMessage);
  if (!file) {
    reportError(errorMessage);
    return nullptr;
  }
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  std::string parseErrors;
  OwningOpRef<ModuleOp> module;
  {
    llvm::raw_string_ostream os(parseErrors);
    ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
      os << diag.getLocation() << ": " << diag.str() << "\n";
      return success();
    });
    module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  }
  if (!module)
    reportError("cannot parse '" + path + "':\n" + parseErrors);
  return module;
}

/// Fills `call.arguments` for `func` (the entry of `options`): static
/// shapes, dynamic sizes from `dims`, seeded values (floats uniform in
/// [-1, 1), integers in `intRange`, booleans 0 or 1). False after reporting
/// an error.
bool makeArguments(func::FuncOp func, const MlirModeOptions &options,
                   const DimSizes &dims, std::pair<int64_t, int64_t> intRange,
                   CallData &call) {
  std::mt19937_64 random(options.seed);
  std::uniform_real_distribution<double> floats(-1.0, 1.0);
  std::uniform_int_distribution<int64_t> ints(intRange.first, intRange.second);
  for (auto [index, type] : llvm::enumerate(func.getArgumentTypes())) {
    std::optional<DType> dtype = getTensorDType(type);
    if (!dtype) {
      reportError(formatUnsupportedType("argument", index, options.entry, type,
                                        "ranked"));
      return false;
    }
    SmallVector<int64_t> shape;
    for (auto [dim, size] :
         llvm::enumerate(cast<RankedTensorType>(type).getShape())) {
      if (!ShapedType::isDynamic(size)) {
        shape.push_back(size);
        continue;
      }
      auto it =
          dims.find({static_cast<unsigned>(index), static_cast<unsigned>(dim)});
      if (it == dims.end()) {
        reportError(llvm::formatv("dimension {0} of argument #{1} ({2}) is "
                                  "dynamic; give its size with --dim "
                                  "{1}:{0}=SIZE",
                                  dim, index, type)
                        .str());
        return false;
      }
      shape.push_back(it->second);
    }
    HostTensor tensor(*dtype, shape);
    for (int64_t i = 0; i < tensor.getNumElements(); ++i) {
      if (isFloatDType(*dtype))
        tensor.set(i, floats(random));
      else if (*dtype == DType::I1)
        tensor.set(i, static_cast<double>(random() & 1));
      else
        tensor.set(i, static_cast<double>(ints(random)));
    }
    call.arguments.push_back(std::move(tensor));
    call.argumentRanks.push_back(shape.size());
  }
  for (auto [key, size] : dims)
    if (key.first >= call.arguments.size()) {
      reportError(llvm::formatv("--dim {0}:{1}={2}: @{3} has {4} arguments",
                                key.first, key.second, size, options.entry,
                                call.arguments.size())
                      .str());
      return false;
    }
  return true;
}

/// Fills `call.resultTypes` for `func` (the caller allocates the results,
/// so their shapes are static). False after reporting an error.
bool getResultTypes(func::FuncOp func, StringRef entry, CallData &call) {
  for (auto [index, type] : llvm::enumerate(func.getResultTypes())) {
    std::optional<DType> dtype = getTensorDType(type);
    auto tensorType = dyn_cast<RankedTensorType>(type);
    if (!dtype || !tensorType.hasStaticShape()) {
      reportError(formatUnsupportedType("result", index, entry, type,
                                        "statically shaped"));
      return false;
    }
    call.resultTypes.push_back(
        {*dtype, SmallVector<int64_t>(tensorType.getShape())});
    call.resultRanks.push_back(tensorType.getRank());
  }
  return true;
}

/// Runs `side` on copies of the arguments of `call` (a callee may not write
/// them, but a wrong lowering could) into `results`. Prints FAIL and
/// returns false on error.
bool runSide(Side &side, const CallData &call,
             std::vector<HostTensor> &results) {
  std::vector<HostTensor> inputs = call.arguments;
  SmallVector<HostTensor *> argumentPointers, resultPointers;
  for (HostTensor &tensor : inputs)
    argumentPointers.push_back(&tensor);
  for (auto &[dtype, shape] : call.resultTypes)
    results.emplace_back(dtype, shape, /*fillByte=*/0xff);
  for (HostTensor &tensor : results)
    resultPointers.push_back(&tensor);
  if (llvm::Error error =
          side.function->call(argumentPointers, resultPointers)) {
    llvm::outs() << "FAIL " << side.label << ": "
                 << llvm::toString(std::move(error)) << "\n";
    return false;
  }
  return true;
}

/// Compares every result of side A with side B's, prints a line each and
/// the count, and returns the exit status.
int compareResults(ArrayRef<HostTensor> resultsA, ArrayRef<HostTensor> resultsB,
                   StringRef entry, std::optional<ToleranceSpec> tolerance) {
  int numPassed = 0, numFailed = 0;
  for (size_t i = 0; i < resultsA.size(); ++i) {
    // Both sides lower the same function: a NaN in both is agreement.
    ToleranceSpec spec =
        tolerance.value_or(getMlirTolerance(resultsA[i].getDType()));
    spec.nanMatchesNaN = true;
    Comparison comparison(spec);
    const HostTensor &expected = resultsB[i];
    comparison.compare(llvm::formatv("result #{0}", i).str(), resultsA[i],
                       [&](int64_t index) { return expected.get(index); });
    comparison.print(
        llvm::outs(),
        llvm::formatv("@{0} result #{1} (A vs B)", entry, i).str());
    (comparison.passed() ? numPassed : numFailed) += 1;
  }
  llvm::outs() << numPassed << " passed, " << numFailed << " failed\n";
  llvm::outs().flush();
  return numFailed ? kExitFailed : kExitPassed;
}

} // namespace

int mlir::gqa::run::runMlirMode(const MlirModeOptions &options,
                                const RunConfig &config) {
  llvm::Expected<DimSizes> dims = parseDims(options.dims);
  if (!dims) {
    reportError(llvm::toString(dims.takeError()));
    return kExitError;
  }
  llvm::Expected<std::pair<int64_t, int64_t>> intRange =
      parseIntRange(options.intRange);
  if (!intRange) {
    reportError(llvm::toString(intRange.takeError()));
    return kExitError;
  }
  std::optional<ToleranceSpec> tolerance;
  if (!options.tolerance.empty()) {
    llvm::Expected<ToleranceSpec> parsed = parseTolerance(options.tolerance);
    if (!parsed) {
      reportError(llvm::toString(parsed.takeError()));
      return kExitError;
    }
    tolerance = *parsed;
  }
  llvm::Expected<PipelineChoice> pipelineB = resolvePipeline(options.vs);
  if (!pipelineB) {
    reportError(llvm::toString(pipelineB.takeError()));
    return kExitError;
  }

  MLIRContext context(*config.registry, MLIRContext::Threading::DISABLED);
  context.allowUnregisteredDialects(false);
  llvm::SourceMgr sourceMgr;
  OwningOpRef<ModuleOp> module =
      parseMlirFile(options.path, sourceMgr, context);
  if (!module)
    return kExitError;
  auto func = module->lookupSymbol<func::FuncOp>(options.entry);
  if (!func) {
    reportError("no func.func @" + options.entry + " in '" + options.path +
                "'");
    return kExitError;
  }
  CallData call;
  if (!makeArguments(func, options, *dims, *intRange, call) ||
      !getResultTypes(func, options.entry, call))
    return kExitError;

  Side sideA, sideB;
  sideA.label = "A";
  sideA.pipeline = config.pipeline;
  sideB.label = "B";
  sideB.pipeline = *pipelineB;
  for (Side *side : {&sideA, &sideB}) {
    if (!compileSide(*module, options.entry, *side, call.argumentRanks,
                     call.resultRanks, config)) {
      llvm::outs() << "0 passed, 1 failed\n";
      return kExitFailed;
    }
    llvm::outs() << side->label << ": " << side->pipeline.name << ": "
                 << side->attentionCount << " gqa.attention before lowering\n";
  }

  std::vector<HostTensor> resultsA, resultsB;
  if (!runSide(sideA, call, resultsA) || !runSide(sideB, call, resultsB)) {
    llvm::outs() << "0 passed, 1 failed\n";
    return kExitFailed;
  }
  return compareResults(resultsA, resultsB, options.entry, tolerance);
}
