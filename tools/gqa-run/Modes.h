//===- Modes.h - The modes of gqa-run ---------------------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `--case` runs ONNX conformance cases; `--random` runs a seeded random
// problem against the independent reference. Both print one PASS/FAIL line
// per problem and a last line `N passed, M failed`. `--bench` and
// `--bench-suite` are benchmarks: they time problems and compare them with
// machine probes, and check nothing but that the runs succeed. `--mlir`
// runs one function of an MLIR file through two pipelines and compares the
// results.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_RUN_MODES_H
#define GQA_TOOLS_GQA_RUN_MODES_H

#include "JitFunction.h"
#include "Pipeline.h"

#include "mlir/IR/DialectRegistry.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace mlir::gqa::run {

/// The exit codes of gqa-run.
enum ExitCode : int {
  /// Everything ran and passed.
  kExitPassed = 0,
  /// Something ran and did not pass (wrong values, or the pipeline or the
  /// JIT failed on it).
  kExitFailed = 1,
  /// Bad usage or input: malformed or unsupported case, bad spec, unknown
  /// pipeline, no case found.
  kExitError = 2,
};

/// What every mode needs.
struct RunConfig {
  PipelineChoice pipeline;
  JitOptions jit;
  /// The dialects (and LLVM IR translations) of every context created.
  const DialectRegistry *registry = nullptr;
};

/// `gqa-run --case PATH`: runs every case at or below `path`.
int runCaseMode(llvm::StringRef path, const RunConfig &config);

/// `gqa-run --random SPEC`: runs one random problem.
int runRandomMode(llvm::StringRef spec, uint64_t seed, const RunConfig &config);

/// What `--bench` and `--bench-suite` measure with.
struct BenchOptions {
  /// OpenMP threads of the kernels and the probes (0: every core).
  unsigned threads = 0;
  /// Timed samples per measurement (the median is reported).
  unsigned samples = 7;
  /// Also print the results as one JSON object, the last line of stdout.
  bool json = false;
  /// Seed of the random inputs.
  uint64_t seed = 1;
};

/// `gqa-run --bench SPEC`: times one problem (BenchMode.cpp).
int runBenchMode(llvm::StringRef spec, const BenchOptions &options,
                 const RunConfig &config);

/// `gqa-run --bench-suite NAME`: times the suite `NAME` (`standard`).
int runBenchSuite(llvm::StringRef name, const BenchOptions &options,
                  const RunConfig &config);

/// What `--mlir` compares.
struct MlirModeOptions {
  /// The MLIR file and the function in it to run.
  std::string path;
  std::string entry;
  /// Side B's pipeline (side A's is `RunConfig::pipeline`).
  std::string vs;
  /// `ARG:DIM=SIZE` sizes of the dynamic argument dimensions.
  llvm::SmallVector<std::string> dims;
  /// `LO:HI`, the range of random integer arguments.
  std::string intRange = "0:7";
  /// `ABS:REL`, the tolerance of the comparison; empty for the default of
  /// each element type.
  std::string tolerance;
  /// Seed of the random arguments.
  uint64_t seed = 1;
};

/// `gqa-run --mlir FILE --entry FN --pipeline A --vs B`: runs one function
/// through two pipelines on the same random arguments and compares every
/// result (MlirMode.cpp).
int runMlirMode(const MlirModeOptions &options, const RunConfig &config);

/// Prints `gqa-run: error: <message>` to stderr (after flushing stdout).
void reportError(const llvm::Twine &message);

} // namespace mlir::gqa::run

#endif // GQA_TOOLS_GQA_RUN_MODES_H
