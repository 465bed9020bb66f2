// RUN: gqa-opt %s --split-input-file --gqa-hoist-entry-asserts --verify-diagnostics | FileCheck %s

/// torch-mlir's embedding: the bounds checks of the token id sit in the
/// gather's body. The check reduces each condition over the loops the ids
/// index (not the hidden dimension, which only the output has), and the
/// body loses its assertions.
#ids = affine_map<(d0, d1, d2) -> (d0, d1)>
#out = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG:   #[[IDS:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG:   #[[ALL:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func private @__gqa_check_embedding(
// CHECK-SAME:      %[[ARG:.*]]: tensor<1x4xi64>) -> i1 {
// CHECK:         %[[TRUE:.*]] = arith.constant dense<true> : tensor<i1>
// CHECK:         %[[BELOW:.*]] = linalg.generic {indexing_maps = [#[[IDS]], #[[ALL]]], iterator_types = ["reduction", "reduction"]}
// CHECK-SAME:        ins(%[[ARG]] : tensor<1x4xi64>) outs(%[[TRUE]] : tensor<i1>)
// CHECK:         ^bb0(%[[ID:.*]]: i64, %[[ACC:.*]]: i1):
// CHECK:           %[[I:.*]] = arith.index_cast %[[ID]] : i64 to index
// CHECK:           %[[LT:.*]] = arith.cmpi slt, %[[I]], %c10
// CHECK:           %[[AND:.*]] = arith.andi %[[ACC]], %[[LT]]
// CHECK:           linalg.yield %[[AND]]
// CHECK:         %[[B:.*]] = tensor.extract %[[BELOW]][]
// CHECK:         %[[ABOVE:.*]] = linalg.generic
// CHECK:           arith.cmpi sge
// CHECK:         %[[A:.*]] = tensor.extract %[[ABOVE]][]
// CHECK:         %[[BOTH:.*]] = arith.andi %[[B]], %[[A]]
// CHECK:         return %[[BOTH]] : i1
// CHECK-LABEL: func.func @embedding(
// CHECK-SAME:      attributes {gqa.entry_check = @__gqa_check_embedding}
// CHECK-NOT:     cf.assert
// CHECK:         tensor.extract %{{.*}} : tensor<10x8xf32>
// CHECK-NOT:     cf.assert
// CHECK:         return
func.func @embedding(%ids: tensor<1x4xi64>) -> tensor<1x4x8xf32> {
  %c0_i64 = arith.constant 0 : i64
  %c10 = arith.constant 10 : index
  %table = arith.constant dense<1.0> : tensor<10x8xf32>
  %init = tensor.empty() : tensor<1x4x8xf32>
  %0 = linalg.generic {indexing_maps = [#ids, #out], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ids : tensor<1x4xi64>) outs(%init : tensor<1x4x8xf32>) {
  ^bb0(%in: i64, %out: f32):
    %i = arith.index_cast %in : i64 to index
    %j = linalg.index 2 : index
    %lt = arith.cmpi slt, %i, %c10 : index
    cf.assert %lt, "index must be smaller than dim size"
    %ge = arith.cmpi sge, %in, %c0_i64 : i64
    cf.assert %ge, "index must be larger or equal to 0"
    %e = tensor.extract %table[%i, %j] : tensor<10x8xf32>
    linalg.yield %e : f32
  } -> tensor<1x4x8xf32>
  return %0 : tensor<1x4x8xf32>
}

// -----

/// A condition on a loop only the output indexes brings the output along
/// (its elements unread) to give that loop its size.
// CHECK-LABEL: func.func private @__gqa_check_output_loop(
// CHECK:         %[[INIT:.*]] = tensor.empty() : tensor<4x8xf32>
// CHECK:         linalg.generic {{.*}} iterator_types = ["reduction", "reduction"]}
// CHECK-SAME:        ins(%{{.*}}, %[[INIT]] : tensor<4xi64>, tensor<4x8xf32>)
// CHECK:           %[[J:.*]] = linalg.index 1 : index
// CHECK:           arith.cmpi slt, %[[J]],
#row = affine_map<(d0, d1) -> (d0)>
#tile = affine_map<(d0, d1) -> (d0, d1)>
func.func @output_loop(%ids: tensor<4xi64>) -> tensor<4x8xf32> {
  %init = tensor.empty() : tensor<4x8xf32>
  %0 = linalg.generic {indexing_maps = [#row, #tile], iterator_types = ["parallel", "parallel"]} ins(%ids : tensor<4xi64>) outs(%init : tensor<4x8xf32>) {
  ^bb0(%in: i64, %out: f32):
    %i = arith.index_cast %in : i64 to index
    %j = linalg.index 1 : index
    %lt = arith.cmpi slt, %j, %i : index
    cf.assert %lt, "column below the id"
    %f = arith.index_cast %j : index to i64
    %g = arith.sitofp %f : i64 to f32
    linalg.yield %g : f32
  } -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

/// An assertion in the function body: its condition and what it uses are
/// cloned (the side-effect-free ops of the body only).
// CHECK-LABEL: func.func private @__gqa_check_top_level(
// CHECK-SAME:      %[[X:.*]]: tensor<?xf32>, %[[Y:.*]]: tensor<?xf32>) -> i1 {
// CHECK-DAG:     %[[DX:.*]] = tensor.dim %[[X]], %c0
// CHECK-DAG:     %[[DY:.*]] = tensor.dim %[[Y]], %c0
// CHECK:         %[[EQ:.*]] = arith.cmpi eq, %[[DX]], %[[DY]]
// CHECK:         return %[[EQ]] : i1
// CHECK-LABEL: func.func @top_level(
// CHECK-NOT:     cf.assert
func.func @top_level(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %dx = tensor.dim %x, %c0 : tensor<?xf32>
  %dy = tensor.dim %y, %c0 : tensor<?xf32>
  %eq = arith.cmpi eq, %dx, %dy : index
  cf.assert %eq, "mismatched size for broadcast"
  return %x : tensor<?xf32>
}

// -----

/// Private functions and functions without assertions stay as they are.
// CHECK-LABEL: func.func private @negative_private(
// CHECK:         cf.assert
// CHECK-LABEL: func.func @negative_no_assert(
// CHECK-NOT:     gqa.entry_check
// CHECK-NOT:     __gqa_check
func.func private @negative_private(%c: i1) {
  cf.assert %c, "kept"
  return
}
func.func @negative_no_assert(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}

// -----

func.func @nested_in_loop(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  scf.for %i = %c0 to %n step %c1 {
    %lt = arith.cmpi slt, %i, %c8 : index
    // expected-error @below {{'cf.assert' op cannot be checked before the entry runs: it is nested in 'scf.for'; only assertions in the function body or directly in a 'linalg.generic' body there can}}
    cf.assert %lt, "in a loop"
  }
  return
}

// -----

func.func @reads_output(%x: tensor<4xi1>) -> tensor<4xi1> {
  %0 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%x : tensor<4xi1>) {
  ^bb0(%out: i1):
    // expected-error @below {{'cf.assert' op cannot be checked before the entry runs: its condition reads an output element of the enclosing 'linalg.generic'}}
    cf.assert %out, "reads the output"
    linalg.yield %out : i1
  } -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

func.func private @opaque() -> i1

func.func @side_effect() {
  // expected-note @below {{this op}}
  %c = func.call @opaque() : () -> i1
  // expected-error @below {{'cf.assert' op cannot be checked before the entry runs: its condition depends on 'func.call', which has side effects or is guarded by another assertion}}
  cf.assert %c, "opaque"
  return
}
