// RUN: gqa-opt %s --gqa-pack-query-groups --split-input-file | FileCheck %s

// Contiguous mapping: the G = 4 query heads of KV head h are heads
// 4h .. 4h+3, so packing is a pure reshape: [B, Hq, Sq, D] ->
// [B, Hkv, G, Sq, D] -> [B, Hkv, G*Sq, D], and back for the result.

// CHECK-LABEL: func.func @contiguous
//  CHECK-SAME:   (%[[Q:.*]]: tensor<2x8x3x16xf32>, %[[K:.*]]: tensor<2x2x10x16xf32>, %[[V:.*]]: tensor<2x2x10x16xf32>)
//       CHECK:   %[[QE:.*]] = tensor.expand_shape %[[Q]] {{\[}}[0], [1, 2], [3], [4]] output_shape [2, 2, 4, 3, 16] : tensor<2x8x3x16xf32> into tensor<2x2x4x3x16xf32>
//       CHECK:   %[[QP:.*]] = tensor.collapse_shape %[[QE]] {{\[}}[0], [1], [2, 3], [4]] : tensor<2x2x4x3x16xf32> into tensor<2x2x12x16xf32>
//   CHECK-NOT:   linalg.transpose
//       CHECK:   %[[P:.*]] = gqa.packed_attention %[[QP]], %[[K]], %[[V]] packing = 4 causal : tensor<2x2x12x16xf32>, tensor<2x2x10x16xf32>, tensor<2x2x10x16xf32> -> tensor<2x2x12x16xf32>
//       CHECK:   %[[OE:.*]] = tensor.expand_shape %[[P]] {{\[}}[0], [1], [2, 3], [4]] output_shape [2, 2, 4, 3, 16] : tensor<2x2x12x16xf32> into tensor<2x2x4x3x16xf32>
//       CHECK:   %[[O:.*]] = tensor.collapse_shape %[[OE]] {{\[}}[0], [1, 2], [3], [4]] : tensor<2x2x4x3x16xf32> into tensor<2x8x3x16xf32>
//       CHECK:   return %[[O]]
func.func @contiguous(%q: tensor<2x8x3x16xf32>, %k: tensor<2x2x10x16xf32>, %v: tensor<2x2x10x16xf32>) -> tensor<2x8x3x16xf32> {
  %o = gqa.attention %q, %k, %v causal : tensor<2x8x3x16xf32>, tensor<2x2x10x16xf32>, tensor<2x2x10x16xf32> -> tensor<2x8x3x16xf32>
  return %o : tensor<2x8x3x16xf32>
}

// -----

// Interleaved mapping with an odd group size (G = 3): the query heads of KV
// head h are h, h + Hkv, h + 2 Hkv, so the group axis needs a transpose.
// Mask, kv_lengths and every attribute move to the packed op unchanged.

// CHECK-LABEL: func.func @interleaved
//  CHECK-SAME:   (%[[Q:[^:]*]]: tensor<2x6x3x16xf32>, %[[K:[^:]*]]: tensor<2x2x10x16xf32>, %[[V:[^:]*]]: tensor<2x2x10x8xf32>, %[[M:[^:]*]]: tensor<2x6x3x10xf32>, %[[L:[^:]*]]: tensor<2xi32>)
//       CHECK:   %[[QE:.*]] = tensor.expand_shape %[[Q]] {{\[}}[0], [1, 2], [3], [4]] output_shape [2, 3, 2, 3, 16] : tensor<2x6x3x16xf32> into tensor<2x3x2x3x16xf32>
//       CHECK:   %[[QT:.*]] = linalg.transpose ins(%[[QE]] : tensor<2x3x2x3x16xf32>) outs(%{{.*}} : tensor<2x2x3x3x16xf32>) permutation = [0, 2, 1, 3, 4]
//       CHECK:   %[[QP:.*]] = tensor.collapse_shape %[[QT]] {{\[}}[0], [1], [2, 3], [4]] : tensor<2x2x3x3x16xf32> into tensor<2x2x9x16xf32>
//       CHECK:   %[[P:.*]] = gqa.packed_attention %[[QP]], %[[K]], %[[V]] mask(%[[M]] : tensor<2x6x3x10xf32>) kv_lengths(%[[L]] : tensor<2xi32>) packing = 3 causal window = 2 head_mapping = interleaved : tensor<2x2x9x16xf32>, tensor<2x2x10x16xf32>, tensor<2x2x10x8xf32> -> tensor<2x2x9x8xf32>
//       CHECK:   %[[OE:.*]] = tensor.expand_shape %[[P]] {{\[}}[0], [1], [2, 3], [4]] output_shape [2, 2, 3, 3, 8]
//       CHECK:   %[[OT:.*]] = linalg.transpose ins(%[[OE]] : tensor<2x2x3x3x8xf32>) outs(%{{.*}} : tensor<2x3x2x3x8xf32>) permutation = [0, 2, 1, 3, 4]
//       CHECK:   %[[O:.*]] = tensor.collapse_shape %[[OT]] {{\[}}[0], [1, 2], [3], [4]] : tensor<2x3x2x3x8xf32> into tensor<2x6x3x8xf32>
//       CHECK:   return %[[O]]
func.func @interleaved(%q: tensor<2x6x3x16xf32>, %k: tensor<2x2x10x16xf32>, %v: tensor<2x2x10x8xf32>, %m: tensor<2x6x3x10xf32>, %l: tensor<2xi32>) -> tensor<2x6x3x8xf32> {
  %o = gqa.attention %q, %k, %v mask(%m : tensor<2x6x3x10xf32>) kv_lengths(%l : tensor<2xi32>) causal window = 2 head_mapping = interleaved : tensor<2x6x3x16xf32>, tensor<2x2x10x16xf32>, tensor<2x2x10x8xf32> -> tensor<2x6x3x8xf32>
  return %o : tensor<2x6x3x8xf32>
}

// -----

// Multi-query attention (Hkv = 1): all 7 query heads become one row block.

// CHECK-LABEL: func.func @mqa
//       CHECK:   tensor.collapse_shape %{{.*}} : tensor<1x1x7x1x64xf16> into tensor<1x1x7x64xf16>
//       CHECK:   gqa.packed_attention %{{.*}} packing = 7 : tensor<1x1x7x64xf16>, tensor<1x1x33x64xf16>, tensor<1x1x33x64xf16> -> tensor<1x1x7x64xf16>
func.func @mqa(%q: tensor<1x7x1x64xf16>, %k: tensor<1x1x33x64xf16>, %v: tensor<1x1x33x64xf16>) -> tensor<1x7x1x64xf16> {
  %o = gqa.attention %q, %k, %v : tensor<1x7x1x64xf16>, tensor<1x1x33x64xf16>, tensor<1x1x33x64xf16> -> tensor<1x7x1x64xf16>
  return %o : tensor<1x7x1x64xf16>
}

// -----

// Dynamic batch and sequence lengths: the reshapes take their sizes from
// tensor.dim of the query.

// CHECK-LABEL: func.func @dynamic
//  CHECK-SAME:   (%[[Q:[^:]*]]: tensor<?x32x?x128xf16>
//   CHECK-DAG:   %[[B:.*]] = tensor.dim %[[Q]], %c0
//   CHECK-DAG:   %[[S:.*]] = tensor.dim %[[Q]], %c2
//       CHECK:   tensor.expand_shape %[[Q]] {{\[}}[0], [1, 2], [3], [4]] output_shape [%[[B]], 8, 4, %[[S]], 128] : tensor<?x32x?x128xf16> into tensor<?x8x4x?x128xf16>
//       CHECK:   gqa.packed_attention %{{.*}} packing = 4 : tensor<?x8x?x128xf16>, tensor<?x8x?x128xf16>, tensor<?x8x?x128xf16> -> tensor<?x8x?x128xf16>
func.func @dynamic(%q: tensor<?x32x?x128xf16>, %k: tensor<?x8x?x128xf16>, %v: tensor<?x8x?x128xf16>) -> tensor<?x32x?x128xf16> {
  %o = gqa.attention %q, %k, %v : tensor<?x32x?x128xf16>, tensor<?x8x?x128xf16>, tensor<?x8x?x128xf16> -> tensor<?x32x?x128xf16>
  return %o : tensor<?x32x?x128xf16>
}

// -----

// G = 1 (multi-head attention) is left alone.

// CHECK-LABEL: func.func @mha
//   CHECK-NOT:   tensor.expand_shape
//   CHECK-NOT:   packed_attention
//       CHECK:   gqa.attention
func.func @mha(%q: tensor<1x4x3x16xf32>, %k: tensor<1x4x10x16xf32>, %v: tensor<1x4x10x16xf32>) -> tensor<1x4x3x16xf32> {
  %o = gqa.attention %q, %k, %v : tensor<1x4x3x16xf32>, tensor<1x4x10x16xf32>, tensor<1x4x10x16xf32> -> tensor<1x4x3x16xf32>
  return %o : tensor<1x4x3x16xf32>
}
