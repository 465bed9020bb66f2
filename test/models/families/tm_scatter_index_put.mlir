// tm_scatter_index_put: exported by test/models/export_families.py with torch 2.15.0+cu132, transformers 5.25.0, torch-mlir.
#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d2)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d1, d2)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d2)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d3)>
module {
  func.func @forward(%arg0: tensor<1x2x8x4xf32>, %arg1: tensor<1xi64>, %arg2: tensor<1x2x1x4xf32>) -> tensor<1x2x8x4xf32> {
    %c0_i64 = arith.constant 0 : i64
    %collapsed = tensor.collapse_shape %arg2 [[0, 1], [2], [3]] : tensor<1x2x1x4xf32> into tensor<2x1x4xf32>
    %0 = tensor.empty() : tensor<4xi64>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<4xi64>) {
    ^bb0(%out: i64):
      %14 = linalg.index 0 : index
      %15 = arith.index_cast %14 : index to i64
      linalg.yield %15 : i64
    } -> tensor<4xi64>
    %2 = tensor.empty() : tensor<2xi64>
    %3 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%2 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %14 = linalg.index 0 : index
      %15 = arith.index_cast %14 : index to i64
      linalg.yield %15 : i64
    } -> tensor<2xi64>
    %4 = tensor.empty() : tensor<1xi64>
    %5 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%4 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %6 = tensor.empty() : tensor<1x2x1x4xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x1x4xf32>) outs(%6 : tensor<1x2x1x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x1x4xf32>
    %8 = tensor.empty() : tensor<1x2x1x4xi64>
    %expanded = tensor.expand_shape %5 [[0, 1]] output_shape [1, 1] : tensor<1xi64> into tensor<1x1xi64>
    %9 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x1xi64>) outs(%8 : tensor<1x2x1x4xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<1x2x1x4xi64>
    %collapsed_0 = tensor.collapse_shape %9 [[0, 1, 2, 3]] : tensor<1x2x1x4xi64> into tensor<8xi64>
    %expanded_1 = tensor.expand_shape %3 [[0, 1]] output_shape [2, 1] : tensor<2xi64> into tensor<2x1xi64>
    %10 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_1 : tensor<2x1xi64>) outs(%8 : tensor<1x2x1x4xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<1x2x1x4xi64>
    %collapsed_2 = tensor.collapse_shape %10 [[0, 1, 2, 3]] : tensor<1x2x1x4xi64> into tensor<8xi64>
    %11 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg1 : tensor<1xi64>) outs(%8 : tensor<1x2x1x4xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<1x2x1x4xi64>
    %collapsed_3 = tensor.collapse_shape %11 [[0, 1, 2, 3]] : tensor<1x2x1x4xi64> into tensor<8xi64>
    %12 = linalg.generic {indexing_maps = [#map6, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1 : tensor<4xi64>) outs(%8 : tensor<1x2x1x4xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<1x2x1x4xi64>
    %collapsed_4 = tensor.collapse_shape %12 [[0, 1, 2, 3]] : tensor<1x2x1x4xi64> into tensor<8xi64>
    %expanded_5 = tensor.expand_shape %collapsed_0 [[0, 1]] output_shape [8, 1] : tensor<8xi64> into tensor<8x1xi64>
    %expanded_6 = tensor.expand_shape %collapsed_2 [[0, 1]] output_shape [8, 1] : tensor<8xi64> into tensor<8x1xi64>
    %expanded_7 = tensor.expand_shape %collapsed_3 [[0, 1]] output_shape [8, 1] : tensor<8xi64> into tensor<8x1xi64>
    %expanded_8 = tensor.expand_shape %collapsed_4 [[0, 1]] output_shape [8, 1] : tensor<8xi64> into tensor<8x1xi64>
    %concat = tensor.concat dim(1) %expanded_5, %expanded_6, %expanded_7, %expanded_8 : (tensor<8x1xi64>, tensor<8x1xi64>, tensor<8x1xi64>, tensor<8x1xi64>) -> tensor<8x4xi64>
    %collapsed_9 = tensor.collapse_shape %7 [[0, 1, 2, 3]] : tensor<1x2x1x4xf32> into tensor<8xf32>
    %expanded_10 = tensor.expand_shape %collapsed_9 [[0, 1, 2, 3, 4]] output_shape [8, 1, 1, 1, 1] : tensor<8xf32> into tensor<8x1x1x1x1xf32>
    %13 = tm_tensor.scatter {dimension_map = array<i64: 0, 1, 2, 3>} unique_indices(true) ins(%expanded_10, %concat : tensor<8x1x1x1x1xf32>, tensor<8x4xi64>) outs(%arg0 : tensor<1x2x8x4xf32>) {
    ^bb0(%arg3: f32, %arg4: f32):
      tm_tensor.yield %arg3 : f32
    } -> tensor<1x2x8x4xf32>
    return %13 : tensor<1x2x8x4xf32>
  }
}
