// RUN: gqa-opt %s --gqa-tile-cpu="row-tile=2 kv-tile=8 kv-splits=1 num-threads=2 vector-bits=256 key-layout=transposed" -canonicalize -cse | FileCheck %s
// RUN: gqa-opt %s --gqa-tile-cpu="row-tile=8 num-threads=2 vector-bits=256" | FileCheck %s --check-prefix=AUTO
// RUN: gqa-opt %s --gqa-tile-cpu="row-tile=4 num-threads=2 vector-bits=256" | FileCheck %s --check-prefix=FEW

// The transposed-key kernel (prefill): K is transposed once per call into
// panels [B, Hkv, blocks, D, kv-tile], one contiguous D x kv-tile panel per
// KV block, zero past the keys; the query is copied to f32, and each work
// item copies its rows into a [row-tile, D] tile. Scores are FMAs of a
// panel row K^T[d, block] with the query element broadcast, and P*V walks
// Dv in vector chunks through an accumulator buffer, reading the weights
// from a probability buffer.

// CHECK-LABEL: func.func @prefill
//  CHECK-SAME:   (%[[Q:[^:]*]]: tensor<1x2x64x4xf16>, %[[K:[^:]*]]: tensor<1x2x30x4xf16>, %[[V:[^:]*]]: tensor<1x2x30x128xf16>)
// Panel element [b, h, n, d, j] is key n * 8 + j, clamped to the last key
// and zero past it.
//       CHECK:   %[[KT:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x2x4x4x8xf16>)
//       CHECK:     %[[N:.*]] = linalg.index 2
//       CHECK:     %[[N8:.*]] = arith.muli %[[N]], %c8
//       CHECK:     %[[KEY:.*]] = arith.addi %[[N8]], %{{.*}}
//       CHECK:     %[[CLAMP:.*]] = arith.minsi %[[KEY]], %c29
//       CHECK:     %[[E:.*]] = tensor.extract %[[K]][%c0, %{{.*}}, %[[CLAMP]], %{{.*}}]
//       CHECK:     %[[IN:.*]] = arith.cmpi slt, %[[KEY]], %c30
//       CHECK:     arith.select %[[IN]], %[[E]], %{{.*}} : f16
//       CHECK:   %[[QF:.*]] = linalg.generic {{.*}} ins(%[[Q]] : tensor<1x2x64x4xf16>) outs(%{{.*}} : tensor<1x2x64x4xf32>)
//       CHECK:     arith.extf
//       CHECK:   scf.forall (%[[U:.*]], %[[TILE:.*]]) in (2, 32)
//       CHECK:     %[[ROW0:.*]] = arith.muli %[[TILE]], %c2 : index
//       CHECK:     %[[QS:.*]] = tensor.extract_slice %[[QF]][0, %[[U]], %[[ROW0]], 0] [1, 1, 2, 4] [1, 1, 1, 1] : tensor<1x2x64x4xf32> to tensor<2x4xf32>
//       CHECK:     %[[QT:.*]] = linalg.copy ins(%[[QS]] : tensor<2x4xf32>)
//       CHECK:     %[[ACC0:.*]] = linalg.fill {{.*}} -> tensor<2x128xf32>
//       CHECK:     %[[P0:.*]] = tensor.empty() : tensor<2x8xf32>
//       CHECK:     scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %c8 iter_args({{.*}} = %[[ACC0]], %[[PB:.*]] = %[[P0]]) -> (f32, f32, f32, f32, tensor<2x128xf32>, tensor<2x8xf32>)
// Scores: row d = 0 of the block's panel, times the broadcast query
// elements of both rows (D = 4: the loop over D has one iteration and
// folds away).
//       CHECK:       %[[BLOCK:.*]] = arith.divui %[[J]], %c8 : index
//       CHECK:       %[[COL:.*]] = vector.transfer_read %[[KT]][%c0, %{{.*}}, %[[BLOCK]], %c0, %c0], %{{.*}} {in_bounds = [true]} : tensor<1x2x4x4x8xf16>, vector<8xf16>
//       CHECK:       %[[COLF:.*]] = arith.extf %[[COL]]
//       CHECK:       %[[Q00:.*]] = tensor.extract %[[QT]][%c0, %c0] : tensor<2x4xf32>
//       CHECK:       %[[B00:.*]] = vector.broadcast %[[Q00]] : f32 to vector<8xf32>
//       CHECK:       vector.fma %[[B00]], %[[COLF]], %{{.*}} : vector<8xf32>
//       CHECK:       tensor.extract %[[QT]][%c1, %c0]
//       CHECK:       vector.transfer_read %[[KT]][%c0, %{{.*}}, %[[BLOCK]], %c1, %c0]
//       CHECK:       vector.fma
//   CHECK-NOT:       vector.shuffle
//       CHECK:       math.exp
// The probabilities of the block go to the buffer ...
//       CHECK:       %[[PW0:.*]] = vector.transfer_write %{{.*}}, %[[PB]][%c0, %c0]
//       CHECK:       %[[PW:.*]] = vector.transfer_write %{{.*}}, %[[PW0]][%c1, %c0]
// ... and P*V runs over the Dv chunks with the accumulators in a buffer.
// Each step covers 8 chunks of 8 lanes (16 accumulators of 2 rows).
//       CHECK:       scf.for %[[C:.*]] = %c0 to %c128 step %c64 iter_args(%[[ACC:.*]] = %{{.*}}) -> (tensor<2x128xf32>)
//       CHECK:         vector.transfer_read %[[ACC]][%c0, %[[C]]]
//       CHECK:         vector.transfer_read %[[ACC]][%c1, %[[C]]]
//       CHECK:         vector.transfer_read %[[V]][%c0, %{{.*}}, %{{.*}}, %[[C]]]
//       CHECK:         %[[W:.*]] = tensor.extract %[[PW]][%c0, %c0] : tensor<2x8xf32>
//       CHECK:         %[[WB:.*]] = vector.broadcast %[[W]] : f32 to vector<8xf32>
//       CHECK:         vector.fma %[[WB]]
//       CHECK:         vector.transfer_write %{{.*}}, %{{.*}}[%c1, %[[C]]]
//       CHECK:         scf.yield
//       CHECK:       scf.yield
//       CHECK:     tensor.parallel_insert_slice

// The cost model keeps the key rows for fewer than 16 tiles (here 64 packed
// rows in tiles of 8) ...
//   AUTO-LABEL: func.func @prefill
//     AUTO-NOT:   linalg.index
//         AUTO:   vector.shuffle
// ... and for tiles of fewer than 8 rows (tiles of 4).
//    FEW-NOT:   linalg.index
//        FEW:   vector.shuffle
func.func @prefill(%q: tensor<1x2x64x4xf16>, %k: tensor<1x2x30x4xf16>, %v: tensor<1x2x30x128xf16>) -> tensor<1x2x64x128xf16> {
  %o = gqa.packed_attention %q, %k, %v packing = 2 causal : tensor<1x2x64x4xf16>, tensor<1x2x30x4xf16>, tensor<1x2x30x128xf16> -> tensor<1x2x64x128xf16>
  return %o : tensor<1x2x64x128xf16>
}

// 16 tiles of 8 rows share the keys: transposed.
//   AUTO-LABEL: func.func @long
//         AUTO:   linalg.index 2
//     AUTO-NOT:   vector.shuffle
func.func @long(%q: tensor<1x2x128x16xf32>, %k: tensor<1x2x30x16xf32>, %v: tensor<1x2x30x16xf32>) -> tensor<1x2x128x16xf32> {
  %o = gqa.packed_attention %q, %k, %v packing = 2 causal : tensor<1x2x128x16xf32>, tensor<1x2x30x16xf32>, tensor<1x2x30x16xf32> -> tensor<1x2x128x16xf32>
  return %o : tensor<1x2x128x16xf32>
}
