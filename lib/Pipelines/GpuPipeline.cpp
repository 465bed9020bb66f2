//===- GpuPipeline.cpp - gqa to PTX for NVIDIA GPUs -----------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `gqa-gpu-pipeline{chip=sm_80|sm_90}`: query-group packing, the
// block-level schedule of `gqa-tile{target=gpu}`, bufferization, the
// schedule mapped onto `gpu.launch`, then upstream's NVVM pipeline down to
// host LLVM code and a `gpu.binary` holding PTX, with the PTX features the
// chip needs.
//
//===----------------------------------------------------------------------===//

#include "gqa/Pipelines/Passes.h"

#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Transforms/Passes.h"

#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Dialect/GPU/Pipelines/Passes.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Target/LLVM/NVVM/Target.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/GPU/GPUToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/NVVM/NVVMToLLVMIRTranslation.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::gqa;

FailureOr<StringRef> mlir::gqa::getPtxFeatures(StringRef chip) {
  // PTX ISA 8.0 (CUDA 12.0) covers both sm_80 and sm_90.
  if (chip == "sm_80" || chip == "sm_90")
    return StringRef("+ptx80");
  return failure();
}

void mlir::gqa::addGpuScheduleTiling(OpPassManager &pm,
                                     const GpuScheduleSettings &settings) {
  // Query groups are packed in place by the tiling (no copy of the query
  // or the result on the host).
  GQATilePassOptions tileOptions;
  tileOptions.target = "gpu";
  tileOptions.groupQueryHeads = settings.pack;
  tileOptions.rowTile = settings.rowTile;
  tileOptions.kvTile = settings.kvTile;
  tileOptions.kvSplits = settings.kvSplits;
  tileOptions.sharedMemoryBytes = settings.sharedMemoryBytes;
  tileOptions.multiprocessors = settings.multiprocessors;
  tileOptions.countKvBytes = settings.countKvBytes;
  pm.addPass(createGQATilePass(tileOptions));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

void mlir::gqa::buildGpuKernelsPipeline(OpPassManager &pm,
                                        const GpuPipelineOptions &options) {
  // gqa -> packed gqa -> the block-level schedule on memrefs.
  addGpuScheduleTiling(pm, options.getScheduleSettings());
  addBufferizationForEntryPoints(pm, /*entryStatus=*/false);

  // The schedule -> gpu.launch; exp, log and tanh as inline polynomials,
  // floor and abs as arith ops, fma as the LLVM intrinsic that NVPTX selects
  // directly: no libdevice call remains.
  pm.addPass(createGQAGpuScheduleToLaunchPass());
  GQAApproximateMathPassOptions mathOptions;
  mathOptions.noLibraryCalls = true;
  pm.addPass(createGQAApproximateMathPass(mathOptions));
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());

  // Kernels that take only the buffers (and dynamic sizes): constants and
  // index computations move into the launches before outlining.
  pm.addPass(createGpuLaunchSinkIndexComputationsPass());
  pm.addPass(createGpuKernelOutliningPass());

  // Room for two blocks of each kernel per multiprocessor, rather than the
  // occupancy ptxas would aim for (and spill for).
  pm.addNestedPass<gpu::GPUModuleOp>(createGQAGpuRegisterBudgetPass());
}

void mlir::gqa::buildGpuKernelsToPtxPipeline(
    OpPassManager &pm, const GpuPipelineOptions &options) {
  GQAVerifyGpuBinaryPassOptions verifyOptions;
  verifyOptions.chip = options.chip;
  FailureOr<StringRef> features = getPtxFeatures(options.chip);
  if (failed(features)) {
    pm.addPass(createGQAVerifyGpuBinaryPass(verifyOptions));
    return;
  }
  gpu::GPUToNVVMPipelineOptions nvvmOptions;
  nvvmOptions.cubinChip = options.chip;
  nvvmOptions.cubinFeatures = features->str();
  nvvmOptions.cubinFormat = "isa";
  nvvmOptions.optLevel = options.optLevel;
  gpu::buildLowerToNVVMPassPipeline(pm, nvvmOptions);
  pm.addPass(createGQAVerifyGpuBinaryPass(verifyOptions));
}

void mlir::gqa::buildGpuPipeline(OpPassManager &pm,
                                 const GpuPipelineOptions &options) {
  if (failed(getPtxFeatures(options.chip))) {
    // Reported by gqa-verify-gpu-binary before anything is rewritten.
    buildGpuKernelsToPtxPipeline(pm, options);
    return;
  }
  buildGpuKernelsPipeline(pm, options);
  buildGpuKernelsToPtxPipeline(pm, options);
}

void mlir::gqa::registerGpuPipeline() {
  PassPipelineRegistration<GpuPipelineOptions>(
      "gqa-gpu-pipeline",
      "Lower gqa.attention through query-group packing and the block-level "
      "GPU schedule to gpu.launch, NVVM and PTX for sm_80 or sm_90 (host "
      "code in the LLVM dialect, kernels in a gpu.binary), and check the "
      "result",
      buildGpuPipeline);
}

void mlir::gqa::registerGpuPipelineDependencies(DialectRegistry &registry) {
  NVVM::registerNVVMTargetInterfaceExternalModels(registry);
  registerBuiltinDialectTranslation(registry);
  registerGPUDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
  registerNVVMDialectTranslation(registry);
}
