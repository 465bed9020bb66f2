// Llama-3-8B attention (32 query heads over 8 KV heads, D = 128): decode
// against an 8192-key cache and causal prefill of 2048 tokens, in f16, bf16
// and f32.

func.func @decode_f16(%q: tensor<1x32x1x128xf16>, %k: tensor<1x8x8192x128xf16>, %v: tensor<1x8x8192x128xf16>) -> tensor<1x32x1x128xf16> {
  %o = gqa.attention %q, %k, %v : tensor<1x32x1x128xf16>, tensor<1x8x8192x128xf16>, tensor<1x8x8192x128xf16> -> tensor<1x32x1x128xf16>
  return %o : tensor<1x32x1x128xf16>
}

func.func @prefill_f16(%q: tensor<1x32x2048x128xf16>, %k: tensor<1x8x2048x128xf16>, %v: tensor<1x8x2048x128xf16>) -> tensor<1x32x2048x128xf16> {
  %o = gqa.attention %q, %k, %v causal : tensor<1x32x2048x128xf16>, tensor<1x8x2048x128xf16>, tensor<1x8x2048x128xf16> -> tensor<1x32x2048x128xf16>
  return %o : tensor<1x32x2048x128xf16>
}

func.func @decode_bf16(%q: tensor<1x32x1x128xbf16>, %k: tensor<1x8x8192x128xbf16>, %v: tensor<1x8x8192x128xbf16>) -> tensor<1x32x1x128xbf16> {
  %o = gqa.attention %q, %k, %v : tensor<1x32x1x128xbf16>, tensor<1x8x8192x128xbf16>, tensor<1x8x8192x128xbf16> -> tensor<1x32x1x128xbf16>
  return %o : tensor<1x32x1x128xbf16>
}

func.func @prefill_bf16(%q: tensor<1x32x2048x128xbf16>, %k: tensor<1x8x2048x128xbf16>, %v: tensor<1x8x2048x128xbf16>) -> tensor<1x32x2048x128xbf16> {
  %o = gqa.attention %q, %k, %v causal : tensor<1x32x2048x128xbf16>, tensor<1x8x2048x128xbf16>, tensor<1x8x2048x128xbf16> -> tensor<1x32x2048x128xbf16>
  return %o : tensor<1x32x2048x128xbf16>
}

func.func @decode_f32(%q: tensor<1x32x1x128xf32>, %k: tensor<1x8x8192x128xf32>, %v: tensor<1x8x8192x128xf32>) -> tensor<1x32x1x128xf32> {
  %o = gqa.attention %q, %k, %v : tensor<1x32x1x128xf32>, tensor<1x8x8192x128xf32>, tensor<1x8x8192x128xf32> -> tensor<1x32x1x128xf32>
  return %o : tensor<1x32x1x128xf32>
}

func.func @prefill_f32(%q: tensor<1x32x2048x128xf32>, %k: tensor<1x8x2048x128xf32>, %v: tensor<1x8x2048x128xf32>) -> tensor<1x32x2048x128xf32> {
  %o = gqa.attention %q, %k, %v causal : tensor<1x32x2048x128xf32>, tensor<1x8x2048x128xf32>, tensor<1x8x2048x128xf32> -> tensor<1x32x2048x128xf32>
  return %o : tensor<1x32x2048x128xf32>
}
