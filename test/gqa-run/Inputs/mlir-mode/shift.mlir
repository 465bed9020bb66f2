// x + n[i] for a dynamically shaped x (given by --dim) and integer offsets n
// (drawn from --int-range).
func.func @shift(%x: tensor<?x4xf32>, %n: tensor<2xi64>) -> tensor<2x4xf32> {
  %xs = tensor.cast %x : tensor<?x4xf32> to tensor<2x4xf32>
  %init = tensor.empty() : tensor<2x4xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%xs, %n : tensor<2x4xf32>, tensor<2xi64>) outs(%init : tensor<2x4xf32>) {
  ^bb0(%a: f32, %b: i64, %out: f32):
    %f = arith.sitofp %b : i64 to f32
    %s = arith.addf %a, %f : f32
    linalg.yield %s : f32
  } -> tensor<2x4xf32>
  return %r : tensor<2x4xf32>
}
