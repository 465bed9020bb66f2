// torch-mlir's tm_tensor.attention, which gqa-mlir does not support (its
// linalg-on-tensors output decomposes attention instead).
func.func @forward(%q: tensor<1x4x8xf32>) -> tensor<1x4x8xf32> {
  %r = tm_tensor.attention ins(%q, %q, %q : tensor<1x4x8xf32>, tensor<1x4x8xf32>, tensor<1x4x8xf32>) outs(%q : tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  return %r : tensor<1x4x8xf32>
}
