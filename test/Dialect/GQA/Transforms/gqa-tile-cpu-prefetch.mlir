// RUN: gqa-opt %s --gqa-tile-cpu="kv-tile=8 kv-splits=1 vector-bits=256 prefetch-keys=16" -canonicalize -cse | FileCheck %s
// RUN: gqa-opt %s --gqa-tile-cpu="kv-tile=8 kv-splits=1 vector-bits=256 prefetch-keys=0" -canonicalize -cse | FileCheck %s --check-prefix=NONE
// The cost model: a sixth of L1 per stream, in whole KV blocks. With a
// 48 KiB L1 and 64-byte f32 key rows (D = 16), 8192 / 64 = 128 keys ahead.
// RUN: gqa-opt %s --gqa-tile-cpu="kv-tile=8 kv-splits=1 vector-bits=256 l1-bytes=49152" -canonicalize -cse | FileCheck %s --check-prefix=COST

// Decode with the key rows layout: at each KV block the loop prefetches the
// rows of K and V 16 keys ahead (clamped to the last key), one prefetch per
// 64-byte line: a row of 16 f32 is one line.

// CHECK-LABEL: func.func @decode
//       CHECK:   %[[KB:.*]] = bufferization.to_buffer %arg1 read_only
//       CHECK:   %[[VB:.*]] = bufferization.to_buffer %arg2 read_only
//       CHECK:   scf.for %[[J:.*]] = %c0 to %c40 step %c8
//       CHECK:     %[[R0:.*]] = arith.addi %[[J]], %c16 : index
//       CHECK:     %[[C0:.*]] = arith.minsi %[[R0]], %c39 : index
//       CHECK:     memref.prefetch %[[KB]][%c0, %{{.*}}, %[[C0]], %c0], read, locality<3>, data
// CHECK-COUNT-7:   memref.prefetch %[[KB]]
// CHECK-COUNT-8:   memref.prefetch %[[VB]]
//       CHECK:     vector.transfer_read %arg1
// NONE-LABEL: func.func @decode
//   NONE-NOT:   memref.prefetch
//   NONE-NOT:   bufferization.to_buffer
// COST-LABEL: func.func @decode
//       COST:   arith.addi %{{.*}}, %c128 : index
//       COST:   memref.prefetch
func.func @decode(%q: tensor<1x4x1x16xf32>, %k: tensor<1x1x40x16xf32>, %v: tensor<1x1x40x16xf32>) -> tensor<1x4x1x16xf32> {
  %o = gqa.attention %q, %k, %v : tensor<1x4x1x16xf32>, tensor<1x1x40x16xf32>, tensor<1x1x40x16xf32> -> tensor<1x4x1x16xf32>
  return %o : tensor<1x4x1x16xf32>
}
