//===- Passes.td - GQA dialect transformation passes -------*- tablegen -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Passes that rewrite IR into, or within, the `gqa` dialect.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_GQA_TRANSFORMS_PASSES_TD
#define GQA_DIALECT_GQA_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def GQAPackQueryGroupsPass : Pass<"gqa-pack-query-groups"> {
  let summary = "Pack the query heads of each group into the rows of one "
                "packed attention (KV dedup)";
  let description = [{
    Rewrites every `gqa.attention` whose group size `G = Hq / Hkv` is above 1
    into a `gqa.packed_attention` with `packing = G`: the `G` query heads that
    share a key/value head become `G * Sq` rows of one unit, so that a tiled
    kernel reads each key/value row once for all of them instead of `G`
    times. Each packed row keeps its own query head (for the mask) and
    position (for `causal` and `window`). `G = 1` is left unchanged.

    Contiguous mapping (query head `h = kv * G + m`), before:

    ```mlir
    %o = gqa.attention %q, %k, %v causal
        : tensor<1x8x3x64xf32>, tensor<1x2x10x64xf32>, tensor<1x2x10x64xf32>
        -> tensor<1x8x3x64xf32>
    ```

    after:

    ```mlir
    %e = tensor.expand_shape %q [[0], [1, 2], [3], [4]] output_shape [1, 2, 4, 3, 64]
    %p = tensor.collapse_shape %e [[0], [1], [2, 3], [4]]
        : tensor<1x2x4x3x64xf32> into tensor<1x2x12x64xf32>
    %r = gqa.packed_attention %p, %k, %v packing = 4 causal
        : tensor<1x2x12x64xf32>, tensor<1x2x10x64xf32>, tensor<1x2x10x64xf32>
        -> tensor<1x2x12x64xf32>
    %o = ... expand_shape / collapse_shape back to tensor<1x8x3x64xf32>
    ```

    With `head_mapping = interleaved` (query head `h = m * Hkv + kv`) the
    query is transposed between the two reshapes, and the result back.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

/// The tile-size options both tilings take.
defvar GQA_TileSizeOptions = [
  Option<"rowTile", "row-tile", "int64_t", /*default=*/"0",
         "Packed query rows per tile (0: cost model; CPUs: at most 64, and "
         "at most 2048 rows x keys)">,
  Option<"kvTile", "kv-tile", "int64_t", /*default=*/"0",
         "Keys per KV block, a power of two of at most 128 on CPUs (0: cost "
         "model, one f32 vector register on CPUs, a warp on GPUs)">,
  Option<"kvSplits", "kv-splits", "int64_t", /*default=*/"0",
         "Parts the KV sequence of a work item is split into (0: cost "
         "model; 1: no split)">
];

/// The dialects the tiled IR of both targets uses.
defvar GQA_TilingDialects = ["::mlir::arith::ArithDialect",
                             "::mlir::bufferization::BufferizationDialect",
                             "::mlir::linalg::LinalgDialect",
                             "::mlir::math::MathDialect",
                             "::mlir::memref::MemRefDialect",
                             "::mlir::scf::SCFDialect",
                             "::mlir::tensor::TensorDialect",
                             "::mlir::vector::VectorDialect"];

//===----------------------------------------------------------------------===//
// TileCpu
//===----------------------------------------------------------------------===//

def GQATileCpuPass : Pass<"gqa-tile-cpu"> {
  let summary = "Tile gqa attention ops flash-attention style for CPUs";
  let description = [{
    Replaces every `gqa.attention` and `gqa.packed_attention` with a
    flash-attention loop nest on tensors for CPUs:

    - an `scf.forall` over (batch, unit, row tile, KV split): a unit is a
      KV head after packing (so its `G` query heads share every K/V read) or
      a query head without it;
    - per work item, the keys any row of the tile may attend (`kv_lengths`,
      `causal`, `window`) bound an `scf.for` over KV blocks, so masked blocks
      are never visited;
    - the loop carries the online-softmax state per row (running max,
      running sum, f32 accumulator rescaled once per block) and computes on
      vectors over `D`, `Dv` and the block;
    - with more than one KV split (flash-decoding), every split writes its
      normalized partial output and log-sum-exp, and a second `scf.forall`
      merges them weighted by `exp(lse - max lse)`.

    Tile sizes come from a cost model (vector width, L1 size, `D`, `Dv`, the
    packed rows, thread count); each non-zero option overrides it. An op the
    loop nest cannot serve with the options given (`key-layout=transposed`
    with `Dv` not a multiple of the vector lanes) is an error at the op.

    Scores come in one of two key layouts. `rows` reads key rows as stored:
    per row and key a lanes-wide partial dot product, the block's partials
    summed by a shuffle tree; it suits tiles of few rows (decode), where
    nothing would pay for a transposition. `transposed` (chosen when at
    least 16 tiles of 8 or more rows share the keys) transposes K once per
    call to `[B, Hkv, D, Skv]` padded to whole blocks and copies the query
    to a zero-padded f32 tensor: scores are one FMA per element of `D` with
    the query element broadcast from memory, and `P*V` walks `Dv` in
    register-sized chunks through a `[rows, Dv]` accumulator buffer with the
    probabilities read from a `[rows, block]` buffer, so a tile of 16 rows
    keeps its accumulators in registers.

    Before:

    ```mlir
    %o = gqa.packed_attention %q, %k, %v packing = 4 causal : ...
    ```

    After (schematically):

    ```mlir
    %r:2 = scf.forall (%b, %u, %t, %s) in (1, 2, 1, 2) shared_outs(...) {
      %q = vector.transfer_read ...          // the tile's queries
      %st:12 = scf.for %kb = %lo to %hi step %c16 iter_args(...) {
        // scores, masks, running max/sum, rescaled accumulators
      }
      // normalized partial output and log-sum-exp of split %s
    }
    %o = scf.forall (%b, %u, %t) in (1, 2, 1) shared_outs(...) {
      // weighted merge of the splits
    }
    ```
  }];
  let options = !listconcat(GQA_TileSizeOptions, [
    Option<"keyLayout", "key-layout", "::mlir::gqa::KeyLayout",
           /*default=*/"::mlir::gqa::KeyLayout::Auto",
           "How tiles read the keys for their scores",
           [{::llvm::cl::values(
             clEnumValN(::mlir::gqa::KeyLayout::Auto, "auto", "cost model"),
             clEnumValN(::mlir::gqa::KeyLayout::Rows, "rows",
                        "as stored; shuffle-tree reductions; best for few "
                        "rows per tile"),
             clEnumValN(::mlir::gqa::KeyLayout::Transposed, "transposed",
                        "transposed once per call; broadcast FMAs; best for "
                        "prefill; needs Dv to be a multiple of the vector "
                        "lanes"))}]>,
    Option<"prefetchKeys", "prefetch-keys", "int64_t", /*default=*/"-1",
           "With the key rows layout, prefetch K and V rows this many keys "
           "ahead of the KV block (-1: cost model, 0: none)">,
    Option<"vectorBits", "vector-bits", "int64_t", /*default=*/"512",
           "Vector register width of the target in bits">,
    Option<"numThreads", "num-threads", "int64_t", /*default=*/"0",
           "Threads the parallel loop runs on (0: this machine's cores)">,
    Option<"l1Bytes", "l1-bytes", "int64_t", /*default=*/"0",
           "Per-core L1 data cache size in bytes (0: this machine's)">,
    Option<"l2Bytes", "l2-bytes", "int64_t", /*default=*/"0",
           "Per-core L2 cache size in bytes (0: this machine's)">
  ]);
  let dependentDialects = GQA_TilingDialects;
}

//===----------------------------------------------------------------------===//
// TileGpu
//===----------------------------------------------------------------------===//

def GQATileGpuPass : Pass<"gqa-tile-gpu"> {
  let summary = "Tile gqa attention ops into a block-level schedule for "
                "NVIDIA GPUs";
  let description = [{
    Replaces every `gqa.attention` and `gqa.packed_attention` with a
    block-level schedule on memrefs for NVIDIA GPUs (docs/gpu.md): an `scf.forall` over thread blocks (`#gpu.block`
    mapping) over (row tiles x KV splits, units, batch); in each block,
    workgroup buffers (allocations marked `gqa.memory =
    #gpu.address_space<workgroup>`) for the tile's scaled queries and for
    one K tile and one V tile at a time, staged once per block and read by
    every query head of the group; per-thread online-softmax state
    (allocations marked `#gpu.address_space<private>`, indexed by the
    thread's coordinates first); and phases of `scf.forall`s over the
    block's threads (`#gpu.thread` mapping, x over the warp, y over the
    rows), a barrier implied after each. With more than one KV split a
    second grid merges the splits' partial outputs by their log-sum-exp.
    A `gqa.attention` with `G > 1` is packed in place (`group-query-heads`,
    on by default): a block's rows are the rows of the `G` query heads of
    one KV head, read from the query and written to the result where they
    are, without the copies of `gqa-pack-query-groups` (which would stay on
    the host); a `gqa.packed_attention` is taken as it is.
    `row-tile`, `kv-tile` and `kv-splits` override the GPU cost model, whose
    limits come from the chip's row of the GPU target table
    (`getGpuTargetInfo`: warp size, shared memory per block without opting
    in, multiprocessors); `shared-memory-bytes` and `multiprocessors`
    override those. `count-kv-bytes` adds the bytes of K and V each block
    stages to the `i64` `memref.global @gqa_kv_bytes_read` (created if
    missing), for running the schedule on the CPU. An op for which no
    tiling fits the shared memory is an error at the op.
  }];
  let options = !listconcat(GQA_TileSizeOptions, [
    Option<"chip", "chip", "::mlir::gqa::GpuChip",
           /*default=*/"::mlir::gqa::GpuChip::Sm90",
           "The NVIDIA GPU whose limits size the schedule",
           [{::mlir::gqa::getGpuChipOptionValues()}]>,
    Option<"groupQueryHeads", "group-query-heads", "bool",
           /*default=*/"true",
           "Give each block the rows of the G query heads of one KV head of "
           "a gqa.attention, read and written in place (packing without a "
           "copy), so each K/V tile is staged once for them">,
    Option<"countKvBytes", "count-kv-bytes", "bool", /*default=*/"false",
           "Add the bytes of K and V staged by each block to "
           "@gqa_kv_bytes_read">,
    Option<"sharedMemoryBytes", "shared-memory-bytes", "int64_t",
           /*default=*/"0",
           "Workgroup memory a block may use, in bytes (0: the chip's "
           "without opting in)">,
    Option<"multiprocessors", "multiprocessors", "int64_t",
           /*default=*/"0",
           "Multiprocessors of the GPU (0: the chip's; the KV sequence is "
           "split until the grid has two blocks per multiprocessor)">
  ]);
  let dependentDialects = !listconcat(GQA_TilingDialects,
                                      ["::mlir::gpu::GPUDialect"]);
}

//===----------------------------------------------------------------------===//
// GpuScheduleToLaunch
//===----------------------------------------------------------------------===//

def GQAGpuScheduleToLaunchPass : Pass<"gqa-gpu-schedule-to-launch"> {
  let summary = "Map the block-level GPU schedule of gqa-tile-gpu onto gpu.launch";
  let description = [{
    Runs on the bufferized schedule of `gqa-tile-gpu`:

    - each `scf.forall` mapped to `#gpu.block<x|y|z>` becomes a
      `gpu.launch` whose grid is the forall's bounds and whose block is the
      largest bounds of the `#gpu.thread` foralls inside it;
    - `memref.alloca`s marked `gqa.memory = #gpu.address_space<workgroup>`
      become workgroup attributions of the launch (shared memory);
    - `memref.alloca`s marked `gqa.memory = #gpu.address_space<private>`
      drop their two leading dimensions, the thread's y and x coordinates
      that every access must index them with, and become one allocation
      per thread, which LLVM promotes to registers;
    - the `#gpu.thread` foralls become code on `gpu.thread_id`s, predicated
      when smaller than the block, with a `gpu.barrier` after each (the
      phases of the schedule).

    It fails, naming the op, on a grid forall that is not normalized, a
    thread forall with dynamic bounds, a private buffer indexed by anything
    but the thread coordinates, and any schedule op left outside a grid.

    Before (abridged):

    ```mlir
    scf.forall (%rs, %u, %b) in (%n, 8, %B) {
      %ks = memref.alloca() {gqa.memory = #gpu.address_space<workgroup>}
          : memref<32x129xf32>
      %m = memref.alloca() {gqa.memory = #gpu.address_space<private>}
          : memref<4x32xf32>
      scf.forall (%ty, %tx) in (4, 32) {
        memref.store %ninf, %m[%ty, %tx] : memref<4x32xf32>
      } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
      ...
    } {mapping = [#gpu.block<x>, #gpu.block<y>, #gpu.block<z>]}
    ```

    After:

    ```mlir
    gpu.launch blocks(%bx, %by, %bz) in (%gx = %n, %gy = %c8, %gz = %B)
               threads(%tx, %ty, %tz) in (%sx = %c32, %sy = %c4, %sz = %c1)
               workgroup(%ks : memref<32x129xf32, #gpu.address_space<workgroup>>) {
      %m = memref.alloca() : memref<f32>
      %x = gpu.thread_id x
      %y = gpu.thread_id y
      memref.store %ninf, %m[] : memref<f32>
      gpu.barrier
      ...
    }
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::gpu::GPUDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::scf::SCFDialect"];
}

//===----------------------------------------------------------------------===//
// RaiseAttention
//===----------------------------------------------------------------------===//

def GQARaiseAttentionPass : Pass<"gqa-raise-attention"> {
  let summary = "Raise attention in linalg-on-tensors graphs to gqa.attention";
  let description = [{
    Recognizes scaled dot-product attention as model exporters spell it on
    tensors (torch-mlir's linalg-on-tensors output, TOSA lowered to linalg,
    ONNX expanded graphs) and replaces it with one `gqa.attention`, with the
    materialized repetition of the key/value heads removed.

    Each softmax is a candidate: a `linalg.softmax`, or a row maximum (a
    reduction with `arith.maximumf`, `arith.maxnumf` or a compare-select,
    starting at `-inf` or the lowest finite float) followed by
    subtract-exp-sum-divide (or a multiply by the reciprocal of the sum),
    optionally with the "safe softmax" guard that zeroes rows whose scores
    are all `-inf`. From there the pass follows:

    - the scores back to a `Q K^T` contraction (`linalg.matmul`,
      `linalg.batch_matmul` with or without explicit `indexing_maps`, or a
      `linalg.generic` contraction, with `tensor.expand_shape` and
      `tensor.collapse_shape` around it), through multiplications or
      divisions by a constant (the scale), `c * tanh(s / c)` (softcap),
      additions of a bias and `arith.select`s with `-inf` or the lowest
      float (masks), and `arith.extf`/`arith.truncf`;
    - the probabilities forward to the `P V` contraction;
    - each of `Q`, `K` and `V` back through transposes
      (`linalg.transpose` or a permuting `linalg.generic`), reshapes, copies,
      constant scalings (`sqrt(scale)` applied to `Q` and `K` separately) and
      at most one broadcast that repeats the key/value heads: repeating each
      head `G` times in a row (`repeat_kv`, `repeat_interleave`) gives
      `head_mapping = contiguous`, repeating the whole set of heads `G`
      times (`repeat`, `tile`) gives `head_mapping = interleaved`, a
      broadcast of a single head is multi-query attention.

    Masks computed from indices only (`linalg.index`, iotas, compares and
    selects) are evaluated at every position and, when they are causal
    and/or a sliding window, become `causal`, `window`, `alignment` or
    `q_offset`; any other mask or bias becomes the `mask` operand. The total
    scale is omitted when it is `1/sqrt(D)`.

    A candidate that only partly matches is left untouched. With
    `explain=true` each such candidate gets a remark naming the part that
    did not match.

    Before (abridged):

    ```mlir
    %k5 = linalg.generic ... ins(%k : tensor<1x2x16x64xf32>)
        outs(%e : tensor<1x2x4x16x64xf32>)         // repeat_kv
    %kr = tensor.collapse_shape %k5 [[0], [1, 2], [3], [4]]
    %s = linalg.batch_matmul ...                    // Q K^T
    %m = linalg.generic ...                         // row max
    ...                                             // sub, exp, sum, div
    %o = linalg.batch_matmul ...                    // P V
    ```

    After:

    ```mlir
    %o = gqa.attention %q, %k, %v causal
        : tensor<1x8x16x64xf32>, tensor<1x2x16x64xf32>, tensor<1x2x16x64xf32>
        -> tensor<1x8x16x64xf32>
    ```
  }];
  let options = [
    Option<"explain", "explain", "bool", /*default=*/"false",
           "Emit a remark at every attention candidate that is not raised, "
           "naming the part that did not match">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::gqa::GQADialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

#endif // GQA_DIALECT_GQA_TRANSFORMS_PASSES_TD
