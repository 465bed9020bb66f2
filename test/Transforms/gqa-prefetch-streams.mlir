// RUN: gqa-opt %s -split-input-file -gqa-prefetch-streams="l1-bytes=49152" -canonicalize | FileCheck %s
// RUN: gqa-opt %s -split-input-file -gqa-prefetch-streams="distance=256" -canonicalize | FileCheck %s --check-prefix=DIST
// RUN: not gqa-opt %s -split-input-file -gqa-prefetch-streams="distance=-64" 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not gqa-opt %s -split-input-file -gqa-prefetch-streams="l1-bytes=-1" 2>&1 | FileCheck %s --check-prefix=ERR

// ERR: gqa-prefetch-streams: distance and l1-bytes must be >= 0

/// Two streams of different widths: strips of 128 elements (four lines of
/// bf16), each stream prefetched a sixth of 48 KiB / 2 streams = 4 KiB
/// ahead on its flattened view, one prefetch per line, clamped to the last
/// element: four lines of the bf16 stream, eight of the f32 one. The stored
/// buffer is not prefetched.
// CHECK-LABEL: func.func @two_streams(
// CHECK-SAME:    %[[X:.*]]: memref<8x1024xbf16>, %[[Y:.*]]: memref<8x1024xf32>, %[[O:.*]]: memref<8x1024xf32>)
// CHECK-DAG:     %[[LAST:.*]] = arith.constant 8191 : index
// CHECK-DAG:     %[[F32_LINE2:.*]] = arith.constant 1040 : index
// CHECK-DAG:     %[[F32_AHEAD:.*]] = arith.constant 1024 : index
// CHECK-DAG:     %[[BF16_LINE4:.*]] = arith.constant 2144 : index
// CHECK-DAG:     %[[BF16_LINE2:.*]] = arith.constant 2080 : index
// CHECK-DAG:     %[[BF16_AHEAD:.*]] = arith.constant 2048 : index
// CHECK-DAG:     %[[STRIP:.*]] = arith.constant 128 : index
// CHECK:         scf.parallel (%[[I:.*]]) =
// CHECK:           %[[FX:.*]] = memref.collapse_shape %[[X]] {{\[}}[0, 1]] : memref<8x1024xbf16> into memref<8192xbf16>
// CHECK:           %[[ROWX:.*]] = arith.muli %[[I]], %c1024
// CHECK:           %[[FY:.*]] = memref.collapse_shape %[[Y]] {{\[}}[0, 1]] : memref<8x1024xf32> into memref<8192xf32>
// CHECK:           %[[ROWY:.*]] = arith.muli %[[I]], %c1024
// CHECK:           scf.for %[[S:.*]] = %c0 to %c1024 step %[[STRIP]] {
// CHECK:             %[[PX:.*]] = arith.addi %[[ROWX]], %[[S]]
// CHECK:             %[[AX:.*]] = arith.addi %[[PX]], %[[BF16_AHEAD]]
// CHECK:             %[[CX:.*]] = arith.minsi %[[AX]], %[[LAST]]
// CHECK:             memref.prefetch %[[FX]][%[[CX]]], read, locality<3>, data
// CHECK:             arith.addi %[[PX]], %[[BF16_LINE2]]
// CHECK:             memref.prefetch %[[FX]]
// CHECK:             memref.prefetch %[[FX]]
// CHECK:             arith.addi %[[PX]], %[[BF16_LINE4]]
// CHECK:             memref.prefetch %[[FX]]
// CHECK:             %[[PY:.*]] = arith.addi %[[ROWY]], %[[S]]
// CHECK:             %[[AY:.*]] = arith.addi %[[PY]], %[[F32_AHEAD]]
// CHECK:             %[[CY:.*]] = arith.minsi %[[AY]], %[[LAST]]
// CHECK:             memref.prefetch %[[FY]][%[[CY]]]
// CHECK:             arith.addi %[[PY]], %[[F32_LINE2]]
// CHECK-COUNT-7:     memref.prefetch %[[FY]]
// CHECK-NOT:         memref.prefetch
// CHECK:             scf.for %[[K:.*]] = %c0 to %[[STRIP]] step %c1 {
// CHECK:               %[[J:.*]] = arith.addi %[[S]], %[[K]]
// CHECK:               memref.load %[[X]][%[[I]], %[[J]]]
// CHECK:               memref.load %[[Y]][%[[I]], %[[J]]]
// CHECK:               memref.store {{.*}}, %[[O]][%[[I]], %[[J]]]
// CHECK-NOT:     scf.for
// CHECK:         return
/// With an explicit distance of 256 bytes: 128 bf16 and 64 f32 elements.
// DIST-LABEL: func.func @two_streams(
// DIST-DAG:     arith.constant 128 : index
// DIST-DAG:     arith.constant 64 : index
// DIST-DAG:     arith.constant 80 : index
func.func @two_streams(%x: memref<8x1024xbf16>, %y: memref<8x1024xf32>, %o: memref<8x1024xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %c1024 = arith.constant 1024 : index
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    scf.for %j = %c0 to %c1024 step %c1 {
      %a = memref.load %x[%i, %j] : memref<8x1024xbf16>
      %b = memref.load %y[%i, %j] : memref<8x1024xf32>
      %e = arith.extf %a : bf16 to f32
      %s = arith.addf %e, %b : f32
      memref.store %s, %o[%i, %j] : memref<8x1024xf32>
    }
  }
  return
}

// -----

/// A dynamic trip count: whole strips of 64 f32 elements up to %full, and
/// the original loop for the rest; one stream, a sixth of 48 KiB ahead.
// CHECK-LABEL: func.func @dynamic(
// CHECK-SAME:    %[[X:.*]]: memref<?xf32>, %[[O:.*]]: memref<?xf32>, %[[N:.*]]: index)
// CHECK-DAG:     %[[C16:.*]] = arith.constant 64 : index
// CHECK-DAG:     %[[AHEAD:.*]] = arith.constant 2048 : index
// CHECK:         %[[COUNT:.*]] = arith.maxsi %[[N]], %c0
// CHECK:         %[[Q:.*]] = arith.divui %[[COUNT]], %[[C16]]
// CHECK:         %[[FULL:.*]] = arith.muli %[[Q]], %[[C16]]
// CHECK:         %[[TOTAL:.*]] = memref.dim %[[X]], %c0
// CHECK:         %[[LAST:.*]] = arith.subi %[[TOTAL]], %c1
// CHECK:         scf.for %[[S:.*]] = %c0 to %[[FULL]] step %[[C16]] {
// CHECK:           %[[A:.*]] = arith.addi %[[S]], %[[AHEAD]]
// CHECK:           %[[C:.*]] = arith.minsi %[[A]], %[[LAST]]
// CHECK:           memref.prefetch %[[X]][%[[C]]]
// CHECK:           scf.for
// CHECK:         scf.for %[[J:.*]] = %[[FULL]] to %[[N]] step %c1 {
// CHECK-NEXT:      memref.load %[[X]][%[[J]]]
func.func @dynamic(%x: memref<?xf32>, %o: memref<?xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %j = %c0 to %n step %c1 {
    %a = memref.load %x[%j] : memref<?xf32>
    %s = arith.mulf %a, %a : f32
    memref.store %s, %o[%j] : memref<?xf32>
  }
  return
}

// -----

/// Left alone: a reduction (its carried partial sums), a loop in an
/// attention tile, a row of fewer than four strips (48 < 4 x 64), a step of 2, a loop with
/// a loop inside, a load across rows (not consecutive), and a strided
/// buffer.
// CHECK-LABEL: func.func @untouched(
// CHECK-NOT:     memref.prefetch
// CHECK-NOT:     memref.collapse_shape
// CHECK:         return
#strided = strided<[2048, 1]>
func.func @untouched(%x: memref<64x1024xf32>, %t: memref<1024x64xf32>, %s: memref<64x1024xf32, #strided>, %o: memref<64x1024xf32>, %r: memref<64xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c48 = arith.constant 48 : index
  %c64 = arith.constant 64 : index
  %c1024 = arith.constant 1024 : index
  %zero = arith.constant 0.0 : f32
  scf.parallel (%i) = (%c0) to (%c64) step (%c1) {
    %sum = scf.for %j = %c0 to %c1024 step %c1 iter_args(%acc = %zero) -> f32 {
      %a = memref.load %x[%i, %j] : memref<64x1024xf32>
      %n = arith.addf %acc, %a : f32
      scf.yield %n : f32
    }
    memref.store %sum, %r[%i] : memref<64xf32>
    scf.for %j = %c0 to %c48 step %c1 {
      %a = memref.load %x[%i, %j] : memref<64x1024xf32>
      memref.store %a, %o[%i, %j] : memref<64x1024xf32>
    }
    scf.for %j = %c0 to %c1024 step %c2 {
      %a = memref.load %x[%i, %j] : memref<64x1024xf32>
      memref.store %a, %o[%i, %j] : memref<64x1024xf32>
    }
    scf.for %j = %c0 to %c1024 step %c1 {
      %a = memref.load %t[%j, %i] : memref<1024x64xf32>
      %b = memref.load %s[%i, %j] : memref<64x1024xf32, #strided>
      %c = arith.addf %a, %b : f32
      memref.store %c, %o[%i, %j] : memref<64x1024xf32>
    }
    scf.for %j = %c0 to %c1024 step %c1 {
      scf.for %k = %c0 to %c2 step %c1 {
        %a = memref.load %t[%j, %k] : memref<1024x64xf32>
        memref.store %a, %o[%k, %j] : memref<64x1024xf32>
      }
    }
  }
  scf.forall (%i) in (64) {
    scf.for %j = %c0 to %c1024 step %c1 {
      %a = memref.load %x[%i, %j] : memref<64x1024xf32>
      memref.store %a, %o[%i, %j] : memref<64x1024xf32>
    }
  }
  return
}

// -----

/// Before strip-mining, what the loop computes without it moves in front
/// of it: a norm's load of its row's sum (a buffer the loop does not write)
/// and its rsqrt. A load of the buffer the loop writes stays in the loop.
// CHECK-LABEL: func.func @hoisted(
// CHECK-SAME:    %[[X:.*]]: memref<4x1024xf32>, %[[SUM:.*]]: memref<4xf32>, %[[O:.*]]: memref<4x1024xf32>)
// CHECK:         scf.parallel (%[[I:.*]]) =
// CHECK:           %[[S:.*]] = memref.load %[[SUM]][%[[I]]]
// CHECK:           %[[R:.*]] = math.rsqrt %[[S]]
// CHECK:           scf.for
// CHECK:             memref.prefetch
// CHECK:             scf.for
// CHECK-NOT:           math.rsqrt
// CHECK:               %[[V:.*]] = memref.load %[[X]]
// CHECK:               arith.mulf %[[V]], %[[R]]
// CHECK:               memref.load %[[O]][%[[I]], %c0]
func.func @hoisted(%x: memref<4x1024xf32>, %sum: memref<4xf32>, %o: memref<4x1024xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c1024 = arith.constant 1024 : index
  scf.parallel (%i) = (%c0) to (%c4) step (%c1) {
    scf.for %j = %c0 to %c1024 step %c1 {
      %s = memref.load %sum[%i] : memref<4xf32>
      %r = math.rsqrt %s : f32
      %v = memref.load %x[%i, %j] : memref<4x1024xf32>
      %n = arith.mulf %v, %r : f32
      %first = memref.load %o[%i, %c0] : memref<4x1024xf32>
      %t = arith.addf %n, %first : f32
      memref.store %t, %o[%i, %j] : memref<4x1024xf32>
    }
  }
  return
}
