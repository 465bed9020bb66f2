// RUN: gqa-opt %s | gqa-opt | FileCheck %s

// The three ops as torch-mlir prints them parse and print back.

// CHECK-LABEL: func.func @cumsum(
// CHECK:         tm_tensor.scan dimension(1) inclusive(true) ins(%{{.*}} : tensor<1x16xi64>) outs(%{{.*}}, %{{.*}} : tensor<1x16xi64>, tensor<1xi64>) {
// CHECK:           tm_tensor.yield %{{.*}} : i64
// CHECK:         } -> tensor<1x16xi64>, tensor<1xi64>
func.func @cumsum(%x: tensor<1x16xi64>, %o: tensor<1x16xi64>, %a: tensor<1xi64>) -> tensor<1x16xi64> {
  %r:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%x : tensor<1x16xi64>) outs(%o, %a : tensor<1x16xi64>, tensor<1xi64>) {
  ^bb0(%prev: i64, %cur: i64):
    %s = arith.addi %prev, %cur : i64
    tm_tensor.yield %s : i64
  } -> tensor<1x16xi64>, tensor<1xi64>
  return %r#0 : tensor<1x16xi64>
}

// CHECK-LABEL: func.func @index_put(
// CHECK:         tm_tensor.scatter {dimension_map = array<i64: 0, 1, 2, 3>} unique_indices(true) ins(%{{.*}}, %{{.*}} : tensor<8x1x1x1x1xf32>, tensor<8x4xi64>) outs(%{{.*}} : tensor<1x2x8x4xf32>) {
func.func @index_put(%u: tensor<8x1x1x1x1xf32>, %i: tensor<8x4xi64>, %c: tensor<1x2x8x4xf32>) -> tensor<1x2x8x4xf32> {
  %r = tm_tensor.scatter {dimension_map = array<i64: 0, 1, 2, 3>} unique_indices(true) ins(%u, %i : tensor<8x1x1x1x1xf32>, tensor<8x4xi64>) outs(%c : tensor<1x2x8x4xf32>) {
  ^bb0(%new: f32, %old: f32):
    tm_tensor.yield %new : f32
  } -> tensor<1x2x8x4xf32>
  return %r : tensor<1x2x8x4xf32>
}

// CHECK-LABEL: func.func @sort(
// CHECK:         tm_tensor.sort dimension(1) outs(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<4x8xi64>) {
// CHECK:           tm_tensor.yield %{{.*}} : i1
func.func @sort(%x: tensor<4x8xf32>, %i: tensor<4x8xi64>) -> tensor<4x8xf32> {
  %r:2 = tm_tensor.sort dimension(1) outs(%x, %i : tensor<4x8xf32>, tensor<4x8xi64>) {
  ^bb0(%a: f32, %b: f32, %ia: i64, %ib: i64):
    %le = arith.cmpf ole, %a, %b : f32
    tm_tensor.yield %le : i1
  } -> tensor<4x8xf32>, tensor<4x8xi64>
  return %r#0 : tensor<4x8xf32>
}
