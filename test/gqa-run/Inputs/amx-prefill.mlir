func.func @prefill(%q: tensor<1x8x64x128xbf16>, %k: tensor<1x2x64x128xbf16>, %v: tensor<1x2x64x128xbf16>) -> tensor<1x8x64x128xbf16> {
  %0 = gqa.attention %q, %k, %v causal : tensor<1x8x64x128xbf16>, tensor<1x2x64x128xbf16>, tensor<1x2x64x128xbf16> -> tensor<1x8x64x128xbf16>
  return %0 : tensor<1x8x64x128xbf16>
}
