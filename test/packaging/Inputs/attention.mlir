func.func @grouped(%query: tensor<1x4x2x8xf32>, %key: tensor<1x2x6x8xf32>, %value: tensor<1x2x6x8xf32>) -> tensor<1x4x2x8xf32> {
  %out = gqa.attention %query, %key, %value causal : tensor<1x4x2x8xf32>, tensor<1x2x6x8xf32>, tensor<1x2x6x8xf32> -> tensor<1x4x2x8xf32>
  return %out : tensor<1x4x2x8xf32>
}
