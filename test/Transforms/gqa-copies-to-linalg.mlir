// RUN: gqa-opt %s --gqa-copies-to-linalg | FileCheck %s

// A KV cache copied into a strided slot (torch.cat after bufferization)
// becomes a linalg.copy; a copy of one page or less, a copy inside a loop,
// and a copy between an unranked and a ranked memref stay memref.copy.

// CHECK-LABEL: func.func @copies(
// CHECK-SAME:    %[[CACHE:.*]]: memref<1x8x4096x128xf32>, %[[SLOT:.*]]: memref<1x8x4096x128xf32, strided<[4195328, 524416, 128, 1]>>,
// CHECK-SAME:    %[[DYN:.*]]: memref<?x64xf32>, %[[DYN_OUT:.*]]: memref<?x64xf32>,
// CHECK-SAME:    %[[SMALL:.*]]: memref<32x32xf32>, %[[SMALL_OUT:.*]]: memref<32x32xf32>,
// CHECK-SAME:    %[[U:.*]]: memref<*xf32>
// CHECK:         linalg.copy ins(%[[CACHE]] : memref<1x8x4096x128xf32>) outs(%[[SLOT]] :
// CHECK:         linalg.copy ins(%[[DYN]] : memref<?x64xf32>) outs(%[[DYN_OUT]] :
// CHECK:         memref.copy %[[SMALL]], %[[SMALL_OUT]]
// CHECK:         scf.for
// CHECK-NEXT:      memref.copy %[[CACHE]], %[[SLOT]]
// CHECK:         memref.copy %[[U]], %{{.*}} : memref<*xf32> to memref<*xf32>
func.func @copies(%cache: memref<1x8x4096x128xf32>, %slot: memref<1x8x4096x128xf32, strided<[4195328, 524416, 128, 1]>>,
                  %dyn: memref<?x64xf32>, %dyn_out: memref<?x64xf32>,
                  %small: memref<32x32xf32>, %small_out: memref<32x32xf32>,
                  %u: memref<*xf32>) {
  memref.copy %cache, %slot : memref<1x8x4096x128xf32> to memref<1x8x4096x128xf32, strided<[4195328, 524416, 128, 1]>>
  memref.copy %dyn, %dyn_out : memref<?x64xf32> to memref<?x64xf32>
  memref.copy %small, %small_out : memref<32x32xf32> to memref<32x32xf32>
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %c2 step %c1 {
    memref.copy %cache, %slot : memref<1x8x4096x128xf32> to memref<1x8x4096x128xf32, strided<[4195328, 524416, 128, 1]>>
  }
  %r = memref.cast %dyn_out : memref<?x64xf32> to memref<*xf32>
  memref.copy %u, %r : memref<*xf32> to memref<*xf32>
  return
}
