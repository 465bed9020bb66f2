// Attention with an empty dimension, static: no batch, no query row, no key.
// The cost models size their KV split from the number of work items, which
// is zero here (issue 18: found by gqa-fuzz-pipeline, a division by zero).

func.func @no_batch(%query: tensor<0x12x5x16xf32>, %key: tensor<0x4x9x16xf32>,
                    %value: tensor<0x4x9x16xf32>) -> tensor<0x12x5x16xf32> {
  %0 = gqa.attention %query, %key, %value causal : tensor<0x12x5x16xf32>, tensor<0x4x9x16xf32>, tensor<0x4x9x16xf32> -> tensor<0x12x5x16xf32>
  return %0 : tensor<0x12x5x16xf32>
}

func.func @no_rows(%query: tensor<2x12x0x16xf32>, %key: tensor<2x4x9x16xf32>,
                   %value: tensor<2x4x9x16xf32>) -> tensor<2x12x0x16xf32> {
  %0 = gqa.attention %query, %key, %value : tensor<2x12x0x16xf32>, tensor<2x4x9x16xf32>, tensor<2x4x9x16xf32> -> tensor<2x12x0x16xf32>
  return %0 : tensor<2x12x0x16xf32>
}

// No key: every row is zeros.
func.func @no_keys(%query: tensor<2x12x5x16xf32>, %key: tensor<2x4x0x16xf32>,
                   %value: tensor<2x4x0x16xf32>) -> tensor<2x12x5x16xf32> {
  %0 = gqa.attention %query, %key, %value : tensor<2x12x5x16xf32>, tensor<2x4x0x16xf32>, tensor<2x4x0x16xf32> -> tensor<2x12x5x16xf32>
  return %0 : tensor<2x12x5x16xf32>
}
