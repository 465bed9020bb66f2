//===- GpuPipeline.cpp - gqa to PTX for NVIDIA GPUs -----------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `gqa-gpu-pipeline{chip=sm_80|sm_90|sm_90a}`: query-group packing, the
// block-level schedule of `gqa-tile-gpu`, bufferization, the
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

void mlir::gqa::buildGpuKernelsPipeline(OpPassManager &pm,
                                        const GpuPipelineOptions &options) {
  addEntryArgumentMarks(pm, /*updateInPlace=*/false);
  addImportLowering(pm);

  // gqa -> packed gqa -> the block-level schedule on memrefs.
  addGpuScheduleTiling(pm, options.getTileGpuOptions());
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
  GQAGpuRegisterBudgetPassOptions budgetOptions;
  budgetOptions.chip = options.chip;
  pm.addNestedPass<gpu::GPUModuleOp>(
      createGQAGpuRegisterBudgetPass(budgetOptions));
}

void mlir::gqa::buildGpuKernelsToPtxPipeline(
    OpPassManager &pm, const GpuPipelineOptions &options) {
  const GpuTargetInfo &target = getGpuTargetInfo(options.chip);
  gpu::GPUToNVVMPipelineOptions nvvmOptions;
  nvvmOptions.cubinChip = target.name.str();
  nvvmOptions.cubinFeatures = target.ptxFeatures.str();
  nvvmOptions.cubinFormat = "isa";
  nvvmOptions.optLevel = options.optLevel;
  gpu::buildLowerToNVVMPassPipeline(pm, nvvmOptions);
  GQAVerifyGpuBinaryPassOptions verifyOptions;
  verifyOptions.chip = options.chip;
  pm.addPass(createGQAVerifyGpuBinaryPass(verifyOptions));
}

void mlir::gqa::buildGpuPipeline(OpPassManager &pm,
                                 const GpuPipelineOptions &options) {
  buildGpuKernelsPipeline(pm, options);
  buildGpuKernelsToPtxPipeline(pm, options);
}

void mlir::gqa::registerGpuPipeline() {
  PassPipelineRegistration<GpuPipelineOptions>(
      "gqa-gpu-pipeline",
      "Lower gqa.attention through query-group packing and the block-level "
      "GPU schedule to gpu.launch, NVVM and PTX for sm_80, sm_90 or sm_90a "
      "(host "
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
