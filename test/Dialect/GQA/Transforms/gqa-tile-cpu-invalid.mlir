// RUN: not gqa-opt %s --gqa-tile-cpu="kv-tile=12" 2>&1 | FileCheck %s --check-prefix=POW2
// RUN: not gqa-opt %s --gqa-tile-cpu="vector-bits=96" 2>&1 | FileCheck %s --check-prefix=BITS
// RUN: not gqa-opt %s --gqa-tile-cpu="row-tile=-1" 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not gqa-opt %s --gqa-tile-cpu="kv-splits=-2" 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not gqa-opt %s --gqa-tile-cpu="l1-bytes=-1" 2>&1 | FileCheck %s --check-prefix=CACHE
// RUN: not gqa-opt %s --gqa-tile-cpu="prefetch-keys=-2" 2>&1 | FileCheck %s --check-prefix=PREFETCH

// POW2: error: gqa-tile-cpu: kv-tile must be a power of two, got 12
// BITS: error: gqa-tile-cpu: vector-bits must be a multiple of 32 of at least 128, got 96
// NEG: error: gqa-tile-cpu: row-tile, kv-tile and kv-splits must be >= 0 (0 selects the cost model)
// CACHE: error: gqa-tile-cpu: l1-bytes and l2-bytes must be >= 0 (0: this machine's)
// PREFETCH: error: gqa-tile-cpu: prefetch-keys must be >= -1 (-1: cost model, 0: none), got -2

func.func @f(%q: tensor<1x4x1x16xf32>, %k: tensor<1x1x8x16xf32>, %v: tensor<1x1x8x16xf32>) -> tensor<1x4x1x16xf32> {
  %o = gqa.attention %q, %k, %v : tensor<1x4x1x16xf32>, tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32> -> tensor<1x4x1x16xf32>
  return %o : tensor<1x4x1x16xf32>
}

// RUN: not gqa-opt %s --gqa-tile-cpu="key-layout=columns" 2>&1 | FileCheck %s --check-prefix=LAYOUT
// RUN: not gqa-opt %s --gqa-tile-cpu="key-layout=transposed vector-bits=512" 2>&1 | FileCheck %s --check-prefix=DV
// LAYOUT: for the --key-layout option: Cannot find option named 'columns'!
// DV: error: gqa-tile-cpu: key-layout=transposed needs Dv (24) to be a multiple of the vector lanes (16)

func.func @dv24(%q: tensor<1x4x1x16xf32>, %k: tensor<1x1x8x16xf32>, %v: tensor<1x1x8x24xf32>) -> tensor<1x4x1x24xf32> {
  %o = gqa.attention %q, %k, %v : tensor<1x4x1x16xf32>, tensor<1x1x8x16xf32>, tensor<1x1x8x24xf32> -> tensor<1x4x1x24xf32>
  return %o : tensor<1x4x1x24xf32>
}

// The unrolled KV block's bounds (kMaxCpuRowTile, kMaxCpuKvTile,
// kMaxCpuTileElements); the largest tiles inside them still tile.
// RUN: not gqa-opt %s --gqa-tile-cpu="row-tile=65" 2>&1 | FileCheck %s --check-prefix=ROWS
// RUN: not gqa-opt %s --gqa-tile-cpu="kv-tile=256" 2>&1 | FileCheck %s --check-prefix=KEYS
// RUN: not gqa-opt %s --gqa-tile-cpu="row-tile=32 kv-tile=128" 2>&1 | FileCheck %s --check-prefix=BOTH
// RUN: gqa-opt %s --gqa-tile-cpu="row-tile=16 kv-tile=128" | FileCheck %s --check-prefix=LARGEST
// RUN: gqa-opt %s --gqa-tile-cpu="row-tile=64 kv-tile=32" | FileCheck %s --check-prefix=LARGEST
// ROWS: error: gqa-tile-cpu: a tile of 65 rows x {{[0-9]+}} keys exceeds the unrolled KV block's bounds: at most 64 rows, 128 keys and 2048 rows x keys
// KEYS: error: gqa-tile-cpu: a tile of {{[0-9]+}} rows x 256 keys exceeds the unrolled KV block's bounds
// BOTH: error: gqa-tile-cpu: a tile of 32 rows x 128 keys exceeds the unrolled KV block's bounds
// LARGEST: scf.forall
// LARGEST-NOT: gqa.attention
