//===- CudaTarget.h - gqa-compile's CUDA target -----------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `gqa-compile --target=cuda`: lowers the public functions of a module with
// the two halves of `gqa-gpu-pipeline`, reads the launch manifest from the
// host code between them, and takes the PTX out of the `gpu.binary`.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_COMPILE_CUDATARGET_H
#define GQA_TOOLS_GQA_COMPILE_CUDATARGET_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/Timing.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"

#include <string>

namespace mlir::gqa::compile {

/// What the CUDA target produces for one module.
struct CudaCompilation {
  /// The PTX of every kernel (the `gpu.binary`'s one object).
  std::string ptx;
  /// The module after `buildGpuKernelsPipeline`: host functions on memrefs
  /// that launch the `gpu.func`s (what `--emit=mlir` writes).
  std::string kernelsModule;
  /// The launch manifest (see LaunchManifest.h), checked against `ptx`.
  llvm::json::Object manifest;
};

/// Compiles the public functions of `module` (tensor level, attention
/// already raised to `gqa.attention`) for the NVIDIA GPU `chip` (sm_80 or
/// sm_90). The diagnostics of a failing pass are reported through the
/// context; the returned error says which stage failed.
/// `setUp` applies the tool's pass-manager flags to each pass manager and
/// times it under the scope it is given.
llvm::Expected<CudaCompilation> compileForCuda(
    ModuleOp module, StringRef chip,
    function_ref<LogicalResult(PassManager &, TimingScope &)> setUp);

} // namespace mlir::gqa::compile

#endif // GQA_TOOLS_GQA_COMPILE_CUDATARGET_H
