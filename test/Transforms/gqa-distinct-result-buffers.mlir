// RUN: gqa-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(gqa-distinct-result-buffers))' | FileCheck %s

/// One allocation returned twice: the second position gets a copy in its own
/// allocation (buffer-results-to-out-params crashed on it; issue 18, found
/// by gqa-fuzz-pipeline on two empty attention results).
// CHECK-LABEL: func.func @twice(
// CHECK:         %[[A:.*]] = memref.alloc() : memref<2x4xf32>
// CHECK:         %[[C:.*]] = memref.alloc() : memref<2x4xf32>
// CHECK:         memref.copy %[[A]], %[[C]]
// CHECK:         return %[[A]], %[[C]]
func.func @twice() -> (memref<2x4xf32>, memref<2x4xf32>) {
  %alloc = memref.alloc() : memref<2x4xf32>
  return %alloc, %alloc : memref<2x4xf32>, memref<2x4xf32>
}

// -----

/// Dynamic sizes come from the source; distinct results are left alone.
// CHECK-LABEL: func.func @dynamic(
// CHECK-SAME:    %[[X:.*]]: memref<?x4xf32>, %[[Y:.*]]: memref<?x4xf32>
// CHECK:         %[[D:.*]] = memref.dim %[[X]], %c0
// CHECK:         %[[C:.*]] = memref.alloc(%[[D]]) : memref<?x4xf32>
// CHECK:         memref.copy %[[X]], %[[C]]
// CHECK:         return %[[X]], %[[Y]], %[[C]]
func.func @dynamic(%x: memref<?x4xf32>, %y: memref<?x4xf32>) -> (memref<?x4xf32>, memref<?x4xf32>, memref<?x4xf32>) {
  return %x, %y, %x : memref<?x4xf32>, memref<?x4xf32>, memref<?x4xf32>
}
