// RUN: gqa-opt %s -split-input-file | FileCheck %s
// RUN: gqa-opt %s -split-input-file | gqa-opt -split-input-file | FileCheck %s
// RUN: gqa-opt %s -split-input-file -mlir-print-op-generic | gqa-opt -split-input-file | FileCheck %s

/// With no optional operands or attributes the op prints in its shortest form.
// CHECK-LABEL: func.func @gqa_plain(
// CHECK-SAME:    %[[Q:.*]]: tensor<2x8x4x64xf32>, %[[K:.*]]: tensor<2x2x10x64xf32>, %[[V:.*]]: tensor<2x2x10x64xf32>
// CHECK:         %{{.*}} = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<2x8x4x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x8x4x64xf32>
// CHECK-NOT:     head_mapping
func.func @gqa_plain(%query: tensor<2x8x4x64xf32>, %key: tensor<2x2x10x64xf32>,
                     %value: tensor<2x2x10x64xf32>) -> tensor<2x8x4x64xf32> {
  %0 = gqa.attention %query, %key, %value : tensor<2x8x4x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x8x4x64xf32>
  return %0 : tensor<2x8x4x64xf32>
}

// -----

/// Explicitly spelled defaults are not printed.
// CHECK-LABEL: func.func @defaults_elided(
// CHECK:         gqa.attention %{{.*}}, %{{.*}}, %{{.*}} : tensor
func.func @defaults_elided(%query: tensor<1x4x1x16xf32>, %key: tensor<1x4x9x16xf32>,
                           %value: tensor<1x4x9x16xf32>) -> tensor<1x4x1x16xf32> {
  %0 = gqa.attention %query, %key, %value head_mapping = contiguous alignment = top_left : tensor<1x4x1x16xf32>, tensor<1x4x9x16xf32>, tensor<1x4x9x16xf32> -> tensor<1x4x1x16xf32>
  return %0 : tensor<1x4x1x16xf32>
}

// -----

/// Every optional operand and attribute at once, on the grouped form.
// CHECK-LABEL: func.func @everything(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<2x12x7x64xbf16>, %[[K:[a-z0-9]+]]: tensor<2x4x100x64xbf16>, %[[V:[a-z0-9]+]]: tensor<2x4x100x32xbf16>, %[[M:[a-z0-9]+]]: tensor<7x100xi1>, %[[L:[a-z0-9]+]]: tensor<2xi64>
// CHECK:         gqa.attention %[[Q]], %[[K]], %[[V]] mask(%[[M]] : tensor<7x100xi1>) kv_lengths(%[[L]] : tensor<2xi64>) causal window = 31 scale = 1.250000e-01 softcap = 3.000000e+01 head_mapping = interleaved alignment = bottom_right : tensor<2x12x7x64xbf16>, tensor<2x4x100x64xbf16>, tensor<2x4x100x32xbf16> -> tensor<2x12x7x32xbf16>
func.func @everything(%query: tensor<2x12x7x64xbf16>, %key: tensor<2x4x100x64xbf16>,
                      %value: tensor<2x4x100x32xbf16>, %mask: tensor<7x100xi1>,
                      %lengths: tensor<2xi64>) -> tensor<2x12x7x32xbf16> {
  %0 = gqa.attention %query, %key, %value mask(%mask : tensor<7x100xi1>) kv_lengths(%lengths : tensor<2xi64>) causal window = 31 scale = 0.125 softcap = 30.0 head_mapping = interleaved alignment = bottom_right : tensor<2x12x7x64xbf16>, tensor<2x4x100x64xbf16>, tensor<2x4x100x32xbf16> -> tensor<2x12x7x32xbf16>
  return %0 : tensor<2x12x7x32xbf16>
}

// -----

/// Decode against a padded cache: dynamic B, Sq and Skv, a float bias, the
/// query position given per batch.
// CHECK-LABEL: func.func @dynamic_decode(
// CHECK:         gqa.attention %{{.*}}, %{{.*}}, %{{.*}} mask(%{{.*}} : tensor<?x1x1x?xf16>) kv_lengths(%{{.*}} : tensor<?xi32>) q_offset(%{{.*}} : tensor<?xi32>) causal : tensor<?x32x?x128xf16>, tensor<?x8x?x128xf16>, tensor<?x8x?x128xf16> -> tensor<?x32x?x128xf16>
func.func @dynamic_decode(%query: tensor<?x32x?x128xf16>, %key: tensor<?x8x?x128xf16>,
                          %value: tensor<?x8x?x128xf16>, %bias: tensor<?x1x1x?xf16>,
                          %lengths: tensor<?xi32>, %offset: tensor<?xi32>) -> tensor<?x32x?x128xf16> {
  %0 = gqa.attention %query, %key, %value mask(%bias : tensor<?x1x1x?xf16>) kv_lengths(%lengths : tensor<?xi32>) q_offset(%offset : tensor<?xi32>) causal : tensor<?x32x?x128xf16>, tensor<?x8x?x128xf16>, tensor<?x8x?x128xf16> -> tensor<?x32x?x128xf16>
  return %0 : tensor<?x32x?x128xf16>
}

// -----

/// Multi-query attention (Hkv = 1) and multi-head attention (G = 1) are the
/// same op.
// CHECK-LABEL: func.func @mqa_and_mha(
// CHECK:         gqa.attention {{.*}} : tensor<1x71x5x64xf32>, tensor<1x1x5x64xf32>, tensor<1x1x5x64xf32> -> tensor<1x71x5x64xf32>
// CHECK:         gqa.attention {{.*}} causal : tensor<1x6x5x64xf32>, tensor<1x6x5x64xf32>, tensor<1x6x5x64xf32> -> tensor<1x6x5x64xf32>
func.func @mqa_and_mha(%q1: tensor<1x71x5x64xf32>, %kv1: tensor<1x1x5x64xf32>,
                       %q6: tensor<1x6x5x64xf32>, %kv6: tensor<1x6x5x64xf32>)
    -> (tensor<1x71x5x64xf32>, tensor<1x6x5x64xf32>) {
  %0 = gqa.attention %q1, %kv1, %kv1 : tensor<1x71x5x64xf32>, tensor<1x1x5x64xf32>, tensor<1x1x5x64xf32> -> tensor<1x71x5x64xf32>
  %1 = gqa.attention %q6, %kv6, %kv6 causal : tensor<1x6x5x64xf32>, tensor<1x6x5x64xf32>, tensor<1x6x5x64xf32> -> tensor<1x6x5x64xf32>
  return %0, %1 : tensor<1x71x5x64xf32>, tensor<1x6x5x64xf32>
}

// -----

/// Masks broadcast from their trailing dims: scalar, per key, per batch and
/// head, and a result whose dynamic batch is refined by the key's static one.
// CHECK-LABEL: func.func @mask_broadcasts(
// CHECK:         mask(%{{.*}} : tensor<f32>)
// CHECK:         mask(%{{.*}} : tensor<9xi1>)
// CHECK:         mask(%{{.*}} : tensor<3x4x1x9xf32>)
// CHECK-SAME:    -> tensor<3x4x2x16xf32>
func.func @mask_broadcasts(%query: tensor<?x4x2x16xf32>, %key: tensor<3x2x9x16xf32>,
                           %value: tensor<3x2x9x16xf32>, %scalar: tensor<f32>,
                           %keys: tensor<9xi1>, %full: tensor<3x4x1x9xf32>) {
  %0 = gqa.attention %query, %key, %value mask(%scalar : tensor<f32>) : tensor<?x4x2x16xf32>, tensor<3x2x9x16xf32>, tensor<3x2x9x16xf32> -> tensor<?x4x2x16xf32>
  %1 = gqa.attention %query, %key, %value mask(%keys : tensor<9xi1>) window = 0 : tensor<?x4x2x16xf32>, tensor<3x2x9x16xf32>, tensor<3x2x9x16xf32> -> tensor<?x4x2x16xf32>
  %2 = gqa.attention %query, %key, %value mask(%full : tensor<3x4x1x9xf32>) : tensor<?x4x2x16xf32>, tensor<3x2x9x16xf32>, tensor<3x2x9x16xf32> -> tensor<3x4x2x16xf32>
  return
}

// -----

/// The packed form: G = 4 query heads of each KV head stacked into 4 * Sq
/// rows, with every optional operand and attribute.
// CHECK-LABEL: func.func @packed(
// CHECK:         gqa.packed_attention %{{.*}}, %{{.*}}, %{{.*}} mask(%{{.*}} : tensor<2x8x3x10xf32>) kv_lengths(%{{.*}} : tensor<2xi32>) q_offset(%{{.*}} : tensor<2xi64>) packing = 4 causal window = 2 scale = 2.500000e-01 softcap = 2.000000e+01 head_mapping = interleaved : tensor<2x2x12x16xf32>, tensor<2x2x10x16xf32>, tensor<2x2x10x8xf32> -> tensor<2x2x12x8xf32>
// CHECK:         gqa.packed_attention %{{.*}}, %{{.*}}, %{{.*}} packing = 2 : tensor<?x4x?x16xf16>, tensor<?x2x?x16xf16>, tensor<?x2x?x16xf16> -> tensor<?x4x?x16xf16>
func.func @packed(%query: tensor<2x2x12x16xf32>, %key: tensor<2x2x10x16xf32>,
                  %value: tensor<2x2x10x8xf32>, %bias: tensor<2x8x3x10xf32>,
                  %lengths: tensor<2xi32>, %offset: tensor<2xi64>,
                  %q2: tensor<?x4x?x16xf16>, %kv2: tensor<?x2x?x16xf16>) {
  %0 = gqa.packed_attention %query, %key, %value mask(%bias : tensor<2x8x3x10xf32>) kv_lengths(%lengths : tensor<2xi32>) q_offset(%offset : tensor<2xi64>) packing = 4 causal window = 2 scale = 0.25 softcap = 20.0 head_mapping = interleaved : tensor<2x2x12x16xf32>, tensor<2x2x10x16xf32>, tensor<2x2x10x8xf32> -> tensor<2x2x12x8xf32>
  /// Packing 2 of a group of 4: two units per KV head.
  %1 = gqa.packed_attention %q2, %kv2, %kv2 packing = 2 : tensor<?x4x?x16xf16>, tensor<?x2x?x16xf16>, tensor<?x2x?x16xf16> -> tensor<?x4x?x16xf16>
  return
}
