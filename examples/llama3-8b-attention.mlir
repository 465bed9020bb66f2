// Llama-3-8B attention (32 query heads over 8 KV heads, G = 4, D = 128) in
// the two shapes a serving system runs: prefill of a prompt, and one decode
// step per sequence against a padded KV cache.
//
//   gqa-opt examples/llama3-8b-attention.mlir --gqa-test-group-structure
//   gqa-opt examples/llama3-8b-attention.mlir --gqa-reference-pipeline

/// Causal prefill: Sq = Skv, row i attends keys 0..i.
func.func @prefill(%query: tensor<1x32x?x128xf16>, %key: tensor<1x8x?x128xf16>,
                   %value: tensor<1x8x?x128xf16>) -> tensor<1x32x?x128xf16> {
  %0 = gqa.attention %query, %key, %value causal
      : tensor<1x32x?x128xf16>, tensor<1x8x?x128xf16>, tensor<1x8x?x128xf16>
      -> tensor<1x32x?x128xf16>
  return %0 : tensor<1x32x?x128xf16>
}

/// Batched decode: one new token per sequence, each sequence with its own
/// cache length; the query sits at the last valid key.
func.func @decode(%query: tensor<?x32x1x128xf16>, %key: tensor<?x8x?x128xf16>,
                  %value: tensor<?x8x?x128xf16>, %lengths: tensor<?xi32>)
    -> tensor<?x32x1x128xf16> {
  %0 = gqa.attention %query, %key, %value kv_lengths(%lengths : tensor<?xi32>)
      causal alignment = bottom_right
      : tensor<?x32x1x128xf16>, tensor<?x8x?x128xf16>, tensor<?x8x?x128xf16>
      -> tensor<?x32x1x128xf16>
  return %0 : tensor<?x32x1x128xf16>
}
