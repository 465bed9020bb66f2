// tm_sort_topk: exported by test/models/export_families.py with torch 2.15.0+cu132, transformers 5.25.0, torch-mlir.
#map = affine_map<(d0, d1) -> (d0, d1)>
module {
  func.func @forward(%arg0: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xi64>, tensor<4x3xf32>, tensor<4x3xi64>) {
    %0 = tensor.empty() : tensor<4x8xi64>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel"]} outs(%0 : tensor<4x8xi64>) {
    ^bb0(%out: i64):
      %4 = linalg.index 1 : index
      %5 = arith.index_cast %4 : index to i64
      linalg.yield %5 : i64
    } -> tensor<4x8xi64>
    %2:2 = tm_tensor.sort dimension(1) outs(%arg0, %1 : tensor<4x8xf32>, tensor<4x8xi64>) {
    ^bb0(%arg1: f32, %arg2: f32, %arg3: i64, %arg4: i64):
      %4 = arith.cmpf ole, %arg1, %arg2 : f32
      tm_tensor.yield %4 : i1
    } -> tensor<4x8xf32>, tensor<4x8xi64>
    %3:2 = tm_tensor.sort dimension(1) outs(%arg0, %1 : tensor<4x8xf32>, tensor<4x8xi64>) {
    ^bb0(%arg1: f32, %arg2: f32, %arg3: i64, %arg4: i64):
      %4 = arith.cmpf oge, %arg1, %arg2 : f32
      tm_tensor.yield %4 : i1
    } -> tensor<4x8xf32>, tensor<4x8xi64>
    %extracted_slice = tensor.extract_slice %3#0[0, 0] [4, 3] [1, 1] : tensor<4x8xf32> to tensor<4x3xf32>
    %extracted_slice_0 = tensor.extract_slice %3#1[0, 0] [4, 3] [1, 1] : tensor<4x8xi64> to tensor<4x3xi64>
    return %2#0, %2#1, %extracted_slice, %extracted_slice_0 : tensor<4x8xf32>, tensor<4x8xi64>, tensor<4x3xf32>, tensor<4x3xi64>
  }
}
