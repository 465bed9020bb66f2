//===- Transforms.h - GQA project-wide transforms ---------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The library functions behind the passes in gqa/Transforms/Passes.td, for
// use by other passes, pipelines and tools.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TRANSFORMS_TRANSFORMS_H
#define GQA_TRANSFORMS_TRANSFORMS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::gqa {

/// Sets `llvm.emit_c_interface` on every public `func.func` definition in
/// `module` (not on private functions nor on declarations). Returns the
/// number of functions that gained the attribute.
int64_t addCInterfaceToPublicFunctions(RewriterBase &rewriter, ModuleOp module);

/// Checks the LLVM backend contract: every operation nested in `module` is
/// in the LLVM dialect (or, with `allowOpenMP`, in the OpenMP dialect, which
/// the LLVM IR translation lowers to runtime calls). On failure, emits an
/// error on the first operation (in pre-order) that is not, naming it.
LogicalResult verifyLLVMContract(ModuleOp module, bool allowOpenMP = false);

/// The CPU that `cpu` names for LLVM: the host CPU for `native`, else `cpu`.
std::string resolveTargetCPU(StringRef cpu);

/// The vector register width in bits of `cpu` (512 with AVX-512, 256 with
/// AVX, else 128), or failure with `error` set when LLVM does not know
/// `cpu`.
FailureOr<int64_t> getTargetVectorBits(StringRef cpu, std::string &error);

} // namespace mlir::gqa

#endif // GQA_TRANSFORMS_TRANSFORMS_H
