// RUN: gqa-opt %s -split-input-file -gqa-raise-attention | FileCheck %s

/// Every raise below is also run against the unraised function on random
/// inputs (except the boolean mask, whose random mask may empty a row: see
/// test/gqa-run/mlir-mode.test). gqa-reference-pipeline has no lowering of
/// linalg.softmax, so for named_linalg_softmax the unraised side first
/// decomposes it with upstream's transform.structured.decompose_interface
/// (the transform library at the end of this file).
// RUN: split-file %s %t
// RUN: gqa-run --mlir %t/repeat_kv_generic_contractions.mlir --entry repeat_kv_generic_contractions --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/repeat_kv_batch_matmul.mlir --entry repeat_kv_batch_matmul --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/repeat_kv_linalg_broadcast.mlir --entry repeat_kv_linalg_broadcast --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/repeat_interleave_dropped_dim.mlir --entry repeat_interleave_dropped_dim --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/repeat_group_major_is_interleaved.mlir --entry repeat_group_major_is_interleaved --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/mha_no_repeat.mlir --entry mha_no_repeat --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/mqa_single_kv_head.mlir --entry mqa_single_kv_head --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/scale_multiply.mlir --entry scale_multiply --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/reciprocal_multiply_softmax.mlir --entry reciprocal_multiply_softmax --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/safe_softmax_guard.mlir --entry safe_softmax_guard --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/max_init_lowest_f32.mlir --entry max_init_lowest_f32 --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/max_init_lowest_f16.mlir --entry max_init_lowest_f16 --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/causal_top_left.mlir --entry causal_top_left --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/causal_mask_tensor_many_heads.mlir --entry causal_mask_tensor_many_heads --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/two_attentions_one_mask.mlir --entry two_attentions_one_mask --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV2
// RUN: gqa-run --mlir %t/causal_bottom_right.mlir --entry causal_bottom_right --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/sliding_window.mlir --entry sliding_window --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/softcap_tanh.mlir --entry softcap_tanh --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/softcap_three_generics.mlir --entry softcap_three_generics --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/additive_bias.mlir --entry additive_bias --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/repeat_before_bshd_transpose.mlir --entry repeat_before_bshd_transpose --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/batch_matmul_transposed_indexing_maps.mlir --entry batch_matmul_transposed_indexing_maps --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/key_transposed_by_generic.mlir --entry key_transposed_by_generic --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/sqrt_scale_on_query_and_key.mlir --entry sqrt_scale_on_query_and_key --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/scale_divide.mlir --entry scale_divide --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/causal_q_offset.mlir --entry causal_q_offset --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/f16_with_f32_accumulation.mlir --entry f16_with_f32_accumulation --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/widened_bf16_truncated.mlir --entry widened_bf16_truncated --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/widened_bf16_batch_heads_folded.mlir --entry widened_bf16_batch_heads_folded --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/widened_bf16_f32_result.mlir --entry widened_bf16_f32_result --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/matmul_single_head.mlir --entry matmul_single_head --pipeline gqa-raise-attention,gqa-reference-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/named_linalg_softmax.mlir --entry named_linalg_softmax --pipeline gqa-raise-attention,gqa-reference-pipeline --vs 'transform-preload-library{transform-library-paths=%t/decompose-softmax.mlir},transform-interpreter,gqa-reference-pipeline' | FileCheck %s --check-prefix=SOFTMAX
// SOFTMAX:      A: gqa-raise-attention,gqa-reference-pipeline: 1 gqa.attention before lowering
// SOFTMAX-NEXT: B: transform-preload-library{{.*}}: 0 gqa.attention before lowering
// SOFTMAX-NEXT: PASS
// SOFTMAX-NEXT: 1 passed, 0 failed
// EQUIV2:      A: gqa-raise-attention,gqa-reference-pipeline: 2 gqa.attention before lowering
// EQUIV2-NEXT: B: gqa-reference-pipeline: 0 gqa.attention before lowering
// EQUIV2-NEXT: PASS
// EQUIV2-NEXT: PASS
// EQUIV2-NEXT: 2 passed, 0 failed
// EQUIV:      A: gqa-raise-attention,gqa-reference-pipeline: 1 gqa.attention before lowering
// EQUIV-NEXT: B: gqa-reference-pipeline: 0 gqa.attention before lowering
// EQUIV-NEXT: PASS
// EQUIV-NEXT: 1 passed, 0 failed

//--- repeat_kv_generic_contractions.mlir
/// Hugging Face repeat_kv (unsqueeze, broadcast with a constant-0 map,
/// collapse) around 4-D linalg.generic contractions, scaled by 1/sqrt(D):
/// the default scale, so no attribute, and the repeat is gone.
// CHECK-LABEL: func.func @repeat_kv_generic_contractions(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @repeat_kv_generic_contractions(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %cst15 = arith.constant 0xFF800000 : f32
  %init16 = tensor.empty() : tensor<1x4x3xf32>
  %fill17 = linalg.fill ins(%cst15 : f32) outs(%init16 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%fill17 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init19 = tensor.empty() : tensor<1x4x3x3xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %v18 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init19 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst21 = arith.constant 0.0 : f32
  %init22 = tensor.empty() : tensor<1x4x3xf32>
  %fill23 = linalg.fill ins(%cst21 : f32) outs(%init22 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v20 : tensor<1x4x3x3xf32>) outs(%fill23 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init25 = tensor.empty() : tensor<1x4x3x3xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v20, %v24 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init25 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst27 = arith.constant 0.0 : f32
  %init28 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill29 = linalg.fill ins(%cst27 : f32) outs(%init28 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v30 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v26, %rep8 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill29 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v30 : tensor<1x4x3x4xf32>
}



// -----

//--- repeat_kv_batch_matmul.mlir
/// torch-mlir spelling: K^T by linalg.transpose, batch and heads collapsed
/// around linalg.batch_matmul for Q K^T and P V.
// CHECK-LABEL: func.func @repeat_kv_batch_matmul(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @repeat_kv_batch_matmul(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %qc9 = tensor.collapse_shape %query [[0, 1], [2], [3]] : tensor<1x4x3x4xf32> into tensor<4x3x4xf32>
  %init10 = tensor.empty() : tensor<1x4x4x3xf32>
  %kt11 = linalg.transpose ins(%rep4 : tensor<1x4x3x4xf32>) outs(%init10 : tensor<1x4x4x3xf32>) permutation = [0, 1, 3, 2]
  %kc12 = tensor.collapse_shape %kt11 [[0, 1], [2], [3]] : tensor<1x4x4x3xf32> into tensor<4x4x3xf32>
  %cst13 = arith.constant 0.0 : f32
  %init14 = tensor.empty() : tensor<4x3x3xf32>
  %fill15 = linalg.fill ins(%cst13 : f32) outs(%init14 : tensor<4x3x3xf32>) -> tensor<4x3x3xf32>
  %bmm16 = linalg.batch_matmul ins(%qc9, %kc12 : tensor<4x3x4xf32>, tensor<4x4x3xf32>) outs(%fill15 : tensor<4x3x3xf32>) -> tensor<4x3x3xf32>
  %scores17 = tensor.expand_shape %bmm16 [[0, 1], [2], [3]] output_shape [1, 4, 3, 3] : tensor<4x3x3xf32> into tensor<1x4x3x3xf32>
  %init18 = tensor.empty() : tensor<1x4x3x3xf32>
  %v19 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%scores17 : tensor<1x4x3x3xf32>) outs(%init18 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.5 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst20 = arith.constant 0xFF800000 : f32
  %init21 = tensor.empty() : tensor<1x4x3xf32>
  %fill22 = linalg.fill ins(%cst20 : f32) outs(%init21 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v23 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v19 : tensor<1x4x3x3xf32>) outs(%fill22 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init24 = tensor.empty() : tensor<1x4x3x3xf32>
  %v25 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v19, %v23 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init24 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst26 = arith.constant 0.0 : f32
  %init27 = tensor.empty() : tensor<1x4x3xf32>
  %fill28 = linalg.fill ins(%cst26 : f32) outs(%init27 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v29 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v25 : tensor<1x4x3x3xf32>) outs(%fill28 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init30 = tensor.empty() : tensor<1x4x3x3xf32>
  %v31 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v25, %v29 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init30 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %pc32 = tensor.collapse_shape %v31 [[0, 1], [2], [3]] : tensor<1x4x3x3xf32> into tensor<4x3x3xf32>
  %vc33 = tensor.collapse_shape %rep8 [[0, 1], [2], [3]] : tensor<1x4x3x4xf32> into tensor<4x3x4xf32>
  %cst34 = arith.constant 0.0 : f32
  %init35 = tensor.empty() : tensor<4x3x4xf32>
  %fill36 = linalg.fill ins(%cst34 : f32) outs(%init35 : tensor<4x3x4xf32>) -> tensor<4x3x4xf32>
  %bmm37 = linalg.batch_matmul ins(%pc32, %vc33 : tensor<4x3x3xf32>, tensor<4x3x4xf32>) outs(%fill36 : tensor<4x3x4xf32>) -> tensor<4x3x4xf32>
  %out38 = tensor.expand_shape %bmm37 [[0, 1], [2], [3]] output_shape [1, 4, 3, 4] : tensor<4x3x4xf32> into tensor<1x4x3x4xf32>
  return %out38 : tensor<1x4x3x4xf32>
}



// -----

//--- repeat_kv_linalg_broadcast.mlir
/// The repeat written as linalg.broadcast of the KV heads.
// CHECK-LABEL: func.func @repeat_kv_linalg_broadcast(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @repeat_kv_linalg_broadcast(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
  %init1 = tensor.empty() : tensor<1x2x2x3x4xf32>
  %bc2 = linalg.broadcast ins(%key : tensor<1x2x3x4xf32>) outs(%init1 : tensor<1x2x2x3x4xf32>) dimensions = [2]
  %rep3 = tensor.collapse_shape %bc2 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xf32> into tensor<1x4x3x4xf32>
  %init4 = tensor.empty() : tensor<1x2x2x3x4xf32>
  %bc5 = linalg.broadcast ins(%value : tensor<1x2x3x4xf32>) outs(%init4 : tensor<1x2x2x3x4xf32>) dimensions = [2]
  %rep6 = tensor.collapse_shape %bc5 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xf32> into tensor<1x4x3x4xf32>
  %cst7 = arith.constant 0.0 : f32
  %init8 = tensor.empty() : tensor<1x4x3x3xf32>
  %fill9 = linalg.fill ins(%cst7 : f32) outs(%init8 : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %v10 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%query, %rep3 : tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) outs(%fill9 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x3xf32>
  %init11 = tensor.empty() : tensor<1x4x3x3xf32>
  %v12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v10 : tensor<1x4x3x3xf32>) outs(%init11 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.5 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst13 = arith.constant 0xFF800000 : f32
  %init14 = tensor.empty() : tensor<1x4x3xf32>
  %fill15 = linalg.fill ins(%cst13 : f32) outs(%init14 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v12 : tensor<1x4x3x3xf32>) outs(%fill15 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init17 = tensor.empty() : tensor<1x4x3x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v12, %v16 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init17 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst19 = arith.constant 0.0 : f32
  %init20 = tensor.empty() : tensor<1x4x3xf32>
  %fill21 = linalg.fill ins(%cst19 : f32) outs(%init20 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v18 : tensor<1x4x3x3xf32>) outs(%fill21 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init23 = tensor.empty() : tensor<1x4x3x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v18, %v22 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init23 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst25 = arith.constant 0.0 : f32
  %init26 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill27 = linalg.fill ins(%cst25 : f32) outs(%init26 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v28 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v24, %rep6 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill27 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v28 : tensor<1x4x3x4xf32>
}



// -----

//--- repeat_interleave_dropped_dim.mlir
/// repeat_interleave as a linalg.generic whose input map drops the group
/// dimension (no unsqueeze).
// CHECK-LABEL: func.func @repeat_interleave_dropped_dim(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @repeat_interleave_dropped_dim(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
  %init1 = tensor.empty() : tensor<1x2x2x3x4xf32>
  %v2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%key : tensor<1x2x3x4xf32>) outs(%init1 : tensor<1x2x2x3x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x2x2x3x4xf32>
  %rep3 = tensor.collapse_shape %v2 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xf32> into tensor<1x4x3x4xf32>
  %init4 = tensor.empty() : tensor<1x2x2x3x4xf32>
  %v5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%value : tensor<1x2x3x4xf32>) outs(%init4 : tensor<1x2x2x3x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x2x2x3x4xf32>
  %rep6 = tensor.collapse_shape %v5 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xf32> into tensor<1x4x3x4xf32>
  %cst7 = arith.constant 0.0 : f32
  %init8 = tensor.empty() : tensor<1x4x3x3xf32>
  %fill9 = linalg.fill ins(%cst7 : f32) outs(%init8 : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %v10 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%query, %rep3 : tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) outs(%fill9 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x3xf32>
  %init11 = tensor.empty() : tensor<1x4x3x3xf32>
  %v12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v10 : tensor<1x4x3x3xf32>) outs(%init11 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.5 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst13 = arith.constant 0xFF800000 : f32
  %init14 = tensor.empty() : tensor<1x4x3xf32>
  %fill15 = linalg.fill ins(%cst13 : f32) outs(%init14 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v12 : tensor<1x4x3x3xf32>) outs(%fill15 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init17 = tensor.empty() : tensor<1x4x3x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v12, %v16 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init17 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst19 = arith.constant 0.0 : f32
  %init20 = tensor.empty() : tensor<1x4x3xf32>
  %fill21 = linalg.fill ins(%cst19 : f32) outs(%init20 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v18 : tensor<1x4x3x3xf32>) outs(%fill21 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init23 = tensor.empty() : tensor<1x4x3x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v18, %v22 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init23 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst25 = arith.constant 0.0 : f32
  %init26 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill27 = linalg.fill ins(%cst25 : f32) outs(%init26 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v28 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v24, %rep6 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill27 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v28 : tensor<1x4x3x4xf32>
}



// -----

//--- repeat_group_major_is_interleaved.mlir
/// Repeating the whole set of KV heads G times ((G, Hkv) order, as
/// torch.repeat or tile) means query head h reads KV head h mod Hkv.
// CHECK-LABEL: func.func @repeat_group_major_is_interleaved(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] head_mapping = interleaved : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @repeat_group_major_is_interleaved(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
  %init1 = tensor.empty() : tensor<1x2x2x3x4xf32>
  %ex2 = tensor.expand_shape %key [[0], [1, 2], [3], [4]] output_shape [1, 1, 2, 3, 4] : tensor<1x2x3x4xf32> into tensor<1x1x2x3x4xf32>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, 0, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2 : tensor<1x1x2x3x4xf32>) outs(%init1 : tensor<1x2x2x3x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x2x2x3x4xf32>
  %rep4 = tensor.collapse_shape %v3 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xf32> into tensor<1x4x3x4xf32>
  %init5 = tensor.empty() : tensor<1x2x2x3x4xf32>
  %ex6 = tensor.expand_shape %value [[0], [1, 2], [3], [4]] output_shape [1, 1, 2, 3, 4] : tensor<1x2x3x4xf32> into tensor<1x1x2x3x4xf32>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, 0, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex6 : tensor<1x1x2x3x4xf32>) outs(%init5 : tensor<1x2x2x3x4xf32>) {
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
  %cst15 = arith.constant 0xFF800000 : f32
  %init16 = tensor.empty() : tensor<1x4x3xf32>
  %fill17 = linalg.fill ins(%cst15 : f32) outs(%init16 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%fill17 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init19 = tensor.empty() : tensor<1x4x3x3xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %v18 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init19 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst21 = arith.constant 0.0 : f32
  %init22 = tensor.empty() : tensor<1x4x3xf32>
  %fill23 = linalg.fill ins(%cst21 : f32) outs(%init22 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v20 : tensor<1x4x3x3xf32>) outs(%fill23 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init25 = tensor.empty() : tensor<1x4x3x3xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v20, %v24 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init25 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst27 = arith.constant 0.0 : f32
  %init28 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill29 = linalg.fill ins(%cst27 : f32) outs(%init28 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v30 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v26, %rep8 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill29 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v30 : tensor<1x4x3x4xf32>
}



// -----

//--- mha_no_repeat.mlir
/// No repeat: multi-head attention (G = 1).
// CHECK-LABEL: func.func @mha_no_repeat(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x4x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @mha_no_repeat(%query: tensor<1x4x3x4xf32>, %key: tensor<1x4x3x4xf32>, %value: tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32> {
  %cst1 = arith.constant 0.0 : f32
  %init2 = tensor.empty() : tensor<1x4x3x3xf32>
  %fill3 = linalg.fill ins(%cst1 : f32) outs(%init2 : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %v4 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%query, %key : tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) outs(%fill3 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x3xf32>
  %init5 = tensor.empty() : tensor<1x4x3x3xf32>
  %v6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v4 : tensor<1x4x3x3xf32>) outs(%init5 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.5 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst7 = arith.constant 0xFF800000 : f32
  %init8 = tensor.empty() : tensor<1x4x3xf32>
  %fill9 = linalg.fill ins(%cst7 : f32) outs(%init8 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v6 : tensor<1x4x3x3xf32>) outs(%fill9 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init11 = tensor.empty() : tensor<1x4x3x3xf32>
  %v12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v6, %v10 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init11 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst13 = arith.constant 0.0 : f32
  %init14 = tensor.empty() : tensor<1x4x3xf32>
  %fill15 = linalg.fill ins(%cst13 : f32) outs(%init14 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v12 : tensor<1x4x3x3xf32>) outs(%fill15 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init17 = tensor.empty() : tensor<1x4x3x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v12, %v16 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init17 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst19 = arith.constant 0.0 : f32
  %init20 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill21 = linalg.fill ins(%cst19 : f32) outs(%init20 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v22 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v18, %value : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill21 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v22 : tensor<1x4x3x4xf32>
}



// -----

//--- mqa_single_kv_head.mlir
/// One KV head repeated to every query head: multi-query attention.
// CHECK-LABEL: func.func @mqa_single_kv_head(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x1x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x1x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x1x3x4xf32>, tensor<1x1x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @mqa_single_kv_head(%query: tensor<1x4x3x4xf32>, %key: tensor<1x1x3x4xf32>, %value: tensor<1x1x3x4xf32>) -> tensor<1x4x3x4xf32> {
  %init1 = tensor.empty() : tensor<1x1x4x3x4xf32>
  %ex2 = tensor.expand_shape %key [[0], [1, 2], [3], [4]] output_shape [1, 1, 1, 3, 4] : tensor<1x1x3x4xf32> into tensor<1x1x1x3x4xf32>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2 : tensor<1x1x1x3x4xf32>) outs(%init1 : tensor<1x1x4x3x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x1x4x3x4xf32>
  %rep4 = tensor.collapse_shape %v3 [[0], [1, 2], [3], [4]] : tensor<1x1x4x3x4xf32> into tensor<1x4x3x4xf32>
  %init5 = tensor.empty() : tensor<1x1x4x3x4xf32>
  %ex6 = tensor.expand_shape %value [[0], [1, 2], [3], [4]] output_shape [1, 1, 1, 3, 4] : tensor<1x1x3x4xf32> into tensor<1x1x1x3x4xf32>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex6 : tensor<1x1x1x3x4xf32>) outs(%init5 : tensor<1x1x4x3x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x1x4x3x4xf32>
  %rep8 = tensor.collapse_shape %v7 [[0], [1, 2], [3], [4]] : tensor<1x1x4x3x4xf32> into tensor<1x4x3x4xf32>
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
  %cst15 = arith.constant 0xFF800000 : f32
  %init16 = tensor.empty() : tensor<1x4x3xf32>
  %fill17 = linalg.fill ins(%cst15 : f32) outs(%init16 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%fill17 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init19 = tensor.empty() : tensor<1x4x3x3xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %v18 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init19 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst21 = arith.constant 0.0 : f32
  %init22 = tensor.empty() : tensor<1x4x3xf32>
  %fill23 = linalg.fill ins(%cst21 : f32) outs(%init22 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v20 : tensor<1x4x3x3xf32>) outs(%fill23 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init25 = tensor.empty() : tensor<1x4x3x3xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v20, %v24 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init25 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst27 = arith.constant 0.0 : f32
  %init28 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill29 = linalg.fill ins(%cst27 : f32) outs(%init28 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v30 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v26, %rep8 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill29 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v30 : tensor<1x4x3x4xf32>
}



// -----

//--- scale_multiply.mlir
/// A multiply by a constant other than 1/sqrt(D) becomes the scale.
// CHECK-LABEL: func.func @scale_multiply(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] scale = 2.500000e-01 : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @scale_multiply(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
    %c = arith.constant 0.25 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst15 = arith.constant 0xFF800000 : f32
  %init16 = tensor.empty() : tensor<1x4x3xf32>
  %fill17 = linalg.fill ins(%cst15 : f32) outs(%init16 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%fill17 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init19 = tensor.empty() : tensor<1x4x3x3xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %v18 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init19 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst21 = arith.constant 0.0 : f32
  %init22 = tensor.empty() : tensor<1x4x3xf32>
  %fill23 = linalg.fill ins(%cst21 : f32) outs(%init22 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v20 : tensor<1x4x3x3xf32>) outs(%fill23 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init25 = tensor.empty() : tensor<1x4x3x3xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v20, %v24 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init25 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst27 = arith.constant 0.0 : f32
  %init28 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill29 = linalg.fill ins(%cst27 : f32) outs(%init28 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v30 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v26, %rep8 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill29 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v30 : tensor<1x4x3x4xf32>
}



// -----

//--- reciprocal_multiply_softmax.mlir
/// Softmax normalized by multiplying with the reciprocal of the row sum
/// (TOSA reciprocal + mul).
// CHECK-LABEL: func.func @reciprocal_multiply_softmax(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @reciprocal_multiply_softmax(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %cst15 = arith.constant 0xFF800000 : f32
  %init16 = tensor.empty() : tensor<1x4x3xf32>
  %fill17 = linalg.fill ins(%cst15 : f32) outs(%init16 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%fill17 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init19 = tensor.empty() : tensor<1x4x3x3xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %v18 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init19 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst21 = arith.constant 0.0 : f32
  %init22 = tensor.empty() : tensor<1x4x3xf32>
  %fill23 = linalg.fill ins(%cst21 : f32) outs(%init22 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v20 : tensor<1x4x3x3xf32>) outs(%fill23 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init25 = tensor.empty() : tensor<1x4x3xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v24 : tensor<1x4x3xf32>) outs(%init25 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %one = arith.constant 1.0 : f32
    %r = arith.divf %one, %in0 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init27 = tensor.empty() : tensor<1x4x3x3xf32>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v20, %v26 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init27 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.mulf %in0, %in1 : f32
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



// -----

//--- safe_softmax_guard.mlir
/// The "safe softmax" guard that zeroes rows whose scores are all -inf
/// (torch.ops.aten._safe_softmax) matches the op's empty-row semantics.
// CHECK-LABEL: func.func @safe_softmax_guard(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @safe_softmax_guard(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %cst15 = arith.constant 0xFF800000 : f32
  %init16 = tensor.empty() : tensor<1x4x3xf32>
  %fill17 = linalg.fill ins(%cst15 : f32) outs(%init16 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%fill17 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init19 = tensor.empty() : tensor<1x4x3x3xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %v18 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init19 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst21 = arith.constant 0.0 : f32
  %init22 = tensor.empty() : tensor<1x4x3xf32>
  %fill23 = linalg.fill ins(%cst21 : f32) outs(%init22 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v20 : tensor<1x4x3x3xf32>) outs(%fill23 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init25 = tensor.empty() : tensor<1x4x3x3xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v20, %v24 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init25 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %init27 = tensor.empty() : tensor<1x4x3x3xi1>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%init27 : tensor<1x4x3x3xi1>) {
  ^bb0(%in0: f32, %out: i1):
    %ninf = arith.constant 0xFF800000 : f32
    %c = arith.cmpf oeq, %in0, %ninf : f32
    linalg.yield %c : i1
  } -> tensor<1x4x3x3xi1>
  %cst29 = arith.constant true
  %init30 = tensor.empty() : tensor<1x4x3xi1>
  %fill31 = linalg.fill ins(%cst29 : i1) outs(%init30 : tensor<1x4x3xi1>) -> tensor<1x4x3xi1>
  %v32 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v28 : tensor<1x4x3x3xi1>) outs(%fill31 : tensor<1x4x3xi1>) {
  ^bb0(%in0: i1, %out: i1):
    %r = arith.andi %in0, %out : i1
    linalg.yield %r : i1
  } -> tensor<1x4x3xi1>
  %init33 = tensor.empty() : tensor<1x4x3x3xf32>
  %v34 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v32, %v26 : tensor<1x4x3xi1>, tensor<1x4x3x3xf32>) outs(%init33 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: i1, %in1: f32, %out: f32):
    %z = arith.constant 0.0 : f32
    %r = arith.select %in0, %z, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst35 = arith.constant 0.0 : f32
  %init36 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill37 = linalg.fill ins(%cst35 : f32) outs(%init36 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v38 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v34, %rep8 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill37 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v38 : tensor<1x4x3x4xf32>
}



// -----

//--- max_init_lowest_f32.mlir
/// The row maximum may start at the lowest finite f32 instead of -inf.
// CHECK-LABEL: func.func @max_init_lowest_f32(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @max_init_lowest_f32(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %cst15 = arith.constant -3.40282347E+38 : f32
  %init16 = tensor.empty() : tensor<1x4x3xf32>
  %fill17 = linalg.fill ins(%cst15 : f32) outs(%init16 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%fill17 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init19 = tensor.empty() : tensor<1x4x3x3xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %v18 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init19 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst21 = arith.constant 0.0 : f32
  %init22 = tensor.empty() : tensor<1x4x3xf32>
  %fill23 = linalg.fill ins(%cst21 : f32) outs(%init22 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v20 : tensor<1x4x3x3xf32>) outs(%fill23 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init25 = tensor.empty() : tensor<1x4x3x3xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v20, %v24 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init25 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst27 = arith.constant 0.0 : f32
  %init28 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill29 = linalg.fill ins(%cst27 : f32) outs(%init28 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v30 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v26, %rep8 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill29 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v30 : tensor<1x4x3x4xf32>
}



// -----

//--- max_init_lowest_f16.mlir
/// ... or at the lowest finite f16.
// CHECK-LABEL: func.func @max_init_lowest_f16(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @max_init_lowest_f16(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %cst15 = arith.constant -65504.0 : f32
  %init16 = tensor.empty() : tensor<1x4x3xf32>
  %fill17 = linalg.fill ins(%cst15 : f32) outs(%init16 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%fill17 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init19 = tensor.empty() : tensor<1x4x3x3xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %v18 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init19 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst21 = arith.constant 0.0 : f32
  %init22 = tensor.empty() : tensor<1x4x3xf32>
  %fill23 = linalg.fill ins(%cst21 : f32) outs(%init22 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v20 : tensor<1x4x3x3xf32>) outs(%fill23 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init25 = tensor.empty() : tensor<1x4x3x3xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v20, %v24 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init25 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst27 = arith.constant 0.0 : f32
  %init28 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill29 = linalg.fill ins(%cst27 : f32) outs(%init28 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v30 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v26, %rep8 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill29 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v30 : tensor<1x4x3x4xf32>
}



// -----

//--- causal_top_left.mlir
/// A causal mask built from linalg.index compares and a select with -inf.
// CHECK-LABEL: func.func @causal_top_left(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] causal : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @causal_top_left(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%init15 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %ok = arith.cmpi ule, %j, %i : index
    %ninf = arith.constant 0xFF800000 : f32
    %r = arith.select %ok, %in0, %ninf : f32
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



// -----

//--- causal_mask_tensor_many_heads.mlir
/// torch-mlir's causal mask for SDPA's is_causal: a [S, S] tensor built from
/// an iota (a compare of key minus query position with 0, an and with a
/// constant true, a select of 0 or -inf), then added to the scores. The
/// scores have 8 x 384 x 384 elements, more than the evaluator's budget: the
/// mask reads only the query and key loops, so it is evaluated on that grid.
// CHECK-LABEL: func.func @causal_mask_tensor_many_heads(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x8x384x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x384x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x384x4xf32>
// CHECK:         %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] causal : tensor<1x8x384x4xf32>, tensor<1x2x384x4xf32>, tensor<1x2x384x4xf32> -> tensor<1x8x384x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @causal_mask_tensor_many_heads(%query: tensor<1x8x384x4xf32>, %key: tensor<1x2x384x4xf32>, %value: tensor<1x2x384x4xf32>) -> tensor<1x8x384x4xf32> {
  %init1 = tensor.empty() : tensor<1x2x4x384x4xf32>
  %ex2 = tensor.expand_shape %key [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 384, 4] : tensor<1x2x384x4xf32> into tensor<1x2x1x384x4xf32>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2 : tensor<1x2x1x384x4xf32>) outs(%init1 : tensor<1x2x4x384x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x2x4x384x4xf32>
  %rep4 = tensor.collapse_shape %v3 [[0], [1, 2], [3], [4]] : tensor<1x2x4x384x4xf32> into tensor<1x8x384x4xf32>
  %init5 = tensor.empty() : tensor<1x2x4x384x4xf32>
  %ex6 = tensor.expand_shape %value [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 384, 4] : tensor<1x2x384x4xf32> into tensor<1x2x1x384x4xf32>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex6 : tensor<1x2x1x384x4xf32>) outs(%init5 : tensor<1x2x4x384x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x2x4x384x4xf32>
  %rep8 = tensor.collapse_shape %v7 [[0], [1, 2], [3], [4]] : tensor<1x2x4x384x4xf32> into tensor<1x8x384x4xf32>
  %cst9 = arith.constant 0.0 : f32
  %init10 = tensor.empty() : tensor<1x8x384x384xf32>
  %fill11 = linalg.fill ins(%cst9 : f32) outs(%init10 : tensor<1x8x384x384xf32>) -> tensor<1x8x384x384xf32>
  %v12 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%query, %rep4 : tensor<1x8x384x4xf32>, tensor<1x8x384x4xf32>) outs(%fill11 : tensor<1x8x384x384xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x8x384x384xf32>
  %init13 = tensor.empty() : tensor<1x8x384x384xf32>
  %v14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v12 : tensor<1x8x384x384xf32>) outs(%init13 : tensor<1x8x384x384xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.5 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x8x384x384xf32>
  %pos = tensor.empty() : tensor<384xi64>
  %iota = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%pos : tensor<384xi64>) {
  ^bb0(%out: i64):
    %i = linalg.index 0 : index
    %c = arith.index_cast %i : index to i64
    linalg.yield %c : i64
  } -> tensor<384xi64>
  %keyPos = tensor.expand_shape %iota [[0, 1]] output_shape [1, 384] : tensor<384xi64> into tensor<1x384xi64>
  %rowPos = tensor.expand_shape %iota [[0, 1]] output_shape [384, 1] : tensor<384xi64> into tensor<384x1xi64>
  %diffInit = tensor.empty() : tensor<384x384xi64>
  %diff = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (0, d1)>, affine_map<(d0, d1) -> (d0, 0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%keyPos, %rowPos : tensor<1x384xi64>, tensor<384x1xi64>) outs(%diffInit : tensor<384x384xi64>) {
  ^bb0(%a: i64, %b: i64, %out: i64):
    %d = arith.subi %a, %b : i64
    linalg.yield %d : i64
  } -> tensor<384x384xi64>
  %boolInit = tensor.empty() : tensor<384x384xi1>
  %c0 = arith.constant 0 : i64
  %before = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%diff : tensor<384x384xi64>) outs(%boolInit : tensor<384x384xi1>) {
  ^bb0(%a: i64, %out: i1):
    %le = arith.cmpi sle, %a, %c0 : i64
    linalg.yield %le : i1
  } -> tensor<384x384xi1>
  %true = arith.constant dense<true> : tensor<384x384xi1>
  %keep = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%before, %true : tensor<384x384xi1>, tensor<384x384xi1>) outs(%boolInit : tensor<384x384xi1>) {
  ^bb0(%a: i1, %b: i1, %out: i1):
    %and = arith.andi %a, %b : i1
    linalg.yield %and : i1
  } -> tensor<384x384xi1>
  %zero = arith.constant dense<0.0> : tensor<f32>
  %ninf = arith.constant dense<0xFF800000> : tensor<f32>
  %maskInit = tensor.empty() : tensor<384x384xf32>
  %mask2 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%keep, %zero, %ninf : tensor<384x384xi1>, tensor<f32>, tensor<f32>) outs(%maskInit : tensor<384x384xf32>) {
  ^bb0(%k: i1, %z: f32, %n: f32, %out: f32):
    %r = arith.select %k, %z, %n : f32
    linalg.yield %r : f32
  } -> tensor<384x384xf32>
  %mask = tensor.expand_shape %mask2 [[0, 1, 2], [3]] output_shape [1, 1, 384, 384] : tensor<384x384xf32> into tensor<1x1x384x384xf32>
  %init15 = tensor.empty() : tensor<1x8x384x384xf32>
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %mask : tensor<1x8x384x384xf32>, tensor<1x1x384x384xf32>) outs(%init15 : tensor<1x8x384x384xf32>) {
  ^bb0(%in0: f32, %m: f32, %out: f32):
    %r = arith.addf %in0, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x384x384xf32>
  %cst17 = arith.constant 0xFF800000 : f32
  %init18 = tensor.empty() : tensor<1x8x384xf32>
  %fill19 = linalg.fill ins(%cst17 : f32) outs(%init18 : tensor<1x8x384xf32>) -> tensor<1x8x384xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v16 : tensor<1x8x384x384xf32>) outs(%fill19 : tensor<1x8x384xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x8x384xf32>
  %init21 = tensor.empty() : tensor<1x8x384x384xf32>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v16, %v20 : tensor<1x8x384x384xf32>, tensor<1x8x384xf32>) outs(%init21 : tensor<1x8x384x384xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x8x384x384xf32>
  %cst23 = arith.constant 0.0 : f32
  %init24 = tensor.empty() : tensor<1x8x384xf32>
  %fill25 = linalg.fill ins(%cst23 : f32) outs(%init24 : tensor<1x8x384xf32>) -> tensor<1x8x384xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v22 : tensor<1x8x384x384xf32>) outs(%fill25 : tensor<1x8x384xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x8x384xf32>
  %init27 = tensor.empty() : tensor<1x8x384x384xf32>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v22, %v26 : tensor<1x8x384x384xf32>, tensor<1x8x384xf32>) outs(%init27 : tensor<1x8x384x384xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x8x384x384xf32>
  %cst29 = arith.constant 0.0 : f32
  %init30 = tensor.empty() : tensor<1x8x384x4xf32>
  %fill31 = linalg.fill ins(%cst29 : f32) outs(%init30 : tensor<1x8x384x4xf32>) -> tensor<1x8x384x4xf32>
  %v32 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v28, %rep8 : tensor<1x8x384x384xf32>, tensor<1x8x384x4xf32>) outs(%fill31 : tensor<1x8x384x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x8x384x4xf32>
  return %v32 : tensor<1x8x384x4xf32>
}



// -----

//--- two_attentions_one_mask.mlir
/// Two attentions read one index-built mask, as a graph's layers do: the
/// first at [i, j] (causal), the second transposed, at [j, i] (keys from the
/// row's own position on: window = 0 without causal). The raise evaluates a
/// mask once per tensor and map, so the second must not take the first's
/// grid.
// CHECK-LABEL: func.func @two_attentions_one_mask(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x8x16x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x16x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x16x4xf32>
// CHECK-DAG:     %[[A:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] causal : tensor<1x8x16x4xf32>
// CHECK-DAG:     %[[B:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] window = 0 : tensor<1x8x16x4xf32>
// CHECK:         return %[[A]], %[[B]]
func.func @two_attentions_one_mask(%query: tensor<1x8x16x4xf32>, %key: tensor<1x2x16x4xf32>, %value: tensor<1x2x16x4xf32>) -> (tensor<1x8x16x4xf32>, tensor<1x8x16x4xf32>) {
  %pos = tensor.empty() : tensor<16xi64>
  %iota = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%pos : tensor<16xi64>) {
  ^bb0(%out: i64):
    %i = linalg.index 0 : index
    %c = arith.index_cast %i : index to i64
    linalg.yield %c : i64
  } -> tensor<16xi64>
  %keyPos = tensor.expand_shape %iota [[0, 1]] output_shape [1, 16] : tensor<16xi64> into tensor<1x16xi64>
  %rowPos = tensor.expand_shape %iota [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
  %diffInit = tensor.empty() : tensor<16x16xi64>
  %diff = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (0, d1)>, affine_map<(d0, d1) -> (d0, 0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%keyPos, %rowPos : tensor<1x16xi64>, tensor<16x1xi64>) outs(%diffInit : tensor<16x16xi64>) {
  ^bb0(%a: i64, %b: i64, %out: i64):
    %d = arith.subi %a, %b : i64
    linalg.yield %d : i64
  } -> tensor<16x16xi64>
  %boolInit = tensor.empty() : tensor<16x16xi1>
  %c0 = arith.constant 0 : i64
  %before = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%diff : tensor<16x16xi64>) outs(%boolInit : tensor<16x16xi1>) {
  ^bb0(%a: i64, %out: i1):
    %le = arith.cmpi sle, %a, %c0 : i64
    linalg.yield %le : i1
  } -> tensor<16x16xi1>
  %true = arith.constant dense<true> : tensor<16x16xi1>
  %keep = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%before, %true : tensor<16x16xi1>, tensor<16x16xi1>) outs(%boolInit : tensor<16x16xi1>) {
  ^bb0(%a: i1, %b: i1, %out: i1):
    %and = arith.andi %a, %b : i1
    linalg.yield %and : i1
  } -> tensor<16x16xi1>
  %zero = arith.constant dense<0.0> : tensor<f32>
  %ninf = arith.constant dense<0xFF800000> : tensor<f32>
  %maskInit = tensor.empty() : tensor<16x16xf32>
  %mask2 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%keep, %zero, %ninf : tensor<16x16xi1>, tensor<f32>, tensor<f32>) outs(%maskInit : tensor<16x16xf32>) {
  ^bb0(%k: i1, %z: f32, %n: f32, %out: f32):
    %r = arith.select %k, %z, %n : f32
    linalg.yield %r : f32
  } -> tensor<16x16xf32>
  %mask = tensor.expand_shape %mask2 [[0, 1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<16x16xf32> into tensor<1x1x16x16xf32>

  %init1_a = tensor.empty() : tensor<1x2x4x16x4xf32>
  %ex2_a = tensor.expand_shape %key [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 16, 4] : tensor<1x2x16x4xf32> into tensor<1x2x1x16x4xf32>
  %v3_a = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2_a : tensor<1x2x1x16x4xf32>) outs(%init1_a : tensor<1x2x4x16x4xf32>) {
  ^bb0(%in0_a: f32, %out_a: f32):
    linalg.yield %in0_a : f32
  } -> tensor<1x2x4x16x4xf32>
  %rep4_a = tensor.collapse_shape %v3_a [[0], [1, 2], [3], [4]] : tensor<1x2x4x16x4xf32> into tensor<1x8x16x4xf32>
  %init5_a = tensor.empty() : tensor<1x2x4x16x4xf32>
  %ex6_a = tensor.expand_shape %value [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 16, 4] : tensor<1x2x16x4xf32> into tensor<1x2x1x16x4xf32>
  %v7_a = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex6_a : tensor<1x2x1x16x4xf32>) outs(%init5_a : tensor<1x2x4x16x4xf32>) {
  ^bb0(%in0_a: f32, %out_a: f32):
    linalg.yield %in0_a : f32
  } -> tensor<1x2x4x16x4xf32>
  %rep8_a = tensor.collapse_shape %v7_a [[0], [1, 2], [3], [4]] : tensor<1x2x4x16x4xf32> into tensor<1x8x16x4xf32>
  %cst9_a = arith.constant 0.0 : f32
  %init10_a = tensor.empty() : tensor<1x8x16x16xf32>
  %fill11_a = linalg.fill ins(%cst9_a : f32) outs(%init10_a : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  %v12_a = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%query, %rep4_a : tensor<1x8x16x4xf32>, tensor<1x8x16x4xf32>) outs(%fill11_a : tensor<1x8x16x16xf32>) {
  ^bb0(%in0_a: f32, %in1_a: f32, %out_a: f32):
    %m_a = arith.mulf %in0_a, %in1_a : f32
    %s_a = arith.addf %out_a, %m_a : f32
    linalg.yield %s_a : f32
  } -> tensor<1x8x16x16xf32>
  %init13_a = tensor.empty() : tensor<1x8x16x16xf32>
  %v14_a = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v12_a : tensor<1x8x16x16xf32>) outs(%init13_a : tensor<1x8x16x16xf32>) {
  ^bb0(%in0_a: f32, %out_a: f32):
    %c_a = arith.constant 0.5 : f32
    %r_a = arith.mulf %in0_a, %c_a : f32
    linalg.yield %r_a : f32
  } -> tensor<1x8x16x16xf32>
  %init15_a = tensor.empty() : tensor<1x8x16x16xf32>
  %v16_a = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14_a, %mask : tensor<1x8x16x16xf32>, tensor<1x1x16x16xf32>) outs(%init15_a : tensor<1x8x16x16xf32>) {
  ^bb0(%in0_a: f32, %m_a: f32, %out_a: f32):
    %r_a = arith.addf %in0_a, %m_a : f32
    linalg.yield %r_a : f32
  } -> tensor<1x8x16x16xf32>
  %cst17_a = arith.constant 0xFF800000 : f32
  %init18_a = tensor.empty() : tensor<1x8x16xf32>
  %fill19_a = linalg.fill ins(%cst17_a : f32) outs(%init18_a : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %v20_a = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v16_a : tensor<1x8x16x16xf32>) outs(%fill19_a : tensor<1x8x16xf32>) {
  ^bb0(%in0_a: f32, %out_a: f32):
    %r_a = arith.maximumf %in0_a, %out_a : f32
    linalg.yield %r_a : f32
  } -> tensor<1x8x16xf32>
  %init21_a = tensor.empty() : tensor<1x8x16x16xf32>
  %v22_a = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v16_a, %v20_a : tensor<1x8x16x16xf32>, tensor<1x8x16xf32>) outs(%init21_a : tensor<1x8x16x16xf32>) {
  ^bb0(%in0_a: f32, %in1_a: f32, %out_a: f32):
    %d_a = arith.subf %in0_a, %in1_a : f32
    %x_a = math.exp %d_a : f32
    linalg.yield %x_a : f32
  } -> tensor<1x8x16x16xf32>
  %cst23_a = arith.constant 0.0 : f32
  %init24_a = tensor.empty() : tensor<1x8x16xf32>
  %fill25_a = linalg.fill ins(%cst23_a : f32) outs(%init24_a : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %v26_a = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v22_a : tensor<1x8x16x16xf32>) outs(%fill25_a : tensor<1x8x16xf32>) {
  ^bb0(%in0_a: f32, %out_a: f32):
    %r_a = arith.addf %in0_a, %out_a : f32
    linalg.yield %r_a : f32
  } -> tensor<1x8x16xf32>
  %init27_a = tensor.empty() : tensor<1x8x16x16xf32>
  %v28_a = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v22_a, %v26_a : tensor<1x8x16x16xf32>, tensor<1x8x16xf32>) outs(%init27_a : tensor<1x8x16x16xf32>) {
  ^bb0(%in0_a: f32, %in1_a: f32, %out_a: f32):
    %r_a = arith.divf %in0_a, %in1_a : f32
    linalg.yield %r_a : f32
  } -> tensor<1x8x16x16xf32>
  %cst29_a = arith.constant 0.0 : f32
  %init30_a = tensor.empty() : tensor<1x8x16x4xf32>
  %fill31_a = linalg.fill ins(%cst29_a : f32) outs(%init30_a : tensor<1x8x16x4xf32>) -> tensor<1x8x16x4xf32>
  %v32_a = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v28_a, %rep8_a : tensor<1x8x16x16xf32>, tensor<1x8x16x4xf32>) outs(%fill31_a : tensor<1x8x16x4xf32>) {
  ^bb0(%in0_a: f32, %in1_a: f32, %out_a: f32):
    %m_a = arith.mulf %in0_a, %in1_a : f32
    %s_a = arith.addf %out_a, %m_a : f32
    linalg.yield %s_a : f32
  } -> tensor<1x8x16x4xf32>
  

  %init1_b = tensor.empty() : tensor<1x2x4x16x4xf32>
  %ex2_b = tensor.expand_shape %key [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 16, 4] : tensor<1x2x16x4xf32> into tensor<1x2x1x16x4xf32>
  %v3_b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2_b : tensor<1x2x1x16x4xf32>) outs(%init1_b : tensor<1x2x4x16x4xf32>) {
  ^bb0(%in0_b: f32, %out_b: f32):
    linalg.yield %in0_b : f32
  } -> tensor<1x2x4x16x4xf32>
  %rep4_b = tensor.collapse_shape %v3_b [[0], [1, 2], [3], [4]] : tensor<1x2x4x16x4xf32> into tensor<1x8x16x4xf32>
  %init5_b = tensor.empty() : tensor<1x2x4x16x4xf32>
  %ex6_b = tensor.expand_shape %value [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 16, 4] : tensor<1x2x16x4xf32> into tensor<1x2x1x16x4xf32>
  %v7_b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex6_b : tensor<1x2x1x16x4xf32>) outs(%init5_b : tensor<1x2x4x16x4xf32>) {
  ^bb0(%in0_b: f32, %out_b: f32):
    linalg.yield %in0_b : f32
  } -> tensor<1x2x4x16x4xf32>
  %rep8_b = tensor.collapse_shape %v7_b [[0], [1, 2], [3], [4]] : tensor<1x2x4x16x4xf32> into tensor<1x8x16x4xf32>
  %cst9_b = arith.constant 0.0 : f32
  %init10_b = tensor.empty() : tensor<1x8x16x16xf32>
  %fill11_b = linalg.fill ins(%cst9_b : f32) outs(%init10_b : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  %v12_b = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%query, %rep4_b : tensor<1x8x16x4xf32>, tensor<1x8x16x4xf32>) outs(%fill11_b : tensor<1x8x16x16xf32>) {
  ^bb0(%in0_b: f32, %in1_b: f32, %out_b: f32):
    %m_b = arith.mulf %in0_b, %in1_b : f32
    %s_b = arith.addf %out_b, %m_b : f32
    linalg.yield %s_b : f32
  } -> tensor<1x8x16x16xf32>
  %init13_b = tensor.empty() : tensor<1x8x16x16xf32>
  %v14_b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v12_b : tensor<1x8x16x16xf32>) outs(%init13_b : tensor<1x8x16x16xf32>) {
  ^bb0(%in0_b: f32, %out_b: f32):
    %c_b = arith.constant 0.5 : f32
    %r_b = arith.mulf %in0_b, %c_b : f32
    linalg.yield %r_b : f32
  } -> tensor<1x8x16x16xf32>
  %init15_b = tensor.empty() : tensor<1x8x16x16xf32>
  %v16_b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, 0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14_b, %mask : tensor<1x8x16x16xf32>, tensor<1x1x16x16xf32>) outs(%init15_b : tensor<1x8x16x16xf32>) {
  ^bb0(%in0_b: f32, %m_b: f32, %out_b: f32):
    %r_b = arith.addf %in0_b, %m_b : f32
    linalg.yield %r_b : f32
  } -> tensor<1x8x16x16xf32>
  %cst17_b = arith.constant 0xFF800000 : f32
  %init18_b = tensor.empty() : tensor<1x8x16xf32>
  %fill19_b = linalg.fill ins(%cst17_b : f32) outs(%init18_b : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %v20_b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v16_b : tensor<1x8x16x16xf32>) outs(%fill19_b : tensor<1x8x16xf32>) {
  ^bb0(%in0_b: f32, %out_b: f32):
    %r_b = arith.maximumf %in0_b, %out_b : f32
    linalg.yield %r_b : f32
  } -> tensor<1x8x16xf32>
  %init21_b = tensor.empty() : tensor<1x8x16x16xf32>
  %v22_b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v16_b, %v20_b : tensor<1x8x16x16xf32>, tensor<1x8x16xf32>) outs(%init21_b : tensor<1x8x16x16xf32>) {
  ^bb0(%in0_b: f32, %in1_b: f32, %out_b: f32):
    %d_b = arith.subf %in0_b, %in1_b : f32
    %x_b = math.exp %d_b : f32
    linalg.yield %x_b : f32
  } -> tensor<1x8x16x16xf32>
  %cst23_b = arith.constant 0.0 : f32
  %init24_b = tensor.empty() : tensor<1x8x16xf32>
  %fill25_b = linalg.fill ins(%cst23_b : f32) outs(%init24_b : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %v26_b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v22_b : tensor<1x8x16x16xf32>) outs(%fill25_b : tensor<1x8x16xf32>) {
  ^bb0(%in0_b: f32, %out_b: f32):
    %r_b = arith.addf %in0_b, %out_b : f32
    linalg.yield %r_b : f32
  } -> tensor<1x8x16xf32>
  %init27_b = tensor.empty() : tensor<1x8x16x16xf32>
  %v28_b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v22_b, %v26_b : tensor<1x8x16x16xf32>, tensor<1x8x16xf32>) outs(%init27_b : tensor<1x8x16x16xf32>) {
  ^bb0(%in0_b: f32, %in1_b: f32, %out_b: f32):
    %r_b = arith.divf %in0_b, %in1_b : f32
    linalg.yield %r_b : f32
  } -> tensor<1x8x16x16xf32>
  %cst29_b = arith.constant 0.0 : f32
  %init30_b = tensor.empty() : tensor<1x8x16x4xf32>
  %fill31_b = linalg.fill ins(%cst29_b : f32) outs(%init30_b : tensor<1x8x16x4xf32>) -> tensor<1x8x16x4xf32>
  %v32_b = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v28_b, %rep8_b : tensor<1x8x16x16xf32>, tensor<1x8x16x4xf32>) outs(%fill31_b : tensor<1x8x16x4xf32>) {
  ^bb0(%in0_b: f32, %in1_b: f32, %out_b: f32):
    %m_b = arith.mulf %in0_b, %in1_b : f32
    %s_b = arith.addf %out_b, %m_b : f32
    linalg.yield %s_b : f32
  } -> tensor<1x8x16x4xf32>
  
  return %v32_a, %v32_b : tensor<1x8x16x4xf32>, tensor<1x8x16x4xf32>
}

// -----

//--- causal_bottom_right.mlir
/// Causal with the last query row at the last key (decode, chunked
/// prefill): alignment = bottom_right.
// CHECK-LABEL: func.func @causal_bottom_right(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x2x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x5x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x5x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] causal alignment = bottom_right : tensor<1x4x2x4xf32>, tensor<1x2x5x4xf32>, tensor<1x2x5x4xf32> -> tensor<1x4x2x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @causal_bottom_right(%query: tensor<1x4x2x4xf32>, %key: tensor<1x2x5x4xf32>, %value: tensor<1x2x5x4xf32>) -> tensor<1x4x2x4xf32> {
  %init1 = tensor.empty() : tensor<1x2x2x5x4xf32>
  %ex2 = tensor.expand_shape %key [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 5, 4] : tensor<1x2x5x4xf32> into tensor<1x2x1x5x4xf32>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2 : tensor<1x2x1x5x4xf32>) outs(%init1 : tensor<1x2x2x5x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x2x2x5x4xf32>
  %rep4 = tensor.collapse_shape %v3 [[0], [1, 2], [3], [4]] : tensor<1x2x2x5x4xf32> into tensor<1x4x5x4xf32>
  %init5 = tensor.empty() : tensor<1x2x2x5x4xf32>
  %ex6 = tensor.expand_shape %value [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 5, 4] : tensor<1x2x5x4xf32> into tensor<1x2x1x5x4xf32>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex6 : tensor<1x2x1x5x4xf32>) outs(%init5 : tensor<1x2x2x5x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x2x2x5x4xf32>
  %rep8 = tensor.collapse_shape %v7 [[0], [1, 2], [3], [4]] : tensor<1x2x2x5x4xf32> into tensor<1x4x5x4xf32>
  %cst9 = arith.constant 0.0 : f32
  %init10 = tensor.empty() : tensor<1x4x2x5xf32>
  %fill11 = linalg.fill ins(%cst9 : f32) outs(%init10 : tensor<1x4x2x5xf32>) -> tensor<1x4x2x5xf32>
  %v12 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%query, %rep4 : tensor<1x4x2x4xf32>, tensor<1x4x5x4xf32>) outs(%fill11 : tensor<1x4x2x5xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x2x5xf32>
  %init13 = tensor.empty() : tensor<1x4x2x5xf32>
  %v14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v12 : tensor<1x4x2x5xf32>) outs(%init13 : tensor<1x4x2x5xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.5 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x2x5xf32>
  %init15 = tensor.empty() : tensor<1x4x2x5xf32>
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14 : tensor<1x4x2x5xf32>) outs(%init15 : tensor<1x4x2x5xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %off = arith.constant 3 : index
    %pos = arith.addi %i, %off : index
    %ok = arith.cmpi ule, %j, %pos : index
    %ninf = arith.constant 0xFF800000 : f32
    %r = arith.select %ok, %in0, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x4x2x5xf32>
  %cst17 = arith.constant 0xFF800000 : f32
  %init18 = tensor.empty() : tensor<1x4x2xf32>
  %fill19 = linalg.fill ins(%cst17 : f32) outs(%init18 : tensor<1x4x2xf32>) -> tensor<1x4x2xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v16 : tensor<1x4x2x5xf32>) outs(%fill19 : tensor<1x4x2xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x2xf32>
  %init21 = tensor.empty() : tensor<1x4x2x5xf32>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v16, %v20 : tensor<1x4x2x5xf32>, tensor<1x4x2xf32>) outs(%init21 : tensor<1x4x2x5xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x2x5xf32>
  %cst23 = arith.constant 0.0 : f32
  %init24 = tensor.empty() : tensor<1x4x2xf32>
  %fill25 = linalg.fill ins(%cst23 : f32) outs(%init24 : tensor<1x4x2xf32>) -> tensor<1x4x2xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v22 : tensor<1x4x2x5xf32>) outs(%fill25 : tensor<1x4x2xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x2xf32>
  %init27 = tensor.empty() : tensor<1x4x2x5xf32>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v22, %v26 : tensor<1x4x2x5xf32>, tensor<1x4x2xf32>) outs(%init27 : tensor<1x4x2x5xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x2x5xf32>
  %cst29 = arith.constant 0.0 : f32
  %init30 = tensor.empty() : tensor<1x4x2x4xf32>
  %fill31 = linalg.fill ins(%cst29 : f32) outs(%init30 : tensor<1x4x2x4xf32>) -> tensor<1x4x2x4xf32>
  %v32 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v28, %rep8 : tensor<1x4x2x5xf32>, tensor<1x4x5x4xf32>) outs(%fill31 : tensor<1x4x2x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x2x4xf32>
  return %v32 : tensor<1x4x2x4xf32>
}



// -----

//--- sliding_window.mlir
/// Causal plus a lower bound j >= i - 1: a window of 2 keys.
// CHECK-LABEL: func.func @sliding_window(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] causal window = 1 : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @sliding_window(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%init15 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %ok = arith.cmpi ule, %j, %i : index
    %w = arith.constant 1 : index
    %jw = arith.addi %j, %w : index
    %ok2 = arith.cmpi uge, %jw, %i : index
    %ok3 = arith.andi %ok, %ok2 : i1
    %ninf = arith.constant 0xFF800000 : f32
    %r = arith.select %ok3, %in0, %ninf : f32
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



// -----

//--- softcap_tanh.mlir
/// Gemma-2 logit softcapping c * tanh(s / c), before the causal mask.
// CHECK-LABEL: func.func @softcap_tanh(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] causal softcap = 3.000000e+01 : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @softcap_tanh(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%init15 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 3.000000e+01 : f32
    %d = arith.divf %in0, %c : f32
    %th = math.tanh %d : f32
    %r = arith.mulf %th, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %init17 = tensor.empty() : tensor<1x4x3x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v16 : tensor<1x4x3x3xf32>) outs(%init17 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %ok = arith.cmpi ule, %j, %i : index
    %ninf = arith.constant 0xFF800000 : f32
    %r = arith.select %ok, %in0, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst19 = arith.constant 0xFF800000 : f32
  %init20 = tensor.empty() : tensor<1x4x3xf32>
  %fill21 = linalg.fill ins(%cst19 : f32) outs(%init20 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v18 : tensor<1x4x3x3xf32>) outs(%fill21 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init23 = tensor.empty() : tensor<1x4x3x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v18, %v22 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init23 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst25 = arith.constant 0.0 : f32
  %init26 = tensor.empty() : tensor<1x4x3xf32>
  %fill27 = linalg.fill ins(%cst25 : f32) outs(%init26 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v24 : tensor<1x4x3x3xf32>) outs(%fill27 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init29 = tensor.empty() : tensor<1x4x3x3xf32>
  %v30 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v24, %v28 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init29 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst31 = arith.constant 0.0 : f32
  %init32 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill33 = linalg.fill ins(%cst31 : f32) outs(%init32 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v34 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v30, %rep8 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill33 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v34 : tensor<1x4x3x4xf32>
}



// -----

//--- softcap_three_generics.mlir
/// Gemma-2 logit softcapping as torch-mlir writes it: s / c, tanh and * c in
/// three generics (issue 14, defect 5). The scale 0.5 before them is
/// 1/sqrt(D), the default.
// CHECK-LABEL: func.func @softcap_three_generics(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] causal softcap = 3.000000e+01 : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @softcap_three_generics(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %div16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%init15 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 3.000000e+01 : f32
    %d = arith.divf %in0, %c : f32
    linalg.yield %d : f32
  } -> tensor<1x4x3x3xf32>
  %tanh16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%div16 : tensor<1x4x3x3xf32>) outs(%init15 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %th = math.tanh %in0 : f32
    linalg.yield %th : f32
  } -> tensor<1x4x3x3xf32>
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%tanh16 : tensor<1x4x3x3xf32>) outs(%init15 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 3.000000e+01 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %init17 = tensor.empty() : tensor<1x4x3x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v16 : tensor<1x4x3x3xf32>) outs(%init17 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %ok = arith.cmpi ule, %j, %i : index
    %ninf = arith.constant 0xFF800000 : f32
    %r = arith.select %ok, %in0, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst19 = arith.constant 0xFF800000 : f32
  %init20 = tensor.empty() : tensor<1x4x3xf32>
  %fill21 = linalg.fill ins(%cst19 : f32) outs(%init20 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v18 : tensor<1x4x3x3xf32>) outs(%fill21 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init23 = tensor.empty() : tensor<1x4x3x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v18, %v22 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init23 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst25 = arith.constant 0.0 : f32
  %init26 = tensor.empty() : tensor<1x4x3xf32>
  %fill27 = linalg.fill ins(%cst25 : f32) outs(%init26 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v24 : tensor<1x4x3x3xf32>) outs(%fill27 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init29 = tensor.empty() : tensor<1x4x3x3xf32>
  %v30 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v24, %v28 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init29 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst31 = arith.constant 0.0 : f32
  %init32 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill33 = linalg.fill ins(%cst31 : f32) outs(%init32 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v34 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v30, %rep8 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill33 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v34 : tensor<1x4x3x4xf32>
}



// -----

//--- additive_bias.mlir
/// An additive float mask input, broadcast over heads, becomes the mask
/// operand.
// CHECK-LABEL: func.func @additive_bias(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[M:[a-z0-9]+]]: tensor<1x1x3x3xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] mask(%[[M]] : tensor<1x1x3x3xf32>) : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @additive_bias(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>, %bias: tensor<1x1x3x3xf32>) -> tensor<1x4x3x4xf32> {
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
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %bias : tensor<1x4x3x3xf32>, tensor<1x1x3x3xf32>) outs(%init15 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
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



// -----

//--- boolean_mask_select.mlir
/// A boolean mask input applied with arith.select (true = keep) becomes an
/// i1 mask operand.
// CHECK-LABEL: func.func @boolean_mask_select(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[M:[a-z0-9]+]]: tensor<3x3xi1>
// CHECK-NEXT:    %[[MR:.*]] = tensor.expand_shape %[[M]] {{\[}}[0, 1, 2], [3]] output_shape [1, 1, 3, 3]
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] mask(%[[MR]] : tensor<1x1x3x3xi1>) : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
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



// -----

//--- repeat_before_bshd_transpose.mlir
/// The repeat applied to BSHD key/value heads before the transpose to
/// BHSD: the raised op reads K and V transposed once, unrepeated.
// CHECK-LABEL: func.func @repeat_before_bshd_transpose(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x3x2x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x3x2x4xf32>
// CHECK:         %[[KT:.*]] = linalg.transpose ins(%[[K]] : tensor<1x3x2x4xf32>) {{.*}} permutation = [0, 2, 1, 3]
// CHECK:         %[[VT:.*]] = linalg.transpose ins(%[[V]] : tensor<1x3x2x4xf32>) {{.*}} permutation = [0, 2, 1, 3]
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[KT]], %[[VT]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @repeat_before_bshd_transpose(%query: tensor<1x4x3x4xf32>, %key: tensor<1x3x2x4xf32>, %value: tensor<1x3x2x4xf32>) -> tensor<1x4x3x4xf32> {
  %init1 = tensor.empty() : tensor<1x3x2x2x4xf32>
  %ex2 = tensor.expand_shape %key [[0], [1], [2, 3], [4]] output_shape [1, 3, 2, 1, 4] : tensor<1x3x2x4xf32> into tensor<1x3x2x1x4xf32>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2 : tensor<1x3x2x1x4xf32>) outs(%init1 : tensor<1x3x2x2x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x3x2x2x4xf32>
  %rep4 = tensor.collapse_shape %v3 [[0], [1], [2, 3], [4]] : tensor<1x3x2x2x4xf32> into tensor<1x3x4x4xf32>
  %init5 = tensor.empty() : tensor<1x4x3x4xf32>
  %tr6 = linalg.transpose ins(%rep4 : tensor<1x3x4x4xf32>) outs(%init5 : tensor<1x4x3x4xf32>) permutation = [0, 2, 1, 3]
  %init7 = tensor.empty() : tensor<1x3x2x2x4xf32>
  %ex8 = tensor.expand_shape %value [[0], [1], [2, 3], [4]] output_shape [1, 3, 2, 1, 4] : tensor<1x3x2x4xf32> into tensor<1x3x2x1x4xf32>
  %v9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, 0, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex8 : tensor<1x3x2x1x4xf32>) outs(%init7 : tensor<1x3x2x2x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x3x2x2x4xf32>
  %rep10 = tensor.collapse_shape %v9 [[0], [1], [2, 3], [4]] : tensor<1x3x2x2x4xf32> into tensor<1x3x4x4xf32>
  %init11 = tensor.empty() : tensor<1x4x3x4xf32>
  %tr12 = linalg.transpose ins(%rep10 : tensor<1x3x4x4xf32>) outs(%init11 : tensor<1x4x3x4xf32>) permutation = [0, 2, 1, 3]
  %cst13 = arith.constant 0.0 : f32
  %init14 = tensor.empty() : tensor<1x4x3x3xf32>
  %fill15 = linalg.fill ins(%cst13 : f32) outs(%init14 : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %v16 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%query, %tr6 : tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) outs(%fill15 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x3xf32>
  %init17 = tensor.empty() : tensor<1x4x3x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v16 : tensor<1x4x3x3xf32>) outs(%init17 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.5 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst19 = arith.constant 0xFF800000 : f32
  %init20 = tensor.empty() : tensor<1x4x3xf32>
  %fill21 = linalg.fill ins(%cst19 : f32) outs(%init20 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v18 : tensor<1x4x3x3xf32>) outs(%fill21 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init23 = tensor.empty() : tensor<1x4x3x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v18, %v22 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init23 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst25 = arith.constant 0.0 : f32
  %init26 = tensor.empty() : tensor<1x4x3xf32>
  %fill27 = linalg.fill ins(%cst25 : f32) outs(%init26 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v24 : tensor<1x4x3x3xf32>) outs(%fill27 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init29 = tensor.empty() : tensor<1x4x3x3xf32>
  %v30 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v24, %v28 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init29 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst31 = arith.constant 0.0 : f32
  %init32 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill33 = linalg.fill ins(%cst31 : f32) outs(%init32 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v34 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v30, %tr12 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill33 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v34 : tensor<1x4x3x4xf32>
}



// -----

//--- batch_matmul_transposed_indexing_maps.mlir
/// MLIR 22 linalg.batch_matmul with explicit indexing_maps reading K
/// untransposed.
// CHECK-LABEL: func.func @batch_matmul_transposed_indexing_maps(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @batch_matmul_transposed_indexing_maps(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %qc9 = tensor.collapse_shape %query [[0, 1], [2], [3]] : tensor<1x4x3x4xf32> into tensor<4x3x4xf32>
  %kc10 = tensor.collapse_shape %rep4 [[0, 1], [2], [3]] : tensor<1x4x3x4xf32> into tensor<4x3x4xf32>
  %cst11 = arith.constant 0.0 : f32
  %init12 = tensor.empty() : tensor<4x3x3xf32>
  %fill13 = linalg.fill ins(%cst11 : f32) outs(%init12 : tensor<4x3x3xf32>) -> tensor<4x3x3xf32>
  %bmm14 = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%qc9, %kc10 : tensor<4x3x4xf32>, tensor<4x3x4xf32>) outs(%fill13 : tensor<4x3x3xf32>) -> tensor<4x3x3xf32>
  %scores15 = tensor.expand_shape %bmm14 [[0, 1], [2], [3]] output_shape [1, 4, 3, 3] : tensor<4x3x3xf32> into tensor<1x4x3x3xf32>
  %init16 = tensor.empty() : tensor<1x4x3x3xf32>
  %v17 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%scores15 : tensor<1x4x3x3xf32>) outs(%init16 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.5 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst18 = arith.constant 0xFF800000 : f32
  %init19 = tensor.empty() : tensor<1x4x3xf32>
  %fill20 = linalg.fill ins(%cst18 : f32) outs(%init19 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v21 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v17 : tensor<1x4x3x3xf32>) outs(%fill20 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init22 = tensor.empty() : tensor<1x4x3x3xf32>
  %v23 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v17, %v21 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init22 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst24 = arith.constant 0.0 : f32
  %init25 = tensor.empty() : tensor<1x4x3xf32>
  %fill26 = linalg.fill ins(%cst24 : f32) outs(%init25 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v27 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v23 : tensor<1x4x3x3xf32>) outs(%fill26 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init28 = tensor.empty() : tensor<1x4x3x3xf32>
  %v29 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v23, %v27 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init28 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %pc30 = tensor.collapse_shape %v29 [[0, 1], [2], [3]] : tensor<1x4x3x3xf32> into tensor<4x3x3xf32>
  %vc31 = tensor.collapse_shape %rep8 [[0, 1], [2], [3]] : tensor<1x4x3x4xf32> into tensor<4x3x4xf32>
  %cst32 = arith.constant 0.0 : f32
  %init33 = tensor.empty() : tensor<4x3x4xf32>
  %fill34 = linalg.fill ins(%cst32 : f32) outs(%init33 : tensor<4x3x4xf32>) -> tensor<4x3x4xf32>
  %bmm35 = linalg.batch_matmul ins(%pc30, %vc31 : tensor<4x3x3xf32>, tensor<4x3x4xf32>) outs(%fill34 : tensor<4x3x4xf32>) -> tensor<4x3x4xf32>
  %out36 = tensor.expand_shape %bmm35 [[0, 1], [2], [3]] output_shape [1, 4, 3, 4] : tensor<4x3x4xf32> into tensor<1x4x3x4xf32>
  return %out36 : tensor<1x4x3x4xf32>
}



// -----

//--- key_transposed_by_generic.mlir
/// K^T by a permuting linalg.generic instead of linalg.transpose.
// CHECK-LABEL: func.func @key_transposed_by_generic(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @key_transposed_by_generic(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %qc9 = tensor.collapse_shape %query [[0, 1], [2], [3]] : tensor<1x4x3x4xf32> into tensor<4x3x4xf32>
  %init10 = tensor.empty() : tensor<1x4x4x3xf32>
  %v11 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%rep4 : tensor<1x4x3x4xf32>) outs(%init10 : tensor<1x4x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x4x4x3xf32>
  %kc12 = tensor.collapse_shape %v11 [[0, 1], [2], [3]] : tensor<1x4x4x3xf32> into tensor<4x4x3xf32>
  %cst13 = arith.constant 0.0 : f32
  %init14 = tensor.empty() : tensor<4x3x3xf32>
  %fill15 = linalg.fill ins(%cst13 : f32) outs(%init14 : tensor<4x3x3xf32>) -> tensor<4x3x3xf32>
  %bmm16 = linalg.batch_matmul ins(%qc9, %kc12 : tensor<4x3x4xf32>, tensor<4x4x3xf32>) outs(%fill15 : tensor<4x3x3xf32>) -> tensor<4x3x3xf32>
  %scores17 = tensor.expand_shape %bmm16 [[0, 1], [2], [3]] output_shape [1, 4, 3, 3] : tensor<4x3x3xf32> into tensor<1x4x3x3xf32>
  %init18 = tensor.empty() : tensor<1x4x3x3xf32>
  %v19 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%scores17 : tensor<1x4x3x3xf32>) outs(%init18 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.5 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst20 = arith.constant 0xFF800000 : f32
  %init21 = tensor.empty() : tensor<1x4x3xf32>
  %fill22 = linalg.fill ins(%cst20 : f32) outs(%init21 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v23 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v19 : tensor<1x4x3x3xf32>) outs(%fill22 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init24 = tensor.empty() : tensor<1x4x3x3xf32>
  %v25 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v19, %v23 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init24 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst26 = arith.constant 0.0 : f32
  %init27 = tensor.empty() : tensor<1x4x3xf32>
  %fill28 = linalg.fill ins(%cst26 : f32) outs(%init27 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v29 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v25 : tensor<1x4x3x3xf32>) outs(%fill28 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init30 = tensor.empty() : tensor<1x4x3x3xf32>
  %v31 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v25, %v29 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init30 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %pc32 = tensor.collapse_shape %v31 [[0, 1], [2], [3]] : tensor<1x4x3x3xf32> into tensor<4x3x3xf32>
  %vc33 = tensor.collapse_shape %rep8 [[0, 1], [2], [3]] : tensor<1x4x3x4xf32> into tensor<4x3x4xf32>
  %cst34 = arith.constant 0.0 : f32
  %init35 = tensor.empty() : tensor<4x3x4xf32>
  %fill36 = linalg.fill ins(%cst34 : f32) outs(%init35 : tensor<4x3x4xf32>) -> tensor<4x3x4xf32>
  %bmm37 = linalg.batch_matmul ins(%pc32, %vc33 : tensor<4x3x3xf32>, tensor<4x3x4xf32>) outs(%fill36 : tensor<4x3x4xf32>) -> tensor<4x3x4xf32>
  %out38 = tensor.expand_shape %bmm37 [[0, 1], [2], [3]] output_shape [1, 4, 3, 4] : tensor<4x3x4xf32> into tensor<1x4x3x4xf32>
  return %out38 : tensor<1x4x3x4xf32>
}



// -----

//--- sqrt_scale_on_query_and_key.mlir
/// The ATen math path and ONNX expanded graphs scale Q and K by
/// sqrt(scale) each; the product is the default 1/sqrt(D).
// CHECK-LABEL: func.func @sqrt_scale_on_query_and_key(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @sqrt_scale_on_query_and_key(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %init9 = tensor.empty() : tensor<1x4x3x4xf32>
  %v10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%query : tensor<1x4x3x4xf32>) outs(%init9 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.707106769 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x4xf32>
  %init11 = tensor.empty() : tensor<1x4x3x4xf32>
  %v12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%rep4 : tensor<1x4x3x4xf32>) outs(%init11 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.707106769 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x4xf32>
  %cst13 = arith.constant 0.0 : f32
  %init14 = tensor.empty() : tensor<1x4x3x3xf32>
  %fill15 = linalg.fill ins(%cst13 : f32) outs(%init14 : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %v16 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v10, %v12 : tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) outs(%fill15 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
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



// -----

//--- scale_divide.mlir
/// Scores divided by a constant: scale = 1/4.
// CHECK-LABEL: func.func @scale_divide(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] scale = 2.500000e-01 : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @scale_divide(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
    %c = arith.constant 4.000000e+00 : f32
    %r = arith.divf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst15 = arith.constant 0xFF800000 : f32
  %init16 = tensor.empty() : tensor<1x4x3xf32>
  %fill17 = linalg.fill ins(%cst15 : f32) outs(%init16 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%fill17 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init19 = tensor.empty() : tensor<1x4x3x3xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %v18 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init19 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst21 = arith.constant 0.0 : f32
  %init22 = tensor.empty() : tensor<1x4x3xf32>
  %fill23 = linalg.fill ins(%cst21 : f32) outs(%init22 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v20 : tensor<1x4x3x3xf32>) outs(%fill23 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init25 = tensor.empty() : tensor<1x4x3x3xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v20, %v24 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init25 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %cst27 = arith.constant 0.0 : f32
  %init28 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill29 = linalg.fill ins(%cst27 : f32) outs(%init28 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v30 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v26, %rep8 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill29 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v30 : tensor<1x4x3x4xf32>
}



// -----

//--- causal_q_offset.mlir
/// A causal mask whose offset is neither 0 nor Skv - Sq becomes a
/// constant q_offset.
// CHECK-LABEL: func.func @causal_q_offset(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x2x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x5x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x5x4xf32>
// CHECK-NEXT:    %[[OFF:.*]] = arith.constant dense<1> : tensor<1xi64>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] q_offset(%[[OFF]] : tensor<1xi64>) causal : tensor<1x4x2x4xf32>, tensor<1x2x5x4xf32>, tensor<1x2x5x4xf32> -> tensor<1x4x2x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @causal_q_offset(%query: tensor<1x4x2x4xf32>, %key: tensor<1x2x5x4xf32>, %value: tensor<1x2x5x4xf32>) -> tensor<1x4x2x4xf32> {
  %init1 = tensor.empty() : tensor<1x2x2x5x4xf32>
  %ex2 = tensor.expand_shape %key [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 5, 4] : tensor<1x2x5x4xf32> into tensor<1x2x1x5x4xf32>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2 : tensor<1x2x1x5x4xf32>) outs(%init1 : tensor<1x2x2x5x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x2x2x5x4xf32>
  %rep4 = tensor.collapse_shape %v3 [[0], [1, 2], [3], [4]] : tensor<1x2x2x5x4xf32> into tensor<1x4x5x4xf32>
  %init5 = tensor.empty() : tensor<1x2x2x5x4xf32>
  %ex6 = tensor.expand_shape %value [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 5, 4] : tensor<1x2x5x4xf32> into tensor<1x2x1x5x4xf32>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex6 : tensor<1x2x1x5x4xf32>) outs(%init5 : tensor<1x2x2x5x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x2x2x5x4xf32>
  %rep8 = tensor.collapse_shape %v7 [[0], [1, 2], [3], [4]] : tensor<1x2x2x5x4xf32> into tensor<1x4x5x4xf32>
  %cst9 = arith.constant 0.0 : f32
  %init10 = tensor.empty() : tensor<1x4x2x5xf32>
  %fill11 = linalg.fill ins(%cst9 : f32) outs(%init10 : tensor<1x4x2x5xf32>) -> tensor<1x4x2x5xf32>
  %v12 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%query, %rep4 : tensor<1x4x2x4xf32>, tensor<1x4x5x4xf32>) outs(%fill11 : tensor<1x4x2x5xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x2x5xf32>
  %init13 = tensor.empty() : tensor<1x4x2x5xf32>
  %v14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v12 : tensor<1x4x2x5xf32>) outs(%init13 : tensor<1x4x2x5xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.5 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4x2x5xf32>
  %init15 = tensor.empty() : tensor<1x4x2x5xf32>
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14 : tensor<1x4x2x5xf32>) outs(%init15 : tensor<1x4x2x5xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %off = arith.constant 1 : index
    %pos = arith.addi %i, %off : index
    %ok = arith.cmpi ule, %j, %pos : index
    %ninf = arith.constant 0xFF800000 : f32
    %r = arith.select %ok, %in0, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x4x2x5xf32>
  %cst17 = arith.constant 0xFF800000 : f32
  %init18 = tensor.empty() : tensor<1x4x2xf32>
  %fill19 = linalg.fill ins(%cst17 : f32) outs(%init18 : tensor<1x4x2xf32>) -> tensor<1x4x2xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v16 : tensor<1x4x2x5xf32>) outs(%fill19 : tensor<1x4x2xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x2xf32>
  %init21 = tensor.empty() : tensor<1x4x2x5xf32>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v16, %v20 : tensor<1x4x2x5xf32>, tensor<1x4x2xf32>) outs(%init21 : tensor<1x4x2x5xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x2x5xf32>
  %cst23 = arith.constant 0.0 : f32
  %init24 = tensor.empty() : tensor<1x4x2xf32>
  %fill25 = linalg.fill ins(%cst23 : f32) outs(%init24 : tensor<1x4x2xf32>) -> tensor<1x4x2xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v22 : tensor<1x4x2x5xf32>) outs(%fill25 : tensor<1x4x2xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x2xf32>
  %init27 = tensor.empty() : tensor<1x4x2x5xf32>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v22, %v26 : tensor<1x4x2x5xf32>, tensor<1x4x2xf32>) outs(%init27 : tensor<1x4x2x5xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x2x5xf32>
  %cst29 = arith.constant 0.0 : f32
  %init30 = tensor.empty() : tensor<1x4x2x4xf32>
  %fill31 = linalg.fill ins(%cst29 : f32) outs(%init30 : tensor<1x4x2x4xf32>) -> tensor<1x4x2x4xf32>
  %v32 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v28, %rep8 : tensor<1x4x2x5xf32>, tensor<1x4x5x4xf32>) outs(%fill31 : tensor<1x4x2x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x2x4xf32>
  return %v32 : tensor<1x4x2x4xf32>
}



// -----

//--- named_linalg_softmax.mlir
/// linalg.softmax along the keys.
// CHECK-LABEL: func.func @named_linalg_softmax(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @named_linalg_softmax(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
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
  %sm16 = linalg.softmax dimension(3) ins(%v14 : tensor<1x4x3x3xf32>) outs(%init15 : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %cst17 = arith.constant 0.0 : f32
  %init18 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill19 = linalg.fill ins(%cst17 : f32) outs(%init18 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%sm16, %rep8 : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill19 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v20 : tensor<1x4x3x4xf32>
}



// -----

//--- f16_with_f32_accumulation.mlir
/// f16 inputs, scores and P V accumulated in f32 and truncated back to
/// f16: one f16 gqa.attention, which accumulates in f32 itself.
// CHECK-LABEL: func.func @f16_with_f32_accumulation(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf16>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf16>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf16>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf16>, tensor<1x2x3x4xf16>, tensor<1x2x3x4xf16> -> tensor<1x4x3x4xf16>
// CHECK-NEXT:    return %[[O]]
func.func @f16_with_f32_accumulation(%query: tensor<1x4x3x4xf16>, %key: tensor<1x2x3x4xf16>, %value: tensor<1x2x3x4xf16>) -> tensor<1x4x3x4xf16> {
  %init1 = tensor.empty() : tensor<1x2x2x3x4xf16>
  %ex2 = tensor.expand_shape %key [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 3, 4] : tensor<1x2x3x4xf16> into tensor<1x2x1x3x4xf16>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2 : tensor<1x2x1x3x4xf16>) outs(%init1 : tensor<1x2x2x3x4xf16>) {
  ^bb0(%in0: f16, %out: f16):
    linalg.yield %in0 : f16
  } -> tensor<1x2x2x3x4xf16>
  %rep4 = tensor.collapse_shape %v3 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xf16> into tensor<1x4x3x4xf16>
  %init5 = tensor.empty() : tensor<1x2x2x3x4xf16>
  %ex6 = tensor.expand_shape %value [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 3, 4] : tensor<1x2x3x4xf16> into tensor<1x2x1x3x4xf16>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex6 : tensor<1x2x1x3x4xf16>) outs(%init5 : tensor<1x2x2x3x4xf16>) {
  ^bb0(%in0: f16, %out: f16):
    linalg.yield %in0 : f16
  } -> tensor<1x2x2x3x4xf16>
  %rep8 = tensor.collapse_shape %v7 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xf16> into tensor<1x4x3x4xf16>
  %cst9 = arith.constant 0.0 : f32
  %init10 = tensor.empty() : tensor<1x4x3x3xf32>
  %fill11 = linalg.fill ins(%cst9 : f32) outs(%init10 : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %v12 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%query, %rep4 : tensor<1x4x3x4xf16>, tensor<1x4x3x4xf16>) outs(%fill11 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f16, %in1: f16, %out: f32):
    %a = arith.extf %in0 : f16 to f32
    %b = arith.extf %in1 : f16 to f32
    %m = arith.mulf %a, %b : f32
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
  %cst15 = arith.constant 0xFF800000 : f32
  %init16 = tensor.empty() : tensor<1x4x3xf32>
  %fill17 = linalg.fill ins(%cst15 : f32) outs(%init16 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v14 : tensor<1x4x3x3xf32>) outs(%fill17 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init19 = tensor.empty() : tensor<1x4x3x3xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %v18 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init19 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x4x3x3xf32>
  %cst21 = arith.constant 0.0 : f32
  %init22 = tensor.empty() : tensor<1x4x3xf32>
  %fill23 = linalg.fill ins(%cst21 : f32) outs(%init22 : tensor<1x4x3xf32>) -> tensor<1x4x3xf32>
  %v24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v20 : tensor<1x4x3x3xf32>) outs(%fill23 : tensor<1x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3xf32>
  %init25 = tensor.empty() : tensor<1x4x3x3xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v20, %v24 : tensor<1x4x3x3xf32>, tensor<1x4x3xf32>) outs(%init25 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x4x3x3xf32>
  %init27 = tensor.empty() : tensor<1x4x3x3xf16>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v26 : tensor<1x4x3x3xf32>) outs(%init27 : tensor<1x4x3x3xf16>) {
  ^bb0(%in0: f32, %out: f16):
    %r = arith.truncf %in0 : f32 to f16
    linalg.yield %r : f16
  } -> tensor<1x4x3x3xf16>
  %cst29 = arith.constant 0.0 : f32
  %init30 = tensor.empty() : tensor<1x4x3x4xf32>
  %fill31 = linalg.fill ins(%cst29 : f32) outs(%init30 : tensor<1x4x3x4xf32>) -> tensor<1x4x3x4xf32>
  %v32 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v28, %rep8 : tensor<1x4x3x3xf16>, tensor<1x4x3x4xf16>) outs(%fill31 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f16, %in1: f16, %out: f32):
    %a = arith.extf %in0 : f16 to f32
    %b = arith.extf %in1 : f16 to f32
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  %init33 = tensor.empty() : tensor<1x4x3x4xf16>
  %v34 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v32 : tensor<1x4x3x4xf32>) outs(%init33 : tensor<1x4x3x4xf16>) {
  ^bb0(%in0: f32, %out: f16):
    %r = arith.truncf %in0 : f32 to f16
    linalg.yield %r : f16
  } -> tensor<1x4x3x4xf16>
  return %v34 : tensor<1x4x3x4xf16>
}

// -----

//--- widened_bf16_truncated.mlir
/// torch-mlir's bf16 SDPA: Q and the repeated K/V widened to f32, the bf16
/// mask widened in the add's body, the result truncated back to bf16. Each
/// element is rounded once either way, so it is one bf16 gqa.attention on
/// the unrepeated bf16 K/V and the bf16 mask.
// CHECK-LABEL: func.func @widened_bf16_truncated(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xbf16>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xbf16>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xbf16>, %[[M:[a-z0-9]+]]: tensor<1x1x3x3xbf16>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] mask(%[[M]] : tensor<1x1x3x3xbf16>) : tensor<1x4x3x4xbf16>, tensor<1x2x3x4xbf16>, tensor<1x2x3x4xbf16> -> tensor<1x4x3x4xbf16>
// CHECK-NEXT:    return %[[O]]
func.func @widened_bf16_truncated(%query: tensor<1x4x3x4xbf16>, %key: tensor<1x2x3x4xbf16>, %value: tensor<1x2x3x4xbf16>, %bias: tensor<1x1x3x3xbf16>) -> tensor<1x4x3x4xbf16> {
  %init1 = tensor.empty() : tensor<1x2x2x3x4xbf16>
  %ex2 = tensor.expand_shape %key [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 3, 4] : tensor<1x2x3x4xbf16> into tensor<1x2x1x3x4xbf16>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2 : tensor<1x2x1x3x4xbf16>) outs(%init1 : tensor<1x2x2x3x4xbf16>) {
  ^bb0(%in0: bf16, %out: bf16):
    linalg.yield %in0 : bf16
  } -> tensor<1x2x2x3x4xbf16>
  %rep4 = tensor.collapse_shape %v3 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xbf16> into tensor<1x4x3x4xbf16>
  %init5 = tensor.empty() : tensor<1x2x2x3x4xbf16>
  %ex6 = tensor.expand_shape %value [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 3, 4] : tensor<1x2x3x4xbf16> into tensor<1x2x1x3x4xbf16>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex6 : tensor<1x2x1x3x4xbf16>) outs(%init5 : tensor<1x2x2x3x4xbf16>) {
  ^bb0(%in0: bf16, %out: bf16):
    linalg.yield %in0 : bf16
  } -> tensor<1x2x2x3x4xbf16>
  %rep8 = tensor.collapse_shape %v7 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xbf16> into tensor<1x4x3x4xbf16>
  %wq_init = tensor.empty() : tensor<1x4x3x4xf32>
  %wq = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%query : tensor<1x4x3x4xbf16>) outs(%wq_init : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: bf16, %out: f32):
    %e = arith.extf %in0 : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<1x4x3x4xf32>
  %wk_init = tensor.empty() : tensor<1x4x3x4xf32>
  %wk = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%rep4 : tensor<1x4x3x4xbf16>) outs(%wk_init : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: bf16, %out: f32):
    %e = arith.extf %in0 : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<1x4x3x4xf32>
  %wv_init = tensor.empty() : tensor<1x4x3x4xf32>
  %wv = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%rep8 : tensor<1x4x3x4xbf16>) outs(%wv_init : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: bf16, %out: f32):
    %e = arith.extf %in0 : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<1x4x3x4xf32>
  %cst9 = arith.constant 0.0 : f32
  %init10 = tensor.empty() : tensor<1x4x3x3xf32>
  %fill11 = linalg.fill ins(%cst9 : f32) outs(%init10 : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %v12 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%wq, %wk : tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) outs(%fill11 : tensor<1x4x3x3xf32>) {
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
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %bias : tensor<1x4x3x3xf32>, tensor<1x1x3x3xbf16>) outs(%init15 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: bf16, %out: f32):
    %w = arith.extf %in1 : bf16 to f32
    %r = arith.addf %in0, %w : f32
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
  %v32 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v28, %wv : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill31 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  %init33 = tensor.empty() : tensor<1x4x3x4xbf16>
  %v34 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v32 : tensor<1x4x3x4xf32>) outs(%init33 : tensor<1x4x3x4xbf16>) {
  ^bb0(%in0: f32, %out: bf16):
    %r = arith.truncf %in0 : f32 to bf16
    linalg.yield %r : bf16
  } -> tensor<1x4x3x4xbf16>
  return %v34 : tensor<1x4x3x4xbf16>
}


// -----

//--- widened_bf16_batch_heads_folded.mlir
/// A batch of two sequences: P V on the heads of the batch folded into one
/// dim (torch-mlir's batch_matmul on [B * H, S, D]), expanded, then
/// truncated back to bf16. Still one bf16 gqa.attention on the unrepeated
/// bf16 K/V; its result is widened back in the folded layout, so the
/// graph's own expand and truncation (now exact) follow.
// CHECK-LABEL: func.func @widened_bf16_batch_heads_folded(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<2x4x3x4xbf16>, %[[K:[a-z0-9]+]]: tensor<2x2x3x4xbf16>, %[[V:[a-z0-9]+]]: tensor<2x2x3x4xbf16>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<2x4x3x4xbf16>, tensor<2x2x3x4xbf16>, tensor<2x2x3x4xbf16> -> tensor<2x4x3x4xbf16>
// CHECK-NEXT:    %[[F:.*]] = tensor.collapse_shape %[[O]] {{\[}}[0, 1], [2], [3]] : tensor<2x4x3x4xbf16> into tensor<8x3x4xbf16>
// CHECK:         arith.extf
// CHECK:         tensor.expand_shape
// CHECK:         arith.truncf
// CHECK-NOT:     linalg.batch_matmul
func.func @widened_bf16_batch_heads_folded(%query: tensor<2x4x3x4xbf16>, %key: tensor<2x2x3x4xbf16>, %value: tensor<2x2x3x4xbf16>) -> tensor<2x4x3x4xbf16> {
  %init1 = tensor.empty() : tensor<2x2x2x3x4xbf16>
  %ex2 = tensor.expand_shape %key [[0], [1, 2], [3], [4]] output_shape [2, 2, 1, 3, 4] : tensor<2x2x3x4xbf16> into tensor<2x2x1x3x4xbf16>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2 : tensor<2x2x1x3x4xbf16>) outs(%init1 : tensor<2x2x2x3x4xbf16>) {
  ^bb0(%in0: bf16, %out: bf16):
    linalg.yield %in0 : bf16
  } -> tensor<2x2x2x3x4xbf16>
  %rep4 = tensor.collapse_shape %v3 [[0], [1, 2], [3], [4]] : tensor<2x2x2x3x4xbf16> into tensor<2x4x3x4xbf16>
  %init5 = tensor.empty() : tensor<2x2x2x3x4xbf16>
  %ex6 = tensor.expand_shape %value [[0], [1, 2], [3], [4]] output_shape [2, 2, 1, 3, 4] : tensor<2x2x3x4xbf16> into tensor<2x2x1x3x4xbf16>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex6 : tensor<2x2x1x3x4xbf16>) outs(%init5 : tensor<2x2x2x3x4xbf16>) {
  ^bb0(%in0: bf16, %out: bf16):
    linalg.yield %in0 : bf16
  } -> tensor<2x2x2x3x4xbf16>
  %rep8 = tensor.collapse_shape %v7 [[0], [1, 2], [3], [4]] : tensor<2x2x2x3x4xbf16> into tensor<2x4x3x4xbf16>
  %wq_init = tensor.empty() : tensor<2x4x3x4xf32>
  %wq = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%query : tensor<2x4x3x4xbf16>) outs(%wq_init : tensor<2x4x3x4xf32>) {
  ^bb0(%in0: bf16, %out: f32):
    %e = arith.extf %in0 : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<2x4x3x4xf32>
  %wk_init = tensor.empty() : tensor<2x4x3x4xf32>
  %wk = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%rep4 : tensor<2x4x3x4xbf16>) outs(%wk_init : tensor<2x4x3x4xf32>) {
  ^bb0(%in0: bf16, %out: f32):
    %e = arith.extf %in0 : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<2x4x3x4xf32>
  %wv_init = tensor.empty() : tensor<2x4x3x4xf32>
  %wv = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%rep8 : tensor<2x4x3x4xbf16>) outs(%wv_init : tensor<2x4x3x4xf32>) {
  ^bb0(%in0: bf16, %out: f32):
    %e = arith.extf %in0 : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<2x4x3x4xf32>
  %cst9 = arith.constant 0.0 : f32
  %init10 = tensor.empty() : tensor<2x4x3x3xf32>
  %fill11 = linalg.fill ins(%cst9 : f32) outs(%init10 : tensor<2x4x3x3xf32>) -> tensor<2x4x3x3xf32>
  %v12 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%wq, %wk : tensor<2x4x3x4xf32>, tensor<2x4x3x4xf32>) outs(%fill11 : tensor<2x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<2x4x3x3xf32>
  %init13 = tensor.empty() : tensor<2x4x3x3xf32>
  %v14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v12 : tensor<2x4x3x3xf32>) outs(%init13 : tensor<2x4x3x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %c = arith.constant 0.5 : f32
    %r = arith.mulf %in0, %c : f32
    linalg.yield %r : f32
  } -> tensor<2x4x3x3xf32>
  %cst17 = arith.constant 0xFF800000 : f32
  %init18 = tensor.empty() : tensor<2x4x3xf32>
  %fill19 = linalg.fill ins(%cst17 : f32) outs(%init18 : tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
  %v20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v14 : tensor<2x4x3x3xf32>) outs(%fill19 : tensor<2x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<2x4x3xf32>
  %init21 = tensor.empty() : tensor<2x4x3x3xf32>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %v20 : tensor<2x4x3x3xf32>, tensor<2x4x3xf32>) outs(%init21 : tensor<2x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %d = arith.subf %in0, %in1 : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<2x4x3x3xf32>
  %cst23 = arith.constant 0.0 : f32
  %init24 = tensor.empty() : tensor<2x4x3xf32>
  %fill25 = linalg.fill ins(%cst23 : f32) outs(%init24 : tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%v22 : tensor<2x4x3x3xf32>) outs(%fill25 : tensor<2x4x3xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.addf %in0, %out : f32
    linalg.yield %r : f32
  } -> tensor<2x4x3xf32>
  %init27 = tensor.empty() : tensor<2x4x3x3xf32>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v22, %v26 : tensor<2x4x3x3xf32>, tensor<2x4x3xf32>) outs(%init27 : tensor<2x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.divf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<2x4x3x3xf32>
  %cst29 = arith.constant 0.0 : f32
  %p3 = tensor.collapse_shape %v28 [[0, 1], [2], [3]] : tensor<2x4x3x3xf32> into tensor<8x3x3xf32>
  %v3d = tensor.collapse_shape %wv [[0, 1], [2], [3]] : tensor<2x4x3x4xf32> into tensor<8x3x4xf32>
  %init30 = tensor.empty() : tensor<8x3x4xf32>
  %fill31 = linalg.fill ins(%cst29 : f32) outs(%init30 : tensor<8x3x4xf32>) -> tensor<8x3x4xf32>
  %o3 = linalg.batch_matmul ins(%p3, %v3d : tensor<8x3x3xf32>, tensor<8x3x4xf32>) outs(%fill31 : tensor<8x3x4xf32>) -> tensor<8x3x4xf32>
  %v32 = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [2, 4, 3, 4] : tensor<8x3x4xf32> into tensor<2x4x3x4xf32>
  %init33 = tensor.empty() : tensor<2x4x3x4xbf16>
  %v34 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v32 : tensor<2x4x3x4xf32>) outs(%init33 : tensor<2x4x3x4xbf16>) {
  ^bb0(%in0: f32, %out: bf16):
    %r = arith.truncf %in0 : f32 to bf16
    linalg.yield %r : bf16
  } -> tensor<2x4x3x4xbf16>
  return %v34 : tensor<2x4x3x4xbf16>
}


// -----

//--- widened_bf16_f32_result.mlir
/// The same, but the f32 result is returned: the attention stays f32 (a
/// bf16 one would round its result), and Q, K and V are widened after the
/// repetition is undone, so each K/V head is widened once.
// CHECK-LABEL: func.func @widened_bf16_f32_result(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xbf16>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xbf16>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xbf16>, %[[M:[a-z0-9]+]]: tensor<1x1x3x3xbf16>
// CHECK:         %[[WQ:.*]] = linalg.generic {{.*}} ins(%[[Q]] : tensor<1x4x3x4xbf16>) outs(%{{.*}} : tensor<1x4x3x4xf32>)
// CHECK:           arith.extf
// CHECK:         %[[WK:.*]] = linalg.generic {{.*}} ins(%[[K]] : tensor<1x2x3x4xbf16>) outs(%{{.*}} : tensor<1x2x3x4xf32>)
// CHECK:         %[[WV:.*]] = linalg.generic {{.*}} ins(%[[V]] : tensor<1x2x3x4xbf16>) outs(%{{.*}} : tensor<1x2x3x4xf32>)
// CHECK:         %[[O:.*]] = gqa.attention %[[WQ]], %[[WK]], %[[WV]] mask(%[[M]] : tensor<1x1x3x3xbf16>) : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @widened_bf16_f32_result(%query: tensor<1x4x3x4xbf16>, %key: tensor<1x2x3x4xbf16>, %value: tensor<1x2x3x4xbf16>, %bias: tensor<1x1x3x3xbf16>) -> tensor<1x4x3x4xf32> {
  %init1 = tensor.empty() : tensor<1x2x2x3x4xbf16>
  %ex2 = tensor.expand_shape %key [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 3, 4] : tensor<1x2x3x4xbf16> into tensor<1x2x1x3x4xbf16>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex2 : tensor<1x2x1x3x4xbf16>) outs(%init1 : tensor<1x2x2x3x4xbf16>) {
  ^bb0(%in0: bf16, %out: bf16):
    linalg.yield %in0 : bf16
  } -> tensor<1x2x2x3x4xbf16>
  %rep4 = tensor.collapse_shape %v3 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xbf16> into tensor<1x4x3x4xbf16>
  %init5 = tensor.empty() : tensor<1x2x2x3x4xbf16>
  %ex6 = tensor.expand_shape %value [[0], [1, 2], [3], [4]] output_shape [1, 2, 1, 3, 4] : tensor<1x2x3x4xbf16> into tensor<1x2x1x3x4xbf16>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%ex6 : tensor<1x2x1x3x4xbf16>) outs(%init5 : tensor<1x2x2x3x4xbf16>) {
  ^bb0(%in0: bf16, %out: bf16):
    linalg.yield %in0 : bf16
  } -> tensor<1x2x2x3x4xbf16>
  %rep8 = tensor.collapse_shape %v7 [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x4xbf16> into tensor<1x4x3x4xbf16>
  %wq_init = tensor.empty() : tensor<1x4x3x4xf32>
  %wq = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%query : tensor<1x4x3x4xbf16>) outs(%wq_init : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: bf16, %out: f32):
    %e = arith.extf %in0 : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<1x4x3x4xf32>
  %wk_init = tensor.empty() : tensor<1x4x3x4xf32>
  %wk = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%rep4 : tensor<1x4x3x4xbf16>) outs(%wk_init : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: bf16, %out: f32):
    %e = arith.extf %in0 : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<1x4x3x4xf32>
  %wv_init = tensor.empty() : tensor<1x4x3x4xf32>
  %wv = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%rep8 : tensor<1x4x3x4xbf16>) outs(%wv_init : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: bf16, %out: f32):
    %e = arith.extf %in0 : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<1x4x3x4xf32>
  %cst9 = arith.constant 0.0 : f32
  %init10 = tensor.empty() : tensor<1x4x3x3xf32>
  %fill11 = linalg.fill ins(%cst9 : f32) outs(%init10 : tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %v12 = linalg.generic {indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>, affine_map<(b, h, i, j, d) -> (b, h, j, d)>, affine_map<(b, h, i, j, d) -> (b, h, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%wq, %wk : tensor<1x4x3x4xf32>, tensor<1x4x3x4xf32>) outs(%fill11 : tensor<1x4x3x3xf32>) {
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
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v14, %bias : tensor<1x4x3x3xf32>, tensor<1x1x3x3xbf16>) outs(%init15 : tensor<1x4x3x3xf32>) {
  ^bb0(%in0: f32, %in1: bf16, %out: f32):
    %w = arith.extf %in1 : bf16 to f32
    %r = arith.addf %in0, %w : f32
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
  %v32 = linalg.generic {indexing_maps = [affine_map<(b, h, i, e, j) -> (b, h, i, j)>, affine_map<(b, h, i, e, j) -> (b, h, j, e)>, affine_map<(b, h, i, e, j) -> (b, h, i, e)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%v28, %wv : tensor<1x4x3x3xf32>, tensor<1x4x3x4xf32>) outs(%fill31 : tensor<1x4x3x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %m = arith.mulf %in0, %in1 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x3x4xf32>
  return %v32 : tensor<1x4x3x4xf32>
}




// -----

//--- matmul_single_head.mlir
/// A single head with plain linalg.matmul for Q K^T and P V: B = Hq = Hkv
/// = 1 are added as unit dims around the op.
// CHECK-LABEL: func.func @matmul_single_head(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<3x4xf32>, %[[K:[a-z0-9]+]]: tensor<5x4xf32>, %[[V:[a-z0-9]+]]: tensor<5x2xf32>
// CHECK-DAG:     %[[QE:.*]] = tensor.expand_shape %[[Q]] {{\[}}[0, 1, 2], [3]] output_shape [1, 1, 3, 4]
// CHECK-DAG:     %[[KE:.*]] = tensor.expand_shape %[[K]] {{\[}}[0, 1, 2], [3]] output_shape [1, 1, 5, 4]
// CHECK-DAG:     %[[VE:.*]] = tensor.expand_shape %[[V]] {{\[}}[0, 1, 2], [3]] output_shape [1, 1, 5, 2]
// CHECK:         %[[O:.*]] = gqa.attention %[[QE]], %[[KE]], %[[VE]] : tensor<1x1x3x4xf32>, tensor<1x1x5x4xf32>, tensor<1x1x5x2xf32> -> tensor<1x1x3x2xf32>
// CHECK-NEXT:    %[[R:.*]] = tensor.collapse_shape %[[O]] {{\[}}[0, 1, 2], [3]]
// CHECK-NEXT:    return %[[R]]
func.func @matmul_single_head(%query: tensor<3x4xf32>, %key: tensor<5x4xf32>, %value: tensor<5x2xf32>) -> tensor<3x2xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %half = arith.constant 0.5 : f32
  %kt_init = tensor.empty() : tensor<4x5xf32>
  %kt = linalg.transpose ins(%key : tensor<5x4xf32>) outs(%kt_init : tensor<4x5xf32>) permutation = [1, 0]
  %s_init = tensor.empty() : tensor<3x5xf32>
  %s_fill = linalg.fill ins(%zero : f32) outs(%s_init : tensor<3x5xf32>) -> tensor<3x5xf32>
  %s = linalg.matmul ins(%query, %kt : tensor<3x4xf32>, tensor<4x5xf32>) outs(%s_fill : tensor<3x5xf32>) -> tensor<3x5xf32>
  %scaled = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%s : tensor<3x5xf32>) outs(%s_init : tensor<3x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.mulf %in, %half : f32
    linalg.yield %r : f32
  } -> tensor<3x5xf32>
  %row_init = tensor.empty() : tensor<3xf32>
  %max_fill = linalg.fill ins(%ninf : f32) outs(%row_init : tensor<3xf32>) -> tensor<3xf32>
  %max = linalg.reduce ins(%scaled : tensor<3x5xf32>) outs(%max_fill : tensor<3xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %m = arith.maximumf %in, %acc : f32
      linalg.yield %m : f32
    }
  %exp = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%scaled, %max : tensor<3x5xf32>, tensor<3xf32>) outs(%s_init : tensor<3x5xf32>) {
  ^bb0(%in: f32, %m: f32, %out: f32):
    %d = arith.subf %in, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<3x5xf32>
  %sum_fill = linalg.fill ins(%zero : f32) outs(%row_init : tensor<3xf32>) -> tensor<3xf32>
  %sum = linalg.reduce ins(%exp : tensor<3x5xf32>) outs(%sum_fill : tensor<3xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %a = arith.addf %in, %acc : f32
      linalg.yield %a : f32
    }
  %probs = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%exp, %sum : tensor<3x5xf32>, tensor<3xf32>) outs(%s_init : tensor<3x5xf32>) {
  ^bb0(%in: f32, %t: f32, %out: f32):
    %r = arith.divf %in, %t : f32
    linalg.yield %r : f32
  } -> tensor<3x5xf32>
  %o_init = tensor.empty() : tensor<3x2xf32>
  %o_fill = linalg.fill ins(%zero : f32) outs(%o_init : tensor<3x2xf32>) -> tensor<3x2xf32>
  %o = linalg.matmul ins(%probs, %value : tensor<3x5xf32>, tensor<5x2xf32>) outs(%o_fill : tensor<3x2xf32>) -> tensor<3x2xf32>
  return %o : tensor<3x2xf32>
}

// -----

//--- decompose-softmax.mlir
/// Not a raise test: the transform library that decomposes linalg.softmax
/// for the equivalence check of named_linalg_softmax.
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %softmax = transform.structured.match ops{["linalg.softmax"]} in %root : (!transform.any_op) -> !transform.any_op
    %decomposed = transform.structured.decompose_interface %softmax : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}
