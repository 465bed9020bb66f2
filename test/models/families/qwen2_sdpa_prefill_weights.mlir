// qwen2_sdpa_prefill_weights: exported by test/models/export_families.py with torch 2.15.0+cu132, transformers 5.25.0, torch-mlir.
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, 0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1) -> (d1)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map15 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @forward(%arg0: tensor<1x16xi64>, %arg1: tensor<1x16xi64>, %arg2: tensor<64x32xf32>, %arg3: tensor<32x32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<16x32xf32>, %arg6: tensor<16xf32>, %arg7: tensor<16x32xf32>, %arg8: tensor<16xf32>, %arg9: tensor<32x32xf32>, %arg10: tensor<64x32xf32>, %arg11: tensor<64x32xf32>, %arg12: tensor<32x64xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32xf32>, %arg15: tensor<32x32xf32>, %arg16: tensor<32xf32>, %arg17: tensor<16x32xf32>, %arg18: tensor<16xf32>, %arg19: tensor<16x32xf32>, %arg20: tensor<16xf32>, %arg21: tensor<32x32xf32>, %arg22: tensor<64x32xf32>, %arg23: tensor<64x32xf32>, %arg24: tensor<32x64xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32xf32>, %arg27: tensor<32xf32>, %arg28: tensor<64x32xf32>) -> tensor<1x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c1_i64 = arith.constant 1 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<1x4x16x16xf32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant 0.59460355750136051 : f64
    %cst_7 = arith.constant 0xFFF0000000000000 : f64
    %cst_8 = arith.constant 9.9999999999999995E-7 : f64
    %cst_9 = arith.constant dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>
    %cst_10 = arith.constant 3.200000e+01 : f32
    %0 = tensor.empty() : tensor<1x16x32xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x16xi64>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: i64, %out: f32):
      %174 = arith.index_cast %in : i64 to index
      %175 = linalg.index 2 : index
      %176 = arith.cmpi slt, %174, %c64 : index
      cf.assert %176, "index must be smaller than dim size"
      %177 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %177, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg2[%174, %175] : tensor<64x32xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x32xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %174 = linalg.index 0 : index
      %175 = arith.index_cast %174 : index to i64
      linalg.yield %175 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<1x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<1x16xi64>) outs(%4 : tensor<1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %174 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %174 : i1
    } -> tensor<1x16xi1>
    %6 = tensor.empty() : tensor<1xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_11 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_12 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12, %expanded_11 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_90: i64, %out: i1):
      %174 = arith.cmpi sle, %in, %in_90 : i64
      linalg.yield %174 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_90: i1, %out: i1):
      %174 = arith.andi %in, %in_90 : i1
      linalg.yield %174 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<1x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_12 : tensor<1x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<1x1x1x16xi1>) {
    ^bb0(%in: i64, %in_90: i64, %out: i1):
      %174 = arith.cmpi slt, %in, %c0_i64 : i64
      %175 = arith.addi %in, %c1_i64 : i64
      %176 = arith.select %174, %175, %in : i64
      %177 = arith.index_cast %176 : i64 to index
      %178 = arith.cmpi slt, %in_90, %c0_i64 : i64
      %179 = arith.addi %in_90, %c16_i64 : i64
      %180 = arith.select %178, %179, %in_90 : i64
      %181 = arith.index_cast %180 : i64 to index
      %extracted = tensor.extract %5[%177, %181] : tensor<1x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<1x1x1x16xi1>
    %13 = linalg.generic {indexing_maps = [#map6, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<1x1x1x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_90: i1, %out: i1):
      %174 = arith.andi %in, %in_90 : i1
      linalg.yield %174 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %14 = tensor.empty() : tensor<1x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<1x16x1xi64>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %174 = arith.sitofp %in : i64 to f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %16 = tensor.empty() : tensor<1x16x4xf32>
    %17 = linalg.generic {indexing_maps = [#map10, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %cst_9 : tensor<1x16x1xf32>, tensor<4xf32>) outs(%16 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x4xf32>
    %concat = tensor.concat dim(2) %17, %17 : (tensor<1x16x4xf32>, tensor<1x16x4xf32>) -> tensor<1x16x8xf32>
    %18 = tensor.empty() : tensor<1x16x8xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x8xf32>) outs(%18 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.cos %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x8xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x8xf32>) outs(%18 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.sin %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x8xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %22 = linalg.fill ins(%cst : f32) outs(%14 : tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%21 : tensor<1x16x32xf32>) outs(%22 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.addf %in, %out : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.divf %in, %cst_10 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.truncf %cst_8 : f64 to f32
      %175 = arith.addf %in, %174 : f32
      linalg.yield %175 : f32
    } -> tensor<1x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.rsqrt %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %26 : tensor<1x16x32xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %28 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13, %27 : tensor<32xf32>, tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %collapsed = tensor.collapse_shape %28 [[0, 1], [2]] : tensor<1x16x32xf32> into tensor<16x32xf32>
    %29 = tensor.empty() : tensor<32x32xf32>
    %transposed = linalg.transpose ins(%arg3 : tensor<32x32xf32>) outs(%29 : tensor<32x32xf32>) permutation = [1, 0] 
    %30 = tensor.empty() : tensor<16x32xf32>
    %31 = linalg.fill ins(%cst : f32) outs(%30 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %32 = linalg.matmul ins(%collapsed, %transposed : tensor<16x32xf32>, tensor<32x32xf32>) outs(%31 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %33 = linalg.generic {indexing_maps = [#map12, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg4 : tensor<32xf32>) outs(%30 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%32, %33 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%30 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<16x32xf32>
    %expanded_14 = tensor.expand_shape %34 [[0, 1], [2, 3]] output_shape [1, 16, 4, 8] : tensor<16x32xf32> into tensor<1x16x4x8xf32>
    %35 = tensor.empty() : tensor<1x4x16x8xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<1x16x4x8xf32>) outs(%35 : tensor<1x4x16x8xf32>) permutation = [0, 2, 1, 3] 
    %36 = tensor.empty() : tensor<32x16xf32>
    %transposed_16 = linalg.transpose ins(%arg5 : tensor<16x32xf32>) outs(%36 : tensor<32x16xf32>) permutation = [1, 0] 
    %37 = tensor.empty() : tensor<16x16xf32>
    %38 = linalg.fill ins(%cst : f32) outs(%37 : tensor<16x16xf32>) -> tensor<16x16xf32>
    %39 = linalg.matmul ins(%collapsed, %transposed_16 : tensor<16x32xf32>, tensor<32x16xf32>) outs(%38 : tensor<16x16xf32>) -> tensor<16x16xf32>
    %40 = linalg.generic {indexing_maps = [#map12, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg6 : tensor<16xf32>) outs(%37 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x16xf32>
    %41 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%39, %40 : tensor<16x16xf32>, tensor<16x16xf32>) outs(%37 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<16x16xf32>
    %expanded_17 = tensor.expand_shape %41 [[0, 1], [2, 3]] output_shape [1, 16, 2, 8] : tensor<16x16xf32> into tensor<1x16x2x8xf32>
    %42 = tensor.empty() : tensor<1x2x16x8xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<1x16x2x8xf32>) outs(%42 : tensor<1x2x16x8xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg7 : tensor<16x32xf32>) outs(%36 : tensor<32x16xf32>) permutation = [1, 0] 
    %43 = linalg.matmul ins(%collapsed, %transposed_19 : tensor<16x32xf32>, tensor<32x16xf32>) outs(%38 : tensor<16x16xf32>) -> tensor<16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map12, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg8 : tensor<16xf32>) outs(%37 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x16xf32>
    %45 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%43, %44 : tensor<16x16xf32>, tensor<16x16xf32>) outs(%37 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<16x16xf32>
    %expanded_20 = tensor.expand_shape %45 [[0, 1], [2, 3]] output_shape [1, 16, 2, 8] : tensor<16x16xf32> into tensor<1x16x2x8xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<1x16x2x8xf32>) outs(%42 : tensor<1x2x16x8xf32>) permutation = [0, 2, 1, 3] 
    %expanded_22 = tensor.expand_shape %19 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %expanded_23 = tensor.expand_shape %20 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %46 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_15, %expanded_22 : tensor<1x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%35 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x8xf32>
    %extracted_slice = tensor.extract_slice %transposed_15[0, 0, 0, 0] [1, 4, 16, 4] [1, 1, 1, 1] : tensor<1x4x16x8xf32> to tensor<1x4x16x4xf32>
    %extracted_slice_24 = tensor.extract_slice %transposed_15[0, 0, 0, 4] [1, 4, 16, 4] [1, 1, 1, 1] : tensor<1x4x16x8xf32> to tensor<1x4x16x4xf32>
    %47 = tensor.empty() : tensor<1x4x16x4xf32>
    %48 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_24 : tensor<1x4x16x4xf32>) outs(%47 : tensor<1x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.negf %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x4xf32>
    %concat_25 = tensor.concat dim(3) %48, %extracted_slice : (tensor<1x4x16x4xf32>, tensor<1x4x16x4xf32>) -> tensor<1x4x16x8xf32>
    %49 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_25, %expanded_23 : tensor<1x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%35 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x8xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46, %49 : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) outs(%35 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x8xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_18, %expanded_22 : tensor<1x2x16x8xf32>, tensor<1x1x16x8xf32>) outs(%42 : tensor<1x2x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x2x16x8xf32>
    %extracted_slice_26 = tensor.extract_slice %transposed_18[0, 0, 0, 0] [1, 2, 16, 4] [1, 1, 1, 1] : tensor<1x2x16x8xf32> to tensor<1x2x16x4xf32>
    %extracted_slice_27 = tensor.extract_slice %transposed_18[0, 0, 0, 4] [1, 2, 16, 4] [1, 1, 1, 1] : tensor<1x2x16x8xf32> to tensor<1x2x16x4xf32>
    %52 = tensor.empty() : tensor<1x2x16x4xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27 : tensor<1x2x16x4xf32>) outs(%52 : tensor<1x2x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.negf %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x2x16x4xf32>
    %concat_28 = tensor.concat dim(3) %53, %extracted_slice_26 : (tensor<1x2x16x4xf32>, tensor<1x2x16x4xf32>) -> tensor<1x2x16x8xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_28, %expanded_23 : tensor<1x2x16x8xf32>, tensor<1x1x16x8xf32>) outs(%42 : tensor<1x2x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x2x16x8xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %54 : tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) outs(%42 : tensor<1x2x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x2x16x8xf32>
    %56 = tensor.empty() : tensor<1x2x2x16x8xf32>
    %57 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%55 : tensor<1x2x16x8xf32>) outs(%56 : tensor<1x2x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x2x16x8xf32>
    %collapsed_29 = tensor.collapse_shape %57 [[0], [1, 2], [3], [4]] : tensor<1x2x2x16x8xf32> into tensor<1x4x16x8xf32>
    %58 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_21 : tensor<1x2x16x8xf32>) outs(%56 : tensor<1x2x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x2x16x8xf32>
    %59 = tensor.empty() : tensor<1x1x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %cst_3, %cst_4 : tensor<1x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%59 : tensor<1x1x16x16xf32>) {
    ^bb0(%in: i1, %in_90: f32, %in_91: f32, %out: f32):
      %174 = arith.select %in, %in_90, %in_91 : f32
      linalg.yield %174 : f32
    } -> tensor<1x1x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50 : tensor<1x4x16x8xf32>) outs(%35 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.truncf %cst_6 : f64 to f32
      %175 = arith.mulf %in, %174 : f32
      linalg.yield %175 : f32
    } -> tensor<1x4x16x8xf32>
    %62 = tensor.empty() : tensor<1x4x8x16xf32>
    %transposed_30 = linalg.transpose ins(%collapsed_29 : tensor<1x4x16x8xf32>) outs(%62 : tensor<1x4x8x16xf32>) permutation = [0, 1, 3, 2] 
    %63 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_30 : tensor<1x4x8x16xf32>) outs(%62 : tensor<1x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.truncf %cst_6 : f64 to f32
      %175 = arith.mulf %in, %174 : f32
      linalg.yield %175 : f32
    } -> tensor<1x4x8x16xf32>
    %collapsed_31 = tensor.collapse_shape %61 [[0, 1], [2], [3]] : tensor<1x4x16x8xf32> into tensor<4x16x8xf32>
    %collapsed_32 = tensor.collapse_shape %63 [[0, 1], [2], [3]] : tensor<1x4x8x16xf32> into tensor<4x8x16xf32>
    %64 = tensor.empty() : tensor<4x16x16xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%64 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %66 = linalg.batch_matmul ins(%collapsed_31, %collapsed_32 : tensor<4x16x8xf32>, tensor<4x8x16xf32>) outs(%65 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %expanded_33 = tensor.expand_shape %66 [[0, 1], [2], [3]] output_shape [1, 4, 16, 16] : tensor<4x16x16xf32> into tensor<1x4x16x16xf32>
    %67 = tensor.empty() : tensor<1x4x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33, %60 : tensor<1x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%67 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x16xf32>
    %69 = tensor.empty() : tensor<1x4x16xi64>
    %70 = linalg.fill ins(%c0_i64 : i64) outs(%69 : tensor<1x4x16xi64>) -> tensor<1x4x16xi64>
    %71 = tensor.empty() : tensor<1x4x16xf32>
    %72 = linalg.fill ins(%cst_0 : f32) outs(%71 : tensor<1x4x16xf32>) -> tensor<1x4x16xf32>
    %73:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%68 : tensor<1x4x16x16xf32>) outs(%72, %70 : tensor<1x4x16xf32>, tensor<1x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_90: i64):
      %174 = linalg.index 3 : index
      %175 = arith.index_cast %174 : index to i64
      %176 = arith.maximumf %in, %out : f32
      %177 = arith.cmpf ogt, %in, %out : f32
      %178 = arith.select %177, %175, %out_90 : i64
      linalg.yield %176, %178 : f32, i64
    } -> (tensor<1x4x16xf32>, tensor<1x4x16xi64>)
    %expanded_34 = tensor.expand_shape %73#0 [[0], [1], [2, 3]] output_shape [1, 4, 16, 1] : tensor<1x4x16xf32> into tensor<1x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68, %expanded_34 : tensor<1x4x16x16xf32>, tensor<1x4x16x1xf32>) outs(%67 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.subf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x16xf32>
    %75 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74 : tensor<1x4x16x16xf32>) outs(%67 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.exp %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x16xf32>
    %76 = tensor.empty() : tensor<1x4x16x1xf32>
    %77 = linalg.fill ins(%cst : f32) outs(%76 : tensor<1x4x16x1xf32>) -> tensor<1x4x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%75 : tensor<1x4x16x16xf32>) outs(%77 : tensor<1x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.addf %in, %out : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %78 : tensor<1x4x16x16xf32>, tensor<1x4x16x1xf32>) outs(%67 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.divf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x16xf32>
    %80 = tensor.empty() : tensor<1x4x16x16xi1>
    %81 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<1x4x16x16xf32>) outs(%80 : tensor<1x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %174 = arith.extf %in : f32 to f64
      %175 = arith.cmpf oeq, %174, %cst_7 : f64
      linalg.yield %175 : i1
    } -> tensor<1x4x16x16xi1>
    %82 = tensor.empty() : tensor<1x4x16x1xi1>
    %83 = linalg.fill ins(%true : i1) outs(%82 : tensor<1x4x16x1xi1>) -> tensor<1x4x16x1xi1>
    %84 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%81 : tensor<1x4x16x16xi1>) outs(%83 : tensor<1x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %174 = arith.andi %in, %out : i1
      linalg.yield %174 : i1
    } -> tensor<1x4x16x1xi1>
    %85 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%84, %cst_2, %79 : tensor<1x4x16x1xi1>, tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) outs(%67 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: i1, %in_90: f32, %in_91: f32, %out: f32):
      %174 = arith.select %in, %in_90, %in_91 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %85 [[0, 1], [2], [3]] : tensor<1x4x16x16xf32> into tensor<4x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %58 [[0, 1, 2], [3], [4]] : tensor<1x2x2x16x8xf32> into tensor<4x16x8xf32>
    %86 = tensor.empty() : tensor<4x16x8xf32>
    %87 = linalg.fill ins(%cst : f32) outs(%86 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
    %88 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<4x16x16xf32>, tensor<4x16x8xf32>) outs(%87 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
    %expanded_37 = tensor.expand_shape %88 [[0, 1], [2], [3]] output_shape [1, 4, 16, 8] : tensor<4x16x8xf32> into tensor<1x4x16x8xf32>
    %89 = tensor.empty() : tensor<1x16x4x8xf32>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<1x4x16x8xf32>) outs(%89 : tensor<1x16x4x8xf32>) permutation = [0, 2, 1, 3] 
    %transposed_39 = linalg.transpose ins(%arg9 : tensor<32x32xf32>) outs(%29 : tensor<32x32xf32>) permutation = [1, 0] 
    %collapsed_40 = tensor.collapse_shape %transposed_38 [[0, 1], [2, 3]] : tensor<1x16x4x8xf32> into tensor<16x32xf32>
    %90 = linalg.matmul ins(%collapsed_40, %transposed_39 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%31 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_41 = tensor.expand_shape %90 [[0, 1], [2]] output_shape [1, 16, 32] : tensor<16x32xf32> into tensor<1x16x32xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_41 : tensor<1x16x32xf32>, tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%92 : tensor<1x16x32xf32>) outs(%22 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.addf %in, %out : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.divf %in, %cst_10 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.truncf %cst_8 : f64 to f32
      %175 = arith.addf %in, %174 : f32
      linalg.yield %175 : f32
    } -> tensor<1x16x1xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.rsqrt %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %96 : tensor<1x16x32xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %98 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg14, %97 : tensor<32xf32>, tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %99 = tensor.empty() : tensor<32x64xf32>
    %transposed_42 = linalg.transpose ins(%arg10 : tensor<64x32xf32>) outs(%99 : tensor<32x64xf32>) permutation = [1, 0] 
    %collapsed_43 = tensor.collapse_shape %98 [[0, 1], [2]] : tensor<1x16x32xf32> into tensor<16x32xf32>
    %100 = tensor.empty() : tensor<16x64xf32>
    %101 = linalg.fill ins(%cst : f32) outs(%100 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %102 = linalg.matmul ins(%collapsed_43, %transposed_42 : tensor<16x32xf32>, tensor<32x64xf32>) outs(%101 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_44 = tensor.expand_shape %102 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %103 = tensor.empty() : tensor<1x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44 : tensor<1x16x64xf32>) outs(%103 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.negf %in : f32
      %175 = math.exp %174 : f32
      %176 = arith.addf %175, %cst_1 : f32
      %177 = arith.divf %cst_1, %176 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44, %104 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%103 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x64xf32>
    %transposed_45 = linalg.transpose ins(%arg11 : tensor<64x32xf32>) outs(%99 : tensor<32x64xf32>) permutation = [1, 0] 
    %106 = linalg.matmul ins(%collapsed_43, %transposed_45 : tensor<16x32xf32>, tensor<32x64xf32>) outs(%101 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_46 = tensor.expand_shape %106 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %expanded_46 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%103 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x64xf32>
    %108 = tensor.empty() : tensor<64x32xf32>
    %transposed_47 = linalg.transpose ins(%arg12 : tensor<32x64xf32>) outs(%108 : tensor<64x32xf32>) permutation = [1, 0] 
    %collapsed_48 = tensor.collapse_shape %107 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %109 = linalg.matmul ins(%collapsed_48, %transposed_47 : tensor<16x64xf32>, tensor<64x32xf32>) outs(%31 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_49 = tensor.expand_shape %109 [[0, 1], [2]] output_shape [1, 16, 32] : tensor<16x32xf32> into tensor<1x16x32xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %expanded_49 : tensor<1x16x32xf32>, tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%111 : tensor<1x16x32xf32>) outs(%22 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.addf %in, %out : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.divf %in, %cst_10 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.truncf %cst_8 : f64 to f32
      %175 = arith.addf %in, %174 : f32
      linalg.yield %175 : f32
    } -> tensor<1x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.rsqrt %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %115 : tensor<1x16x32xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %117 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg25, %116 : tensor<32xf32>, tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %collapsed_50 = tensor.collapse_shape %117 [[0, 1], [2]] : tensor<1x16x32xf32> into tensor<16x32xf32>
    %transposed_51 = linalg.transpose ins(%arg15 : tensor<32x32xf32>) outs(%29 : tensor<32x32xf32>) permutation = [1, 0] 
    %118 = linalg.matmul ins(%collapsed_50, %transposed_51 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%31 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %119 = linalg.generic {indexing_maps = [#map12, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg16 : tensor<32xf32>) outs(%30 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %120 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%118, %119 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%30 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<16x32xf32>
    %expanded_52 = tensor.expand_shape %120 [[0, 1], [2, 3]] output_shape [1, 16, 4, 8] : tensor<16x32xf32> into tensor<1x16x4x8xf32>
    %transposed_53 = linalg.transpose ins(%expanded_52 : tensor<1x16x4x8xf32>) outs(%35 : tensor<1x4x16x8xf32>) permutation = [0, 2, 1, 3] 
    %transposed_54 = linalg.transpose ins(%arg17 : tensor<16x32xf32>) outs(%36 : tensor<32x16xf32>) permutation = [1, 0] 
    %121 = linalg.matmul ins(%collapsed_50, %transposed_54 : tensor<16x32xf32>, tensor<32x16xf32>) outs(%38 : tensor<16x16xf32>) -> tensor<16x16xf32>
    %122 = linalg.generic {indexing_maps = [#map12, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg18 : tensor<16xf32>) outs(%37 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x16xf32>
    %123 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%121, %122 : tensor<16x16xf32>, tensor<16x16xf32>) outs(%37 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<16x16xf32>
    %expanded_55 = tensor.expand_shape %123 [[0, 1], [2, 3]] output_shape [1, 16, 2, 8] : tensor<16x16xf32> into tensor<1x16x2x8xf32>
    %transposed_56 = linalg.transpose ins(%expanded_55 : tensor<1x16x2x8xf32>) outs(%42 : tensor<1x2x16x8xf32>) permutation = [0, 2, 1, 3] 
    %transposed_57 = linalg.transpose ins(%arg19 : tensor<16x32xf32>) outs(%36 : tensor<32x16xf32>) permutation = [1, 0] 
    %124 = linalg.matmul ins(%collapsed_50, %transposed_57 : tensor<16x32xf32>, tensor<32x16xf32>) outs(%38 : tensor<16x16xf32>) -> tensor<16x16xf32>
    %125 = linalg.generic {indexing_maps = [#map12, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg20 : tensor<16xf32>) outs(%37 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x16xf32>
    %126 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%124, %125 : tensor<16x16xf32>, tensor<16x16xf32>) outs(%37 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<16x16xf32>
    %expanded_58 = tensor.expand_shape %126 [[0, 1], [2, 3]] output_shape [1, 16, 2, 8] : tensor<16x16xf32> into tensor<1x16x2x8xf32>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<1x16x2x8xf32>) outs(%42 : tensor<1x2x16x8xf32>) permutation = [0, 2, 1, 3] 
    %127 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_53, %expanded_22 : tensor<1x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%35 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x8xf32>
    %extracted_slice_60 = tensor.extract_slice %transposed_53[0, 0, 0, 0] [1, 4, 16, 4] [1, 1, 1, 1] : tensor<1x4x16x8xf32> to tensor<1x4x16x4xf32>
    %extracted_slice_61 = tensor.extract_slice %transposed_53[0, 0, 0, 4] [1, 4, 16, 4] [1, 1, 1, 1] : tensor<1x4x16x8xf32> to tensor<1x4x16x4xf32>
    %128 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_61 : tensor<1x4x16x4xf32>) outs(%47 : tensor<1x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.negf %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x4xf32>
    %concat_62 = tensor.concat dim(3) %128, %extracted_slice_60 : (tensor<1x4x16x4xf32>, tensor<1x4x16x4xf32>) -> tensor<1x4x16x8xf32>
    %129 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_62, %expanded_23 : tensor<1x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%35 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x8xf32>
    %130 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%127, %129 : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) outs(%35 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x8xf32>
    %131 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_56, %expanded_22 : tensor<1x2x16x8xf32>, tensor<1x1x16x8xf32>) outs(%42 : tensor<1x2x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x2x16x8xf32>
    %extracted_slice_63 = tensor.extract_slice %transposed_56[0, 0, 0, 0] [1, 2, 16, 4] [1, 1, 1, 1] : tensor<1x2x16x8xf32> to tensor<1x2x16x4xf32>
    %extracted_slice_64 = tensor.extract_slice %transposed_56[0, 0, 0, 4] [1, 2, 16, 4] [1, 1, 1, 1] : tensor<1x2x16x8xf32> to tensor<1x2x16x4xf32>
    %132 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_64 : tensor<1x2x16x4xf32>) outs(%52 : tensor<1x2x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.negf %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x2x16x4xf32>
    %concat_65 = tensor.concat dim(3) %132, %extracted_slice_63 : (tensor<1x2x16x4xf32>, tensor<1x2x16x4xf32>) -> tensor<1x2x16x8xf32>
    %133 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_65, %expanded_23 : tensor<1x2x16x8xf32>, tensor<1x1x16x8xf32>) outs(%42 : tensor<1x2x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x2x16x8xf32>
    %134 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%131, %133 : tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) outs(%42 : tensor<1x2x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x2x16x8xf32>
    %135 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%134 : tensor<1x2x16x8xf32>) outs(%56 : tensor<1x2x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x2x16x8xf32>
    %collapsed_66 = tensor.collapse_shape %135 [[0], [1, 2], [3], [4]] : tensor<1x2x2x16x8xf32> into tensor<1x4x16x8xf32>
    %136 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_59 : tensor<1x2x16x8xf32>) outs(%56 : tensor<1x2x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x2x16x8xf32>
    %137 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%130 : tensor<1x4x16x8xf32>) outs(%35 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.truncf %cst_6 : f64 to f32
      %175 = arith.mulf %in, %174 : f32
      linalg.yield %175 : f32
    } -> tensor<1x4x16x8xf32>
    %transposed_67 = linalg.transpose ins(%collapsed_66 : tensor<1x4x16x8xf32>) outs(%62 : tensor<1x4x8x16xf32>) permutation = [0, 1, 3, 2] 
    %138 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_67 : tensor<1x4x8x16xf32>) outs(%62 : tensor<1x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.truncf %cst_6 : f64 to f32
      %175 = arith.mulf %in, %174 : f32
      linalg.yield %175 : f32
    } -> tensor<1x4x8x16xf32>
    %collapsed_68 = tensor.collapse_shape %137 [[0, 1], [2], [3]] : tensor<1x4x16x8xf32> into tensor<4x16x8xf32>
    %collapsed_69 = tensor.collapse_shape %138 [[0, 1], [2], [3]] : tensor<1x4x8x16xf32> into tensor<4x8x16xf32>
    %139 = linalg.batch_matmul ins(%collapsed_68, %collapsed_69 : tensor<4x16x8xf32>, tensor<4x8x16xf32>) outs(%65 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %expanded_70 = tensor.expand_shape %139 [[0, 1], [2], [3]] output_shape [1, 4, 16, 16] : tensor<4x16x16xf32> into tensor<1x4x16x16xf32>
    %140 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_70, %60 : tensor<1x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%67 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x16xf32>
    %141:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%140 : tensor<1x4x16x16xf32>) outs(%72, %70 : tensor<1x4x16xf32>, tensor<1x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_90: i64):
      %174 = linalg.index 3 : index
      %175 = arith.index_cast %174 : index to i64
      %176 = arith.maximumf %in, %out : f32
      %177 = arith.cmpf ogt, %in, %out : f32
      %178 = arith.select %177, %175, %out_90 : i64
      linalg.yield %176, %178 : f32, i64
    } -> (tensor<1x4x16xf32>, tensor<1x4x16xi64>)
    %expanded_71 = tensor.expand_shape %141#0 [[0], [1], [2, 3]] output_shape [1, 4, 16, 1] : tensor<1x4x16xf32> into tensor<1x4x16x1xf32>
    %142 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%140, %expanded_71 : tensor<1x4x16x16xf32>, tensor<1x4x16x1xf32>) outs(%67 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.subf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x16xf32>
    %143 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%142 : tensor<1x4x16x16xf32>) outs(%67 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.exp %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x16xf32>
    %144 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%143 : tensor<1x4x16x16xf32>) outs(%77 : tensor<1x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.addf %in, %out : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x1xf32>
    %145 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%143, %144 : tensor<1x4x16x16xf32>, tensor<1x4x16x1xf32>) outs(%67 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.divf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x16xf32>
    %146 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%140 : tensor<1x4x16x16xf32>) outs(%80 : tensor<1x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %174 = arith.extf %in : f32 to f64
      %175 = arith.cmpf oeq, %174, %cst_7 : f64
      linalg.yield %175 : i1
    } -> tensor<1x4x16x16xi1>
    %147 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%146 : tensor<1x4x16x16xi1>) outs(%83 : tensor<1x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %174 = arith.andi %in, %out : i1
      linalg.yield %174 : i1
    } -> tensor<1x4x16x1xi1>
    %148 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%147, %cst_2, %145 : tensor<1x4x16x1xi1>, tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) outs(%67 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: i1, %in_90: f32, %in_91: f32, %out: f32):
      %174 = arith.select %in, %in_90, %in_91 : f32
      linalg.yield %174 : f32
    } -> tensor<1x4x16x16xf32>
    %collapsed_72 = tensor.collapse_shape %148 [[0, 1], [2], [3]] : tensor<1x4x16x16xf32> into tensor<4x16x16xf32>
    %collapsed_73 = tensor.collapse_shape %136 [[0, 1, 2], [3], [4]] : tensor<1x2x2x16x8xf32> into tensor<4x16x8xf32>
    %149 = linalg.batch_matmul ins(%collapsed_72, %collapsed_73 : tensor<4x16x16xf32>, tensor<4x16x8xf32>) outs(%87 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
    %expanded_74 = tensor.expand_shape %149 [[0, 1], [2], [3]] output_shape [1, 4, 16, 8] : tensor<4x16x8xf32> into tensor<1x4x16x8xf32>
    %transposed_75 = linalg.transpose ins(%expanded_74 : tensor<1x4x16x8xf32>) outs(%89 : tensor<1x16x4x8xf32>) permutation = [0, 2, 1, 3] 
    %transposed_76 = linalg.transpose ins(%arg21 : tensor<32x32xf32>) outs(%29 : tensor<32x32xf32>) permutation = [1, 0] 
    %collapsed_77 = tensor.collapse_shape %transposed_75 [[0, 1], [2, 3]] : tensor<1x16x4x8xf32> into tensor<16x32xf32>
    %150 = linalg.matmul ins(%collapsed_77, %transposed_76 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%31 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_78 = tensor.expand_shape %150 [[0, 1], [2]] output_shape [1, 16, 32] : tensor<16x32xf32> into tensor<1x16x32xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %expanded_78 : tensor<1x16x32xf32>, tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%152 : tensor<1x16x32xf32>) outs(%22 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.addf %in, %out : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.divf %in, %cst_10 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.truncf %cst_8 : f64 to f32
      %175 = arith.addf %in, %174 : f32
      linalg.yield %175 : f32
    } -> tensor<1x16x1xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.rsqrt %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %156 : tensor<1x16x32xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %158 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg26, %157 : tensor<32xf32>, tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %transposed_79 = linalg.transpose ins(%arg22 : tensor<64x32xf32>) outs(%99 : tensor<32x64xf32>) permutation = [1, 0] 
    %collapsed_80 = tensor.collapse_shape %158 [[0, 1], [2]] : tensor<1x16x32xf32> into tensor<16x32xf32>
    %159 = linalg.matmul ins(%collapsed_80, %transposed_79 : tensor<16x32xf32>, tensor<32x64xf32>) outs(%101 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_81 = tensor.expand_shape %159 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_81 : tensor<1x16x64xf32>) outs(%103 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.negf %in : f32
      %175 = math.exp %174 : f32
      %176 = arith.addf %175, %cst_1 : f32
      %177 = arith.divf %cst_1, %176 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_81, %160 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%103 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x64xf32>
    %transposed_82 = linalg.transpose ins(%arg23 : tensor<64x32xf32>) outs(%99 : tensor<32x64xf32>) permutation = [1, 0] 
    %162 = linalg.matmul ins(%collapsed_80, %transposed_82 : tensor<16x32xf32>, tensor<32x64xf32>) outs(%101 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_83 = tensor.expand_shape %162 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %expanded_83 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%103 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x64xf32>
    %transposed_84 = linalg.transpose ins(%arg24 : tensor<32x64xf32>) outs(%108 : tensor<64x32xf32>) permutation = [1, 0] 
    %collapsed_85 = tensor.collapse_shape %163 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %164 = linalg.matmul ins(%collapsed_85, %transposed_84 : tensor<16x64xf32>, tensor<64x32xf32>) outs(%31 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_86 = tensor.expand_shape %164 [[0, 1], [2]] output_shape [1, 16, 32] : tensor<16x32xf32> into tensor<1x16x32xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %expanded_86 : tensor<1x16x32xf32>, tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.addf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %166 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165 : tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%166 : tensor<1x16x32xf32>) outs(%22 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.addf %in, %out : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %168 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.divf %in, %cst_10 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %169 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = arith.truncf %cst_8 : f64 to f32
      %175 = arith.addf %in, %174 : f32
      linalg.yield %175 : f32
    } -> tensor<1x16x1xf32>
    %170 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169 : tensor<1x16x1xf32>) outs(%14 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %174 = math.rsqrt %in : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %171 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %170 : tensor<1x16x32xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %172 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg27, %171 : tensor<32xf32>, tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %174 = arith.mulf %in, %in_90 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x32xf32>
    %transposed_87 = linalg.transpose ins(%arg28 : tensor<64x32xf32>) outs(%99 : tensor<32x64xf32>) permutation = [1, 0] 
    %collapsed_88 = tensor.collapse_shape %172 [[0, 1], [2]] : tensor<1x16x32xf32> into tensor<16x32xf32>
    %173 = linalg.matmul ins(%collapsed_88, %transposed_87 : tensor<16x32xf32>, tensor<32x64xf32>) outs(%101 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_89 = tensor.expand_shape %173 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    return %expanded_89 : tensor<1x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803FCDCCCC3D0AD7233C6F12833A"
    }
  }
#-}
