// RUN: gqa-opt %s --gqa-expand-arith | FileCheck %s

// The float minimum and maximum ops stay whole (LLVM vectorizes their
// reductions); bf16 conversions and floor division are expanded as
// arith-expand expands them.

// CHECK-LABEL: func.func @min_max(
// CHECK:         arith.maximumf
// CHECK:         arith.minimumf
// CHECK:         arith.maxnumf
// CHECK:         arith.minnumf
func.func @min_max(%a: f32, %b: f32) -> (f32, f32, f32, f32) {
  %0 = arith.maximumf %a, %b : f32
  %1 = arith.minimumf %a, %b : f32
  %2 = arith.maxnumf %a, %b : f32
  %3 = arith.minnumf %a, %b : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}

// CHECK-LABEL: func.func @bf16_and_division(
// CHECK-NOT:     arith.extf
// CHECK-NOT:     arith.floordivsi
// CHECK:         arith.shli
// CHECK:         arith.bitcast
// CHECK:         return
func.func @bf16_and_division(%h: bf16, %x: i32, %y: i32) -> (f32, i32) {
  %0 = arith.extf %h : bf16 to f32
  %1 = arith.floordivsi %x, %y : i32
  return %0, %1 : f32, i32
}
