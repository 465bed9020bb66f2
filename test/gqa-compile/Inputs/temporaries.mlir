// Three elementwise ops on 512x1024 f32: the two intermediate results are
// 2 MiB temporaries, which libgqa_runtime's allocator keeps between calls
// (test/gqa-compile/temporaries.test).
#map = affine_map<(i, j) -> (i, j)>
func.func @chain(%x: tensor<512x1024xf32>) -> tensor<512x1024xf32> {
  %two = arith.constant 2.0 : f32
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<512x1024xf32>
  %a = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<512x1024xf32>) outs(%e : tensor<512x1024xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %two : f32
    linalg.yield %m : f32
  } -> tensor<512x1024xf32>
  %e2 = tensor.empty() : tensor<512x1024xf32>
  %b = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<512x1024xf32>) outs(%e2 : tensor<512x1024xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %in, %one : f32
    linalg.yield %s : f32
  } -> tensor<512x1024xf32>
  %e3 = tensor.empty() : tensor<512x1024xf32>
  %c = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]}
      ins(%b, %a : tensor<512x1024xf32>, tensor<512x1024xf32>) outs(%e3 : tensor<512x1024xf32>) {
  ^bb0(%in: f32, %in2: f32, %out: f32):
    %p = arith.mulf %in, %in2 : f32
    linalg.yield %p : f32
  } -> tensor<512x1024xf32>
  return %c : tensor<512x1024xf32>
}
