// RUN: gqa-opt %s --gqa-bf16-excess-precision --split-input-file | FileCheck %s

// GELU as torch-mlir writes it for bf16: every op on bf16. The chain runs
// on f32 from one widening of the input, and rounds once, where it yields.

#map = affine_map<(d0, d1) -> (d0, d1)>
// Values from above the body are widened where they are defined.
// CHECK-LABEL: func.func @gelu(
// CHECK:         %[[CST:.*]] = arith.constant 4.467770e-02 : bf16
// CHECK-NEXT:    %[[C:.*]] = arith.extf %[[CST]] : bf16 to f32
// CHECK:         linalg.generic
// CHECK:         ^bb0(%[[IN:.*]]: bf16, %{{.*}}: bf16):
// CHECK-NEXT:      %[[X:.*]] = arith.extf %[[IN]] : bf16 to f32
// CHECK-NEXT:      %[[CUBE:.*]] = math.fpowi %[[X]], %{{.*}} : f32, i64
// CHECK-NEXT:      %[[T:.*]] = arith.mulf %[[CUBE]], %[[C]] : f32
// CHECK-NEXT:      %[[S:.*]] = arith.addf %[[X]], %[[T]] : f32
// CHECK-NEXT:      %[[TANH:.*]] = math.tanh %[[S]] : f32
// CHECK-NEXT:      %[[Y:.*]] = arith.mulf %[[X]], %[[TANH]] : f32
// CHECK-NEXT:      %[[R:.*]] = arith.truncf %[[Y]] : f32 to bf16
// CHECK-NEXT:      linalg.yield %[[R]] : bf16
func.func @gelu(%arg0: tensor<4x8xbf16>) -> tensor<4x8xbf16> {
  %c3 = arith.constant 3 : i64
  %cst = arith.constant 4.467770e-02 : bf16
  %0 = tensor.empty() : tensor<4x8xbf16>
  %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<4x8xbf16>) outs(%0 : tensor<4x8xbf16>) {
  ^bb0(%in: bf16, %out: bf16):
    %2 = math.fpowi %in, %c3 : bf16, i64
    %3 = arith.mulf %2, %cst : bf16
    %4 = arith.addf %in, %3 : bf16
    %5 = math.tanh %4 : bf16
    %6 = arith.mulf %in, %5 : bf16
    linalg.yield %6 : bf16
  } -> tensor<4x8xbf16>
  return %1 : tensor<4x8xbf16>
}

// -----

// A rounding the graph writes itself (HF's RMSNorm: `hidden.to(bf16)`
// before `weight * hidden`) stays: the product widens the rounded value.

#map = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @explicit_cast(
// CHECK:         ^bb0(%[[H:.*]]: f32, %[[W:.*]]: bf16, %{{.*}}: bf16):
// CHECK-NEXT:      %[[WW:.*]] = arith.extf %[[W]] : bf16 to f32
// CHECK-NEXT:      %[[ROUNDED:.*]] = arith.truncf %[[H]] : f32 to bf16
// CHECK-NEXT:      %[[HW:.*]] = arith.extf %[[ROUNDED]] : bf16 to f32
// CHECK-NEXT:      %[[P:.*]] = arith.mulf %[[WW]], %[[HW]] : f32
// CHECK:           %[[R:.*]] = arith.truncf %[[P]] : f32 to bf16
// CHECK-NEXT:      linalg.yield %[[R]] : bf16
func.func @explicit_cast(%h: tensor<4x8xf32>, %w: tensor<8xbf16>) -> tensor<4x8xbf16> {
  %0 = tensor.empty() : tensor<4x8xbf16>
  %1 = linalg.generic {indexing_maps = [#map, #row, #map], iterator_types = ["parallel", "parallel"]} ins(%h, %w : tensor<4x8xf32>, tensor<8xbf16>) outs(%0 : tensor<4x8xbf16>) {
  ^bb0(%in: f32, %weight: bf16, %out: bf16):
    %2 = arith.truncf %in : f32 to bf16
    %3 = arith.mulf %weight, %2 : bf16
    linalg.yield %3 : bf16
  } -> tensor<4x8xbf16>
  return %1 : tensor<4x8xbf16>
}

// -----

// A reduction into a bf16 accumulator still rounds at every step: the
// accumulator is what the body yields.

#map = affine_map<(d0, d1) -> (d0, d1)>
#sum = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @sum(
// CHECK:         ^bb0(%[[IN:.*]]: bf16, %[[ACC:.*]]: bf16):
// CHECK-NEXT:      %[[B:.*]] = arith.extf %[[ACC]] : bf16 to f32
// CHECK-NEXT:      %[[A:.*]] = arith.extf %[[IN]] : bf16 to f32
// CHECK:           %[[S:.*]] = arith.addf %[[A]], %[[B]] : f32
// CHECK:           %[[R:.*]] = arith.truncf %[[S]] : f32 to bf16
// CHECK-NEXT:      linalg.yield %[[R]] : bf16
func.func @sum(%x: tensor<4x8xbf16>, %init: tensor<4xbf16>) -> tensor<4xbf16> {
  %1 = linalg.generic {indexing_maps = [#map, #sum], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<4x8xbf16>) outs(%init : tensor<4xbf16>) {
  ^bb0(%in: bf16, %acc: bf16):
    %2 = arith.addf %in, %acc : bf16
    linalg.yield %2 : bf16
  } -> tensor<4xbf16>
  return %1 : tensor<4xbf16>
}

// -----

// Compares keep their i1 result on widened operands; select runs on f32.
// f16 bodies and ops outside linalg.generic bodies are left alone.

#map = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @relu_and_others(
// CHECK:         %[[Z:.*]] = arith.extf %{{.*}} : bf16 to f32
// CHECK:         ^bb0(%[[IN:.*]]: bf16, %{{.*}}: bf16):
// CHECK-NEXT:      %[[X:.*]] = arith.extf %[[IN]] : bf16 to f32
// CHECK-NEXT:      %[[GT:.*]] = arith.cmpf ogt, %[[X]], %[[Z]] : f32
// CHECK-NEXT:      %[[SEL:.*]] = arith.select %[[GT]], %[[X]], %[[Z]] : f32
// CHECK-NEXT:      %[[R:.*]] = arith.truncf %[[SEL]] : f32 to bf16
// CHECK-NEXT:      linalg.yield %[[R]] : bf16
// CHECK:         ^bb0(%[[H:.*]]: f16, %{{.*}}: f16):
// CHECK-NEXT:      %[[HH:.*]] = arith.mulf %[[H]], %[[H]] : f16
// CHECK-NEXT:      linalg.yield %[[HH]] : f16
// CHECK:         %[[OUTSIDE:.*]] = arith.addf %{{.*}}, %{{.*}} : bf16
// CHECK:         return
func.func @relu_and_others(%x: tensor<8xbf16>, %h: tensor<8xf16>, %a: bf16, %b: bf16) -> (tensor<8xbf16>, tensor<8xf16>, bf16) {
  %zero = arith.constant 0.0 : bf16
  %0 = tensor.empty() : tensor<8xbf16>
  %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%x : tensor<8xbf16>) outs(%0 : tensor<8xbf16>) {
  ^bb0(%in: bf16, %out: bf16):
    %gt = arith.cmpf ogt, %in, %zero : bf16
    %r = arith.select %gt, %in, %zero : bf16
    linalg.yield %r : bf16
  } -> tensor<8xbf16>
  %2 = tensor.empty() : tensor<8xf16>
  %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%h : tensor<8xf16>) outs(%2 : tensor<8xf16>) {
  ^bb0(%in: f16, %out: f16):
    %sq = arith.mulf %in, %in : f16
    linalg.yield %sq : f16
  } -> tensor<8xf16>
  %4 = arith.addf %a, %b : bf16
  return %1, %3, %4 : tensor<8xbf16>, tensor<8xf16>, bf16
}

// -----

// A contraction written as a generic keeps its bf16 multiply-accumulate:
// gqa-contractions-to-library must still recognize it.

// CHECK-LABEL: func.func @contraction(
// CHECK:         ^bb0(%[[A:.*]]: bf16, %[[B:.*]]: bf16, %[[C:.*]]: bf16):
// CHECK-NEXT:      %[[P:.*]] = arith.mulf %[[A]], %[[B]] : bf16
// CHECK-NEXT:      %[[S:.*]] = arith.addf %[[C]], %[[P]] : bf16
// CHECK-NEXT:      linalg.yield %[[S]] : bf16
func.func @contraction(%a: tensor<4x8xbf16>, %b: tensor<8x3xbf16>, %c: tensor<4x3xbf16>) -> tensor<4x3xbf16> {
  %m = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%a, %b : tensor<4x8xbf16>, tensor<8x3xbf16>) outs(%c : tensor<4x3xbf16>) {
  ^bb0(%x: bf16, %y: bf16, %o: bf16):
    %p = arith.mulf %x, %y : bf16
    %s = arith.addf %o, %p : bf16
    linalg.yield %s : bf16
  } -> tensor<4x3xbf16>
  return %m : tensor<4x3xbf16>
}
