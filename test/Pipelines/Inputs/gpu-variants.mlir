// Attention variants beyond plain Llama shapes for the GPU path: a bf16
// grouped attention with a boolean mask, kv_lengths, a bottom-right causal
// window, softcap and Dv != D; an f16 interleaved-head attention with a
// float bias, q_offset and dynamic shapes.

func.func @masked(%q: tensor<2x16x8x64xbf16>, %k: tensor<2x4x100x64xbf16>, %v: tensor<2x4x100x48xbf16>, %m: tensor<2x1x8x100xi1>, %len: tensor<2xi32>) -> tensor<2x16x8x48xbf16> {
  %o = gqa.attention %q, %k, %v mask(%m : tensor<2x1x8x100xi1>) kv_lengths(%len : tensor<2xi32>) causal window = 31 softcap = 30.0 alignment = bottom_right : tensor<2x16x8x64xbf16>, tensor<2x4x100x64xbf16>, tensor<2x4x100x48xbf16> -> tensor<2x16x8x48xbf16>
  return %o : tensor<2x16x8x48xbf16>
}
func.func @biased(%q: tensor<?x8x?x128xf16>, %k: tensor<?x2x?x128xf16>, %v: tensor<?x2x?x128xf16>, %bias: tensor<?x8x?x?xf16>, %off: tensor<?xi64>) -> tensor<?x8x?x128xf16> {
  %o = gqa.attention %q, %k, %v mask(%bias : tensor<?x8x?x?xf16>) q_offset(%off : tensor<?xi64>) causal head_mapping = interleaved : tensor<?x8x?x128xf16>, tensor<?x2x?x128xf16>, tensor<?x2x?x128xf16> -> tensor<?x8x?x128xf16>
  return %o : tensor<?x8x?x128xf16>
}
