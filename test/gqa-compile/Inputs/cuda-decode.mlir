/// One decode step of Llama-3-8B attention (32 query heads over 8 KV heads)
/// against a 4096-key cache: the cost model splits the KV sequence, so the
/// CUDA target launches an attention and a combine kernel.
func.func @decode(%query: tensor<1x32x1x128xf16>, %key: tensor<1x8x4096x128xf16>,
                  %value: tensor<1x8x4096x128xf16>) -> tensor<1x32x1x128xf16> {
  %0 = gqa.attention %query, %key, %value
      : tensor<1x32x1x128xf16>, tensor<1x8x4096x128xf16>, tensor<1x8x4096x128xf16>
      -> tensor<1x32x1x128xf16>
  return %0 : tensor<1x32x1x128xf16>
}
