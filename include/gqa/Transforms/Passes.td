//===- Passes.td - GQA project-wide passes -----------------*- tablegen -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Passes that are not tied to the `gqa` dialect: they prepare and check the
// output of the project's pipelines.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TRANSFORMS_PASSES_TD
#define GQA_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def GQAEmitCInterfacePass
    : Pass<"gqa-emit-c-interface", "::mlir::ModuleOp"> {
  let summary = "Request a C interface for every public function definition";
  let description = [{
    Sets `llvm.emit_c_interface` on every public `func.func` that has a body,
    so that `convert-func-to-llvm` also emits `_mlir_ciface_<name>`, which
    takes pointers to memref descriptors and which a JIT or C caller can call.
    Private functions and external declarations (such as the libm functions
    a lowering calls) are left alone: a C interface on a declaration would
    make the lowering call a `_mlir_ciface_` symbol nobody defines.

    Before:

    ```mlir
    func.func @attention(%q: memref<1x2x4x8xf32>, ...) { ... }
    func.func private @helper(...) { ... }
    ```

    After:

    ```mlir
    func.func @attention(%q: memref<1x2x4x8xf32>, ...)
        attributes {llvm.emit_c_interface} { ... }
    func.func private @helper(...) { ... }
    ```
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def GQAVerifyLLVMContractPass
    : Pass<"gqa-verify-llvm-contract", "::mlir::ModuleOp"> {
  let summary = "Check that a module holds only LLVM dialect ops";
  let description = [{
    The backend contract of the pipelines that end in the LLVM dialect: the
    module may contain only `llvm.*` operations (the `builtin.module` itself
    excepted), so that `mlir-translate --mlir-to-llvmir` and the execution
    engine accept it. The pass changes nothing; it fails with an error on the
    first operation, in program order, that breaks the contract, naming it.

    Accepted:

    ```mlir
    module {
      llvm.func @f() { llvm.return }
    }
    ```

    Rejected (`'func.func' op is not in the LLVM dialect ...`):

    ```mlir
    module {
      func.func @f() { return }
    }
    ```
  }];
}

#endif // GQA_TRANSFORMS_PASSES_TD
