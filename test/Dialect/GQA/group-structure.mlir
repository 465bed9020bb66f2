// RUN: gqa-opt %s -split-input-file -gqa-test-group-structure -verify-diagnostics

/// Grouped-query attention, contiguous: query heads 0..3 share KV head 0.
func.func @gqa_contiguous(%query: tensor<2x8x4x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x32xf32>) {
  // expected-remark @below {{Hq = 8, Hkv = 2, G = 4, D = 64, Dv = 32, scale = 0.125, kv(h) = [0, 0, 0, 0, 1, 1, 1, 1], groups = [[0, 1, 2, 3], [4, 5, 6, 7]]}}
  %0 = gqa.attention %query, %key, %value : tensor<2x8x4x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x32xf32> -> tensor<2x8x4x32xf32>
  return
}

// -----

/// Interleaved (ONNX 1.18/1.19.0): query head h reads KV head h mod Hkv.
func.func @gqa_interleaved(%query: tensor<2x8x4x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x32xf32>) {
  // expected-remark @below {{Hq = 8, Hkv = 2, G = 4, D = 64, Dv = 32, scale = 0.125, kv(h) = [0, 1, 0, 1, 0, 1, 0, 1], groups = [[0, 2, 4, 6], [1, 3, 5, 7]]}}
  %0 = gqa.attention %query, %key, %value head_mapping = interleaved : tensor<2x8x4x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x32xf32> -> tensor<2x8x4x32xf32>
  return
}

// -----

/// An odd group size (G = 3) with both mappings; the explicit scale wins over
/// 1/sqrt(D).
func.func @odd_group(%query: tensor<1x6x1x80xbf16>, %key: tensor<1x2x?x80xbf16>, %value: tensor<1x2x?x80xbf16>) {
  // expected-remark @below {{Hq = 6, Hkv = 2, G = 3, D = 80, Dv = 80, scale = 0.5, kv(h) = [0, 0, 0, 1, 1, 1], groups = [[0, 1, 2], [3, 4, 5]]}}
  %0 = gqa.attention %query, %key, %value scale = 0.5 : tensor<1x6x1x80xbf16>, tensor<1x2x?x80xbf16>, tensor<1x2x?x80xbf16> -> tensor<1x6x1x80xbf16>
  // expected-remark @below {{Hq = 6, Hkv = 2, G = 3, D = 80, Dv = 80, scale = 0.111803, kv(h) = [0, 1, 0, 1, 0, 1], groups = [[0, 2, 4], [1, 3, 5]]}}
  %1 = gqa.attention %query, %key, %value head_mapping = interleaved : tensor<1x6x1x80xbf16>, tensor<1x2x?x80xbf16>, tensor<1x2x?x80xbf16> -> tensor<1x6x1x80xbf16>
  return
}

// -----

/// Multi-query attention: one KV head serves every query head, whatever the
/// mapping says.
func.func @mqa(%query: tensor<1x5x3x16xf16>, %key: tensor<1x1x7x16xf16>, %value: tensor<1x1x7x16xf16>) {
  // expected-remark @below {{Hq = 5, Hkv = 1, G = 5, D = 16, Dv = 16, scale = 0.25, MQA, kv(h) = [0, 0, 0, 0, 0], groups = [[0, 1, 2, 3, 4]]}}
  %0 = gqa.attention %query, %key, %value head_mapping = interleaved : tensor<1x5x3x16xf16>, tensor<1x1x7x16xf16>, tensor<1x1x7x16xf16> -> tensor<1x5x3x16xf16>
  return
}

// -----

/// Multi-head attention: every query head has its own KV head, whatever the
/// mapping says.
func.func @mha(%query: tensor<?x3x?x16xf32>, %key: tensor<?x3x?x16xf32>, %value: tensor<?x3x?x16xf32>) {
  // expected-remark @below {{Hq = 3, Hkv = 3, G = 1, D = 16, Dv = 16, scale = 0.25, MHA, kv(h) = [0, 1, 2], groups = [[0], [1], [2]]}}
  %0 = gqa.attention %query, %key, %value head_mapping = interleaved : tensor<?x3x?x16xf32>, tensor<?x3x?x16xf32>, tensor<?x3x?x16xf32> -> tensor<?x3x?x16xf32>
  return
}
