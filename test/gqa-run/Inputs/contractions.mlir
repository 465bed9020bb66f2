// Matrix products in the forms a model graph holds, for
// test/gqa-run/contractions.test: gqa-cpu-pipeline runs them on
// libgqa_runtime (oneDNN), gqa-reference-pipeline as loops.

#a = affine_map<(m, n, k) -> (m, k)>
#bt = affine_map<(m, n, k) -> (n, k)>
#c = affine_map<(m, n, k) -> (m, n)>

// nn.Linear as torch-mlir exports it, with a bias added after.
func.func @linear_f32(%x: tensor<16x96xf32>, %w: tensor<80x96xf32>, %bias: tensor<80xf32>) -> tensor<16x80xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<96x80xf32>
  %wt = linalg.transpose ins(%w : tensor<80x96xf32>) outs(%e : tensor<96x80xf32>) permutation = [1, 0]
  %c = tensor.empty() : tensor<16x80xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<16x80xf32>) -> tensor<16x80xf32>
  %y = linalg.matmul ins(%x, %wt : tensor<16x96xf32>, tensor<96x80xf32>) outs(%acc : tensor<16x80xf32>) -> tensor<16x80xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      ins(%y, %bias : tensor<16x80xf32>, tensor<80xf32>) outs(%c : tensor<16x80xf32>) {
  ^bb0(%in: f32, %b: f32, %out: f32):
    %s = arith.addf %in, %b : f32
    linalg.yield %s : f32
  } -> tensor<16x80xf32>
  return %r : tensor<16x80xf32>
}

// One token (decode): M = 1.
func.func @decode_f32(%x: tensor<1x256xf32>, %w: tensor<128x256xf32>) -> tensor<1x128xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<256x128xf32>
  %wt = linalg.transpose ins(%w : tensor<128x256xf32>) outs(%e : tensor<256x128xf32>) permutation = [1, 0]
  %c = tensor.empty() : tensor<1x128xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<1x128xf32>) -> tensor<1x128xf32>
  %y = linalg.matmul ins(%x, %wt : tensor<1x256xf32>, tensor<256x128xf32>) outs(%acc : tensor<1x128xf32>) -> tensor<1x128xf32>
  return %y : tensor<1x128xf32>
}

// bf16 in and out: the library accumulates in f32 and rounds once, the
// loops round every partial sum to bf16; K is small enough for gqa-run's
// bf16 tolerance to hold both.
func.func @linear_bf16(%x: tensor<8x12xbf16>, %w: tensor<24x12xbf16>) -> tensor<8x24xbf16> {
  %zero = arith.constant 0.0 : bf16
  %e = tensor.empty() : tensor<12x24xbf16>
  %wt = linalg.transpose ins(%w : tensor<24x12xbf16>) outs(%e : tensor<12x24xbf16>) permutation = [1, 0]
  %c = tensor.empty() : tensor<8x24xbf16>
  %acc = linalg.fill ins(%zero : bf16) outs(%c : tensor<8x24xbf16>) -> tensor<8x24xbf16>
  %y = linalg.matmul ins(%x, %wt : tensor<8x12xbf16>, tensor<12x24xbf16>) outs(%acc : tensor<8x24xbf16>) -> tensor<8x24xbf16>
  return %y : tensor<8x24xbf16>
}

// bf16 in, f32 out (the products widened in the body).
func.func @bf16_f32_out(%x: tensor<8x64xbf16>, %w: tensor<48x64xbf16>) -> tensor<8x48xf32> {
  %zero = arith.constant 0.0 : f32
  %c = tensor.empty() : tensor<8x48xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<8x48xf32>) -> tensor<8x48xf32>
  %y = linalg.generic {indexing_maps = [#a, #bt, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<8x64xbf16>, tensor<48x64xbf16>) outs(%acc : tensor<8x48xf32>) {
  ^bb0(%in: bf16, %in_0: bf16, %out: f32):
    %xa = arith.extf %in : bf16 to f32
    %xb = arith.extf %in_0 : bf16 to f32
    %p = arith.mulf %xa, %xb : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  } -> tensor<8x48xf32>
  return %y : tensor<8x48xf32>
}

// f16: oneDNN runs it only on CPUs with AVX512-FP16; elsewhere the runtime
// goes through f32 copies.
func.func @linear_f16(%x: tensor<8x12xf16>, %w: tensor<12x20xf16>) -> tensor<8x20xf16> {
  %zero = arith.constant 0.0 : f16
  %c = tensor.empty() : tensor<8x20xf16>
  %acc = linalg.fill ins(%zero : f16) outs(%c : tensor<8x20xf16>) -> tensor<8x20xf16>
  %y = linalg.matmul ins(%x, %w : tensor<8x12xf16>, tensor<12x20xf16>) outs(%acc : tensor<8x20xf16>) -> tensor<8x20xf16>
  return %y : tensor<8x20xf16>
}

// Attention-style batch_matmul, accumulating into an argument (no fill).
func.func @batch_accumulate(%a: tensor<3x10x24xf32>, %b: tensor<3x24x14xf32>, %acc: tensor<3x10x14xf32>) -> tensor<3x10x14xf32> {
  %y = linalg.batch_matmul ins(%a, %b : tensor<3x10x24xf32>, tensor<3x24x14xf32>) outs(%acc : tensor<3x10x14xf32>) -> tensor<3x10x14xf32>
  return %y : tensor<3x10x14xf32>
}

// A batch against one shared matrix (B has no batch dimension: stride 0),
// A read transposed through a linalg.transpose.
func.func @broadcast_transposed_a(%a: tensor<3x24x10xf32>, %b: tensor<24x14xf32>) -> tensor<3x10x14xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3x10x24xf32>
  %at = linalg.transpose ins(%a : tensor<3x24x10xf32>) outs(%e : tensor<3x10x24xf32>) permutation = [0, 2, 1]
  %c = tensor.empty() : tensor<3x10x14xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<3x10x14xf32>) -> tensor<3x10x14xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (k, n)>, affine_map<(b, m, n, k) -> (b, m, n)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%at, %b : tensor<3x10x24xf32>, tensor<24x14xf32>) outs(%acc : tensor<3x10x14xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %p = arith.mulf %in, %in_0 : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  } -> tensor<3x10x14xf32>
  return %y : tensor<3x10x14xf32>
}

// Products on slices: strided views with offsets.
func.func @slices(%x: tensor<20x40xf32>, %w: tensor<40x30xf32>) -> tensor<8x12xf32> {
  %zero = arith.constant 0.0 : f32
  %xs = tensor.extract_slice %x[4, 3] [8, 16] [1, 2] : tensor<20x40xf32> to tensor<8x16xf32>
  %ws = tensor.extract_slice %w[5, 7] [16, 12] [1, 1] : tensor<40x30xf32> to tensor<16x12xf32>
  %c = tensor.empty() : tensor<8x12xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<8x12xf32>) -> tensor<8x12xf32>
  %y = linalg.matmul ins(%xs, %ws : tensor<8x16xf32>, tensor<16x12xf32>) outs(%acc : tensor<8x12xf32>) -> tensor<8x12xf32>
  return %y : tensor<8x12xf32>
}

// One token in bf16 and f16: the runtime's own matrix-vector kernel, which
// streams the [N, K] weight four rows at a time. N is not a multiple of 4
// and K not of 16, so the last rows and the last columns take the tail
// paths; K stays small for bf16, whose reference rounds every partial sum.
func.func @decode_bf16(%x: tensor<1x24xbf16>, %w: tensor<42x24xbf16>) -> tensor<1x42xbf16> {
  %zero = arith.constant 0.0 : bf16
  %e = tensor.empty() : tensor<24x42xbf16>
  %wt = linalg.transpose ins(%w : tensor<42x24xbf16>) outs(%e : tensor<24x42xbf16>) permutation = [1, 0]
  %c = tensor.empty() : tensor<1x42xbf16>
  %acc = linalg.fill ins(%zero : bf16) outs(%c : tensor<1x42xbf16>) -> tensor<1x42xbf16>
  %y = linalg.matmul ins(%x, %wt : tensor<1x24xbf16>, tensor<24x42xbf16>) outs(%acc : tensor<1x42xbf16>) -> tensor<1x42xbf16>
  return %y : tensor<1x42xbf16>
}

func.func @decode_f16_accumulate(%x: tensor<1x24xf16>, %w: tensor<26x24xf16>, %acc: tensor<1x26xf16>) -> tensor<1x26xf16> {
  %e = tensor.empty() : tensor<24x26xf16>
  %wt = linalg.transpose ins(%w : tensor<26x24xf16>) outs(%e : tensor<24x26xf16>) permutation = [1, 0]
  %y = linalg.matmul ins(%x, %wt : tensor<1x24xf16>, tensor<24x26xf16>) outs(%acc : tensor<1x26xf16>) -> tensor<1x26xf16>
  return %y : tensor<1x26xf16>
}

// f16 in, f32 out, with a longer K: both sides accumulate in f32.
func.func @decode_f16_f32_out(%x: tensor<1x200xf16>, %w: tensor<30x200xf16>) -> tensor<1x30xf32> {
  %zero = arith.constant 0.0 : f32
  %c = tensor.empty() : tensor<1x30xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<1x30xf32>) -> tensor<1x30xf32>
  %y = linalg.generic {indexing_maps = [#a, #bt, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<1x200xf16>, tensor<30x200xf16>) outs(%acc : tensor<1x30xf32>) {
  ^bb0(%in: f16, %in_0: f16, %out: f32):
    %xa = arith.extf %in : f16 to f32
    %xb = arith.extf %in_0 : f16 to f32
    %p = arith.mulf %xa, %xb : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  } -> tensor<1x30xf32>
  return %y : tensor<1x30xf32>
}

// A decode step of a few sequences (M = 2..8) over Linear weights: the
// runtime's streamed products, which read each weight element once for all
// rows. K and N are not multiples of the kernel's lanes and weight rows.
func.func @few_rows_f32(%x: tensor<5x70xf32>, %w: tensor<23x70xf32>) -> tensor<5x23xf32> {
  %zero = arith.constant 0.0 : f32
  %c = tensor.empty() : tensor<5x23xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<5x23xf32>) -> tensor<5x23xf32>
  %y = linalg.matmul indexing_maps = [#a, #bt, #c] ins(%x, %w : tensor<5x70xf32>, tensor<23x70xf32>) outs(%acc : tensor<5x23xf32>) -> tensor<5x23xf32>
  return %y : tensor<5x23xf32>
}

// bf16 with M = 7, K past two 32-element pairs blocks with a tail, f32 out
// (AVX512-BF16 pairs where the CPU has them).
func.func @few_rows_bf16(%x: tensor<7x100xbf16>, %w: tensor<25x100xbf16>) -> tensor<7x25xf32> {
  %zero = arith.constant 0.0 : f32
  %c = tensor.empty() : tensor<7x25xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<7x25xf32>) -> tensor<7x25xf32>
  %y = linalg.generic {indexing_maps = [#a, #bt, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<7x100xbf16>, tensor<25x100xbf16>) outs(%acc : tensor<7x25xf32>) {
  ^bb0(%in: bf16, %in_0: bf16, %out: f32):
    %xa = arith.extf %in : bf16 to f32
    %xb = arith.extf %in_0 : bf16 to f32
    %p = arith.mulf %xa, %xb : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  } -> tensor<7x25xf32>
  return %y : tensor<7x25xf32>
}

// f16, M = 3, accumulating into an argument.
func.func @few_rows_f16_accumulate(%x: tensor<3x40xf16>, %w: tensor<9x40xf16>, %acc: tensor<3x9xf16>) -> tensor<3x9xf16> {
  %y = linalg.matmul indexing_maps = [#a, #bt, #c] ins(%x, %w : tensor<3x40xf16>, tensor<9x40xf16>) outs(%acc : tensor<3x9xf16>) -> tensor<3x9xf16>
  return %y : tensor<3x9xf16>
}

// bf16 with K a multiple of 32: the first 80 weight rows on AMX tiles (16
// at a time) where the CPU has them, the last 10 on the vector kernel (f32
// out: a bf16 linalg.matmul rounds at every step of its reference loops).
func.func @few_rows_bf16_tiles(%x: tensor<3x96xbf16>, %w: tensor<90x96xbf16>) -> tensor<3x90xf32> {
  %zero = arith.constant 0.0 : f32
  %c = tensor.empty() : tensor<3x90xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<3x90xf32>) -> tensor<3x90xf32>
  %y = linalg.generic {indexing_maps = [#a, #bt, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<3x96xbf16>, tensor<90x96xbf16>) outs(%acc : tensor<3x90xf32>) {
  ^bb0(%in: bf16, %in_0: bf16, %out: f32):
    %xa = arith.extf %in : bf16 to f32
    %xb = arith.extf %in_0 : bf16 to f32
    %p = arith.mulf %xa, %xb : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  } -> tensor<3x90xf32>
  return %y : tensor<3x90xf32>
}

// Products of more than 8 rows of bf16 over a Linear weight: on AMX tiles,
// blocked for the caches, where the CPU has them (AmxProduct.cpp), oneDNN
// elsewhere. bf16 out with M = 20 (A's rows in two tiles, the second
// partial) and N = 24: the whole first output tile is read in place, the
// partial one through a copy. K = 32: the reference rounds to bf16 at every
// step.
func.func @many_rows_bf16_out(%x: tensor<20x32xbf16>, %w: tensor<24x32xbf16>) -> tensor<20x24xbf16> {
  %zero = arith.constant 0.0 : bf16
  %c = tensor.empty() : tensor<20x24xbf16>
  %acc = linalg.fill ins(%zero : bf16) outs(%c : tensor<20x24xbf16>) -> tensor<20x24xbf16>
  %y = linalg.matmul indexing_maps = [#a, #bt, #c] ins(%x, %w : tensor<20x32xbf16>, tensor<24x32xbf16>) outs(%acc : tensor<20x24xbf16>) -> tensor<20x24xbf16>
  return %y : tensor<20x24xbf16>
}

// K = 100, not a multiple of the tiles' 32: every weight tile is copied,
// zero beyond K. M = 37 and N = 50 end in partial tiles.
func.func @many_rows_bf16_tails(%x: tensor<37x100xbf16>, %w: tensor<50x100xbf16>) -> tensor<37x50xf32> {
  %zero = arith.constant 0.0 : f32
  %c = tensor.empty() : tensor<37x50xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<37x50xf32>) -> tensor<37x50xf32>
  %y = linalg.generic {indexing_maps = [#a, #bt, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<37x100xbf16>, tensor<50x100xbf16>) outs(%acc : tensor<37x50xf32>) {
  ^bb0(%in: bf16, %in_0: bf16, %out: f32):
    %xa = arith.extf %in : bf16 to f32
    %xb = arith.extf %in_0 : bf16 to f32
    %p = arith.mulf %xa, %xb : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  } -> tensor<37x50xf32>
  return %y : tensor<37x50xf32>
}

// A batch of two, accumulating into an f32 argument: one call per batch.
func.func @many_rows_bf16_accumulate(%x: tensor<2x70x64xbf16>, %w: tensor<2x33x64xbf16>, %acc: tensor<2x70x33xf32>) -> tensor<2x70x33xf32> {
  %y = linalg.generic {indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<2x70x64xbf16>, tensor<2x33x64xbf16>) outs(%acc : tensor<2x70x33xf32>) {
  ^bb0(%in: bf16, %in_0: bf16, %out: f32):
    %xa = arith.extf %in : bf16 to f32
    %xb = arith.extf %in_0 : bf16 to f32
    %p = arith.mulf %xa, %xb : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  } -> tensor<2x70x33xf32>
  return %y : tensor<2x70x33xf32>
}

// A prefill-sized product (M = 300 rows): the weight is copied block
// by block into tiles. The test runs it with the blocking derived from the
// caches, and with small blockings (GQA_RT_AMX_BLOCKING) that make many
// jobs and K blocks, with partial ones.
func.func @many_rows_bf16_blocks(%x: tensor<300x320xbf16>, %w: tensor<200x320xbf16>) -> tensor<300x200xf32> {
  %zero = arith.constant 0.0 : f32
  %c = tensor.empty() : tensor<300x200xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<300x200xf32>) -> tensor<300x200xf32>
  %y = linalg.generic {indexing_maps = [#a, #bt, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<300x320xbf16>, tensor<200x320xbf16>) outs(%acc : tensor<300x200xf32>) {
  ^bb0(%in: bf16, %in_0: bf16, %out: f32):
    %xa = arith.extf %in : bf16 to f32
    %xb = arith.extf %in_0 : bf16 to f32
    %p = arith.mulf %xa, %xb : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  } -> tensor<300x200xf32>
  return %y : tensor<300x200xf32>
}

// An f32 C larger than L2 (2.1 MiB): whole aligned rows of tiles go to
// memory with non-temporal stores.
func.func @many_rows_bf16_large_out(%x: tensor<700x64xbf16>, %w: tensor<800x64xbf16>) -> tensor<700x800xf32> {
  %zero = arith.constant 0.0 : f32
  %c = tensor.empty() : tensor<700x800xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<700x800xf32>) -> tensor<700x800xf32>
  %y = linalg.generic {indexing_maps = [#a, #bt, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<700x64xbf16>, tensor<800x64xbf16>) outs(%acc : tensor<700x800xf32>) {
  ^bb0(%in: bf16, %in_0: bf16, %out: f32):
    %xa = arith.extf %in : bf16 to f32
    %xb = arith.extf %in_0 : bf16 to f32
    %p = arith.mulf %xa, %xb : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  } -> tensor<700x800xf32>
  return %y : tensor<700x800xf32>
}
