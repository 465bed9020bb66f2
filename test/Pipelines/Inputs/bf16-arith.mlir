// bf16 arithmetic as torch-mlir writes a bf16 GELU-tanh: every step in bf16,
// with f32 only for the tanh (test/Pipelines/bf16-arith.test).
#map = affine_map<(i, j) -> (i, j)>
func.func @gelu_bf16(%x: tensor<64x128xbf16>) -> tensor<64x128xbf16> {
  %half = arith.constant 5.000000e-01 : bf16
  %one = arith.constant 1.000000e+00 : bf16
  %beta = arith.constant 7.968750e-01 : bf16
  %kappa = arith.constant 4.467770e-02 : bf16
  %e = tensor.empty() : tensor<64x128xbf16>
  %y = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<64x128xbf16>) outs(%e : tensor<64x128xbf16>) {
  ^bb0(%in: bf16, %out: bf16):
    %x2 = arith.mulf %in, %in : bf16
    %x3 = arith.mulf %x2, %in : bf16
    %k = arith.mulf %x3, %kappa : bf16
    %s = arith.addf %in, %k : bf16
    %b = arith.mulf %s, %beta : bf16
    %w = arith.extf %b : bf16 to f32
    %t32 = math.tanh %w : f32
    %t = arith.truncf %t32 : f32 to bf16
    %p = arith.addf %t, %one : bf16
    %h = arith.mulf %in, %half : bf16
    %r = arith.mulf %h, %p : bf16
    linalg.yield %r : bf16
  } -> tensor<64x128xbf16>
  return %y : tensor<64x128xbf16>
}
