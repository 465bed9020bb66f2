// RUN: gqa-opt %s --split-input-file --gqa-annotate-entry-dims | FileCheck %s

/// gqa.attention ties the batch of query, key, value, kv_lengths and the
/// result (out-parameter #4), and Skv of key and value. The static dims are
/// left to gqa-entry-status's static checks.
// CHECK-LABEL: func.func @decode(
// CHECK-SAME:      gqa.entry_dims = [array<i64: -1, 0, 0, 1, 0, 2, 0, 3, 0, 4, 0>, array<i64: -1, 1, 2, 2, 2>]
// CHECK-NOT:       gqa.entry_broadcast_dims
// CHECK-SAME:      gqa.entry_index_bounds = [array<i64: 3, -1, 1, 2>]
func.func @decode(%query: tensor<?x4x1x8xf32>, %key: tensor<?x2x?x8xf32>,
                  %value: tensor<?x2x?x8xf32>, %lengths: tensor<?xi32>)
    -> tensor<?x4x1x8xf32> {
  %0 = gqa.attention %query, %key, %value kv_lengths(%lengths : tensor<?xi32>)
      causal alignment = bottom_right
      : tensor<?x4x1x8xf32>, tensor<?x2x?x8xf32>, tensor<?x2x?x8xf32>
      -> tensor<?x4x1x8xf32>
  return %0 : tensor<?x4x1x8xf32>
}

// -----

/// A dynamic mask dimension may be 1 at run time (broadcast) or the score
/// dimension it lines up with: it is a broadcast dimension of that class,
/// not a member of it. The mask's first dimension broadcasts to the static
/// Hq = 4, whose class is recorded for it although all its members are
/// static.
// CHECK-LABEL: func.func @dynamic_mask(
// CHECK-SAME:      gqa.entry_broadcast_dims = [array<i64: 0, 3, 0>, array<i64: 2, 3, 2>]
// CHECK-SAME:      gqa.entry_dims = [array<i64: 4, 0, 1, 4, 1>, array<i64: -1, 0, 2, 4, 2>, array<i64: -1, 1, 2, 2, 2>]
func.func @dynamic_mask(%query: tensor<1x4x?x8xf32>, %key: tensor<1x2x?x8xf32>,
                        %value: tensor<1x2x?x8xf32>, %mask: tensor<?x1x?xf32>)
    -> tensor<1x4x?x8xf32> {
  %0 = gqa.attention %query, %key, %value mask(%mask : tensor<?x1x?xf32>)
      : tensor<1x4x?x8xf32>, tensor<1x2x?x8xf32>, tensor<1x2x?x8xf32>
      -> tensor<1x4x?x8xf32>
  return %0 : tensor<1x4x?x8xf32>
}

/// A mask broadcast to a dimension that no entry dimension shares (the
/// query is a constant, the result's heads are merged with the batch): the
/// class is just the static size.
// CHECK-LABEL: func.func @internal_heads(
// CHECK-SAME:      gqa.entry_broadcast_dims = [array<i64: 0, 2, 0>]
// CHECK-SAME:      gqa.entry_dims = [array<i64: 4>]
func.func @internal_heads(%key: tensor<1x2x8x8xf32>, %value: tensor<1x2x8x8xf32>,
                          %mask: tensor<?x1x8xf32>) -> tensor<4x1x8xf32> {
  %query = arith.constant dense<1.0> : tensor<1x4x1x8xf32>
  %0 = gqa.attention %query, %key, %value mask(%mask : tensor<?x1x8xf32>)
      : tensor<1x4x1x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>
      -> tensor<1x4x1x8xf32>
  %1 = tensor.collapse_shape %0 [[0, 1], [2], [3]]
      : tensor<1x4x1x8xf32> into tensor<4x1x8xf32>
  return %1 : tensor<4x1x8xf32>
}

// -----

/// linalg ops tie the dimensions their indexing maps give one loop, and a
/// static size constrains the dynamic members of its class: %b must have
/// 16 rows because the matmul reads it against the 16 columns of %a.
// CHECK-LABEL: func.func @matmul(
// CHECK-SAME:      gqa.entry_dims = [array<i64: -1, 0, 0, 2, 0>, array<i64: 16, 0, 1, 1, 0>, array<i64: -1, 1, 1, 2, 1>]
func.func @matmul(%a: tensor<?x16xf32>, %b: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %m = tensor.dim %a, %c0 : tensor<?x16xf32>
  %n = tensor.dim %b, %c1 : tensor<?x?xf32>
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty(%m, %n) : tensor<?x?xf32>
  %init = linalg.fill ins(%zero : f32) outs(%empty : tensor<?x?xf32>) -> tensor<?x?xf32>
  %0 = linalg.matmul ins(%a, %b : tensor<?x16xf32>, tensor<?x?xf32>)
                     outs(%init : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

/// Only tensor results become out-parameters: the index result takes no
/// number, so the tensor result is out-parameter #1 (tied to %x by the
/// elementwise negf). Private functions are not entries.
// CHECK-LABEL: func.func @mixed_results(
// CHECK-SAME:      gqa.entry_dims = [array<i64: -1, 0, 0, 1, 0>]
func.func @mixed_results(%x: tensor<?xf32>) -> (index, tensor<?xf32>) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?xf32>
  %y = arith.negf %x : tensor<?xf32>
  return %n, %y : index, tensor<?xf32>
}

// CHECK-LABEL: func.func private @negative_private(
// CHECK-NOT:       gqa.entry_dims
func.func private @negative_private(%x: tensor<?xf32>) -> tensor<?xf32> {
  %y = arith.negf %x : tensor<?xf32>
  return %y : tensor<?xf32>
}

// -----

/// kv_lengths and q_offset arguments are bounded by Skv: static (8) here,
/// and also the size of the key's dimension 2 (argument 1). A q_offset
/// the graph computes is not an argument: nothing to check on entry.
// CHECK-LABEL: func.func @bounds(
// CHECK-SAME:      gqa.entry_index_bounds = [array<i64: 3, 8, 1, 2>, array<i64: 4, 8, 1, 2>]
// CHECK-LABEL: func.func @computed(
// CHECK-NOT:       gqa.entry_index_bounds
func.func @bounds(%query: tensor<2x4x1x8xf32>, %key: tensor<2x2x8x8xf32>,
                  %value: tensor<2x2x8x8xf32>, %lengths: tensor<2xi32>,
                  %offsets: tensor<2xi64>) -> tensor<2x4x1x8xf32> {
  %0 = gqa.attention %query, %key, %value kv_lengths(%lengths : tensor<2xi32>)
      q_offset(%offsets : tensor<2xi64>) causal
      : tensor<2x4x1x8xf32>, tensor<2x2x8x8xf32>, tensor<2x2x8x8xf32>
      -> tensor<2x4x1x8xf32>
  return %0 : tensor<2x4x1x8xf32>
}

func.func @computed(%query: tensor<2x4x1x8xf32>, %key: tensor<2x2x8x8xf32>,
                    %value: tensor<2x2x8x8xf32>) -> tensor<2x4x1x8xf32> {
  %offsets = arith.constant dense<[3, 9]> : tensor<2xi64>
  %0 = gqa.attention %query, %key, %value q_offset(%offsets : tensor<2xi64>)
      causal
      : tensor<2x4x1x8xf32>, tensor<2x2x8x8xf32>, tensor<2x2x8x8xf32>
      -> tensor<2x4x1x8xf32>
  return %0 : tensor<2x4x1x8xf32>
}
