// llama_sdpa_decode_static_bf16: exported by test/models/export_families.py with torch 2.15.0+cu132, transformers 5.25.0, torch-mlir.
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0) -> ()>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map7 = affine_map<(d0, d1, d2) -> (d2)>
#map8 = affine_map<(d0, d1) -> (d0, d1)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d2)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d1, d2)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d3)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map15 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map16 = affine_map<(d0, d1, d2, d3) -> ()>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @forward(%arg0: tensor<1x1xi64>, %arg1: tensor<1xi64>, %arg2: tensor<1x2x16x8xbf16>, %arg3: tensor<1x2x16x8xbf16>, %arg4: tensor<1x2x16x8xbf16>, %arg5: tensor<1x2x16x8xbf16>) -> (tensor<1x2x16x8xbf16>, tensor<1x2x16x8xbf16>, tensor<1x2x16x8xbf16>, tensor<1x2x16x8xbf16>, tensor<1x1x64xbf16>) {
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<1x4x1x16xf32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_4 = arith.constant dense<0xFF80> : tensor<bf16>
    %cst_5 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_5> : tensor<64x32xbf16>
    %cst_6 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_4> : tensor<32xbf16>
    %cst_7 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16_1> : tensor<32x64xbf16>
    %cst_8 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_4> : tensor<64x32xbf16>
    %cst_9 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_3> : tensor<64x32xbf16>
    %cst_10 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_3> : tensor<32xbf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_3> : tensor<32x32xbf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_16_32_torch.bfloat16_3> : tensor<16x32xbf16>
    %cst_13 = arith.constant dense_resource<torch_tensor_16_32_torch.bfloat16_2> : tensor<16x32xbf16>
    %cst_14 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_2> : tensor<32x32xbf16>
    %cst_15 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_2> : tensor<32xbf16>
    %cst_16 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16> : tensor<32x64xbf16>
    %cst_17 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_2> : tensor<64x32xbf16>
    %cst_18 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_1> : tensor<64x32xbf16>
    %cst_19 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_1> : tensor<32xbf16>
    %cst_20 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_1> : tensor<32x32xbf16>
    %cst_21 = arith.constant 0.59460355750136051 : f64
    %cst_22 = arith.constant 0xFFF0000000000000 : f64
    %cst_23 = arith.constant dense_resource<torch_tensor_16_32_torch.bfloat16_1> : tensor<16x32xbf16>
    %cst_24 = arith.constant dense_resource<torch_tensor_16_32_torch.bfloat16> : tensor<16x32xbf16>
    %cst_25 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16> : tensor<32x32xbf16>
    %cst_26 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16> : tensor<32xbf16>
    %cst_27 = arith.constant 9.9999999999999995E-7 : f64
    %cst_28 = arith.constant dense_resource<torch_tensor_4_torch.bfloat16> : tensor<4xbf16>
    %cst_29 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16> : tensor<64x32xbf16>
    %cst_30 = arith.constant 3.200000e+01 : f32
    %collapsed = tensor.collapse_shape %arg1 [] : tensor<1xi64> into tensor<i64>
    %0 = tensor.empty() : tensor<1x1x32xbf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x1xi64>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %219 = arith.index_cast %in : i64 to index
      %220 = linalg.index 2 : index
      %221 = arith.cmpi slt, %219, %c64 : index
      cf.assert %221, "index must be smaller than dim size"
      %222 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %222, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_29[%219, %220] : tensor<64x32xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x1x32xbf16>
    %2 = tensor.empty() : tensor<1xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %4 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel"]} ins(%3, %collapsed : tensor<1xi64>, tensor<i64>) outs(%2 : tensor<1xi64>) {
    ^bb0(%in: i64, %in_131: i64, %out: i64):
      %219 = arith.addi %in, %in_131 : i64
      linalg.yield %219 : i64
    } -> tensor<1xi64>
    %5 = tensor.empty() : tensor<16xi64>
    %6 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%5 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %219 = linalg.index 0 : index
      %220 = arith.index_cast %219 : index to i64
      linalg.yield %220 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %4 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_31 = tensor.expand_shape %6 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %7 = tensor.empty() : tensor<1x1x1x16xi1>
    %8 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31, %expanded : tensor<1x1x1x16xi64>, tensor<1x1x1x1xi64>) outs(%7 : tensor<1x1x1x16xi1>) {
    ^bb0(%in: i64, %in_131: i64, %out: i1):
      %219 = arith.cmpi sle, %in, %in_131 : i64
      linalg.yield %219 : i1
    } -> tensor<1x1x1x16xi1>
    %expanded_32 = tensor.expand_shape %arg1 [[0, 1, 2]] output_shape [1, 1, 1] : tensor<1xi64> into tensor<1x1x1xi64>
    %9 = tensor.empty() : tensor<1x1x1xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_32 : tensor<1x1x1xi64>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %219 = arith.sitofp %in : i64 to f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %11 = tensor.empty() : tensor<4xf32>
    %12 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_28 : tensor<4xbf16>) outs(%11 : tensor<4xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<4xf32>
    %13 = tensor.empty() : tensor<1x1x4xf32>
    %14 = linalg.generic {indexing_maps = [#map6, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x1xf32>, tensor<4xf32>) outs(%13 : tensor<1x1x4xf32>) {
    ^bb0(%in: f32, %in_131: f32, %out: f32):
      %219 = arith.mulf %in, %in_131 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x4xf32>
    %concat = tensor.concat dim(2) %14, %14 : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x8xf32>
    %15 = tensor.empty() : tensor<1x1x8xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x1x8xf32>) outs(%15 : tensor<1x1x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.cos %in : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x8xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x1x8xf32>) outs(%15 : tensor<1x1x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.sin %in : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x8xf32>
    %18 = tensor.empty() : tensor<1x1x8xbf16>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<1x1x8xf32>) outs(%18 : tensor<1x1x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x8xbf16>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<1x1x8xf32>) outs(%18 : tensor<1x1x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x8xbf16>
    %21 = tensor.empty() : tensor<1x1x32xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<1x1x32xbf16>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<1x1x32xf32>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %24 = linalg.fill ins(%cst : f32) outs(%9 : tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%23 : tensor<1x1x32xf32>) outs(%24 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.addf %in, %out : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.divf %in, %cst_30 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.truncf %cst_27 : f64 to f32
      %220 = arith.addf %in, %219 : f32
      linalg.yield %220 : f32
    } -> tensor<1x1x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.rsqrt %in : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %28 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_131: f32, %out: f32):
      %219 = arith.mulf %in, %in_131 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<1x1x32xf32>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %31 = linalg.generic {indexing_maps = [#map7, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_26, %30 : tensor<32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %32 = tensor.empty() : tensor<32x32xbf16>
    %transposed = linalg.transpose ins(%cst_25 : tensor<32x32xbf16>) outs(%32 : tensor<32x32xbf16>) permutation = [1, 0] 
    %collapsed_33 = tensor.collapse_shape %31 [[0], [1, 2]] : tensor<1x1x32xbf16> into tensor<1x32xbf16>
    %33 = tensor.empty() : tensor<1x32xf32>
    %34 = linalg.fill ins(%cst : f32) outs(%33 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %35 = linalg.matmul ins(%collapsed_33, %transposed : tensor<1x32xbf16>, tensor<32x32xbf16>) outs(%34 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %36 = tensor.empty() : tensor<1x32xbf16>
    %37 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%35 : tensor<1x32xf32>) outs(%36 : tensor<1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x32xbf16>
    %expanded_34 = tensor.expand_shape %37 [[0], [1, 2, 3]] output_shape [1, 1, 4, 8] : tensor<1x32xbf16> into tensor<1x1x4x8xbf16>
    %38 = tensor.empty() : tensor<1x4x1x8xbf16>
    %transposed_35 = linalg.transpose ins(%expanded_34 : tensor<1x1x4x8xbf16>) outs(%38 : tensor<1x4x1x8xbf16>) permutation = [0, 2, 1, 3] 
    %39 = tensor.empty() : tensor<32x16xbf16>
    %transposed_36 = linalg.transpose ins(%cst_24 : tensor<16x32xbf16>) outs(%39 : tensor<32x16xbf16>) permutation = [1, 0] 
    %40 = tensor.empty() : tensor<1x16xf32>
    %41 = linalg.fill ins(%cst : f32) outs(%40 : tensor<1x16xf32>) -> tensor<1x16xf32>
    %42 = linalg.matmul ins(%collapsed_33, %transposed_36 : tensor<1x32xbf16>, tensor<32x16xbf16>) outs(%41 : tensor<1x16xf32>) -> tensor<1x16xf32>
    %43 = tensor.empty() : tensor<1x16xbf16>
    %44 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%42 : tensor<1x16xf32>) outs(%43 : tensor<1x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x16xbf16>
    %expanded_37 = tensor.expand_shape %44 [[0], [1, 2, 3]] output_shape [1, 1, 2, 8] : tensor<1x16xbf16> into tensor<1x1x2x8xbf16>
    %45 = tensor.empty() : tensor<1x2x1x8xbf16>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<1x1x2x8xbf16>) outs(%45 : tensor<1x2x1x8xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_39 = linalg.transpose ins(%cst_23 : tensor<16x32xbf16>) outs(%39 : tensor<32x16xbf16>) permutation = [1, 0] 
    %46 = linalg.matmul ins(%collapsed_33, %transposed_39 : tensor<1x32xbf16>, tensor<32x16xbf16>) outs(%41 : tensor<1x16xf32>) -> tensor<1x16xf32>
    %47 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%46 : tensor<1x16xf32>) outs(%43 : tensor<1x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x16xbf16>
    %expanded_40 = tensor.expand_shape %47 [[0], [1, 2, 3]] output_shape [1, 1, 2, 8] : tensor<1x16xbf16> into tensor<1x1x2x8xbf16>
    %transposed_41 = linalg.transpose ins(%expanded_40 : tensor<1x1x2x8xbf16>) outs(%45 : tensor<1x2x1x8xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_42 = tensor.expand_shape %19 [[0], [1, 2], [3]] output_shape [1, 1, 1, 8] : tensor<1x1x8xbf16> into tensor<1x1x1x8xbf16>
    %expanded_43 = tensor.expand_shape %20 [[0], [1, 2], [3]] output_shape [1, 1, 1, 8] : tensor<1x1x8xbf16> into tensor<1x1x1x8xbf16>
    %48 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_35, %expanded_42 : tensor<1x4x1x8xbf16>, tensor<1x1x1x8xbf16>) outs(%38 : tensor<1x4x1x8xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x4x1x8xbf16>
    %extracted_slice = tensor.extract_slice %transposed_35[0, 0, 0, 0] [1, 4, 1, 4] [1, 1, 1, 1] : tensor<1x4x1x8xbf16> to tensor<1x4x1x4xbf16>
    %extracted_slice_44 = tensor.extract_slice %transposed_35[0, 0, 0, 4] [1, 4, 1, 4] [1, 1, 1, 1] : tensor<1x4x1x8xbf16> to tensor<1x4x1x4xbf16>
    %49 = tensor.empty() : tensor<1x4x1x4xbf16>
    %50 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_44 : tensor<1x4x1x4xbf16>) outs(%49 : tensor<1x4x1x4xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %219 = arith.negf %in : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x4x1x4xbf16>
    %concat_45 = tensor.concat dim(3) %50, %extracted_slice : (tensor<1x4x1x4xbf16>, tensor<1x4x1x4xbf16>) -> tensor<1x4x1x8xbf16>
    %51 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_45, %expanded_43 : tensor<1x4x1x8xbf16>, tensor<1x1x1x8xbf16>) outs(%38 : tensor<1x4x1x8xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x4x1x8xbf16>
    %52 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %51 : tensor<1x4x1x8xbf16>, tensor<1x4x1x8xbf16>) outs(%38 : tensor<1x4x1x8xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.addf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x4x1x8xbf16>
    %53 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_38, %expanded_42 : tensor<1x2x1x8xbf16>, tensor<1x1x1x8xbf16>) outs(%45 : tensor<1x2x1x8xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x2x1x8xbf16>
    %extracted_slice_46 = tensor.extract_slice %transposed_38[0, 0, 0, 0] [1, 2, 1, 4] [1, 1, 1, 1] : tensor<1x2x1x8xbf16> to tensor<1x2x1x4xbf16>
    %extracted_slice_47 = tensor.extract_slice %transposed_38[0, 0, 0, 4] [1, 2, 1, 4] [1, 1, 1, 1] : tensor<1x2x1x8xbf16> to tensor<1x2x1x4xbf16>
    %54 = tensor.empty() : tensor<1x2x1x4xbf16>
    %55 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_47 : tensor<1x2x1x4xbf16>) outs(%54 : tensor<1x2x1x4xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %219 = arith.negf %in : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x2x1x4xbf16>
    %concat_48 = tensor.concat dim(3) %55, %extracted_slice_46 : (tensor<1x2x1x4xbf16>, tensor<1x2x1x4xbf16>) -> tensor<1x2x1x8xbf16>
    %56 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_48, %expanded_43 : tensor<1x2x1x8xbf16>, tensor<1x1x1x8xbf16>) outs(%45 : tensor<1x2x1x8xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x2x1x8xbf16>
    %57 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %56 : tensor<1x2x1x8xbf16>, tensor<1x2x1x8xbf16>) outs(%45 : tensor<1x2x1x8xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.addf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x2x1x8xbf16>
    %58 = tensor.empty() : tensor<8xi64>
    %59 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%58 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %219 = linalg.index 0 : index
      %220 = arith.index_cast %219 : index to i64
      linalg.yield %220 : i64
    } -> tensor<8xi64>
    %60 = tensor.empty() : tensor<2xi64>
    %61 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%60 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %219 = linalg.index 0 : index
      %220 = arith.index_cast %219 : index to i64
      linalg.yield %220 : i64
    } -> tensor<2xi64>
    %62 = tensor.empty() : tensor<1x2x1x8xi64>
    %expanded_49 = tensor.expand_shape %3 [[0, 1]] output_shape [1, 1] : tensor<1xi64> into tensor<1x1xi64>
    %63 = linalg.generic {indexing_maps = [#map10, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_49 : tensor<1x1xi64>) outs(%62 : tensor<1x2x1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<1x2x1x8xi64>
    %collapsed_50 = tensor.collapse_shape %63 [[0, 1, 2, 3]] : tensor<1x2x1x8xi64> into tensor<16xi64>
    %expanded_51 = tensor.expand_shape %61 [[0, 1]] output_shape [2, 1] : tensor<2xi64> into tensor<2x1xi64>
    %64 = linalg.generic {indexing_maps = [#map11, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_51 : tensor<2x1xi64>) outs(%62 : tensor<1x2x1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<1x2x1x8xi64>
    %collapsed_52 = tensor.collapse_shape %64 [[0, 1, 2, 3]] : tensor<1x2x1x8xi64> into tensor<16xi64>
    %65 = linalg.generic {indexing_maps = [#map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%4 : tensor<1xi64>) outs(%62 : tensor<1x2x1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<1x2x1x8xi64>
    %collapsed_53 = tensor.collapse_shape %65 [[0, 1, 2, 3]] : tensor<1x2x1x8xi64> into tensor<16xi64>
    %66 = linalg.generic {indexing_maps = [#map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59 : tensor<8xi64>) outs(%62 : tensor<1x2x1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<1x2x1x8xi64>
    %collapsed_54 = tensor.collapse_shape %66 [[0, 1, 2, 3]] : tensor<1x2x1x8xi64> into tensor<16xi64>
    %expanded_55 = tensor.expand_shape %collapsed_50 [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
    %expanded_56 = tensor.expand_shape %collapsed_52 [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
    %expanded_57 = tensor.expand_shape %collapsed_53 [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
    %expanded_58 = tensor.expand_shape %collapsed_54 [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
    %concat_59 = tensor.concat dim(1) %expanded_55, %expanded_56, %expanded_57, %expanded_58 : (tensor<16x1xi64>, tensor<16x1xi64>, tensor<16x1xi64>, tensor<16x1xi64>) -> tensor<16x4xi64>
    %collapsed_60 = tensor.collapse_shape %57 [[0, 1, 2, 3]] : tensor<1x2x1x8xbf16> into tensor<16xbf16>
    %expanded_61 = tensor.expand_shape %collapsed_60 [[0, 1, 2, 3, 4]] output_shape [16, 1, 1, 1, 1] : tensor<16xbf16> into tensor<16x1x1x1x1xbf16>
    %67 = tm_tensor.scatter {dimension_map = array<i64: 0, 1, 2, 3>} unique_indices(true) ins(%expanded_61, %concat_59 : tensor<16x1x1x1x1xbf16>, tensor<16x4xi64>) outs(%arg2 : tensor<1x2x16x8xbf16>) {
    ^bb0(%arg6: bf16, %arg7: bf16):
      tm_tensor.yield %arg6 : bf16
    } -> tensor<1x2x16x8xbf16>
    %collapsed_62 = tensor.collapse_shape %transposed_41 [[0, 1, 2, 3]] : tensor<1x2x1x8xbf16> into tensor<16xbf16>
    %expanded_63 = tensor.expand_shape %collapsed_62 [[0, 1, 2, 3, 4]] output_shape [16, 1, 1, 1, 1] : tensor<16xbf16> into tensor<16x1x1x1x1xbf16>
    %68 = tm_tensor.scatter {dimension_map = array<i64: 0, 1, 2, 3>} unique_indices(true) ins(%expanded_63, %concat_59 : tensor<16x1x1x1x1xbf16>, tensor<16x4xi64>) outs(%arg3 : tensor<1x2x16x8xbf16>) {
    ^bb0(%arg6: bf16, %arg7: bf16):
      tm_tensor.yield %arg6 : bf16
    } -> tensor<1x2x16x8xbf16>
    %69 = tensor.empty() : tensor<1x2x2x16x8xbf16>
    %70 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%67 : tensor<1x2x16x8xbf16>) outs(%69 : tensor<1x2x2x16x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<1x2x2x16x8xbf16>
    %collapsed_64 = tensor.collapse_shape %70 [[0], [1, 2], [3], [4]] : tensor<1x2x2x16x8xbf16> into tensor<1x4x16x8xbf16>
    %71 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<1x2x16x8xbf16>) outs(%69 : tensor<1x2x2x16x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<1x2x2x16x8xbf16>
    %collapsed_65 = tensor.collapse_shape %71 [[0], [1, 2], [3], [4]] : tensor<1x2x2x16x8xbf16> into tensor<1x4x16x8xbf16>
    %72 = tensor.empty() : tensor<1x1x1x16xbf16>
    %73 = linalg.generic {indexing_maps = [#map4, #map16, #map16, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %cst_3, %cst_4 : tensor<1x1x1x16xi1>, tensor<bf16>, tensor<bf16>) outs(%72 : tensor<1x1x1x16xbf16>) {
    ^bb0(%in: i1, %in_131: bf16, %in_132: bf16, %out: bf16):
      %219 = arith.select %in, %in_131, %in_132 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x1x16xbf16>
    %74 = tensor.empty() : tensor<1x4x1x8xf32>
    %75 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52 : tensor<1x4x1x8xbf16>) outs(%74 : tensor<1x4x1x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x4x1x8xf32>
    %76 = tensor.empty() : tensor<1x4x16x8xf32>
    %77 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_64 : tensor<1x4x16x8xbf16>) outs(%76 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x4x16x8xf32>
    %78 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_65 : tensor<1x4x16x8xbf16>) outs(%76 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x4x16x8xf32>
    %79 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<1x4x1x8xf32>) outs(%74 : tensor<1x4x1x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.truncf %cst_21 : f64 to f32
      %220 = arith.mulf %in, %219 : f32
      linalg.yield %220 : f32
    } -> tensor<1x4x1x8xf32>
    %80 = tensor.empty() : tensor<1x4x8x16xf32>
    %transposed_66 = linalg.transpose ins(%77 : tensor<1x4x16x8xf32>) outs(%80 : tensor<1x4x8x16xf32>) permutation = [0, 1, 3, 2] 
    %81 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_66 : tensor<1x4x8x16xf32>) outs(%80 : tensor<1x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.truncf %cst_21 : f64 to f32
      %220 = arith.mulf %in, %219 : f32
      linalg.yield %220 : f32
    } -> tensor<1x4x8x16xf32>
    %collapsed_67 = tensor.collapse_shape %79 [[0, 1], [2], [3]] : tensor<1x4x1x8xf32> into tensor<4x1x8xf32>
    %collapsed_68 = tensor.collapse_shape %81 [[0, 1], [2], [3]] : tensor<1x4x8x16xf32> into tensor<4x8x16xf32>
    %82 = tensor.empty() : tensor<4x1x16xf32>
    %83 = linalg.fill ins(%cst : f32) outs(%82 : tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %84 = linalg.batch_matmul ins(%collapsed_67, %collapsed_68 : tensor<4x1x8xf32>, tensor<4x8x16xf32>) outs(%83 : tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %expanded_69 = tensor.expand_shape %84 [[0, 1], [2], [3]] output_shape [1, 4, 1, 16] : tensor<4x1x16xf32> into tensor<1x4x1x16xf32>
    %85 = tensor.empty() : tensor<1x4x1x16xf32>
    %86 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_69, %73 : tensor<1x4x1x16xf32>, tensor<1x1x1x16xbf16>) outs(%85 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %in_131: bf16, %out: f32):
      %219 = arith.extf %in_131 : bf16 to f32
      %220 = arith.addf %in, %219 : f32
      linalg.yield %220 : f32
    } -> tensor<1x4x1x16xf32>
    %87 = tensor.empty() : tensor<1x4x1xi64>
    %88 = linalg.fill ins(%c0_i64 : i64) outs(%87 : tensor<1x4x1xi64>) -> tensor<1x4x1xi64>
    %89 = tensor.empty() : tensor<1x4x1xf32>
    %90 = linalg.fill ins(%cst_0 : f32) outs(%89 : tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %91:2 = linalg.generic {indexing_maps = [#map4, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%86 : tensor<1x4x1x16xf32>) outs(%90, %88 : tensor<1x4x1xf32>, tensor<1x4x1xi64>) {
    ^bb0(%in: f32, %out: f32, %out_131: i64):
      %219 = linalg.index 3 : index
      %220 = arith.index_cast %219 : index to i64
      %221 = arith.maximumf %in, %out : f32
      %222 = arith.cmpf ogt, %in, %out : f32
      %223 = arith.select %222, %220, %out_131 : i64
      linalg.yield %221, %223 : f32, i64
    } -> (tensor<1x4x1xf32>, tensor<1x4x1xi64>)
    %expanded_70 = tensor.expand_shape %91#0 [[0], [1], [2, 3]] output_shape [1, 4, 1, 1] : tensor<1x4x1xf32> into tensor<1x4x1x1xf32>
    %92 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%86, %expanded_70 : tensor<1x4x1x16xf32>, tensor<1x4x1x1xf32>) outs(%85 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %in_131: f32, %out: f32):
      %219 = arith.subf %in, %in_131 : f32
      linalg.yield %219 : f32
    } -> tensor<1x4x1x16xf32>
    %93 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%92 : tensor<1x4x1x16xf32>) outs(%85 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.exp %in : f32
      linalg.yield %219 : f32
    } -> tensor<1x4x1x16xf32>
    %94 = tensor.empty() : tensor<1x4x1x1xf32>
    %95 = linalg.fill ins(%cst : f32) outs(%94 : tensor<1x4x1x1xf32>) -> tensor<1x4x1x1xf32>
    %96 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%93 : tensor<1x4x1x16xf32>) outs(%95 : tensor<1x4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.addf %in, %out : f32
      linalg.yield %219 : f32
    } -> tensor<1x4x1x1xf32>
    %97 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%93, %96 : tensor<1x4x1x16xf32>, tensor<1x4x1x1xf32>) outs(%85 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %in_131: f32, %out: f32):
      %219 = arith.divf %in, %in_131 : f32
      linalg.yield %219 : f32
    } -> tensor<1x4x1x16xf32>
    %98 = tensor.empty() : tensor<1x4x1x16xi1>
    %99 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%86 : tensor<1x4x1x16xf32>) outs(%98 : tensor<1x4x1x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %219 = arith.extf %in : f32 to f64
      %220 = arith.cmpf oeq, %219, %cst_22 : f64
      linalg.yield %220 : i1
    } -> tensor<1x4x1x16xi1>
    %100 = tensor.empty() : tensor<1x4x1x1xi1>
    %101 = linalg.fill ins(%true : i1) outs(%100 : tensor<1x4x1x1xi1>) -> tensor<1x4x1x1xi1>
    %102 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%99 : tensor<1x4x1x16xi1>) outs(%101 : tensor<1x4x1x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %219 = arith.andi %in, %out : i1
      linalg.yield %219 : i1
    } -> tensor<1x4x1x1xi1>
    %103 = linalg.generic {indexing_maps = [#map5, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%102, %cst_2, %97 : tensor<1x4x1x1xi1>, tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) outs(%85 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: i1, %in_131: f32, %in_132: f32, %out: f32):
      %219 = arith.select %in, %in_131, %in_132 : f32
      linalg.yield %219 : f32
    } -> tensor<1x4x1x16xf32>
    %collapsed_71 = tensor.collapse_shape %103 [[0, 1], [2], [3]] : tensor<1x4x1x16xf32> into tensor<4x1x16xf32>
    %collapsed_72 = tensor.collapse_shape %78 [[0, 1], [2], [3]] : tensor<1x4x16x8xf32> into tensor<4x16x8xf32>
    %104 = tensor.empty() : tensor<4x1x8xf32>
    %105 = linalg.fill ins(%cst : f32) outs(%104 : tensor<4x1x8xf32>) -> tensor<4x1x8xf32>
    %106 = linalg.batch_matmul ins(%collapsed_71, %collapsed_72 : tensor<4x1x16xf32>, tensor<4x16x8xf32>) outs(%105 : tensor<4x1x8xf32>) -> tensor<4x1x8xf32>
    %expanded_73 = tensor.expand_shape %106 [[0, 1], [2], [3]] output_shape [1, 4, 1, 8] : tensor<4x1x8xf32> into tensor<1x4x1x8xf32>
    %107 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_73 : tensor<1x4x1x8xf32>) outs(%38 : tensor<1x4x1x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x4x1x8xbf16>
    %108 = tensor.empty() : tensor<1x1x4x8xbf16>
    %transposed_74 = linalg.transpose ins(%107 : tensor<1x4x1x8xbf16>) outs(%108 : tensor<1x1x4x8xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_75 = linalg.transpose ins(%cst_20 : tensor<32x32xbf16>) outs(%32 : tensor<32x32xbf16>) permutation = [1, 0] 
    %collapsed_76 = tensor.collapse_shape %transposed_74 [[0], [1, 2, 3]] : tensor<1x1x4x8xbf16> into tensor<1x32xbf16>
    %109 = linalg.matmul ins(%collapsed_76, %transposed_75 : tensor<1x32xbf16>, tensor<32x32xbf16>) outs(%34 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %110 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%109 : tensor<1x32xf32>) outs(%36 : tensor<1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x32xbf16>
    %expanded_77 = tensor.expand_shape %110 [[0], [1, 2]] output_shape [1, 1, 32] : tensor<1x32xbf16> into tensor<1x1x32xbf16>
    %111 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_77 : tensor<1x1x32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.addf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<1x1x32xbf16>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<1x1x32xf32>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%113 : tensor<1x1x32xf32>) outs(%24 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.addf %in, %out : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.divf %in, %cst_30 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.truncf %cst_27 : f64 to f32
      %220 = arith.addf %in, %219 : f32
      linalg.yield %220 : f32
    } -> tensor<1x1x1xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.rsqrt %in : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %117 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_131: f32, %out: f32):
      %219 = arith.mulf %in, %in_131 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<1x1x32xf32>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %120 = linalg.generic {indexing_maps = [#map7, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_19, %119 : tensor<32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %121 = tensor.empty() : tensor<32x64xbf16>
    %transposed_78 = linalg.transpose ins(%cst_18 : tensor<64x32xbf16>) outs(%121 : tensor<32x64xbf16>) permutation = [1, 0] 
    %collapsed_79 = tensor.collapse_shape %120 [[0], [1, 2]] : tensor<1x1x32xbf16> into tensor<1x32xbf16>
    %122 = tensor.empty() : tensor<1x64xf32>
    %123 = linalg.fill ins(%cst : f32) outs(%122 : tensor<1x64xf32>) -> tensor<1x64xf32>
    %124 = linalg.matmul ins(%collapsed_79, %transposed_78 : tensor<1x32xbf16>, tensor<32x64xbf16>) outs(%123 : tensor<1x64xf32>) -> tensor<1x64xf32>
    %125 = tensor.empty() : tensor<1x64xbf16>
    %126 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%124 : tensor<1x64xf32>) outs(%125 : tensor<1x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x64xbf16>
    %expanded_80 = tensor.expand_shape %126 [[0], [1, 2]] output_shape [1, 1, 64] : tensor<1x64xbf16> into tensor<1x1x64xbf16>
    %127 = tensor.empty() : tensor<1x1x64xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_80 : tensor<1x1x64xbf16>) outs(%127 : tensor<1x1x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x1x64xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<1x1x64xf32>) outs(%127 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.negf %in : f32
      %220 = math.exp %219 : f32
      %221 = arith.addf %220, %cst_1 : f32
      %222 = arith.divf %cst_1, %221 : f32
      linalg.yield %222 : f32
    } -> tensor<1x1x64xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %129 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%127 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_131: f32, %out: f32):
      %219 = arith.mulf %in, %in_131 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x64xf32>
    %131 = tensor.empty() : tensor<1x1x64xbf16>
    %132 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<1x1x64xf32>) outs(%131 : tensor<1x1x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x64xbf16>
    %transposed_81 = linalg.transpose ins(%cst_17 : tensor<64x32xbf16>) outs(%121 : tensor<32x64xbf16>) permutation = [1, 0] 
    %133 = linalg.matmul ins(%collapsed_79, %transposed_81 : tensor<1x32xbf16>, tensor<32x64xbf16>) outs(%123 : tensor<1x64xf32>) -> tensor<1x64xf32>
    %134 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%133 : tensor<1x64xf32>) outs(%125 : tensor<1x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x64xbf16>
    %expanded_82 = tensor.expand_shape %134 [[0], [1, 2]] output_shape [1, 1, 64] : tensor<1x64xbf16> into tensor<1x1x64xbf16>
    %135 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %expanded_82 : tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) outs(%131 : tensor<1x1x64xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x64xbf16>
    %136 = tensor.empty() : tensor<64x32xbf16>
    %transposed_83 = linalg.transpose ins(%cst_16 : tensor<32x64xbf16>) outs(%136 : tensor<64x32xbf16>) permutation = [1, 0] 
    %collapsed_84 = tensor.collapse_shape %135 [[0], [1, 2]] : tensor<1x1x64xbf16> into tensor<1x64xbf16>
    %137 = linalg.matmul ins(%collapsed_84, %transposed_83 : tensor<1x64xbf16>, tensor<64x32xbf16>) outs(%34 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %138 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%137 : tensor<1x32xf32>) outs(%36 : tensor<1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x32xbf16>
    %expanded_85 = tensor.expand_shape %138 [[0], [1, 2]] output_shape [1, 1, 32] : tensor<1x32xbf16> into tensor<1x1x32xbf16>
    %139 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %expanded_85 : tensor<1x1x32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.addf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %140 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<1x1x32xbf16>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140 : tensor<1x1x32xf32>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%141 : tensor<1x1x32xf32>) outs(%24 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.addf %in, %out : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.divf %in, %cst_30 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.truncf %cst_27 : f64 to f32
      %220 = arith.addf %in, %219 : f32
      linalg.yield %220 : f32
    } -> tensor<1x1x1xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.rsqrt %in : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %145 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_131: f32, %out: f32):
      %219 = arith.mulf %in, %in_131 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<1x1x32xf32>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %148 = linalg.generic {indexing_maps = [#map7, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_15, %147 : tensor<32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %transposed_86 = linalg.transpose ins(%cst_14 : tensor<32x32xbf16>) outs(%32 : tensor<32x32xbf16>) permutation = [1, 0] 
    %collapsed_87 = tensor.collapse_shape %148 [[0], [1, 2]] : tensor<1x1x32xbf16> into tensor<1x32xbf16>
    %149 = linalg.matmul ins(%collapsed_87, %transposed_86 : tensor<1x32xbf16>, tensor<32x32xbf16>) outs(%34 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %150 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%149 : tensor<1x32xf32>) outs(%36 : tensor<1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x32xbf16>
    %expanded_88 = tensor.expand_shape %150 [[0], [1, 2, 3]] output_shape [1, 1, 4, 8] : tensor<1x32xbf16> into tensor<1x1x4x8xbf16>
    %transposed_89 = linalg.transpose ins(%expanded_88 : tensor<1x1x4x8xbf16>) outs(%38 : tensor<1x4x1x8xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_90 = linalg.transpose ins(%cst_13 : tensor<16x32xbf16>) outs(%39 : tensor<32x16xbf16>) permutation = [1, 0] 
    %151 = linalg.matmul ins(%collapsed_87, %transposed_90 : tensor<1x32xbf16>, tensor<32x16xbf16>) outs(%41 : tensor<1x16xf32>) -> tensor<1x16xf32>
    %152 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%151 : tensor<1x16xf32>) outs(%43 : tensor<1x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x16xbf16>
    %expanded_91 = tensor.expand_shape %152 [[0], [1, 2, 3]] output_shape [1, 1, 2, 8] : tensor<1x16xbf16> into tensor<1x1x2x8xbf16>
    %transposed_92 = linalg.transpose ins(%expanded_91 : tensor<1x1x2x8xbf16>) outs(%45 : tensor<1x2x1x8xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_93 = linalg.transpose ins(%cst_12 : tensor<16x32xbf16>) outs(%39 : tensor<32x16xbf16>) permutation = [1, 0] 
    %153 = linalg.matmul ins(%collapsed_87, %transposed_93 : tensor<1x32xbf16>, tensor<32x16xbf16>) outs(%41 : tensor<1x16xf32>) -> tensor<1x16xf32>
    %154 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%153 : tensor<1x16xf32>) outs(%43 : tensor<1x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x16xbf16>
    %expanded_94 = tensor.expand_shape %154 [[0], [1, 2, 3]] output_shape [1, 1, 2, 8] : tensor<1x16xbf16> into tensor<1x1x2x8xbf16>
    %transposed_95 = linalg.transpose ins(%expanded_94 : tensor<1x1x2x8xbf16>) outs(%45 : tensor<1x2x1x8xbf16>) permutation = [0, 2, 1, 3] 
    %155 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_89, %expanded_42 : tensor<1x4x1x8xbf16>, tensor<1x1x1x8xbf16>) outs(%38 : tensor<1x4x1x8xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x4x1x8xbf16>
    %extracted_slice_96 = tensor.extract_slice %transposed_89[0, 0, 0, 0] [1, 4, 1, 4] [1, 1, 1, 1] : tensor<1x4x1x8xbf16> to tensor<1x4x1x4xbf16>
    %extracted_slice_97 = tensor.extract_slice %transposed_89[0, 0, 0, 4] [1, 4, 1, 4] [1, 1, 1, 1] : tensor<1x4x1x8xbf16> to tensor<1x4x1x4xbf16>
    %156 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_97 : tensor<1x4x1x4xbf16>) outs(%49 : tensor<1x4x1x4xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %219 = arith.negf %in : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x4x1x4xbf16>
    %concat_98 = tensor.concat dim(3) %156, %extracted_slice_96 : (tensor<1x4x1x4xbf16>, tensor<1x4x1x4xbf16>) -> tensor<1x4x1x8xbf16>
    %157 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_98, %expanded_43 : tensor<1x4x1x8xbf16>, tensor<1x1x1x8xbf16>) outs(%38 : tensor<1x4x1x8xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x4x1x8xbf16>
    %158 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%155, %157 : tensor<1x4x1x8xbf16>, tensor<1x4x1x8xbf16>) outs(%38 : tensor<1x4x1x8xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.addf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x4x1x8xbf16>
    %159 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_92, %expanded_42 : tensor<1x2x1x8xbf16>, tensor<1x1x1x8xbf16>) outs(%45 : tensor<1x2x1x8xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x2x1x8xbf16>
    %extracted_slice_99 = tensor.extract_slice %transposed_92[0, 0, 0, 0] [1, 2, 1, 4] [1, 1, 1, 1] : tensor<1x2x1x8xbf16> to tensor<1x2x1x4xbf16>
    %extracted_slice_100 = tensor.extract_slice %transposed_92[0, 0, 0, 4] [1, 2, 1, 4] [1, 1, 1, 1] : tensor<1x2x1x8xbf16> to tensor<1x2x1x4xbf16>
    %160 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_100 : tensor<1x2x1x4xbf16>) outs(%54 : tensor<1x2x1x4xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %219 = arith.negf %in : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x2x1x4xbf16>
    %concat_101 = tensor.concat dim(3) %160, %extracted_slice_99 : (tensor<1x2x1x4xbf16>, tensor<1x2x1x4xbf16>) -> tensor<1x2x1x8xbf16>
    %161 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_101, %expanded_43 : tensor<1x2x1x8xbf16>, tensor<1x1x1x8xbf16>) outs(%45 : tensor<1x2x1x8xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x2x1x8xbf16>
    %162 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%159, %161 : tensor<1x2x1x8xbf16>, tensor<1x2x1x8xbf16>) outs(%45 : tensor<1x2x1x8xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.addf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x2x1x8xbf16>
    %collapsed_102 = tensor.collapse_shape %162 [[0, 1, 2, 3]] : tensor<1x2x1x8xbf16> into tensor<16xbf16>
    %expanded_103 = tensor.expand_shape %collapsed_102 [[0, 1, 2, 3, 4]] output_shape [16, 1, 1, 1, 1] : tensor<16xbf16> into tensor<16x1x1x1x1xbf16>
    %163 = tm_tensor.scatter {dimension_map = array<i64: 0, 1, 2, 3>} unique_indices(true) ins(%expanded_103, %concat_59 : tensor<16x1x1x1x1xbf16>, tensor<16x4xi64>) outs(%arg4 : tensor<1x2x16x8xbf16>) {
    ^bb0(%arg6: bf16, %arg7: bf16):
      tm_tensor.yield %arg6 : bf16
    } -> tensor<1x2x16x8xbf16>
    %collapsed_104 = tensor.collapse_shape %transposed_95 [[0, 1, 2, 3]] : tensor<1x2x1x8xbf16> into tensor<16xbf16>
    %expanded_105 = tensor.expand_shape %collapsed_104 [[0, 1, 2, 3, 4]] output_shape [16, 1, 1, 1, 1] : tensor<16xbf16> into tensor<16x1x1x1x1xbf16>
    %164 = tm_tensor.scatter {dimension_map = array<i64: 0, 1, 2, 3>} unique_indices(true) ins(%expanded_105, %concat_59 : tensor<16x1x1x1x1xbf16>, tensor<16x4xi64>) outs(%arg5 : tensor<1x2x16x8xbf16>) {
    ^bb0(%arg6: bf16, %arg7: bf16):
      tm_tensor.yield %arg6 : bf16
    } -> tensor<1x2x16x8xbf16>
    %165 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%163 : tensor<1x2x16x8xbf16>) outs(%69 : tensor<1x2x2x16x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<1x2x2x16x8xbf16>
    %collapsed_106 = tensor.collapse_shape %165 [[0], [1, 2], [3], [4]] : tensor<1x2x2x16x8xbf16> into tensor<1x4x16x8xbf16>
    %166 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%164 : tensor<1x2x16x8xbf16>) outs(%69 : tensor<1x2x2x16x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<1x2x2x16x8xbf16>
    %collapsed_107 = tensor.collapse_shape %166 [[0], [1, 2], [3], [4]] : tensor<1x2x2x16x8xbf16> into tensor<1x4x16x8xbf16>
    %167 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%158 : tensor<1x4x1x8xbf16>) outs(%74 : tensor<1x4x1x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x4x1x8xf32>
    %168 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_106 : tensor<1x4x16x8xbf16>) outs(%76 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x4x16x8xf32>
    %169 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_107 : tensor<1x4x16x8xbf16>) outs(%76 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x4x16x8xf32>
    %170 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%167 : tensor<1x4x1x8xf32>) outs(%74 : tensor<1x4x1x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.truncf %cst_21 : f64 to f32
      %220 = arith.mulf %in, %219 : f32
      linalg.yield %220 : f32
    } -> tensor<1x4x1x8xf32>
    %transposed_108 = linalg.transpose ins(%168 : tensor<1x4x16x8xf32>) outs(%80 : tensor<1x4x8x16xf32>) permutation = [0, 1, 3, 2] 
    %171 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_108 : tensor<1x4x8x16xf32>) outs(%80 : tensor<1x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.truncf %cst_21 : f64 to f32
      %220 = arith.mulf %in, %219 : f32
      linalg.yield %220 : f32
    } -> tensor<1x4x8x16xf32>
    %collapsed_109 = tensor.collapse_shape %170 [[0, 1], [2], [3]] : tensor<1x4x1x8xf32> into tensor<4x1x8xf32>
    %collapsed_110 = tensor.collapse_shape %171 [[0, 1], [2], [3]] : tensor<1x4x8x16xf32> into tensor<4x8x16xf32>
    %172 = linalg.batch_matmul ins(%collapsed_109, %collapsed_110 : tensor<4x1x8xf32>, tensor<4x8x16xf32>) outs(%83 : tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %expanded_111 = tensor.expand_shape %172 [[0, 1], [2], [3]] output_shape [1, 4, 1, 16] : tensor<4x1x16xf32> into tensor<1x4x1x16xf32>
    %173 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_111, %73 : tensor<1x4x1x16xf32>, tensor<1x1x1x16xbf16>) outs(%85 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %in_131: bf16, %out: f32):
      %219 = arith.extf %in_131 : bf16 to f32
      %220 = arith.addf %in, %219 : f32
      linalg.yield %220 : f32
    } -> tensor<1x4x1x16xf32>
    %174:2 = linalg.generic {indexing_maps = [#map4, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%173 : tensor<1x4x1x16xf32>) outs(%90, %88 : tensor<1x4x1xf32>, tensor<1x4x1xi64>) {
    ^bb0(%in: f32, %out: f32, %out_131: i64):
      %219 = linalg.index 3 : index
      %220 = arith.index_cast %219 : index to i64
      %221 = arith.maximumf %in, %out : f32
      %222 = arith.cmpf ogt, %in, %out : f32
      %223 = arith.select %222, %220, %out_131 : i64
      linalg.yield %221, %223 : f32, i64
    } -> (tensor<1x4x1xf32>, tensor<1x4x1xi64>)
    %expanded_112 = tensor.expand_shape %174#0 [[0], [1], [2, 3]] output_shape [1, 4, 1, 1] : tensor<1x4x1xf32> into tensor<1x4x1x1xf32>
    %175 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%173, %expanded_112 : tensor<1x4x1x16xf32>, tensor<1x4x1x1xf32>) outs(%85 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %in_131: f32, %out: f32):
      %219 = arith.subf %in, %in_131 : f32
      linalg.yield %219 : f32
    } -> tensor<1x4x1x16xf32>
    %176 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%175 : tensor<1x4x1x16xf32>) outs(%85 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.exp %in : f32
      linalg.yield %219 : f32
    } -> tensor<1x4x1x16xf32>
    %177 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%176 : tensor<1x4x1x16xf32>) outs(%95 : tensor<1x4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.addf %in, %out : f32
      linalg.yield %219 : f32
    } -> tensor<1x4x1x1xf32>
    %178 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%176, %177 : tensor<1x4x1x16xf32>, tensor<1x4x1x1xf32>) outs(%85 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %in_131: f32, %out: f32):
      %219 = arith.divf %in, %in_131 : f32
      linalg.yield %219 : f32
    } -> tensor<1x4x1x16xf32>
    %179 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%173 : tensor<1x4x1x16xf32>) outs(%98 : tensor<1x4x1x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %219 = arith.extf %in : f32 to f64
      %220 = arith.cmpf oeq, %219, %cst_22 : f64
      linalg.yield %220 : i1
    } -> tensor<1x4x1x16xi1>
    %180 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%179 : tensor<1x4x1x16xi1>) outs(%101 : tensor<1x4x1x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %219 = arith.andi %in, %out : i1
      linalg.yield %219 : i1
    } -> tensor<1x4x1x1xi1>
    %181 = linalg.generic {indexing_maps = [#map5, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%180, %cst_2, %178 : tensor<1x4x1x1xi1>, tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) outs(%85 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: i1, %in_131: f32, %in_132: f32, %out: f32):
      %219 = arith.select %in, %in_131, %in_132 : f32
      linalg.yield %219 : f32
    } -> tensor<1x4x1x16xf32>
    %collapsed_113 = tensor.collapse_shape %181 [[0, 1], [2], [3]] : tensor<1x4x1x16xf32> into tensor<4x1x16xf32>
    %collapsed_114 = tensor.collapse_shape %169 [[0, 1], [2], [3]] : tensor<1x4x16x8xf32> into tensor<4x16x8xf32>
    %182 = linalg.batch_matmul ins(%collapsed_113, %collapsed_114 : tensor<4x1x16xf32>, tensor<4x16x8xf32>) outs(%105 : tensor<4x1x8xf32>) -> tensor<4x1x8xf32>
    %expanded_115 = tensor.expand_shape %182 [[0, 1], [2], [3]] output_shape [1, 4, 1, 8] : tensor<4x1x8xf32> into tensor<1x4x1x8xf32>
    %183 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_115 : tensor<1x4x1x8xf32>) outs(%38 : tensor<1x4x1x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x4x1x8xbf16>
    %transposed_116 = linalg.transpose ins(%183 : tensor<1x4x1x8xbf16>) outs(%108 : tensor<1x1x4x8xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_117 = linalg.transpose ins(%cst_11 : tensor<32x32xbf16>) outs(%32 : tensor<32x32xbf16>) permutation = [1, 0] 
    %collapsed_118 = tensor.collapse_shape %transposed_116 [[0], [1, 2, 3]] : tensor<1x1x4x8xbf16> into tensor<1x32xbf16>
    %184 = linalg.matmul ins(%collapsed_118, %transposed_117 : tensor<1x32xbf16>, tensor<32x32xbf16>) outs(%34 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %185 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%184 : tensor<1x32xf32>) outs(%36 : tensor<1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x32xbf16>
    %expanded_119 = tensor.expand_shape %185 [[0], [1, 2]] output_shape [1, 1, 32] : tensor<1x32xbf16> into tensor<1x1x32xbf16>
    %186 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %expanded_119 : tensor<1x1x32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.addf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %187 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%186 : tensor<1x1x32xbf16>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %188 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187 : tensor<1x1x32xf32>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %189 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%188 : tensor<1x1x32xf32>) outs(%24 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.addf %in, %out : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %190 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%189 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.divf %in, %cst_30 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %191 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.truncf %cst_27 : f64 to f32
      %220 = arith.addf %in, %219 : f32
      linalg.yield %220 : f32
    } -> tensor<1x1x1xf32>
    %192 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.rsqrt %in : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %193 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187, %192 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_131: f32, %out: f32):
      %219 = arith.mulf %in, %in_131 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %194 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193 : tensor<1x1x32xf32>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %195 = linalg.generic {indexing_maps = [#map7, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_10, %194 : tensor<32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %transposed_120 = linalg.transpose ins(%cst_9 : tensor<64x32xbf16>) outs(%121 : tensor<32x64xbf16>) permutation = [1, 0] 
    %collapsed_121 = tensor.collapse_shape %195 [[0], [1, 2]] : tensor<1x1x32xbf16> into tensor<1x32xbf16>
    %196 = linalg.matmul ins(%collapsed_121, %transposed_120 : tensor<1x32xbf16>, tensor<32x64xbf16>) outs(%123 : tensor<1x64xf32>) -> tensor<1x64xf32>
    %197 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%196 : tensor<1x64xf32>) outs(%125 : tensor<1x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x64xbf16>
    %expanded_122 = tensor.expand_shape %197 [[0], [1, 2]] output_shape [1, 1, 64] : tensor<1x64xbf16> into tensor<1x1x64xbf16>
    %198 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_122 : tensor<1x1x64xbf16>) outs(%127 : tensor<1x1x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x1x64xf32>
    %199 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%198 : tensor<1x1x64xf32>) outs(%127 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.negf %in : f32
      %220 = math.exp %219 : f32
      %221 = arith.addf %220, %cst_1 : f32
      %222 = arith.divf %cst_1, %221 : f32
      linalg.yield %222 : f32
    } -> tensor<1x1x64xf32>
    %200 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%198, %199 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%127 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_131: f32, %out: f32):
      %219 = arith.mulf %in, %in_131 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x64xf32>
    %201 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200 : tensor<1x1x64xf32>) outs(%131 : tensor<1x1x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x64xbf16>
    %transposed_123 = linalg.transpose ins(%cst_8 : tensor<64x32xbf16>) outs(%121 : tensor<32x64xbf16>) permutation = [1, 0] 
    %202 = linalg.matmul ins(%collapsed_121, %transposed_123 : tensor<1x32xbf16>, tensor<32x64xbf16>) outs(%123 : tensor<1x64xf32>) -> tensor<1x64xf32>
    %203 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%202 : tensor<1x64xf32>) outs(%125 : tensor<1x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x64xbf16>
    %expanded_124 = tensor.expand_shape %203 [[0], [1, 2]] output_shape [1, 1, 64] : tensor<1x64xbf16> into tensor<1x1x64xbf16>
    %204 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%201, %expanded_124 : tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) outs(%131 : tensor<1x1x64xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x64xbf16>
    %transposed_125 = linalg.transpose ins(%cst_7 : tensor<32x64xbf16>) outs(%136 : tensor<64x32xbf16>) permutation = [1, 0] 
    %collapsed_126 = tensor.collapse_shape %204 [[0], [1, 2]] : tensor<1x1x64xbf16> into tensor<1x64xbf16>
    %205 = linalg.matmul ins(%collapsed_126, %transposed_125 : tensor<1x64xbf16>, tensor<64x32xbf16>) outs(%34 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %206 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%205 : tensor<1x32xf32>) outs(%36 : tensor<1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x32xbf16>
    %expanded_127 = tensor.expand_shape %206 [[0], [1, 2]] output_shape [1, 1, 32] : tensor<1x32xbf16> into tensor<1x1x32xbf16>
    %207 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%186, %expanded_127 : tensor<1x1x32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.addf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %208 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%207 : tensor<1x1x32xbf16>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %219 = arith.extf %in : bf16 to f32
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %209 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208 : tensor<1x1x32xf32>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %210 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%209 : tensor<1x1x32xf32>) outs(%24 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.addf %in, %out : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %211 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%210 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.divf %in, %cst_30 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %212 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%211 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = arith.truncf %cst_27 : f64 to f32
      %220 = arith.addf %in, %219 : f32
      linalg.yield %220 : f32
    } -> tensor<1x1x1xf32>
    %213 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%212 : tensor<1x1x1xf32>) outs(%9 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %219 = math.rsqrt %in : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x1xf32>
    %214 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208, %213 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%21 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_131: f32, %out: f32):
      %219 = arith.mulf %in, %in_131 : f32
      linalg.yield %219 : f32
    } -> tensor<1x1x32xf32>
    %215 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%214 : tensor<1x1x32xf32>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %216 = linalg.generic {indexing_maps = [#map7, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_6, %215 : tensor<32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_131: bf16, %out: bf16):
      %219 = arith.mulf %in, %in_131 : bf16
      linalg.yield %219 : bf16
    } -> tensor<1x1x32xbf16>
    %transposed_128 = linalg.transpose ins(%cst_5 : tensor<64x32xbf16>) outs(%121 : tensor<32x64xbf16>) permutation = [1, 0] 
    %collapsed_129 = tensor.collapse_shape %216 [[0], [1, 2]] : tensor<1x1x32xbf16> into tensor<1x32xbf16>
    %217 = linalg.matmul ins(%collapsed_129, %transposed_128 : tensor<1x32xbf16>, tensor<32x64xbf16>) outs(%123 : tensor<1x64xf32>) -> tensor<1x64xf32>
    %218 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%217 : tensor<1x64xf32>) outs(%125 : tensor<1x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %219 = arith.truncf %in : f32 to bf16
      linalg.yield %219 : bf16
    } -> tensor<1x64xbf16>
    %expanded_130 = tensor.expand_shape %218 [[0], [1, 2]] output_shape [1, 1, 64] : tensor<1x64xbf16> into tensor<1x1x64xbf16>
    return %67, %68, %163, %164, %expanded_130 : tensor<1x2x16x8xbf16>, tensor<1x2x16x8xbf16>, tensor<1x2x16x8xbf16>, tensor<1x2x16x8xbf16>, tensor<1x1x64xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_64_32_torch.bfloat16_5: "0x020000009CBAA53D43BCBEBD7FBDBE3D1A3EBC3E8B3D8F3D303E973C2A3E4EBC08BEA23E23BE553EA93E4CBEB7BECC3C813ECC3DC9BD833EEBBD703E763EEDBD42BDA63E893BBD3E50BC713EBABD63BEDC3BB13EF9BC393DC4BD22BE87BE863E00BDEBBBF13D3CBE9FBD1EBE37BDF43C24BC043C3BBA8C3E24BED2BDCEBDAFBD863C8CBE70BD903E1BBC103D2B3EA83E1B3E293EE6BE82BE8E3E09BE29BE1ABEBCBD553D763E273DC73CE6BE2BBEEE3D3B3E803EED3D02BECCBBE03D83BC8F3C113D783DEFBC873D003E82BD773D06BE743E01BF103F74BEC73D98BEDAB97F3E213E863EBFBEA7BDAEBEE43D54BD6A3EAC3EC73CD43E22BE8CBB503E1F3D343EF3BECC3EEEBD113EB73D383BFABE72BD5CBD6B3E1A3E70BE32BE26BE593E2CBDE1BDE03DB7BD663C643D84BE6DBEA8BD2CBC80BD293EA03D023E283EC33B2DBE12BD9DBD76BDB6BE57BEDBBEFC3E253E093E22BE923E9EBE803D023E46BDB6BE5BBE8CBCD13D483DD33A6CBE763BF33C93BEB7BD773E373E99BD3CBD3D3C5ABEAA3D83BE42BEDBBBAEBE41BE003E8ABCCA3DC53C043ECA3D00BFF5BD493DC0BEC4BEA3BECABD873D87BC1F3EAB3B95BD693C44BD963D9CBE35BE40BE5E3E17BE24BEAD3E673CCABD6B3E573E993E24BDDFBDDA3D18BEA7BE4D3EDFBC54BE66BEB5BE47BED1BDBE3E0BBD4C3D23BCBB3D19BD9C3C23BE70BE993DB7BB55BE8A3D983E7F3E983EACBD3B3C1DBEAB3C263D31BE7DBEB03DB5BE01BE12BC28BB2DBD21BD2BBDE73D06BC09BEA93D343D0D3E63BEECBD53BE1DBD273DF63CB43C143ED63D0FBE6A3E8FBE66BD92BE0ABD1A3EFD3D303EA3BE4ABE883E663E733D653E183E083E99BE3BBE3F3ED7BD2DBDB9BD543EFEBDA2BE993E0637E5BD67BDE6BD5D3EDF3D28BD36BE2A3D963EFF3EBB3E8D3ED4BE003F30BE59BE003DAF3D8D3EBB3D91BEAABD73BCCF3D70BD0CBEB43E1DBE18BE693E4C3E0BBE2F3D07BDF7BECC3D4BBEA33D9B3D9FBDF33D963A123E2E3EE5BDD4BDBB3E593EA7BE853D60BE67BE3F3D5C3E9E3D473C563EDA3E9B3DC53E213E323ECFBD12BE65BDB1BCD73E8ABE6DBD353EF1BD083D153CA93D073E3F3E11BEC8BD9EBD043E22BEB33E4EBE743D15BE58BE8FBE4FBE813E2DBD5FBED6BD8C3D863E8DBEA1BD483E6A3ECEBE1DBEB0BC343ECE3D10BE0A3CF33D2CBE63BDE63CBA3D873EF53C80BC50BECA3DDABEB9BD42BE0DBE873EEB3DD6BEDA3CB33D30BEB7BC8ABDA93D1E3D2F3E9B3E473EA8BD993ED53C6ABEFC3DBBBE5C3E20BE83BD7FBEEF3DF3BC9F3E7DBD573E123EF03D273E6FBC9C3C2B3EC43C1A3C973EBCBEAD3E6E3E92BE92BC943CD43D3E3D15BF823DF8BD80BE16BE823D7ABDA33E08BE3ABE0D3E963E0FBEF3BD873BB93E333EDE3D81BEF4BD843DC4BDC33E6ABE2F3E223E83BE643D403E2EBECF3E29BEAD3E39BECF3D6F3DE53E70BE153E133D143DFCBD5FBDEC3DA7BD1A3D53BEDDBBD23DFA3D33BDD13D293ED6BDC1BC28BE2F3EC2BED73EEF3C943DD0BCB73C22BEBC3DB73D893E223E6C3E61BED43D0ABE823D8ABD42BD3EBEA0BE893CA23DD73EBE3D6ABE9C3E3E3E2C3E08BEB6BE333E6DBE1D3E583E623E7ABEB73D0FBE0E3E563D43BCABBDB3BED83EDF3D8FBDA1BE27BE5B3EC03D3BBB7EBC3BBD963E6BBE18BE9B3E183C64BD3EBDF8BD0B3EAFBE4EBEDEBDBF3E493E7D3E1F3D06BF89BE5E3EE2BD873E673E90BD2E3D063F5C3E9C3E943DC2BCB43E1FBED43D803D7C3E00BD71BD273D3D3DD83C39BD54BD8C3C03BFEB3EEEBD253EE43D29BEA4BEFDBD51BD64BE91BEEFBDC4BCACBD4F3E23BEC23EC3BEB03C17BE62BE103E383DF1BD183CD3BE7B3DB13E303E21BE8C3D6F3EAFBE7FBE8D3EDC3EBDBCF9BC0FBE633D4B3E84BEC1BE9D3D26BE843EDEBD623E50BE913D1FBE373EE0BD5C3E083EDC3D1D3E423EC1BE46BEF3BBA9BD40BEBC3D9E3E82BE273C0DBE52BE813DDE3DAEBC0B3E4B3EA6BD413D0C3DAFBE16BE99BA0F3D4E3E1A3D973D5C3DC23E653E62BEC9BA703ED4BE59BE993DE4BC973D5FBE96BDEC3D53BE8C3E67BE35BE983E06BEE03D613D6CBE19BD51BEA73E12BEB83EB9BDDABE603EBBBD54BE2FBE063DF9BD6C3DE1BCC03B4F3A843E32BEE1BCC4BDA73CB23D0CBE04BD053E3B3EBDBD8D3D023E293E1B3D43BD873E3D3D06BB59BE4DBE333E0BBEAB3CECBED1BC47BE733EC73D7BBE8F3E4E3D2BBE3A3E83BE113D03BEA5BB30BD2EBC21BC2D3ED23EDF3D7E3DC2BDD2BD08BEFCBC3ABE24BE1E3E90BE303E3ABD0D3E2B3E673D8F3E82BD913E3DBE96BE683EE23DE1BDB33E3D3D84BD5E3D013E3A3E333E6BBDC83D993E2F3E533D11BE903E95BE6F3E70BEBCBE0C3E83BEFF3D7ABDE7BD84BD1FBE62BD053E2CBE30BE96BE26BD0E3D6E3EA43D53BE9C3CF93C5CBE5FBE44BE8DBD58BE303DF03C18BEF73E5E3E50BB35BE3FBD0A3D8CBE15BE5FBE163E56BD0FBE27BE273E463EBD3DA2BD9F3E98BC92BE06BE1A3E88BE83BE213E34BE95BE833E43BE95BE32BEB0BE15BE3B3D54BE30BE03BF91BDA03C8E3D2C3D233E70BE39BEC2BE313EB8BEDD3D7CBE27BE88BD91BDF4BDD5BD34BDA23E6DBEFB3D823EADBE06BE233E703D21BDB1BD183D443E9BBD81BD123ED0BD56BD05BEDDBB36BE92BD393EADBC933E923E2ABEB1BD82BE49BE3FBA593E70BD08BE0E3B9E3DDCBD7FBE6DBE2C3D82BE573EADBDC4BEDEBCD6BD17BD09BBF93E4CBED53D7FBCD43ED03EA2BE29BE65BE9DBEA23D0D3C9E3D9A3EAE3B853D313CE23DAABCAABC7B3D643DCCBD84BEBA3D36BE07BE8CBE81BC693E5BBD12BE38BD5CBE6B3E063E86BEA83EDD3E8B3E6B3E6A3E663D71BE8A3EA63E453D8A3D4DBC77B9403D47BEEC3D3B3E79BE843EF5BD4CBE9F3E013E2F3E47BE32BD513C56BEA8BDA73DF3BD1D3D02BFF8BD9D3D903E46BD10BD2DBD97BE3C3E1B3E1F3EB2BB89BE06BC7E3E0CBE33BE713E81BE8A3E783D36BEEC3DEEBC343EBC3D71BE28BE943DE2BD993CB73DA8BEFE3D4DBEA63E32BD173D9EBD443E7B3E88BE093EC7BEC7BE0DBED6BCDFBC2F3E2FBE10BE85BD683ED0BDBBBD763ED03CAD3D273E1D3D123EBD3D7D3EC63C753D053E9FBD81BEF7BD043FD5BDD33DB93E413E9EBEA33DA43CCEBE213E0DBE33BEFB3D8B3D46BD9BBEB43D2E3E823D9D3D073EAB3D81BD243D3F3D163E8F3DB9BE993E963EA5BE40BD1DBE753D16BD2A3E083ED0BE703D9CBDC1BE953DF9BD063E2A3E23BE7D3E2FBEB7BE4E3E053D4FBEE9BBD03D96BB29BE53BE103E31BEF33EBA3D65BEAEBDE73E5EBE82BE18BEB83E033E02BEDFBE11BE303E8E3D50BC0A3E383EE2BDECBC71BE5F3E9D3E31BE9C3D45BEE9B8EC3BC7B919BE393EFCBC29BEA33D303E1B3E03BFD6BD66BE123E5EBE153D5B3D6ABEC73D223C7DBE27BD90BC973CAFBDF83A163D6C3E093EBC3E7F3ED7BE62BEEABD0B3E8B3C35BD9EBEA0BEBA3D02BE133E3BBD703D743E7B3EDBBCF93E133ED1BE953D1EBE41BEC53E033E8DBE10BD2A3E34BD54BE233E16BE0EBD5A3E71BE403E9BBEFD3D5E3E9ABE09BD633D81BD94BC023FEEBD833C30BEBEBE1C3D683D403E263D88BDC63E8CBDA63E103E10BD79BEB23E4DBD933EDBBEECBE883D023EC63D3FBE913E263E743EB23D223EB23EB5BD613EE53C69BEC2BCC7BD2DBEECBC253EC6BDE63C41BE7CBD0F3F763D0F3E2CBEB53E183E3F3E133E9CBE0ABDF33D6CBD28BDC03E783E82BD09BDAF3E3D3E6CBD953D68BC643D8B3ECABD0E3FF03B4E3DADBC46BD14BE1E3C5EBD25BE983EBD3E53BEA7BD8A3B7ABE073CE5BD14BE59BD52BD6DBD613E133ED23E06BEB9BE123E3D3D3FBBED3B9F3DB6BD3DBE0DBD293E1CBE763EA73E7D3CB5BD44BD313D7B3D073D2B3E18BE653D7DBC583ECEBDC83CA63D13BE98BD843E173ECE3C1CBEA83E8BBCEF3B19BE213EF0BCFCBBE53CBABEACBCC53CAC3ECC3E47BE6FBD7B3D433EEFBDD73EFE3D93BE14BE883DC33CBF3D6BBE823D763E43BC6CBE0FBD043F893EAABEB2BE353E433E9DBD5A3ECE3D01BE7B3E8C3A4ABE2E3E31BE2F3E583EE13DB43E653EF93E24BE60BDA6BD9F3CC73D48BE113D853DA7BE3EBE7A3E54BE82BE873C863C3EBE57BE123E483CD3BD763E903EED3E4D3D59BC0E3D64BE0F3E8BBC09BEB23E3ABD043CA1BDC73DA2BBA53CDD3C19BE9FBDD23D033EC53D01BDD5BD763EEF3DB1BEE1BE7A3B8E3EC9BD873E90BE7A3E533B5D3E71BE403C843E9CBDD7BD80BE0A3DC43D553DDBBD93BD04BF363EA63E423EA93D14BE6BBE2E3E73BE853C563D093FBCBDB3BE723E913D99BE5FBE1D3E3ABC07BDF13EDD3CB13E85BE4CBE1B3E3EBE75BE2DBDAABD81BECABD733E7CBE5F3E69BE783E8BBEF93E2CBF723E09BE1B3E07BFB2BD9A3E2C3E8DBE13BD95BD55BD76BE56BE39BD57BD8A3E833E7BBE4C3EA3BED43E3CBECEBC4D3D413E17BE8FBE36BE04BEFBBD42BE503EF93E7F3E40BE0BBE873D38BE83BCA93D1BBE213B8EBD2BBCBBBEEF3E72BD91BDBF3D6ABE57BDA23C773E413E99BE203F7E3ECC3D2A3D853E1A3E6F3EE83D56BE39BEACBE1D3D61BE843D02BD6A3CE2BD81BE89BE6C3E233EE0BCE73DE0BECFBD4ABC8FBD4E3D24BEA9BDD1BDBDBD113E1C3E2F3EF33DD33D1E3EEB3D943C78BD81BEA23CE7BB9EBE573E823E4F3C9B3D55BE5CBE1CBE263DCB3E873D77BEB03E0BBED13C813C05BE0C3FB03DCBBE6A3D1A3FA0BE8D3D39BE053C68BEDDBD84BE48BC60BE603DC5BE9FBE42BE42BC01BEAE3EA63D043CA33E333E58BC5DBED5BDDE3D7DBCABBE76BDA5BD733E3EBEB33EB7BEF73C17BEDBBE283D813EADBC6A3D853BDDBD06BE83BE993EB83EE9BE89BECF3D6E3E95BED83D103E373B11BDAD3C41BDD43E323E09BD02BD953D4B3E393D40BED03CF13D9BBD0F3DFFBDB43EFEBE01BEC73D55BE98BEDCBD57BD60BEF23E79BE573DD8BD213EF3BC29BE27BE2BBE2CBE9C3E98BE90BB503E91BD9A3EBEBECDBD9A3D993BDABDFF3E3ABE113D96BEC8BE0CBD11BE573EE13D78BD193E84BE573E37BE343EBA3DC0BD1BBC64BE123CA03E90BEC1BDC53D743D503E023E8C3D003DD2BEF73D10BE3B3D2E3E943EC2BC35BEDC3EAABD5EBE833D09BE1C3C3A3E233C5C3C93BE98BCD43DD13D88BEBCBECB3EFF3AF4BD63BDADBD0D3E05BED93E54BE18BE213E4E3CDFBDB53E87BD6C3DD03CCE3D3A3E4ABDA83E853E3CBE8B3E1A3EA7BE143D49BD063EE2BD8D3C053D193E213E4BBC5ABE18BE7E3E92BE583E833E84BE2DBEF43D04BE8D3EF43E6ABE313EAEBE1BBED9BDAE3EE0BD9B3DB8BB3A3E423E2DBE3A3ED8BD983D523D47BD1E3E923D223D04BE903E47BE183E563E803EBF3E8EBEA0BA16BE1ABEB73D1F3BF3BDC13CB1BD133EAC3D3EBEC1BE0B3E633E03BEC0BD683EBFBD263E5C3E0EBE6A3E203CC33DFCBD15BE6DBE04BEC13DC53ECA3E9A3D63BE453D51BE3C3E0FBE533AEF3DE8BE033F853D8A3D793E4B3E81BD00BE5F3E563EB23DA0BE79BEEDBAC0BD353E12BE02BE64BE2B3E22BD38BE68BD7D3E863E803D75BE0D3DC6398DBE1DBC423E81BEEE3E263E1ABC2D3C00BEA63DB03D8D3EC53DDD3E643E303EAD3D9EBC8F3E6A3D39BD443E17BD94BC0FBEB83E113EE3BD873D333EA73DB13D453EF63DD5BC4BBE1DBDA1BCC83DE73B583E0FBD32BE2FBE583ECEBDD43DF6BDAD3E9EBE9E3DFC3C0A3D2F3D1DBE4EBE993D3DBE07BE42BD843EDEBD0E3E5CBC6E3E023ED9BD0EBEE63D3CBDC43C4C3C1FBEC3BD95BD9ABE6D3C00BE3DBE6D3D",
      torch_tensor_32_torch.bfloat16_4: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_32_64_torch.bfloat16_1: "0x020000006B3D923E34BD6D3E68BD51BE023EF53CB2BD983BD63C4C3C833D7CBE2BBE503EC2BD823DF13AA03DB3BDB6BE143DBC3D4CBE88BE82BE9C3D30BC133E753D0C3CBE3D96BC413DD8BD07BE8FBE09BE09BE093ECF3D963DC1BBA13DAEBE70BCC43D8A3E60BD603E7DBE8E3D9FBD993DC8BE01BDE73E43BE583D96BE90BDE6BC393E33BE5A3EDE3DC33D893EB6BEC5BC883D5EBE11BE33BE5C3B83BEC8BD4BBE79BD41BD2CBE1FBE1DBEC43EB3BC993E22BE86BEF33D1B3DFEBD933E893E91BD0FBD10BE1CBD8C3DF33D15BD943E583E733DE93E77BD97BD0EBE30BE9D3E9E3EC3BD77BE423E96BD4E3ED93DC23EB6398CBE20BFA3BE503E4C3E55BC9B3EE83D84BD8BBD9EBEC53B9D3DF13C26BA86BC5ABEA33D7C3D193E953CB6BD36BECDBCFC3D62BEF2BD5A3EA93DA4BE113EC9BE5BBEDC3E263E503D263EF3BC96BE15BE953D9ABE47BE02BE4E3EB23D95BEA23EB33ED03C97BD503D35BDF0BD713D4D3E323D80BE7BBD88BD243EF3BD763D41BEBF3D84BEE03EB03D0BBEC0BE9CBDA3BE2BBE6ABE07BEC13D863E6ABD73BD743EDDBDE23D19BED7BDA3BEBB3C36BEA5BE9E3D0F3EB93EEBBED93DCDBE18BECC3E86BEDBBC573E64BE723E683EEDBD61BE48BC3CBED1BE9ABE813E55BE8C3C1ABE01BD433ED8BDBF3EB73EDFBEA6BDB33EA1BE93BE173DA1BE5CBE9C3EB33C1F3EA8BE633C97BDFEBDB4BDB7BD4D3DE1BE93BCEBBE7D3E2D3DDB3DD23D46BD873D47BDCBBE16BEF3BD64BE823E893E893E9C3B653D8CBE033E8BBDD5BDB13D4ABE13BE01BDA33CA33C31BED1BD543E48BE78BEB8BC103E11BD633D513D2DBE1D3E3E3D7CBD0DBDD8BC36BEC6BE713E5C3E68BD1CBE9B3DA9BD193E0FBE5EBD7F3D39BD1739CEBD563DD8BD813D943E2A3E2FBFAEBDBDBEDEBD9CBDDA3DA13EE93C843DA0BEA43EB1BD18BE273D6CBE9A3EA83C253EE33D3F3DFB3D79BE66BE16BEA1BD18BE153E60BEBDBC8FBDB63DD9BD54BDA43E173D78BE97BEB8BEA53E643CA83ED13E7A3E423EC5BC79BCDBBD0E3E1E3E0CBBCD3E943C3FBE45BE833D4D3EA5BD4EBE15BE8ABE673E3BBD25BE78BE433E9D3EDABC0D3EC33D5E3CA4BE01BD4DBEC83E10BE423E1CBEC4BD23BE3FBD503E4EBEB4BE273D95BE123E55BE7DBEC63EFCBDF63D86BE8F3E06BEF53E213EFCBD24BC42BEE9BDC53CA33E733D153EB9BD293D1E3DA6BB3CBE513DB9BD2ABEA6BD813D07BEC5BE03BE08BEECBD923E83BD4E3A353EE7BDBFBD983DB0BD8F3DBD3D463D143F773CC73E963D82BD9EBE913D7A3EFABC073CCDBC753D813D433D013E90BEC9BEA33D8DBEB33EC93C9ABE57BE7F3E983E223E423EB33DE93C843CE1BDB33EC23DDE3D4E3EA0BDBABE23BEE1BE863E95BD18BDC83E0C3EB83E23BE123E32BD1FBE793D88BEB03B293E08BD80BE17BE55BE713EF23E223DA33DAABD1F3EF9BD733E083E4A3E263E0F3E8C3D2BBE0DBF543E8DBC083B8CB9A93DA43EA63E37BE863E8FBEA13C24BD1F3D27BEEB3DA7BC953E9FBE8DBE65BDBDBE19BE88BC813E933EC7BD0C3E17BEB5BC0B3F1A3E6C3D5B3C7D3DE1BE88BE843E2A3E4F3E643E483E653D6F3E49BE82BC85BE803CCDBD493E0BBD3B3E563EEB3DC63E5DBB913BDABB58BE1F3DD23C1CBD30BB43BE263E163C9B3EDA3E253EEABD5BBE69BE103EF2BD64BE28BE743EA83DBC3B0EBD64BD14BE493EBFBC593D81BE88BD293E7F3D083E5FBE773E943D2FBA823E07BF26BE4F3D263C59BE9DBED5BED9BC053C823E8FBB79BE99BE05BEAB3B033C9F3D54BEB3BE103E733E753E62BDFE3E7CBEFFBDC0BD13BEDF3D2CBE423C0FBDA83B5DBE84BE0ABF55BE683EA43DE1BD693EA23D95BE52BEB43D023EB43E71BE483DC2BEA6BB213D28BEB83D41BEAF3C323EF5BDEABD12BE2F3ECC3E79BD123E643E79BC57BDE3BDE63A223E65BEDBBC54BDF23D493EBDBB2B3EFB3C583E1CBE89BE313E4B3D49BDB7BEBC3EA53D2ABE0E3E48BE0D3EBFBE02BEF6BC893D6DBEAABD1ABDB8BC153D9ABEE9BD3A3EBC3D2ABECEBED73D673B083ED43C76BDFCBDA73D16BEEFBC09BE4EBE183E3FBEB1BE4CBE023FB83E243D23BCD73D8F3E923E303ECC3E9B3E923DCD3CF7BE013E97BBB9BDA13C7F3EAABE053E8D3DAB3DC7BD86BE02BFE3BD0ABE84BE533E383EAABD98BEBA3E143DF4BDDD3E373E10BC3DBDF93DB4BD323EFFBDBD3DE0BDD9BCB5BC5BBE253E473E89BAC5BE10BEC4BDE7BC003E08BF01BE0BBD99BE63BEB63DC83EF5BC573DB43C093CA2BCB43E123EA3BEFFBD68BE5EBE3D3E813EA63D48BE3C3DBEBD8D3D9DBD18BE90BE33BD84BDC73B5CBE0E3E5E3E50BC88BD7F3D0ABEA53D9BBE023FB6BD20BD0A3C41BE0E3E20BEF93DB4BC68BE00BDF1BE01BFCD3EFEBD40BEC93E4B3E77BE573D25BE163DC8BD1A3F1F3CEA3CCABE66BE6B3E81BEFA3DCCBE26BED73EDABC52BDAA3E8D3E3ABED33E253C123E38BD673E543E1BBC993DB13E333EB43E0ABE153D42BEC5BC0C3E10BFB83E44BCA5BD95BE193E81BEF8BC573E1C3DD7BE57BDC7BE1E3E0C3E873C72BE7B3DEF3D0FBD793DD5BD363EC8BE30BE243E24BED53B8B3C913DAF3C41BE8CBD94BDBFBE1FBF78BB68BE413E843E293E34BE7BBEAB3E14BE0BBE8B3EE23B0F3DECBD833E96BE94BC9DBD1D3ECCBD09BEE3BD503E6A3EA7BDC8BD803D4CBD05BEA4BE963B543EDDBA4BBD913D0CBE85BE26BE873E56BD02BCA53ED1BEEF3D173E06BD133E81BEC5BDE0BAD1BD99BE883DB1BA583E11BC02BE49BE713EE63E183E453E8A3CA6BCA33DC03D4E3DEE3C33BD1B3E923E363E353FA13D473B2FBD9DBDED3DA23E8DBD5F3ED1BDBB3DE9BD53BE81BE023DD6BE943D9BBD003EC23EA23E713D7B3DE33CFABE1ABC4CBEF33D653E543E07BE65BEF6BDDC3EA5BD80BD933E403EAEBE2FBECA3D86BE76BEBABD2EBC03BE51BE12BEB73BCF3D8D3E603D0EBD8EBEE3BE8ABDD83D483D6D3E503EE73A9DBCA73E493E143E21BEE5BD02BF32BE27BACFBDFABD52BDAA3D90BE313FE13EF7BD033E8BBDC93E0B3D4E3E123D95BD1D3EE2BD7C3EF1BBB83D5B3B7A3E543E8EBCFAB97C3E98BE253E5B3EDF3C193D4DBE233DDE3CFCBDD13D353D2BBF06BEEA3B86BE2CBE113FA4BE5B3EC23D2C3E8C3ED63EDD3D623D7B3DC0BE28BE553EFB3CF3BC8BBE1FBEA8BD203D89BD9DBDDA3DBF3E863ED33EB43D7F3CD63D8ABEC6BE0FBE453E82BE80BE31BEDE3D83BEF33C18BEA0BE8C3D4BBB273C6B3EE53C9B3E653DCA3D503D82BE8FBE81BE8ABDACBD8A3E05BEBB3DABBC7BBE8ABDC8BDCD3B163EAE3ED13D993EE5BDF1BD373DCBBD833E893D1EBE79BEC33DC8BD863C7EBE9CBC533EF4BDC5BDDF3DF33DA93C973DEBBEF4BE893DBF3C9C3D043E17BE7ABEA13D923E27BFB4BD32BEE5BEB3BD3E3E9A3E5C3E113E643ED53DF3BD303C38BE053E70BEE0BE803EED3DA9BDED3B84BE74BE513EF73E913ED3BC503E4FBE303E7E3D103E0EBE403E573E78BD9EBD86BE923E83BD143E69BE943B023E3B3D973C94BC8DBDC5BD843EB43DE23ED4BD87BEF1BD96BE883EFBBD5F3E1DBD803D4DBDA93D143CB6BEE0BD033CC2BC1BBEABBC39BE5BBDC2BE31BE22BEDC3EFBBCF93D2A3C123D8C3CBABD9EBDCABE113E9C3C07BD053EEF3B063E993C84BE2A3E4DBD09BE7C3DE23D31BE4A3D68BE65BE50BE77BED1BD0DBD37BE1BBC89BE8BBDA7BD413D533E2BBECBBDB13CF53D263EC2BD683D323DA1BC013EAF3D853E0D3E823E85BE7A3E403D503EF43E233E6BBE223E353D4B3E0F3E28BD54BE1EBE26BE0EBFA6BD2B3D843D78BDB83D8D3E09BEBD3D98BB62BBB13C9C3DDABE6ABC2ABE903E4F3D87BE893E9A3DB33E143ED9BC923D0A3E233EB93EECBE2A3D1ABFB1BEA0BEA93DF7BDADBE8FBDA5BDC7BED93D623E863CEEBDA73C253E863E783E2BBEA1BCD6BD8E3EFD3DFBBD16BE993EAA3E243DD23E6B3ECE3D1CBD8A3C30BD7BBE293D22BE82BD5C3D83BEEC3DC4BE11BD833DF73DEE3D8FBDE63CE53D19BE2CBD74BE46BED2BEA53C0D3DF63D473D6D3E59BE9DBDB03A87BEB23DAFBD81BC213E463D773E9F3D1ABF0FBFBDBDF9BDDBBB873EA43E823E353D023E51BCCFBE493E583EB8BE6F3E943D9FBD4F3D5C3E19BD71BE173E583E2E3E2D3DD23CDF3D313ECA3D5D3DAA3D983E8BBBDABDC3BE413E88BE53BE1EBD9ABDDBBD49BE033E95BD2EBEA23E11BE4F3D80BD8E3D38BE1BBE263D20BC113E75BE4ABED13DFF3BF4BC57BE8BBE8CBD043E913D1D3E073F843ED7BD01BF49BEA1BD6CBEA23E863EFF3D91BE613D093C093C8C3E663E3FBE0F3DBC3C45BED73D21BDE8BEFABD95BCF5BD5F3EB3BE913EA13D4FBE943EBD3DDDBBA3BCA5BD613D82BDC13D52BE66BE463C94BD23BD9FBEEF3E98BCC33C4C3E97BE833E22BEAEBE2ABDEF3E8B3EA73E2F3E9D3EB7BEC5BC863C5A3EF53D793E4BBE1EBE4BBE7BBE3EBEB7BD203CB2BCC53EEDBCB63CA8BD80BD813E9E3B003E7DBE0A3D4BBD1B3EF4BD31BE0CBE5D3EFCBC843E43BE09BF183D24BE0BBE883C4F3E04BE963E9F3E053D88BD0CBEFC3C50BEAA3E4F3EE63E9BBC29BEF2BE8D3EEB3D5A3CE03E16BE43BD0DBEFA3D99BDB0BD4CBDBE3EACBD793E0D3CE2BDFEBDBD3ECAB99A3E063E88BDCDBDE9BD03BFA33C763E113E863D46BE22BE923E263E3CBE813EB5BD1EBE523E273CADBD103D0CBEE43D47BE453E2CBE4E3E9F3CE3BE713D433EFEBDD8BE1CBC613E5CBD8A3D22BEE83D51BE04BE81BECE3D853D043ED53DAB3D173EC7BCBCBEBDBE693CB5BDA3BE883E58BEC63E733E0B3D543D11BE93BECB3D713E89BDB73E9D3DE03EC6BD91BE2CBDE4BD063F13BC103EBF3E1CBE553ED53C5D3D5F3E083E96BE3EBC6A3C033D54BE7ABEA0BE39BEFABDDC3E0B3E9FBCAABE1D3E83BD60BE07BE1DBE513E2EBECBBE05BE5E3E4E3E7E3DD53D2E3ED8BD043EF4BDCABC08BE0ABE78BE37BE47BE1EBE783EE93D3A3E8BBDE4BC403E183E0DBEA83EDA3D0DBE603AFE3D56BCAA3ECFBC423EAD3E9DBDA93DF53B763DBEBDAD3CD23E3A3EEBBEC93EFCBD0E3EACBDFFBD503E943E35BE53BE293E0BBEA53D1B3E0E3EBA3D343EAA3C66BE08BE2A3C4ABEC23D883ED4BD243D3BBE83BE2ABE103E2A3ECC3DB2BCBBBD583E16BDD03D75BD5FBEE4BCC03E6EBEB33E84BE6F3E1ABDD73C023E2FBD643E6A3D36BEDA3CD03E6BBE27BC9D3E24BE72BED5BDDC3D633E933DC13DCCBD58BE943DE03D81BDB43C6E3D3B3D843C8E3EBABD173CA5BE99BEECBCD0BDDDBBB5BE873DBF3EE7BCE5BE343DED3DD5BC1FBE64BEFA3D1B3EB43CA83C003F953EFCBD1E3ECC3D38BEA43EE0BDDDBD413E873E41BD6ABD653E773DE93DD23CCF3EE9BDC03D883D8BBEFABC77BEB43D4A3E04BD82BE4C3ECE3C52BE893D7FBD0E3ED1BC223DA7BC833E14BE56BEB93D97BE94BEB23EF03C8DBE08BE3A3ECB3CDABD193E893DA2BE4BBE5B3EE53DD6BDDE3E3D3DEC3DB5BE98BD23BE523CCEBDE03EBE3E6F3E5A3E40BD35BD16BD1E3EC5BDA2B9A63D7A3D693E663E70BD94BCE4BCD1BCFDBECDBEFE3A6CBCE43E79BD00BE8D3EF1BD4CBE8DBD283D3CBE783E54BE843DC9BE48BEE7BC39BEE63DB7BD053EA8BE9EBAB73CA3BE38BED5BBCEBE363D9FBE45BE1D3E37BEB9BD31BC70BD733E9D3D94BDE0BD163D953C0CBED7BDFE3DA33D83BCD33EE23D99BE503D05BCE3BDA43D8E3E1B3C69BE4D3D7F3E11BD7D3D323EDB3DB43B68BD343E3CBEEE3DCC3E49BEF8BD183DA4BE8FBD573ED73E833C93BD57BE103ED0BA",
      torch_tensor_64_32_torch.bfloat16_4: "0x02000000833D433E3A3E85BD22BDDDBD0CBEA8BDA93C0E3D57BE16BF533E4C3E3FBEA63EC43E1ABE91BEC03E58BE6A3F16BD15BDC5BD5A3E043EE1BD823D763E4D3E91BDDCBC71BE413D2DBD46BDC93D5E3D343E28BE3BBE1D3ECFBD143ECB3D1C3E9E3DAB3DB93D0FBE76BD0BBDDC3D993C35BE9F3E27BD343D91BE143EDA3DA7BD843E103FB7BE533E4FBEFDBD7FBE8B3EBA3D10BED93D46BED63AA83DB83DB5BE31BDC2BD083C8A3D803E71BD7DBE03BE893D20BFBCBD5D3D02BDBFBD393E8FBEE1BEAFBD1E3DB7BCCBBD8FBE8E3E843E1CBEEABD993E33BE0ABE89BEA6BECB3D663EC4BDFB3D173E91BD66BDD13E97BDB2BCA03E9FBD803D563CACBED0BCA2BEBCBE403DC43CBF3DBBBE5ABEF33D9BBEF03EAFBEB53DAABD2ABD113F0A3EBFBE4CBE133EE9BD123E353D23BED3BD65BC4D3E0FBDC8BDB1BEDABED73A68BE2DBDD03C97BE203E05BE773EED3D8D3D21BDC4BDA2BDC4BE15BE513E433C8FBE81BD8ABC82BC51BEAF3E8F3E57BD353DBFBE983E323D40BEDF3D69BE87BEAE3D6D3D8ABE543E07BD903E81BEBD3D813E803C393E443E923E8DBD46BE72BD41BDAFBDBDBDAD3DC1BDE33DEEBDEF382B3D3A3EB33D47BE853D73BED03D98BE96BE353C863EDFBC34BE81BD353ED53C0A3F3EBE6BB9A5BD83BEE0BE913D95BDDC3CA6BD68BECD3C4ABEE8BD88BE75BE63BCABBDD53E483E973E35BE123ECDBCF53EC5BB773D873E933C293DA13E41BD84BEDE3EFDBEC7BCB73D30BEA73EE5BDAD3ED23E01BFF63D6C3EC7BDA3BD45BC88BE3D3E16BE923DB4BB313E03BE8F3DCEBDF63D0DBEA33D80BEECBC49BE0FBD9ABC5ABE14BEEBBD973EABBEC6BD073E63BD6BBE243DCCBD2F3E88BEA33DDBBD6C3E71BD003E8C3E1A3D8ABDB43D433E043ED73D653E8EBE93BD033F073CC7BDFC3CEE3D75BEF73DF2BD9C3DAA3DD8BE783E85BEF63E9F3D7DBDC5BDF6BD973EC53EEA3D08BD9CBD2C3E4A3E02BE793C4E3E9C3E433D043D1C3C313D083D463D81BE933E47BD52BE023E0ABE91BE3FBD8E3D91BE00BD9EBE86BE843DAABECEBDCABDE83D013EAFBBEDBD80BE80BCAF3D0B3FA6BE0B3E1DBD14BEE3BDAA3E54BDA73DAD3EBFBEF2BEA93DBA3CBF3E893D833DF3BC92BC6CBE92BE07BE393E2C3E683CB1BDD13D403D953C68BE863C1F3D163D1FBE2BBE5EBD0D3E9D3DDDBDB03D243E05BE9CBD7A3DA7BD40BE113E663EA3BD95BD7F3E8E3D9D3DC13C00BEE53E78BEC9BD043E99BE633EB33E6C3E71BE3FBE0FBE273EC73BEBBC343D1CBE16BED13EE3BD21BE4D3D11BE143EBCBE63BE353EA23D18BE09BF81BC72BD2B3EABBD483E703ED7BD9DBE06BDDE3DF53E823AC63C9BBEABBE573E243D073E5A3E1C3D3FBE31BE293CD73E29BE953D133E8D3DB1BE463EA1BE70BEC63D91BE273E1A3EB4BECFBE61BEC63D393E273D9C3C09BE593EA1BE663E023EA53E14BEF43D583CA83E5EBEADBE83BE233EFF3DBDBEB4BD293DA13ED5BC723EC03DA8BD883EFC3E77BE07BEC8BDC93A2E3E733CE23D93BDDBBD9FBE3B3DF5BDE43D1B3E9EBD733E253E163D123E1E3FD3BD563D9DBE5CBD4ABDA43CAD3EA53E323E77BE33BE2A3E87BD853D973E563EF7BD4F3D243E56BD8FBE36BE58BE8A3E86BE813D11BD15BE52BEB23EE9BB7E3E203E47BE64BECCBD04BB323E723CD13E18BE633D1E3E14BE433E4D3EB63E2B3E7BBE4EBE44BEDE3E933D5DBD0EBD273DE23E273D8ABE2D3D223C8A3E643E913DBE3EF9BD6EBE673E47BE863E03BDA7BCB1BE28BEF7BD6DBB9ABE0FBC5CBD8CBE41BE7C3DC83EA2BE8DBE07BE72BB183DE23CB53C1C3D9F3D28BE2FBE783EA7BECB3E46BD6B3EE6BCB23EB83D11BE043E1EBE63BE41BD9BBD99BE373E9DBDBD3DC63D76BE133ED43E8A3D4F3E79BE9F3DAB3D583E4BBEE1BC953EA33A453E0FBDAABD13BEA53D02BEEA3D98BDA23E153EABBDFEBDDFBE0EBE013E51BE7ABECBBC493B4EBE30BE363E753E32BDC4BDF63DEDBD2DBE833D313ED43DDCBDACBDE9BD903C0F3E863E3CBD973DABBD283C1EBDB7BE6CBE983C90BE66BE703D70BE7ABC883D49BC26BED3BBC6BBD1BD693D10BF473E6CBDDBBBAEBE80BDE93E5D3E0FBE9C3CB0BEA9BEA9BE81BE113ECCBDA93C27BE823D5B3EAA3EAEBEEA3BAF3EA03E10BD06BF8F3E47BD61BDBFBDF93D77BE2FBED7BEAE3DB0BE26BCD7BDA4BD923D38BE58BC1ABED33DB23EF3BB06BF2F3E27BDB53E8FBEBEBD2BBE85BE29BE04BE38BE0BBE393E513D843E2EBE20BEC7BD4CBE0F3EE23D3F3E12BD1A3C0EBC373E823E04BF8FBE14BE843CAD3DE83DE2BD863E793C87BDC7BD153ED8BE83BE83BDDC3D903EB0BE683E3BBED43C12BE61BD51BD8DBE8E3E2F3D873EB53D8ABDD1BED73D433E5DBD06BEAB3E61BE95BC283E213E123B15BE933D1F3DEF3BE1BE9DBBCDBD4DBEBFBE99BEC5BEDEBC9C3D08BE103E883E26BDE83C9C3E723E99BE27BE513E66BE3DBE513D1ABED33EC13E09BEFD3D8F3ED33DBFBEE33E173E87BE823EEDBDEF3D92BB893EC83EB7BDB2BEA83E12BCACBD243E803C05BEA6BE973E493E173E0CBEC1BD57BE79BE22BEA83DD5BD243EECBD6E3E0A3A52BD34BD1FBE0EBEBB3E6A3E70BD06BE923E43BE833E273C043BE8BDBC3D613E3F3E443D67BE4DBEBE3D383E283E9C3E003E3ABD15BE2BBE013D1DBE69BE47BDB5BE833DD13E1F3EB7BE50BE46BE2D3D123EFABC3F3E173E81BE04BE703E333E213EBC3E19BE10BEB73D8ABD6D3E823D123E763DBABE2A3D9FBC863E8FBD7BBE753EFDBD493E4B3E463D913C57B9403DCF3D88BE2EBE043F02BF56BE5E3DE1BD35BE14BE803EB93DB7BEAC3DD13D3E3D603E95BD343C353EDE3EB9BDBDBD2CBE2A3C893CA7BD1DBE583D1C3E0D3E01BE6ABECF3D12BDA1BDDE3D0D3E993D813EAC3E39BE103EDC3DE0BD05BE0CBEA23DCCBD6E3DB53EB4BE37BD4B3E633D58BEA13E01BEE73DBCBD31BD333E6BBE343ED33E703DA53D803E9C3D8B3E03BE9E3E6FBD5EBEA2BE57BE0CBCF6BD913DDB3DC9BE683C0A3E833DAD3E8CBC76BDCEBDF6BED73C5ABD9ABE0F3EA3BD56BE86BDC0BDCC3B80BE3A3C643B853D22BE383E87BC0DBE053FF53E9A3E083E5A3EB7BC5BBD55BE2EBEA63E9BBC2A3DC03E03BDB13D54BE253E4ABD4CBE94BD0F3E333E00BF51BE40BD913E4EBECCBEABBE9C3E923E1FBD783E2A3E56BE29BD27BD8C3D0C3F9BBE9ABE273D9A3EF93D1C3D21BC21BEEE3D553E3BBE893E933EC53E613C33BD773EAFBECBBE963E1A3CFDBC2EBD703E1DBE063E43BC273D153E813EA5BE453D43BEAEBCAABB1A3E1CBE4DBE37BE523DC0BD82BE223E67BED5BB283E693E96BEFB3DD33C6DBE143CBA3E7FBC893E70BDBABD453EBCBD0D3E853E883D66BE833D4C3EADBDA4BE1B3E22BE46B9C53E09BE873D8A3E213E213F09BE05BEFD3B1ABE9A3EDC3ECE3E243CC7BC71BEECBD22BE9BBE323E9B3D2D3E86BE07BC3D3D83BE973E3D3E0E3E193D8CBAFFBDA6BEDB3D883E0DBED2BD81BD65BE09BEF53D1F3E063EAE3E74BECF3E0CBD91BE1B3E90BDDEBCB13E86BE81BEC4BD9FBE413E413E40BE5BBE3C3E07BD3DBE6C3D02BD353E073E18BDB43E103EAA3D7E3E4EBC68BE34BE533EB53DA5BE8E3E02BD1DBE83BD7ABE36BE223D80BD573D79BDBD3CB03BF23D32BE67BD32BDBF3D90BE69BD9DBB873EAEBD923C213E773E53BD6ABE17BE353D113E4DBD803E1CBEB53D883D13BD0CBE40BC803D843E9ABE7C3DD23C68BEB73E72BE4BBD49BE59BE68BE573E9BBB7EBE493E0A3D953E8B3E843E06BDEDBD52BCCE3CDE3D84BDE93D3C3D40BE18BDF9BD903E123E8E3E713E643E08BFB13E913E5A3E8ABC16BE3B3D0ABE64BDADBE083E773C84BDAEBEF6BC23BD27BD1E3D6EBEC83DC7BD093DFB3D193D94BE673C263ED7BD24BB9A3D37BD333ED53DDF3DAA3DFFBC0F3CC63D0CBEA43D70BCF33C1B3E563E91BEE83D66BD19BE9EBD68BE623E70BEAB3E13BEEB3D413E2B3E06BD6A3EACBE4DBC9BBDD2BDF63DB0BD47BE2CBD31BE46BE69BE253EB3BEA53EBCBD0BBC6DBD3F3E6A3DE33E8EBE163E303EB7BD87BE6C3E91BEC53D043ED9BC0BBD2ABEC73D843E50BE79BD103E2D3E8F3D29BE613CA83C963D77BDBCBE3BB9B0BE173E883EE0BEA6BD583E08BD60BE8BBE8B3DA13EBC3E993D2D3E253BCABE08BFAC3D34BE403B58BCBFBD8C3EC33D883DC53E3FBE49BE753D5EBDE63DD4BD3F3EFA3DF23DDDBD1BBEFBBD4E3E7B3D1CBEC73CA3BD3D3DBFBEE83D0ABF74BD6DBE6E3E823D6ABD30BE2F3E50BD9ABE1E3ED0BC923D96BEDF3D96BD76BE2E3E1E3E103EFCBD453EF13D40BD183DB63DF43D2C3EEC3D90BED23DAC3C5CBD453E523EC33DA4BCAB3E6B3EACBE773E01BE24BEF0BD21BF35BE613DB6BD9D3D993D88BE233EB1BE373E0CBE94BE483E3A3EC13E833ECDBE67BDC5BEAC3E843C9BBE97BD0E3EE53D79BBC43C11BC353E0CBE063EAEBD973E533E2DBECBBED2BEBABD44BC2F3E10BD6DBE12BE1BBE433EFB3DC2BD06BD523E553EF53CE5BE0ABE643D653BBFBEC73DD53D57BD46BD353E103F0F3E58BE2ABD4ABD013D09BE1F3EB73ECD3D393E0B3D2A3E6F3EA6BEC33D673E90BD8ABDA03EF83D4B3E813E933E7FBC17BD2F3EE2BD2B3D82BD28BDBBBEC7BDEBBD413EE1BD683E41BC23BCF9BD03BE99BD0ABE0A3CA9BEB1BEB93B9ABE053FC33E55BE623E21BEC3BEA33D073D2A3B18BD423E5B3ED93D463E783E08BF833E813D133E553D9EBED33D46BEEF3D99BE883D883D58BEE3BEB23C3DBE113FD8BDAEBE15BE263E97BE6F3E7C3E8C3D71BD333DCD3D8E3E8FBC1FBE5B3E303E93BEC9BD093E6C3D0CBE173DA33D8ABD483E9D3D0F3ED53D723E6BBE41BEB7BC5FBDBB3C7FBC1E3E53BE5ABEA0BEB2BE793E88BD633DCF3D49BD34BE3BBDB53CCBBD793E48BD1C3D1A3CFD3B753E613EB9BD4B3D573D89BEBE3E053E86BC6C3EA3BE313E7D3C1D3FFEBD3DBD923E09BE7DBC49BEA6BE69BE453E8B3E253EAEBE1CBE413E883EBABE763ED83BE93D3DBD2E3DBD3DA5BEC63E62BE3DBD7F3E8EBD01BDAE3D2F3E993E49BEAEBEECBC15BEA6BEC63C6FBE843DF2BD213EE03CE43DBF3D493E953E95BEC63E74BE503E50BD843EDCBEFD3D2CBD13BDFABD29BE6E3DAA3DF5BDDB3D423E95BEEABA513EF93EB6BE87BD963C603D96BD633D8DBE0EBEC7BE093DA73B23BE1B3E023D683E853E53BD38BE87BE1E3D17BEC43E533E403DBC3DA73E60BDD7BE5B3EEFBD62BDC5BE413E933EE23DFD3D83BDCDBC823D3D3E913D02BEFF3DF3BDCA3DFABD82BE883DB6BEAABEE5BC29BEACBE303E71BD93BD0FBE2C3E2FBE613EF33DCB3D183E4EBE32BDAEBDB83E6FBEA8BDE63D503DC13EA8BE543E36BE683EE03E90BE82BE24BE4C3E193DB5BD373E49BD35BE493E8D3EC4BDDC3D8DBE59BE403E993E64BE583BBBBEDA3C30BD6CBEDC3DCCBA0F3E943E543E363D823E903E083E35BC83BE223D74BEB5BC943E28BE65BE50BE9D3D94BD41BC533E263EFE3D3DBEA8BEBCBED03DACBD13BD323ED4BE963CD73C583E64BCB73E39BD103E03BE883E7D3D33BD4FBE07BCAB3E99BD31BE4F3E1FBEC03ED53E553D973E5DBDED3D233E053D97BE583EB13DAE3E263D3A3E97BD82BD3ABE883ECDBD963DF13AD2BE753C5BBE893D123E0F3D513EADBE133E16BE6E3E32BDFC3DE13C353D8CBD3D3D533E87BC013B143DC73E923E053E0A3FCBBE273E703E56BEA3BD083E053E75BD26BE6D3E1BBE143E5E3D3EBE27BCF9BDFFBE23BE1DBE91BE873D963E99BE9CBC",
      torch_tensor_64_32_torch.bfloat16_3: "0x020000006A3ECE3D6ABED73B243E9DBBDABDC73DA1BEB9BD083ECD3DA3BD013E973E8C3E21BC2DBE2EBE39BEC7BDB4BEDC3CA5BC7E3EA6BC95BD6F3E06BD26BEBD3CB73E813E753DF53D80BCC93D8C3E123E2A3E813E1F3EF63D9E3EE83D9EBE773DE73DBBBE04BEB53E713E333E23BD89BE893D3FBEF63DEC3DA1BBB33E4DBBBF3D57BD20BE0FBEF9BDA0BE273E2FBD3F3D4A3E35BC31BF253D703E97BE813DD03D7EBDE53D69BEE6BE99BDAF3E953E01BE573E17BE353E22BE9B3DF9BDBB3E0DBD3BBD733DC63EB6BD0BBE6D3DEE3DC63ED63EEA3BAB3BE63E873E73BD923EE8BC6B3C6DBD91BDBFBEF43DADBDD23DA9BE23BE4EBD533ECBBD7E3E17BDD1BE863D573D4E3E91BDD0BE9A3E10BE823E5A3E553E963D1D3DB4BBD4BD143E273E1C3FBC3E503E7D3E683E483E8E3D113E843EDD3D98BC0B3E783ED93D6ABE6C3E6A3EA73EEFBD083DFABDFB3DCC3D3ABE40BEDC3D7ABDF5BE183E03BEB33E243E01BD233D2F3E86BD653D3DBE94BD4FBC60BE23BE4F3EBDBDD8BD933E4ABE943E64BEB9BE99BCDEBC08BF16BDB1BE903DA0BD0D3EC4BC873E52BE3A3B713E463E713E52BC9A3EE33DA2BE30BEAEBD1BBE383C623EAC3EA63E20BC033E01BFEF3EA53D5F3E6EBDABBD0C3EF43C5CBCC3BECBBE63BCD3BE9CBD1E3DAB3D3A3E53BE913E433E47BD8F3EE7BDA6BD2E3E943D663DB13ED93EE1BD733E42BD663EC1BE1CBEF2BD9EBD873E413D763E36BEEA3E03BD60BE9D3E843D873DEB3D9B3D8DBD87BDD03D933DDE3D813D14BD3F3E933C023E673ECA3D893D2B3E3C3E48BD793E4DBE70BC4DBE303D9D3C1A3E88BD333D8DBE4DBD883E97BDA2BC6C3E8CBD833E8B3D6BBE08BDDEBCE5BD7BBE373E993E57BE18BD53BEA33E693CC5BDC9BD993E8B3C41BEC03E993EC6BD05BE8EBE553D583E11BE653EDABE91BE03BE45BE083EEABD733C8B3EAE3E50BEBDBEB1BEE9BE14BE4CBE51BE003D203D3ABE643ED4BE883D813ECF3D84BD76BE9D3D5EBE503CB23DA6BE85BD1A3DE0BCBEBEC3BD493E403EF8BDEFBD1CBE5C3E1B3DCF3E823DDF3D033ED53E943E33BEC73E423D2EBEB2BE5F3DC5BD7B3E19BE2C3E973DFA3D333DCB3DCABD883E353EE7BD4EBED83C32BEA1BEAABDD33EECBCF23D993DA9BD963C5C3E353E283E79BB14BEE4BD43BDBA3DD2BD8ABEAE3D453C63BD843ECE3D0C3E9DBE023E233D3EBE10BE68BE483EDD3D22BE063E8ABD11BEA63E2EBE32BE12BE183E5D3EE83D45BE5ABDD33DDD3BAE3DB7BDD43D3CBEDF3C7A3E833B513E4A3EA1BDB4BEC1BD653EF9BD07BFCFBC03BE423CD93DD8BE06BE793DA7BD88BEAC3D333E4DBE3FBD38BC49BE283E54BE133E0A3E4FBEA2BCAA3CFDBD693E633E5CBECDBC2DBD33BE953CC3BD233E993E923E803C0B3DE6BDD43C2B3DF7BC023D3DBE7FBE8D3E42BE763E1A3D8CBD8EBE51BE15BE90BC613ED2BD033E823E0F3E7B3B903DB4BC373ECABBBDBD9ABB0B3EB63D243DA63E713E9E3DCD3E523DDFBED03C92BD36BD923D9BBE9B3EEF3E1E3D01BE0ABEA8BEBB3DA53DCD3EE73C3BBE183E8DBEE13E4CBEBEBDBCBE6D3E883E14BE553EFD3D27BE63BD63BEC5BD333D103E773D8A3E07BD813C0FBEDD3E28BD17BD473DBF3E783D29BE5ABE40BED1BDBDBEF93C233EA4BEDEBD0E3F883E4C3C82BE793EDC3D80BE603C0B3E233DF83D8DBD92BE49BD12BD59BE8FBE993D47BE753DEA3D9E3CCCBCC93E6CBE83BE7BBE5DBE1DBEFEBE42BEF8BD69BEEFBECDBD03BF3ABE22BE06BF6D3D0D3EB2BE993D153E5B3DC23DB5BD9A3C04BE32BE383E153E09BE59BE5CBE6DBE3F3C3F3EAB3D123E6F3EBC3D5C3EC33DE8BD5E3E1D3DE53D07BE513E8B3CAABE823D5FBEC9BD7DBDB33EAB3D93BD75BC3CBEBCBD363E093DADBE0ABEC9BD1CBC6EBEBD3D1A3E16BCFEBD37BEB0BE493E25BD0CBE993E67BE8B3E1A3E3D3EAA3E303E1EBB46BEE33D29BB0DBDC2BD383E833D15BE843E6F3D9DBEDB3E2ABDBABE193FB23BAB3D8EBE68BC9E3DBE3D4DBE82BE8A3E27BE083D77BD9A3A843DD43B653DDEB976BEA73E093E2C3E993D303E363ED7BE1ABEB13C8F3E903DC73E54BEC1BD2E3EA93E98BEB93EA0BD8C3E293EC3BEA03EF0BD893E7A3E013FCA3D99BEA43ECF3D8ABD40BE7B3EC8BDF63D193E063E56BE38BB533E493E743EBD3D15BBE7BE4B3C833DF73E77BE443EB1BE203EE83D87BEC73D37BE61BC0BBEADBC4C3DA4BD633EB9BCBA3D0EBD763CB9BCCD3D95BEA53E4FBE9E3E61BE86BE4ABE873EAB3DA03E88BC62BE593E8C3EA4BED43D03BE8D3E373D98BEC73D113E53BDC53E5F3E4C3C733E00BFD33E793DC5BE3F3E843E44BE6E3D5F3D24BD08BF90BE0EBE79BDAF3C2EBE86BD79BD443EB13E56BE25BE173EF53D203E26BE5B3CA23CA1BEE6BD2E3D683B153E70BEDE3D29BE95BDFA3C54BDFDBD00BD0A3E113E18BEE33DCA3D95BEC9BD4B3E72BEEFBD96BEC43C3F3EC6BC363EF63DDDBD4EBEEFBDAE3D21BE02BCADBDD53E12BF08BE133E593D9D3E2FBEAEBD683E113E373B70BE963EB4BE2BBE1BBD82BC53BD013E6D3D4BBEB83E05BEC33E1E3E7ABC133EABBD9EBE87BDF4BD27BE083EBE3DB43E1BBECBBE7F3E48BE33BE4CBE87BE073D913E23BD38BEA33D0ABE54BE2B3ECA3E4FBE673C763ECFBEB73E05BE473D08BEBD3D023CF43D83BE26BD72BDC8BD9F3DCDBC3EBEADBE0A3E963DEBBD48BD8FBE423C87BE2EBDB2BD393DA53CDA3E423EE83C88BE583AD83E223D833D3DBD263E7C3EEB3D2DBE52BEE93D52BE743D5E3D0A3E233BACBCB13EEABDBABE70BE4FBED8BDB2BE05BE523E61BD623ECF3D8F3BD8BBB9BC953DF93D4CBD063D163E893E58BEC13D58BCBABD81BE4C3E913DC63CD33EDA3A583E563EC83C00BE883D293E0D3DC8BD41BD42BEDC3D1D3EC3BD663D40BE86BD783DF93D98BDED3D003E4F3E2DBEF93D18BE0ABD61BD893C713EB23D28BED9BBBE3CE13EBF3D48BE86BE3B3EF43D1A3E1E3E04BE213D26BEC2BEE63D773BB4BEAABD423EB6BE0D3EAA3E90BD4B3E743E913E133E3A3EDCBE83BEC73DF53D95BEDE3DC83EC1BE2DBEADBD7ABE63BE75BE893E6CBED4BD7BBDCFBE303EA63E2E3EC0BD57BEE8BD343E93BE9B3E8FBDC7BDF33E87BE383EAC3DEA3D81BE57BE0BBEEEBDBCBD01BEFBBD61BD453DD6BED7BD4A3ED7BDD3BEF93C42BE113E403DCE3ED8BB46BE583E6F3E9EBE81BEC4BD113D8EBE85BDDABC903E6C3B443EB6BD94BECABE80BE143EDC3D443EB93EEE3E2B3D12BE843DE5BD9DBD123EE33D9DBD853AFABD11BCB7BBF1BC8A3D23BE2B3E183E283E5C3D4A3EA4BEDBBEAFBE0DBF093E6CBEBDBEAC3E01BE8FBE4A3E3EBECEBD083E0CBE5FBE633DBD3DFC3C04BEEF3EA7BE0B3E2A3E99BE69BD0B3E24BEC83DF33C353D02BEF5BDFF3D1BBE25BE69BDAA3D82BD33BE3E3EF73EFDBD8EBD28BEA73DD5BE95BD8EBE6F3E0A3F2BBE98BE2FBE18BDFEBC883EAFBDBA3CCCBD353D0A3E36BD353D92BE0F3FB23DB7BDB53DAC3ED93D413E203A9E3CA13E603D3EBE963EB2BD57BE543D05BE3FBEC33C23BD783C30BC8A3EE4BEA4BD863D31BE41BE3DBE723CA13E78BE943E503E383C7D3E8DBDDEBCD9BD5DBDA4B9C63EF4BDD83D223E3BBE68BDF5BD033E9C3E9A3EA53E82BC433EAC3E503EA0BE8EBE2DBE71BDE2BC65BD203E6B3C443E293E3CBCBABD0D3E2D3EB7BDF83C31BE0EBE8A3E07BD573D74BEB43E68BEBEBEFCBCD2BD36BE213EE1BDF4BE8D3D8EBD92BD90BD3A3EE8BE01BE23BEF03BF7BE953E333EAA3D9E3DB53D68BEF2BDC73E2B3D883D71BE6EBE4B3D16BDAEBE243E893EF43DADBD603D1F3E8BBB973EBCBE943E97BE2DBE3EBE623DAD3D2D3E923D92BD5EBE8BBEA43D983E0D3EB83E633E863EEDBDCDBD49BE1EBE2BBE023E39BCC23E75BD33BDD3BB8D3EBDBC113E21BD133EAB3DC73DA03E16BE443D71BE8FBDB13DB4BD293E193E443D8A3D50BE873EE8BEC8BD253FAF3CD93D333D913E86BED3BE74BD99BE7E3D903EC13EAF3D033CDF3DADBDADBD7BBD0FBE76BEBC3D783E353EBCBDCD3D18BE98BE90BCEF3D12BE93BE843EBBBEB93DF5BD183FD63D8DBE023DE7BB81BB743E61BE9D3D293D243E05BE64BED03D4CBBF33E313E153E9ABDCD3D19BE21BEC6BC2EBE29BE9F3EE9BBBEBC0A3ECC3ED6BDF6BD893E723E6EBD143E623E933EA33C1D3E773E403CC7BC293E893D9C3E35BE073E923D4FBE733E2FBEDCBDA8BE8ABE0FBE9ABE9CBECD3E03BFA33DAA3DA63D91BB25BD62BEA3BD843E31BDE53D3CBE82BE483E173E343E723E03BDCDBDDC3DB5BC6C3E993E4DBE043BDCBD263EA83E033EDDBEEBBC15BCC93E1CBE1B3C0A3E0E3DCEBC663EBBBD043E0DBEAFBD0EBE183F9C3DF93D87BCE9BD3CBD503E92BEE93D2B3E36BE1E3EA43E7B3EA6BEBE3E2D3E19BBC8BE573E213C63BCA53E093E103EE5BBB03D5B3E703E2FBEC73D8F3C8BBE343D54BEE53DA43E3EBE6A3EFDBD85BD23BEDABD94BECA3C36BE513E87BDEF3EE8BEA43ED9BD14BEB9BC2ABE6E3DB9BDC93D01BDAC3D0BBFA4BE843E8CBEB63C383E7CBE483E65BD92BDA6BEB4BD963EDFBCD9BD923D8B3E813E113D31BEA6BD0C3D473C8BBDBF3EA1BD34BE963D27BEE53C0BBEE63D29BE6CBED33DB0BEBFBD6A3CFFBC853E45BDBA3E193E873E833C41BE3ABE65BED1BE13BE223DFBBD933E633DFF3D683D0C3E4F3E7BBEA63D92BE2BBE0C3E313D543E80BD793D18BDD03E343E9A3DEFBE9C3DBA3E253D123ED33D413D093EA33E22BE1E3E133E703D70BE7FBE0CBE993E26BE653D13BFAABEC33C873D59BEF83C9F3E873D22BDD9BED93D3FBEE73BA83ED53EBDBC8F3E363E16BF5B3D063D083FE5BD9E3D8CBEBE3D7C3EBABD3EBE38BE33BE663EE63D0A3E9DBE6E3EC1BCF33C47BC553D183E29BD5C3DA33E9B3E6A3EFBBD033EB2BE6A3C073E80BD4CBD0A3E1BBE543D4DBE1C3B98BE4EBE913CAEBE1A3E823E143E943EE9BACBBDA23CCDBDACBECC3CA83D943E27BC53BD1F3E063E873D86BC9B3D10BE233CD5BECCBD8A3BF03D8BBDED3D9A3DE1BDC03DCD3D223E2DBE09BE16BEAD3ECC3DC23D0B3F8CBE41BDC7BEDF3D45BDB93CE0BEB93D1ABEB1BD18BE993BC1BD093E993D08BDC33DD7BD28BE04BE91BD293B4C3C1D3DAA3C11BE463DFBBD69BDA0BC9FBE673E933EE63D553D68BD573EC53D4BBEE83EA9BDC13E103E973D04BF553E9E3D0A3DA73ED43EFD3E1CBE33BDC53EE13E81BEF13DBBBEAB3D193E29BE3F3E26BE67BEC93BC23DC2BEBEBEFDBD1A3E0B3E97BBC0BE69BE1A3D953ED53C67BDFDBD2F3E3E3E573EF93D463EA63C72BE893E873D10BE8C3E563D0EBEB4BEC53E9F3EB1BDC53DBD3D853E093ED93DD5BE503EA63E913C8A3DC33EE2BDC7BDCF3D263C3D3E753E4FBC023E723DF7BB353E16BC513DEFBC0A3EB33DB9BD6EBDC73D8BBD443E8F3D87BE713C98BEB8BBC03E0CBE81BE7EBD22BE24BEC93E443D05BC1DBE99BE0D3EEF3DCDBA05BDEB3C223E42BDF53D3B3ED5BDB33E5F3C8CBE103C813C5D3E443C9FBEE83D2C3EB5BE053D6FBEF63C39BE8E3E4C3E0B3EC4BBB2BEB73B3E3E663D033E93BE1E3C44BD383E9EBDA43C253E9DBD1A3D1A3ED73C943E72BED93D443AAFBD313E82BDDABE41BE6EBE81BE6CBE52BE80BCC0BD10BE483E013FA2BECA3D643DF9BC30BEA63D673CC23D1CBEC53DF4BC0CBD74BE0C3E6F3E9C3DD7BE923DCABDA3BC25BECA3A12BBE5BB6A3CBCBC34BE3EBE0D3E7E3EFDBE153DC33D933E22BE363DF4BD3A3D223C103EA5BE943E",
      torch_tensor_32_torch.bfloat16_3: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_32_32_torch.bfloat16_3: "0x020000000B3ED63DA1BB54BE08BFA33B9ABE8C3E573E02BC1F3E143ED8BE05BD4E3EECBD0EBEC53DE63C85BEDDBD5BBE40BD3C3E003E82BDF6BD2DB92DBC963EB23D45BE9C3DEEBE773D3B3EFABDDCBED8BC22BE12BE9E3EC93C5EBEDDBD9F3D683E4CBE923E7C3D36BEE93D15BD683E5F3EC33D4CBEEE3D65BD8F3E00BEC4BEE43E2E3E15BEAC3E14BD533DC8BD743E26BCAABE9E3EECBDD43D653E8D3D0CBE01BEB73DF83D40BED5BED33D96BE9CBE3F3ECC3D36BD7FBDAABE823E9BBE513E283E0FBD453EAD3DAA3DF5BEF3BE6FBE763C87BDD03CDCBD783DD73EE73CFD3E0F3FF73DC03E50BEA93DC33DEE3D06BE4C3DF33C57BD103F903E9C3CC93D31BE933ED93DBD3DF0BE6D3EACBC273E9C3D8ABD2E3E813EAABA60BEE33E5CBEECBD8F3E8DBE7EBE813DFF3DFB3DA23EA13D6B3C4A3DCCBE8DBE0BBEA5BDE03C18BC89BEB93D96BEBBBC8D3D7D3C8EBD34BD6DBD2FBB05BFD23DC73EA9BE983D84BE0C3E643D943E71BE9A3D0A3E89BE3C3EB53CC1BE35BE78BEAEBD6B3E2C3E0CBC1B3E633E793DBF3D993E1ABC0ABF5ABEFFBBCC3DF13D98BDC1BC59BDBD3D89BAA53D97BDA6BE953EC93DAEBEEE3D1CBEB73DD53DDFBD6FBDA8BED63E073CE8BDFDBDF5BDCE3AFB3D06BB64BE503D09BE653D94BDF23DB3BEB13D9DBD243CD3BD16BE52BD33BE3CBE933EECBC253DE8BD21BE14BD9ABE9FBDC4BD42BEC1BEDDBD81BE5B3EA93E82BEDC3D5ABB74BEEBBE863E85BC9DBDC03D23BE7E3EC73D393E75BE0B3E9C3DA9BDC73DDFBE5E3E9D3E443E153E043D58BCEDBE86BD63BDB53D563DD3BC84BE2A3E91BDD03E7FBED63DA73EB63E503D413EAF3C8CBEC43E4D3EB83D17BE9C3EFA3C1A3EB3BDC0BD553E073ECD3D823ED03E073EBDBEBEBCB3BE643EDB3DE83DD93E393E09BFB2BEF4BC953EFE3B39BEEA3DE13CB5BE8DBEAB3EBDBE96BDF2BDE3BEA83E81BC3ABCEBBDA2BEECBDD83D90BE8A3E803D39BE063D2FBE81BEA9BE273EA6BCD93D95B93D3D223E2FBDBE3D203ED5BE41BEE7BD94BEDBBD90BDA93ED83EA93DC83D1EBD76BEC43EBBBE683C963D11BEEE3D96BE64BE2BBD9C3ECBBE0A3E0E3EA53C8E3D5D3E353C503D003E87BE8D3D163EB43D1A3EC83D17BE1EBE413EB13DBDBD973DBA3DD73C00BE09BE043D57BEFF3D023F243EC9BD243E293E8C3E34BE8A3EA83E0FBD3D3E443E86BD5ABDEC3E5A3E86BEA93D983DA0BC82BE2F3DA6BD5CBDDDBC513E3B3E46BEA5BE82BE303EB2BE0F3D323E683D753D64BDA13E313EFABB253E02BD443EB5BDC7BC133E49BE143EA23D8D3B91BEB03EDABDA4BE883E423E88BE673E0D3ED2BE6E3E15BEF4BD3EBE713D593E903E95BC253E893E8A3E59BC293C1EBE88BD20BEB6BD98BE163EE8BC8E3E51BE31BD2ABED9BCAD3EA9BE833E02BECABD0BBDF0BDF63E64BE99BE3EBE02BEDF3ED2BB9A3E14BE9D3EA33B723ECEBDA13C93BDE6BC833E90BE4BBE9B3ED23DA43E013C683EE3BD15BD7BBE0C3E8EBE033E12BFC53D0D3EA5BD02BD4CBD573DA63E973E3BBC733E993D693C7B3E68BE5C3EE8BCEFBC943E063ED0BD61BE1E3E8E3E553CC3BDE2BDA03DD53D06BEB63E96BD01BEF0BD523D01BE713ED03DF4BDCDBE65BEB83C2CBDA3BDC2BEC33EE2BC6BBEF0BE0D3C34BE273EB8BCA2BCB23E3FBE61BDC6BDF33DB13D913D9BBDF83DA0BD02BE283E5B3E9E3DA13EB6BC2F3E283E053E703E82BDAE3DBC3D04BE753E06BE853E9C3E54BCB13E6BBDB5BEC83E28BC04BE943DE8BEB93DCE3D933E30BE303E1E3EE7BD6B3D923E30BB9F3BAF3D953E0D3EF53D5CBE80BEFB37513CFB3CA2BE873E8C3E813E3C3E193EE83C203E103E5E3E8E3E5EBED3BD3ABE8F3DDCBBE23D4DBB28BE09BEBABD9F3D773D873E9B3E853E7CBC47BE123D063E103EDA3D69BE10BCEA3DF1BE9ABE3EBE5A3E1E3EA13E84BE9E3EA7BBEB3DA43E7D3E93BDB0BC633EECBDF0BC543D953D903E49BE20BE92BED23D5F3E273E843E13BFCABED4BE31BE71BEED3E783E9D3DA23EB2BD663E9BBE913DA33E52BE2F3E5D3E653E0C3E953BA9BD6FBDDDBD35BDA13D113E0A3E9B3E5A3C833AC73ED8BCFE3E29BE58BDD53DFABC223EE13C5C3EF1BD3C3D9CBBA13CDCBD81BD0FBC053E2ABD0EBECD3D75BECA3DB23D47BE2ABEE33DE83DEE3D043EEB3D2C3CFDBC0EBECBBBE0BD223E12BEA0BDB13DB6BCDF3C8D3EAD3C0A3E563E87BDD2BE4ABEA8BD733D9DBE883C4E3EDF3EAE3D873E74BDB03E1DBE273EA23EA33D493EB1BD05BE0DBE9A3EDCBE823C163E61BE64BDBC3D02BF843E173D8C3C063D603D0ABE91BC5EBDE43D10BBD5BCAE3C87BE15BD863D6E3E96BE813E143E9CBCCA3E07BDECBDD1BD5E3E0D3EAD3DD5BD5E3DAABEB03E0DBE3E3EB6BD24BEEE3B87BDD9BDE6BD0CBD9B3C843E283D843E84BEB2BE713EE73D943E463EAB3EC2BD69BD2BBE223EA5BD89BED13C49BE353D32BDE23EA4BDC5BEF7BDB23D563DD93C993D2A3DB8BE89BDC23A7F3C223DAC3DA9BE103E6F3E18BE46BEC63ED5BD823EDDBC23BE6B3E653EB43A443E013EADBD5ABE7D3EC93D19BE4D3E8CBD6FBE92BE88BD743B58BD513C11BE97BEC93D0D3E353E513E703E15BE0B3C423E243EA8BD66BE03BE3D3E8DBE1EBC4E3E40BECA3D6C3D743D9ABD27BDBA3D7DBD1DBE8F3E8EBDB1BD953E423E35BE02BDAB3E773C913E6D3C363EC23C583E36BE243EEBBD583EF7BEB1BDF13CB1BEB5BB843D21BE9D3D423D46BEC53D21BEC6BDF1BDEF3D503E1B3D1EBE903D2BBD8A3E0C3E443E00BFA53E163E5E3EAE3D11BDDF3C59BE08BEB6BE27BE80BDA2BE163E0FBE2ABEABBB143E6E3D9CBEB7BD963E8B3EAD3E013DEABD6C3D00BE7ABE043CDE3D95BD07BD4ABE2D3E81BC83BE08BF673ED1BD",
      torch_tensor_16_32_torch.bfloat16_3: "0x020000008BBD75BDB83ECA3D27BD823E39BE863C3ABE4CBD1C3B13BE3ABE3D3E8A3E56BE1ABE90BE9BBEE9BD913E943E073E2C3EB4BE06BE293EEDBCCEBEB5BE473D38BDD6BD06BDA73824BDEEBEA3BD9ABC2C3E42BE413E3D3EEE3D893EDC3CA7BE3A3E173EE33CDD3EEBBC60BD2CBDE4BD4CBEB8BDA5BC183E9BBE53BE16BECE3DD63E1CBC86BDDFBE4BBEAE3E9E3E13BEF83D1CBE42BBA53D2EBE773E65BE27BF16BE413EB33EF8BC553B143FA9BE083E61BD863E92BE13BE27BE4F3E553EEA3D17BD433D81BE5A3EE23CE2BDFF3DEDBC99BB4DBECCBDCBBD5B3EF33D29BD3DBC92BECA3D87BE03BD36BEF6BC0BBD6E3C053E3D3E1DBE573EBEBD93BDD4BE6DBDD13CED3DA1BCB83DB53ED1BE30BEB03D743E123EA33C46BEF63D973E363E7D3EC03E0BBD9D3EFBBEBEBDD63DBF3BE23C84BEADBE113E83BDD33D9FBEB5BE493E153EA0BE8A3EDD3D7D3C34BE7CBE81BE57BE4F3E913EBABD6FBEF73DF5BC87BDF23C5E3E0E3E49BD9FBEFEBB823E113E98BEA1BC6BBE6CBDD83DEABE5FBDAABD80BE50BECC3EA3BB7C3D603EDF3DD23CFDBD153D33BE4ABE0C3E37BE783E88BC353E323E253EA2BE32BEDF3C993ED43C53BEAE3DE0BD4A3D9B3E21BE293DE8BD453C2E3D953B3F3EFABD523E88BED6BDCEBDFDBC8EBE903CEF3D453EA83C82BD14BE47BE99BDC6BEE53EBEBC06BE20BE13BE69BD183E873EA5BEBDBD9D3DE3BD7F3D3EBEF43D1FBD53BE2E3DC6BC0B3E253E38BECA3D993D5BBEB63DCCBDC73C713E1C3EBBBD953C1BBD2A3EA83EB33D0F3E673E373EA4BD05BD34BE36BD74BD73BE083EF33C063DA43E49BE083E9D3ED03DAF3EE13DC3BE60BE88BDD8BDAE3B513EA33E93BEF33D0BBE043B263F9C3D00BFBDBEEA3C8FBE493E483D5C39043E4C3D213CCCBC543E3ABDB2BC8D3E13BD0D3DE1BD333E6FBE133C923E4A3EEBBD0ABE4BBEA0BE893DE13E13BD1D3D84BE723EA1BEAD3C85BE83BE3CBEBA3ECBBE273C6ABE903E4EBE4A3DE33DEF3D30BDD3BEFEBCAC3C303ECA3C703EC53D1DBD6E3B863D95BE993C1C3E983EC5BD4FBECEBC393ED23C12BEC63D953D063EF3BDD3BD8C3EFB3D40BD28BE59BE683E80BE8A3BF63D39BE333D523ED7BCF63D8E3C55BDB1BD643D043EC4BD70BE2CBE113EE8BD91BEA1BD863EB6BE97BE0EBDE9BD533D473EEF3DBCBDFE3DE43EF33D94BC843EBD3C4E3CDB3EA13EA1BDAFBD5A3EB83D533DC33CA4BD903D78BEF6BD15BE55BE73BC64BE2DBDFBBD353EF93D663DA53C17BEB43DA13E6F3E5D3C89BDF23D5C3EC9BDBDBEE63D173F21BD073DC33DD43DDA3E693EBBBEE03C67BE4BBE3E3CF83DA03EB23CE7BC8BBD37BB503EC2BD7EBE4CBE173E05BE8FBD673D853C86BE873DDE3D973E833D39BD7ABE123E623E443E2EBE43BEA0BE3D3E8DBEB13ED5BC4CBE0E3EAA3C8EBC23BE3E3E1D3D87BC4C3E",
      torch_tensor_16_32_torch.bfloat16_2: "0x0200000048BEF73DB0BEB3BB03BF083FA7BDA3BE653EB03D4D3EF1BE9BBE003E5F3E92BEB7BC423D8DBD3B3E8F3E21BE2E3C0EBCC4BE1E3D123E3BBD7FBEC73C1BBED2BCD73C44BE3E3ECF3E22BD693DB83C163E933E09BD83BE8DBE42BDCDBC86BD2D3D9C3EC43E843E29BD11BE793E8D3E7CBE5B3D253E53BC453D373D013D81BE23BE90BE2DBD303ECABDE23ECDBCC9BD77BE083ED2BE733EDBBD28BE15BDEBBCA1BE043E8E3D0DBD473EC13D353E33BED2BEB5BDF0BE823DAEBEBEBD0FBE3FBE0F3D82BE963E08BEC9BD163E55BE363E993D1CBEA43EA03D0B3EDFBDD1BEB13EBC3E8ABE363DEE3E94BE853C863D1D3E98BD03BEC63D5C3E8BBD13BEC13E05BF6B3CA6BE2B3E7CBDFABC763CFE3E86BCECBE8FBD643D163DCFBD46BED53CC13D39BE9E3E6ABEE73D82BC273E5B3DF53D9ABDA23D81BD99BC473E97BB36BE37BE0DBE7EBD323E623E8A3D1E3E18BE7ABEACBD443EFD3D00BEBF3D80BEA0BED03A88BD8C3D063DB63C8BBE92BE373E8FBE583E963EBCBE42BCDF3EA43E5CBDBF3D423E943D55BEE0BE8CBCD73D5DBEA2BD0CBFC43DC53E513D5ABE373E723EDFBB653DAC3E8ABE383C0EBECEBE423EBA3D063E32BD803EA63E973DCABE09BE51BED0BEE3BDA03E0DBE803DC9BC83BE0B3ECE3E9FBD7A3D043E29BE8B3E663DBABE1ABC20BE033E343E0B3E5DBE62BED63D823EEE3D653E30BEA9BE663EADBEDC3DA1BEC8BDA1BD313EF3BD93BEFF3B253C993E3DBEED3CA3BED4BD9D3C1CBE76BE31BEDBBCA3BE5DBE15BE3D3E023EB8BD8F3B5FBD383EA1BDE4BD113B55BE4D3E9E3C953D3C3DBB3E49BEE3BD89BEE9BC90BE3BBE133E7C3E07BDB93E6F3E8FBD233D92BD0DBE653ECABE59BE563E1CBE333EDB3C623EEB3C53BE043EBABD53BD19BE823E10BE02BD723E85BEB8BEFBBE34BD4DBE4BBD6EBE2FBE95BE09BE56BEE83D4D3EA43EC2BB57BE17BE583DE03D0CBECBBC253EF2BD453E4B3EE23D543ED3BD8EBD01BE503E5FBE963EC3BD8B3DCE3D343EC0BD30BE043EDF3E0C3E2B3D6EBE5D3D723D73BEBFBDB83ECB3DDD3CFE3D40BC0BBE8CBD25BEBC3988BD3B3E273C8CBE53BE7F3DF1BD56BE383E8EBD063E25BD0EBEA7BEB1BE223C713E413EBC3C89BE29BD7EBC6B3E983E2ABC25BE53BE9ABD7EBD6F3EBB3E3C3EDE3D353EAFBD8ABD92BD9DBC573D873E50BE54BE0A3EAABE403E13BDDD3D85BEAE3D9FBD843E793EC53DAEBEC8BDC8BD793D9A3EFC3DA9BE35BC1BBE17BE1DBE45BEF03C1E3EE43D20BC013EE53D43BEC5BD20BE003E163E00BE9EBD053F873D7EBDACBC663EF2BCD2BDB03E883D44BE323E5E3E8E3EB5BCC53D983D6F3D413ED2BC8F3E65BD4BBDF93C16BE9BBD353EC4BD55BE11BECC3DDBBEC13DF7BE953DD93C5D3DC63C5FBD55BE35BE873EEEBD32BE853E8FBE283EF6BD2CBE173E10BD833D1E3E143E",
      torch_tensor_32_32_torch.bfloat16_2: "0x020000004FBDC73EE93EBFBEFBBDDE3DE3BD3A3E6BBE2E3D943EC33E1D3D23BEF9BD87BEBABD86BE4BBE9B3E073E7ABD25BE12BE203DBDBED9BE2FBE58BE0DBF26BE25BE86BE36BE043E5D3D193E96BED6BC26BE99BE733CB4BE103E923DA3BD03BE18BDA7BD3B3D90BE3EBE883E713D4EBEBD3DA9BDEC3DF03D3E3E6C3E0CBEB4BE563E16BEB9BD9A3C86BE153E893E43BEE23D793E31BEB73C96BD183E7A3EF73DAFBD203E0D3E503DB1BD1A3E463CCB3D1A3DE23C043D243EA1BD1FBE9A3D97BEB33CD3BD823EDBBDF93D54BE33BEA8BE613E8D3C213E3C3EC73D123E263E843E543E93BE86BE53BEEFBD273E1B3E8A3D813EEFBD27BE87BD023E683EA6BE98BE353D78BEE83D87BE953DDABDEFBD3A3EDBBDB63D10BDDA3E5A3ECBBDA4BD953E24BEBEBD00BED23D253E233E20BEA33C2CBEAABDF6BCC43BC23D34BE68BD06BE603CB93C2ABD283E09BE033D1BBC8ABE4F3EE83CB7BCA53E163E293E8B3C5D3E243EEEBD4EBD873D923DC9BEBF3E423D473E97BC713CB9BEEBBDAC3D36BD063EA3BEB03E903E56BEE13EE3BD983CD9BDEEBC3CBCB63EA3BD8F3ED7BEF43D0B3FB83DA9BD47BEE8BDC7BD693C163EAD3E6FBE863C51BD13BE41BC193EC93D033F51BE9EBD023EA4BE853E82BE93BE003D90BD56BECDBC1BBE893ECA3DA33E023E023E373E85BEB0BD963EBE3C86BE243E5BBE843DF53C46BEDE3E0EBE153CC93EB3BD1D3D093F993DCDBC75BE7E3E433E093D193EFEBE28BCF13D54BC963DA9BD393E123EA53C753E96BEA63DE03D8F3E80BD543D18BE18BE6A3D9DBB23BE493E823EB43E343E9BBE74BD87BE903E8E3DF03AB33E6EBDB6BEB9BDBE3E3B3D3EBD583D3C3E02BCD73E8F3E62BEDCBE543E4BBDD9BD633E283E07BE133D203ECC3E5B3EA5BC873D6C3D6DBD3DBDA4BBC8BD823D173E6ABE67BDA7BE8A3E5D3E92BD1E3BA6BEBA3E8E3E57BE88BD6DBD863EAA3D1A3E3CBE0E3EF8BE71BD33BEC83D33BEFD3D95BD3F3D163E843E8ABE66BE28BED6BE5BBDF13D893E3A3E5BBE06BE963D2C3E95BE843EB13D7C3D883E4FBEA0BE98BEEB3D1C3E69BB8F3E56BB093ECC3E713E2B3E15BDC0BE983ED3BE513E3F3ED43D693EED3D4DBEB6BB37BD84BD193E5F3E733C9E3D51BE1ABCCEBC363EA7BDA73D8ABEF3BD6D3E82BE4B3E653CAFBE893D4ABED9BD61BE423E53BD5FBE2ABDF93DB83EABBE35BCBBBC143E78BD853E11BECFBC24BC8ABE7FBE13BE4FBE8D3EDF3C753C2D3E3A3E8B3E13BE693EBE3D2F3EB3BD1FBE27BE83BE293C7B3E64BCA93E013FDCBE43BE4DBEACBDB8BECB3C0C3DC93EC83C953DCF3DCEBDF3BCA9BE4F3C89BE283D813ED6BC6E3D8B3D9F3EB8BD873E2FBEB0BE563E15BEC2BD023E7C3C9A3D82BDAABCB03EC33DE43E563E2DBEE0BD98BD3E3DFCBDA33D8F3E053EC6BC503EC33CEFBDAD3DABBA8A3DBF3D523E02BDD7BD99BC4FBEBDBE2D3EE2BD07BE523EA6BC583D963D7A3E4E3E953DACBECABD2F3E5B3D883DDFBD03BEF63D3A3DDBBD3A3EF3BEDA3DB4BDE63C893EB63E2D3D06BE39BD9FBB863E89BDED3E00BE993EF83E89BCC9BEDFBD0CBEAFBD513D203EB93D84BD5E3E0C3E7ABD6E3E68BECDBED33D5A3E963E8F3E9E3DB23C313E793DEEBD733C7B3E413E91BE9CBE40BE0CBF363E6ABE1CBEE3BD8E3D70BE6A3E273E2ABEC23D25BE823D45BEC8BCA73D82BD993DCBBEB33E4E3DD93EE33D43BE34BEB33D88BD85BE873DECBDCFBC223ECE3D18BF233C0BBEA4BD2FBE22BD63BE8CBC953E283D24BDFABD6D3CC4BE843D0CBE3B3E0E3E213ECF3EC53D89BE50BD95BB733E66BE023EB63D8CBDB9BD143E673EE23D5BBD6E3E5F3E71BC2ABEB43CCA3D1BBD3EBE673D273D133EFC3BAABEC0BEDDBB58BBF53EB9BC913E1DBD003E14BD033D743E5C3DD1BE8FBEB43E813D183E023E2CBF393B7CBEBFBD6CBE9EBD68BEEB3D423EC6BD423F7F3E4EBE143EB43E3DBE19BE4FBD0BBE0D3EBA3E51BE92BEA0BD773CF03E66BE35BDFF3C3A3EB2BA8F3E4DBE87BE47BE6A3EAEBD543DE33EB1BD5F3D73BEFDBDBABE9DBEE93CA7BE2ABECB3A0F3D923DB1BD4E3E5D3DCF3D613D2D3C2F3FAEBC3F3E7FB8B03DA8BE153FF0BCD73B31BD363D87BEC13E933E993D7CBE34BE63BD87BD993E0BBEB7BE773D3E3E1E3E93BD873E233E0ABED43E4A3D92BE0ABFECBDCABA7C3D86BD113D02BE983E59BE353EAD3D8A3D3E3E793E923EC4BD1C3EAEBE8BBDD5BDB2BE613D3A3E9D3D503CA53D24BE373E18BE803DD33DA0BEB9BDF7BDC7BE27BEA03EEBBD99BE6E3E9BBC233D113D8E3E533EADBD09BE143E463D4C3EE93C26BC56BE263E183C34BE6BBE84BC20BE223D57BC57BDEE3D3F3E4DBE673DFD3D243E71BC87BE22BE5D3E813E6E3D01BE20BD883DCC3EAC3E5B3E15BED73E5FBEBBBE18BEE1BE6DBE1F3E8A3D38BCDE3EAEBEA23E9B3E263E0EBE0ABD57BEFDBC183EB7BEB53DA1BCDBBDF33C973E893DEABC97BC7FBD8EBD873E773ED2BDA63DBCBE263E12BD003DA13E6D3E733C9BBE0CBE5C3E3FBDE2BC0F3EEE3D973ECFBDF13DFABE573D0CBD16BC813D943D223D56BE2FBE68BE5F3E593E573CBEBD90BE943E933E72BE58BDBFBE76BE2ABD4DBEC4BDA8BDB63E05BEAE3D99BEB8BEC53D0E3E0EBF27BD943E5DBE3F3EF339DEBD36BECCBC9EBE2F3E213EDA3EB0BE35BE63BE09BE69BEB5BE9DBDAABD00BEA63EA13D323E8B3E89BE493D8FBC48BD273EDE3D7C3D70BE28BEA63D833D69BE96BE433E73BDAF3D20BF483E813E2A3E8BBECABDB1BD7BBEB2BE0F3D313E7E3D32BD77BE84BEE8BD23BF513EADBD443E54BD84BD683D4F3EFD3D0A3E623E783EFABD8DBECCBD2D3E043F9EBDE6BD0BBE30BB6F3BBD3D12BE95BC603E37BE88BE723D663E",
      torch_tensor_32_torch.bfloat16_2: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_32_64_torch.bfloat16: "0x0200000060BEFB3DC73E74BDC03E82BE8B3E073DCFBECA3CAE3E66BE03BE853E463D06BF053E05BE0FBC93BC6ABE94BD00BD30BE3EBD413E603D05BF0E3ECDBD593E023E9FBDB73E933ECA3C5ABEA0BD36BD99BE59BE2CBE7DBEE03DEDBD203ECBBD6FBE673E013E93BBFC3D10BF23BD35BD203EBD3E1BBE5D3E1ABEA63ED13D7D3D9B3D91BD52BC943E36BC463EAFBDE1BCF23DA83DEFBC473D933EC7BE403DC33DD83E993E2B3DADBE0FBD923C04BD03BE58BEF43EA2BE84BE47BE983E873D21BE363D6E3E97BE35BDEE3ED63E033E82BD0B3E88BDC53D5BBE833E68BEC5BD2ABCBA3D99BE3F3DD4BC1A3E82BEBCBE30BE8D3E46BAF1BC083E94BDD73D8DBEC9BD14BEFF3D66BD89BE0D3EB4BC073DDABC1D3C093E493E5F3B6DBC8BBB08BE7BBE9BBE523B3B3E933E653E0A3E63BD4FBEF13D8EBE4DBD58BD933D083E81BEF43D61BE84BE3CBE3ABC96BDFA3D6F3D47BE9EBEC2BE18BEE2BCABBE9BBE683E14BD1B3DF5BEA93D413E94BD043F2A3DA1BD463E743D3F3E9C3E263D8A3E993D68BEDB3E6C3E9ABDBCBCDEBD8E3E8ABEA0BE913E703D1C3E7E3D4F3E7CBD8E3E88BE37BECDBD9D3E8A3E623EE6BECE3E9ABEEFBD9DBE28BE1CBE713DFF3DB7BEC7BE01BE30BD433E2ABEB2BE583DA5BD2A3EE73CAFBD523E74BD9D3E5DBEB13EB63DF8BDB43D803EA7BD92BE99BE583EB2BD9E3D54BD933E17BD89BE683ED7BE0B3EEDBD5F3EB8BE38BE90BE343E3E3D703D743EB83DB03DA93DABBE89BEB3BD913D3A3E833D593D083EC9BD43BD41BEC63EE3BE81BB74BEDF3DBF3D583CB13E3D3E613E553E053EABBC44BDEB3CA1BEDFBD9D3E833D4C3E7C3D8B3B42BEC13D743E143EB3BEA2BD423E59BD8B3DD33E81BE9ABD32BE4F3E873DF73DA3BE31BE583D783E50BEBDBDBBBE443ECEBE97BE61BE3C3B8D3DD5BCB33E003B453E8C3E0E3E5E3EFF3CE0BD6BBEC7BD87BE69BE2D3B33BD0CBDA7BD7DBEFBBDBF3D093E9B3E62BD38BDA63DCB3E9ABE063E68BEE33C323E423E413C853DA9BD823ECBBED73D903D8BBE2ABD313E72BD233E913D2E3EDABC263E8B3E483E413D5A3EBE3DA7BE24BE2DBE263D15BE95BEC23D4ABD6CBE353EF2BE53BD8E3C4A3EB83C9E3EC6BC65BEF8BE54BEE9BD5FBD6FBEFB3C9A3EA5BDEBBDD83D92BDB33CAEBD07BE5B3EE0BC543D4CBDA2BCC9BEA73E5EBDAA3E55BEAD3E93BE4CBE8ABDCEBD86BE063DBF3EDF3D88BE56BE9BBEDCBD6FBD873C57BDFF3CD23B96BDF53D573C94BE8DBEEABD00BED53D3FBD06BE4E3DC4BB983E6EBC78BE473D4C3E2D3E48BEC7BD8D3C2D3E3D3D1D3E853E363E19BEF43D13BF5D3D2B3EF3BCBD3C60BD453EC0BEDDBCB9BE563EA7BE63BD97BC243E8BBD24BE4B3E323C1A3EBABD6BBEE0BA8D3E97BE0A3E9EBE173EF0BD903D913D303EEF3DB1BEBF3DE53DA53EAEBEE23CE1BDE3BBA83E8D3E0E3E0F3E6B3E69BE4F3E5EBED3BD0E3E953E0A3E68BE61BE913EB1BDFABD2EBE573E04BE843ED93D063E81BD47BE113EE8BDB3BE68BEC83D8D3EA13DCD3E303EDABDD8BC8BBED13D6CBE943DB6BC24BE7B3D1DBE5DBE13BE8ABD9ABDCC3C7ABE8D3E263EC7BEB3BD0BBE56BEAC3DA63D073E8C3D80BC403E193EC13DC6BB4A3EC9BE28BE4EBECE3EA13DBDBDFB3C553C463E843EA3BE0D3EB63EB4BD2DBEB93E5F3E053E3A3D34BEB33E11BE5A3EEF3D6BBD033E8DBD42BD66BCB6BE013E223C983E693EC13E013F713EC2BECFBD233ECFBE493D2ABC40BE813D563DA5BCCDBDB43DB13E90BDCBBDD43DB53E773D38BD013E073E81BE843D0FBF733DE13D863D8D3E323E543E53BD4D3E8A3E34BE863E8B3E583C7B3E46BE323D01BC3FBCAD3D413E77BC903D853E53BEE03EBA3D763E98BDB33D923E9D3D28BE96BDAB3D9EBE01BF13BF8A3EA93DD23E7ABD243D073D783D2E3EA4BDB4BC04BE6A3E9DBDE73DBBBDC43DD93D7F3ED63D063DC4BDD1BD603E2CBDF9BD0A3D04BE6FBD5ABD92BE18BED3BDA7BD113E46BDEFBED0BDD2BEC53DB7BE0B3EEBBDB3BD6DBDA93E443ECE3E4D3DC7BD663DF43D4CBEEDBE9FBC593E63BEA83C193EC4BD803E97BCB93E07BD0F3D46BC19BEABBDBA3C86BEA8BD3D3E083C6CBE28BE0EBB993D93BEA2BDF6BC7EBE9F3E543D4ABDABBEE33D0B3E573E50BE6DBE7F3E54BDB1BE903D75BE663EDB3E363EEA3D17BE903D9FBE0BBEBCBE27BEB93EDA3D09BE8A3E693D2F3C08BEC53E563EAA3C843E483E9C3E14BDC13ED4BD53BE1B3C03BEC4BD1BBE8DBD5F3D413CED3C6BBE673E013EF13DACBE793E523E6E3EC5BD3FBE333E34BD37BEC8BD473ED3BCD7BE8A3E353EAC3E05BE803DB43E4CBE1D3E66BBC6BD333E233EBCBD4A3EA03D7EBE003E89BD0B3ECF3D14BE9D3D18BD09BF1EBF083E24BE1E3EBDBDA8BE0A3E22BDEBBE483EB03D013D033ED7BCF63DC73D5B3EA1BDC33A97BD0CBE64BD3DBE0D3DDDBE333E88BD7ABD08BDDEBDB1BE063FA4BE8ABDA73E693EA13ED1BB99BD103E813E87BD8C3C4D3DB9BA5D3D0C3EA63DB23D97BE103EBE3E34BE6C3E87BD363DA6BD2ABCA03C91BE93BDABBD543C43BCA93EA0BD013C8BBEB6BCB13D5D3D07BED0BD43BE8D3E46BDC23EC73E953D9B3E6B3E6A3E24BE56BE24BE98BEC03E433E2B3D2D3EB8BDDA3D383EAC3CB13D043D64BD1CBE94BD023DA2BEC53EB7BD06BE6ABDE33C153EA2BE30BEEE3DD1BD10BD173EEBBD043EC33D3A3D4B3EBD3DE43EEEBCDABDE4BDBDBD24BE45BE7D3D14BEDF3E0FBE87BE96BE8FBD04BD2E3D2E3EDE3EBBBE0C3DE13E8A3E373E2C3E7ABC9EBD43BE57BDBEBC0CBE213E973D20BEAF3EF33CCCBD90BE753E3EBD663E7DBE53BEEDBDDA3D27BE6EBE1CBDFEBD28BEAEBD20BE89BC56BEA53EFC3C883DD9BD843D07BE1BBE9FBDCF3D61BCE73D2A3E9ABE353EA0BCA8BD993E99BDCF3D493EB6BCB03D8ABD273BF9BDF73D023EDC3D2E3E0F3DEABD993B15BD9EBE9BBCA93E013EB73E4CBE203D6EBD68BE803E21BE7F3D82BE14BEB7BEE7BD7EBA3D3D193E77BE95BC51BE61BD913EB63D7BBE273E0EBE623C633E353E51BEA43DC1BD903E283E0FBD253E28BED13C0B3E26BD803DA73E55BD743DEC3D34BC253E133DAF3D08BE4BBDBFBD863D1A3D3A3E06BE6EBD14BE82BE033B703EBF3D3ABDB5BDF1BEE5BE21BEE6BEDD3E6C3D1D3B81BC923E12BE0ABD21BD3CBD31BE1ABD10BD0ABE613EB2BCA1BDB23E413B9A3E9F3D69BE9E3E413EE03CD73E5B3D0DBEE23EF1BD84BD95BE8CBEA33EA03D5F3E843E69BD933C7CBE5D3E093E733DB2BEC43DB7BE133E813D1DBE16BD08BEA93D903EC5BC2CBE4BBEECBE42BE15BEB03DD2BE85BD943ED6BEFBBD49BE153EA3BE1BBDBB3E4A3EA13C1F3E0F3D52BE043DC53EBF3D533D553E40BD88BE1E3CB3BC21BE5A3E073D373EB93EA13D863E963C283E30BE4ABD46BEAE3ED0BDC5BDC0BD9EBCF0BDD63E61BD203D533E0BBDF3BE8EBD523E0ABE0ABE87BEC13E1EBE983E613E5CBD493D9EBEC63D71BC88BE123ECDBD573EEFBDABBD3D3E44BE6A3EA03D8EBE8CBD313CBBBD773E29BE00BF10BE8A3E043E763EBDBD4ABE1D3DCCBE023EB1BE85BD253EA7BD2ABEA6BE2FBEAEBD793EE7BBA63DD63E353ECDBDA3BC123E2D3ED2BDF0BE623D333E6FBBC3BC5C3E81BE2EBE93BE14BE1E3D27BC58BDD63D20BD203DBB3D9F3D1ABE98BDF0BD1A3EF23D8E3DB3BD0FBE913E2C3ED6BB82BE443EAD3D803E36BEC2BD733EA7BCC739A5BE283DF53D673D1EBEF43DAABD75BD72BC393ECA3D9DBD3B3EA1BEBA3DB9BC4ABE37BE5D3E4B3E55BE933EA8BD1CBD88BE893CBCBD06BE72BDA53C05BE4CBE103EC53E8ABB173C8BBD80BEC23BE53B2F3E67BE123E82BE4F3E1F3F69BC653DE73EB3BD60BE453EC03EE23E533EA93E823E84BE1D3EA53EF3BE4A3D3B3D143E833C73BE1ABE78BEDB3EAE3E1A3E9DBD74BDF1BCFD3E4DBC27BE9C3DB53D763ADE3D87BE44BECA3EF03DF3BDBF3D70BEB7BBF03D93BE40BED13CBB3E8C3E8B3E603D05BE933D5BBDC4BDE9BD2E3E2CBE26BE18BE2F3D8D3E933DB3BE7D3EA03DB83D49BEB03DC1BC943D70BBBE3DD93DD33DAD3E23BD8E3D333DE43AC8BEA5BDF53E2E3E193E16BCCE3C4CBDA73C25BEFEBC533C1ABE8BBD553ECABDB13E9EBD0E3EB53CCB3D84BE663D9DBE41BE5DBEDE3D8DBEB6BE9CBE843ECF3D3F3E363DDC3D4AB95ABDAB3DC1BDA6BE903E243EC33D7BBDD0BD1CBE1DBE32BE56BD71BDBABEB63E4EBE21BEA3BE8B3E933D2C3EABBD35BE90BEFE3CE6BE163F26BCE6BD883D113E593E0D3E143E603A553D283EAFBEC33C90BE333D3C3EE7BDF63DA23DE6BD1CBD82BE293EECBD003F23BDA63BD8BCDA3E0D3EE13EFBBCE23D5E3E0C3D19BF5E3EA0BE103EEC3D503EB8BDF4BE993D4CBDC53D42BE64BE45BD2A3DA0BE87BC2B3E203E0BBE12BD163E3ABE6A3E87BCAEBDD4BE333EDE3E47BE523E353C283EFBBDA03E0BBE2F3E6BBBB8BDF5BD933D883EA03DF23DD2BC1DBD143DB53EEE3D9F3DA0BE153E123D8C3EF23DAC3C5CBDC33E183D72BE103E37BEA93EC0BC92BD173E433E76BEBEBD04BE463E973E6CBD84BE843E513C1B3EDBBC1FBDBC3E633E97BE703E5B3E523E4A3E94BD3D3E67BD0A3E3CBD7CBE56BCD9BDBEBE6FBEA2BE37BD99BE323ED4BD443D9CBD92BB71BEF3BEA23E473E6B3ECABDB13D32BED33C703DA1BEFC3CB5BCB73ED73D3CBE7DBEB2BD863D1F3E3BBC1A3E8DBD5FBDEB3D7E3E9A3D423E533E7FBCB03C443E7D3E9E3EBABCB1BE873E553E31BE8EBCA1BEDDBD153E993CE4BD8B3E14BD5BBE75BE913E38BEFEBC3DBE3EBE1BBEA63D9CBB843E9DBED5BBB5BDCE3D08BD5DBE9CBE843C74BE873D7ABE123ED0BD36BD34BE29BCE2BBA63D903D7EBE52BE74BD92BD75BE1CBF47BD74BC7BBC20BEE43C8A3E93BD3B3EA73DE1BD933D093D2D3D313E7DBABD3D38BEC53E0DBEB0BC873D7B3EE0BDFDBCB23C783D2B3E0FBEABBE9ABE483E083E9BBE1ABE303FC23E703E823D74BE39BE343E853E3F3E273F0CBF583E033E29BDD5BD273EEBBDF2BBB4BD0F3E44BEB5BEE6BCB1BC87BD923D93BD23BEAC3DBFBCEEBC84BE9DBD5B3EB53E86BD0EBD6ABEC9BE78BD8BBECCBEBEBCCC3D593EF33D96BD8A3DA0BEFA3BFA3E70BE41BD763D823C31BE9EBDB93D423EB0BE63BD30BD1EBE673C4BBEF4BC77BE2CBBE93D88BDA53E373DEB3C09BE90BEC53E6BBE07BD48BE61BE1EBED13DCE3D543EE6BDDEBD4DBEAFBE77BE45BD2D3E803D34BE143D903D1BBD153E663E8F3D133ED23DB13EDDBDB63CEE3D363E03BC8F3E1D3EF13ECFBDACBD243EA63E823DB1BD11BE9ABD703E18BE30BD22BEF23EC33D403B6A3E853EA7BEDEBDD4BD1BBB78BDB73C7A3DAA3D88BE373E05BE96BD00BE58BE583E9A3E22BD633E103EC8BE76BE1B3EC0BC48BE963E8B3D2F3E4BBED2BD55BCD83D813E42BED5BEBCBEAABE1ABEA83EBD3D6F3E0D3E0D3D3D3D25BE013DE33E7C3EF4BD7DBCAABD3A3E23BE03BD97BE263DB03EA13D7C3EE53CC63E8CBDE5BD65BEBABC343D3E3E113E983CAFBD533EEF3DF6BD62BE96BDDA3DC73D42BEE8BE12BEF8BC503EA33E813E043FA13DF0BD903CEF3C07BEACBEC93D213D27BE003E213DB83E65BDC1BDE53DDBBD3EBE95BED63E903DC8BE373EEC3D0BBF103E3ABE293E063D653E8DBDA73D1ABE8CBECCBED13EC33DE03E553EC03C17BED2BD153E6EBE733C2C3C83BEC83D623ED93D19BDD4BECABD7A3E33BCB93EB4BEC6BE383E853E94BE14BE453CB7BB44BD25BD843E21BE813D95BD",
      torch_tensor_64_32_torch.bfloat16_2: "0x0200000091BC6ABE233EA739953E54BDBABE343CC33ECD3EB63D32BC10BE903D2D3ED3BDC03E1EBE473E1BBD603E92BDF53D6F3BF83C8DBEB13D113E40BD273E383E8B3E0F3EAB3E3CBE933E49BD183B133E2ABE22BE88BD8BBC8ABDBEBCF33C6C3EE6BDF8BDB23D0E3EA0BE06BEF0BC593EBBBC9BB93CBE61BD963E1E3EB6BE00BD943DCC3D36BE1ABE78BC853B7E3D87BE6B3EB63E273BC7BE043D3ABEBF3E82BDEF3D6ABEC53DC73ECC3EB0BD75BE053D8C3EACBBA6BE42BE23BE77BE67BE563EA73C41BED6BD213D4DBEEF3D483D773E5DBEC1BE433E813DE9BE19BEF6BC943D35BD2BBE503E59BEA1BE9CBE3E3D11BCCF3DC1BC423EB03D8BBC953DE13DD0BE12BF863E753D223EE73E473D3A3E1B3E233E8FBEAC3E94BE8D3E34BE08BE963DADBCBFBDE73D89BC0F3D683EC33E24BDA8BD88BD033EB1BE48BDF93C32BE723E413B9C3E363E5CBE80BC0D3E21BFB2BDC9BED3BE7D3D5ABEC6BE82BD94BE103D103E85BC56BE003E5D3BAEBC103E77BEA3BDEBBD4D3B1CBEFBBCE53E12BEE8BD9BBD95BE4C3D69BD4CBDC0BD4E3D793E15BF553D80BE773EAFBEFFBD33BDFC3D5C3E46BEE93E0E3EAB3DB13E353D9E3DA8BDB8BCA2BD3F3E24BE0E3EA8BCDD3D5CBE07BE623E843EFFBC3B3D29BEEEBD0DBEC03D27BDA23E04BE753E8FBE843D9D3DFE3CDEBE7ABEF7BE863E0B3EFFBE333ED4BD60BED73E2CBEA8BC36BEA2BC443EBB3D76BEF9BDFE3DCDBD63BDC43D053E793D823E483EE13EF33CF93D37BDC7BD733BBB3B983D90BEC0BD333DB93E1A3E85BD38BD09BEE6BDD43CF3BEB2BD3DBDED3DF1BE17BE3E3EA1BD49BD80BC21BEE93C3C3E853C563BCFBE123D473EEA3EAABD263E223EB63DB23D83BDD7BB993D8DBE303C8E3E3BBEA4BA62BE973D8E3E6F3CA3BE97BEA83EA43E8BBE6F3E52BEB5BE36BE94BE5EBE74BC09BC07BEBFBDA53D4F3E92BE54BDCD3DB73EB73B2B3E79BE3DBE55BEFDBD6DBEF2BD2A3D9E3E9E3D6E3DD03ECE3DBABEB6BE073E7FBDAC3B1E3FA7BE0E3DAE3E75BD743E21BE84BE7E3E363E04BEE03C38BD5F3E5BBDE7BCCBBC8DBA303D073E0C3FD9BD773D613E80BE16BDA33DD4BEBABED73D7D3E3BBDA33CD73D88BC61BBDE3D43BD7A3E993E5FBDC03E54BE12BE22BECA3DFCBD94BDAA3D29BED8BCF8BC1E3EACBD95BE3DBEACBE973DF2BDA93D773E7BBE603E523EBC3EAFBD313DF5BEAFBE373E8DBE97BE793E86BE533D1DBE063E17BD71BED7BE0CBCCC3D613D1C3D9E3D433EAEBD61BE863C203EDD3D9CBE603D7D3ED93EAF3B04BE2ABEABBE14BE88BEE6BD2ABE32BE713E6BBE3DBE1BBC7FBD193E1EBEF23E00BECD3DF5BDFE3D323E39BE0BBE2BBE6BBE1E3E87BD94BDC23D183D083D493E633DCDBC5FBE273E993E23BE03BED2BDE6BCFC3DCA3D14BE663C573E7FBD933E82BE08BECB3D17BEB3BD01BE79BE3F3D1E3E83BCDA3DAF3E00BD6C3C9CBEF9BE913E363D1E3E1C3E48BB12BD8CBD34BEE33D2FBC27BD423D3E3E3CBE1EBE993E09BD2A3E9E3DBFBDF7BE043E013EA4BDEFBE9CBB83BBDDBD743DD73D96BE9ABEC3BC9DBEB23DE83EA73E063EA03E2EBED33BC03C573E61BE2C3DAB3D1CBECEBD27BE8ABD95BE91BE3FBDF03D1B3D49BE5A3B86BDACBDC7BD433D1D3E4D3D913E8F3EB13D0BBE2ABE9CBE013EA13DA3BD1B3B92BD393EAE3EB3BE3A3D5DBEC2BEF63D913DB3BC1C3D8C3E733EC7BC623E18BE71BEABBEAFBE66BEBFBEBFBDA53D59BEF63DA13D8D3E463C463EF43D903E04BBB9BD31BE50BE5E3D7CBE26BD04BF913EEF3DB0BE4A3D8A3D56BD87BDAFBE81BD2BBEFBBD3F3CD63C2CBE533E3A3E68BEA23E89BDFA3DC1BD6D3DC23B76BE98BD4B3D89BDC03D013E93BB9CBDE33DEC3C28BD2BBECCBEB03E6A3E0FBE4EBE003E14BEC2BECA3D7BBD2DBEA33EC83EF93D413DB93EC23D0EBE9E3DB6BD033C303E013F303C973D153E8EBEBE3DBB3B83BD7BBEC13E91BD963C68BE13BEA6BE23BC87BE423E89BEEEBE03BD533D473C9A3E3C3E293EA4BEE2BC8CB91EBB94BBC03E133E8F3D423D533D733DA63E093F743E633EE5BD93BEED3D3C3CD4BE25BD99BE64BD2EBE41BD82BE16BDECBE69BE71BEAABDD83D80BE383E7EBE2FBE89BEC3BE7ABE29BE72BE873D243E01BE0ABE3B3E6DBD65BD8E3EB73DBABBF8BC423DBF3E2FBEE93D50BEDBBCAFBED33DE0BD9BBE98BDDCBDEABD91BE05BE3F3D813D573E303DEEBDBCBC8B3C2ABEBDBB803E0BBE36BE25BE6FBD3CBECABC9C3E103E503E0ABEACBE9B3DF7BDA5BEA5BE503DD2BD613C5C3E1A3E4E3EB83E143E2B3E8E3D2C3D5ABE5ABD5D3E5C3D0B3EC93E87BD55BDCC3D5D3D20BE043F97BC983EFDBEE8BDF63D893D98BD673D3DBECFBC913E6C3E18BE44BEB73D72BDEC3E5A3EB8BEA1BDC6BDC1BE06BE40BD853C9D3D2C3D7F3D983EDC3C6CBE7F3D943ECFBCC63C123E1EBE973EAE3D02BD8C3EE2BDBDBE5C3DC0BD513C38BD78BD25BE033EBABD373E5CBEE7BD8A3E26BC913E96BC993E13BE0CBDABBE173DD13EE2BEE2BC3C3DB7BC773C273A033D6D3E8BBE39BE56BE9FBE4CBD833E9C3C70BDF6BD9EBC2D3E013EF63D06BEA9BD913D98BE8DBE41BD20BE0C3E9CBA283D9D3EF53DA83C9ABD2E3D1FBC97BE78BD9B3C653D953DB2BC70BDA4BE0A3EC4BC07BE85BC293F6A3DA83D8C3E7DBDE1BC153EF9BD05BE6CBE5B3E3D3C97BB67BE5EBEE63E40BD72BE5D3E193E483E59BCDF3C7DBD333E6A3D09BE48BE8CBE52BE833EBE3DD8BC28BE813E8DBE393EAD3DE1BDC5BD23BE0E3EE63D8ABE60BE283E2D3CD03CB8BDA83D633E553D4DBD183D203E84BE9EBEC23E3C3D803E3EBE44BE2E3D60BD33BBA43DACBD5E3E36BDEB3DA7BD92BEE5BDDC3D1B3ED2BBC8BE46BEA8BDC2BE9D3D83BCDABEDA3DC0BC68BECF3E263DBD3E1B3E90BE2B3E6EBD8F3DE8BED0BE383ECBBEF13D153D19BEAEBD65BE25BE213EFC3DEA3D223EEFBD723EDBBDC1BD06BD33BE95BD17BE45BC47BC4F3E453E41BEA8BEADBEACBC80BC933C88BDBDBD543E4F3CA73D44BE9DBE0ABEA0BEBB3E0E3E463D813ED83D753BE4BC54BE913D20BE60BE7EBC4B3E973C17BE163DBF3E1E3E1BBE40BE8DBE243E21BEA7BE3EBEA33EC53CA03E88BECC3D233EF2BC82BE94BCC03DCA3E8BBE4FBEB3BE8EBEB43C6CBD89BC253E1ABD10BD54BE153EA3BE063D273E863DDE3CD33D3D3E893E793E25BE213E9F3D7BBEB5BE173E2E3E2DBDC8BE493EC43DB13DABBD623E2ABE063E493ED4BB60BE94BE2B3E6F3E5A3E353E3CBD46BEF4BD9DBEC2BCC23C79BD193EB03DE9BD0CBED43CA73D21BD2B3E4FBE7D3EF03DD0BEE93DA43ED9BDBCBD083E8F3D38BC2C3EE33D28BC84BE8FBDACBE7DBD563D023E233EA63A93BDECBECDBD393E39BE143E16BE34BD04BE53BEE33DC0BC98BD83BE97BD37BEB9BEC73E7DBE993D643EDDBD64BE60BDE03DB93E8EBDC33CDE3D5EBE0A3D3D3E47BD183DA53C9A3E5ABE42BCB93BAB3EEB3D85BDBE3E6BBE8FBEC93D38BE013FF63DD23D463E893E9ABC9DBE1ABE7D3E23BEB0BED03D6EBDC63EA73EBDBC833D873CA63D70BE823E9A3E3D3C76BEC23DC1BD84BEB6BC84BD7D3EFDBD06BECDBD09BE5B3E753D26BE05BE42BE4DBDF33D1ABDCABD8CBD843EEE3DF83AA4BE0D3E6A3ECD3D333E5ABE7C3EC2BE81BDB03D27BE7A3E90BD43BC813E1F3E3A3EA9BEC73D423E29BE9D3D623E6ABE5BBE273E1ABD8FBDFA3DADBDC73EED3D4CBE2FBB513DBEBEDEBD73BC27BD183ECEBD633E95BECDBD0EBD47BDF5BE5A3EEEBDBABD053D9C3E5D3D3E3DA5BEFCBB773B36BE3C3D9D3EB4BE973B10BE4F3EAC3D4DBDD83D87BDB1BE433D903DDBBE943EF5BC383E44BDB93D6B3E5BBE683EC8BCA13D023E25BE123E9B3EA3BE9EBD2EBEF9BD52BE303CE2BD94BE6F3E2D3ED43D8FBE133DD63D2ABB90BE933B833D60BDD43D6CBE6C3E203E8C3E813D94BE3E3EE93C9EBB38BE253E9ABE113E14BE6DBEECBB163E8C3D1BBE90BEB63DBE3EE93CCBBE283D4D3EB9BEDBBD563EA6BE093E833D8C3E99BEDD3D3F3E96BDD43C423E17BE31BEF43CD13D76BE1CBDD5BE4C3E4BBE4EBE4F3E823E8BBEE2BD163ED5BDA4BD2D3D00BE22BEF63C8ABE42BE833D9EBE21BDE8BD2DBE1E3EA0BD8CBE86BEBBBE503E12BE593EA2BDCB3E7BBE64BEE3BDC4BE95BD9ABD343E7DBD2FBE01BEEFBD223DAD3CCDBDC5BC243EBFBDA3BD9EBDF3BD22BE963C033E1C3C98BE553EB9BC4ABDAC3DB2BDF1BC883EB53C083E55BEE7BD45BD473ED3BD33BD79BEA23DCC3D97BE0E3F7C3E26BE83BEA83D233D27BEB83A003DA33DCF3EBA3E84BE8EBE683E40BE013E72BCF5BD5CBD08BFC4BEE43D7ABDF5BEED3D813CF1BE3C3E64BE543DAEBBD53D4CBEFABC2F3E26BE643C7ABE19BE453B52BE1B3DA5BE443B453E823C633E5E3E823E64BE5ABD6EBE1ABE9B3D193D87BD503D633EACBDE03CA2BD03BDC9BCDCBCC83DD43EC53DB43E5BBC913DA73C4A3E953E87BE783E93BEC5BDD23D9BBED13E62BDCCBE553E483E23BD263EF13DC9BC14BE053F97BD13BFA33D513E78BE983E89BEC73C03BC9DBC49BDE4BD5EBE1C3F00BE3ABD133D00BE833BF03E3EBE76BD263E193D8EBCBEBDEFBB03BF213E253DABBE1C3EB53E2EBE1CBE03BE033D30BD8E3EC73EE3BD3FBC40BEC6BDEBBC26BEEB3C33BF47BD41BD81BE843D30BEDE3D5E3C3E3EAE3DA2BD28BE113DBF3D9ABE6B3DDE3B5B3E5D3DA93B36BED7BD63BE533E90BE40BE4F3D223E66BD81BCAE3B583D88BE2B3E73BE63BE2B3C673E2DBE48BD8E3E28BDCCBEBB3DFCBD91BDF93D1B3F24BD9DBC39BD4E3C85BED0BCDEBEA73D173E1DBE773E023FE9BD54BEB93DC7BE48BE743E463E01BDA9BD03BFA1BD3EBE79BE8CBD893E3B3D04BC9FBD093D99BEDB3DA4BD233DBDBBCDBD21BD9DBE103E2F3D6F3CB43D8EBE8BBE77BDA53D70BE5EBCD2BD3ABE1B3E423EAD3E0ABE44BE54BE45BFC2BC7D3D613DB53C1ABE44BD0CBF73BC7BBE503E293AA7BE403DA13E313C34BE9DBEBEBC923C5E3E88BE36BE913DC43DDA3D97BE32BE683EAC3C4EBE043E81BE493EA1BD82BB873DC6BB8EBEEBBD2E3D803E6B3E4FBDCF3D153D5CBC61BE7EBE2ABDAABDB4BD353E863EB4BD86BE3EBE0C3E833DAABD91BDC93C30BE25BE83BE3C3DB6BE963DEFBDC7BEFE3BEC3D21BEB0BDBBBE7B3E903D45BE193EA2BD9A3D1C3D03BDF1BC3B3E32BE6ABEBEBD9CBD2ABE4ABEABBEF3BDFDBC64BEF63C8F3E343E4E3DD1BD323D843C403E51BE38BE74BDC33EA53DCE3EE03C3FBD67BEA7BC6ABD6EBE493E9C3EFDBA5E3E953E19BE743DC9BEE4BD69BE15BE3DBDF03DAFBCB93D9EBC30BD313EC6BDDB3DBBBD06BEE0BDE93C3ABE153D31BE2FBE453ED8BD8E3ED1BE563E463ED63D8A3D993D873E37BE32BE273C5DBE9E3DB73D7F3D7A3EB63EEC3CBF3CA03D15BEE83D9CBD033D56BE5E3D193D4D3E1EBD673EB63D2FBE013CA03E8F3C283EEF3EAEBD41BD863E6F3EADBD05BD8BBED3BD3C3EDA3D923E85BE983E1C3E1D3EF4BD323EC33D043E92BEEE3E7BBD86BEBE3D81BE3A3D1E3ED0BC903D81BE01BE933CD93D433D7B3E51BE0E3EA13D1E3D2CBE99BDC5BD133E953E163DE2BD9B3D2A3EF43D36BDE43D6EBD2C3D983D80BE1F3C993E18BD3C3D423E9E3D713D2FBE87BEB53D513E043B883E99BE933E8C3D9F3D3D3E073F313EAFBD873E90BEBA3E883D033D9FBECEBEB5BE993E453E653D873D273EDEBD56BEAFBE663E183E933CAABE3E3B163E7BBE413E5DBDB1BD823C0ABEBDBE",
      torch_tensor_64_32_torch.bfloat16_1: "0x02000000623E3D3E1D3E52BD243C013EA0BDB83E163E57BD5F3E1FBE7BBD213E32BC33BD683E81BC853EA0BE1FBE9F3DEEBDA4BE17BF833D8EBD62BE803DA3BEF7BD873E04BE953E73BBAE3D35BE113E843D323EF5BDA23E17BE68BD933DD2BC91BE323E59BE84BD863E7DBE95BD083FEA3D223B0C3D21BE3ABD85BE4ABD8E3E9E3D97BDA83D80BD873E48BDA63D813E8DBEA73EAA3D16BEF4BD95BD9ABE0B3E8FBE69BDE3BCA33DF33B0DBD3EBE93BE03BD823D3F3EA0BE9D3E873E97BE39BD1D3D533EEF3CA4BE30BE48BC903D17BEB33DDBBE753EF93D283E2B3ED5BCDE3C083E813E8B3EF0BD03BD833D5BBE273E50BE97BEAB3E28BE49BDEE3D54BD85BE1ABED93DEB3D093E40BED53E153EBD3E433D3EBDA93EE4BEEABDFDBDD1BD59BE923D703DF8BDC93E17BE24BC77BE183E223DE7BD2CBECA3C04BE5C3D67BE8F3EF93E063E45BE08BDBABE963E593C893E04BF1A3E133E4ABE8FBDE43D443EBABDEC3D30BC983E853D60BD723ED33C02BD70BE5FBE3E3E243E88BE9B3ED13D933E93BD68BD17BE763E06BF20BE1BBEE63D2A3E913ECBBD223DE0BCD83D5F3E11BD2DBE9F3E183E8DBE8B3D60BE183D0E3E793E69BEB33E113DA6BB84BEE4BDF53DC7BD703D91BED8BBA23EBEBD3D3E013F29BE96BDA2BD8FBC813E763E913D85BDB5BE783EDBBE4DBE4CBD06BEEBBE793D83BEE83C283E85BE4EBDBFBD343D0E3E023E783E94BEB93D58BDB8BE1ABE6ABE8FBC9FBD7CBE463E94BDCBBDB83C82BECF3CA23E593D02BF073E1BBBE9BD97BE863EA33E153E7A3CD4BD17BE673E703EAFBEEBBD5A3E133EC53D9D3EA53E363E97BEB8BBB7BE6FBEACBE1D3E05BD453BBCBD5C3EC13B0EBECC3D27BE993EB03E74BE0A3E56BE01BFB43D30BE6D3E80BE19BEB43E443E6F3ED43D86BDEEBE273DC73DBB3D823E3ABE0A3E52BE2B3EFB3D22BE303E30BE98BEBFBEDABE67BE71BE8EBD26BED73D853E3ABD9BBE5E3E73BE77BDDF3D2F3E91BDE73D483E533EADBD673E65BE82BECABD0E3E80BD8D3DDFBD7EBC883EB8BDCABD473DF4BD94BE97BE36BEB1BD553E30BE0F3D043F04BE55BD8EBDDBBEC1BB283E573E5DBE89BE4E3EBF3E6B3E1D3D7CBE563E72BE72BEBABE0EBC78BE2CBE7F3D653D233EF1BC96BD2E3E25BEC93DD33D30BCF8BE8ABDFC3C213E363ED2BE843EE13E953EC23EA3BE6EBEF33D68BEBA3D28BE213EAA3E76BE81BE58BEF4BE88BCFCB922BDAD3EE3BD1BBE97BDA43DB1BCCC3D81BD81BEC03DDA3B2CBE3E3E053E9B3C623EB53DB43DAC3C6DBD22BB013E35BDCB3D183D4C3E6B3CD93D523E54BDA53D10BE7F3D6EBD3F3E673E713D16BE6F3B2EBE473E58BB0F3E94BEC5BD1ABD80BDE63C093D0A3E893E95BD78BE713E71BE463CE13EFF3E3E3E72BD103E7EBD20BE63BDC7BCA83E7C3DA63E753E93BE5CBE64BEB83E943ECE3E8E3E27BDE63D15BEBA3D8DBDB7BDA53E59BE0B3E3ABEC03E60BD86BC933E663E093E6D3D95BE913C4C3CB53D95BD0B3E403E8A3C853DDABE3FBD84BE45BE6C3C9CBDC43C11BEDBBD05BEB33D5ABDADBE6F3D46BD6C3E99BE853E31BE15BDC93DD33D903BCC3EDA3C43BE123E2E3E62BE673E43BE1BBE6CBE033C363E833D19BEBFBEFBBEF7BE3DBE903DAABDB3BD3FBE7DBE3F3E8A3E6D3EC4BD8F3D773E97BD89BCE3BDA1BE18BEC03D16BD8B3E88BE7CBD103CC3BC51BDDBBD143BACBD95BEFBBD7CBEFFBDBBBEFFBC3DBD3DBDFB3D60BE39BD91BEE7BDD2BD9EBE263CD1BBBB3D6A3E29BE68BD483D81BE20BD5A3EA43D993B60BE80BD0CBE623E8B3EAF3DEC3DD9BB983E4D3E653DA8BE093E30BE94BDD9BD5EBDCBBD27BD7F3C173E2CBE4A3D623D1ABEF13D9C3D73BDD23D44BDB1BE823E85BE763E4DBED83D4FBD803D3B3E27BE893D283E4F3ED03C91BE453B49BD983E413EC73DBB3DD2BD83BC5E3E65BD0C3E443E8F3E973C293C893E0BBE8C3EFABD8ABE50BE10BF66BE1E3EAEBD6BBE74BEE8BDD43DC93E19BF773E23BEC8BD11BEBD3D0A3D5D3EA03D31BE1CBDC93C33BA8ABEAEBEE53D3D3EDABD1B3FE6BD8E3EE63E99BEB2BD94BE783E26BECBBE0E3EBDBD09BE45BEEFBE043E31BDB23DBC3EB1BE553EF1BCC3BBD7BCE13DF03ED73D05BE413D2CBE34BE213E513CDBBD903E08BE903D923D9EBEC63D3ABE1DBD373EFF3D37BD8CBE5C3E05BE21BE04BE023D90BBE5BEA43E1DBE9CBB8ABEB6BBCC3E833E723E82BE903E013EC23DC53D46BEAABE953C6ABEA7BD99BE4BBE08BE86BDD73D5FBE7E3EAABD85BEE0BD6BBE6B3DB7BDD2BE853D1EBEF83E22BE82BE28BEC43DB3BE63BE3EBDD8BED43D02BF963ED93D54BD8FBE35BD053E6E3EE63DC63ECC3DBB3EB8BD433D25BE8F3C1A3D4C3E233D603E5DBE353E8EBDEBBE123D64BD2CBE12BD86BEFFBE1E3E503DB1BEAD3ED0BD59BC1BBE39BD033E6D3E003E993C19BE0F3E1B3D43BE03BE96BE83BCD6BDAEBD75BE6FBE4ABEA13DA83D63BDE33E753E3ABEB93D8F3D83BE3ABD383E55BE6CBE2B3EBFBDA0BE7B3EAFBE1DBE0B3E0BBE4DBE6B3E223EBEBD373E97BE84BE973DE9BC80BC033E983D3F3DB43DE2BCAD3D94BE313DADBE213E1DBE82BE01BE91BDB53D0B3E123DA93E88BE6C3D143C10BDACBD933C1C3CAABE933E003E67BDCCBCAC3DAFBE12BEABBD673E653ECFBE5D3E343EA33DC5BD6ABEF73B823C0A3E743D85BD453D98BE933E053E983E84BE903D843E093EE53D293E003DDDBE8ABD3F3E3FBD22BEC33D223EBDBDBB3D013E1F3C8C3E223E54BE1CBE8CBEA6BD47BDF8BE763DE5BE683E953C1F3E5FBD503E2FBED03DC43D2FBDE93E6A3E3EBE1DBE0EBC62BDA93E4F3C873ED1BE0ABE923EC1BE8D3E733E28BE083E08BFF63EA3BE803E4EBE903DD0BD77BE4E3DF7BE4C3EA43EB33A8E3E903E06BED13D413E7BBD58BE023D3E3E61BCACBE26BE253D783EF8BB11BD20BEF7BDB33DED3D653E5C3E4F3D4E3EF33D8ABDB03DA8BCE73BA43E3FBD4DBEEABDCBBE36BD1EBDBE3D243DD5BC0DBD3FBE893E75BD03BE54BEAD3CD8BE7F3E9EBD8EBE97BDA3BE6F3DA5BE34BD903E4D3E8A3E883E8F3CB33DB83EAB3D363E453ECCBD383A2C3E953DAB3D33BE1EBE7C3E953E02BD12BD15BD83BE2FBD0C3EA43E6D3D123EF4BB7CBC85BE813D0D3D8D3E02BDAFBDBDBDBCBD54BD2D3E68BE943EC73D5FBEFFBD8DBDFEBD2C3D0FBDCFBD5A3E343EA33D243E883D0A3E8FBE1DBE993EF53DCBBD063BB4BE763EF83EED3D553D85BED13DB63CD83C27BE1C3E3ABE99BD98BE923D77BE6CBD4CBE343ED33D213EA5BD3FBE963D0E3E243DA4BEDDBD25BE2FBED4BDA03DD3BD0F3E0EBE1EBE3E3EDB3DCC3B97BE37BCF2BB0C3E89BAB53B14BE053D10BE693E303BFC3D273E66BE28BC86BE1FBEB93E9C3ECCBE48BE873CD93E1E3DEC3DBEBDD4BE25BEA43C2B3E0DBDA93EE8BE02BE0E3EC63D863D3B3D69BE0A3E36BE35BEF8BC3E3D8C3E333E8ABEA6BDD1BDE73D01BD813DDA3EE13ECCBC663A96BE6C3EC23EA7BDCBBEDA3EE9BD693E003EF03BA43D2BBE22BD09BEA7BE82BE99BD22BCACBB113EDEBD6C3D723D7B3E9CBDA8BE2ABE2CBE343ED0BE943DCCBE5F3DC9BE9ABD863D063F31BDC43D943E4ABE7EBEF7BC053E4FBEB33E323D02BED0BDA4BEF4BD963EDFBD4D3EC7BE093EA8BEA13EDF3DB2BDD53D85BE37BC5E3D6EBC813E6FBE1FBD01BDA8BCF9BCAFBE44BE883D5ABC513EFD3E543E243E2B3EA43C15BEB1BDC03D003E9CBEA7BD68BDC6BEC8BC3EBE79BD87BC0CBE913ED5BD0FBE303EEF3DFABE6B3E113B143E68BD7F3E6D3EB43EF93C5D3E1EBEF83E7EBE09BE4D3E6BBEFF3DFC3E8B3E6B3A76392CBA323E663ED13CAEBEE93DDE3CD13D8ABD4D3E483D0BBE9BBEE4BD8DBDCA3E76BD65BE913EB4BDD43EE1BD0D3E5ABE53BEDFBD56BE09BE2CBE2ABE693A3A3D833EB03E0BBE78BE113E9BBDF73DCA3C05BE93BEE4BE1ABE84BD243E12BD8C3D97BDFFBC893E933ECE3D0D3EACBA37BEEBBD3FBE323E2C3DA1BE6FBEB83D9A3E82BE54BE94BD923D87BEF3BEF5BEEDBDDEBE5D3BA5BD323D023EA93D45BEBBBDE6BC593E383E003D1B3E643D853E843D8F3EBABD413E0FBEBCBEF8BDB3BDA43DA8BC15BDBEBD59BE183CBDBDEEBEAA3D0EBE223E3DBE5C3E063E42BED0BE6EBE7B3C12BE2A3EAF3E38BE523EDCBD63BD3ABE9CBEB4BDE93D02BEE2BE2C3E3D3D29BE963ED63EC1BE4EBE78BE2ABDFFBD133E733E6CBC78BE14BE823E1F3E843DC7BECFBD1ABD9FBDDE3A8FBE643EBF3E673E423D103EF33C90BE24BED93C913E37BE3D3EBCBD3A3E64BE8B3D5FBECABC753D0EBDA13CFC3D7CBEC13CB6BDBF3C84BE963EF23DD23E8ABD903E263D413E99BE463E0A3EC4BD83BE923E01BE8A3E08BEF1BC213E193DBD3D7DBE71BE043E773EE8BC753C89BE313E433EFD3D663E253E303E34BC44BD41BE96BD3CBD97BD2D3EE73E3CBE98BE0B3D09BD023EA93E143ECB3DD5BE863EB2BEBB3C633E733EB43D14BD94BDBFBD993E4CBE5EBD50BD9EBCA03E65BE0C3EF13D743E05BEA3BEA33D0A3E25BD353EACBC83BE063E87BE62BD5FBDE73CF53C8EBD0D3E08BB963DBDBE1FBDD3BEA7BEBC3E293E6F3D8B3DB4BE363E563CA8BEA83D9D3D8B3DAEBE01BF79BEA53C463DCF3D0E3EB2BECD3D0BBFC03DFE3D353E203E8F3EE83C0D3E043E25BDA5BD033E033E153EFB3CC0BE62BE173DBD3E1ABEF23D223E64BCF6BB66BE583B13BE793E6A3DB7BED43E23BE5D3EA83EC43D0ABE29BEDF3DA6BE5D3E41BE47BEDD3EB2BE8FBE9FBE20BDBB3E95BD09BEC03E053EB2BE4BBE88BEE1BD61BE99BEAABE313D7DBD3CBE14BF34BE953EF6BDC03CC73E64BD5B3D92BEB7BD95BDFEBC15BD203E74BE913D2ABEEE3D0B3DA43E43BEB83DC63DCC3C1DBEADBEC13D353E073ED0BDBABED63D283EA43E0EBF6FBE0DBEA7BE853C53BE913EC1BE19BD14BEA2BE7F3E183E523EC43D653C423DE9BD77BE793C193E54BE023D78BD183EC4BC073E253D8BBE27BEC2BEC63D393E8C3E02BE5DBC793DCA3E91BED5BEDB3D373D363E7F3CC8BCA03B4E3EA2BE2CBE4C3C1C3EB03D61BEB5BDA83EC0BDC73E1BBE703E0EBE5D3EEFBC5A3CC13ED9BD4EBE683D2D3E203E6FBE393EE03DA63EF83C223E713CDB3C7A3EEDBD123E9D3E5ABEAFBE033E6ABE81BE8F3E18BE3BBE3ABD7DBEC1BDF13DF4B97EBEDD3D99BDE6BC4CBE03BDE9BC123EA03B893E7B3E0B3EEA3DC13E613E273DDDBEBD3DB53DCFBC6D3E29BE02BE1ABFB13CFBBD2F3E043DB53E1E3E033E4E3D0B3EBB3E88BDDA3E34BB40BEC2BEBCBDBDB86ABEAFBE1CBEA53B87BEB83D913E83BEF8BD3FBDB6BDA2BEDF3ECC3DC73DA53D6A3EBBBD42BD26BDED3EFE3DB3BC873E8C3D013ED0BED9BD36BE693EC83D8BBE223B023EDC3DBF3C8D3E58BE72BE71BE713E38BE09BEB23D56BE98BD5E3C9BBB0CBCCABD08BE7ABC103E533E723E7E3E043EBB3E5C3D72BEEA3D6F3EF53E2CBDC8BD51BCCE3D173E0CBE993D91BDF9BCFD3DCF3E653D20BD383E353E463E7F3E043D663D64BD1BBE48BE25BDDABD58BE993D07BFDEBD3CBC9F3DEABD69BEA2BDC5BD9BBDC2BB83BEED3D4BBE2BBC3B3EA7BE3ABE33BE68BD513E48BD683C32BE423EF4BD963E64BE98BE9BBE03BE20BE7BBE043D9DBE0B3D5EBE10BD0ABF1A3EB93DCDBBBFBCF7BD02BE993EBEBDB3BD7CBE903D39BEEB3B733D2C3E0A3D903D4FBD593E3A3DF33D0C3F393E26BEE53D0FBD9EBB8DBE8BBD1BBEA4BEAF3D893EE43BA83D7ABE5BBED93E9BBB913B2ABE4CBEC1BE",
      torch_tensor_32_torch.bfloat16_1: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_32_32_torch.bfloat16_1: "0x02000000A03D1D3E4FBD51BEA8BDD8BD4A3D573E7DBCB1BD713E323D9BB946BEBEBE06BDC2BE1ABE6E3D2B3D94BCB43E9F3B90BE8DBEE5BDA33E1CBE9D3E28BDF1BE143D713D82BC7DBD18BC133DE2BD183DB33D75BE113D3DBD59BB98BEADBD23BE29BE6BBEAC3E8FBEF83DBD3CA4BEDFBC5FBE56BD733E47BE773E1D3D84BD0A3E313E153E653E9FBE99BE86BC06BEB63DB93C293DD43EB2BDD4BE093EE13D363E09BE5B3E913E863E6CBDAC3DB4BE52BCF9BD6CBEA5BA393E9EBE4CBEAE3E853D883D16BD033E87BDCE3D3E3E923EAE3E56BEE03D853D4A3D14BDADBE813D2D3EFABDC23D533D08BE853ED8BC6FBD8A3D573ED73DCE3EC4BDF93D5F3EFDBD8F3E5BBDFA3D80BE263EC23E033C633BB1BBE5BE63BD7C3D803C98BC913EA43E80BE1CBE3C3D99BD913D29BE933D4EBE6C3DAC3DFABD76BEB43E643DCC3D61BE0F3ED63CA63D39BE50BEB13A8ABD573E483EDABD113E513E7F3EAD3D18BE2F3EA9BBA1BEF63D8BBEB2BCAA3CEEBCB13E04BE3BBE593E99BE6E3EFB3C213E263D28BEA23D8FBE88BD8BBC11BEDE3BC1BE013DD13D81BE12BEB7BEEF3D98BD3CBE29BE7BBCD03D853D7DBE0C3E1FBEBFBE733ED93D423E45BE833E26BD82BD7F3E90BE063FAABE97BED8BC93BD50BE35BEC0BD2BBC633ED3BD303DA33EAB3D93BD073E023D483CB93E60BB40BE2CBEA93B213E78BEBF3D02BE193C143E3B3E7DBDA03D823E42BECBBDACBBAF3D063EB8BED03EF1BE1A3E94BE063AC9BD853DAF3E5ABE0CBD47BE393D303E66BDC53C223E3DBC9B3C643E693D05BD68BD943E5CBEC33C45BE5ABEBEBD0D3D22BD563E153EA13EF6BDB73DCA3D9EBEFCBB16BE273F993E583E4A3EA9BE77BEC7BDD23E8A3E4DBD783EAABE2C3E7BBE593DFCBE80BECE3C43BED43DE1BDA4BE9B3E6F3E3CBED13E13BE84BE23BE0CBDDCBE123E493E15BDAD3DACBC673D8BBC313EB53D6BBD383E963E3DBEC93D4BBC833E40BE1B3E4EBE893E5FBE143DCBBCB8BE2B3B42BE063EADBEB93E003EE0BDBEBB753D113E223EA33DE23D553D57BD423E873DA6BDE3BD2CBE263D29BEDD3E10BE693E5ABC2EBE0ABD83BE3A3E433E663E863E163E183ECD3D1B3CA93D90BE533D58BED53D973D85BE65BE4C3E22BE58BE83BD8EBED23DDDBB773E9CBEE33CF4BB76BE053E52BED43C72BE2CBE85BD673E5FBDB83D623E50BECD3D513EE5BE093D00BE3A3E26BDD0BA593EDCBD8EBDABBE943DF43DFABB053E0CBEC9BC3D3E2CBEA5BE743CDC3E33BE25BED73D4BBEBEBD363E053DBE3B0FBE453EDC3DD13DA9BE27BEAD3DF4BCE93E993DDDBDBCBD303E5A3D90BD0FBE33BE863E46BE623DE0BD18BDB43CB63DD33B67BE0F3E0CBE8FBE843E71BE8ABD6EBC1EBD7ABE313EC1BE883D15BE673D3A3DA43D52BED53DD23E7DBD3F3C30BD91BE09BEB9BDA6BE803EA3BD903EE0BC2DBDB73E253DA5BB4C3E443E413D3E3E703ED03D743EA5BE9C3E82BDC93D06BE543E543E203E7CBE37BE8BBE863DC03BC1BD0F3E2EBE3DBE40BEC3BE41BEF8BE2CBE1D3EF23D8C3EFDBE3C3D17BD17BC21BD583E5F3E563E9E3D3D3E5FBD8EBEAC3E043E203DAEBD843E553D17BCEE3D2DBE693B073DB73DAA3D64BE313E4A3E1B3D7DBDC8BEAF3E11BE95BD95BE4DBD2BBE573D903DFE3D6FBE953D393E9F3DCB3E33BEECBDC8BE4CBEB33EFE3CCB3DA8BD423E83BE1B3D883D90BD373C843E693EEE3E1DBD3A3EEEBDC0BE2CBE24BD09BE713D363E413E293EDE3AA93EE33D593E693EB13D6E3E213E953DC73D82BD023E053E963BBCBE90BC623E10BDCCBCB0BCF43C823D3DBE0F3DBABE8C3CE1BD443EB13D84BE68BE7EBD28BD47BEB73E0BBDBDBD71BCE4BDDDBD8EBD4FBEFABEC73DA83E1ABCD9BD8C3D0B3EF43D58BE133EDFBE43BEA2BE8F3D15BE01BE8F3CBEBD8D3EE1BD86BE30BE493E6A3E41BD80BE8B3EB23BC63D123B403EF1BD9F3E8D3DA03DFF3DF0BDCFBD843ECCBD403E953D21BEADBE1ABE293E0D3E873E54BE9DBEA53CE2BC563EDFBD84BE5A3D903E493D363EC3BDF73E0BBE96BC5EBDA33E4DBE85BE26BEB03D39BEF53ECA3D4F3E52BEE1BD073E3E3D7CBE153E76BC0DBEB1BD273E2ABEB8BDB9BEC53E2DBE483EDE3C09BE863D68BE153E6B3DB33B393E04BE6BBE3D3CF6BC7ABD123E8CBE663D86BEA1BD73BE87BD11BE013F183E52BE003D9BBDB03E903D493EFE3D973E393DA3BEB23D913EF33E0CBE9EBE5ABD11BED83DDFBC8EBEC63D0F3D973DC1BE5EBDA13EE83CAF3D2F3EEFBD823C3BBE18BEB1BC483D30BE1BBE0D3D9C3E603CDC3D16BE19BE13BEAABE37BEC1BE10BDB5BE60BE053E85BC253E58BD17BE78BEAFBC5D3D163E0C3D00BF873EF3BE003DBDBE863D48BE833E00BEDABD153D9FBEE53DC43DC3BE0DBE40BE52BDF2BD603DD5BD65BD3A3E013D10BF513EEEBD813DAFBE8E3D43BD913DD7BE383D3ABC7DBEA03C38BEB1BEF4BE773ED2BD8A3D303EFDBDE5BDEFBE153ECDBE8DBE21BEEC3B08BE733EFBBD9E3E6E3D90BD2FBE4BBECDBE053DB339C53E4FBC8EBE75BE50BEC5BC8E3EAF3D2FBC193D453E84BC64BED03DCCBDD13C27BE953E03BD5E3D59BE5F3EA13E0C3E14BE0D3DE0BB8D3D973E13BFD2BD1DBEA23D503D42BE28BC01BEB6BE6BBEBBBDBFBE01BD2DBEA0BE453D4DBCB4BE053F8FBDA63E7F3EF6BCFC3D963D1EBE1ABE57BD833E04BE0B3E95BE71BECF3DE03D14BEC73E3A3E05BEC93EBABD153EFCBE37BECDBC9ABE11BD0FBD303E1B3EA7BD91BB643E20BEB6BD50BE0B3E313E1A3E0B3E5EBC94BDFD3C063EAABD203E91BE2F3F86BA143E61BEC1BE30BEDB3E923E123D36BEA0BC6D3E953E13BE10BEE0BE633DBE3EF639F2BD103E923EE9BD58BEFF3D183E233E173E6F3E903EA63D",
      torch_tensor_16_32_torch.bfloat16_1: "0x02000000463D1C3D9ABD463DBC3E9F3DFE3CC83CC23DA5BD5B3EF13C053F313E7CBE8BBD41BEB13EBDBE33BE93BD463EEC3E9A3E2F3E34BD103E70BE6A3E5CBE69BE13BE0E3E1E3D9CBDDC3D06BE343DB03D483EC13CBCBD4FBB8ABE083F183E2E3E713C333BC13ED4BDC6BD613E353E18BEBEBD31BD0ABE0CBEAD3E9DBE33BD943BB9BD4FBE3A3E66BEEE3E643E0FBE093D12BEE5BDBD3DEA3D72BD8E3E573E3E3E643D57BE0EBED2BD773E7ABEBB3D063E1E3E943DBABD54BDE33E06BE8BBD1EBE663E27BE3DBDCB3D3EBE253E743D9A3DCBBB19BB3B3E8CBE7CBD31BB283E823E5A3E41BE41BE0CBEF1BE5C3E303C6EBE99BD21BF1CBDCE3DD8BD633E9A3EA63ED9BD28BDC73C42BE023EA63EA3BEFDBD22BE293EDDBD833E7ABDA1BDAFBE23BE5C3EB13E193D513EBC3E6A3EC53D0ABE0E3D8CBD593D2DBE543ECE3EF4BDC7BD213E283E04BC04BE873ED33D8D3EF23C1C3EDD3DC43C6FBE633CAD3D483E3ABEBEBE883D683E843E203E12BEBCBDCDBD443D8C3E793EC4BD92BE91BE93BCCDBDBA3E95BEA23D573E1E3EBB3B01BE613D41BE1A3E8D3E89BDFBBD71BE3BBEEF3DC0BED23E9EBED53D2D3D6D3B71BDB3BE3A3ED9BCA13D15BE70BE673DAC3A813D4C3D75BE0EBC543EAB3EB13DBDBE063E753D103DDBBC15BE593E2CBEABBE073E9DBE3E3E66BD583EE8BD06BA9EBDDEBE32BE8E3E89BEECBDB9BD7B3A0C3DA5BD8DBE5B3D223D3ABD023E8D3EC83B843ECA3E893D01BD893EA8BD173EA6BEFABD6BBE58BEAF3E5D3E94BD2C3E283F323EB23D6ABD863E8D3C89BECBBC57BDECBC253BC5BE24BE6BBE753E4B3E63BD943EFEBE88BEDC3D14BE0ABFE73D9A3ED9BD02BE9E3E263EC1BDE83E9C3C423D2DBEAABD39BE713DE9BDB1BE2E3D373EDABDE73C8B3E793DD6BC8BBE0D3D35BDC2BCB73EAFBD8C3D843DC9BE10BE9C3C8DBD863E29BDD1BEE23C50BE9ABEC23E33BEF4BD073EBC3C8EBE2F3BC1BE2BBE96BECFBCA83EA8BD4ABE58BED7BB40BE9C3D29BE68BE85BB113DA73ECCBDFC3D0B3EC8BDDDBC773D33BE8A3E8C3DFFBDADBE1A3D8C3EAEBE10BE87BDD03EFE3D833EE4BD35BEDDBE2ABEFDBCC3BDD93ED33D413E49BD833EA73DA8BE363ED5BBB0BE6BBEACBE993D47BEE93D9CBD1F3E513E22BE93BDAF3D96BE0ABF383E3CBE1B3E483DCDBE683EECBC003D463E93BDE3BD913E9FBE9F3E42BE983E20BCAB3EBF3E1CBE9DBD1CBE8D3D163DED3D1CBEBA3E77BD12BE59BECABD9EBD663EDEBD3A3C12BE11BEA0BD933EB83E05BE313E3BBD5E3E9ABE7A3E6F3ED13E73BCF1BD9DBD013D82BE4EBEFDBC00BE103E47BD793D1A3E0ABE6FBE9F3B82BEB13ED53DA03C14BB9D3C683EF23E2A3E753DF6BD5F3D4DBE2B3E633D613E9E3D91BEAFBD76BEFF3DA9BCB5BECBBD9D3CAEBE85BDFBBD133E37BE1C3D38BB133EADBEF3BD39BE4F3E",
      torch_tensor_16_32_torch.bfloat16: "0x02000000D5BC673EF9BD45BD143E31BDBB3E853D943E93BC3ABEA5BE1BBEF23DFDBCDD3D60BEB1BD9FBD49BE73BEAF3EC33D59BEE83D8ABD553D27BE18BB173E133D593E82BC45BE973DC53E72BE833E82BA283E58B9323DA8BEF5BDC73DB3BDB2BE12BE8BBE0FBE663E843E723EBFBE263D993E9B3D2D3EB43EFFBD3A3CD1BE35BEC83C1ABFD2BDA3BEECBDFABD5BBD5BBE2EBEEE3D23BDB5BD99BE54BE90BE783EB2BEC43D10BF60BA55BE33BE9BBE37BDD23C37BEEF3D3D3CC4B8EBBDA03D033F05BE01BEDD3D893D8F3E03BE163DEDBBCD3E933E933E613E63BCFA3DF13DF33D09BE3F3C8D3B4FBDA33EC03EA7BD5CBE533B6BBEB23EAB3EBB3C023EA4BC8CBECFBE0BBCC43D56BE3B3E003F85BE7B3E1B3E7ABEE1BDC4BD373EB1BD1E3EB03D1E3E77BB0B3E0BBE6A3D52BD523E453EA83D91BD89BECC3ECE3D213EFCBDDFBE27BE94BD453E52BE743E95BD27BE893E713E723E883E593C923ED9BC1DBFECBD083E073E993EF23E8F3E6EBCFDBD1D3DB43E663D293E62BE193E0E3E043EFFBD18BD493D753D85BE0E3E49BE29BEB03D883E003EADBDC8BD81BE983E9F3EC23D613D573E8C3E953EA1BDA6BE3EBB8DBE78BD9C3E863E8D3E7DBB8EBD33BC133EEEBEFFBD01BE60BE5CBE30BE963DABB73F3ECF3D15BC78BDEC3E8EBE52BC62BE183E443E0BBE4DBE893E71BE323D0D3E833EC03DE43DC3BD683E483E7FBE7A3EEABD17BEB93D1CBFBB3CC13E4ABE0B3E74BD8EBE38BD0F3F3ABEC0BD7C3E44BCED3D95BDC33E963D803ED9BD2F3EB33CB5BD673E03BE053E84BE52BE66BEE53D3F3E653D86BE01BE443DCCBDB7BE78BE8EBE07BDAE3E22BEBC3E0DBE98BEF4BD0E3D233E393DF43DEC3D1FBED3BC6ABDD03D94BE303E9DBD1E3E8E3E8E3D1BBEC0BC983E2CBEE23DB4BD8B3E9BBD0BBD023E87BD3ABE913E883C003DBBBD04BE41BDF13D3C3C60BDD3BEEA3DCA3E08BEAE3E91BE9D3D47BE96BEF83DA8BB84BE093E1B3D57BD883DEBBD6D3E8A3D563E03BF173E81BE1C3DBA3BC5BD953D8B3D813E28BEA8BE61BEA3BD8DBDA23DBA3DC53E26BE07BDC53D03BFBA3E15BEBDBDA2BBA33C8E3EC23D90BC9EBD69BD71BEC7BEA93EE33CE8BD4F3EF13D28BE78BEF5BD03BF98BD733D01BE08BE833E793E88BED93E3BBD253E3EBE1A3E0A3F3FBDB3BD403E5D3DF2BCAFBD233D0A3E453E53BE6F3E37BE7EBE0CBD82BE2A3E9CBD563E873D6D3E603EFB3C24BEB43BA53D313DF93D4C3DCFBD8C3E113E91BE873E543ECC3D473E0A3F4E3C44BEA3BDE3BE3FBA72BE113E63BD843C023EA63D3A3D1EBE6F3D68BD963E90BDCC3D29BE42BD9F3D963D8FBE3ABEA73E09BE363E023CD53C12BE3F3D253EA43EA33EFDBDA4BC6E3ECC3D45BE083ED23E583E8E3E853E343DBEBEB53E183E73BD50BDB7BE86BEE93D3A3E57BEC3BC4D3D4D3EA83E893D4CBD",
      torch_tensor_32_32_torch.bfloat16: "0x020000009EBEBEBDC63E1C3E2A3D9EBD07BE1E3D07BF833E3FBE0F3C9B3E89BD503D97BD3D3EC43E00BE8ABE3E3C8E3E9EBDD33D1DBE273E3D3E98BE603DCABE2BBE8CBE683E1A3D7EBD663E0D3EAB3D363B783E283E8DBB07BE553D453C8C3DDCBD6D3E3BBEF93D4C3EF1BDEB3ED83DA83E20BEA6BED3BD87BC42BEFF3EF03D6BBED83CD4BCC4BD6A3DD83D66BCEEBE853E1EBE0FBE973D33BC3C3ECABDFE3C66BDDA3D8ABD90BE163E2EBD8DBD55BE1EBE063E51BEA7BD64BEA83C77BE67BE7DBD7C3EC63D10BEBDBCCABD56BD04BEAABDF7BCA23DCBBEB5BD8ABE373E8E3E473D483CAEBD763E793C0F3E3EBE703D1B3D01BEEEBD98BD013DAC3EA63E603E393E7E3E07BF893E7D3D00BE30BE2DBD153E263D62BE91BDC03D22BDE0BDAE3DBABD96BE7E3E02BEB3BEF9BC483E5EBC79BE13BD003EA4BE673EA23D51BB26BE223D4E3E443D1BBE8C3E09BE63BE403D2FBEB6BD0FBE2B3E553EA33E333EAC3C2CBC6ABE003EB13EFA3E413D643E24BE77BE2A3E15BE72BE2ABC66BE793CBABD83BEDABE163E8CBD70BEE3BE623E97BBF03DEABDEB3D22BDDEBEA73ECABE4EBD733DA33E87BE3C3DF8BCBABD3ABD293E05BEB73EBABEE9BC2ABE1E3E60BEF03C123C61BED9BD923C87BDD33EC63C46BD013D0CBE333E57BECE3EBEBEC03D87BCA93C563E023F6A3E2EBCAF3D823C63BE913D1ABE743E6F3E51BDD6BDC83E90BD833EA13EA5BED73D74BE773E8ABD7C3DC3BDAB3C93BEEC3D01BB4EBE14BE74BE31BEBFBE3B3E36BD8EBD203EA7BD0DBE923D9A3DC6BE4FBE8DBE543EF3BE073D8E3D913EA2BE703D993DAD3EC8BDA8BE2F3E68BC9DBDE0BD363E613E8D3EE23D9EBD5EBC1C3D62BE173E1B3F7FBEB83D52BE57BEBB3E67BD013C9F3EE03DDEB9923E57BE563C903E93BC9FBE0CBF4ABD103ED03D473D693E413EC6BC043E6BBE5F3E3DBD08BD273EB9BD4C3E96BD19BE18BD74BD403D893E343E15BE41BD50BEBCBD57BD433D45BE25BEA33ED6BC44BD903C71BC9F3EB5BE49BE2F3EA43E53BE2C3E2B3FB0BEE83D4ABCB4BD8CBEF3BD23BE0DBECCBD933C113EADBE6D3E8D3EE43C88BE38BEBFBD31BD2DBEE3BC1C3E963C99BE5D3E0CBEBB3C7BBD83BDB63CCFBEFB3DBE3E15BE263D11BE54BDE9BD30BE13BE87BED43CEEBD513D833EAB3EA53EFDBB023EEABE843D663E3FBED43D3BBEAD3D9B3C413D6CBD7CBED23CCEBD22BE3CBEBC3E53BE88BD8F3D793EA1BD6C3E103E10BC8D3EB2BE09BD0B3E443E293E72BD2C3C7A3EA5BD06BC97BD8D3CD53D3E3D083EA6BE373E2B3DFBBD583EF03E83BC1F3E093E8ABDBF3C313E603E833EC43EDEBD1B3EE33C87BED5BD87BEF7BC3C3DBF3D433E953EEABE8F3C0C3E7A3DF0BD183EC53D9ABE5C3DD7BC153E08BE8D3CC5BE8C3E50BE383E243D063E0A3E6D3EFA3D2EBEB4BD9C3E35BE693E64BE65BDEBBD323E36BE25BE12BCCEBE38BD87BE083E543E87BE763EB1BD84BE043E09BEBD3E4C3E38BD9FBCB6BEDABD163E163E92BE44BE78BDE7BD0C3C71BC7BBE883E6C3DEFBBA7BD323E88BE09BEAABDFABD11BE883E963D9C3E92BEE03CFCBD6A3D233E473DA23E663DB2BC67BE64BC70BD8A3E513E9D3E37BEDEBE3B3D82BE1EBE813EB5BE013F02BE1A3EA83C37BEE63DC2BEA2BE5A3EE0BDDF3E04BC7B3E993D22BEEB3E8ABEB53DD23ED13D1A3E16BE03BC4CBE683D8A3E2A3C1E3EB63E95BE9B3EE53D94BC943D7BBD813E873E813EA5BD203E803EEF3E633E783E0F3EEABE76BEFFBD11BE26BEF1BC78BE913D8C3E5B3EC8BE193E943E193C073E513E2EBD0A3DBEBE24BEC6BEDD3CB23EC73DF4BCCA3ECABCA23A463DE2BD483E473E533EE53CA43D993E40BE7DBD19BDA9BEBC3C90BDF7BD6E3E55BEDF3D543D36BEDA3BB13DEBBD453EAB3D663E613E1E3EABBE883D8E3EC8BC5D3D4FBDBC3D88BEFEBDBD3D1CBC70BE53BEA2BE8EBECCBD3BBC113E483E3EBEC03D0CBDE83EEE3C4CBE86BEA3BD0C3E5FBDF93D86BD78BDA53DAC3DA0BE2CBB8F3E443C843E2FBE1BBEC1BE40BEF73DE1BDFABDE8BD0ABE213E523DD3BD6ABEE13E773D893E873D15BE253F013E9B3CA83EE4BD2FBD86BE11BD933B7C3E393E98BC91BDF83D85BE43BE6C3E8CBD013E943EF73EBEBD573ECE3D033E7F3E0F3ED3BE8ABCAD3D643ED4BE4BBE37BEEC3DFD3CA53E9EBC0E3D363E0DBE2B3ED0BD30BE713E9ABE48BE233E0E3D393EF93D64BE193E1BBD6BBD643E70BE583E36BE073E76BE813DB2BD59BE9DBE2B3D01BD97BD72BE9FBD943E2DBE103E85BC46BE003D0B3E663EFBBD493D6D3ECB3D263E2E3E97BE7E3D06BEE83DBF3DC5BBCDBE1ABD70BE4C3C2ABD7E3EB23E6DBD4B3ED23D13BE7B3DABBD43BE113E903D363DC8BCFF3B8ABECE3DC03E9ABE963E7D3E8EBD403E10BE633E9FBE2FBE2A3DE9BCD1BC0A3E7E3DC7BEC9BDCBBC173ECDBE273E133D7BBD85BE953E09BE68BDF7BEF2BD843E8C3CFA3C823E023E523C473E8E3D25BDB43D5D3EAABD0EBEF4BD323EF43D80BEC93DB2BEB3BECABD573E79BD9B3C8DBD9FBC34BE30BE17BD4F3EA4BEBBBEC3BC463E07BECB3CB0BD993E043D8F3EE03DE73EE6BE8F3E8B3DEFBE0EBD923E1E3E3ABE9B3E013D043EB9BCC83C17BE403CE63D263E8B3ED5BC433E3CBDBE3D97BE3BBD013E82BDC13D55BD9EB931BE14BEFF3D963C313ECA3D313D2ABEAEBD5D3E023E8CB95F3E333EB93EF13DEC3D8C3E9A3D2F3E8DBD373ECFBD233EF1BD083FA6BCC13D973D25BD7ABC56BE273E5F3E36BE013C6F3EDBBE883DD1BD843E72BE00BE143EDFBB96BECC3DE2BC00BEA4BEDB3CBE3EA73E323E08BC963EBD3CB3BED8BDA8BE8F3DEC3D7B3E373E82BE4A3E7B3D3A3E0C3C803E9DBEB6BCF03D04BE5C3E01BE5DBD",
      torch_tensor_32_torch.bfloat16: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_4_torch.bfloat16: "0x02000000803FCD3D243C833A",
      torch_tensor_64_32_torch.bfloat16: "0x02000000A6BEEFBD253EA73D73BC11BDD33D133CAE3D07BDDC3C843E48BE8ABDF73DAC3E123E0F3C8D3D1D3EB23DB43E3DBD793D3C3DE9BE733B713E793EFC3D9CBE1EBDE6BDDCBD0D3E583EB53D86BE8A3D933E493D45BECA3DBF3D793E31BD24BCC7BC633D513EC33D1B3ED9BD03BEF43C00BF2C3E8A3B47BD73BD84BE6F3DFB3D66BE823D1DBE97BE17BECEBC653ECABD95BE6DBECFBBC63E63BD1D3D17BE56BE95BE4CBBC2BE0C3E963E603E9CBC343E243EC93DEEBEA33D84BE72BD0A3FBEBD34BE49BEC3BC2DBD2DBC8ABE063E8F3D813EE1BE96B9AABD6C3CA4BDE13D833E8BBEF6BDA43EE63D8DBEC93D6C3E63BD4C3D4CBD9F3EA93ECB3C89BECA3EF53D063EBB3E99BD303EAC3EAABD1A3D3A3D07BD5CBE113D1FBE80BEECBE523ED43D483E8B3D55BCFB3DBBBD513E77BD19BE193DE43C803D8F3E83BD573D8BBEA0BEE03EB93EE93C023F063F983BFD3E433DA0BD763E393E30BE36BEE9BD4DBECB3EAEBDA3BD19BE13BD143DBD3D81BD143C583D003E9EBD93BEF73DA23E693EB7BD30BEBF3CF13DA9BE47BC6D3E053DA83DE43C9ABC99BE04BCA4BEE33E4ABEBF3E523E2D3EC83EE7BD833D7CBEE03D073D5CBE333DD4BDADBCCBBE6FBEEC3E3B3EEC3DE13D8EBD2F3E553EC8BD2E3E733E0F3E073E82BE083E66BE4ABEC23DFABDD6BE81BE65BEBB3D883EA53E97BEBDBE1C3DC63EEC3DDD3990BDD0BCBBBD9DBD333EE93DF7BDA9BE743EFE3CD53D093C08BDFA3CB73E88BD20BC943E3D3EAC3E05BB183E403C0A3E50BEBA3DE73D883C323D3CBEF1BD17BE63BD0D3A08BEC1BC703CBFBDF3BD0A3EF4BD32BE513E003DC3BC153E10BE13BE993E243DD63BB6BEA4BECEBC013ED8BD0DBCC33EC9BDDD3D39BDDFBE07BFA63E1F3FD0BD2CBC243E1ABDED3AC0BCE3381D3C0B3E533DB73D193E2F3D2ABD0DBE9BBD843DA8BEB23EC4BDB0BD1F3D4DBEC2BDD0BDAF3D6ABDD93C4CBE9DBED63D9C3EFA3D09BECF3E083EBD3C233E6CBD893C6ABE32BEF2BD8BBEC3BD1CBD6BBC873E823EC03D873E1FBD0C3EB3BC1BBD6C3E49BDAB3D90BE3C3C72BDA7BEADBDBF3E50BE263D6DBCFFBC003E7D3DC13D8E3C38BE023D65BEA53E603E943D40BE83BD023E93BD463EC5BE8E3D24BEA03E28BE3CBE313EAEBD3A3ED33D0CBE513DD7BD0ABFB8BEA83DA93E963DACBE69BD5B3E8ABEC93CCE3E133E1BBE603E573EC0BE7C3B173CABBD6FBCBBBC96BE3DBE5F3DB3BC13BD4CBD8ABE213D103DCCBD12BE0D3EA83CB93D95BEC13D1CBF6CBEB43C513DB2BEA53D6EBE64BEC0BD3D3CD1BDADBE28BC6DBEBEBCFFBDEEBD923EA7BE9C3DA83DBE3C11BEDBBDC13E7A3E103C56BE853EC6BD7B3EE63D9B3E093E4BBE963E8D3DC7BD3DBE0BBEC03ED2BCCEBE793E80BE0BBECD3D93BD02BFB1BDACBD653E463E7BBDB43EA53DA7BE943DD23D9E3DD5BDECBDDBBD843D873EC2BCA7BD613E3E3D9BBE07BDA83D3BBD17BE923D4ABDA33E313DE2BD5D3DCEBE9CBECD3C283E54BE763E30BE1A3DECBD9FBE2B3E32BEBF3D23BE6A3DBFBC05BE653EAFBDCFBEC13EB53DA3BE2B3E41BEAA3E86BE543E91BD73BB40BED73CFDBDB63DD0BD533EAE3C26BDD83DC13D29BE67BE24BE2B3EB6B9C2BE8EBDCDBD003ED73DD53EA4BDD93E24BCB0BDA43B633D68BDCD3D963D16BE723E8D3ED0BDAB3E18BE5BBDC3BE213C48BE9CBE103E54BEC3BD4BBEB23D98BDA23D083EF43D44BE593E7ABECE3E1DBE59BE80BEB93D473EB0BEADBEB1BE6EBE4ABE783DFABD4E3E33BEB1BD85BD8D3E873D433E443C513ED2BDE63D263E983E1FBE04BDC8BEE83EBBBDDB3D463E9ABEF8BD01BCB83EB6BD48BE07BEDABD84BCC2BDB73C143E42BEABBD20BEC03D363EC03D173DE2BD553CBB3DC2BD27BE76BD14BD473E96BEBCBD14BE043E1ABE0D3EF4BC03BEDF3C2DBE1F3E36BE9B3D2FBD51BEF2BDB9BD493E943CB2BCB63E623E7B3C3C3E573E9F3D6B3E153EB0BDA7BD1ABE63BD22BC0E3D8BBD96BD80BD9B3E39BC05BE58BCE53DA53EBCBE663EFF3DEA3DA3BE7CBE3A3EBD3CC8BEEC3EF83DA63D6D3E523E48BE813C153EB1BECFBC0FBE0ABC033E3D3EFEBD26BED23C243B733DC6BE5BBA54BE46BEC73CC43D063E3E3E433EA93B2D3CC53D35BD3F3E0BBE88BE343DF0BBB0BD11BEABBC913ECF3D96BE0F3E3DBE0E3E853D203F683D44BEDA3E733DC53E0EBEC7BB3DBEA53BF9BE1EBE763EE2BD09BEB63DF2BC88BC2C3E1B3E333EC1BD593CFB3CB8BDC2BDDDBDA33DA0BE9A3E7B3D6A3E25BEA93E4C3E2E3E263E1B3C45BE30BE3BBD0B3E8BBEBD3DEEBD04BF4C3DA33E173C22BEE2BD4CBEC43D7D3BB2BCEDBE22BDA7BD1E3E693EC43EDA3E4BBD4FBE353D893E85BEB73E843D133E42BE51BC68BE5EBE293E133DD83D74BDD03D87BEA9BC223E00BE813DCA3C58BD03BEBF3ED7BDD03C6F3D423DE53DA3BE083E60BE25BE1BBDF73E95BCFFBD12BE38BE6BBC19BEE33D803D0ABD23BD84BDAABE80BE79BE9C3EB33C853ECBBE22BE9EBD59BEB43DF33D323EFFBD0A3E533D08BEF43CAA3DB7BDB03E2F3E55BE1BBFD1BDED3EA03EC93ECC3EAF3D8E3DB73D5FBEF13DEFBD3DBE10BEE03DE93B3DBE843E8D3BC13DCFBDABBECC3D063E5DBE4E3EB13D81BE94BE83BD9C397ABEA1BDF5BD133E08BDDB3C28BDA13AC9BD233EA5BCDF3CF53BA73D3D3DBABE56BE84BEC6BC7F3EAC3C9E3D4ABE743ECA3EB0BECCBD0E3E87BE983EAEBC6B3E3B3E273DB1BDB23DB4BD253E53BC463E0A3D9B3E133CC2BE173E46BD5F3ECD3D6D3E87BD933DCBBD433E02BFB8BC963EC53DE2BD14BE5F3E8E3D8BBE49BE67BEA63B89BE2EBE1FBE4EBE2FBE6B3D813D323EA3BEF13B09BF273EC4BDBE3D043ECABB8E3EF4BD25BD4FBCD9BD613E133EE33D35BD973D28BED43D82BE843D2B3EAB3EF6BD8CBEC6BD243D8CBEC23C0D3BECBC0B3EA0BCF6BE443DFBBC753E6ABE093D56BE003EC33E23BEB2BD60BEC43E1DBEB9BEB33D603D693ED5BDA4BD3C3C7CBE28BD123E23BAD5BD913E61BCA13DB3BED13DC5BEEC3E05BE5DBD2A3D3ABE923EA93EA9BD4A3E69BEBCBD463B4D3E1C3EE1BD07BE6B3E203E9DBDF63A69BD9CBE0E3D33BC9ABEED3C59BE06BF0E3D0ABEC83EBBBD8CBE413D3D3E6ABE6D3E86BD25BC9FBDB73ED9BD91BEBCBE3A3E2ABDF83D973C023E47BDB9BC053D21BF1A3ECD3D0E3EFE3E08BEE1BD38BE87BDC93DE0BD663EDB3C85BEDFBC1ABE40BDA03E3FBD793E4E3D893DF0BD203E343E223E693E193C2DBEF33D643CD63DE8BCD33C2F3EC63E29BE5A3EE1BDB5BD9BBD66BE593D46BE50BE50BE5C3E9E3D6F3E543DEB3D81BE26BE473DC93CF73DC43D2ABC89BDB33EEFBC6BBDF03DC9BC313D993DA93D6D3E8FBE7E3E873EDEBD28BEAABEAB3E983ED8BDE4BDCB3D733E61BE053E813EB73D71BD9BBE00BE66BD99BE2ABDD53DC23D66BAA1BD893E9EBE44BE0F3E37BEB0BEE3BDCBBD143E37BE37BE7DBE3FBEAEBD993E16BE0E3E013FCABDF73E4E3E0B3E80BDABBD83BD96BD6FBD7B3EB63D4C3E8F3C6F3E56BE393EE0BDC3BE393DA13D253ED3BDDB3EEEBC873C813D4D3EFABD913D5EBE6CBE98BE003E5EBE0ABE19BEC63DA73C2F3E6BBD4B3E2C3E983E873E593E483E4F3E783EA23E933E1ABD41BC3F3F973E82BDFB3D92BE963D263EACBD3CBD973C9A3BD63C27BD683E173E953EAD3DADBE9B3EBF3D85BDDF3DBBBE9EBC833E24BE3C3DD73C873ED03E6A3C67BE843C7FBE2ABE873E31BE2DBD67BB3FBE1E3E393C1CBC863D82BD85BC713DAD3EB8BE90BD5C3EEE3D7CBC183EBC3D893EECBD93BE943E413D513E863E18BE0BBC9FBDBABCF9BCE83D503B9ABE02BE86BD3B3E01BE66BE393E25BBED3D123D743EACBECD3D103E0FBD94BEB2BEE5BDC93D34BDD2BDCBBE393C5BBD8ABD6D3E843B1BBE7CBECF3EAD3DE2BD5D3E183E1C3F16BEFF3CA0BDB43D02BE463DAFBE793D29BD2ABE7FBD103E40BE8B3DF93D9D3E18BE443EA9BEB33E9CBE093EB7BD3FBE2B3EA9BD50BE253BEDBDB13CF4BD5DBE8FBD783EE8BE5C3CF53CE43E8EBED1BE9B3D79BE90BEAA3D343EAF3D3DBD4F3E5C3E73BC593C10BE573D6A3EDC3D28BE4ABE41BE0D3D093EB9BE9EBDAB3EBCBD883B37BE3DBE59BD083F86BE053E033D193D64BEAB3D5FBE863E963AA6BEE4BECEBC683D4B3E5DBD833D8F3D82BB023E7A3D253E0A3DD83C6F3D58BDF2BD32BCD23D143C5ABE9DBD52BE02BE6F3D0DBE2A3DA13D103F933E80BE6C3E64BE57BE273CC93D823E3F3DC73D923EA6BEFFBD2F3D2B3E063E8C3EE0BDBEBC173E41BD7D3D2D3D72BEB03E063E6F3D0D3EDB3D89BEC33CEEBD7CBE353D4C3DC13E04BE343EBFBE033E1DBD12BEE6BE84BEAABD42BB1ABE1E3E8A3E01BEB7BDB13EA0BE573D04BD813A0A3E233ED1BD71BEE3BD93BEAA3E063E68BC313EAABDB6BEB0BE8B3E80BE313CD43E573E473E3F3E6FBD04BDD3BE713EA03D8B3E023E763EE33CB23E583E813D333DA03E4CBE84BE3EBE05BD173E7CBD303ECABCC83BAA3DCBBD5FBE21BD063E1B3ED0BEAEBEE2BE09BE5ABD0A3E38BD993E6F3D613E03BDD03D24BD533E86BE943EBABED93D65BE503D733E083EFFBD0CBE9C3E36BE8A3DC5BC303D1C3DB13BE9BD443EFD3D2B3E9D3DBDBDD2BEC03EA23D583E5D3E0A3E84BE003E743DD73EABBEF2BD47BD15BEF33D8A3E0EBE6F3E743E62BE8D3D1D3E34BE6FBD143E5C3CBCBE8EBDC9BD903D8FBE223DFCBD713E91BE43BE833D80BE14BEB63C3A3E65BE013E88BD083D57BECA3D773EACBCB7BE4BBDB5BE82BE943BA33D8CBEE1BD19BE18BD87BEB6BD64BE24BD753C813E7A3CE1BE8E3DDB3D5B3E55BD443D1EBD973ED93DEE3EF6BDDBBDCF3D973D05BEE6BE8ABD46BD463E453EAFBE44BED33C82BE45BEFE3C0B3C3DBEB73D23BD76BE55BE933E8FBDADBD93BE10BF263EF93ED83EA53DD03D00BD7F3D933C673E37BEA7BE5A3DA7BD1BBEDF3D99BD1D3E10BD0DBCCBBC123E6E3E173E163E843E0CBDDD3CB0BE473E8ABECCBD2B3E753E553E3A3D98BE373EDD3D09BE8E3D6F3E503E643EA73E2DBE31BE7DBDB8BC62BE663E73BDCD3D773E0ABF7E3C47BDCBBE483D223DE43C56BDA3BE203EF03D413EA33DA63EC93E41BD9F3C46BEDDBD963E193EB5BE853EF7BC3EBEF03D02BE13BE2CBED83DD33D6B3E89BEB73E843E6B3EB2BE853D4CBDAF3C48BD37BCA53E0E3E283E5CBED5BE8DBE37BEB4BB3E3D6E3E753EEC3DBD3E3CBEA63E8EBE5A3D363EA43DE0BD80BE233EB2BDD2BDFF3E4A3E0C3D91BE73BD9CBD343C0BBE3B3E403D053E373E293E1B3EDBBE633E143E093E543D84BB7DBEA8BE8BBB94BE9E3D663E59BE14BE313EC4BCAEBEA1BE813ECF3D80BE063E93BDD3BD943E9A3E313EF3BDD4BD2FBEA53DE6BD1B3E84BE65BD15BE853B69BE313E3D3E503D193E9A3D593E1BBE723E113E56BD01BD3D3E993D21BD873EBC3E22BE5BBE9BBE0ABE3A3E47BE1FBC7EBD033E963D1CBE88BECCBEC0BE133E15BF5F3EACBEB7BD943C01BEAFBD62BD84BD9FBEF53B8BBE4BBD343E063EA9BD98BE013EE63DEFBC353E9E3DE63D753C0CBE5CBD0FBE9F3D1EBD63BDE9BCD1BD8A3BFF3D193DE03D34BE93BD1DBC40BE07BDF13D9BBE95BD34BE843E95BD1A3E02BE22BEEF3CA03EDB3DBF3DAC3B16BEA43EBCBE5E3B28BE993E32BEF5BD2ABE56BEC8BDE53CD63DDE3D8FBEB4BD583ECC3D3BBEDA3EC8BE033E23BECABA1CBDF4BDA03C6CBE7EBE853D2EBD193E193F5EBE2CBD2EBE1DBEC6BE853E1C3E093C823E75BD8FBEF43D"
    }
  }
#-}
