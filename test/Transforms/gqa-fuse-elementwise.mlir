// RUN: gqa-opt %s -split-input-file -gqa-fuse-elementwise | FileCheck %s
/// Each function also runs through the whole CPU pipeline (fused) against
/// the reference pipeline on random inputs.
// RUN: split-file %s %t
// RUN: gqa-run --mlir %t/silu_mul.mlir --entry silu_mul --pipeline gqa-cpu-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/square_into_sum.mlir --entry square_into_sum --pipeline gqa-cpu-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/two_uses.mlir --entry two_uses --pipeline gqa-cpu-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV2
// RUN: gqa-run --mlir %t/not_into_contraction.mlir --entry not_into_contraction --pipeline gqa-cpu-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/rotate_half.mlir --entry rotate_half --pipeline gqa-cpu-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/widening_per_user.mlir --entry widening_per_user --pipeline gqa-cpu-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/widening_also_returned.mlir --entry widening_also_returned --pipeline gqa-cpu-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV2

// EQUIV: 1 passed, 0 failed
// EQUIV2: 2 passed, 0 failed

//--- silu_mul.mlir
/// SiLU * mul: the sigmoid product is inlined into the multiplication, one
/// op reading both inputs.
// CHECK-LABEL: func.func @silu_mul(
// CHECK-SAME:    %[[G:.*]]: tensor<4x8xf32>, %[[U:.*]]: tensor<4x8xf32>)
// CHECK:         %[[P:.*]] = linalg.generic {{.*}} ins(%[[G]], %[[U]] : tensor<4x8xf32>, tensor<4x8xf32>)
// CHECK:           math.exp
// CHECK:           arith.divf
// CHECK:           arith.mulf
// CHECK-NOT:     linalg.generic
// CHECK:         return %[[P]]
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0, 0)>

func.func @silu_mul(%gate: tensor<4x8xf32>, %up: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %s = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%gate : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%x: f32, %o: f32):
    %n = arith.negf %x : f32
    %x1 = math.exp %n : f32
    %one = arith.constant 1.0 : f32
    %d = arith.addf %one, %x1 : f32
    %r = arith.divf %x, %d : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %p = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%s, %up : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.mulf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  return %p : tensor<4x8xf32>
}

// -----

//--- square_into_sum.mlir
/// The square is inlined into the reduction that sums it (RMSNorm's mean
/// of squares); the zero fill stays the accumulator's init.
// CHECK-LABEL: func.func @square_into_sum(
// CHECK-SAME:    %[[X:.*]]: tensor<4x8xf32>)
// CHECK:         %[[ACC:.*]] = linalg.fill
// CHECK-NEXT:    %[[S:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]} ins(%[[X]] : tensor<4x8xf32>) outs(%[[ACC]] : tensor<4x1xf32>)
// CHECK:           %[[SQ:.*]] = arith.mulf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT:      arith.addf %[[SQ]]
// CHECK:         return %[[S]]
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0, 0)>

func.func @square_into_sum(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %sq = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.mulf %a, %a : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %zero = arith.constant 0.0 : f32
  %acc0 = tensor.empty() : tensor<4x1xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%acc0 : tensor<4x1xf32>) -> tensor<4x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%sq : tensor<4x8xf32>) outs(%acc : tensor<4x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<4x1xf32>
  return %sum : tensor<4x1xf32>
}

// -----

//--- two_uses.mlir
/// A value with two uses (here it is also returned) is not fused: fusing
/// would compute it twice.
// CHECK-LABEL: func.func @two_uses(
// CHECK:         %[[H:.*]] = linalg.generic
// CHECK:           arith.addf
// CHECK:         %[[Y:.*]] = linalg.generic {{.*}} ins(%[[H]] :
// CHECK:           math.tanh
// CHECK:         return %[[H]], %[[Y]]
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0, 0)>

func.func @two_uses(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %e = tensor.empty() : tensor<4x8xf32>
  %h = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %x : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%h : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.tanh %a : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  return %h, %y : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

//--- not_into_contraction.mlir
/// A widening cast is not inlined into a contraction written as a generic:
/// its body must stay a multiply-accumulate for the library route.
// CHECK-LABEL: func.func @not_into_contraction(
// CHECK:         %[[W:.*]] = linalg.generic {{.*}} ins(%{{.*}} : tensor<4x8xbf16>)
// CHECK:           arith.extf
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[W]], %{{.*}} : tensor<4x8xf32>, tensor<8x3xf32>)
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0, 0)>

func.func @not_into_contraction(%a: tensor<4x8xbf16>, %b: tensor<8x3xf32>) -> tensor<4x3xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %w = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x8xbf16>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%x: bf16, %o: f32):
    %r = arith.extf %x : bf16 to f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %zero = arith.constant 0.0 : f32
  %c0 = tensor.empty() : tensor<4x3xf32>
  %c = linalg.fill ins(%zero : f32) outs(%c0 : tensor<4x3xf32>) -> tensor<4x3xf32>
  %m = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%w, %b : tensor<4x8xf32>, tensor<8x3xf32>) outs(%c : tensor<4x3xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %o, %p : f32
    linalg.yield %s : f32
  } -> tensor<4x3xf32>
  return %m : tensor<4x3xf32>
}

// -----

//--- widening_per_user.mlir
/// HF's RMSNorm widens its bf16 input once for the mean and the
/// normalization. A conversion is cheaper to repeat than to write and read
/// back: each user gets a copy, which it fuses, and no f32 tensor remains.
// CHECK-LABEL: func.func @widening_per_user(
// CHECK-NOT:     tensor<4x8xf32>
// CHECK:         %[[SUM:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]} ins(%{{.*}} : tensor<4x8xbf16>)
// CHECK:           arith.extf
// CHECK:           arith.mulf
// CHECK:           arith.addf
// CHECK:         linalg.generic {{.*}} ins(%{{.*}}, %[[SUM]] : tensor<4x8xbf16>, tensor<4x1xf32>)
// CHECK:           arith.extf
// CHECK:           arith.mulf
// CHECK:           arith.truncf
// CHECK-NOT:     linalg.generic
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0, 0)>

func.func @widening_per_user(%x: tensor<4x8xbf16>) -> tensor<4x8xbf16> {
  %e = tensor.empty() : tensor<4x8xf32>
  %w = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xbf16>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: bf16, %o: f32):
    %r = arith.extf %a : bf16 to f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %zero = arith.constant 0.0 : f32
  %s0 = tensor.empty() : tensor<4x1xf32>
  %s1 = linalg.fill ins(%zero : f32) outs(%s0 : tensor<4x1xf32>) -> tensor<4x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%w : tensor<4x8xf32>) outs(%s1 : tensor<4x1xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %sq = arith.mulf %a, %a : f32
    %r = arith.addf %sq, %acc : f32
    linalg.yield %r : f32
  } -> tensor<4x1xf32>
  %o = tensor.empty() : tensor<4x8xbf16>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%w, %sum : tensor<4x8xf32>, tensor<4x1xf32>) outs(%o : tensor<4x8xbf16>) {
  ^bb0(%a: f32, %b: f32, %out: bf16):
    %p = arith.mulf %a, %b : f32
    %t = arith.truncf %p : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<4x8xbf16>
  return %y : tensor<4x8xbf16>
}

// -----

//--- widening_also_returned.mlir
/// When the widened tensor is also returned it is written anyway: the
/// conversion is not repeated, and its users read it.
// CHECK-LABEL: func.func @widening_also_returned(
// CHECK:         %[[W:.*]] = linalg.generic {{.*}} ins(%{{.*}} : tensor<4x8xbf16>) outs(%{{.*}} : tensor<4x8xf32>)
// CHECK:           arith.extf
// CHECK:         %[[Y:.*]] = linalg.generic {{.*}} ins(%[[W]] : tensor<4x8xf32>)
// CHECK-NOT:       arith.extf
// CHECK:         return %[[W]], %[[Y]]
#id = affine_map<(d0, d1) -> (d0, d1)>

func.func @widening_also_returned(%x: tensor<4x8xbf16>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %e = tensor.empty() : tensor<4x8xf32>
  %w = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xbf16>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: bf16, %o: f32):
    %r = arith.extf %a : bf16 to f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %e2 = tensor.empty() : tensor<4x8xf32>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%w : tensor<4x8xf32>) outs(%e2 : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.tanh %a : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  return %w, %y : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

//--- rotate_half.mlir
/// RoPE as torch-mlir writes it: `rotate_half` concatenates the negated
/// second half and the first half, and the products read the
/// concatenation. The product is split at the concatenation's seam, one op
/// per half reading its half directly (the negation fused into the first);
/// the concatenation is never written.
// CHECK-LABEL: func.func @rotate_half(
// CHECK-NOT:     tensor.concat
// CHECK:         %[[LOW:.*]] = linalg.generic {{.*}} ins({{.*}} : tensor<2x3x4xf32>, tensor<3x4xf32>, tensor<2x3x4xf32>, tensor<3x4xf32>)
// CHECK:           arith.negf
// CHECK:           arith.mulf
// CHECK:         } -> tensor<2x3x4xf32>
// CHECK:         %[[PART:.*]] = tensor.insert_slice %[[LOW]] into %{{.*}}[0, 0, 0] [2, 3, 4] [1, 1, 1]
// CHECK:         %[[HIGH:.*]] = linalg.generic {{.*}} ins({{.*}} : tensor<2x3x4xf32>, tensor<3x4xf32>, tensor<2x3x4xf32>, tensor<3x4xf32>)
// CHECK-NOT:       arith.negf
// CHECK:           arith.mulf
// CHECK:         } -> tensor<2x3x4xf32>
// CHECK:         %[[ALL:.*]] = tensor.insert_slice %[[HIGH]] into %[[PART]][0, 0, 4] [2, 3, 4] [1, 1, 1]
// CHECK-NOT:     tensor.concat
// CHECK:         return %[[ALL]]
#id = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#pos = affine_map<(d0, d1, d2) -> (d1, d2)>

func.func @rotate_half(%x: tensor<2x3x8xf32>, %cos: tensor<3x8xf32>, %sin: tensor<3x8xf32>) -> tensor<2x3x8xf32> {
  %lo = tensor.extract_slice %x[0, 0, 0] [2, 3, 4] [1, 1, 1] : tensor<2x3x8xf32> to tensor<2x3x4xf32>
  %hi = tensor.extract_slice %x[0, 0, 4] [2, 3, 4] [1, 1, 1] : tensor<2x3x8xf32> to tensor<2x3x4xf32>
  %e = tensor.empty() : tensor<2x3x4xf32>
  %neg = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel"]} ins(%hi : tensor<2x3x4xf32>) outs(%e : tensor<2x3x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.negf %a : f32
    linalg.yield %r : f32
  } -> tensor<2x3x4xf32>
  %rot = tensor.concat dim(2) %neg, %lo : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
  %e2 = tensor.empty() : tensor<2x3x8xf32>
  %y = linalg.generic {indexing_maps = [#id, #pos, #id, #pos, #id], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %cos, %rot, %sin : tensor<2x3x8xf32>, tensor<3x8xf32>, tensor<2x3x8xf32>, tensor<3x8xf32>) outs(%e2 : tensor<2x3x8xf32>) {
  ^bb0(%a: f32, %c: f32, %r: f32, %s: f32, %o: f32):
    %p = arith.mulf %a, %c : f32
    %q = arith.mulf %r, %s : f32
    %t = arith.addf %p, %q : f32
    linalg.yield %t : f32
  } -> tensor<2x3x8xf32>
  return %y : tensor<2x3x8xf32>
}
