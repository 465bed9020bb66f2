// RUN: gqa-opt %s --gqa-fuse-row-loops --split-input-file | FileCheck %s

// torch's softmax after gqa-split-parallel-loops: the max (with its fill),
// the exp, the sum (with its fill) and the division, each over the rows.
// Every shared buffer is indexed by the row first (the max through an
// expand_shape to [128, 1]), so the six loops become one, and the
// expand_shape and the allocation between them move above it.

// CHECK-LABEL: func.func @softmax(
// CHECK:         memref.alloc() {{.*}} : memref<128xf32>
// CHECK:         memref.expand_shape
// CHECK:         memref.alloc() {{.*}} : memref<128x1xf32>
// CHECK:         scf.parallel (%[[I:.*]]) = (%c0) to (%c128) step (%c1) {
// CHECK:           memref.store %{{.*}}, %{{.*}}[%[[I]]] : memref<128xf32>
// CHECK:           scf.for
// CHECK:             arith.maximumf
// CHECK:           scf.for
// CHECK:             math.exp
// CHECK:           scf.for
// CHECK:           scf.for
// CHECK:             arith.addf
// CHECK:           scf.for
// CHECK:             arith.divf
// CHECK:           scf.reduce
// CHECK-NEXT:    }
// CHECK-NOT:     scf.parallel
// CHECK:         return
func.func @softmax(%arg0: memref<128x32000xf32>, %arg1: memref<128x32000xf32>) {
  %c32000 = arith.constant 32000 : index
  %c1 = arith.constant 1 : index
  %c128 = arith.constant 128 : index
  %c0 = arith.constant 0 : index
  %cst = arith.constant 0xFF800000 : f32
  %cst_0 = arith.constant 0.000000e+00 : f32
  %alloc = memref.alloc() {alignment = 64 : i64} : memref<128xf32>
  scf.parallel (%i) = (%c0) to (%c128) step (%c1) {
    memref.store %cst, %alloc[%i] : memref<128xf32>
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c128) step (%c1) {
    %0 = memref.load %alloc[%i] : memref<128xf32>
    %1 = scf.for %j = %c0 to %c32000 step %c1 iter_args(%a = %0) -> (f32) {
      %2 = memref.load %arg0[%i, %j] : memref<128x32000xf32>
      %3 = arith.maximumf %2, %a fastmath<reassoc> : f32
      scf.yield %3 : f32
    }
    memref.store %1, %alloc[%i] : memref<128xf32>
    scf.reduce
  }
  %expand_shape = memref.expand_shape %alloc [[0, 1]] output_shape [128, 1] : memref<128xf32> into memref<128x1xf32>
  scf.parallel (%i) = (%c0) to (%c128) step (%c1) {
    scf.for %j = %c0 to %c32000 step %c1 {
      %0 = memref.load %arg0[%i, %j] : memref<128x32000xf32>
      %1 = memref.load %expand_shape[%i, %c0] : memref<128x1xf32>
      %2 = arith.subf %0, %1 : f32
      %3 = math.exp %2 : f32
      memref.store %3, %arg1[%i, %j] : memref<128x32000xf32>
    }
    scf.reduce
  }
  %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<128x1xf32>
  scf.parallel (%i) = (%c0) to (%c128) step (%c1) {
    scf.for %j = %c0 to %c1 step %c1 {
      memref.store %cst_0, %alloc_1[%i, %j] : memref<128x1xf32>
    }
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c128) step (%c1) {
    %0 = memref.load %alloc_1[%i, %c0] : memref<128x1xf32>
    %1 = scf.for %j = %c0 to %c32000 step %c1 iter_args(%a = %0) -> (f32) {
      %2 = memref.load %arg1[%i, %j] : memref<128x32000xf32>
      %3 = arith.addf %2, %a fastmath<reassoc> : f32
      scf.yield %3 : f32
    }
    memref.store %1, %alloc_1[%i, %c0] : memref<128x1xf32>
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c128) step (%c1) {
    scf.for %j = %c0 to %c32000 step %c1 {
      %0 = memref.load %arg1[%i, %j] : memref<128x32000xf32>
      %1 = memref.load %alloc_1[%i, %c0] : memref<128x1xf32>
      %2 = arith.divf %0, %1 : f32
      memref.store %2, %arg1[%i, %j] : memref<128x32000xf32>
    }
    scf.reduce
  }
  memref.dealloc %alloc : memref<128xf32>
  memref.dealloc %alloc_1 : memref<128x1xf32>
  return
}

// -----

// RMSNorm over [1, 512, 4096]: loops over (1, 512) rows; the batch
// dimension of one iteration is no row variable, and the [1, 512, 1] mean
// is indexed by the token once its unit dimensions are left out.

// CHECK-LABEL: func.func @rmsnorm(
// CHECK:         scf.parallel
// CHECK:           arith.mulf
// CHECK:           math.rsqrt
// CHECK:           scf.reduce
// CHECK-NEXT:    }
// CHECK-NOT:     scf.parallel
func.func @rmsnorm(%x: memref<1x512x4096xf32>, %y: memref<1x512x4096xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c512 = arith.constant 512 : index
  %c4096 = arith.constant 4096 : index
  %zero = arith.constant 0.0 : f32
  %mean = memref.alloc() : memref<1x512x1xf32>
  scf.parallel (%b, %t) = (%c0, %c0) to (%c1, %c512) step (%c1, %c1) {
    %s = scf.for %j = %c0 to %c4096 step %c1 iter_args(%a = %zero) -> (f32) {
      %v = memref.load %x[%b, %t, %j] : memref<1x512x4096xf32>
      %sq = arith.mulf %v, %v : f32
      %n = arith.addf %a, %sq : f32
      scf.yield %n : f32
    }
    memref.store %s, %mean[%b, %t, %c0] : memref<1x512x1xf32>
    scf.reduce
  }
  scf.parallel (%b, %t) = (%c0, %c0) to (%c1, %c512) step (%c1, %c1) {
    scf.for %j = %c0 to %c4096 step %c1 {
      %v = memref.load %x[%b, %t, %j] : memref<1x512x4096xf32>
      %m = memref.load %mean[%b, %t, %c0] : memref<1x512x1xf32>
      %r = math.rsqrt %m : f32
      %o = arith.mulf %v, %r : f32
      memref.store %o, %y[%b, %t, %j] : memref<1x512x4096xf32>
    }
    scf.reduce
  }
  memref.dealloc %mean : memref<1x512x1xf32>
  return
}

// -----

// The second loop reads the next row of what the first writes: another
// iteration's row, so the loops stay apart.

// CHECK-LABEL: func.func @reads_another_row(
// CHECK:         scf.parallel
// CHECK:         scf.parallel
func.func @reads_another_row(%x: memref<129xf32>, %y: memref<128xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c128 = arith.constant 128 : index
  %one = arith.constant 1.0 : f32
  scf.parallel (%i) = (%c0) to (%c128) step (%c1) {
    memref.store %one, %x[%i] : memref<129xf32>
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c128) step (%c1) {
    %n = arith.addi %i, %c1 : index
    %v = memref.load %x[%n] : memref<129xf32>
    memref.store %v, %y[%i] : memref<128xf32>
    scf.reduce
  }
  return
}

// -----

// A buffer indexed by the column first (a transposed read) and loops of
// other bounds stay apart.

// CHECK-LABEL: func.func @transposed_and_other_bounds(
// CHECK:         scf.parallel
// CHECK:         scf.parallel
// CHECK:         scf.parallel
func.func @transposed_and_other_bounds(%x: memref<64x64xf32>, %y: memref<64x64xf32>, %z: memref<32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %c64 = arith.constant 64 : index
  %one = arith.constant 1.0 : f32
  scf.parallel (%i) = (%c0) to (%c64) step (%c1) {
    scf.for %j = %c0 to %c64 step %c1 {
      memref.store %one, %x[%i, %j] : memref<64x64xf32>
    }
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c64) step (%c1) {
    scf.for %j = %c0 to %c64 step %c1 {
      %v = memref.load %x[%j, %i] : memref<64x64xf32>
      memref.store %v, %y[%i, %j] : memref<64x64xf32>
    }
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c32) step (%c1) {
    %v = memref.load %y[%i, %i] : memref<64x64xf32>
    memref.store %v, %z[%i] : memref<32xf32>
    scf.reduce
  }
  return
}

// -----

// A call between the loops (memory effects) and a call inside a loop keep
// them apart.

// CHECK-LABEL: func.func @calls(
// CHECK:         scf.parallel
// CHECK:         call @touch
// CHECK:         scf.parallel
// CHECK:         scf.parallel
func.func private @touch(memref<16xf32>)
func.func @calls(%x: memref<16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %one = arith.constant 1.0 : f32
  scf.parallel (%i) = (%c0) to (%c16) step (%c1) {
    memref.store %one, %x[%i] : memref<16xf32>
    scf.reduce
  }
  func.call @touch(%x) : (memref<16xf32>) -> ()
  scf.parallel (%i) = (%c0) to (%c16) step (%c1) {
    memref.store %one, %x[%i] : memref<16xf32>
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c16) step (%c1) {
    func.call @touch(%x) : (memref<16xf32>) -> ()
    scf.reduce
  }
  return
}
