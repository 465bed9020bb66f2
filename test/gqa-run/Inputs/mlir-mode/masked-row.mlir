// Attention with a boolean mask input applied by arith.select with -inf.
// A row the random mask empties is NaN here and zeros once raised.
func.func @boolean_mask_select(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>, %keep: tensor<3x3xi1>) -> tensor<1x4x3x4xf32> {
  %init1 = tensor.empty() : tensor<1x2x2x3x4xf32>
  %ex2 = tensor.expand_shape %key [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 3, 4] : tensor<1x2x3x4xf32> into tensor<1x2x1x3x4xf32>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2 : tensor<1x2x1x3x4xf32>) outs(%init1 : tensor<1x2x2x3x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x2x2x3x4xf32>
  %rep4 = tensor.collapse_shape %v3 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xf32> into tensor<1x4x3x4xf32>
  %init5 = tensor.empty() : tensor<1x2x2x3x4xf32>
  %ex6 = tensor.expand_shape %value [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 3, 4] : tensor<1x2x3x4xf32> into tensor<1x2x1x3x4xf32>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex6 : tensor<1x2x1x3x4xf32>) outs(%init5 : tensor<1x2x2x3x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x2x2x3x4xf32>
  %rep8 = tensor.collapse_shape %v7 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xf32> into tensor<1x4x3x4xf32>
  %cst9 = arith.constant 0.0 : f32
  %init10 = tensor.empty() : tensor<1x4x3x3xf32>
  %fill11 = linalg.fill ins(%cst9 : f32) outs(%init10 : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %v12 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%query, %rep4 : tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) outs(%fill11 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x3xf32>
  %init13 = tensor.empty() : tensor<1x4x3x3xf32>
  %v14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v12 : tensor<1x4x3x3xf32>) outs(%init13 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.5 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %init15 = tensor.empty() : tensor<1x4x3x3xf32>
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %keep : tensor<1x4x3x3xf32>, tensor<3x3xi1>) outs(%init15 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: i1, %out: f32):
    %ninf = arith.constant 0xFF800000 : f32
    %r = arith.select %in1, %in0, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst17 = arith.constant 0xFF800000 : f32
  %init18 = tensor.empty() : tensor<1x4x3xf32>
  %fill19 = linalg.fill ins(%cst17 : f32) outs(%init18 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v16 : tensor<1x4x3x3xf32>) outs(%fill19 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init21 = tensor.empty() : tensor<1x4x3x3xf32>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v16, %v20 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init21 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst23 = arith.constant 0.0 : f32
  %init24 = tensor.empty() : tensor<1x4x3xf32>
  %fill25 = linalg.fill ins(%cst23 : f32) outs(%init24 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v22 : tensor<1x4x3x3xf32>) outs(%fill25 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init27 = tensor.empty() : tensor<1x4x3x3xf32>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v22, %v26 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init27 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst29 = arith.constant 0.0 : f32
  %init30 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill31 = linalg.fill ins(%cst29 : f32) outs(%init30 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v32 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v28, %rep8 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill31 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v32 : tensor<1x4x3x4xf32>
}
