// RUN: gqa-opt %s --gqa-split-parallel-loops --split-input-file | FileCheck %s

// An elementwise op's loops: the outer dimensions stay parallel, the
// innermost becomes a serial loop inside them.

// CHECK-LABEL: func.func @elementwise(
// CHECK:         scf.parallel (%[[I:.*]], %[[J:.*]]) = (%c0, %c0) to (%c2, %c512) step (%c1, %c1) {
// CHECK-NEXT:      scf.for %[[K:.*]] = %c0 to %c4096 step %c1 {
// CHECK-NEXT:        %[[X:.*]] = memref.load %{{.*}}[%[[I]], %[[J]], %[[K]]]
// CHECK-NEXT:        %[[Y:.*]] = arith.negf %[[X]]
// CHECK-NEXT:        memref.store %[[Y]], %{{.*}}[%[[I]], %[[J]], %[[K]]]
// CHECK-NEXT:      }
// CHECK-NEXT:      scf.reduce
func.func @elementwise(%a: memref<2x512x4096xf32>, %b: memref<2x512x4096xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c512 = arith.constant 512 : index
  %c4096 = arith.constant 4096 : index
  scf.parallel (%i, %j, %k) = (%c0, %c0, %c0) to (%c2, %c512, %c4096) step (%c1, %c1, %c1) {
    %x = memref.load %a[%i, %j, %k] : memref<2x512x4096xf32>
    %y = arith.negf %x : f32
    memref.store %y, %b[%i, %j, %k] : memref<2x512x4096xf32>
    scf.reduce
  }
  return
}

// -----

// One-dimensional loops, loops with reductions, and loops nested in an
// scf.forall or another scf.parallel are left alone.

// CHECK-LABEL: func.func @untouched(
// CHECK:         scf.parallel (%{{.*}}) = (%c0) to (%c8) step (%c1) {
// CHECK:         scf.parallel (%{{.*}}, %{{.*}}) = (%c0, %c0) to (%c8, %c8) step (%c1, %c1) init
// CHECK:         scf.forall
// CHECK:           scf.parallel (%{{.*}}, %{{.*}}) = (%c0, %c0) to (%c8, %c8) step (%c1, %c1) {
// CHECK-NOT:         scf.for
func.func @untouched(%a: memref<8x8xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0.0 : f32
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    memref.store %zero, %a[%i, %i] : memref<8x8xf32>
    scf.reduce
  }
  %sum = scf.parallel (%i, %j) = (%c0, %c0) to (%c8, %c8) step (%c1, %c1) init (%zero) -> f32 {
    %x = memref.load %a[%i, %j] : memref<8x8xf32>
    scf.reduce(%x : f32) {
    ^bb0(%l: f32, %r: f32):
      %s = arith.addf %l, %r : f32
      scf.reduce.return %s : f32
    }
  }
  scf.forall (%t) in (2) {
    scf.parallel (%i, %j) = (%c0, %c0) to (%c8, %c8) step (%c1, %c1) {
      memref.store %zero, %a[%i, %j] : memref<8x8xf32>
      scf.reduce
    }
  }
  return %sum : f32
}

// -----

// A reduction's loops from gqa-reductions-to-loops: the rows stay parallel
// (the token dimension is not made serial), since the body already has its
// own inner loop.

// CHECK-LABEL: func.func @reduction_rows(
// CHECK:         scf.parallel (%{{.*}}, %{{.*}}) = (%c0, %c0) to (%c1, %c512) step (%c1, %c1) {
// CHECK-NEXT:      scf.for
func.func @reduction_rows(%x: memref<1x512x4096xf32>, %s: memref<1x512xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c512 = arith.constant 512 : index
  %c4096 = arith.constant 4096 : index
  %zero = arith.constant 0.0 : f32
  scf.parallel (%b, %t) = (%c0, %c0) to (%c1, %c512) step (%c1, %c1) {
    %r = scf.for %j = %c0 to %c4096 step %c1 iter_args(%a = %zero) -> (f32) {
      %v = memref.load %x[%b, %t, %j] : memref<1x512x4096xf32>
      %n = arith.addf %a, %v : f32
      scf.yield %n : f32
    }
    memref.store %r, %s[%b, %t] : memref<1x512xf32>
    scf.reduce
  }
  return
}
