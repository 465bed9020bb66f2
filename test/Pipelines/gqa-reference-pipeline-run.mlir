// RUN: gqa-opt %s --gqa-reference-pipeline \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils \
// RUN: | FileCheck %s

// Runs the reference lowering on small cases whose outputs follow by hand
// from the semantics of gqa.attention. Most cases use a zero query, so every
// allowed key gets the same score, the softmax is uniform and the output is
// the mean of the allowed value rows.

//===----------------------------------------------------------------------===//
// Head mappings
//===----------------------------------------------------------------------===//

// With Hq = 4, Hkv = 2 (G = 2), value head 0 has rows [1, 2], [3, 4] (mean
// [2, 3]) and value head 1 has rows [10, 20], [20, 40] (mean [15, 30]).
// Contiguous: heads 0, 1 read KV head 0 and heads 2, 3 read KV head 1.
// The operands are cast to dynamic B, Sq and Skv inside, so the lowering
// computes its sizes at run time.
// CHECK-LABEL: sizes = [1, 4, 1, 2]
// CHECK-NEXT{LITERAL}: [[[[2, 3]],
// CHECK-NEXT{LITERAL}:   [[2, 3]],
// CHECK-NEXT{LITERAL}:   [[15, 30]],
// CHECK-NEXT{LITERAL}:   [[15, 30]]]]
func.func @contiguous_dynamic(%query: tensor<?x4x?x2xf32>, %key: tensor<?x2x?x2xf32>, %value: tensor<?x2x?x2xf32>) -> tensor<1x4x1x2xf32> {
  %0 = gqa.attention %query, %key, %value : tensor<?x4x?x2xf32>, tensor<?x2x?x2xf32>, tensor<?x2x?x2xf32> -> tensor<?x4x?x2xf32>
  %1 = tensor.cast %0 : tensor<?x4x?x2xf32> to tensor<1x4x1x2xf32>
  return %1 : tensor<1x4x1x2xf32>
}

// Interleaved: heads 0, 2 read KV head 0 and heads 1, 3 read KV head 1.
// CHECK-LABEL: sizes = [1, 4, 1, 2]
// CHECK-NEXT{LITERAL}: [[[[2, 3]],
// CHECK-NEXT{LITERAL}:   [[15, 30]],
// CHECK-NEXT{LITERAL}:   [[2, 3]],
// CHECK-NEXT{LITERAL}:   [[15, 30]]]]
func.func @interleaved(%query: tensor<1x4x1x2xf32>, %key: tensor<1x2x2x2xf32>, %value: tensor<1x2x2x2xf32>) -> tensor<1x4x1x2xf32> {
  %0 = gqa.attention %query, %key, %value head_mapping = interleaved : tensor<1x4x1x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32> -> tensor<1x4x1x2xf32>
  return %0 : tensor<1x4x1x2xf32>
}

//===----------------------------------------------------------------------===//
// Scores
//===----------------------------------------------------------------------===//

// D = 4, so the default scale is 1/2. The query is [1, 0, 0, 0] and the keys
// are 0 and [2 ln 3, 0, 0, 0]: the scores are 0 and ln 3, the weights 1/4
// and 3/4, and with values 4 and 8 the output is 1 + 6 = 7.
// CHECK-LABEL: sizes = [1, 1, 1, 1]
// CHECK-NEXT{LITERAL}: [[[[7]]]]
func.func @default_scale(%query: tensor<1x1x1x4xf32>, %key: tensor<1x1x2x4xf32>, %value: tensor<1x1x2x1xf32>) -> tensor<1x1x1x1xf32> {
  %0 = gqa.attention %query, %key, %value : tensor<1x1x1x4xf32>, tensor<1x1x2x4xf32>, tensor<1x1x2x1xf32> -> tensor<1x1x1x1xf32>
  return %0 : tensor<1x1x1x1xf32>
}

// Scores 0 and 100 with softcap 1 become 0 and tanh(100) = 1, so the weight
// of the second key is e / (1 + e) = 0.731059; the values are 0 and 1.
// Without the cap the output would be 1.
// CHECK-LABEL: sizes = [1, 1, 1, 1]
// CHECK-NEXT{LITERAL}: [[[[0.731059]]]]
func.func @softcap(%query: tensor<1x1x1x1xf32>, %key: tensor<1x1x2x1xf32>, %value: tensor<1x1x2x1xf32>) -> tensor<1x1x1x1xf32> {
  %0 = gqa.attention %query, %key, %value scale = 1.0 softcap = 1.0 : tensor<1x1x1x1xf32>, tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32> -> tensor<1x1x1x1xf32>
  return %0 : tensor<1x1x1x1xf32>
}

//===----------------------------------------------------------------------===//
// Masking
//===----------------------------------------------------------------------===//

// Sq = 3 over Skv = 2, causal, bottom_right: row i sits at position
// i + 2 - 3 = i - 1. Row 0 (position -1) has no allowed key and is 0, not
// NaN; row 1 sees key 0 (value 1); row 2 sees keys 0 and 1 (mean 2).
// CHECK-LABEL: sizes = [1, 1, 3, 1]
// CHECK-NEXT{LITERAL}: [[[[0],
// CHECK-NEXT{LITERAL}:    [1],
// CHECK-NEXT{LITERAL}:    [2]]]]
func.func @bottom_right_causal(%query: tensor<1x1x3x1xf32>, %key: tensor<1x1x2x1xf32>, %value: tensor<1x1x2x1xf32>) -> tensor<1x1x3x1xf32> {
  %0 = gqa.attention %query, %key, %value causal alignment = bottom_right : tensor<1x1x3x1xf32>, tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32> -> tensor<1x1x3x1xf32>
  return %0 : tensor<1x1x3x1xf32>
}

// Per batch, causal with window 1 allows keys p - 1 and p, and kv_lengths
// cuts keys j >= L_b. Batch 0: p = q_offset = 3, L = 3: only key 2
// (value 3). Batch 1: p = 1, L = 4: keys 0 and 1 (mean of 10 and 20).
// CHECK-LABEL: sizes = [2, 1, 1, 1]
// CHECK-NEXT{LITERAL}: [[[[3]]],
// CHECK-NEXT{LITERAL}:  [[[15]]]]
func.func @window_lengths_offset(%query: tensor<2x1x1x1xf32>, %key: tensor<2x1x4x1xf32>, %value: tensor<2x1x4x1xf32>, %lengths: tensor<2xi32>, %offset: tensor<2xi64>) -> tensor<2x1x1x1xf32> {
  %0 = gqa.attention %query, %key, %value kv_lengths(%lengths : tensor<2xi32>) q_offset(%offset : tensor<2xi64>) causal window = 1 : tensor<2x1x1x1xf32>, tensor<2x1x4x1xf32>, tensor<2x1x4x1xf32> -> tensor<2x1x1x1xf32>
  return %0 : tensor<2x1x1x1xf32>
}

// A boolean mask [Sq, Skv] broadcast over batch and heads: row 0 allows only
// key 0 (value 5), row 1 allows nothing and is 0.
// CHECK-LABEL: sizes = [1, 1, 2, 1]
// CHECK-NEXT{LITERAL}: [[[[5],
// CHECK-NEXT{LITERAL}:    [0]]]]
func.func @boolean_mask(%query: tensor<1x1x2x1xf32>, %key: tensor<1x1x2x1xf32>, %value: tensor<1x1x2x1xf32>, %mask: tensor<2x2xi1>) -> tensor<1x1x2x1xf32> {
  %0 = gqa.attention %query, %key, %value mask(%mask : tensor<2x2xi1>) : tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32> -> tensor<1x1x2x1xf32>
  return %0 : tensor<1x1x2x1xf32>
}

// An additive bias [Skv] = [0, -inf, ln 3] over zero scores: key 1 is masked
// and keys 0 and 2 get weights 1/4 and 3/4; values 4, 100, 8 give 7.
// CHECK-LABEL: sizes = [1, 1, 1, 1]
// CHECK-NEXT{LITERAL}: [[[[7]]]]
func.func @bias(%query: tensor<1x1x1x1xf32>, %key: tensor<1x1x3x1xf32>, %value: tensor<1x1x3x1xf32>, %bias: tensor<3xf32>) -> tensor<1x1x1x1xf32> {
  %0 = gqa.attention %query, %key, %value mask(%bias : tensor<3xf32>) : tensor<1x1x1x1xf32>, tensor<1x1x3x1xf32>, tensor<1x1x3x1xf32> -> tensor<1x1x1x1xf32>
  return %0 : tensor<1x1x1x1xf32>
}

//===----------------------------------------------------------------------===//
// Element types
//===----------------------------------------------------------------------===//

// The contiguous case in f16 with an f16 bias of -inf on key 1 of every
// row: each head sees only row 0 of its KV head, [1, 2] or [10, 20].
// CHECK-LABEL: sizes = [1, 4, 1, 2]
// CHECK-NEXT{LITERAL}: [[[[1, 2]],
// CHECK-NEXT{LITERAL}:   [[1, 2]],
// CHECK-NEXT{LITERAL}:   [[10, 20]],
// CHECK-NEXT{LITERAL}:   [[10, 20]]]]
func.func @contiguous_f16(%query: tensor<1x4x1x2xf16>, %key: tensor<1x2x2x2xf16>, %value: tensor<1x2x2x2xf16>, %bias: tensor<1x2xf16>) -> tensor<1x4x1x2xf16> {
  %0 = gqa.attention %query, %key, %value mask(%bias : tensor<1x2xf16>) : tensor<1x4x1x2xf16>, tensor<1x2x2x2xf16>, tensor<1x2x2x2xf16> -> tensor<1x4x1x2xf16>
  return %0 : tensor<1x4x1x2xf16>
}

// The interleaved case in bf16: the means are exact in bf16.
// CHECK-LABEL: sizes = [1, 4, 1, 2]
// CHECK-NEXT{LITERAL}: [[[[2, 3]],
// CHECK-NEXT{LITERAL}:   [[15, 30]],
// CHECK-NEXT{LITERAL}:   [[2, 3]],
// CHECK-NEXT{LITERAL}:   [[15, 30]]]]
func.func @interleaved_bf16(%query: tensor<1x4x1x2xbf16>, %key: tensor<1x2x2x2xbf16>, %value: tensor<1x2x2x2xbf16>) -> tensor<1x4x1x2xbf16> {
  %0 = gqa.attention %query, %key, %value head_mapping = interleaved : tensor<1x4x1x2xbf16>, tensor<1x2x2x2xbf16>, tensor<1x2x2x2xbf16> -> tensor<1x4x1x2xbf16>
  return %0 : tensor<1x4x1x2xbf16>
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

func.func private @printMemrefF32(memref<*xf32>) attributes {llvm.emit_c_interface}
func.func private @printMemrefF16(memref<*xf16>) attributes {llvm.emit_c_interface}
func.func private @printMemrefBF16(memref<*xbf16>) attributes {llvm.emit_c_interface}

func.func @print_f32(%tensor: tensor<*xf32>) {
  %buffer = bufferization.to_buffer %tensor read_only : tensor<*xf32> to memref<*xf32>
  call @printMemrefF32(%buffer) : (memref<*xf32>) -> ()
  return
}

func.func @main() {
  // Zero queries and keys: uniform softmax over the allowed keys.
  %q4 = arith.constant dense<0.0> : tensor<1x4x1x2xf32>
  %k2 = arith.constant dense<0.0> : tensor<1x2x2x2xf32>
  %v2 = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]], [[10.0, 20.0], [20.0, 40.0]]]]> : tensor<1x2x2x2xf32>

  %q4d = tensor.cast %q4 : tensor<1x4x1x2xf32> to tensor<?x4x?x2xf32>
  %k2d = tensor.cast %k2 : tensor<1x2x2x2xf32> to tensor<?x2x?x2xf32>
  %v2d = tensor.cast %v2 : tensor<1x2x2x2xf32> to tensor<?x2x?x2xf32>
  %contiguous = call @contiguous_dynamic(%q4d, %k2d, %v2d) : (tensor<?x4x?x2xf32>, tensor<?x2x?x2xf32>, tensor<?x2x?x2xf32>) -> tensor<1x4x1x2xf32>
  %contiguous_u = tensor.cast %contiguous : tensor<1x4x1x2xf32> to tensor<*xf32>
  call @print_f32(%contiguous_u) : (tensor<*xf32>) -> ()

  %interleaved = call @interleaved(%q4, %k2, %v2) : (tensor<1x4x1x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x4x1x2xf32>
  %interleaved_u = tensor.cast %interleaved : tensor<1x4x1x2xf32> to tensor<*xf32>
  call @print_f32(%interleaved_u) : (tensor<*xf32>) -> ()

  // 2 ln 3 = 2.1972245773362196.
  %q_scale = arith.constant dense<[[[[1.0, 0.0, 0.0, 0.0]]]]> : tensor<1x1x1x4xf32>
  %k_scale = arith.constant dense<[[[[0.0, 0.0, 0.0, 0.0], [2.1972245773362196, 0.0, 0.0, 0.0]]]]> : tensor<1x1x2x4xf32>
  %v_scale = arith.constant dense<[[[[4.0], [8.0]]]]> : tensor<1x1x2x1xf32>
  %default_scale = call @default_scale(%q_scale, %k_scale, %v_scale) : (tensor<1x1x1x4xf32>, tensor<1x1x2x4xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x1x1xf32>
  %default_scale_u = tensor.cast %default_scale : tensor<1x1x1x1xf32> to tensor<*xf32>
  call @print_f32(%default_scale_u) : (tensor<*xf32>) -> ()

  %q_one = arith.constant dense<1.0> : tensor<1x1x1x1xf32>
  %k_cap = arith.constant dense<[[[[0.0], [100.0]]]]> : tensor<1x1x2x1xf32>
  %v_cap = arith.constant dense<[[[[0.0], [1.0]]]]> : tensor<1x1x2x1xf32>
  %softcap = call @softcap(%q_one, %k_cap, %v_cap) : (tensor<1x1x1x1xf32>, tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x1x1xf32>
  %softcap_u = tensor.cast %softcap : tensor<1x1x1x1xf32> to tensor<*xf32>
  call @print_f32(%softcap_u) : (tensor<*xf32>) -> ()

  %q_rows = arith.constant dense<0.0> : tensor<1x1x3x1xf32>
  %k_two = arith.constant dense<0.0> : tensor<1x1x2x1xf32>
  %v_causal = arith.constant dense<[[[[1.0], [3.0]]]]> : tensor<1x1x2x1xf32>
  %causal = call @bottom_right_causal(%q_rows, %k_two, %v_causal) : (tensor<1x1x3x1xf32>, tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x3x1xf32>
  %causal_u = tensor.cast %causal : tensor<1x1x3x1xf32> to tensor<*xf32>
  call @print_f32(%causal_u) : (tensor<*xf32>) -> ()

  %q_batch = arith.constant dense<0.0> : tensor<2x1x1x1xf32>
  %k_batch = arith.constant dense<0.0> : tensor<2x1x4x1xf32>
  %v_batch = arith.constant dense<[[[[1.0], [2.0], [3.0], [4.0]]], [[[10.0], [20.0], [30.0], [40.0]]]]> : tensor<2x1x4x1xf32>
  %lengths = arith.constant dense<[3, 4]> : tensor<2xi32>
  %offsets = arith.constant dense<[3, 1]> : tensor<2xi64>
  %window = call @window_lengths_offset(%q_batch, %k_batch, %v_batch, %lengths, %offsets) : (tensor<2x1x1x1xf32>, tensor<2x1x4x1xf32>, tensor<2x1x4x1xf32>, tensor<2xi32>, tensor<2xi64>) -> tensor<2x1x1x1xf32>
  %window_u = tensor.cast %window : tensor<2x1x1x1xf32> to tensor<*xf32>
  call @print_f32(%window_u) : (tensor<*xf32>) -> ()

  %q_mask = arith.constant dense<0.0> : tensor<1x1x2x1xf32>
  %v_mask = arith.constant dense<[[[[5.0], [7.0]]]]> : tensor<1x1x2x1xf32>
  %mask = arith.constant dense<[[true, false], [false, false]]> : tensor<2x2xi1>
  %masked = call @boolean_mask(%q_mask, %q_mask, %v_mask, %mask) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>, tensor<2x2xi1>) -> tensor<1x1x2x1xf32>
  %masked_u = tensor.cast %masked : tensor<1x1x2x1xf32> to tensor<*xf32>
  call @print_f32(%masked_u) : (tensor<*xf32>) -> ()

  // ln 3 = 1.0986122886681098.
  %q_bias = arith.constant dense<0.0> : tensor<1x1x1x1xf32>
  %k_bias = arith.constant dense<0.0> : tensor<1x1x3x1xf32>
  %v_bias = arith.constant dense<[[[[4.0], [100.0], [8.0]]]]> : tensor<1x1x3x1xf32>
  %bias = arith.constant dense<[0.0, 0xFF800000, 1.0986122886681098]> : tensor<3xf32>
  %biased = call @bias(%q_bias, %k_bias, %v_bias, %bias) : (tensor<1x1x1x1xf32>, tensor<1x1x3x1xf32>, tensor<1x1x3x1xf32>, tensor<3xf32>) -> tensor<1x1x1x1xf32>
  %biased_u = tensor.cast %biased : tensor<1x1x1x1xf32> to tensor<*xf32>
  call @print_f32(%biased_u) : (tensor<*xf32>) -> ()

  %q4_f16 = arith.constant dense<0.0> : tensor<1x4x1x2xf16>
  %k2_f16 = arith.constant dense<0.0> : tensor<1x2x2x2xf16>
  %v2_f16 = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]], [[10.0, 20.0], [20.0, 40.0]]]]> : tensor<1x2x2x2xf16>
  %bias_f16 = arith.constant dense<[[0.0, 0xFC00]]> : tensor<1x2xf16>
  %f16 = call @contiguous_f16(%q4_f16, %k2_f16, %v2_f16, %bias_f16) : (tensor<1x4x1x2xf16>, tensor<1x2x2x2xf16>, tensor<1x2x2x2xf16>, tensor<1x2xf16>) -> tensor<1x4x1x2xf16>
  %f16_buffer = bufferization.to_buffer %f16 : tensor<1x4x1x2xf16> to memref<1x4x1x2xf16>
  %f16_u = memref.cast %f16_buffer : memref<1x4x1x2xf16> to memref<*xf16>
  call @printMemrefF16(%f16_u) : (memref<*xf16>) -> ()

  %q4_bf16 = arith.constant dense<0.0> : tensor<1x4x1x2xbf16>
  %k2_bf16 = arith.constant dense<0.0> : tensor<1x2x2x2xbf16>
  %v2_bf16 = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]], [[10.0, 20.0], [20.0, 40.0]]]]> : tensor<1x2x2x2xbf16>
  %bf16 = call @interleaved_bf16(%q4_bf16, %k2_bf16, %v2_bf16) : (tensor<1x4x1x2xbf16>, tensor<1x2x2x2xbf16>, tensor<1x2x2x2xbf16>) -> tensor<1x4x1x2xbf16>
  %bf16_buffer = bufferization.to_buffer %bf16 : tensor<1x4x1x2xbf16> to memref<1x4x1x2xbf16>
  %bf16_u = memref.cast %bf16_buffer : memref<1x4x1x2xbf16> to memref<*xbf16>
  call @printMemrefBF16(%bf16_u) : (memref<*xbf16>) -> ()
  return
}
