// RUN: gqa-opt %s --split-input-file --gqa-pack-query-groups --gqa-tile-gpu --canonicalize --cse --one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" --gqa-gpu-schedule-to-launch | FileCheck %s

// The decode schedule of gqa-tile-gpu.mlir as two launches: the attention
// grid (4 row-tile x split blocks, 2 KV heads; 32 x 4 threads) with its
// five workgroup buffers, the per-thread state as scalars and a 2-element
// accumulator (Dv = 64 over 32 threads), a barrier after every phase; then
// the combine (4 rows, 2 KV heads; 32 threads).

// CHECK-LABEL: func.func @decode
// CHECK:       gpu.launch blocks(%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}} = %c4{{[_0-9]*}}, %{{.*}} = %c2{{[_0-9]*}}, %{{.*}} = %c1{{[_0-9]*}}) threads(%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}} = %c32{{[_0-9]*}}, %{{.*}} = %c4{{[_0-9]*}}, %{{.*}} = %c1{{[_0-9]*}})
// CHECK-SAME:    module(@gqa_kernels) function(@decode_attention)
// CHECK-SAME:    workgroup(%[[QS:.*]] : memref<4x64xf32, #gpu.address_space<workgroup>>, %[[KS:.*]] : memref<32x65xf32, #gpu.address_space<workgroup>>, %{{.*}} : memref<32x64xf32, #gpu.address_space<workgroup>>, %{{.*}} : memref<4x32xf32, #gpu.address_space<workgroup>>, %{{.*}} : memref<4x32xf32, #gpu.address_space<workgroup>>)
// CHECK:         %[[M:.*]] = memref.alloca() : memref<f32>
// CHECK:         memref.alloca() : memref<f32>
// CHECK:         memref.alloca() : memref<f32>
// CHECK:         %[[ACC:.*]] = memref.alloca() : memref<2xf32>
// CHECK:         %[[TY:.*]] = gpu.thread_id y
// CHECK:         memref.store %{{.*}}, %[[M]][] : memref<f32>
// CHECK:         memref.store %{{.*}}, %[[ACC]][%{{.*}}] : memref<2xf32>
// CHECK:         memref.store %{{.*}}, %[[QS]][%[[TY]], %{{.*}}]
// CHECK:         gpu.barrier
// CHECK:         scf.for
// CHECK:           memref.store %{{.*}}, %[[KS]]
// CHECK:           gpu.barrier
// CHECK:           gpu.barrier
// CHECK:           gpu.barrier
// CHECK:           gpu.barrier
// CHECK:         }
// CHECK:         gpu.barrier
// CHECK:         gpu.terminator
// CHECK:       gpu.launch
// CHECK-SAME:    threads(%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}} = %c32{{[_0-9]*}}, %{{.*}} = %c1{{[_0-9]*}}, %{{.*}} = %c1{{[_0-9]*}})
// CHECK-SAME:    module(@gqa_kernels) function(@decode_combine)
// CHECK-NOT:   scf.forall
// CHECK-NOT:   gqa.memory
func.func @decode(%q: tensor<1x8x1x64xf16>, %k: tensor<1x2x512x64xf16>, %v: tensor<1x2x512x64xf16>) -> tensor<1x8x1x64xf16> {
  %o = gqa.attention %q, %k, %v : tensor<1x8x1x64xf16>, tensor<1x2x512x64xf16>, tensor<1x2x512x64xf16> -> tensor<1x8x1x64xf16>
  return %o : tensor<1x8x1x64xf16>
}
