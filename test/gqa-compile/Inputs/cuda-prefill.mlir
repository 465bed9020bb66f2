/// Causal prefill of a 1024-token prompt (Sq = Skv, static).
func.func @prefill(%query: tensor<1x32x1024x128xf16>, %key: tensor<1x8x1024x128xf16>,
                   %value: tensor<1x8x1024x128xf16>) -> tensor<1x32x1024x128xf16> {
  %0 = gqa.attention %query, %key, %value causal
      : tensor<1x32x1024x128xf16>, tensor<1x8x1024x128xf16>, tensor<1x8x1024x128xf16>
      -> tensor<1x32x1024x128xf16>
  return %0 : tensor<1x32x1024x128xf16>
}
