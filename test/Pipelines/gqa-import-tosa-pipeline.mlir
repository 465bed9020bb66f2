// RUN: gqa-opt %s -split-input-file -gqa-import-tosa-pipeline | FileCheck %s

/// Equivalence of both functions with upstream's lowering without the raise
/// (the module holds two attentions, both raised on side A).
// RUN: gqa-run --mlir %s --entry tosa_gqa --pipeline gqa-import-tosa-pipeline,gqa-reference-pipeline --vs "tosa-to-linalg-pipeline,func.func(tosa-to-arith,tosa-to-tensor),gqa-reference-pipeline" | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %s --entry tosa_mha_bias --pipeline gqa-import-tosa-pipeline,gqa-reference-pipeline --vs "tosa-to-linalg-pipeline,func.func(tosa-to-arith,tosa-to-tensor),gqa-reference-pipeline" | FileCheck %s --check-prefix=EQUIV
// EQUIV:      A: gqa-import-tosa-pipeline,gqa-reference-pipeline: 2 gqa.attention before lowering
// EQUIV-NEXT: B: {{.*}}: 0 gqa.attention before lowering
// EQUIV-NEXT: PASS @{{.*}} result #0 (A vs B)
// EQUIV-NEXT: 1 passed, 0 failed

/// Grouped-query attention as a TOSA exporter writes it: the key/value heads
/// repeated with reshape + tosa.tile + reshape, tosa.matmul over the merged
/// batch and heads, and the softmax from reduce_max, exp, reduce_sum and
/// reciprocal. After TOSA-to-linalg the raise sees the tile as a broadcast of
/// the inner half of the heads: one gqa.attention, G = 2 contiguous, default
/// scale.
// CHECK-LABEL: func.func @tosa_gqa(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<1x4x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<1x2x3x4xf32>, %[[V:[a-z0-9]+]]: tensor<1x2x3x4xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] : tensor<1x4x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32> -> tensor<1x4x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @tosa_gqa(%query: tensor<1x4x3x4xf32>, %key: tensor<1x2x3x4xf32>, %value: tensor<1x2x3x4xf32>) -> tensor<1x4x3x4xf32> {
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %shift = "tosa.const"() {values = dense<0> : tensor<1xi8>} : () -> tensor<1xi8>
  %half = "tosa.const"() {values = dense<0.5> : tensor<1x1x1x1xf32>} : () -> tensor<1x1x1x1xf32>
  %s5 = tosa.const_shape {values = dense<[1, 2, 1, 3, 4]> : tensor<5xindex>} : () -> !tosa.shape<5>
  %mult = tosa.const_shape {values = dense<[1, 1, 2, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
  %s4 = tosa.const_shape {values = dense<[1, 4, 3, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %s3 = tosa.const_shape {values = dense<[4, 3, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %s3t = tosa.const_shape {values = dense<[4, 4, 3]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %s3s = tosa.const_shape {values = dense<[4, 3, 3]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %s4s = tosa.const_shape {values = dense<[1, 4, 3, 3]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %k5 = tosa.reshape %key, %s5 : (tensor<1x2x3x4xf32>, !tosa.shape<5>) -> tensor<1x2x1x3x4xf32>
  %kt5 = tosa.tile %k5, %mult : (tensor<1x2x1x3x4xf32>, !tosa.shape<5>) -> tensor<1x2x2x3x4xf32>
  %kr = tosa.reshape %kt5, %s4 : (tensor<1x2x2x3x4xf32>, !tosa.shape<4>) -> tensor<1x4x3x4xf32>
  %v5 = tosa.reshape %value, %s5 : (tensor<1x2x3x4xf32>, !tosa.shape<5>) -> tensor<1x2x1x3x4xf32>
  %vt5 = tosa.tile %v5, %mult : (tensor<1x2x1x3x4xf32>, !tosa.shape<5>) -> tensor<1x2x2x3x4xf32>
  %vr = tosa.reshape %vt5, %s4 : (tensor<1x2x2x3x4xf32>, !tosa.shape<4>) -> tensor<1x4x3x4xf32>
  %kT = tosa.transpose %kr {perms = array<i32: 0, 1, 3, 2>} : (tensor<1x4x3x4xf32>) -> tensor<1x4x4x3xf32>
  %q3 = tosa.reshape %query, %s3 : (tensor<1x4x3x4xf32>, !tosa.shape<3>) -> tensor<4x3x4xf32>
  %k3 = tosa.reshape %kT, %s3t : (tensor<1x4x4x3xf32>, !tosa.shape<3>) -> tensor<4x4x3xf32>
  %s = tosa.matmul %q3, %k3, %zp, %zp : (tensor<4x3x4xf32>, tensor<4x4x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x3x3xf32>
  %s4d = tosa.reshape %s, %s4s : (tensor<4x3x3xf32>, !tosa.shape<4>) -> tensor<1x4x3x3xf32>
  %scaled = tosa.mul %s4d, %half, %shift : (tensor<1x4x3x3xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x3x3xf32>
  %max = tosa.reduce_max %scaled {axis = 3 : i32} : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x1xf32>
  %sub = tosa.sub %scaled, %max : (tensor<1x4x3x3xf32>, tensor<1x4x3x1xf32>) -> tensor<1x4x3x3xf32>
  %exp = tosa.exp %sub : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %sum = tosa.reduce_sum %exp {axis = 3 : i32} : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x1xf32>
  %rcp = tosa.reciprocal %sum : (tensor<1x4x3x1xf32>) -> tensor<1x4x3x1xf32>
  %p = tosa.mul %exp, %rcp, %shift : (tensor<1x4x3x3xf32>, tensor<1x4x3x1xf32>, tensor<1xi8>) -> tensor<1x4x3x3xf32>
  %p3 = tosa.reshape %p, %s3s : (tensor<1x4x3x3xf32>, !tosa.shape<3>) -> tensor<4x3x3xf32>
  %v3 = tosa.reshape %vr, %s3 : (tensor<1x4x3x4xf32>, !tosa.shape<3>) -> tensor<4x3x4xf32>
  %o = tosa.matmul %p3, %v3, %zp, %zp : (tensor<4x3x3xf32>, tensor<4x3x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x3x4xf32>
  %o4 = tosa.reshape %o, %s4 : (tensor<4x3x4xf32>, !tosa.shape<4>) -> tensor<1x4x3x4xf32>
  return %o4 : tensor<1x4x3x4xf32>
}

// -----

/// Multi-head attention in TOSA with an additive mask input and an explicit
/// scale of 1/8 (not 1/sqrt(D) = 1/2): the mask becomes the mask operand and
/// the scale an attribute.
// CHECK-LABEL: func.func @tosa_mha_bias(
// CHECK-SAME:    %[[Q:[a-z0-9]+]]: tensor<2x2x3x4xf32>, %[[K:[a-z0-9]+]]: tensor<2x2x5x4xf32>, %[[V:[a-z0-9]+]]: tensor<2x2x5x4xf32>, %[[M:[a-z0-9]+]]: tensor<2x1x3x5xf32>
// CHECK-NEXT:    %[[O:.*]] = gqa.attention %[[Q]], %[[K]], %[[V]] mask(%[[M]] : tensor<2x1x3x5xf32>) scale = 1.250000e-01 : tensor<2x2x3x4xf32>, tensor<2x2x5x4xf32>, tensor<2x2x5x4xf32> -> tensor<2x2x3x4xf32>
// CHECK-NEXT:    return %[[O]]
func.func @tosa_mha_bias(%query: tensor<2x2x3x4xf32>, %key: tensor<2x2x5x4xf32>, %value: tensor<2x2x5x4xf32>, %mask: tensor<2x1x3x5xf32>) -> tensor<2x2x3x4xf32> {
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %shift = "tosa.const"() {values = dense<0> : tensor<1xi8>} : () -> tensor<1xi8>
  %eighth = "tosa.const"() {values = dense<0.125> : tensor<1x1x1x1xf32>} : () -> tensor<1x1x1x1xf32>
  %sq = tosa.const_shape {values = dense<[4, 3, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %skt = tosa.const_shape {values = dense<[4, 4, 5]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %sv = tosa.const_shape {values = dense<[4, 5, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %ss3 = tosa.const_shape {values = dense<[4, 3, 5]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %ss4 = tosa.const_shape {values = dense<[2, 2, 3, 5]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %so4 = tosa.const_shape {values = dense<[2, 2, 3, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %kT = tosa.transpose %key {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x2x5x4xf32>) -> tensor<2x2x4x5xf32>
  %q3 = tosa.reshape %query, %sq : (tensor<2x2x3x4xf32>, !tosa.shape<3>) -> tensor<4x3x4xf32>
  %k3 = tosa.reshape %kT, %skt : (tensor<2x2x4x5xf32>, !tosa.shape<3>) -> tensor<4x4x5xf32>
  %s = tosa.matmul %q3, %k3, %zp, %zp : (tensor<4x3x4xf32>, tensor<4x4x5xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x3x5xf32>
  %s4 = tosa.reshape %s, %ss4 : (tensor<4x3x5xf32>, !tosa.shape<4>) -> tensor<2x2x3x5xf32>
  %scaled = tosa.mul %s4, %eighth, %shift : (tensor<2x2x3x5xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x2x3x5xf32>
  %masked = tosa.add %scaled, %mask : (tensor<2x2x3x5xf32>, tensor<2x1x3x5xf32>) -> tensor<2x2x3x5xf32>
  %max = tosa.reduce_max %masked {axis = 3 : i32} : (tensor<2x2x3x5xf32>) -> tensor<2x2x3x1xf32>
  %sub = tosa.sub %masked, %max : (tensor<2x2x3x5xf32>, tensor<2x2x3x1xf32>) -> tensor<2x2x3x5xf32>
  %exp = tosa.exp %sub : (tensor<2x2x3x5xf32>) -> tensor<2x2x3x5xf32>
  %sum = tosa.reduce_sum %exp {axis = 3 : i32} : (tensor<2x2x3x5xf32>) -> tensor<2x2x3x1xf32>
  %rcp = tosa.reciprocal %sum : (tensor<2x2x3x1xf32>) -> tensor<2x2x3x1xf32>
  %p = tosa.mul %exp, %rcp, %shift : (tensor<2x2x3x5xf32>, tensor<2x2x3x1xf32>, tensor<1xi8>) -> tensor<2x2x3x5xf32>
  %p3 = tosa.reshape %p, %ss3 : (tensor<2x2x3x5xf32>, !tosa.shape<3>) -> tensor<4x3x5xf32>
  %v3 = tosa.reshape %value, %sv : (tensor<2x2x5x4xf32>, !tosa.shape<3>) -> tensor<4x5x4xf32>
  %o = tosa.matmul %p3, %v3, %zp, %zp : (tensor<4x3x5xf32>, tensor<4x5x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x3x4xf32>
  %o4 = tosa.reshape %o, %so4 : (tensor<4x3x4xf32>, !tosa.shape<4>) -> tensor<2x2x3x4xf32>
  return %o4 : tensor<2x2x3x4xf32>
}
