//===- Passes.h - GQA pipelines ---------------------------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The project's pass pipelines, as C++ functions with an options struct and a
// registration, so that `gqa-opt --<pipeline>` reproduces what any tool runs.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_PIPELINES_PASSES_H
#define GQA_PIPELINES_PASSES_H

#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Support/GpuTargetInfo.h"

#include "mlir/Pass/PassOptions.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/LogicalResult.h"

namespace mlir {
class DialectRegistry;
class OpPassManager;

namespace gqa {

/// What the `entry-status` option of every pipeline that has it does.
inline constexpr const char *kEntryStatusDescription =
    "Public functions return an i32 status: they first check the sizes of "
    "their memref arguments against each other and their static sizes, and "
    "return 1 without touching memory on a mismatch; they check their "
    "assertions (index bounds) on the inputs and return 2 without running "
    "when one fails (gqa-annotate-entry-dims, gqa-hoist-entry-asserts, "
    "gqa-entry-status)";

inline constexpr const char *kUpdateInPlaceDescription =
    "An argument that a result is an update of (a KV cache a step writes "
    "into) is updated in place: the entry writes it, and the result is no "
    "out-parameter (gqa-mark-entry-arguments, gqa-drop-updated-results). "
    "Every other argument is read-only";

/// The tile-size options of the pipelines that tile attention, for either
/// target (see `gqa-tile-cpu` and `gqa-tile-gpu`).
template <typename Derived>
struct TileSizeOptions : public PassPipelineOptions<Derived> {
  using Base = PassPipelineOptions<Derived>;
  typename Base::template Option<int64_t> rowTile{
      *this, "row-tile",
      llvm::cl::desc("Packed query rows per tile or block (0: cost model; "
                     "CPUs: at most 64, and at most 2048 rows x keys)"),
      llvm::cl::init(0)};
  typename Base::template Option<int64_t> kvTile{
      *this, "kv-tile",
      llvm::cl::desc("Keys per KV block or K/V tile (0: cost model; CPUs: a "
                     "power of two of at most 128)"),
      llvm::cl::init(0)};
  typename Base::template Option<int64_t> kvSplits{
      *this, "kv-splits",
      llvm::cl::desc("KV splits per work item (0: cost model, 1: none)"),
      llvm::cl::init(0)};
};

/// Options of `gqa-reference-pipeline`.
struct ReferencePipelineOptions
    : public PassPipelineOptions<ReferencePipelineOptions> {
  PassOptions::Option<bool> emitCInterface{
      *this, "emit-c-interface",
      llvm::cl::desc("Give every public function a `_mlir_ciface_<name>` "
                     "entry point taking pointers to memref descriptors"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> entryStatus{
      *this, "entry-status", llvm::cl::desc(kEntryStatusDescription),
      llvm::cl::init(false)};
  PassOptions::Option<bool> updateInPlace{
      *this, "update-in-place", llvm::cl::desc(kUpdateInPlaceDescription),
      llvm::cl::init(false)};
};

/// Adds `gqa-reference-pipeline` to `pm`, which must run on a
/// `builtin.module`: lowers `gqa.attention` with `convert-gqa-to-linalg`,
/// bufferizes (function arguments become identity-layout memrefs and tensor
/// results become trailing out-parameters the caller allocates; the callee
/// frees everything it allocates), lowers to loops, lowers math ops to libm
/// calls and bf16 conversions to integer arithmetic, converts everything to
/// the LLVM dialect and ends with `gqa-verify-llvm-contract`.
void buildReferencePipeline(OpPassManager &pm,
                            const ReferencePipelineOptions &options);

/// Registers `gqa-reference-pipeline`.
void registerReferencePipeline();

/// Adds `gqa-mark-entry-arguments` to `pm`, which every pipeline runs first:
/// entry arguments are read-only, but with `updateInPlace` those that a
/// result is an update of, which the entry then writes in place.
void addEntryArgumentMarks(OpPassManager &pm, bool updateInPlace);

/// Adds what every pipeline runs next on an imported graph:
/// `convert-tm-tensor-to-loops` (torch-mlir's tm_tensor ops to loops).
void addImportLowering(OpPassManager &pm);

/// Adds the tensor-level half of the checked entry ABI to `pm`:
/// `gqa-annotate-entry-dims` (which entry dimensions must agree) and
/// `gqa-hoist-entry-asserts` (assertions checked before the body runs).
void addEntryChecks(OpPassManager &pm);

/// Adds the bufferization of `gqa-reference-pipeline` to `pm`: one-shot
/// bufferization with identity-layout memref arguments, tensor results as
/// trailing out-parameters but for the arguments updated in place
/// (`gqa-drop-updated-results`), deallocation of whatever the callee allocates,
/// and with `entryStatus` the i32 status of `gqa-entry-status`.
void addBufferizationForEntryPoints(OpPassManager &pm, bool entryStatus);

/// Adds the tail of `gqa-reference-pipeline` to `pm`: linalg on memrefs to
/// loops, loops to branches, math to libm calls, bf16 conversions to integer
/// arithmetic, everything to the LLVM dialect, then
/// `gqa-verify-llvm-contract`.
void addLoopsToLLVMLowering(OpPassManager &pm);

/// Adds the expansion of the math ops that neither LLVM nor libm lowers
/// (`math.fpowi`, `math.rsqrt`) into arith and other math ops to `pm`.
void addMathExpansion(OpPassManager &pm);

/// Adds the lowering of affine ops and structured control flow to branches,
/// and of bf16 `extf`/`truncf` to integer arithmetic (no `__truncsfbf2`), to
/// `pm`. With `emulateBf16Arithmetic`, bf16 arithmetic is first rewritten to
/// f32 between such conversions: on a target without AVX512-BF16, LLVM would
/// otherwise promote it with calls of `__truncsfbf2`. With
/// `keepFloatMinMax`, the float minimum and maximum ops stay whole
/// (gqa-expand-arith), so that LLVM vectorizes their reductions.
void addBranchesAndBf16Expansion(OpPassManager &pm,
                                 bool emulateBf16Arithmetic = true,
                                 bool keepFloatMinMax = false);

/// Adds the conversion of everything left to the LLVM dialect to `pm`:
/// strided metadata expanded, affine lowered, (with `vector`) vector ops,
/// memrefs (with `runtimeAllocator`, allocated through libgqa_runtime's
/// `_mlir_memref_to_llvm_*` functions instead of malloc and free), math
/// (libm calls for what LLVM has no intrinsic for), arith,
/// (with `vector`) index, (with `openMP`) OpenMP, func and control flow,
/// then the casts between them reconciled. (lib/Pipelines/Common.cpp holds
/// this and the other stages the pipelines share.)
void addConversionToLLVM(OpPassManager &pm, bool vector, bool openMP,
                         bool runtimeAllocator = false);

/// Adds to `registry` the dialects and external interface models that
/// `gqa-reference-pipeline` needs beyond the passes' dependent dialects (the
/// bufferization models of the func, arith, linalg and tensor ops). A tool
/// that does not call `mlir::registerAllExtensions` must call this on the
/// registry of its context before running the pipeline.
void registerReferencePipelineDependencies(DialectRegistry &registry);

/// Options of `gqa-cpu-pipeline`.
struct CpuPipelineOptions : public TileSizeOptions<CpuPipelineOptions> {
  PassOptions::Option<std::string> targetCpu{
      *this, "target-cpu",
      llvm::cl::desc("Target CPU: native (this machine), znver5, "
                     "x86-64-v3, skylake-avx512, ... (sets the vector width "
                     "of the tiles and the CPU of code generation)"),
      llvm::cl::init("native")};
  PassOptions::Option<bool> pack{
      *this, "pack",
      llvm::cl::desc("Pack the query heads of each group into one tile "
                     "(gqa-pack-query-groups), so K/V is read once per group"),
      llvm::cl::init(true)};
  PassOptions::Option<KeyLayout> keyLayout{
      *this, "key-layout",
      llvm::cl::desc("How tiles read the keys (see gqa-tile-cpu)"),
      llvm::cl::init(KeyLayout::Auto),
      llvm::cl::values(clEnumValN(KeyLayout::Auto, "auto", "cost model"),
                       clEnumValN(KeyLayout::Rows, "rows", "as stored"),
                       clEnumValN(KeyLayout::Transposed, "transposed",
                                  "transposed once per call"))};
  PassOptions::Option<int64_t> prefetchKeys{
      *this, "prefetch-keys",
      llvm::cl::desc("With the key rows layout, prefetch K and V rows this "
                     "many keys ahead of the KV block (-1: cost model, 0: "
                     "none)"),
      llvm::cl::init(-1)};
  PassOptions::Option<int64_t> numThreads{
      *this, "num-threads",
      llvm::cl::desc("Threads of the parallel loops (0: all cores; the cost "
                     "model sizes the KV split for them)"),
      llvm::cl::init(0)};
  PassOptions::Option<bool> entryStatus{
      *this, "entry-status", llvm::cl::desc(kEntryStatusDescription),
      llvm::cl::init(false)};
  PassOptions::Option<bool> updateInPlace{
      *this, "update-in-place", llvm::cl::desc(kUpdateInPlaceDescription),
      llvm::cl::init(false)};
  PassOptions::Option<bool> outlineKernels{
      *this, "outline-kernels",
      llvm::cl::desc("Compile each distinct kernel of a public function once "
                     "as a private function (gqa-outline-kernels), so the "
                     "layers of a model share their code"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> contractionLibrary{
      *this, "contraction-library",
      llvm::cl::desc("Run matrix products through libgqa_runtime (oneDNN) "
                     "rather than loops (gqa-fold-contraction-transposes, "
                     "gqa-contractions-to-library)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> fuseElementwise{
      *this, "fuse-elementwise",
      llvm::cl::desc("Fuse chains of elementwise ops (and their reductions) "
                     "into single passes over memory (gqa-fuse-elementwise), "
                     "and the loops of a softmax or a norm over the same "
                     "rows into one (gqa-fuse-row-loops)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> prefetchStreams{
      *this, "prefetch-streams",
      llvm::cl::desc("Prefetch the buffers that the elementwise and copy "
                     "loops stream through, a fixed distance ahead "
                     "(gqa-prefetch-streams)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> bf16ExcessPrecision{
      *this, "bf16-excess-precision",
      llvm::cl::desc("Compute the bf16 arithmetic of each elementwise or "
                     "reduction body in f32 and round once, where a value "
                     "leaves it (gqa-bf16-excess-precision)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> amx{
      *this, "amx",
      llvm::cl::desc("On a target CPU with AMX-BF16, run bf16 prefill "
                     "attention on AMX tiles through libgqa_runtime "
                     "(gqa-attention-to-library)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> runtimeAllocator{
      *this, "runtime-allocator",
      llvm::cl::desc("Allocate temporaries through libgqa_runtime, which "
                     "keeps freed blocks for the next call, rather than "
                     "malloc and free"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> explain{
      *this, "explain",
      llvm::cl::desc("Emit a remark at every contraction left as loops, and "
                     "on an AMX target at every attention op left to "
                     "gqa-tile-cpu"),
      llvm::cl::init(false)};
};

/// Adds `gqa-cpu-pipeline` to `pm`, which must run on a `builtin.module`:
/// outlines kernels (unless `outline-kernels=false`), packs query groups
/// (unless `pack=false`), tiles every attention with
/// `gqa-tile-cpu`, bufferizes with the calling convention of
/// `gqa-reference-pipeline`, maps the tiles' `scf.forall` to OpenMP,
/// approximates math functions inline, converts everything to the LLVM
/// dialect, sets the target CPU and ends with `gqa-verify-llvm-contract`.
/// Matrix products become calls of libgqa_runtime (unless
/// `contraction-library=false`); the remaining linalg ops and
/// bufferization's copies become OpenMP loops over their outer dimensions
/// around a vectorizable inner loop; temporaries come from libgqa_runtime's
/// allocator (unless `runtime-allocator=false`). The JIT-compiled code calls
/// the OpenMP runtime (`libomp.so`) and libgqa_runtime.
void buildCpuPipeline(OpPassManager &pm, const CpuPipelineOptions &options);

/// Registers `gqa-cpu-pipeline`.
void registerCpuPipeline();

/// Options of `gqa-import-tosa-pipeline`.
struct ImportTosaPipelineOptions
    : public PassPipelineOptions<ImportTosaPipelineOptions> {
  PassOptions::Option<bool> explain{
      *this, "explain",
      llvm::cl::desc("Emit a remark at every attention candidate that "
                     "gqa-raise-attention does not raise"),
      llvm::cl::init(false)};
};

/// Adds `gqa-import-tosa-pipeline` to `pm`, which must run on a
/// `builtin.module`: lowers TOSA to linalg-on-tensors with upstream's
/// TOSA-to-linalg pipeline (then `tosa-to-arith` and `tosa-to-tensor` for
/// constants and reshapes), canonicalizes the reshapes, then raises every
/// attention to `gqa.attention` with `gqa-raise-attention`.
void buildImportTosaPipeline(OpPassManager &pm,
                             const ImportTosaPipelineOptions &options);

/// Registers `gqa-import-tosa-pipeline`.
void registerImportTosaPipeline();

/// Options of `gqa-gpu-schedule-pipeline` and `gqa-gpu-pipeline` that size
/// the block-level schedule (see `gqa-tile-gpu`).
template <typename Derived>
struct GpuScheduleOptions : public TileSizeOptions<Derived> {
  using Base = PassPipelineOptions<Derived>;
  typename Base::template Option<GpuChip> chip{
      *this, "chip",
      llvm::cl::desc("NVIDIA GPU to compile for (its limits size the "
                     "schedule)"),
      llvm::cl::init(GpuChip::Sm90), getGpuChipOptionValues()};
  typename Base::template Option<bool> pack{
      *this, "pack",
      llvm::cl::desc("Give each block the query heads of one group (packed "
                     "in place, gqa-tile-gpu's group-query-heads), so K/V is "
                     "read once per group"),
      llvm::cl::init(true)};
  typename Base::template Option<int64_t> sharedMemoryBytes{
      *this, "shared-memory-bytes",
      llvm::cl::desc("Workgroup memory a block may use, in bytes (0: the "
                     "chip's without opting in)"),
      llvm::cl::init(0)};
  typename Base::template Option<int64_t> multiprocessors{
      *this, "multiprocessors",
      llvm::cl::desc("Multiprocessors of the GPU (0: the chip's; the cost "
                     "model splits the KV sequence until there are two "
                     "blocks per multiprocessor)"),
      llvm::cl::init(0)};

  /// The options of the `gqa-tile-gpu` pass these options ask for.
  GQATileGpuPassOptions getTileGpuOptions() const {
    GQATileGpuPassOptions options;
    options.rowTile = this->rowTile;
    options.kvTile = this->kvTile;
    options.kvSplits = this->kvSplits;
    options.chip = chip;
    options.groupQueryHeads = pack;
    options.sharedMemoryBytes = sharedMemoryBytes;
    options.multiprocessors = multiprocessors;
    return options;
  }
};

/// Adds what both GPU pipelines start with to `pm`: `gqa-tile-gpu` with
/// `options` (query groups packed in place unless `group-query-heads` is
/// off), canonicalization and CSE.
void addGpuScheduleTiling(OpPassManager &pm,
                          const GQATileGpuPassOptions &options);

/// Options of `gqa-gpu-schedule-pipeline`.
struct GpuSchedulePipelineOptions
    : public GpuScheduleOptions<GpuSchedulePipelineOptions> {
  PassOptions::Option<bool> countKvBytes{
      *this, "count-kv-bytes",
      llvm::cl::desc("Count the bytes of K and V the blocks read from global "
                     "memory in @gqa_kv_bytes_read (an i64 global)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> entryStatus{
      *this, "entry-status", llvm::cl::desc(kEntryStatusDescription),
      llvm::cl::init(false)};
};

/// Adds `gqa-gpu-schedule-pipeline` to `pm`, which must run on a
/// `builtin.module`: builds the block-level GPU schedule with
/// `gqa-tile-gpu` (query groups packed in place unless
/// `pack=false`), bufferizes with the
/// calling convention of `gqa-reference-pipeline`, turns every forall of
/// the schedule (blocks and threads) into a sequential loop, hoists the
/// schedule's buffers out of the loops, and lowers like the reference
/// pipeline, ending with `gqa-verify-llvm-contract`.
void buildGpuSchedulePipeline(OpPassManager &pm,
                              const GpuSchedulePipelineOptions &options);

/// Registers `gqa-gpu-schedule-pipeline`.
void registerGpuSchedulePipeline();

/// Options of `gqa-gpu-pipeline`.
struct GpuPipelineOptions : public GpuScheduleOptions<GpuPipelineOptions> {
  PassOptions::Option<int64_t> optLevel{
      *this, "opt-level",
      llvm::cl::desc("LLVM optimization level of the device code (0-3)"),
      llvm::cl::init(3)};
};

/// Adds `gqa-gpu-pipeline` to `pm`, which must run on a `builtin.module`:
/// builds the block-level schedule (query groups packed in place),
/// bufferizes, maps
/// it onto `gpu.launch` (`gqa-gpu-schedule-to-launch`), approximates
/// exp/log/tanh inline, and lowers with upstream's
/// `gpu-lower-to-nvvm-pipeline` to host LLVM code and one `gpu.binary` of
/// PTX for `chip` (with the PTX features of its row of the GPU target
/// table), ending with `gqa-verify-gpu-binary`.
void buildGpuPipeline(OpPassManager &pm, const GpuPipelineOptions &options);

/// The first half of `gqa-gpu-pipeline` (what it does up to the NVVM
/// lowering): ends with host functions on memrefs that `gpu.launch_func`
/// the kernels (`gpu.func`s named `<function>_attention` and
/// `<function>_combine`) of one `gpu.module @gqa_kernels`. Tools read the
/// launch configuration from this form.
void buildGpuKernelsPipeline(OpPassManager &pm,
                             const GpuPipelineOptions &options);

/// The second half of `gqa-gpu-pipeline`: upstream's
/// `gpu-lower-to-nvvm-pipeline` with the chip's PTX features, then
/// `gqa-verify-gpu-binary`.
void buildGpuKernelsToPtxPipeline(OpPassManager &pm,
                                  const GpuPipelineOptions &options);

/// Registers `gqa-gpu-pipeline`.
void registerGpuPipeline();

/// Adds to `registry` what `gqa-gpu-pipeline` needs beyond the passes'
/// dependent dialects: the NVVM target attribute's serialization to PTX and
/// the translations of the GPU, NVVM and LLVM dialects to LLVM IR. A tool
/// must call this on the registry of its context before running the
/// pipeline.
void registerGpuPipelineDependencies(DialectRegistry &registry);

} // namespace gqa
} // namespace mlir

#endif // GQA_PIPELINES_PASSES_H
