/// gqa-prefetch-streams in the CPU pipeline: the elementwise loops'
/// streams are prefetched, and the strips and their tails compute what the
/// reference pipeline does (row lengths that are not whole strips, bf16 and
/// f32 streams in one loop). test/Transforms/gqa-prefetch-streams.mlir has
/// the loop structure, dynamic sizes included.
// RUN: split-file %s %t
// RUN: gqa-run --mlir %t/silu_mul_bf16.mlir --entry silu_mul_bf16 --pipeline gqa-cpu-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/mixed.mlir --entry mixed --pipeline gqa-cpu-pipeline --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-run --mlir %t/mixed.mlir --entry mixed --pipeline "gqa-cpu-pipeline{prefetch-streams=false}" --vs gqa-reference-pipeline | FileCheck %s --check-prefix=EQUIV
// RUN: gqa-opt %t/silu_mul_bf16.mlir --gqa-cpu-pipeline | FileCheck %s --check-prefix=ON
// RUN: gqa-opt %t/silu_mul_bf16.mlir --gqa-cpu-pipeline=prefetch-streams=false | FileCheck %s --check-prefix=OFF
// RUN: gqa-compile %t/silu_mul_bf16.mlir --emit=llvm -o - | FileCheck %s --check-prefix=COMPILE-ON
// RUN: gqa-compile %t/silu_mul_bf16.mlir --emit=llvm --prefetch-streams=false -o - | FileCheck %s --check-prefix=COMPILE-OFF

// EQUIV: 1 passed, 0 failed
// ON: llvm.intr.prefetch
// OFF-NOT: llvm.intr.prefetch
// COMPILE-ON: call void @llvm.prefetch
// COMPILE-OFF-NOT: call void @llvm.prefetch

//--- silu_mul_bf16.mlir
/// 1000 bf16 elements a row: 7 strips of 128 and a tail of 104.
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @silu_mul_bf16(%g: tensor<3x1000xbf16>, %u: tensor<3x1000xbf16>) -> tensor<3x1000xbf16> {
  %e = tensor.empty() : tensor<3x1000xbf16>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%g, %u : tensor<3x1000xbf16>, tensor<3x1000xbf16>) outs(%e : tensor<3x1000xbf16>) {
  ^bb0(%a: bf16, %b: bf16, %o: bf16):
    %n = arith.negf %a : bf16
    %x = math.exp %n : bf16
    %one = arith.constant 1.0 : bf16
    %d = arith.addf %one, %x : bf16
    %s = arith.divf %a, %d : bf16
    %m = arith.mulf %s, %b : bf16
    linalg.yield %m : bf16
  } -> tensor<3x1000xbf16>
  return %r : tensor<3x1000xbf16>
}

//--- mixed.mlir
/// A bf16 and an f32 stream in one loop (strips of 128), rows of 1333: 10
/// strips and a tail of 53.
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @mixed(%x: tensor<5x1333xbf16>, %y: tensor<5x1333xf32>) -> tensor<5x1333xf32> {
  %e = tensor.empty() : tensor<5x1333xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<5x1333xbf16>, tensor<5x1333xf32>) outs(%e : tensor<5x1333xf32>) {
  ^bb0(%a: bf16, %b: f32, %o: f32):
    %w = arith.extf %a : bf16 to f32
    %p = arith.mulf %w, %b : f32
    %s = arith.addf %p, %b : f32
    linalg.yield %s : f32
  } -> tensor<5x1333xf32>
  return %r : tensor<5x1333xf32>
}
