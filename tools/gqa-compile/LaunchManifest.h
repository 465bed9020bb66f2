//===- LaunchManifest.h - How to launch the kernels of a module -*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The launch manifest of gqa-compile's CUDA target: for every public host
// function of a module after `buildGpuKernelsPipeline`, its interface and,
// for each `gpu.launch_func` in program order, the kernel, its grid and
// block as expressions of the function's argument sizes, its shared memory
// and what each kernel argument is. A host runtime that loads the PTX
// replays the function from the manifest alone. The sizes are expressions
// of the function's arguments (SizeExpressions.h).
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_COMPILE_LAUNCHMANIFEST_H
#define GQA_TOOLS_GQA_COMPILE_LAUNCHMANIFEST_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/JSON.h"

namespace mlir::gqa::compile {

/// The manifest of `module`, which must be in the form that
/// `buildGpuKernelsPipeline` produces: public `func.func`s on memrefs
/// (tensor results as trailing out-parameters) whose work is
/// `gpu.launch_func`s of one `gpu.module`. `numResults` maps each public
/// function to the number of its trailing out-parameters (its tensor
/// results before bufferization). `chip` is recorded as the target.
///
/// Fails with a diagnostic naming the op on anything the manifest cannot
/// describe exactly: a launch operand computed by an op it does not model,
/// a kernel buffer of unknown origin, host work other than launches.
FailureOr<llvm::json::Object>
buildLaunchManifest(ModuleOp module,
                    const llvm::StringMap<unsigned> &numResults,
                    StringRef chip);

/// Checks that the `.entry` of each kernel in `ptx` has as many parameters
/// as the manifest says (`ptx_params`); on a mismatch or a missing entry,
/// returns an error naming the kernel.
llvm::Error checkPtxEntryParams(const llvm::json::Object &manifest,
                                StringRef ptx);

/// Prints `manifest` as JSON for people to read as well: one member a
/// line, keys sorted, shapes and grids on one line.
void printLaunchManifest(const llvm::json::Object &manifest,
                         llvm::raw_ostream &os);

} // namespace mlir::gqa::compile

#endif // GQA_TOOLS_GQA_COMPILE_LAUNCHMANIFEST_H
