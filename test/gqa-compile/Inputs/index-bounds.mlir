// A decode step whose kv_lengths and q_offset are entry arguments (checked
// by the entry: status 3 outside [0, Skv]), and one whose lengths the graph
// computes out of range (clamped to [0, Skv] by every path).
func.func @decode(%q: tensor<2x4x1x8xf32>, %k: tensor<2x2x?x8xf32>, %v: tensor<2x2x?x8xf32>, %lengths: tensor<2xi32>, %offsets: tensor<2xi64>) -> tensor<2x4x1x8xf32> {
  %0 = gqa.attention %q, %k, %v kv_lengths(%lengths : tensor<2xi32>) q_offset(%offsets : tensor<2xi64>) causal : tensor<2x4x1x8xf32>, tensor<2x2x?x8xf32>, tensor<2x2x?x8xf32> -> tensor<2x4x1x8xf32>
  return %0 : tensor<2x4x1x8xf32>
}

func.func @clamped(%q: tensor<2x4x3x8xf32>, %k: tensor<2x2x6x8xf32>, %v: tensor<2x2x6x8xf32>) -> tensor<2x4x3x8xf32> {
  %lengths = arith.constant dense<[100, -3]> : tensor<2xi32>
  %0 = gqa.attention %q, %k, %v kv_lengths(%lengths : tensor<2xi32>) causal alignment = bottom_right : tensor<2x4x3x8xf32>, tensor<2x2x6x8xf32>, tensor<2x2x6x8xf32> -> tensor<2x4x3x8xf32>
  return %0 : tensor<2x4x3x8xf32>
}
