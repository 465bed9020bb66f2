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

// -----

// The cost model's KV block: one register of f32 lanes (16 with 512-bit
// vectors), doubled while the block's key rows fill less than a sixth of L1
// and the tile's rows of scores take at most a quarter of the registers.
// bf16 rows of 128 (256 bytes), 4 packed rows: 8192 / (16 * 256) = 2 and
// 32 / 4 / 4 = 2, so blocks of 32 keys, prefetched 32 keys ahead. With 16
// rows the registers allow one register of keys: blocks of 16.
// RUN: gqa-opt %s --split-input-file --gqa-pack-query-groups --gqa-tile-cpu="kv-splits=1 vector-bits=512 l1-bytes=49152" -canonicalize -cse | FileCheck %s --check-prefix=BLOCK
// BLOCK-LABEL: func.func @decode_bf16
//       BLOCK:   scf.for %[[J:.*]] = %c0 to %c4096 step %c32
//       BLOCK:     arith.addi %[[J]], %c32 : index
//       BLOCK:     memref.prefetch
// BLOCK-LABEL: func.func @rows16_bf16
//       BLOCK:   scf.for %{{.*}} = %c0 to %c4096 step %c16
func.func @decode_bf16(%q: tensor<1x8x1x128xbf16>, %k: tensor<1x2x4096x128xbf16>, %v: tensor<1x2x4096x128xbf16>) -> tensor<1x8x1x128xbf16> {
  %o = gqa.attention %q, %k, %v : tensor<1x8x1x128xbf16>, tensor<1x2x4096x128xbf16>, tensor<1x2x4096x128xbf16> -> tensor<1x8x1x128xbf16>
  return %o : tensor<1x8x1x128xbf16>
}
func.func @rows16_bf16(%q: tensor<1x2x8x128xbf16>, %k: tensor<1x1x4096x128xbf16>, %v: tensor<1x1x4096x128xbf16>) -> tensor<1x2x8x128xbf16> {
  %o = gqa.attention %q, %k, %v : tensor<1x2x8x128xbf16>, tensor<1x1x4096x128xbf16>, tensor<1x1x4096x128xbf16> -> tensor<1x2x8x128xbf16>
  return %o : tensor<1x2x8x128xbf16>
}
