//===- CpuPipeline.cpp - gqa to LLVM through the fast CPU path ------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `gqa-cpu-pipeline`: query-group packing, flash-attention tiling with vector
// code, OpenMP threads over the tiles' scf.forall, and the lowering of it all
// to an LLVM dialect module with the same calling convention as
// `gqa-reference-pipeline` (identity-layout memref arguments, results as
// trailing out-parameters, C interfaces).
//
//===----------------------------------------------------------------------===//

#include "gqa/Pipelines/Passes.h"

#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Transforms/Passes.h"
#include "gqa/Transforms/Transforms.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Conversion/VectorToSCF/VectorToSCF.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::gqa;

void mlir::gqa::buildCpuPipeline(OpPassManager &pm,
                                 const CpuPipelineOptions &options) {
  GQASetTargetCPUPassOptions cpuOptions;
  cpuOptions.cpu = options.targetCpu;

  // The vector width follows from the target CPU. For a CPU LLVM does not
  // know, the pipeline is only gqa-set-target-cpu, which reports it before
  // anything is rewritten.
  std::string error;
  FailureOr<int64_t> vectorBits = getTargetVectorBits(options.targetCpu, error);
  if (failed(vectorBits)) {
    pm.addPass(createGQASetTargetCPUPass(cpuOptions));
    return;
  }

  // Entry arguments read-only, or updated in place; torch-mlir's tm_tensor
  // ops -> loops on tensors.
  addEntryArgumentMarks(pm, options.updateInPlace);
  addImportLowering(pm);

  // With entry-status, record on tensors which entry dimensions must agree
  // and move the assertions into a check run before the body.
  if (options.entryStatus)
    addEntryChecks(pm);

  // Contractions read their weights in place, not through a transposed
  // copy, so the library sees the layout they are stored in.
  if (options.contractionLibrary)
    pm.addNestedPass<func::FuncOp>(createGQAFoldContractionTransposesPass());

  // Elementwise chains -> one op each (one pass over memory), before the
  // kernels are outlined.
  if (options.fuseElementwise)
    pm.addNestedPass<func::FuncOp>(createGQAFuseElementwisePass());

  // bf16 bodies in f32, rounded where their values leave them.
  if (options.bf16ExcessPrecision)
    pm.addNestedPass<func::FuncOp>(createGQABf16ExcessPrecisionPass());

  // Each distinct kernel (linalg op, attention) once, as a private function
  // the layers call.
  if (options.outlineKernels)
    pm.addPass(createGQAOutlineKernelsPass());

  // bf16 prefill attention -> AMX tiles in libgqa_runtime, where the
  // target has them.
  if (options.amx && targetHasFeature(options.targetCpu, "amx-bf16")) {
    GQAAttentionToLibraryPassOptions amxOptions;
    amxOptions.explain = options.explain;
    pm.addPass(createGQAAttentionToLibraryPass(amxOptions));
  }

  // gqa -> packed gqa -> tiled loops with vector code, on tensors.
  if (options.pack)
    pm.addPass(createGQAPackQueryGroupsPass());
  GQATileCpuPassOptions tileOptions;
  tileOptions.rowTile = options.rowTile;
  tileOptions.kvTile = options.kvTile;
  tileOptions.kvSplits = options.kvSplits;
  tileOptions.numThreads = options.numThreads;
  tileOptions.keyLayout = options.keyLayout;
  tileOptions.prefetchKeys = options.prefetchKeys;
  tileOptions.vectorBits = *vectorBits;
  pm.addPass(createGQATileCpuPass(tileOptions));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createGQAEmitCInterfacePass());

  // Tensors -> memrefs, with the reference pipeline's calling convention.
  addBufferizationForEntryPoints(pm, options.entryStatus);

  // Matrix products -> calls of libgqa_runtime (oneDNN).
  if (options.contractionLibrary) {
    GQAContractionsToLibraryPassOptions libraryOptions;
    libraryOptions.explain = options.explain;
    pm.addPass(createGQAContractionsToLibraryPass(libraryOptions));
  }

  // Leftover linalg (the packing's layout copies, the key transposition,
  // bufferization's copies, elementwise ops) -> parallel loops over the
  // outer dimensions with a vectorizable inner loop, so they run on every
  // thread too; the tiles'
  // scf.forall -> scf.parallel -> OpenMP; 2-D transfers -> 1-D ones.
  pm.addNestedPass<func::FuncOp>(createGQACopiesToLinalgPass());
  pm.addNestedPass<func::FuncOp>(createGQAReductionsToLoopsPass());
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToParallelLoopsPass());
  pm.addNestedPass<func::FuncOp>(createGQASplitParallelLoopsPass());
  // A softmax's or a norm's loops over the same rows -> one loop: each row
  // read from memory once.
  if (options.fuseElementwise)
    pm.addNestedPass<func::FuncOp>(createGQAFuseRowLoopsPass());
  // The elementwise and copy loops' streams, prefetched ahead: one core
  // then overlaps their arithmetic with their reads.
  if (options.prefetchStreams)
    pm.addNestedPass<func::FuncOp>(createGQAPrefetchStreamsPass());
  pm.addPass(createForallToParallelLoopPass());
  pm.addPass(createConvertVectorToSCFPass(
      VectorTransferToSCFOptions().enableFullUnroll()));
  ConvertSCFToOpenMPPassOptions openMPOptions;
  openMPOptions.numThreads = options.numThreads;
  pm.addPass(createConvertSCFToOpenMPPass(openMPOptions));
  pm.addPass(createCanonicalizerPass());

  // fpowi and rsqrt expand (addMathExpansion); exp/log/tanh stay in vector
  // registers; bf16 conversions become integer arithmetic, and on targets
  // without AVX512-BF16 bf16 arithmetic runs in f32 between them (LLVM's
  // promotion would call __truncsfbf2). The integer conversions vectorize
  // better than native ones here: docs/elementwise.md.
  addMathExpansion(pm);
  pm.addPass(createGQAApproximateMathPass());
  // The float min/max stay whole: LLVM vectorizes their reductions (a
  // softmax's max over a row), not the selects arith-expand makes of them.
  addBranchesAndBf16Expansion(
      pm, /*emulateBf16Arithmetic=*/!targetHasFeature(options.targetCpu,
                                                       "avx512bf16"),
      /*keepFloatMinMax=*/true);

  // Everything -> LLVM.
  // Temporaries come from libgqa_runtime's allocator, which keeps freed
  // blocks for the next call (runtime/AllocatorRuntime.cpp).
  addConversionToLLVM(pm, /*vector=*/true, /*openMP=*/true,
                      options.runtimeAllocator);
  pm.addPass(createCanonicalizerPass());

  pm.addPass(createGQASetTargetCPUPass(cpuOptions));

  // The backend contract: only llvm.* ops, and the omp.* ops of the
  // parallel loops, remain.
  GQAVerifyLLVMContractPassOptions contractOptions;
  contractOptions.allowOpenMP = true;
  pm.addPass(createGQAVerifyLLVMContractPass(contractOptions));
}

void mlir::gqa::registerCpuPipeline() {
  PassPipelineRegistration<CpuPipelineOptions>(
      "gqa-cpu-pipeline",
      "Lower gqa.attention through query-group packing, flash-attention "
      "tiling with vector code and OpenMP threads to the LLVM dialect, with "
      "out-parameter results and C interfaces, and check that only LLVM ops "
      "remain",
      buildCpuPipeline);
}
