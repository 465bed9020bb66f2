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

    With `allow-openmp`, `omp.*` operations are accepted too: MLIR
    translates them to LLVM IR with calls to the OpenMP runtime, which is
    what `gqa-cpu-pipeline` leaves for its parallel loops.
  }];
  let options = [
    Option<"allowOpenMP", "allow-openmp", "bool", /*default=*/"false",
           "Also accept omp.* operations (translated to OpenMP runtime "
           "calls by the LLVM IR translation)">
  ];
}

def GQAApproximateMathPass : Pass<"gqa-approximate-math"> {
  let summary = "Replace f32 math functions with inline polynomial "
                "approximations";
  let description = [{
    Rewrites `math.exp`, `math.log`, `math.tanh` and the other f32 math ops
    upstream MLIR can approximate into arithmetic (MLIR's polynomial
    approximations), on scalars and vectors alike. Without it,
    `convert-math-to-llvm` turns a `math.exp` of a `vector<16xf32>` into 16
    scalar `expf` calls; with it the exponential stays in vector registers.
    Ops on f16/bf16 are left alone.

    Before:

    ```mlir
    %e = math.exp %x : vector<16xf32>
    ```

    After: a few dozen `arith` ops on `vector<16xf32>` (range reduction,
    polynomial, exponent reconstruction via `arith.bitcast`).
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::vector::VectorDialect"];
}

def GQASetTargetCPUPass : Pass<"gqa-set-target-cpu", "::mlir::ModuleOp"> {
  let summary = "Set the target CPU of every LLVM function";
  let description = [{
    Sets `target_cpu` (and, for `native`, `target_features`) on every
    `llvm.func` definition, so that code generation, JIT or ahead of time,
    uses that CPU's instructions (AVX-512 FMAs for `znver5`, AVX2 for
    `x86-64-v3`). `native` stands for the CPU of the machine running the
    pass. An unknown CPU name is an error.

    ```mlir
    llvm.func @f() attributes {target_cpu = "znver5"} { ... }
    ```
  }];
  let options = [
    Option<"cpu", "cpu", "std::string", /*default=*/"\"native\"",
           "Target CPU name as LLVM knows it (native, znver5, x86-64-v3, "
           "skylake-avx512, ...)">
  ];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

#endif // GQA_TRANSFORMS_PASSES_TD
