// RUN: gqa-opt %s -split-input-file -canonicalize -cse | FileCheck %s

/// The op has no side effects: an unused attention is erased.
// CHECK-LABEL: func.func @dead_attention(
// CHECK-NOT:     gqa.attention
// CHECK:         return
func.func @dead_attention(%query: tensor<1x4x2x16xf32>, %key: tensor<1x2x8x16xf32>,
                          %value: tensor<1x2x8x16xf32>) {
  %0 = gqa.attention %query, %key, %value : tensor<1x4x2x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32> -> tensor<1x4x2x16xf32>
  return
}

// -----

/// Two identical attentions are computed once.
// CHECK-LABEL: func.func @duplicate_attention(
// CHECK:         %[[O:.*]] = gqa.attention {{.*}} causal
// CHECK-NOT:     gqa.attention
// CHECK:         return %[[O]], %[[O]]
func.func @duplicate_attention(%query: tensor<1x4x2x16xf32>, %key: tensor<1x2x8x16xf32>,
                               %value: tensor<1x2x8x16xf32>) -> (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>) {
  %0 = gqa.attention %query, %key, %value causal : tensor<1x4x2x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32> -> tensor<1x4x2x16xf32>
  %1 = gqa.attention %query, %key, %value causal : tensor<1x4x2x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32> -> tensor<1x4x2x16xf32>
  return %0, %1 : tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>
}

// -----

/// Attentions that differ only in their head mapping are different.
// CHECK-LABEL: func.func @different_mappings(
// CHECK:         %[[A:.*]] = gqa.attention
// CHECK:         %[[B:.*]] = gqa.attention {{.*}} head_mapping = interleaved
// CHECK:         return %[[A]], %[[B]]
func.func @different_mappings(%query: tensor<1x4x2x16xf32>, %key: tensor<1x2x8x16xf32>,
                              %value: tensor<1x2x8x16xf32>) -> (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>) {
  %0 = gqa.attention %query, %key, %value : tensor<1x4x2x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32> -> tensor<1x4x2x16xf32>
  %1 = gqa.attention %query, %key, %value head_mapping = interleaved : tensor<1x4x2x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32> -> tensor<1x4x2x16xf32>
  return %0, %1 : tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>
}
