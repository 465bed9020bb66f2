//===- GpuSchedulePipeline.cpp - The GPU schedule, run on the CPU ---------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `gqa-gpu-schedule-pipeline`: the block-level schedule `gqa-gpu-pipeline`
// maps onto the GPU (same tiles, same workgroup staging, same phases, same
// split and combine), run on the CPU with every block and every thread of a
// phase a sequential loop iteration, so that its numerics can be checked
// against the reference on any machine. It counts the bytes of K and V the
// blocks read in `@gqa_kv_bytes_read`.
//
//===----------------------------------------------------------------------===//

#include "gqa/Pipelines/Passes.h"

#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::gqa;

void mlir::gqa::buildGpuSchedulePipeline(
    OpPassManager &pm, const GpuSchedulePipelineOptions &options) {
  addEntryArgumentMarks(pm, /*updateInPlace=*/false);
  addImportLowering(pm);
  if (options.entryStatus)
    addEntryChecks(pm);

  // gqa -> packed gqa -> the block-level schedule on memrefs.
  GQATileGpuPassOptions tileOptions = options.getTileGpuOptions();
  tileOptions.countKvBytes = options.countKvBytes;
  addGpuScheduleTiling(pm, tileOptions);
  pm.addPass(createGQAEmitCInterfacePass());
  addBufferizationForEntryPoints(pm, options.entryStatus);

  // Blocks and threads -> sequential loops; each phase loop runs to its end
  // before the next, which is what the barriers after the phases give on
  // the GPU. The workgroup and per-thread buffers move out of the loops
  // (every block initializes them before reading them).
  pm.addPass(createForallToForLoopPass());
  pm.addNestedPass<func::FuncOp>(
      bufferization::createBufferLoopHoistingPass());
  addLoopsToLLVMLowering(pm);
}

void mlir::gqa::registerGpuSchedulePipeline() {
  PassPipelineRegistration<GpuSchedulePipelineOptions>(
      "gqa-gpu-schedule-pipeline",
      "Run the block-level GPU schedule of gqa.attention on the CPU: pack, "
      "gqa-tile-gpu, bufferize, blocks and threads as sequential "
      "loops, lower to the LLVM dialect like the reference pipeline, with a "
      "run-time count of the K/V bytes read",
      buildGpuSchedulePipeline);
}
