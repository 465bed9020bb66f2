// RUN: gqa-opt %s --gqa-tile-cpu="kv-tile=8 kv-splits=3 num-threads=2 vector-bits=256" -canonicalize -cse | FileCheck %s
// RUN: gqa-opt %s --gqa-tile-cpu="kv-tile=8 num-threads=2 vector-bits=256" -canonicalize -cse | FileCheck %s --check-prefix=COST
// RUN: gqa-opt %s --gqa-tile-cpu="kv-tile=8 num-threads=1 vector-bits=256" -canonicalize -cse | FileCheck %s --check-prefix=ENOUGH

// The cost model splits until there are 4 work items per thread: 2 batches
// x 2 KV heads x 1 row tile on 2 threads take 2 splits each ...
// COST: scf.forall (%{{.*}}, %{{.*}}, %{{.*}}) in (2, 2, 2)
// ... and on 1 thread none.
// ENOUGH-NOT: math.log
// ENOUGH: scf.forall (%{{.*}}, %{{.*}}) in (2, 2)
// ENOUGH-NOT: scf.forall (

// Split-KV decode (flash-decoding) with a padded cache and a sliding window:
// 4 packed rows per KV head (G = 4 query heads, Sq = 1); the keys a row may
// attend, [max(L - (W + 1), 0), L), are split in 3 parts.

// CHECK-LABEL: func.func @decode
//  CHECK-SAME:   %[[LEN:[^:]*]]: tensor<2xi32>
//   CHECK-DAG:   %[[SKV:.*]] = tensor.dim %arg1, %c2
//   CHECK-DAG:   %[[OUT:.*]] = tensor.empty() : tensor<2x2x4x8xf32>
//   CHECK-DAG:   %[[PART:.*]] = tensor.empty() : tensor<2x2x3x4x8xf32>
//   CHECK-DAG:   %[[LSE:.*]] = tensor.empty() : tensor<2x2x3x4xf32>
//       CHECK:   %[[SPLIT:.*]]:2 = scf.forall (%[[B:.*]], %[[U:.*]], %[[S:.*]]) in (2, 2, 3) shared_outs(%[[PO:.*]] = %[[PART]], %[[LO_:.*]] = %[[LSE]])
// kv_lengths bounds the keys (clamped to Skv) ...
//       CHECK:     %[[L:.*]] = tensor.extract %[[LEN]][%[[B]]] : tensor<2xi32>
//       CHECK:     %[[LI:.*]] = arith.index_cast %[[L]] : i32 to index
//       CHECK:     %[[LC:.*]] = arith.minsi %[[LI]], %[[SKV]] : index
//       CHECK:     %[[HI:.*]] = arith.maxsi %[[LC]], %c0 : index
// ... and the window (bottom-right aligned: the row sits at L - 1) starts at
// L - 21, so the blocks before it are skipped.
//       CHECK:     %[[WS:.*]] = arith.subi %[[HI]], %c21 : index
//       CHECK:     %[[LO:.*]] = arith.maxsi %[[WS]], %c0 : index
// Each split takes ceil(blocks / 3) blocks.
//       CHECK:     arith.ceildivsi %{{.*}}, %c8 : index
//       CHECK:     arith.ceildivsi %{{.*}}, %c3 : index
//       CHECK:     %[[PER:.*]] = arith.muli %{{.*}}, %c8 : index
//       CHECK:     %[[OFF:.*]] = arith.muli %[[S]], %[[PER]] : index
//       CHECK:     arith.addi %[[LO]], %[[OFF]] : index
//       CHECK:     scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c8 iter_args({{.*}}) -> (f32, f32, f32, f32, f32, f32, f32, f32, tensor<4x8xf32>, tensor<4x8xf32>)
//       CHECK:       scf.yield
// Every split writes its normalized partial and its log-sum-exp
// (max + log(sum)).
//       CHECK:     math.log
//       CHECK:     scf.forall.in_parallel
//  CHECK-NEXT:       tensor.parallel_insert_slice %{{.*}} into %[[PO]][%[[B]], %[[U]], %[[S]], 0, 0] [1, 1, 1, 4, 8]
//  CHECK-NEXT:       tensor.parallel_insert_slice %{{.*}} into %[[LO_]][%[[B]], %[[U]], %[[S]], 0] [1, 1, 1, 4]
// The combine: per row, the max of the 3 log-sum-exps, weights
// exp(lse - max), and the weighted sum of the partials.
//       CHECK:   %[[RES:.*]] = scf.forall (%[[B2:.*]], %[[U2:.*]]) in (2, 2) shared_outs(%[[O2:.*]] = %[[OUT]])
//       CHECK:     vector.transfer_read %[[SPLIT]]#1[%[[B2]], %[[U2]], %c0, %c0]
//       CHECK:     arith.maxnumf
//       CHECK:     vector.transfer_read %[[SPLIT]]#1[%[[B2]], %[[U2]], %c1, %c0]
//       CHECK:     arith.maxnumf
//       CHECK:     vector.transfer_read %[[SPLIT]]#1[%[[B2]], %[[U2]], %c2, %c0]
//       CHECK:     arith.maxnumf
//       CHECK:     math.exp
//       CHECK:     vector.transfer_read %[[SPLIT]]#0[%[[B2]], %[[U2]], %c0, %c0, %c0]
//       CHECK:     vector.fma
//       CHECK:     tensor.parallel_insert_slice %{{.*}} into %[[O2]][%[[B2]], %[[U2]], 0, 0] [1, 1, 4, 8]
//       CHECK:   return %[[RES]]
func.func @decode(%q: tensor<2x2x4x8xf32>, %k: tensor<2x2x?x8xf32>, %v: tensor<2x2x?x8xf32>, %l: tensor<2xi32>) -> tensor<2x2x4x8xf32> {
  %o = gqa.packed_attention %q, %k, %v kv_lengths(%l : tensor<2xi32>) packing = 4 causal window = 20 alignment = bottom_right : tensor<2x2x4x8xf32>, tensor<2x2x?x8xf32>, tensor<2x2x?x8xf32> -> tensor<2x2x4x8xf32>
  return %o : tensor<2x2x4x8xf32>
}
