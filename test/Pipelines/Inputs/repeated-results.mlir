// One attention result returned twice, and two empty results that
// bufferization folds into one allocation: each result must get its own
// out-parameter (issue 18: buffer-results-to-out-params crashed).
func.func @twice(%query: tensor<1x2x3x8xf32>, %key: tensor<1x2x9x8xf32>, %value: tensor<1x2x9x8xf32>) -> (tensor<1x2x3x8xf32>, tensor<1x2x3x8xf32>) {
  %0 = gqa.attention %query, %key, %value causal : tensor<1x2x3x8xf32>, tensor<1x2x9x8xf32>, tensor<1x2x9x8xf32> -> tensor<1x2x3x8xf32>
  return %0, %0 : tensor<1x2x3x8xf32>, tensor<1x2x3x8xf32>
}

func.func @two_empty(%query: tensor<0x2x3x8xf32>, %key: tensor<0x2x9x8xf32>, %value: tensor<0x2x9x8xf32>) -> (tensor<0x2x3x8xf32>, tensor<0x2x3x8xf32>) {
  %0 = gqa.attention %query, %key, %value : tensor<0x2x3x8xf32>, tensor<0x2x9x8xf32>, tensor<0x2x9x8xf32> -> tensor<0x2x3x8xf32>
  %1 = gqa.attention %query, %key, %value causal : tensor<0x2x3x8xf32>, tensor<0x2x9x8xf32>, tensor<0x2x9x8xf32> -> tensor<0x2x3x8xf32>
  return %0, %1 : tensor<0x2x3x8xf32>, tensor<0x2x3x8xf32>
}
