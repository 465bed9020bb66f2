// RUN: gqa-opt %s --gqa-tile-cpu="row-tile=2 kv-tile=8 kv-splits=1 num-threads=2 vector-bits=256 key-layout=transposed" -canonicalize -cse | FileCheck %s
// RUN: gqa-opt %s --gqa-tile-cpu="row-tile=8 num-threads=2 vector-bits=256" | FileCheck %s --check-prefix=AUTO
// RUN: gqa-opt %s --gqa-tile-cpu="row-tile=4 num-threads=2 vector-bits=256" | FileCheck %s --check-prefix=FEW

// The transposed-key kernel (prefill): K is transposed once per call into a
// zero-padded [B, Hkv, D, Skv rounded up to whole blocks] tensor, the query
// is copied to f32; scores are FMAs of a key column K^T[d, block] with the
// query element broadcast, and P*V walks Dv in vector chunks through an
// accumulator buffer, reading the weights from a probability buffer.

// CHECK-LABEL: func.func @prefill
//  CHECK-SAME:   (%[[Q:[^:]*]]: tensor<1x2x64x4xf16>, %[[K:[^:]*]]: tensor<1x2x30x4xf16>, %[[V:[^:]*]]: tensor<1x2x30x128xf16>)
//       CHECK:   %[[KT0:.*]] = linalg.fill {{.*}} -> tensor<1x2x4x32xf16>
//       CHECK:   %[[KTS:.*]] = tensor.extract_slice %[[KT0]][0, 0, 0, 0] [1, 2, 4, 30] [1, 1, 1, 1]
//       CHECK:   %[[T:.*]] = linalg.transpose ins(%[[K]] : tensor<1x2x30x4xf16>) outs(%[[KTS]] : tensor<1x2x4x30xf16>) permutation = [0, 1, 3, 2]
//       CHECK:   %[[KT:.*]] = tensor.insert_slice %[[T]] into %[[KT0]]
//       CHECK:   %[[QF:.*]] = linalg.generic {{.*}} ins(%[[Q]] : tensor<1x2x64x4xf16>) outs(%{{.*}} : tensor<1x2x64x4xf32>)
//       CHECK:     arith.extf
//       CHECK:   scf.forall (%[[U:.*]], %[[TILE:.*]]) in (2, 32)
//       CHECK:     %[[ROW0:.*]] = arith.muli %[[TILE]], %c2 : index
//       CHECK:     %[[ROW1:.*]] = arith.addi %[[ROW0]], %c1 : index
//       CHECK:     %[[ACC0:.*]] = linalg.fill {{.*}} -> tensor<2x128xf32>
//       CHECK:     %[[P0:.*]] = tensor.empty() : tensor<2x8xf32>
//       CHECK:     scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %c8 iter_args({{.*}} = %[[ACC0]], %[[PB:.*]] = %[[P0]]) -> (f32, f32, f32, f32, tensor<2x128xf32>, tensor<2x8xf32>)
// Scores: column d = 0 of the block, times the broadcast query elements of
// both rows.
//       CHECK:       %[[COL:.*]] = vector.transfer_read %[[KT]][%c0, %{{.*}}, %c0, %[[J]]], %{{.*}} {in_bounds = [true]} : tensor<1x2x4x32xf16>, vector<8xf16>
//       CHECK:       %[[COLF:.*]] = arith.extf %[[COL]]
//       CHECK:       %[[Q00:.*]] = tensor.extract %[[QF]][%c0, %[[U]], %[[ROW0]], %c0] : tensor<1x2x64x4xf32>
//       CHECK:       %[[B00:.*]] = vector.broadcast %[[Q00]] : f32 to vector<8xf32>
//       CHECK:       arith.mulf %[[B00]], %[[COLF]] : vector<8xf32>
//       CHECK:       tensor.extract %[[QF]][%c0, %[[U]], %[[ROW1]], %c0]
//       CHECK:       vector.transfer_read %[[KT]][%c0, %{{.*}}, %c1, %[[J]]]
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
//     AUTO-NOT:   linalg.transpose
//         AUTO:   vector.shuffle
// ... and for tiles of fewer than 8 rows (tiles of 4).
//    FEW-NOT:   linalg.transpose
//        FEW:   vector.shuffle
func.func @prefill(%q: tensor<1x2x64x4xf16>, %k: tensor<1x2x30x4xf16>, %v: tensor<1x2x30x128xf16>) -> tensor<1x2x64x128xf16> {
  %o = gqa.packed_attention %q, %k, %v packing = 2 causal : tensor<1x2x64x4xf16>, tensor<1x2x30x4xf16>, tensor<1x2x30x128xf16> -> tensor<1x2x64x128xf16>
  return %o : tensor<1x2x64x128xf16>
}

// 16 tiles of 8 rows share the keys: transposed.
//   AUTO-LABEL: func.func @long
//         AUTO:   linalg.transpose
//     AUTO-NOT:   vector.shuffle
func.func @long(%q: tensor<1x2x128x16xf32>, %k: tensor<1x2x30x16xf32>, %v: tensor<1x2x30x16xf32>) -> tensor<1x2x128x16xf32> {
  %o = gqa.packed_attention %q, %k, %v packing = 2 causal : tensor<1x2x128x16xf32>, tensor<1x2x30x16xf32>, tensor<1x2x30x16xf32> -> tensor<1x2x128x16xf32>
  return %o : tensor<1x2x128x16xf32>
}
