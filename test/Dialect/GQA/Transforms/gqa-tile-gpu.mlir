// RUN: gqa-opt %s --split-input-file --gqa-pack-query-groups --gqa-tile-gpu | FileCheck %s
// RUN: gqa-opt %s --split-input-file --gqa-pack-query-groups --gqa-tile-gpu="count-kv-bytes=true" | FileCheck %s --check-prefix=COUNT
// RUN: gqa-opt %s --split-input-file --gqa-pack-query-groups --gqa-tile-gpu="row-tile=2 kv-tile=16 kv-splits=1" | FileCheck %s --check-prefix=SIZES
// RUN: gqa-opt %s --split-input-file --gqa-tile-gpu | FileCheck %s --check-prefix=INPLACE
// RUN: gqa-opt %s --split-input-file --gqa-tile-gpu="group-query-heads=false" | FileCheck %s --check-prefix=UNGROUPED

// GQA decode (G = 4, one packed row per query head): one block holds the 4
// query heads of a KV head, so each K/V tile is staged once for them; with
// 2 blocks for 132 multiprocessors the 512 keys are split 4 ways (at least
// 4 tiles of 32 keys per split) and merged by a second grid.

// CHECK-LABEL: func.func @decode
// CHECK-DAG:   %[[Q:.*]] = bufferization.to_buffer %{{.*}} read_only : tensor<1x2x4x64xf16> to memref<1x2x4x64xf16>
// CHECK-DAG:   %[[K:.*]] = bufferization.to_buffer %{{.*}} read_only : tensor<1x2x512x64xf16> to memref<1x2x512x64xf16>
// CHECK-DAG:   %[[OUT:.*]] = memref.alloc() : memref<1x2x4x64xf16>
// CHECK-DAG:   memref.alloc(%{{.*}}, %{{.*}}) : memref<?x2x4x?x64xf32>
// CHECK-DAG:   memref.alloc(%{{.*}}, %{{.*}}) : memref<?x2x4x?xf32>
// CHECK:       scf.forall (%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}}, 2, %{{.*}}) {
// CHECK-DAG:     memref.alloca() {gqa.memory = #gpu.address_space<workgroup>} : memref<4x64xf32>
// CHECK-DAG:     memref.alloca() {gqa.memory = #gpu.address_space<workgroup>} : memref<32x65xf32>
// CHECK-DAG:     memref.alloca() {gqa.memory = #gpu.address_space<workgroup>} : memref<32x64xf32>
// CHECK-DAG:     memref.alloca() {gqa.memory = #gpu.address_space<private>} : memref<4x32x2xf32>
// The phases: initial state and queries; then per K/V tile: staging,
// scores, max and probabilities, sums and accumulators; the output.
// CHECK:         scf.forall (%{{.*}}, %{{.*}}) in (4, 32)
// CHECK:         } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
// CHECK:         scf.for
// CHECK:           scf.forall (%{{.*}}, %{{.*}}) in (4, 32)
// CHECK:             memref.load %[[K]]
// CHECK:           } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
// CHECK:           scf.forall (%{{.*}}, %{{.*}}) in (4, 32)
// CHECK:             math.fma
// CHECK:           } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
// CHECK:           scf.forall (%{{.*}}, %{{.*}}) in (4, 32)
// CHECK:             math.exp
// CHECK:           } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
// CHECK:           scf.forall (%{{.*}}, %{{.*}}) in (4, 32)
// CHECK:             math.fma
// CHECK:           } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
// CHECK:         }
// CHECK:         scf.forall (%{{.*}}, %{{.*}}) in (4, 32)
// CHECK:           math.log
// CHECK:         } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
// CHECK:       } {gqa.kernel = "attention", mapping = [#gpu.block<x>, #gpu.block<y>, #gpu.block<z>]}
// CHECK:       scf.forall (%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}}, 2, %{{.*}}) {
// CHECK:         scf.forall (%{{.*}}) in (32)
// CHECK:           memref.store %{{.*}}, %[[OUT]]
// CHECK:         } {mapping = [#gpu.thread<x>]}
// CHECK:       } {gqa.kernel = "combine", mapping = [#gpu.block<x>, #gpu.block<y>, #gpu.block<z>]}
// CHECK:       bufferization.to_tensor %[[OUT]] restrict writable

// The counter is a public i64 global; each block adds the bytes it stages
// after staging them.
// COUNT:       memref.global "public" @gqa_kv_bytes_read : memref<i64> = dense<0>
// COUNT-LABEL: func.func @decode
// COUNT:         %[[C:.*]] = memref.get_global @gqa_kv_bytes_read : memref<i64>
// COUNT:         scf.for
// COUNT:           } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
// COUNT:           %[[BYTES:.*]] = arith.index_cast %{{.*}} : index to i64
// COUNT-NEXT:      memref.atomic_rmw addi %[[BYTES]], %[[C]][] : (i64, memref<i64>) -> i64
// COUNT-NEXT:      scf.forall

// Overrides: 2 rows per block (2 row tiles of the 4 packed rows), 16 keys
// per K/V tile, no split and no combine.
// SIZES-LABEL: func.func @decode
// SIZES-DAG:     memref.alloca() {gqa.memory = #gpu.address_space<workgroup>} : memref<2x64xf32>
// SIZES-DAG:     memref.alloca() {gqa.memory = #gpu.address_space<workgroup>} : memref<16x65xf32>
// SIZES:         scf.forall (%{{.*}}, %{{.*}}) in (2, 32)
// SIZES-NOT:     gqa.kernel = "combine"
// SIZES:       } {gqa.kernel = "attention"
// SIZES-NOT:     gqa.kernel = "combine"
// Without gqa-pack-query-groups the tiling groups the query heads in
// place: the same blocks (4 packed rows, 2 KV heads) read the query and
// write the result as they are, [1, 8, 1, 64], with no copy. Without
// grouping, each of the 8 query heads is a unit of 1 row.
// INPLACE-LABEL: func.func @decode
// INPLACE-NOT:     tensor.expand_shape
// INPLACE-DAG:     %[[Q:.*]] = bufferization.to_buffer %arg0 read_only : tensor<1x8x1x64xf16> to memref<1x8x1x64xf16>
// INPLACE-DAG:     %[[OUT:.*]] = memref.alloc() : memref<1x8x1x64xf16>
// INPLACE:         scf.forall (%{{.*}}, %[[U:.*]], %{{.*}}) in (%{{.*}}, 2, %{{.*}})
// INPLACE:           scf.forall (%[[TY:.*]], %{{.*}}) in (4, 32)
// INPLACE:             %[[BASE:.*]] = arith.muli %[[U]], %c4{{.*}} : index
// INPLACE:             %[[HEAD:.*]] = arith.addi %[[BASE]], %{{.*}} : index
// INPLACE:             memref.load %[[Q]][%{{.*}}, %[[HEAD]], %{{.*}}, %{{.*}}] : memref<1x8x1x64xf16>
// INPLACE:       } {gqa.kernel = "combine"
// INPLACE:       bufferization.to_tensor %[[OUT]] restrict writable : memref<1x8x1x64xf16>
// UNGROUPED-LABEL: func.func @decode
// UNGROUPED:         scf.forall (%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}}, 8, %{{.*}})
// UNGROUPED:           scf.forall (%{{.*}}, %{{.*}}) in (1, 32)
func.func @decode(%q: tensor<1x8x1x64xf16>, %k: tensor<1x2x512x64xf16>, %v: tensor<1x2x512x64xf16>) -> tensor<1x8x1x64xf16> {
  %o = gqa.attention %q, %k, %v : tensor<1x8x1x64xf16>, tensor<1x2x512x64xf16>, tensor<1x2x512x64xf16> -> tensor<1x8x1x64xf16>
  return %o : tensor<1x8x1x64xf16>
}

// -----

// Causal prefill with dynamic batch and sequence lengths: 16 rows per
// block, and no split (a dynamic number of rows is taken for a prefill,
// whose row tiles fill the grid); the causal mask per score.

// CHECK-LABEL: func.func @prefill
// CHECK:         memref.alloca() {gqa.memory = #gpu.address_space<workgroup>} : memref<16x128xf32>
// CHECK:         scf.forall (%{{.*}}, %{{.*}}) in (16, 32)
// CHECK:         arith.cmpi sle
// CHECK:       } {gqa.kernel = "attention"
// CHECK-NOT:   gqa.kernel = "combine"
// CHECK:       bufferization.to_tensor %{{.*}} restrict writable : memref<?x32x?x128xbf16>
func.func @prefill(%q: tensor<?x32x?x128xbf16>, %k: tensor<?x32x?x128xbf16>, %v: tensor<?x32x?x128xbf16>) -> tensor<?x32x?x128xbf16> {
  %o = gqa.attention %q, %k, %v causal : tensor<?x32x?x128xbf16>, tensor<?x32x?x128xbf16>, tensor<?x32x?x128xbf16> -> tensor<?x32x?x128xbf16>
  return %o : tensor<?x32x?x128xbf16>
}
