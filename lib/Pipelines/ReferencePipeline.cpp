//===- ReferencePipeline.cpp - gqa to LLVM through the reference lowering -===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `gqa-reference-pipeline`: the path from `gqa.attention` on tensors to an
// LLVM dialect module a JIT can call, through the reference decomposition of
// `convert-gqa-to-linalg` and plain loops. Correctness and predictability of
// the calling convention matter here, not speed.
//
//===----------------------------------------------------------------------===//

#include "gqa/Pipelines/Passes.h"

#include "gqa/Conversion/Passes.h"
#include "gqa/Transforms/Passes.h"

#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/BufferizationToMemRef/BufferizationToMemRef.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVMPass.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Dialect/Arith/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/FuncBufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Linalg/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/MemRef/Transforms/AllocationOpInterfaceImpl.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/Tensor/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace mlir::gqa;

void mlir::gqa::buildReferencePipeline(
    OpPassManager &pm, const ReferencePipelineOptions &options) {
  // Entry arguments read-only, or updated in place; torch-mlir's tm_tensor
  // ops -> loops on tensors.
  addEntryArgumentMarks(pm, options.updateInPlace);
  addImportLowering(pm);

  // With entry-status, record on tensors which entry dimensions must agree
  // and move the assertions into a check run before the body.
  if (options.entryStatus)
    addEntryChecks(pm);

  // gqa on tensors -> linalg on tensors.
  pm.addPass(createConvertGQAToLinalgPass());
  if (options.emitCInterface)
    pm.addPass(createGQAEmitCInterfacePass());

  addBufferizationForEntryPoints(pm, options.entryStatus);
  addLoopsToLLVMLowering(pm);
}

void mlir::gqa::registerReferencePipeline() {
  PassPipelineRegistration<ReferencePipelineOptions>(
      "gqa-reference-pipeline",
      "Lower gqa.attention through the reference linalg decomposition and "
      "loops to the LLVM dialect, with out-parameter results and C "
      "interfaces, and check that only LLVM ops remain",
      buildReferencePipeline);
}

void mlir::gqa::registerReferencePipelineDependencies(
    DialectRegistry &registry) {
  registry.insert<bufferization::BufferizationDialect, func::FuncDialect>();
  arith::registerBufferizableOpInterfaceExternalModels(registry);
  bufferization::func_ext::registerBufferizableOpInterfaceExternalModels(
      registry);
  linalg::registerBufferizableOpInterfaceExternalModels(registry);
  memref::registerAllocationOpInterfaceExternalModels(registry);
  tensor::registerBufferizableOpInterfaceExternalModels(registry);
}
