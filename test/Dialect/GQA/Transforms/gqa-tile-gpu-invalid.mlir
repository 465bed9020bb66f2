// Options gqa-tile rejects for (or without) target=gpu, and a block that
// cannot fit in the workgroup memory.

// RUN: not gqa-opt %s --gqa-tile="target=tpu" 2>&1 | FileCheck %s --check-prefix=TARGET
// RUN: not gqa-opt %s --gqa-tile="count-kv-bytes=true" 2>&1 | FileCheck %s --check-prefix=COUNT
// RUN: not gqa-opt %s --gqa-tile="group-query-heads=false" 2>&1 | FileCheck %s --check-prefix=COUNT
// RUN: not gqa-opt %s --gqa-tile="target=gpu key-layout=rows" 2>&1 | FileCheck %s --check-prefix=CPUOPT
// RUN: not gqa-opt %s --gqa-tile="target=gpu vector-bits=256" 2>&1 | FileCheck %s --check-prefix=CPUOPT
// RUN: not gqa-opt %s --gqa-tile="target=gpu row-tile=-1" 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not gqa-opt %s --gqa-tile="target=gpu multiprocessors=0" 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not gqa-opt %s --gqa-tile="target=gpu shared-memory-bytes=1024" 2>&1 | FileCheck %s --check-prefix=SMEM
// RUN: not gqa-opt %s --gqa-tile="target=gpu row-tile=16 kv-tile=64" 2>&1 | FileCheck %s --check-prefix=SMEM2

// TARGET: error: gqa-tile: target must be cpu or gpu, got 'tpu'
// COUNT: error: gqa-tile: count-kv-bytes and group-query-heads need target=gpu
// CPUOPT: error: gqa-tile: vector-bits, key-layout, num-threads, l1-bytes and l2-bytes are CPU options; target=gpu takes row-tile, kv-tile, kv-splits, shared-memory-bytes, multiprocessors, group-query-heads and count-kv-bytes
// NEG: error: gqa-tile: row-tile, kv-tile and kv-splits must be >= 0 (0 selects the cost model), shared-memory-bytes and multiprocessors > 0
// SMEM: error: gqa-tile: a block of 1 rows and 1 keys per K/V tile needs 3084 bytes of workgroup memory (D = 256, Dv = 256), more than the 1024 available
// SMEM2: error: gqa-tile: a block of 16 rows and 64 keys per K/V tile needs 155904 bytes of workgroup memory (D = 256, Dv = 256), more than the 49152 available

func.func @f(%q: tensor<1x16x16x256xf32>, %k: tensor<1x16x64x256xf32>, %v: tensor<1x16x64x256xf32>) -> tensor<1x16x16x256xf32> {
  %o = gqa.attention %q, %k, %v : tensor<1x16x16x256xf32>, tensor<1x16x64x256xf32>, tensor<1x16x64x256xf32> -> tensor<1x16x16x256xf32>
  return %o : tensor<1x16x16x256xf32>
}

// With D = Dv = 256 the default block (16 rows, 32 keys) does not fit in
// 48 KiB: the cost model halves the K/V tile to 16 keys, then the rows to 8.
// RUN: gqa-opt %s --gqa-tile="target=gpu" | FileCheck %s --check-prefix=FIT
// FIT-DAG: memref.alloca() {gqa.memory = #gpu.address_space<workgroup>} : memref<8x256xf32>
// FIT-DAG: memref.alloca() {gqa.memory = #gpu.address_space<workgroup>} : memref<16x257xf32>
