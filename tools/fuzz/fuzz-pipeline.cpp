//===- fuzz-pipeline.cpp - Fuzz the pipelines on generated attention ------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The input drives AttentionGenerator: it becomes a function of one or two
// gqa.attention ops and a pipeline with options (reference, cpu,
// gpu-schedule, or gpu to PTX). The promise checked:
//   - text the generator writes either parses and verifies, or fails with an
//     error;
//   - a pipeline on verified IR, with the verifier after every pass, either
//     succeeds or emits an error; it never fails silently;
//   - the CPU pipelines' output translates to LLVM IR.
// libFuzzer and the sanitizers catch the crashes and bad memory accesses.
//
//===----------------------------------------------------------------------===//

#include "AttentionGenerator.h"
#include "FuzzSupport.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace mlir;
using namespace mlir::gqa::fuzz;

namespace {

/// How far the inputs got, printed at exit with GQA_FUZZ_STATS=1 (the
/// figures of docs/fuzzing.md).
struct Stats {
  uint64_t inputs = 0, rejected = 0, badPipeline = 0, failed = 0, compiled = 0;
} stats;

void printStats() {
  llvm::errs() << "gqa-fuzz-pipeline: " << stats.inputs << " inputs, "
               << stats.rejected << " rejected by the parser or verifier, "
               << stats.badPipeline << " with pipeline options refused, "
               << stats.failed << " failed with an error in a pass, "
               << stats.compiled << " compiled\n";
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  registerFuzzPasses();
  if (std::getenv("GQA_FUZZ_STATS"))
    std::atexit(printStats);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FuzzedDataProvider provider(data, size);
  GeneratedPipeline pipeline = generatePipeline(provider);
  std::string source = generateAttentionModule(provider);
  std::string input = pipeline.text + "\n" + source;
  // GQA_FUZZ_PRINT=1 shows what an input stands for (to reproduce a crash
  // with gqa-opt).
  if (std::getenv("GQA_FUZZ_PRINT"))
    llvm::errs() << "// pipeline: " << pipeline.text << "\n" << source;

  ++stats.inputs;
  std::unique_ptr<MLIRContext> context = createFuzzContext();
  ErrorCounter errors(context.get());
  OwningOpRef<ModuleOp> module =
      parseModule(source, context.get());
  if (!module) {
    if (errors.getNumErrors() == 0)
      reportDefect("the parser or verifier failed without an error", input);
    ++stats.rejected;
    return 0;
  }

  PassManager pm(context.get());
  pm.enableVerifier(true);
  std::string pipelineError;
  llvm::raw_string_ostream errorStream(pipelineError);
  if (failed(parsePassPipeline(pipeline.text, pm, errorStream))) {
    if (pipelineError.empty())
      reportDefect("a pipeline failed to parse without an error", input);
    ++stats.badPipeline;
    return 0;
  }
  if (failed(pm.run(*module))) {
    if (errors.getNumErrors() == 0)
      reportDefect("the pipeline failed without an error", input);
    ++stats.failed;
    return 0;
  }
  ++stats.compiled;
  if (pipeline.kind == PipelineKind::Gpu)
    return 0;
  llvm::LLVMContext llvmContext;
  if (!translateModuleToLLVMIR(*module, llvmContext))
    reportDefect("the pipeline's output does not translate to LLVM IR", input);
  return 0;
}
