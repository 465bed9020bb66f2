// RUN: gqa-opt %s -emit-bytecode | gqa-opt | FileCheck %s

/// The op and its properties survive a bytecode round trip.
// CHECK-LABEL: func.func @bytecode(
// CHECK:         gqa.attention %{{.*}}, %{{.*}}, %{{.*}} mask(%{{.*}} : tensor<1x10xf16>) kv_lengths(%{{.*}} : tensor<2xi32>) causal window = 4 scale = 2.500000e-01 softcap = 5.000000e+01 head_mapping = interleaved alignment = bottom_right : tensor<2x6x3x16xf16>, tensor<2x2x10x16xf16>, tensor<2x2x10x16xf16> -> tensor<2x6x3x16xf16>
func.func @bytecode(%query: tensor<2x6x3x16xf16>, %key: tensor<2x2x10x16xf16>,
                    %value: tensor<2x2x10x16xf16>, %bias: tensor<1x10xf16>,
                    %lengths: tensor<2xi32>) -> tensor<2x6x3x16xf16> {
  %0 = gqa.attention %query, %key, %value mask(%bias : tensor<1x10xf16>) kv_lengths(%lengths : tensor<2xi32>) causal window = 4 scale = 0.25 softcap = 50.0 head_mapping = interleaved alignment = bottom_right : tensor<2x6x3x16xf16>, tensor<2x2x10x16xf16>, tensor<2x2x10x16xf16> -> tensor<2x6x3x16xf16>
  return %0 : tensor<2x6x3x16xf16>
}
