// The math ops that torch-mlir writes for norms and activations and that
// neither LLVM nor libm lowers: math.fpowi (RMSNorm's pow(2), GPT-2's GELU
// pow(3), and a per-element exponent) and math.rsqrt (LayerNorm), as
// linalg-on-tensors generics like those of an export.

#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
#col = affine_map<(i, j) -> (j)>
#id1 = affine_map<(i) -> (i)>

// y = x * rsqrt(mean(x^2) + eps) * w over rows of 64.
func.func @rms_norm(%x: tensor<4x64xf32>, %w: tensor<64xf32>) -> tensor<4x64xf32> {
  %c2 = arith.constant 2 : i64
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<4x64xf32>
  %squares = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x64xf32>) outs(%empty : tensor<4x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %p = math.fpowi %in, %c2 : f32, i64
    linalg.yield %p : f32
  } -> tensor<4x64xf32>
  %rows = tensor.empty() : tensor<4xf32>
  %init = linalg.fill ins(%zero : f32) outs(%rows : tensor<4xf32>) -> tensor<4xf32>
  %sums = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%squares : tensor<4x64xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  } -> tensor<4xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %sums, %w : tensor<4x64xf32>, tensor<4xf32>, tensor<64xf32>) outs(%empty : tensor<4x64xf32>) {
  ^bb0(%in: f32, %sum: f32, %weight: f32, %out: f32):
    %n = arith.constant 64.0 : f32
    %eps = arith.constant 1.0e-6 : f32
    %mean = arith.divf %sum, %n : f32
    %shifted = arith.addf %mean, %eps : f32
    %inv = math.rsqrt %shifted : f32
    %scaled = arith.mulf %in, %inv : f32
    %r = arith.mulf %scaled, %weight : f32
    linalg.yield %r : f32
  } -> tensor<4x64xf32>
  return %y : tensor<4x64xf32>
}

// GPT-2's GELU: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
func.func @gelu_tanh(%x: tensor<256xf32>) -> tensor<256xf32> {
  %c3 = arith.constant 3 : i64
  %empty = tensor.empty() : tensor<256xf32>
  %y = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%x : tensor<256xf32>) outs(%empty : tensor<256xf32>) {
  ^bb0(%in: f32, %out: f32):
    %half = arith.constant 0.5 : f32
    %one = arith.constant 1.0 : f32
    %k = arith.constant 0.797884583 : f32
    %c = arith.constant 0.044715 : f32
    %cube = math.fpowi %in, %c3 : f32, i64
    %t0 = arith.mulf %c, %cube : f32
    %t1 = arith.addf %in, %t0 : f32
    %t2 = arith.mulf %k, %t1 : f32
    %t3 = math.tanh %t2 : f32
    %t4 = arith.addf %one, %t3 : f32
    %t5 = arith.mulf %half, %in : f32
    %r = arith.mulf %t5, %t4 : f32
    linalg.yield %r : f32
  } -> tensor<256xf32>
  return %y : tensor<256xf32>
}

// x^n with a per-element exponent, negative bases and exponents included.
func.func @powi(%x: tensor<64xf32>, %n: tensor<64xi32>) -> tensor<64xf32> {
  %empty = tensor.empty() : tensor<64xf32>
  %y = linalg.generic {indexing_maps = [#id1, #id1, #id1], iterator_types = ["parallel"]}
      ins(%x, %n : tensor<64xf32>, tensor<64xi32>) outs(%empty : tensor<64xf32>) {
  ^bb0(%in: f32, %exponent: i32, %out: f32):
    %p = math.fpowi %in, %exponent : f32, i32
    linalg.yield %p : f32
  } -> tensor<64xf32>
  return %y : tensor<64xf32>
}
