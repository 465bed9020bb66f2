// A grouped-query bf16 prefill (G = 4, 48 query rows per head, 80 keys,
// causal, bottom-right): on an AMX target, gqa-attention-to-library makes it
// a call of libgqa_runtime's AMX kernel (test/gqa-compile/amx.test).
func.func @prefill(%query: tensor<1x8x48x64xbf16>, %key: tensor<1x2x80x64xbf16>, %value: tensor<1x2x80x64xbf16>) -> tensor<1x8x48x64xbf16> {
  %0 = gqa.attention %query, %key, %value causal alignment = bottom_right : tensor<1x8x48x64xbf16>, tensor<1x2x80x64xbf16>, tensor<1x2x80x64xbf16> -> tensor<1x8x48x64xbf16>
  return %0 : tensor<1x8x48x64xbf16>
}
