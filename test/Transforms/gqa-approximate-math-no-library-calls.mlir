// RUN: gqa-opt %s --gqa-approximate-math="no-library-calls=true" | FileCheck %s
// RUN: gqa-opt %s --gqa-approximate-math | FileCheck %s --check-prefix=KEEP

// The expansions are exact: compiled, they agree with libm's floorf on
// random values at scales below, around and above 2^23 (where every f32 is
// an integer), negative and positive, and with fabsf.
// RUN: gqa-run --mlir %s --entry floors --pipeline 'builtin.module(gqa-approximate-math{no-library-calls=true},gqa-reference-pipeline)' --vs reference --seed 3 | FileCheck %s --check-prefix=EXEC
// RUN: gqa-run --mlir %s --entry floors --pipeline 'builtin.module(gqa-approximate-math{no-library-calls=true},gqa-reference-pipeline)' --vs reference --seed 11 | FileCheck %s --check-prefix=EXEC
// EXEC-COUNT-5: PASS @floors result
// EXEC: 5 passed, 0 failed

// CHECK-LABEL: func.func @floors
// CHECK-NOT:   math.floor
// CHECK:       arith.fptosi %{{.*}} : f32 to i32
// CHECK:       arith.sitofp %{{.*}} : i32 to f32
// CHECK:       arith.cmpf ogt
// CHECK:       arith.cmpf olt
// CHECK:       arith.cmpf ogt
// CHECK:       arith.bitcast %{{.*}} : f32 to i32
// CHECK:       arith.andi %{{.*}}, %{{.*}} : i32
// CHECK:       arith.bitcast %{{.*}} : i32 to f32
// CHECK-NOT:   math.floor
// CHECK-NOT:   math.absf
// KEEP-LABEL:  func.func @floors
// KEEP:        math.floor
// KEEP:        math.absf
#map = affine_map<(d0) -> (d0)>
func.func @floors(%x: tensor<4096xf32>) -> (tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>) {
  %e = tensor.empty() : tensor<4096xf32>
  %results:5 = linalg.generic {indexing_maps = [#map, #map, #map, #map, #map, #map], iterator_types = ["parallel"]} ins(%x : tensor<4096xf32>) outs(%e, %e, %e, %e, %e : tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>) {
  ^bb0(%in: f32, %o0: f32, %o1: f32, %o2: f32, %o3: f32, %o4: f32):
    %s0 = arith.constant 7.5 : f32
    %s1 = arith.constant 1.0e3 : f32
    %s2 = arith.constant 8.0e6 : f32
    %s3 = arith.constant 3.0e9 : f32
    %a = arith.mulf %in, %s0 : f32
    %b = arith.mulf %in, %s1 : f32
    %c = arith.mulf %in, %s2 : f32
    %d = arith.mulf %in, %s3 : f32
    %fa = math.floor %a : f32
    %fb = math.floor %b : f32
    %fc = math.floor %c : f32
    %fd = math.floor %d : f32
    // floor(y) - y, in (-1, 0]: a floor off by one cannot hide in the
    // relative tolerance of a large result.
    %ra = arith.subf %fa, %a : f32
    %rb = arith.subf %fb, %b : f32
    %rc = arith.subf %fc, %c : f32
    %rd = arith.subf %fd, %d : f32
    %abs = math.absf %a : f32
    linalg.yield %ra, %rb, %rc, %rd, %abs : f32, f32, f32, f32, f32
  } -> (tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>)
  return %results#0, %results#1, %results#2, %results#3, %results#4 : tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>
}

