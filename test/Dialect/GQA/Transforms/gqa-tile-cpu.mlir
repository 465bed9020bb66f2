// RUN: gqa-opt %s --split-input-file --gqa-tile-cpu="kv-tile=8 num-threads=2 vector-bits=256" -canonicalize -cse | FileCheck %s
// RUN: gqa-opt %s --split-input-file --gqa-tile-cpu="row-tile=2 kv-tile=8 kv-splits=1 num-threads=2 vector-bits=256" -canonicalize -cse | FileCheck %s --check-prefix=PREFILL

// Multi-head attention (no packing): one work item per (batch, query head),
// here with the unit batch folded away. Without causal, window or
// kv_lengths the KV loop covers [0, Skv) and the last block is partial
// (Skv = 9, block 8).

// CHECK-LABEL: func.func @mha
//       CHECK:   %[[INIT:.*]] = tensor.empty() : tensor<1x3x5x12xf32>
//       CHECK:   scf.forall (%[[H:.*]]) in (3) shared_outs(%[[OUT:.*]] = %[[INIT]])
//       CHECK:     vector.transfer_read %arg0[%c0, %[[H]], %c0, %c0]
// The state of the 5 rows: running max and running sum (f32 each) and,
// as Dv = 12 is not a multiple of the 8 lanes, the f32 accumulator of each
// row as vectors of 8 and 4 lanes.
//       CHECK:     scf.for %[[J:.*]] = %c0 to %c9 step %c8 iter_args({{.*}}) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, vector<8xf32>, vector<4xf32>, vector<8xf32>, vector<4xf32>, vector<8xf32>, vector<4xf32>, vector<8xf32>, vector<4xf32>, vector<8xf32>, vector<4xf32>)
//       CHECK:       vector.transfer_read %arg1[%c0, %[[H]], {{.*}} : tensor<1x3x9x8xf32>, vector<8xf32>
// Keys past Skv in the partial block are masked to -inf.
//       CHECK:       arith.cmpi slt
//       CHECK:       vector.reduction <maxnumf>
//       CHECK:       %[[M:.*]] = arith.maxnumf %{{.*}}, %{{.*}} : f32
//       CHECK:       math.exp %{{.*}} : vector<8xf32>
// The correction factor exp(old max - new max) rescales the sum and the
// accumulator.
//       CHECK:       %[[CORR:.*]] = math.exp %{{.*}} : f32
//       CHECK:       vector.reduction <add>
//       CHECK:       arith.mulf %{{.*}}, %[[CORR]] : f32
//       CHECK:       vector.transfer_read %arg2[%c0, %[[H]], {{.*}} : tensor<1x3x9x12xf32>, vector<8xf32>
//       CHECK:       vector.fma
//       CHECK:       scf.yield
// The epilogue divides by the running sum, guarding empty rows.
//       CHECK:     arith.cmpf ogt
//       CHECK:     arith.divf
//       CHECK:     scf.forall.in_parallel
//       CHECK:       tensor.parallel_insert_slice %{{.*}} into %[[OUT]][0, %[[H]], 0, 0] [1, 1, 5, 12]
//   CHECK-NOT:   scf.forall
//       CHECK:   return
func.func @mha(%q: tensor<1x3x5x8xf32>, %k: tensor<1x3x9x8xf32>, %v: tensor<1x3x9x12xf32>) -> tensor<1x3x5x12xf32> {
  %o = gqa.attention %q, %k, %v : tensor<1x3x5x8xf32>, tensor<1x3x9x8xf32>, tensor<1x3x9x12xf32> -> tensor<1x3x5x12xf32>
  return %o : tensor<1x3x5x12xf32>
}

// -----

// Causal prefill on packed rows (G = 2, Sq = Skv = 8): 16 packed rows in
// tiles of 2, one work item per (KV head, row tile). The K/V blocks of a
// tile end at the last position any of its rows attends: the position of a
// packed row is its row modulo Sq (or Sq - 1 when the tile straddles two
// heads of the group), so blocks after the diagonal are never visited.

// PREFILL-LABEL: func.func @causal_prefill
//       PREFILL:   scf.forall (%[[U:.*]], %[[T:.*]]) in (2, 8)
//       PREFILL:     %[[FIRST:.*]] = arith.muli %[[T]], %c2 : index
//       PREFILL:     arith.cmpi ne
//       PREFILL:     %[[LASTPOS:.*]] = arith.select %{{.*}}, %c7, %{{.*}} : index
//       PREFILL:     %[[END:.*]] = arith.addi %[[LASTPOS]], %c1 : index
//       PREFILL:     %[[CLAMP:.*]] = arith.minsi %[[END]], %c8 : index
//       PREFILL:     %[[HI:.*]] = arith.maxsi %[[CLAMP]], %c0 : index
//       PREFILL:     %[[UB:.*]] = arith.minsi %[[HI]], %{{[0-9]+}} : index
// With Dv a multiple of the lanes, the accumulators of the tile's rows live
// in a [rows, Dv] buffer and the block's probabilities in a [rows, block]
// one.
//       PREFILL:     scf.for %{{.*}} = %{{.*}} to %[[UB]] step %c8 iter_args({{.*}}) -> (f32, f32, f32, f32, tensor<2x8xf32>, tensor<2x8xf32>)
// Inside the block each row still masks the keys after its own position.
//       PREFILL:       arith.cmpi sle
//       PREFILL:       vector.transfer_write %{{.*}} : vector<8xf32>, tensor<2x8xf32>
//       PREFILL:       vector.transfer_write %{{.*}} : vector<8xf32>, tensor<2x8xf32>
//       PREFILL:       vector.fma
//       PREFILL:       scf.yield
//       PREFILL:     tensor.parallel_insert_slice %{{.*}} into %{{.*}}[0, %[[U]], %[[FIRST]], 0]
//   PREFILL-NOT:   scf.forall
//       PREFILL:   return
func.func @causal_prefill(%q: tensor<1x2x16x8xf32>, %k: tensor<1x2x8x8xf32>, %v: tensor<1x2x8x8xf32>) -> tensor<1x2x16x8xf32> {
  %o = gqa.packed_attention %q, %k, %v packing = 2 causal : tensor<1x2x16x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32> -> tensor<1x2x16x8xf32>
  return %o : tensor<1x2x16x8xf32>
}
