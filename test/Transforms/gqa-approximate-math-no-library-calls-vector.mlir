// RUN: gqa-opt %s --gqa-approximate-math="no-library-calls=true" | FileCheck %s

// Vectors get splat constants.
// CHECK-LABEL: func.func @vectors
// CHECK-DAG:   arith.constant dense<0x4B000000> : vector<4xf32>
// CHECK-DAG:   arith.constant dense<2147483647> : vector<4xi32>
// CHECK:       arith.fptosi %{{.*}} : vector<4xf32> to vector<4xi32>
// CHECK:       arith.bitcast %{{.*}} : vector<4xf32> to vector<4xi32>
// CHECK-NOT:   math.floor
// CHECK-NOT:   math.absf
func.func @vectors(%x: vector<4xf32>) -> (vector<4xf32>, vector<4xf32>) {
  %f = math.floor %x : vector<4xf32>
  %a = math.absf %x : vector<4xf32>
  return %f, %a : vector<4xf32>, vector<4xf32>
}
