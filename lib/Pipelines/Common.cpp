//===- Common.cpp - Stages the gqa pipelines share -------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The stages more than one pipeline runs: the bufferization of entry points
// (the calling convention every pipeline gives public functions), the
// lowering of loops and of everything else to the LLVM dialect, and the
// block-level GPU tiling both GPU pipelines start with.
//
//===----------------------------------------------------------------------===//

#include "gqa/Pipelines/Passes.h"

#include "gqa/Conversion/Passes.h"
#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Transforms/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::gqa;

void mlir::gqa::addEntryArgumentMarks(OpPassManager &pm, bool updateInPlace) {
  GQAMarkEntryArgumentsPassOptions options;
  options.updateInPlace = updateInPlace;
  pm.addPass(createGQAMarkEntryArgumentsPass(options));
}

void mlir::gqa::addImportLowering(OpPassManager &pm) {
  pm.addPass(createConvertTMTensorToLoopsPass());
}

void mlir::gqa::addEntryChecks(OpPassManager &pm) {
  pm.addPass(createGQAAnnotateEntryDimsPass());
  pm.addPass(createGQAHoistEntryAssertsPass());
}

void mlir::gqa::addBufferizationForEntryPoints(OpPassManager &pm,
                                               bool entryStatus) {
  // Tensors -> memrefs. Function arguments get identity layouts, so a caller
  // passes plain descriptors; results become out-parameters the caller
  // allocates, but for arguments updated in place; whatever the callee
  // allocates, it frees.
  bufferization::OneShotBufferizePassOptions bufferizeOptions;
  bufferizeOptions.bufferizeFunctionBoundaries = true;
  bufferizeOptions.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferizeOptions));
  // An argument updated in place is written by the entry, not copied into
  // an out-parameter (gqa-mark-entry-arguments tied it to its result).
  pm.addPass(createGQADropUpdatedResultsPass());
  pm.addNestedPass<func::FuncOp>(createGQADistinctResultBuffersPass());
  bufferization::BufferResultsToOutParamsPassOptions outParamsOptions;
  outParamsOptions.modifyPublicFunctions = true;
  outParamsOptions.hoistStaticAllocs = true;
  outParamsOptions.hoistDynamicAllocs = true;
  pm.addPass(
      bufferization::createBufferResultsToOutParamsPass(outParamsOptions));
  bufferization::buildBufferDeallocationPipeline(pm);
  pm.addPass(createConvertBufferizationToMemRefPass());
  if (entryStatus)
    pm.addPass(createGQAEntryStatusPass());
}

void mlir::gqa::addLoopsToLLVMLowering(OpPassManager &pm) {
  // linalg on memrefs -> loops -> branches. Scalar ops without a direct
  // LLVM lowering: tanh and exp become libm calls, bf16 extf/truncf integer
  // arithmetic (no __truncsfbf2).
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  addMathExpansion(pm);
  pm.addPass(createConvertMathToLibmPass());
  addBranchesAndBf16Expansion(pm);

  addConversionToLLVM(pm, /*vector=*/false, /*openMP=*/false);

  // The backend contract: only llvm.* ops remain.
  pm.addPass(createGQAVerifyLLVMContractPass());
}

void mlir::gqa::addMathExpansion(OpPassManager &pm) {
  // math.fpowi (torch's pow with an integer exponent: RMSNorm's x^2, GPT-2's
  // GELU x^3) has no LLVM or libm lowering: multiplications for a constant
  // exponent, powf of the converted exponent otherwise. math.rsqrt
  // (LayerNorm) would become a call to rsqrtf, which libm does not have:
  // 1 / sqrt instead.
  math::MathExpandOpsPassOptions options;
  options.opMnemonics = {"fpowi", "rsqrt"};
  pm.addPass(math::createMathExpandOpsPass(options));
}

void mlir::gqa::addBranchesAndBf16Expansion(OpPassManager &pm,
                                            bool emulateBf16Arithmetic,
                                            bool keepFloatMinMax) {
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  if (emulateBf16Arithmetic) {
    // bf16 arithmetic in f32 (what LLVM's promotion does, but with
    // conversions the expansion below turns into integer code).
    arith::ArithEmulateUnsupportedFloatsOptions emulateOptions;
    emulateOptions.sourceTypeStrs = {"bf16"};
    emulateOptions.targetTypeStr = "f32";
    pm.addPass(arith::createArithEmulateUnsupportedFloats(emulateOptions));
  }
  if (keepFloatMinMax) {
    pm.addPass(createGQAExpandArithPass());
    return;
  }
  arith::ArithExpandOpsPassOptions expandOptions;
  expandOptions.includeBf16 = true;
  pm.addPass(arith::createArithExpandOpsPass(expandOptions));
}

void mlir::gqa::addConversionToLLVM(OpPassManager &pm, bool vector,
                                    bool openMP, bool runtimeAllocator) {
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  if (vector) {
    ConvertVectorToLLVMPassOptions vectorOptions;
    vectorOptions.reassociateFPReductions = true;
    pm.addPass(createConvertVectorToLLVMPass(vectorOptions));
  }
  FinalizeMemRefToLLVMConversionPassOptions memrefOptions;
  memrefOptions.useGenericFunctions = runtimeAllocator;
  pm.addPass(createFinalizeMemRefToLLVMConversionPass(memrefOptions));
  // What LLVM has no intrinsic for (tanh, without gqa-approximate-math)
  // becomes a libm call.
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createArithToLLVMConversionPass());
  if (vector)
    pm.addPass(createConvertIndexToLLVMPass());
  if (openMP)
    pm.addPass(createConvertOpenMPToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
}

void mlir::gqa::addGpuScheduleTiling(OpPassManager &pm,
                                     const GQATileGpuPassOptions &options) {
  // Query groups are packed in place by the tiling (no copy of the query
  // or the result on the host).
  pm.addPass(createGQATileGpuPass(options));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}
