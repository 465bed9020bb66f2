//===- CudaTarget.cpp - gqa-compile's CUDA target -------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "CudaTarget.h"
#include "MlirFlags.h"

#include "LaunchManifest.h"

#include "gqa/Pipelines/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Pass/PassManager.h"

using namespace mlir;
using namespace mlir::gqa::compile;

/// The PTX of the `gpu.binary @name` of `module`.
static llvm::Expected<std::string> getPtx(ModuleOp module, StringRef name) {
  auto binary = SymbolTable::lookupNearestSymbolFrom<gpu::BinaryOp>(
      module, StringAttr::get(module.getContext(), name));
  if (!binary)
    return llvm::createStringError("no gpu.binary @" + name +
                                   " after lowering to PTX");
  // gqa-verify-gpu-binary checked: one PTX object for the chip.
  auto object = cast<gpu::ObjectAttr>(binary.getObjects()[0]);
  return object.getObject().getValue().str();
}

llvm::Expected<CudaCompilation>
mlir::gqa::compile::compileForCuda(
    ModuleOp module, StringRef chip,
    function_ref<LogicalResult(PassManager &, TimingScope &)> setUp) {
  // Bufferization turns the tensor results of each public function into
  // trailing out-parameters: remember how many.
  llvm::StringMap<unsigned> numResults;
  for (auto func : module.getOps<func::FuncOp>())
    numResults[func.getSymName()] = func.getNumResults();

  GpuPipelineOptions options;
  options.chip = *parseGpuChip(chip);
  TimingScope kernelsPhase = timePhase("Lower to GPU kernels");
  PassManager kernelsPm(module.getContext());
  buildGpuKernelsPipeline(kernelsPm, options);
  if (failed(setUp(kernelsPm, kernelsPhase)) || failed(kernelsPm.run(module)))
    return llvm::createStringError("lowering to GPU kernels failed");

  CudaCompilation result;
  llvm::raw_string_ostream os(result.kernelsModule);
  module.print(os);
  FailureOr<llvm::json::Object> manifest =
      buildLaunchManifest(module, numResults, chip);
  if (failed(manifest))
    return llvm::createStringError("cannot build the launch manifest");
  result.manifest = std::move(*manifest);

  kernelsPhase.stop();
  TimingScope ptxPhase = timePhase("Lower to PTX");
  PassManager ptxPm(module.getContext());
  buildGpuKernelsToPtxPipeline(ptxPm, options);
  if (failed(setUp(ptxPm, ptxPhase)) || failed(ptxPm.run(module)))
    return llvm::createStringError("lowering the kernels to PTX failed");
  llvm::Expected<std::string> ptx =
      getPtx(module, *result.manifest.getString("module"));
  if (!ptx)
    return ptx.takeError();
  result.ptx = std::move(*ptx);
  if (llvm::Error error = checkPtxEntryParams(result.manifest, result.ptx))
    return error;
  return result;
}
