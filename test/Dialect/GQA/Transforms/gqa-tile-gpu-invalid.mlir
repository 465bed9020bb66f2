// Options gqa-tile-gpu rejects, and a block that cannot fit in the
// workgroup memory.

/// Each target's options belong to its own pass: the CPU options do not
/// exist on gqa-tile-gpu, the GPU options not on gqa-tile-cpu, and the old
/// gqa-tile is gone.
// RUN: not gqa-opt %s --gqa-tile-gpu="key-layout=rows" 2>&1 | FileCheck %s --check-prefix=CPUOPT
// RUN: not gqa-opt %s --gqa-tile-gpu="vector-bits=256" 2>&1 | FileCheck %s --check-prefix=BITS
// RUN: not gqa-opt %s --gqa-tile-cpu="count-kv-bytes=true" 2>&1 | FileCheck %s --check-prefix=COUNT
// RUN: not gqa-opt %s --gqa-tile-cpu="group-query-heads=false" 2>&1 | FileCheck %s --check-prefix=GROUP
// RUN: not gqa-opt %s --gqa-tile="target=gpu" 2>&1 | FileCheck %s --check-prefix=GONE
/// Only the chips of the GPU target table.
// RUN: not gqa-opt %s --gqa-tile-gpu="chip=sm_70" 2>&1 | FileCheck %s --check-prefix=CHIP
// RUN: not gqa-opt %s --gqa-tile-gpu="row-tile=-1" 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not gqa-opt %s --gqa-tile-gpu="multiprocessors=-1" 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not gqa-opt %s --gqa-tile-gpu="shared-memory-bytes=1024" 2>&1 | FileCheck %s --check-prefix=SMEM
// RUN: not gqa-opt %s --gqa-tile-gpu="row-tile=16 kv-tile=64" 2>&1 | FileCheck %s --check-prefix=SMEM2
/// sm_80 has the same 48 KiB per block without opting in.
// RUN: not gqa-opt %s --gqa-tile-gpu="chip=sm_80 row-tile=16 kv-tile=64" 2>&1 | FileCheck %s --check-prefix=SMEM2

// CPUOPT: error: <Pass-Options-Parser>: no such option key-layout
// BITS: error: <Pass-Options-Parser>: no such option vector-bits
// COUNT: error: <Pass-Options-Parser>: no such option count-kv-bytes
// GROUP: error: <Pass-Options-Parser>: no such option group-query-heads
// GONE: Unknown command line argument '--gqa-tile=target=gpu'
// CHIP: for the --chip option: Cannot find option named 'sm_70'!
// NEG: error: gqa-tile-gpu: row-tile, kv-tile, kv-splits, shared-memory-bytes and multiprocessors must be >= 0 (0 selects the cost model or the chip's value)
// SMEM: error: gqa-tile-gpu: a block of 1 rows and 1 keys per K/V tile needs 3084 bytes of workgroup memory (D = 256, Dv = 256), more than the 1024 available
// SMEM2: error: gqa-tile-gpu: a block of 16 rows and 64 keys per K/V tile needs 155904 bytes of workgroup memory (D = 256, Dv = 256), more than the 49152 available

func.func @f(%q: tensor<1x16x16x256xf32>, %k: tensor<1x16x64x256xf32>, %v: tensor<1x16x64x256xf32>) -> tensor<1x16x16x256xf32> {
  %o = gqa.attention %q, %k, %v : tensor<1x16x16x256xf32>, tensor<1x16x64x256xf32>, tensor<1x16x64x256xf32> -> tensor<1x16x16x256xf32>
  return %o : tensor<1x16x16x256xf32>
}

// With D = Dv = 256 the default block (16 rows, 32 keys) does not fit in
// 48 KiB: the cost model halves the K/V tile to 16 keys, then the rows to 8.
// RUN: gqa-opt %s --gqa-tile-gpu | FileCheck %s --check-prefix=FIT
// FIT-DAG: memref.alloca() {gqa.memory = #gpu.address_space<workgroup>} : memref<8x256xf32>
// FIT-DAG: memref.alloca() {gqa.memory = #gpu.address_space<workgroup>} : memref<16x257xf32>
