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
  PassOptions::Option<bool> entryStatus{
      *this, "entry-status",
      llvm::cl::desc("Public functions return an i32 status: they first "
                     "check the sizes of their memref arguments against each "
                     "other and their static sizes, and return 1 without "
                     "touching memory on a mismatch (gqa-annotate-entry-dims, "
                     "gqa-entry-status)"),
      llvm::cl::init(false)};
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

/// Options of `gqa-cpu-pipeline`.
struct CpuPipelineOptions : public PassPipelineOptions<CpuPipelineOptions> {
  PassOptions::Option<std::string> targetCpu{
      *this, "target-cpu",
      llvm::cl::desc("Target CPU: native (this machine), znver5, "
                     "x86-64-v3, skylake-avx512, ... (sets the vector width "
                     "of the tiles and the CPU of code generation)"),
      llvm::cl::init("native")};
  PassOptions::Option<bool> pack{
      *this, "pack",
      llvm::cl::desc("Pack the query heads of each group into one tile "
                     "(gqa-pack-query-groups), so K/V is read once per group"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> rowTile{
      *this, "row-tile",
      llvm::cl::desc("Packed query rows per tile (0: cost model)"),
      llvm::cl::init(0)};
  PassOptions::Option<int64_t> kvTile{
      *this, "kv-tile", llvm::cl::desc("Keys per KV block (0: cost model)"),
      llvm::cl::init(0)};
  PassOptions::Option<int64_t> kvSplits{
      *this, "kv-splits",
      llvm::cl::desc("KV splits per work item (0: cost model, 1: none)"),
      llvm::cl::init(0)};
  PassOptions::Option<std::string> keyLayout{
      *this, "key-layout",
      llvm::cl::desc("How tiles read the keys: auto (cost model), rows, or "
                     "transposed (see gqa-tile)"),
      llvm::cl::init("auto")};
  PassOptions::Option<int64_t> numThreads{
      *this, "num-threads",
      llvm::cl::desc("Threads of the parallel loops (0: all cores; the cost "
                     "model sizes the KV split for them)"),
      llvm::cl::init(0)};
  PassOptions::Option<bool> entryStatus{
      *this, "entry-status",
      llvm::cl::desc("Public functions return an i32 status: they first "
                     "check the sizes of their memref arguments against each "
                     "other and their static sizes, and return 1 without "
                     "touching memory on a mismatch (gqa-annotate-entry-dims, "
                     "gqa-entry-status)"),
      llvm::cl::init(false)};
};

/// Adds `gqa-cpu-pipeline` to `pm`, which must run on a `builtin.module`:
/// packs query groups (unless `pack=false`), tiles every attention with
/// `gqa-tile`, bufferizes with the calling convention of
/// `gqa-reference-pipeline`, maps the tiles' `scf.forall` to OpenMP,
/// approximates math functions inline, converts everything to the LLVM
/// dialect, sets the target CPU and ends with `gqa-verify-llvm-contract`.
/// The JIT-compiled code calls the OpenMP runtime (`libomp.so`).
void buildCpuPipeline(OpPassManager &pm, const CpuPipelineOptions &options);

/// Registers `gqa-cpu-pipeline`.
void registerCpuPipeline();

/// Options of `gqa-import-tosa-pipeline`.
struct ImportTosaPipelineOptions
    : public PassPipelineOptions<ImportTosaPipelineOptions> {
  PassOptions::Option<bool> explain{
      *this, "explain",
      llvm::cl::desc("Emit a remark at every attention candidate that "
                     "gqa-raise-attention does not raise"),
      llvm::cl::init(false)};
};

/// Adds `gqa-import-tosa-pipeline` to `pm`, which must run on a
/// `builtin.module`: lowers TOSA to linalg-on-tensors with upstream's
/// TOSA-to-linalg pipeline (then `tosa-to-arith` and `tosa-to-tensor` for
/// constants and reshapes), canonicalizes the reshapes, then raises every
/// attention to `gqa.attention` with `gqa-raise-attention`.
void buildImportTosaPipeline(OpPassManager &pm,
                             const ImportTosaPipelineOptions &options);

/// Registers `gqa-import-tosa-pipeline`.
void registerImportTosaPipeline();

} // namespace gqa
} // namespace mlir

#endif // GQA_PIPELINES_PASSES_H
