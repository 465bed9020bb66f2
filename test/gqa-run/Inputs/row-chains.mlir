// Reductions over rows and the elementwise ops that read them, as
// torch-mlir writes them, for test/gqa-run/row-chains.test.

#row = affine_map<(d0, d1) -> (d0, d1)>
#red = affine_map<(d0, d1) -> (d0)>
#bcast = affine_map<(d0, d1) -> (d0, 0)>

// torch.softmax over the last dimension.
func.func @softmax(%x: tensor<6x100xf32>) -> tensor<6x100xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  %e1 = tensor.empty() : tensor<6xf32>
  %m0 = linalg.fill ins(%ninf : f32) outs(%e1 : tensor<6xf32>) -> tensor<6xf32>
  %m = linalg.generic {indexing_maps = [#row, #red], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<6x100xf32>) outs(%m0 : tensor<6xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %out : f32
    linalg.yield %r : f32
  } -> tensor<6xf32>
  %mx = tensor.expand_shape %m [[0, 1]] output_shape [6, 1] : tensor<6xf32> into tensor<6x1xf32>
  %e2 = tensor.empty() : tensor<6x100xf32>
  %ex = linalg.generic {indexing_maps = [#row, #bcast, #row], iterator_types = ["parallel", "parallel"]}
      ins(%x, %mx : tensor<6x100xf32>, tensor<6x1xf32>) outs(%e2 : tensor<6x100xf32>) {
  ^bb0(%in: f32, %in_1: f32, %out: f32):
    %d = arith.subf %in, %in_1 : f32
    %r = math.exp %d : f32
    linalg.yield %r : f32
  } -> tensor<6x100xf32>
  %e3 = tensor.empty() : tensor<6x1xf32>
  %s0 = linalg.fill ins(%zero : f32) outs(%e3 : tensor<6x1xf32>) -> tensor<6x1xf32>
  %s = linalg.generic {indexing_maps = [#row, #bcast], iterator_types = ["parallel", "reduction"]}
      ins(%ex : tensor<6x100xf32>) outs(%s0 : tensor<6x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %out : f32
    linalg.yield %r : f32
  } -> tensor<6x1xf32>
  %y = linalg.generic {indexing_maps = [#row, #bcast, #row], iterator_types = ["parallel", "parallel"]}
      ins(%ex, %s : tensor<6x100xf32>, tensor<6x1xf32>) outs(%e2 : tensor<6x100xf32>) {
  ^bb0(%in: f32, %in_1: f32, %out: f32):
    %r = arith.divf %in, %in_1 : f32
    linalg.yield %r : f32
  } -> tensor<6x100xf32>
  return %y : tensor<6x100xf32>
}

#x3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#w3 = affine_map<(d0, d1, d2) -> (d2)>

// Llama's RMSNorm: x * rsqrt(mean(x^2) + eps) * weight, over [1, 5, 64].
func.func @rmsnorm(%x: tensor<1x5x64xf32>, %w: tensor<64xf32>) -> tensor<1x5x64xf32> {
  %zero = arith.constant 0.0 : f32
  %n = arith.constant 64.0 : f32
  %eps = arith.constant 1.0e-5 : f32
  %e0 = tensor.empty() : tensor<1x5x64xf32>
  %sq = linalg.generic {indexing_maps = [#x3, #x3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x : tensor<1x5x64xf32>) outs(%e0 : tensor<1x5x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.mulf %in, %in : f32
    linalg.yield %r : f32
  } -> tensor<1x5x64xf32>
  %e1 = tensor.empty() : tensor<1x5x1xf32>
  %s0 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x5x1xf32>) -> tensor<1x5x1xf32>
  %s = linalg.generic {indexing_maps = [#x3, #m3], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%sq : tensor<1x5x64xf32>) outs(%s0 : tensor<1x5x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x5x1xf32>
  %y = linalg.generic {indexing_maps = [#x3, #m3, #w3, #x3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x, %s, %w : tensor<1x5x64xf32>, tensor<1x5x1xf32>, tensor<64xf32>) outs(%e0 : tensor<1x5x64xf32>) {
  ^bb0(%in: f32, %sum: f32, %wt: f32, %out: f32):
    %mean = arith.divf %sum, %n : f32
    %a = arith.addf %mean, %eps : f32
    %r = math.rsqrt %a : f32
    %t = arith.mulf %in, %r : f32
    %o = arith.mulf %t, %wt : f32
    linalg.yield %o : f32
  } -> tensor<1x5x64xf32>
  return %y : tensor<1x5x64xf32>
}
