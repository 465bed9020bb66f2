// bf16 chains as torch-mlir exports them (bench/chains.py's GELU-tanh,
// SiLU * mul and HF's RMSNorm, at small sizes), for
// test/gqa-run/bf16-chains.test.
#gelu_map = affine_map<(d0, d1) -> (d0, d1)>
#silu_mul_map = affine_map<(d0, d1) -> (d0, d1)>
#rmsnorm_map1 = affine_map<(d0, d1) -> (d0, 0)>
#rmsnorm_map2 = affine_map<(d0, d1) -> (d1)>
#rmsnorm_map = affine_map<(d0, d1) -> (d0, d1)>

  func.func @gelu(%arg0: tensor<6x100xbf16>) -> tensor<6x100xbf16> {
    %c3_i64 = arith.constant 3 : i64
    %cst = arith.constant 4.467770e-02 : bf16
    %cst_0 = arith.constant 7.968750e-01 : bf16
    %cst_1 = arith.constant 1.000000e+00 : bf16
    %cst_2 = arith.constant 5.000000e-01 : bf16
    %0 = tensor.empty() : tensor<6x100xbf16>
    %1 = linalg.generic {indexing_maps = [#gelu_map, #gelu_map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<6x100xbf16>) outs(%0 : tensor<6x100xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %2 = math.fpowi %in, %c3_i64 : bf16, i64
      %3 = arith.mulf %2, %cst : bf16
      %4 = arith.addf %in, %3 : bf16
      %5 = arith.mulf %4, %cst_0 : bf16
      %6 = math.tanh %5 : bf16
      %7 = arith.addf %6, %cst_1 : bf16
      %8 = arith.mulf %7, %cst_2 : bf16
      %9 = arith.mulf %in, %8 : bf16
      linalg.yield %9 : bf16
    } -> tensor<6x100xbf16>
    return %1 : tensor<6x100xbf16>
  }

  func.func @silu_mul(%arg0: tensor<6x100xbf16>, %arg1: tensor<6x100xbf16>) -> tensor<6x100xbf16> {
    %cst = arith.constant 1.000000e+00 : f32
    %0 = tensor.empty() : tensor<6x100xf32>
    %1 = linalg.generic {indexing_maps = [#silu_mul_map, #silu_mul_map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<6x100xbf16>) outs(%0 : tensor<6x100xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %7 = arith.extf %in : bf16 to f32
      linalg.yield %7 : f32
    } -> tensor<6x100xf32>
    %2 = linalg.generic {indexing_maps = [#silu_mul_map, #silu_mul_map], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<6x100xf32>) outs(%0 : tensor<6x100xf32>) {
    ^bb0(%in: f32, %out: f32):
      %7 = arith.negf %in : f32
      %8 = math.exp %7 : f32
      %9 = arith.addf %8, %cst : f32
      %10 = arith.divf %cst, %9 : f32
      linalg.yield %10 : f32
    } -> tensor<6x100xf32>
    %3 = linalg.generic {indexing_maps = [#silu_mul_map, #silu_mul_map, #silu_mul_map], iterator_types = ["parallel", "parallel"]} ins(%1, %2 : tensor<6x100xf32>, tensor<6x100xf32>) outs(%0 : tensor<6x100xf32>) {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %7 = arith.mulf %in, %in_0 : f32
      linalg.yield %7 : f32
    } -> tensor<6x100xf32>
    %4 = tensor.empty() : tensor<6x100xbf16>
    %5 = linalg.generic {indexing_maps = [#silu_mul_map, #silu_mul_map], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<6x100xf32>) outs(%4 : tensor<6x100xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %7 = arith.truncf %in : f32 to bf16
      linalg.yield %7 : bf16
    } -> tensor<6x100xbf16>
    %6 = linalg.generic {indexing_maps = [#silu_mul_map, #silu_mul_map, #silu_mul_map], iterator_types = ["parallel", "parallel"]} ins(%5, %arg1 : tensor<6x100xbf16>, tensor<6x100xbf16>) outs(%4 : tensor<6x100xbf16>) {
    ^bb0(%in: bf16, %in_0: bf16, %out: bf16):
      %7 = arith.mulf %in, %in_0 : bf16
      linalg.yield %7 : bf16
    } -> tensor<6x100xbf16>
    return %6 : tensor<6x100xbf16>
  }

  func.func @rmsnorm(%arg0: tensor<6x96xbf16>, %arg1: tensor<96xbf16>) -> tensor<6x96xbf16> {
    %c2_i64 = arith.constant 2 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e-05 : f64
    %cst_1 = arith.constant 9.600000e+01 : f32
    %0 = tensor.empty() : tensor<6x96xf32>
    %1 = linalg.generic {indexing_maps = [#rmsnorm_map, #rmsnorm_map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<6x96xbf16>) outs(%0 : tensor<6x96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %13 = arith.extf %in : bf16 to f32
      linalg.yield %13 : f32
    } -> tensor<6x96xf32>
    %2 = linalg.generic {indexing_maps = [#rmsnorm_map, #rmsnorm_map], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<6x96xf32>) outs(%0 : tensor<6x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %13 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %13 : f32
    } -> tensor<6x96xf32>
    %3 = tensor.empty() : tensor<6x1xf32>
    %4 = linalg.fill ins(%cst : f32) outs(%3 : tensor<6x1xf32>) -> tensor<6x1xf32>
    %5 = linalg.generic {indexing_maps = [#rmsnorm_map, #rmsnorm_map1], iterator_types = ["parallel", "reduction"]} ins(%2 : tensor<6x96xf32>) outs(%4 : tensor<6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %13 = arith.addf %in, %out : f32
      linalg.yield %13 : f32
    } -> tensor<6x1xf32>
    %6 = linalg.generic {indexing_maps = [#rmsnorm_map, #rmsnorm_map], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<6x1xf32>) outs(%3 : tensor<6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %13 = arith.divf %in, %cst_1 : f32
      linalg.yield %13 : f32
    } -> tensor<6x1xf32>
    %7 = linalg.generic {indexing_maps = [#rmsnorm_map, #rmsnorm_map], iterator_types = ["parallel", "parallel"]} ins(%6 : tensor<6x1xf32>) outs(%3 : tensor<6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %13 = arith.truncf %cst_0 : f64 to f32
      %14 = arith.addf %in, %13 : f32
      linalg.yield %14 : f32
    } -> tensor<6x1xf32>
    %8 = linalg.generic {indexing_maps = [#rmsnorm_map, #rmsnorm_map], iterator_types = ["parallel", "parallel"]} ins(%7 : tensor<6x1xf32>) outs(%3 : tensor<6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %13 = math.rsqrt %in : f32
      linalg.yield %13 : f32
    } -> tensor<6x1xf32>
    %9 = linalg.generic {indexing_maps = [#rmsnorm_map, #rmsnorm_map1, #rmsnorm_map], iterator_types = ["parallel", "parallel"]} ins(%1, %8 : tensor<6x96xf32>, tensor<6x1xf32>) outs(%0 : tensor<6x96xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %13 = arith.mulf %in, %in_2 : f32
      linalg.yield %13 : f32
    } -> tensor<6x96xf32>
    %10 = tensor.empty() : tensor<6x96xbf16>
    %11 = linalg.generic {indexing_maps = [#rmsnorm_map, #rmsnorm_map], iterator_types = ["parallel", "parallel"]} ins(%9 : tensor<6x96xf32>) outs(%10 : tensor<6x96xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %13 = arith.truncf %in : f32 to bf16
      linalg.yield %13 : bf16
    } -> tensor<6x96xbf16>
    %12 = linalg.generic {indexing_maps = [#rmsnorm_map2, #rmsnorm_map, #rmsnorm_map], iterator_types = ["parallel", "parallel"]} ins(%arg1, %11 : tensor<96xbf16>, tensor<6x96xbf16>) outs(%10 : tensor<6x96xbf16>) {
    ^bb0(%in: bf16, %in_2: bf16, %out: bf16):
      %13 = arith.mulf %in, %in_2 : bf16
      linalg.yield %13 : bf16
    } -> tensor<6x96xbf16>
    return %12 : tensor<6x96xbf16>
  }
