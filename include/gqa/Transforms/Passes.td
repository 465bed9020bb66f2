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

def GQAGpuRegisterBudgetPass
    : Pass<"gqa-gpu-register-budget", "::mlir::gpu::GPUModuleOp"> {
  let summary = "Give each GPU kernel a register budget for N resident blocks";
  let description = [{
    Sets `nvvm.maxnreg` on every kernel `gpu.func` of a `gpu.module` to the
    largest multiple of 8 registers per thread (at most the chip's limit per
    thread, 255) with which `blocks-per-multiprocessor` blocks of the
    kernel's `known_block_size` fit in the registers of one multiprocessor
    of `chip` (65536 on `sm_80` and `sm_90`; the GPU target table).
    Without a budget `ptxas` picks its own target from the occupancy the
    shared memory allows, which for the 512-thread prefill blocks of
    `gqa-gpu-pipeline` is 32 to 40 registers, and spills.

    A kernel without `known_block_size` is an error: its block is not known
    at compile time, so no budget can be derived.

    ```mlir
    gpu.func @k() kernel attributes {known_block_size = array<i32: 32, 16, 1>}
    // -> kernel attributes {known_block_size = ..., nvvm.maxnreg = 64 : i32}
    ```
  }];
  let options = [
    Option<"blocksPerMultiprocessor", "blocks-per-multiprocessor", "int64_t",
           /*default=*/"2",
           "Blocks of each kernel that must fit in a multiprocessor's "
           "registers at once">,
    Option<"chip", "chip", "::mlir::gqa::GpuChip",
           /*default=*/"::mlir::gqa::GpuChip::Sm90",
           "The NVIDIA GPU whose registers are budgeted",
           [{::mlir::gqa::getGpuChipOptionValues()}]>,
  ];
  let dependentDialects = ["::mlir::NVVM::NVVMDialect"];
}

def GQAVerifyGpuBinaryPass
    : Pass<"gqa-verify-gpu-binary", "::mlir::ModuleOp"> {
  let summary = "Check that a module holds host LLVM code and PTX binaries";
  let description = [{
    The contract at the end of `gqa-gpu-pipeline`: the module holds only
    host code (`llvm.*` operations, and `gpu.launch_func` on LLVM values
    launching a kernel of one of the binaries, which the translation to LLVM
    IR turns into runtime calls) and `gpu.binary` operations, at least one, each with exactly one object, in assembly (PTX) format, for the
    NVVM target `chip`, whose text declares `.target <chip>` and at least
    one `.entry`. The pass changes nothing; it fails naming the first
    operation that breaks the contract. `chip` is one of the chips of the
    GPU target table; any other value is an error of the option parser.
  }];
  let options = [
    Option<"chip", "chip", "::mlir::gqa::GpuChip",
           /*default=*/"::mlir::gqa::GpuChip::Sm90",
           "The NVIDIA GPU the binaries must be for",
           [{::mlir::gqa::getGpuChipOptionValues()}]>,
  ];
  let dependentDialects = ["::mlir::gpu::GPUDialect",
                           "::mlir::LLVM::LLVMDialect"];
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

    With `no-library-calls`, the `math.floor` and `math.absf` the
    approximations use become `arith` ops too. Floor: an f32 that is not
    below 2^23 in magnitude (or is NaN or infinite) is its own floor; any
    other is converted to an integer and back, minus one when that rounded
    up. Abs: the sign bit cleared. `gqa-gpu-pipeline` sets it, because the
    NVVM lowering would otherwise call libdevice (`__nv_floorf`,
    `__nv_fabsf`).
  }];
  let options = [
    Option<"noLibraryCalls", "no-library-calls", "bool",
           /*default=*/"false",
           "Also rewrite f32 math.floor and math.absf into arith ops (exact "
           "for every f32), so that no lowering calls a library for them">,
  ];
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

    It also sets `prefer_vector_width` to the target's vector width (512
    with AVX-512, 256 with AVX) where that is wider than 128 bits. LLVM
    tunes Intel's AVX-512 server cores to prefer 256-bit vectors in the
    loops it vectorizes itself, which are the graph's elementwise and
    reduction loops here; the attention kernels' explicit vectors are full
    width either way.

    ```mlir
    llvm.func @f() attributes {prefer_vector_width = "512",
                               target_cpu = "znver5"} { ... }
    ```
  }];
  let options = [
    Option<"cpu", "cpu", "std::string", /*default=*/"\"native\"",
           "Target CPU name as LLVM knows it (native, znver5, x86-64-v3, "
           "skylake-avx512, ...)">
  ];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def GQAAnnotateEntryDimsPass
    : Pass<"gqa-annotate-entry-dims", "::mlir::ModuleOp"> {
  let summary = "Record which argument and result dimensions of each public "
                "function must agree";
  let description = [{
    The first half of the checked entry ABI (the second is
    `gqa-entry-status`). On tensors, before bufferization, the pass finds for
    every public `func.func` definition the dimensions of its arguments and
    tensor results that the body requires to be equal, and writes them as
    attributes for `gqa-entry-status` to check once the arguments are memref
    descriptors.

    Dimensions are tied by `gqa.attention` (the batch of query, key, value,
    `kv_lengths`, `q_offset` and the result; `Skv` of key and value; the head
    dimension of query and key; the result's `Sq` and `Dv`; every mask
    dimension that is not statically 1), by linalg structured ops (operand
    dimensions indexed by the same loop), by ops whose operands and results
    have the same shape, by destination-style results and their inits, by
    `tensor.cast` and by the size-1 groups of `tensor.collapse_shape` /
    `tensor.expand_shape`, and by `func.return` (a result ties to the
    out-parameter it becomes). A dynamic mask dimension may also be 1 at run
    time (it is then broadcast), so it is recorded as a broadcast dimension.

    Entry dimensions are numbered as after `buffer-results-to-out-params`:
    the arguments in order, then one out-parameter per tensor result.

    - `gqa.entry_dims`: one `array<i64: SIZE, ARG, DIM, ARG, DIM, ...>` per
      class of entry dimensions that must be equal, `SIZE` being the static
      size some member of the class has in the IR, or -1.
      A class that only a broadcast dimension needs may be just
      `array<i64: SIZE>`.
    - `gqa.entry_broadcast_dims`: `array<i64: CLASS, ARG, DIM>` triples: the
      dimension must be 1 or the size of class `CLASS` of `gqa.entry_dims`.
    - `gqa.entry_index_bounds`: `array<i64: ARG, SIZE, BOUND_ARG,
      BOUND_DIM>` for each argument a `gqa.attention` reads as `kv_lengths`
      or `q_offset`: its elements must lie in `[0, Skv]`, `Skv` being the
      static key length `SIZE` (or -1) and the size of dimension
      `BOUND_DIM` of argument `BOUND_ARG` that has the same size (or -1,
      -1). An argument whose bound is neither is not recorded.

    Example (batch `B`, `Skv` and `Sq` dynamic):

    ```mlir
    func.func @decode(%q: tensor<?x4x1x8xf32>, %k: tensor<?x2x?x8xf32>,
                      %v: tensor<?x2x?x8xf32>) -> tensor<?x4x1x8xf32>
        attributes {gqa.entry_dims = [
          array<i64: -1, 0, 0, 1, 0, 2, 0, 3, 0>,   // B of q, k, v, result
          array<i64: -1, 1, 2, 2, 2>, ...]}          // Skv of k and v
    ```
  }];
  let dependentDialects = ["::mlir::func::FuncDialect"];
}

def GQAMarkEntryArgumentsPass
    : Pass<"gqa-mark-entry-arguments", "::mlir::ModuleOp"> {
  let summary = "Make entry arguments read-only, or updated in place";
  let description = [{
    Runs on tensors, before bufferization. Every tensor argument of a public
    function definition becomes read-only for one-shot bufferization
    (`bufferization.writable = false`): an entry never writes a buffer its
    caller passes as an input, and an op that would update an argument in
    place works on a copy (a `bufferization.to_buffer` of an argument must
    then say `read_only`).

    With `update-in-place`, an argument that a result is an update of (the
    result is reached from it through destination-style writes: a
    `tensor.insert_slice` or `linalg` init, a `tm_tensor.scatter` output, an
    `scf.for` iteration argument), such as a KV cache that a decode step
    writes its new keys into, is writable instead and records that result in
    `gqa.updated_by_result`; `gqa-drop-updated-results` then removes the
    result, which is the argument's own buffer, from the entry.

    ```mlir
    func.func @step(%cache: tensor<1x2x8x4xf32>, ...) -> tensor<1x2x8x4xf32> {
      %new = tm_tensor.scatter ... outs(%cache : tensor<1x2x8x4xf32>) ...
      return %new : tensor<1x2x8x4xf32>
    }
    ```
    gets `%cache: tensor<1x2x8x4xf32> {bufferization.writable = true,
    gqa.updated_by_result = 0 : i64}`.
  }];
  let options = [
    Option<"updateInPlace", "update-in-place", "bool", /*default=*/"false",
           "Update in place the arguments that results are updates of">
  ];
  let dependentDialects = ["::mlir::bufferization::BufferizationDialect"];
}

def GQADropUpdatedResultsPass
    : Pass<"gqa-drop-updated-results", "::mlir::ModuleOp"> {
  let summary = "Remove the results that are arguments updated in place";
  let description = [{
    Runs right after one-shot bufferization, on functions whose arguments
    `gqa-mark-entry-arguments` tied to results (`gqa.updated_by_result`).
    Each such result must be the argument's own buffer (through
    `memref.cast` and `scf.for` iteration arguments): it is removed from the
    function's results, so that it becomes no out-parameter and the entry
    writes the caller's buffer in place, and the entry dimension annotations
    (`gqa.entry_dims`, `gqa.entry_broadcast_dims`) name the argument where
    they named the result. A result that bufferization could not write into
    the argument (the argument is read after its update, so the update went
    to a copy) is an error naming both, and so is a function with such a
    result that the module calls (its callers would need the result).
  }];
}

def GQADistinctResultBuffersPass
    : Pass<"gqa-distinct-result-buffers", "::mlir::func::FuncOp"> {
  let summary = "Give every memref result of a function its own buffer";
  let description = [{
    Runs after bufferization, before `buffer-results-to-out-params`, which
    turns each returned allocation into an out-parameter and cannot return
    one allocation twice (MLIR 22's pass erases it twice and crashes). A
    function that returns one value at several positions (`return %x, %x`,
    or two results that bufferization folded into one allocation, as two
    empty attention results) gets a copy of it, in a new allocation, at
    every repeated position.

    ```mlir
    %alloc = memref.alloc() : memref<2x4xf32>
    return %alloc, %alloc : memref<2x4xf32>, memref<2x4xf32>
    ```
    becomes
    ```mlir
    %alloc = memref.alloc() : memref<2x4xf32>
    %copy = memref.alloc() : memref<2x4xf32>
    memref.copy %alloc, %copy : memref<2x4xf32> to memref<2x4xf32>
    return %alloc, %copy : memref<2x4xf32>, memref<2x4xf32>
    ```
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def GQAHoistEntryAssertsPass
    : Pass<"gqa-hoist-entry-asserts", "::mlir::ModuleOp"> {
  let summary = "Check the assertions of each public function before it runs, "
                "so that a failed one becomes a status";
  let description = [{
    Part of the checked entry ABI, on tensors, before bufferization. A
    `cf.assert` in a compiled entry would print and abort the host program;
    torch-mlir writes one for every bounds check (an embedding's token id, a
    gather's index). For each public `func.func` definition with assertions,
    the pass builds a private function `__gqa_check_<name>` with the same
    arguments that computes the conjunction of every assertion's condition,
    records it in the attribute `gqa.entry_check`, and erases the
    assertions. `gqa-entry-status` calls the check before the body and
    returns `GQA_STATUS_ASSERT_FAILED` (2) without running the body when it
    is false, so nothing is read out of bounds and no output is written.

    The check recomputes what the conditions depend on: the side-effect-free
    ops of the function body they use (in practice the index arguments and
    their casts). An assertion may be

    - in the function body: its condition is cloned with what it uses;
    - directly in the body of a `linalg.generic` (torch-mlir's embedding):
      the check is a `linalg.generic` over the same iteration space and
      inputs that reduces the condition with `and` into an `i1`. The
      condition may use the inputs' elements, `linalg.index` and values
      defined above, not the outputs' elements.

    Any other assertion, or one whose condition depends on an op with side
    effects or on another assertion's guarded result, is an error naming
    it.

    ```mlir
    %e = linalg.generic {...} ins(%ids : tensor<1x4xi64>) outs(%init : ...) {
    ^bb0(%id: i64, %out: f32):
      %i = arith.index_cast %id : i64 to index
      %ok = arith.cmpi slt, %i, %c32 : index
      cf.assert %ok, "index must be smaller than dim size"
      ...
    ```
    becomes, besides the unchecked body,
    ```mlir
    func.func private @__gqa_check_forward(%ids: tensor<1x4xi64>) -> i1 {
      %all = linalg.generic {iterator_types = ["reduction", ...]}
          ins(%ids : tensor<1x4xi64>) outs(%true : tensor<i1>) {...}
      %ok = tensor.extract %all[] : tensor<i1>
      return %ok : i1
    }
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def GQAOutlineKernelsPass
    : Pass<"gqa-outline-kernels", "::mlir::ModuleOp"> {
  let summary = "Move each kernel of a public function into a private "
                "function, one per distinct kernel";
  let description = [{
    On tensors, before bufferization. A whole model graph is one public
    function in which each layer repeats the same ops on other weights: a
    32-layer model holds 32 copies of every projection, norm and attention.
    Compiled inline, every copy becomes its own loops, and the LLVM
    optimizer and code generator work through all of them.

    Each kernel of a public function's body, that is each `linalg` op on
    tensors and each attention op (`gqa.attention`, `gqa.packed_attention`),
    moves into a private function `__gqa_kernel_<N>` and is replaced by a
    call to it. Into the function go, with the kernel, the producers of its
    operands that are cheap to recompute and carry no weights:
    `tensor.empty`, `linalg.fill` on tensors, `tensor.extract_slice` (its
    source becomes the argument) and `arith.constant`s that are scalars,
    splats or of at most 16 elements. Every other operand, larger constants
    (the weights) included, and every value a kernel's region uses from
    above, becomes an argument. Kernel functions whose bodies are equivalent
    (the same ops, attributes and types, locations aside) are merged, so
    the 32 copies of a layer's kernels become calls to one set of
    functions. Kernel functions get internal linkage and LLVM's
    `noinline` (`llvm.linkage`, `passthrough`), so that the object exports
    no new symbol and LLVM keeps them apart.

    Ops nested in other ops' regions (loops of an `scf.for`) stay where they
    are. A kernel whose results are unused is erased.

    Before:

    ```mlir
    func.func @forward(%x: tensor<16x256xf32>) -> tensor<16x256xf32> {
      %w = arith.constant dense<...> : tensor<256x256xf32>
      %zero = arith.constant 0.0 : f32
      %e = tensor.empty() : tensor<16x256xf32>
      %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<16x256xf32>) -> ...
      %y = linalg.matmul ins(%x, %w : ...) outs(%acc : ...) -> ...
      return %y : tensor<16x256xf32>
    }
    ```

    After:

    ```mlir
    func.func @forward(%x: tensor<16x256xf32>) -> tensor<16x256xf32> {
      %w = arith.constant dense<...> : tensor<256x256xf32>
      %y = call @__gqa_kernel_0(%x, %w) : (...) -> tensor<16x256xf32>
      return %y : tensor<16x256xf32>
    }
    func.func private @__gqa_kernel_0(%x: tensor<16x256xf32>,
        %w: tensor<256x256xf32>) -> tensor<16x256xf32>
        attributes {gqa.kernel, llvm.linkage = #llvm.linkage<internal>,
                    passthrough = ["noinline"]} {
      %zero = arith.constant 0.0 : f32
      %e = tensor.empty() : tensor<16x256xf32>
      %acc = linalg.fill ins(%zero : f32) outs(%e : ...) -> ...
      %y = linalg.matmul ins(%x, %w : ...) outs(%acc : ...) -> ...
      return %y : tensor<16x256xf32>
    }
    ```
  }];
  let dependentDialects = ["::mlir::func::FuncDialect",
                           "::mlir::LLVM::LLVMDialect"];
}

def GQAFoldContractionTransposesPass
    : Pass<"gqa-fold-contraction-transposes", "::mlir::func::FuncOp"> {
  let summary = "Read the operands of contractions through the transposes "
                "that feed them";
  let description = [{
    On tensors. torch-mlir exports `nn.Linear` as a `linalg.transpose` of the
    [N, K] weight into a new [K, N] tensor followed by `linalg.matmul`. The
    transpose is a copy of every weight on every call, and it hides from
    `gqa-contractions-to-library` that the weight is already in the layout
    a matrix library reads best.

    Each contraction (`linalg::isaContractionOpInterface`: `linalg.matmul`,
    `linalg.batch_matmul`, their transposed forms and `linalg.generic`
    contractions) on tensors with an input produced by `linalg.transpose`
    becomes a `linalg.generic` with the same body that reads the transpose's
    input directly: the operand's indexing map is composed with the
    permutation. A transpose left without users is erased.

    Before:

    ```mlir
    %wt = linalg.transpose ins(%w : tensor<64x32xf32>)
            outs(%e : tensor<32x64xf32>) permutation = [1, 0]
    %y = linalg.matmul ins(%x, %wt : tensor<16x32xf32>, tensor<32x64xf32>)
           outs(%acc : tensor<16x64xf32>) -> tensor<16x64xf32>
    ```

    After:

    ```mlir
    %y = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>,
                                          affine_map<(m, n, k) -> (n, k)>,
                                          affine_map<(m, n, k) -> (m, n)>],
                         iterator_types = ["parallel", "parallel",
                                           "reduction"]}
           ins(%x, %w : tensor<16x32xf32>, tensor<64x32xf32>)
           outs(%acc : tensor<16x64xf32>) { ... } -> tensor<16x64xf32>
    ```
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def GQAContractionsToLibraryPass
    : Pass<"gqa-contractions-to-library", "::mlir::ModuleOp"> {
  let summary = "Run matrix products on buffers through libgqa_runtime "
                "(oneDNN)";
  let description = [{
    On memrefs, after bufferization. Each contraction
    (`linalg::isaContractionOpInterface`) with one M, one N, one K and at
    most one batch dimension (`linalg::inferContractionDims`), whose
    indexing maps name each of an operand's dimensions once, whose A and B
    are both f32, bf16 or f16 and whose C is f32 or the type of A and B,
    becomes a call of `gqa_rt_matmul` (include/gqa-runtime/gqa_runtime.h)
    with the operands' aligned pointers plus offsets and their strides
    (`memref.extract_strided_metadata`). An operand without the batch
    dimension gets batch stride 0. The library accumulates in f32 and
    rounds C once; the op's own semantics accumulate in C's type, so for a
    bf16 or f16 C the call is more accurate than the loops it replaces.

    A `linalg.fill` of zero into the same buffer just before the product
    (only ops without memory effects, or that only allocate, between them)
    is dropped and the call overwrites C instead of accumulating into it.

    With `explain=true`, each contraction left as loops gets a remark
    saying why (its types, or its dimensions).

    Code with such calls links libgqa_runtime (gqa-compile names it in the
    header's link line; gqa-run loads it).
  }];
  let options = [
    Option<"explain", "explain", "bool", /*default=*/"false",
           "Emit a remark for each contraction left as loops">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::LLVM::LLVMDialect",
                           "::mlir::memref::MemRefDialect"];
}

def GQAAttentionToLibraryPass
    : Pass<"gqa-attention-to-library", "::mlir::ModuleOp"> {
  let summary = "Run bf16 prefill attention on AMX tiles through "
                "libgqa_runtime";
  let description = [{
    On tensors, before gqa-pack-query-groups and gqa-tile-cpu, for targets
    with AMX-BF16 (gqa-cpu-pipeline adds it when the target CPU has the
    feature). Each `gqa.attention` whose query, key and value are bf16,
    without kv_lengths, q_offset or softcap (a mask is passed through, with
    its type and broadcast strides), with an even head
    dimension and a static query length giving each KV head's group at
    least 32 query rows (two 16-row tiles; decode keeps the compiler's
    streaming kernel) becomes a call of `gqa_rt_masked_attention_bf16`
    (include/gqa-runtime/gqa_runtime.h). The operands are passed as their
    first elements' addresses and strides (`bufferization.to_buffer` with
    a strided layout); the result is a new buffer
    (`bufferization.to_tensor restrict writable`). Causality, its
    alignment, the window and the head mapping become the call's flags and
    offset.

    With `explain=true`, each attention op left to gqa-tile-cpu gets a
    remark saying why.
  }];
  let options = [
    Option<"explain", "explain", "bool", /*default=*/"false",
           "Emit a remark for each attention op left to gqa-tile-cpu">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::bufferization::BufferizationDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::LLVM::LLVMDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::tensor::TensorDialect"];
}

def GQACopiesToLinalgPass
    : Pass<"gqa-copies-to-linalg", "::mlir::func::FuncOp"> {
  let summary = "Rewrite memref.copy as linalg.copy, so that copies run on "
                "every thread";
  let description = [{
    Bufferization writes a `memref.copy` for every tensor it cannot update
    in place: a `torch.cat` of a KV cache, results copied into the
    out-parameters. `memref.copy` becomes a call of `memcpy` (contiguous)
    or of MLIR's `memrefCopy` (strided), which copies one element at a time.
    Both run on one thread.

    Each `memref.copy` outside loops (a copy inside a tile's loop already
    runs on that tile's thread) between ranked memrefs of one shape and
    element type becomes a `linalg.copy` of the same operands. That op then becomes
    parallel loops (`convert-linalg-to-parallel-loops`) with a vectorizable
    inner loop (`gqa-split-parallel-loops`). Copies of at most 4096 bytes
    (static shapes) stay `memref.copy`, because starting threads costs about
    as much as copying a page.

    Before:

    ```mlir
    memref.copy %cache, %slot : memref<1x8x4096x128xf32> to
        memref<1x8x4096x128xf32, strided<[4195328, 524416, 128, 1]>>
    ```

    After:

    ```mlir
    linalg.copy ins(%cache : memref<1x8x4096x128xf32>)
        outs(%slot : memref<1x8x4096x128xf32,
                            strided<[4195328, 524416, 128, 1]>>)
    ```
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def GQAFuseElementwisePass
    : Pass<"gqa-fuse-elementwise", "::mlir::func::FuncOp"> {
  let summary = "Fuse chains of elementwise ops on tensors into single "
                "passes over memory";
  let description = [{
    torch-mlir writes every elementwise step of a model as its own
    `linalg.generic`: RMSNorm is a square, a mean, an add, an `rsqrt` and
    two products; SiLU * mul, RoPE and a residual add are several ops each.
    Lowered one by one, each op reads its inputs from memory and writes a
    temporary, so a chain costs one pass over memory per op.

    This pass applies upstream's producer-consumer fusion of linalg ops on
    tensors (`linalg::populateElementwiseOpsFusionPatterns`, the patterns of
    `linalg-fuse-elementwise-ops` without its reshape propagation): an
    elementwise `linalg.generic` whose result has a single use is inlined
    into the `linalg.generic` that reads it, which may be another
    elementwise op or a reduction (the square into RMSNorm's mean). A
    producer with other uses is left alone, so nothing is computed twice,
    except an elementwise op that only converts (HF's RMSNorm widens its
    bf16 input to f32 once, for the mean and for the normalization): it is
    first copied for each of its users, so each fuses it and the widened
    tensor is never written. An op that reads a `tensor.concat` (RoPE's
    `rotate_half`: the negated second half, then the first) is split at the
    concatenation's seams with upstream's `linalg::splitOp`, after a first
    round of fusion; each part reads its piece directly, what made the
    piece fuses into the part in a second round, and the concatenation is
    never written. Nothing is fused into a contraction, whose body the library route
    (`gqa-contractions-to-library`) must still recognize. Fills and
    constants the ops read are folded into them.

    Before (SiLU * mul, as torch-mlir writes it):

    ```mlir
    %s = linalg.generic ... ins(%gate) outs(%e0) { sigmoid * x }
    %p = linalg.generic ... ins(%s, %up) outs(%e1) { %a * %b }
    ```

    After:

    ```mlir
    %p = linalg.generic ... ins(%gate, %up) outs(%e1) { sigmoid * x * b }
    ```
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def GQAReductionsToLoopsPass
    : Pass<"gqa-reductions-to-loops", "::mlir::func::FuncOp"> {
  let summary = "Lower reductions over the innermost loop with their "
                "accumulators in registers, so that LLVM vectorizes them";
  let description = [{
    `convert-linalg-to-parallel-loops` lowers a reduction (RMSNorm's sum of
    squares, softmax's maximum and sum) to a loop that loads the
    accumulator from its buffer and stores it back at every element. LLVM
    cannot keep it in a register, since it cannot prove that the buffer and
    the input do not alias, and without reassociation it would not reorder
    a float sum anyway: the reduction runs one scalar element at a time.

    This pass lowers each `linalg.generic` on buffers whose only reduction
    loop is its innermost one, and whose outputs are read at the other
    loops (or at constant zeros), itself: an `scf.parallel` over the other
    loops, and in it an `scf.for` over the reduction that carries the
    accumulators as iteration arguments, loaded before it and stored after
    it. linalg's semantics (the inputs are not the outputs) make this
    exact. The float ops of the body that combine an accumulator get the
    `reassoc` fast-math flag, so that LLVM may vectorize the sum in partial
    sums: the order of accumulation changes, as in every vectorized
    reduction, by rounding only.

    Before:

    ```mlir
    linalg.generic {indexing_maps = [(i, j) -> (i, j), (i, j) -> (i, 0)],
                    iterator_types = ["parallel", "reduction"]}
        ins(%x : memref<512x4096xf32>) outs(%sum : memref<512x1xf32>) {
    ^bb0(%in: f32, %acc: f32):
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
    ```

    After:

    ```mlir
    scf.parallel (%i) = (%c0) to (%c512) step (%c1) {
      %init = memref.load %sum[%i, %c0] : memref<512x1xf32>
      %r = scf.for %j = %c0 to %c4096 step %c1 iter_args(%acc = %init) {
        %in = memref.load %x[%i, %j] : memref<512x4096xf32>
        %s = arith.addf %in, %acc fastmath<reassoc> : f32
        scf.yield %s : f32
      }
      memref.store %r, %sum[%i, %c0] : memref<512x1xf32>
    }
    ```
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect", "::mlir::arith::ArithDialect",
    "::mlir::memref::MemRefDialect", "::mlir::scf::SCFDialect"
  ];
}

def GQASplitParallelLoopsPass
    : Pass<"gqa-split-parallel-loops", "::mlir::func::FuncOp"> {
  let summary = "Keep the innermost dimension of parallel loops serial, so "
                "that it can be vectorized";
  let description = [{
    `convert-linalg-to-parallel-loops` turns every parallel dimension of an
    elementwise op into one multi-dimensional `scf.parallel`, and
    `convert-scf-to-openmp` collapses all of them into one OpenMP loop: a
    single linear index, from which every access recomputes its indices by
    division. The LLVM vectorizer then finds no inner loop, and RMSNorm,
    RoPE or SiLU run one scalar element at a time.

    This pass rebuilds each outermost `scf.parallel` (not nested in another
    `scf.parallel` or an `scf.forall`, which keep the tiles' own schedules)
    that has at least two dimensions, no reductions and no loop in its body
    (a reduction's loops from `gqa-reductions-to-loops` already have their
    serial inner loop, and splitting them would make the rows serial): the outer
    dimensions stay parallel, and the innermost one becomes an `scf.for`
    inside them. That contiguous inner loop is what LLVM vectorizes.

    Before:

    ```mlir
    scf.parallel (%i, %j) = (%c0, %c0) to (%c512, %c4096) step (%c1, %c1) {
      ...
    }
    ```

    After:

    ```mlir
    scf.parallel (%i) = (%c0) to (%c512) step (%c1) {
      scf.for %j = %c0 to %c4096 step %c1 {
        ...
      }
    }
    ```
  }];
  let dependentDialects = ["::mlir::scf::SCFDialect"];
}

def GQAPrefetchStreamsPass
    : Pass<"gqa-prefetch-streams", "::mlir::func::FuncOp"> {
  let summary = "Prefetch the buffers that vectorizable inner loops stream "
                "through, a fixed distance ahead";
  let description = [{
    An elementwise chain (SiLU * mul, GELU, a residual add, a copy) is an
    inner `scf.for` after `gqa-split-parallel-loops` that LLVM vectorizes.
    On the Intel Xeon of docs/elementwise.md one core then runs its
    arithmetic and its memory reads one after the other: the hardware
    prefetchers alone keep too few lines in flight. A software prefetch of
    each stream a few KiB ahead, issued next to the loads, overlaps them
    (SiLU * mul f32 at 512 x 14336 went from 2.24 to 1.90 ms on 2 threads;
    docs/elementwise.md has the chains, `bench/decode_micro/README.md` the
    measurements of the access patterns).

    LLVM's loop vectorizer does not vectorize a loop that holds a prefetch,
    so the pass strip-mines each such loop: strips of four cache lines of
    the narrowest streamed element (256 bytes), each starting with one
    `memref.prefetch` per line that every stream reads in the strip, at the
    same position `distance` bytes ahead. The inner loop over the strip has
    a constant trip count that LLVM vectorizes as it would the whole loop
    (strips of one line made GELU bf16 5% slower: too short for its
    interleaved vectors), and the original loop runs the elements past the
    last whole strip. First, what the body
    computes without the loop moves in front of it: speculatable
    side-effect-free ops and, where the loop runs at least once, loads of
    buffers that it does not write (distinct allocations and arguments do
    not alias). LLVM hoisted a norm's rsqrt of its row's sum out of the
    whole loop but not out of a strip, which made RMSNorm 5x slower.

    A stream is a `memref.load` whose last index is the loop's induction
    variable and whose other indices are defined outside the loop, from a
    memref with the identity layout. Its prefetch address is computed on
    the memref's flattened view and clamped to its last element, so a
    stream continues into the next row and never past the buffer. Loops
    are left alone when they carry values (a reduction, whose vectorized
    partial sums a strip would cut), when they are not innermost, when they
    lie in an `scf.forall` (the attention tiles prefetch on their own),
    when their step is not 1, when a static trip count gives fewer than
    four strips, or when nothing in them streams.

    `distance` is 0 by default: a sixth of the L1 data cache (`l1-bytes`,
    0: this machine's) shared by the loop's streams, in whole lines.

    Before:

    ```mlir
    scf.for %j = %c0 to %n step %c1 {
      %a = memref.load %x[%i, %j] : memref<512x14336xbf16>
      ...
    }
    ```

    After (bf16: 128 elements a strip; `%full` is the end of the last whole
    strip):

    ```mlir
    scf.for %s = %c0 to %full step %c128 {
      // for each of the strip's 4 lines, at + 0, 32, 64, 96:
      memref.prefetch %flat[min(%i * 14336 + %s + D, 7340031)], read, locality<3>, data
      scf.for %k = %c0 to %c128 step %c1 { ... at %s + %k ... }
    }
    scf.for %j = %full to %n step %c1 { ... }
    ```
  }];
  let options = [
    Option<"distance", "distance", "int64_t", /*default=*/"0",
           "Bytes ahead of each stream that its lines are prefetched (0: a "
           "sixth of L1 shared by the loop's streams)">,
    Option<"l1Bytes", "l1-bytes", "int64_t", /*default=*/"0",
           "Per-core L1 data cache size in bytes (0: this machine's)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::scf::SCFDialect"];
}

def GQAExpandArithPass : Pass<"gqa-expand-arith"> {
  let summary = "Expand the arith ops LLVM cannot lower, leaving the float "
                "minimum and maximum whole";
  let description = [{
    Upstream's `arith-expand` (with `include-bf16`) also rewrites
    `arith.maximumf`, `minimumf`, `maxnumf` and `minnumf` into compares and
    selects. LLVM's loop vectorizer recognizes a reduction of
    `llvm.maximum` (what `convert-arith-to-llvm` makes of `arith.maximumf`)
    but not that select pattern, so the max of a softmax over a row ran one
    scalar element at a time: 0.62 of the softmax's time on the Intel Xeon
    of docs/elementwise.md.

    This pass applies the rest of `arith-expand`: floor and ceiling
    division, bf16 `extf`/`truncf` as integer arithmetic, and the scaling
    conversions. `gqa-cpu-pipeline` runs it in place of `arith-expand`; the
    ops it leaves become LLVM's `maximum`/`minimum`/`maxnum`/`minnum`
    intrinsics, whose NaN semantics are those of the arith ops.

    Before:

    ```mlir
    %m = arith.maximumf %x, %acc : f32
    %e = arith.extf %h : bf16 to f32
    ```

    After: `arith.maximumf` unchanged; the `extf` a shift of the bf16 bits
    into the high half of an i32, bitcast to f32.
  }];
}

def GQAFuseRowLoopsPass
    : Pass<"gqa-fuse-row-loops", "::mlir::func::FuncOp"> {
  let summary = "Fuse consecutive parallel loops over the same rows into "
                "one, where each iteration stays in its own row";
  let description = [{
    A softmax or a normalization is a reduction over each row followed by
    elementwise ops that read the reduction: torch's softmax becomes a max,
    an exp, a sum and a division, each its own `scf.parallel` over the rows
    after `gqa-split-parallel-loops`, each reading the whole tensor from
    memory. Run iteration by iteration in one loop, a row is read from
    memory once and then from the caches.

    The pass fuses each `scf.parallel` with the ones that follow it in the
    same block (past constants, reshapes and allocations, which move above
    it) when

    - the loops have the same bounds and steps, and no reductions;
    - their bodies only load, store, compute and loop (`scf.for`, `scf.if`);
    - every buffer that one loop writes and the other touches is indexed,
      in both and at every access, by the loops' induction variables as its
      leading indices (through `expand_shape` and `collapse_shape`, unit
      dimensions aside): each iteration then touches only its own row, and
      no iteration reads what another one writes.

    Distinct allocations and arguments are taken not to alias (an entry's
    inputs and outputs do not overlap). Loops nested in other parallel
    loops, and in `scf.forall` tiles, are left alone.

    Before (softmax's last two steps):

    ```mlir
    scf.parallel (%i) = (%c0) to (%c128) step (%c1) {
      %s = scf.for %j = %c0 to %c32000 step %c1 iter_args(%a = %zero) -> (f32) {
        %e = memref.load %exp[%i, %j] : memref<128x32000xf32>
        ...
      }
      memref.store %s, %sum[%i] : memref<128xf32>
    }
    scf.parallel (%i) = (%c0) to (%c128) step (%c1) {
      scf.for %j = %c0 to %c32000 step %c1 {
        %e = memref.load %exp[%i, %j] : memref<128x32000xf32>
        %s = memref.load %sum[%i] : memref<128xf32>
        ...
      }
    }
    ```

    After: one `scf.parallel (%i)` whose body holds both `scf.for` loops.
  }];
  let dependentDialects = ["::mlir::scf::SCFDialect"];
}

def GQAEntryStatusPass : Pass<"gqa-entry-status", "::mlir::ModuleOp"> {
  let summary = "Give every public function an int status and check its "
                "arguments' shapes before touching memory";
  let description = [{
    The second half of the checked entry ABI (the first is
    `gqa-annotate-entry-dims`). Runs on memrefs, after
    `buffer-results-to-out-params`, on every public `func.func` definition
    without results: the body moves to a private function
    `__gqa_impl_<name>` (internal linkage once lowered), and `<name>` becomes
    a function with the same arguments returning `i32`. It reads only the
    memref sizes (the descriptors), checks

    - every static dimension of every argument against its static size,
    - the classes of `gqa.entry_dims` (each member equal to the class's
      static size, or else to its first member),
    - the dimensions of `gqa.entry_broadcast_dims` (1 or the class's size),

    and returns 1 without calling the body if any check fails. With
    `gqa.entry_index_bounds`, it then reads every element of those
    arguments (a loop) and returns 3 without calling the body if one is
    outside `[0, Skv]`. With a
    `gqa.entry_check` function (`gqa-hoist-entry-asserts`), it then calls
    that on the inputs and returns 2 without calling the body if it is
    false. Else it calls the body and returns 0. So a caller passing
    mismatched descriptors or out-of-range indices gets a non-zero status
    and no output is written. The attributes of
    the original function (such as `llvm.emit_c_interface`) move to the
    new entry; the annotations are dropped. The entry gets LLVM's
    `noinline` and `optnone` (`passthrough`): it only compares sizes, and
    for a model with its weights as arguments -O3's ConstraintElimination
    spent seconds on those comparisons.

    Before:

    ```mlir
    func.func @f(%a: memref<?x8xf32>, %out: memref<?x8xf32>)
        attributes {gqa.entry_dims = [array<i64: -1, 0, 0, 1, 0>]} { ... }
    ```

    After:

    ```mlir
    func.func private @__gqa_impl_f(%a: memref<?x8xf32>, %out: memref<?x8xf32>)
    func.func @f(%a: memref<?x8xf32>, %out: memref<?x8xf32>) -> i32 {
      // memref.dim, arith.cmpi, scf.if %ok { func.call @__gqa_impl_f }
      return %status : i32
    }
    ```

    A public function that still has results (scalars that are not
    memrefs) cannot return a status and is an error.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::LLVM::LLVMDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::scf::SCFDialect"];
}

def GQABf16ExcessPrecisionPass
    : Pass<"gqa-bf16-excess-precision", "::mlir::func::FuncOp"> {
  let summary = "Compute the bf16 arithmetic of each linalg.generic body in "
                "f32, rounding to bf16 only where a value leaves the body";
  let description = [{
    torch-mlir writes a bf16 op such as GELU as one `linalg.generic` whose
    body is a chain of bf16 `arith`/`math` ops, and `gqa-fuse-elementwise`
    joins such chains into one body. x86 has no bf16 arithmetic: each op
    becomes a widening, the f32 op and a rounding back to bf16, so a body
    of eight ops rounds eight times and spends most of its time in the
    conversions. PyTorch's own kernels (its GELU, its SiLU) compute in f32
    and round once.

    This pass rewrites each `arith`/`math` op of a `linalg.generic` body
    whose operands or results are bf16 (casts aside) into the same op on
    f32, with `arith.extf` on its bf16 operands and `arith.truncf` on its
    bf16 results; then every `extf` of a `truncf` that the rewrite made
    takes the f32 value directly. A value is rounded to bf16 only where it
    is yielded or meets an op that is not rewritten. This is XLA's "excess
    precision" (`xla_allow_excess_precision`, on by default there): the
    results are at least as accurate as rounding after every op, and can
    differ from it by a bf16 unit.

    Casts the graph writes itself (`arith.truncf` then `arith.extf`, as in
    HF's RMSNorm, `hidden.to(bf16)` before `weight * hidden`) keep their
    rounding: only the roundings this pass makes are removed. Ops outside
    `linalg.generic` bodies (the attention kernels) are untouched, and so
    are contractions, whose multiply-accumulate body the library route
    (`gqa-contractions-to-library`) must still recognize.
    `gqa-cpu-pipeline{bf16-excess-precision=false}` leaves the pass out.

    Before:

    ```mlir
    ^bb0(%in: bf16, %out: bf16):
      %0 = arith.mulf %in, %in : bf16
      %1 = arith.addf %0, %in : bf16
      linalg.yield %1 : bf16
    ```

    After:

    ```mlir
    ^bb0(%in: bf16, %out: bf16):
      %0 = arith.extf %in : bf16 to f32
      %1 = arith.mulf %0, %0 : f32
      %2 = arith.addf %1, %0 : f32
      %3 = arith.truncf %2 : f32 to bf16
      linalg.yield %3 : bf16
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

#endif // GQA_TRANSFORMS_PASSES_TD
