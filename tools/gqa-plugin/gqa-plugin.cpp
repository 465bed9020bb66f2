//===- gqa-plugin.cpp - The gqa dialect and passes as an MLIR plugin ------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `libGQAPlugin.so` lets an upstream `mlir-opt` that links `libMLIR.so` parse
// the `gqa` dialect and run the project's passes and pipelines:
//
//   mlir-opt --load-dialect-plugin=libGQAPlugin.so \
//            --load-pass-plugin=libGQAPlugin.so \
//            --pass-pipeline='builtin.module(gqa-reference-pipeline)' in.mlir
//
// The plugin registers what gqa-opt registers on top of upstream's dialects,
// passes and extensions, except the test-only passes. It links libMLIR.so
// like the rest of the project, so it shares mlir-opt's registries instead of
// carrying a second copy of them.
//
//===----------------------------------------------------------------------===//

#include "gqa/InitAllDialects.h"
#include "gqa/InitAllPasses.h"
#include "gqa/Pipelines/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Compiler.h"

using namespace mlir;

/// Registers the project's passes and pipelines once, however many times the
/// plugin is loaded (mlir-opt takes it once as a dialect plugin and once as a
/// pass plugin).
static void registerGQAPassesOnce() {
  static bool once = [] {
    gqa::registerAllPasses();
    return true;
  }();
  (void)once;
}

/// Entry point of `--load-dialect-plugin`: the `gqa` dialect, the external
/// models the GPU pipeline needs, and the passes, so that a dialect plugin
/// alone is enough for `--pass-pipeline=...`.
extern "C" LLVM_ATTRIBUTE_WEAK DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "GQA", LLVM_VERSION_STRING,
          [](DialectRegistry *registry) {
            gqa::registerAllGQADialects(*registry);
            gqa::registerGpuPipelineDependencies(*registry);
            registerGQAPassesOnce();
          }};
}

/// Entry point of `--load-pass-plugin`: the passes and pipelines.
extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "GQAPasses", LLVM_VERSION_STRING,
          []() { registerGQAPassesOnce(); }};
}
