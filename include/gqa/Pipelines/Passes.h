//===- Passes.h - GQA pipelines ---------------------------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The project's pass pipelines, as C++ functions with an options struct and a
// registration, so that `gqa-opt --<pipeline>` reproduces what any tool runs.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_PIPELINES_PASSES_H
#define GQA_PIPELINES_PASSES_H

#include "mlir/Pass/PassOptions.h"

namespace mlir {
class DialectRegistry;
class OpPassManager;

namespace gqa {

/// Options of `gqa-reference-pipeline`.
struct ReferencePipelineOptions
    : public PassPipelineOptions<ReferencePipelineOptions> {
  PassOptions::Option<bool> emitCInterface{
      *this, "emit-c-interface",
      llvm::cl::desc("Give every public function a `_mlir_ciface_<name>` "
                     "entry point taking pointers to memref descriptors"),
      llvm::cl::init(true)};
};

/// Adds `gqa-reference-pipeline` to `pm`, which must run on a
/// `builtin.module`: lowers `gqa.attention` with `convert-gqa-to-linalg`,
/// bufferizes (function arguments become identity-layout memrefs and tensor
/// results become trailing out-parameters the caller allocates; the callee
/// frees everything it allocates), lowers to loops, lowers math ops to libm
/// calls and bf16 conversions to integer arithmetic, converts everything to
/// the LLVM dialect and ends with `gqa-verify-llvm-contract`.
void buildReferencePipeline(OpPassManager &pm,
                            const ReferencePipelineOptions &options);

/// Registers `gqa-reference-pipeline`.
void registerReferencePipeline();

/// Adds to `registry` the dialects and external interface models that
/// `gqa-reference-pipeline` needs beyond the passes' dependent dialects (the
/// bufferization models of the func, arith, linalg and tensor ops). A tool
/// that does not call `mlir::registerAllExtensions` must call this on the
/// registry of its context before running the pipeline.
void registerReferencePipelineDependencies(DialectRegistry &registry);

} // namespace gqa
} // namespace mlir

#endif // GQA_PIPELINES_PASSES_H
