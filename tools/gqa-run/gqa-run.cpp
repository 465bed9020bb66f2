//===- gqa-run.cpp - Run gqa.attention through a pipeline on the CPU ------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// JIT-compiles attention problems through a lowering pipeline and checks the
// results:
//
//   gqa-run --case PATH [--pipeline NAME]
//       every ONNX Attention conformance case at or below PATH, against the
//       case's expected outputs;
//   gqa-run --random SPEC [--pipeline NAME] [--seed N]
//       one seeded random problem, against an independent double-precision
//       reference;
//   gqa-run --bench SPEC [--pipeline NAME] [--threads N] [--json]
//   gqa-run --bench-suite standard [--threads N] [--json]
//       benchmarks: median time, GB/s and GFLOP/s of useful work, and their
//       fractions of in-run streaming-read and FMA probes;
//   gqa-run --mlir FILE --entry FN --pipeline A --vs B [--dim ARG:DIM=SIZE]
//           [--int-range LO:HI] [--seed N]
//       one function of an MLIR file through two pipelines on the same
//       random arguments, every result compared.
//
// Exit codes: 0 all passed, 1 something failed, 2 bad usage or input. See
// docs/gqa-run.md.
//
//===----------------------------------------------------------------------===//

#include "Modes.h"

#include "gqa/Dialect/GQA/IR/GQADialect.h"
#include "gqa/InitAllDialects.h"
#include "gqa/Import/ONNXAttention.h"
#include "gqa/InitAllPasses.h"
#include "gqa/Pipelines/Passes.h"
#include "gqa/Support/RuntimeLibrary.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>

using namespace mlir;
using namespace mlir::gqa::run;

void mlir::gqa::run::reportError(const llvm::Twine &message) {
  llvm::outs().flush();
  llvm::errs() << "gqa-run: error: " << message << "\n";
  llvm::errs().flush();
}

namespace {

llvm::cl::OptionCategory gqaRunCategory("gqa-run options");

llvm::cl::opt<std::string> casePath(
    "case",
    llvm::cl::desc("Run the ONNX Attention case in this folder, or every "
                   "case below it"),
    llvm::cl::value_desc("path"), llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<std::string> randomSpec(
    "random",
    llvm::cl::desc("Run one random problem, e.g. "
                   "b=2,hq=12,hkv=4,sq=7,skv=100,d=64,dtype=bf16,causal=1"),
    llvm::cl::value_desc("spec"), llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<std::string> benchSpec(
    "bench",
    llvm::cl::desc("Benchmark one problem of the --random spec syntax (plus "
                   "repeat_kv=1, the repeated-KV baseline), e.g. "
                   "b=1,hq=32,hkv=8,sq=1,skv=8192,d=128,dtype=f16"),
    llvm::cl::value_desc("spec"), llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<std::string>
    benchSuite("bench-suite",
               llvm::cl::desc("Benchmark a suite of model shapes: standard"),
               llvm::cl::value_desc("name"), llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<unsigned> benchRepeats(
    "bench-repeats",
    llvm::cl::desc("Timed samples per measurement of --bench/--bench-suite; "
                   "the median is reported (default 7; 15 for "
                   "--bench-suite)"),
    llvm::cl::init(7), llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<bool>
    benchJson("json",
              llvm::cl::desc("--bench/--bench-suite: end with one JSON line"),
              llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<std::string> mlirPath(
    "mlir",
    llvm::cl::desc("Run the function --entry of this MLIR file through "
                   "--pipeline and --vs on the same random arguments and "
                   "compare the results"),
    llvm::cl::value_desc("file"), llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<std::string>
    entryName("entry", llvm::cl::desc("--mlir: the function to run"),
              llvm::cl::value_desc("name"), llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<std::string> vsPipeline(
    "vs",
    llvm::cl::desc("--mlir: the pipeline of the other side (same syntax as "
                   "--pipeline)"),
    llvm::cl::value_desc("pipeline"), llvm::cl::cat(gqaRunCategory));

llvm::cl::list<std::string> dimSizes(
    "dim",
    llvm::cl::desc("--mlir: size of a dynamic argument dimension, as "
                   "ARG:DIM=SIZE (repeatable)"),
    llvm::cl::value_desc("arg:dim=size"), llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<std::string> intRange(
    "int-range",
    llvm::cl::desc("--mlir: range LO:HI of random integer arguments "
                   "(default 0:7)"),
    llvm::cl::value_desc("lo:hi"), llvm::cl::init("0:7"),
    llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<std::string> mlirTolerance(
    "tolerance",
    llvm::cl::desc("--mlir: tolerance ABS:REL of the comparison (an element "
                   "passes when |a - b| <= ABS + REL * |b|; default: a few "
                   "units in the last place for f16/bf16, 1e-5:1e-5 for f32, "
                   "exact for integers)"),
    llvm::cl::value_desc("abs:rel"), llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<std::string> pipelineName(
    "pipeline",
    llvm::cl::desc("Lowering pipeline: reference, cpu, gpu-schedule, a "
                   "registered pipeline or a textual pass pipeline (default: "
                   "the fastest CPU pipeline registered)"),
    llvm::cl::value_desc("name"), llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<uint64_t>
    seed("seed",
         llvm::cl::desc("Seed of the random inputs of --random, --bench and "
                        "--bench-suite (default 1)"),
         llvm::cl::init(1), llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<unsigned>
    optLevel("opt-level",
             llvm::cl::desc("LLVM optimization level of the JIT, 0 to 3 "
                            "(default 2)"),
             llvm::cl::init(2), llvm::cl::cat(gqaRunCategory));

llvm::cl::list<std::string> sharedLibs(
    "shared-libs",
    llvm::cl::desc("Shared libraries the JIT-compiled code may call into "
                   "(e.g. libomp.so), comma separated"),
    llvm::cl::CommaSeparated, llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<bool> noDefaultLibs(
    "no-default-libs",
    llvm::cl::desc("Do not load the runtime libraries gqa-run loads by "
                   "default (MLIR's C runner utilities, the OpenMP runtime)"),
    llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<bool> printInputIR(
    "print-input-ir",
    llvm::cl::desc("Print each module before lowering (to stdout)"),
    llvm::cl::cat(gqaRunCategory));

llvm::cl::opt<bool> printLoweredIR(
    "print-lowered-ir",
    llvm::cl::desc("Print each module after lowering (to stdout)"),
    llvm::cl::cat(gqaRunCategory));

constexpr llvm::StringLiteral kThreadsDescription =
    "Threads of --bench/--bench-suite: OMP_NUM_THREADS and "
    "gqa-cpu-pipeline's num-threads (default: every core)";

} // namespace

/// The option `--threads`. libLLVM 22 already registers a `cl::opt<int>`
/// named `threads` (general category, no description), and a second option
/// of that name aborts at startup; so gqa-run adopts the library's option,
/// giving it a description and gqa-run's category, and creates its own only
/// when the library has none. Returns null when the name is taken by an
/// option of another type.
static llvm::cl::opt<int> *getThreadsOption() {
  static std::unique_ptr<llvm::cl::opt<int>> own;
  auto &options = llvm::cl::getRegisteredOptions();
  auto it = options.find("threads");
  if (it == options.end()) {
    own = std::make_unique<llvm::cl::opt<int>>(
        "threads", llvm::cl::desc(kThreadsDescription), llvm::cl::init(0),
        llvm::cl::cat(gqaRunCategory));
    return own.get();
  }
  auto *existing = dynamic_cast<llvm::cl::opt<int> *>(it->second);
  if (!existing)
    return nullptr;
  existing->setDescription(kThreadsDescription);
  existing->setValueStr("n");
  existing->addCategory(gqaRunCategory);
  return existing;
}

/// Registers every pass and pipeline `--pipeline` may name: upstream's and
/// the project's.
static void registerPipelines() {
  mlir::registerAllPasses();
  mlir::gqa::registerAllPasses();
}

/// `--entry`, `--vs`, `--dim`, `--int-range` and `--tolerance` go with
/// `--mlir`, which needs the first two.
static LogicalResult checkMlirModeFlags() {
  bool anyMlirFlag = entryName.getNumOccurrences() ||
                     vsPipeline.getNumOccurrences() ||
                     dimSizes.getNumOccurrences() ||
                     intRange.getNumOccurrences() ||
                     mlirTolerance.getNumOccurrences();
  if (mlirPath.empty()) {
    if (!anyMlirFlag)
      return success();
    reportError("--entry, --vs, --dim, --int-range and --tolerance only apply "
                "to --mlir");
    return failure();
  }
  if (entryName.empty() || vsPipeline.empty()) {
    reportError("--mlir needs --entry FN and --vs PIPELINE");
    return failure();
  }
  return success();
}

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  registerPipelines();
  registerPassManagerCLOptions();
  registerAsmPrinterCLOptions();
  registerMLIRContextCLOptions();

  llvm::cl::opt<int> *benchThreads = getThreadsOption();
  if (!benchThreads) {
    reportError("this LLVM registers an option 'threads' of another type; "
                "gqa-run cannot offer --threads");
    return kExitError;
  }
  llvm::cl::HideUnrelatedOptions(gqaRunCategory);
  if (!llvm::cl::ParseCommandLineOptions(
          argc, argv,
          "gqa-run: JIT-compile gqa.attention problems and check them\n",
          &llvm::errs()))
    return kExitError;

  bool isBench = !benchSpec.empty() || !benchSuite.empty();
  if (int(!casePath.empty()) + int(!randomSpec.empty()) +
          int(!benchSpec.empty()) + int(!benchSuite.empty()) +
          int(!mlirPath.empty()) !=
      1) {
    reportError("give exactly one of --case PATH, --random SPEC, --bench "
                "SPEC, --bench-suite NAME and --mlir FILE");
    return kExitError;
  }
  if (!isBench &&
      (benchThreads->getNumOccurrences() || benchRepeats.getNumOccurrences() ||
       benchJson.getNumOccurrences())) {
    reportError("--threads, --bench-repeats and --json only apply to --bench "
                "and --bench-suite");
    return kExitError;
  }
  if (*benchThreads < 0) {
    reportError("--threads must be 0 (every core) or positive");
    return kExitError;
  }
  if (benchRepeats == 0) {
    reportError("--bench-repeats must be at least 1");
    return kExitError;
  }
  if (optLevel > 3) {
    reportError("--opt-level must be 0, 1, 2 or 3");
    return kExitError;
  }
  if (seed.getNumOccurrences() && randomSpec.empty() && !isBench &&
      mlirPath.empty()) {
    reportError("--seed only applies to --random, --bench, --bench-suite and "
                "--mlir");
    return kExitError;
  }
  if (failed(checkMlirModeFlags()))
    return kExitError;

  llvm::Expected<PipelineChoice> pipeline = resolvePipeline(pipelineName);
  if (!pipeline) {
    reportError(llvm::toString(pipeline.takeError()));
    return kExitError;
  }

  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
  gqa::onnx::registerImportDialects(registry);
  gqa::registerAllGQADialects(registry);
  gqa::registerReferencePipelineDependencies(registry);

  RunConfig config;
  config.pipeline = *pipeline;
  config.jit.optLevel = optLevel;
  if (!noDefaultLibs) {
    config.jit.sharedLibraries.push_back(GQA_RUN_C_RUNNER_UTILS);
#ifdef GQA_RUN_OPENMP_RUNTIME
    config.jit.sharedLibraries.push_back(GQA_RUN_OPENMP_RUNTIME);
#endif
    // After libomp, so that oneDNN's OpenMP calls bind to it.
    config.jit.sharedLibraries.push_back(mlir::gqa::getRuntimeLibraryPath());
  }
  config.jit.sharedLibraries.append(sharedLibs.begin(), sharedLibs.end());
  for (const std::string &library : config.jit.sharedLibraries) {
    if (!llvm::sys::fs::exists(library)) {
      reportError("shared library '" + library + "' does not exist");
      return kExitError;
    }
  }
  config.jit.printInputIR = printInputIR;
  config.jit.printLoweredIR = printLoweredIR;
  config.registry = &registry;

  if (!casePath.empty())
    return runCaseMode(casePath, config);
  if (isBench) {
    BenchOptions benchOptions;
    benchOptions.threads = static_cast<unsigned>(int(*benchThreads));
    // The suite's rows are short: more samples steady their medians.
    benchOptions.samples = benchRepeats.getNumOccurrences() ? benchRepeats
                           : benchSpec.empty()              ? 15
                                                            : 7;
    benchOptions.json = benchJson;
    benchOptions.seed = seed;
    if (!benchSpec.empty())
      return runBenchMode(benchSpec, benchOptions, config);
    return runBenchSuite(benchSuite, benchOptions, config);
  }
  if (!mlirPath.empty()) {
    MlirModeOptions options;
    options.path = mlirPath;
    options.entry = entryName;
    options.vs = vsPipeline;
    options.dims.assign(dimSizes.begin(), dimSizes.end());
    options.intRange = intRange;
    options.tolerance = mlirTolerance;
    options.seed = seed;
    return runMlirMode(options, config);
  }
  return runRandomMode(randomSpec, seed, config);
}
