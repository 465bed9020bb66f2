// RUN: gqa-opt %s --gqa-fold-contraction-transposes --split-input-file | FileCheck %s

// nn.Linear as torch-mlir exports it: the [N, K] weight is transposed into a
// new tensor for linalg.matmul. The matmul reads the weight itself, through
// the permuted map, and the transpose is gone.

// CHECK-DAG: #[[$A:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[$B:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[$C:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @linear(
// CHECK-SAME:    %[[X:.*]]: tensor<16x32xf32>, %[[W:.*]]: tensor<64x32xf32>
// CHECK-NOT:     linalg.transpose
// CHECK:         linalg.generic {indexing_maps = [#[[$A]], #[[$B]], #[[$C]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME:      ins(%[[X]], %[[W]] : tensor<16x32xf32>, tensor<64x32xf32>)
// CHECK:           arith.mulf
// CHECK:           arith.addf
func.func @linear(%x: tensor<16x32xf32>, %w: tensor<64x32xf32>) -> tensor<16x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<32x64xf32>
  %wt = linalg.transpose ins(%w : tensor<64x32xf32>) outs(%e : tensor<32x64xf32>) permutation = [1, 0]
  %c = tensor.empty() : tensor<16x64xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%c : tensor<16x64xf32>) -> tensor<16x64xf32>
  %y = linalg.matmul ins(%x, %wt : tensor<16x32xf32>, tensor<32x64xf32>) outs(%acc : tensor<16x64xf32>) -> tensor<16x64xf32>
  return %y : tensor<16x64xf32>
}

// -----

// A batch_matmul whose first operand is transposed in its last two
// dimensions, and whose transpose has another user, which keeps it.

// CHECK-DAG: #[[$A:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d1)>
// CHECK-LABEL: func.func @batch_transposed_a(
// CHECK-SAME:    %[[A:.*]]: tensor<4x16x8xf32>
// CHECK:         %[[T:.*]] = linalg.transpose ins(%[[A]]
// CHECK:         linalg.generic {indexing_maps = [#[[$A]], {{.*}}]
// CHECK-SAME:      ins(%[[A]], %{{.*}} : tensor<4x16x8xf32>, tensor<4x16x12xf32>)
// CHECK:         return {{.*}}, %[[T]]
func.func @batch_transposed_a(%a: tensor<4x16x8xf32>, %b: tensor<4x16x12xf32>, %acc: tensor<4x8x12xf32>) -> (tensor<4x8x12xf32>, tensor<4x8x16xf32>) {
  %e = tensor.empty() : tensor<4x8x16xf32>
  %at = linalg.transpose ins(%a : tensor<4x16x8xf32>) outs(%e : tensor<4x8x16xf32>) permutation = [0, 2, 1]
  %y = linalg.batch_matmul ins(%at, %b : tensor<4x8x16xf32>, tensor<4x16x12xf32>) outs(%acc : tensor<4x8x12xf32>) -> tensor<4x8x12xf32>
  return %y, %at : tensor<4x8x12xf32>, tensor<4x8x16xf32>
}

// -----

// Contractions without a transposed input, and transposes feeding other ops,
// are left alone.

// CHECK-LABEL: func.func @untouched(
// CHECK:         linalg.transpose
// CHECK:         linalg.matmul ins
func.func @untouched(%x: tensor<16x32xf32>, %w: tensor<32x64xf32>, %acc: tensor<16x64xf32>, %u: tensor<2x3xf32>) -> (tensor<16x64xf32>, tensor<3x2xf32>) {
  %e = tensor.empty() : tensor<3x2xf32>
  %ut = linalg.transpose ins(%u : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  %y = linalg.matmul ins(%x, %w : tensor<16x32xf32>, tensor<32x64xf32>) outs(%acc : tensor<16x64xf32>) -> tensor<16x64xf32>
  return %y, %ut : tensor<16x64xf32>, tensor<3x2xf32>
}
