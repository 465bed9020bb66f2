// RUN: gqa-opt %s -split-input-file -gqa-reductions-to-loops | FileCheck %s
/// The CPU pipeline's results with these loops are checked against the
/// reference in test/Transforms/gqa-fuse-elementwise.mlir (square_into_sum),
/// the model tests and the conformance cases.

/// RMSNorm's sum of squares: the accumulator is loaded once per row, carried
/// through the row and stored once; the sum is reassociable, the square not.
// CHECK-LABEL: func.func @row_sum(
// CHECK-SAME:    %[[X:.*]]: memref<4x8xf32>, %[[SUM:.*]]: memref<4x1xf32>)
// CHECK:         scf.parallel (%[[I:.*]]) =
// CHECK:           %[[INIT:.*]] = memref.load %[[SUM]][%[[I]], %{{.*}}]
// CHECK:           %[[R:.*]] = scf.for %[[J:.*]] = {{.*}} iter_args(%[[ACC:.*]] = %[[INIT]]) -> (f32)
// CHECK-NEXT:        %[[V:.*]] = memref.load %[[X]][%[[I]], %[[J]]]
// CHECK-NEXT:        %[[SQ:.*]] = arith.mulf %[[V]], %[[V]] : f32
// CHECK-NEXT:        %[[S:.*]] = arith.addf %[[SQ]], %[[ACC]] fastmath<reassoc> : f32
// CHECK-NEXT:        scf.yield %[[S]]
// CHECK:           memref.store %[[R]], %[[SUM]][%[[I]], %{{.*}}]
// CHECK-NOT:     linalg.generic
func.func @row_sum(%x: memref<4x8xf32>, %sum: memref<4x1xf32>) {
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, 0)>], iterator_types = ["parallel", "reduction"]} ins(%x : memref<4x8xf32>) outs(%sum : memref<4x1xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %sq = arith.mulf %in, %in : f32
    %s = arith.addf %sq, %acc : f32
    linalg.yield %s : f32
  }
  return
}

// -----

/// torch-mlir's max with its index (aten.max.dim), dynamic sizes: two
/// accumulators; linalg.index of the reduction loop is its induction
/// variable; the compare and the index select are not marked.
// CHECK-LABEL: func.func @max_and_index(
// CHECK-SAME:    %[[X:.*]]: memref<?x?xf32>, %[[MAX:.*]]: memref<?xf32>, %[[ARG:.*]]: memref<?xi64>)
// CHECK:         scf.parallel (%[[I:.*]]) =
// CHECK-DAG:       %[[M0:.*]] = memref.load %[[MAX]][%[[I]]]
// CHECK-DAG:       %[[A0:.*]] = memref.load %[[ARG]][%[[I]]]
// CHECK:           %[[R:.*]]:2 = scf.for %[[J:.*]] = {{.*}} iter_args(%[[M:.*]] = %[[M0]], %[[A:.*]] = %[[A0]]) -> (f32, i64)
// CHECK:             %[[JI:.*]] = arith.index_cast %[[J]] : index to i64
// CHECK:             arith.maximumf %{{.*}}, %[[M]] fastmath<reassoc> : f32
// CHECK:             %[[GT:.*]] = arith.cmpf ogt, %{{.*}}, %[[M]] : f32
// CHECK:             arith.select %[[GT]], %[[JI]], %[[A]] : i64
// CHECK:           memref.store %[[R]]#0, %[[MAX]][%[[I]]]
// CHECK:           memref.store %[[R]]#1, %[[ARG]][%[[I]]]
func.func @max_and_index(%x: memref<?x?xf32>, %max: memref<?xf32>, %arg: memref<?xi64>) {
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>, affine_map<(i, j) -> (i)>], iterator_types = ["parallel", "reduction"]} ins(%x : memref<?x?xf32>) outs(%max, %arg : memref<?xf32>, memref<?xi64>) {
  ^bb0(%in: f32, %m: f32, %a: i64):
    %j = linalg.index 1 : index
    %ji = arith.index_cast %j : index to i64
    %nm = arith.maximumf %in, %m : f32
    %gt = arith.cmpf ogt, %in, %m : f32
    %na = arith.select %gt, %ji, %a : i64
    linalg.yield %nm, %na : f32, i64
  }
  return
}

// -----

/// A reduction of every loop: no parallel loop around it.
// CHECK-LABEL: func.func @full_sum(
// CHECK-NOT:     scf.parallel
// CHECK:         %[[INIT:.*]] = memref.load %{{.*}}[] : memref<f32>
// CHECK:         %[[R:.*]] = scf.for {{.*}} iter_args(%{{.*}} = %[[INIT]]) -> (f32)
// CHECK:         memref.store %[[R]], %{{.*}}[] : memref<f32>
func.func @full_sum(%x: memref<8xf32>, %sum: memref<f32>) {
  linalg.generic {indexing_maps = [affine_map<(j) -> (j)>, affine_map<(j) -> ()>], iterator_types = ["reduction"]} ins(%x : memref<8xf32>) outs(%sum : memref<f32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  }
  return
}

// -----

/// A reduction over an outer loop, and an op on tensors, are left to
/// convert-linalg-to-parallel-loops and bufferization.
// CHECK-LABEL: func.func @outer_reduction(
// CHECK:         linalg.generic {{.*}}iterator_types = ["reduction", "parallel"]
func.func @outer_reduction(%x: memref<4x8xf32>, %sum: memref<8xf32>) {
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>], iterator_types = ["reduction", "parallel"]} ins(%x : memref<4x8xf32>) outs(%sum : memref<8xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// CHECK-LABEL: func.func @on_tensors(
// CHECK:         linalg.generic
func.func @on_tensors(%x: tensor<4x8xf32>, %sum: tensor<4xf32>) -> tensor<4xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<4x8xf32>) outs(%sum : tensor<4xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}
