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

/// Parses `--dim ARG:DIM=SIZE` flags into sizes keyed by (argument, dim).
llvm::Expected<std::map<std::pair<unsigned, unsigned>, int64_t>>
parseDims(llvm::ArrayRef<std::string> flags) {
  std::map<std::pair<unsigned, unsigned>, int64_t> dims;
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

} // namespace

int mlir::gqa::run::runMlirMode(const MlirModeOptions &options,
                                const RunConfig &config) {
  llvm::Expected<std::map<std::pair<unsigned, unsigned>, int64_t>> dims =
      parseDims(options.dims);
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
  llvm::Expected<PipelineChoice> pipelineB = resolvePipeline(options.vs);
  if (!pipelineB) {
    reportError(llvm::toString(pipelineB.takeError()));
    return kExitError;
  }

  MLIRContext context(*config.registry, MLIRContext::Threading::DISABLED);
  context.allowUnregisteredDialects(false);
  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> file =
      openInputFile(options.path, &errorMessage);
  if (!file) {
    reportError(errorMessage);
    return kExitError;
  }
  llvm::SourceMgr sourceMgr;
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
  if (!module) {
    reportError("cannot parse '" + options.path + "':\n" + parseErrors);
    return kExitError;
  }

  auto func = module->lookupSymbol<func::FuncOp>(options.entry);
  if (!func) {
    reportError("no func.func @" + options.entry + " in '" + options.path +
                "'");
    return kExitError;
  }

  // Arguments: static shapes (dynamic dims from --dim) and seeded values.
  std::mt19937_64 random(options.seed);
  std::uniform_real_distribution<double> floats(-1.0, 1.0);
  std::uniform_int_distribution<int64_t> ints(intRange->first,
                                              intRange->second);
  std::vector<HostTensor> arguments;
  SmallVector<int64_t> argumentRanks;
  for (auto [index, type] : llvm::enumerate(func.getArgumentTypes())) {
    auto tensorType = dyn_cast<RankedTensorType>(type);
    std::optional<DType> dtype =
        tensorType ? getDType(tensorType.getElementType()) : std::nullopt;
    if (!dtype) {
      reportError(llvm::formatv("argument #{0} of @{1} has type {2}; only "
                                "ranked tensors of f32, f16, bf16, i1, i32 "
                                "and i64 are supported",
                                index, options.entry, type)
                      .str());
      return kExitError;
    }
    SmallVector<int64_t> shape;
    for (auto [dim, size] : llvm::enumerate(tensorType.getShape())) {
      if (!ShapedType::isDynamic(size)) {
        shape.push_back(size);
        continue;
      }
      auto it = dims->find(
          {static_cast<unsigned>(index), static_cast<unsigned>(dim)});
      if (it == dims->end()) {
        reportError(llvm::formatv("dimension {0} of argument #{1} ({2}) is "
                                  "dynamic; give its size with --dim "
                                  "{1}:{0}=SIZE",
                                  dim, index, type)
                        .str());
        return kExitError;
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
    arguments.push_back(std::move(tensor));
    argumentRanks.push_back(shape.size());
  }
  for (auto [key, size] : *dims)
    if (key.first >= arguments.size()) {
      reportError(llvm::formatv("--dim {0}:{1}={2}: @{3} has {4} arguments",
                                key.first, key.second, size, options.entry,
                                arguments.size())
                      .str());
      return kExitError;
    }

  // Results: static shapes only (the caller allocates them).
  SmallVector<std::pair<DType, SmallVector<int64_t>>> resultTypes;
  SmallVector<int64_t> resultRanks;
  for (auto [index, type] : llvm::enumerate(func.getResultTypes())) {
    auto tensorType = dyn_cast<RankedTensorType>(type);
    std::optional<DType> dtype =
        tensorType ? getDType(tensorType.getElementType()) : std::nullopt;
    if (!dtype || !tensorType.hasStaticShape()) {
      reportError(llvm::formatv("result #{0} of @{1} has type {2}; only "
                                "statically shaped tensors of f32, f16, bf16, "
                                "i1, i32 and i64 are supported",
                                index, options.entry, type)
                      .str());
      return kExitError;
    }
    resultTypes.push_back(
        {*dtype, SmallVector<int64_t>(tensorType.getShape())});
    resultRanks.push_back(tensorType.getRank());
  }

  Side sideA, sideB;
  sideA.label = "A";
  sideA.pipeline = config.pipeline;
  sideB.label = "B";
  sideB.pipeline = *pipelineB;
  int numFailed = 0;
  for (Side *side : {&sideA, &sideB}) {
    if (!compileSide(*module, options.entry, *side, argumentRanks, resultRanks,
                     config)) {
      llvm::outs() << "0 passed, 1 failed\n";
      return kExitFailed;
    }
    llvm::outs() << side->label << ": " << side->pipeline.name << ": "
                 << side->attentionCount << " gqa.attention before lowering\n";
  }

  // Run both sides on copies of the arguments (a callee may not write them,
  // but a wrong lowering could).
  auto run = [&](Side &side, std::vector<HostTensor> &results) -> bool {
    std::vector<HostTensor> inputs = arguments;
    SmallVector<HostTensor *> argumentPointers, resultPointers;
    for (HostTensor &tensor : inputs)
      argumentPointers.push_back(&tensor);
    for (auto &[dtype, shape] : resultTypes)
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
  };
  std::vector<HostTensor> resultsA, resultsB;
  if (!run(sideA, resultsA) || !run(sideB, resultsB)) {
    llvm::outs() << "0 passed, 1 failed\n";
    return kExitFailed;
  }

  int numPassed = 0;
  for (size_t i = 0; i < resultsA.size(); ++i) {
    Comparison comparison(getMlirTolerance(resultsA[i].getDType()));
    const HostTensor &expected = resultsB[i];
    comparison.compare(llvm::formatv("result #{0}", i).str(), resultsA[i],
                       [&](int64_t index) { return expected.get(index); });
    comparison.print(
        llvm::outs(),
        llvm::formatv("@{0} result #{1} (A vs B)", options.entry, i).str());
    (comparison.passed() ? numPassed : numFailed) += 1;
  }
  llvm::outs() << numPassed << " passed, " << numFailed << " failed\n";
  llvm::outs().flush();
  return numFailed ? kExitFailed : kExitPassed;
}
