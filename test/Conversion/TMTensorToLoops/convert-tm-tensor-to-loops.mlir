// RUN: gqa-opt %s --convert-tm-tensor-to-loops --split-input-file | FileCheck %s

// The results against PyTorch: test/models/tm-tensor.test.

/// Inclusive scan: a loop over the other dimensions, then one along the
/// scanned one carrying the output and the running value; the first element
/// is the input's, the others combine the previous output with the input.
// CHECK-LABEL: func.func @scan(
// CHECK-SAME:      %[[X:.*]]: tensor<2x5xi64>, %[[O:.*]]: tensor<2x5xi64>, %[[A:.*]]: tensor<2xi64>)
// CHECK:         %[[R:.*]]:2 = scf.for %[[ROW:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[OUT:.*]] = %[[O]], %[[ACC:.*]] = %[[A]])
// CHECK:           %[[INIT:.*]] = tensor.extract %[[ACC]][%[[ROW]]]
// CHECK:           %[[INNER:.*]]:2 = scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[CUR:.*]] = %[[OUT]], %[[RUNNING:.*]] = %[[INIT]])
// CHECK:             %[[FIRST:.*]] = arith.cmpi eq, %[[I]], %{{.*}}
// CHECK:             %[[V:.*]] = scf.if %[[FIRST]] -> (i64) {
// CHECK:               tensor.extract %[[X]][%[[ROW]], %[[I]]]
// CHECK:             } else {
// CHECK:               %[[PREV:.*]] = arith.subi %[[I]], %{{.*}}
// CHECK:               %[[P:.*]] = tensor.extract %[[CUR]][%[[ROW]], %[[PREV]]]
// CHECK:               %[[C:.*]] = tensor.extract %[[X]][%[[ROW]], %[[I]]]
// CHECK:               %[[S:.*]] = arith.addi %[[P]], %[[C]]
// CHECK:               scf.yield %[[S]]
// CHECK:             tensor.insert %[[V]] into %[[CUR]][%[[ROW]], %[[I]]]
// CHECK:             arith.select %[[FIRST]], %[[RUNNING]], %[[V]]
// CHECK:           tensor.insert %[[INNER]]#1 into %[[ACC]][%[[ROW]]]
// CHECK:         return %[[R]]#0, %[[R]]#1
// CHECK-NOT:     tm_tensor
func.func @scan(%x: tensor<2x5xi64>, %o: tensor<2x5xi64>, %a: tensor<2xi64>) -> (tensor<2x5xi64>, tensor<2xi64>) {
  %r:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%x : tensor<2x5xi64>) outs(%o, %a : tensor<2x5xi64>, tensor<2xi64>) {
  ^bb0(%prev: i64, %cur: i64):
    %s = arith.addi %prev, %cur : i64
    tm_tensor.yield %s : i64
  } -> tensor<2x5xi64>, tensor<2xi64>
  return %r#0, %r#1 : tensor<2x5xi64>, tensor<2xi64>
}

// -----

/// Exclusive scan: the first element is the accumulator's, then the
/// previous input is combined.
// CHECK-LABEL: func.func @exclusive(
// CHECK:         %[[INIT:.*]] = tensor.extract %{{.*}}[] : tensor<i64>
// CHECK:         scf.if %{{.*}} -> (i64) {
// CHECK-NEXT:      scf.yield %[[INIT]]
// CHECK:         } else {
// CHECK:           %[[PREV:.*]] = arith.subi
// CHECK:           tensor.extract %{{.*}}[%[[PREV]]]
// CHECK:           tensor.extract %{{.*}}[%[[PREV]]]
func.func @exclusive(%x: tensor<5xi64>, %o: tensor<5xi64>, %a: tensor<i64>) -> tensor<5xi64> {
  %r:2 = tm_tensor.scan dimension(0) inclusive(false) ins(%x : tensor<5xi64>) outs(%o, %a : tensor<5xi64>, tensor<i64>) {
  ^bb0(%prev: i64, %cur: i64):
    %s = arith.addi %prev, %cur : i64
    tm_tensor.yield %s : i64
  } -> tensor<5xi64>, tensor<i64>
  return %r#0 : tensor<5xi64>
}

// -----

/// Scatter: a nest over the updates; the position adds the indices to the
/// slice's loop indices; an update outside the original is skipped.
// CHECK-LABEL: func.func @scatter(
// CHECK-SAME:      %[[U:.*]]: tensor<3x4xf32>, %[[I:.*]]: tensor<3x1xi32>, %[[O:.*]]: tensor<8x4xf32>)
// CHECK:         scf.for %[[N:.*]] = {{.*}} iter_args(%[[T0:.*]] = %[[O]])
// CHECK:           scf.for %[[K:.*]] = {{.*}} iter_args(%[[T:.*]] = %[[T0]])
// CHECK:             %[[IDX:.*]] = tensor.extract %[[I]][%[[N]], %c0{{.*}}]
// CHECK:             %[[ROW:.*]] = arith.index_cast %[[IDX]] : i32 to index
// CHECK:             %[[POS:.*]] = arith.addi %c0{{.*}}, %[[ROW]]
// CHECK:             arith.cmpi sge, %[[POS]]
// CHECK:             arith.cmpi slt, %[[POS]]
// CHECK:             %[[NEW:.*]] = scf.if %{{.*}} -> (tensor<8x4xf32>) {
// CHECK:               %[[UP:.*]] = tensor.extract %[[U]][%[[N]], %[[K]]]
// CHECK:               %[[OLD:.*]] = tensor.extract %[[T]][%[[POS]], %[[K]]]
// CHECK:               %[[SUM:.*]] = arith.addf %[[UP]], %[[OLD]]
// CHECK:               tensor.insert %[[SUM]] into %[[T]][%[[POS]], %[[K]]]
// CHECK:             } else {
// CHECK:               scf.yield %[[T]]
func.func @scatter(%u: tensor<3x4xf32>, %i: tensor<3x1xi32>, %o: tensor<8x4xf32>) -> tensor<8x4xf32> {
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(false) ins(%u, %i : tensor<3x4xf32>, tensor<3x1xi32>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%new: f32, %old: f32):
    %s = arith.addf %new, %old : f32
    tm_tensor.yield %s : f32
  } -> tensor<8x4xf32>
  return %r : tensor<8x4xf32>
}

// -----

/// Sort: n passes of n - 1 compare-and-swaps of neighbours, swapping every
/// output when the comparator says the pair is out of order.
// CHECK-LABEL: func.func @sort(
// CHECK:         scf.for %[[ROW:.*]] = {{.*}} iter_args(%[[V0:.*]] = %{{.*}}, %[[I0:.*]] = %{{.*}})
// CHECK:           scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} iter_args(
// CHECK:             scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[V:.*]] = %{{.*}}, %[[IX:.*]] = %{{.*}})
// CHECK:               %[[NEXT:.*]] = arith.addi %[[J]], %{{.*}}
// CHECK:               %[[A:.*]] = tensor.extract %[[V]][%[[ROW]], %[[J]]]
// CHECK:               %[[B:.*]] = tensor.extract %[[V]][%[[ROW]], %[[NEXT]]]
// CHECK:               %[[IA:.*]] = tensor.extract %[[IX]][%[[ROW]], %[[J]]]
// CHECK:               %[[IB:.*]] = tensor.extract %[[IX]][%[[ROW]], %[[NEXT]]]
// CHECK:               %[[KEEP:.*]] = arith.cmpf ole, %[[A]], %[[B]]
// CHECK:               scf.if %[[KEEP]] -> (tensor<4x8xf32>, tensor<4x8xi64>) {
// CHECK:                 scf.yield %[[V]], %[[IX]]
// CHECK:               } else {
// CHECK:                 %[[S0:.*]] = tensor.insert %[[B]] into %[[V]][%[[ROW]], %[[J]]]
// CHECK:                 tensor.insert %[[A]] into %[[S0]][%[[ROW]], %[[NEXT]]]
// CHECK:                 %[[S1:.*]] = tensor.insert %[[IB]] into %[[IX]][%[[ROW]], %[[J]]]
// CHECK:                 tensor.insert %[[IA]] into %[[S1]][%[[ROW]], %[[NEXT]]]
func.func @sort(%x: tensor<4x8xf32>, %i: tensor<4x8xi64>) -> (tensor<4x8xf32>, tensor<4x8xi64>) {
  %r:2 = tm_tensor.sort dimension(1) outs(%x, %i : tensor<4x8xf32>, tensor<4x8xi64>) {
  ^bb0(%a: f32, %b: f32, %ia: i64, %ib: i64):
    %le = arith.cmpf ole, %a, %b : f32
    tm_tensor.yield %le : i1
  } -> tensor<4x8xf32>, tensor<4x8xi64>
  return %r#0, %r#1 : tensor<4x8xf32>, tensor<4x8xi64>
}
