// RUN: gqa-opt %s --gqa-contractions-to-library --canonicalize --cse --split-input-file | FileCheck %s
// RUN: gqa-opt %s --gqa-contractions-to-library=explain=true --split-input-file --verify-diagnostics -o /dev/null

// A Linear layer on buffers (the weight read transposed, as
// gqa-fold-contraction-transposes leaves it): one call with the operands'
// strides. A is (M, K) with strides (32, 1); B is read as (K, N) from the
// [N, K] weight, so its strides are (1, 32); batch strides are 0. The zero
// fill just before becomes accumulate = 0.

// After canonicalization the sizes and strides are constants: the call's
// arguments are (types f32 f32, batch 1, M 16, N 64, K 32, A, 0, 32, 1,
// B, 0, 1, 32, C, 0, 64, 1, accumulate 0).

// CHECK-LABEL: func.func private @gqa_rt_matmul(i32, i32, i64, i64, i64, i64, !llvm.ptr, i64, i64, i64, !llvm.ptr, i64, i64, i64, !llvm.ptr, i64, i64, i64, i32)
// CHECK-LABEL: func.func @linear(
// CHECK-SAME:    %[[X:.*]]: memref<16x32xf32>, %[[W:.*]]: memref<64x32xf32>, %[[Y:.*]]: memref<16x64xf32>
// CHECK-NOT:     linalg.fill
// CHECK:         %[[XI:.*]] = memref.extract_aligned_pointer_as_index %[[X]]
// CHECK:         %[[XP:.*]] = llvm.inttoptr
// CHECK:         %[[WI:.*]] = memref.extract_aligned_pointer_as_index %[[W]]
// CHECK:         %[[WP:.*]] = llvm.inttoptr
// CHECK:         %[[YI:.*]] = memref.extract_aligned_pointer_as_index %[[Y]]
// CHECK:         %[[YP:.*]] = llvm.inttoptr
// CHECK:         call @gqa_rt_matmul(%c0_i32, %c0_i32, %c1_i64, %c16_i64, %c64_i64, %c32_i64, %[[XP]], %c0_i64, %c32_i64, %c1_i64, %[[WP]], %c0_i64, %c1_i64, %c32_i64, %[[YP]], %c0_i64, %c64_i64, %c1_i64, %c0_i32)
// CHECK-NOT:     linalg.
#a = affine_map<(m, n, k) -> (m, k)>
#b = affine_map<(m, n, k) -> (n, k)>
#c = affine_map<(m, n, k) -> (m, n)>
func.func @linear(%x: memref<16x32xf32>, %w: memref<64x32xf32>, %y: memref<16x64xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%y : memref<16x64xf32>)
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : memref<16x32xf32>, memref<64x32xf32>) outs(%y : memref<16x64xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %p = arith.mulf %in, %in_0 : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// bf16 inputs with an f32 result (types 1 and 0), a batch, a strided view of
// the output, and no fill: the call accumulates (last argument 1).

// CHECK-LABEL: func.func @batch_bf16(
// CHECK-SAME:    %{{.*}}: memref<4x8x16xbf16>, %{{.*}}: memref<4x16x12xbf16>, %[[C:.*]]: memref
// C starts 12 elements (48 bytes) into its buffer.
// CHECK:         %[[CI:.*]] = memref.extract_aligned_pointer_as_index %[[C]]
// CHECK:         %[[CA:.*]] = arith.addi %[[CI]], %c48
// CHECK:         %[[CP:.*]] = llvm.inttoptr
// CHECK:         call @gqa_rt_matmul(%c1_i32, %c0_i32, %c4_i64, %c8_i64, %c12_i64, %c16_i64, %{{.*}}, %c128_i64, %c16_i64, %c1_i64, %{{.*}}, %c192_i64, %c12_i64, %c1_i64, %[[CP]], %c192_i64, %c24_i64, %c1_i64, %c1_i32)
func.func @batch_bf16(%a: memref<4x8x16xbf16>, %b: memref<4x16x12xbf16>, %c: memref<4x8x12xf32, strided<[192, 24, 1], offset: 12>>) {
  linalg.batch_matmul ins(%a, %b : memref<4x8x16xbf16>, memref<4x16x12xbf16>) outs(%c : memref<4x8x12xf32, strided<[192, 24, 1], offset: 12>>)
  return
}

// -----

// A fill separated from the product by a write to the buffer stays, and the
// call accumulates.

// CHECK-LABEL: func.func @fill_then_write(
// CHECK:         linalg.fill
// CHECK:         memref.store
// CHECK:         call @gqa_rt_matmul({{.*}}, %c1_i32)
func.func @fill_then_write(%a: memref<8x16xf32>, %b: memref<16x12xf32>, %c: memref<8x12xf32>) {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %i = arith.constant 0 : index
  linalg.fill ins(%zero : f32) outs(%c : memref<8x12xf32>)
  memref.store %one, %c[%i, %i] : memref<8x12xf32>
  linalg.matmul ins(%a, %b : memref<8x16xf32>, memref<16x12xf32>) outs(%c : memref<8x12xf32>)
  return
}

// -----

// Integer products, mixed input types, and products on tensors stay; with
// explain=true each contraction on buffers says why.

// CHECK-LABEL: func.func @stays(
// CHECK-NOT:     call @gqa_rt_matmul
// CHECK:         linalg.matmul
// CHECK:         linalg.matmul
// CHECK:         linalg.matmul
func.func @stays(%a: memref<8x16xi32>, %b: memref<16x12xi32>, %c: memref<8x12xi32>,
                 %h: memref<8x16xf16>, %f: memref<16x12xf32>, %o: memref<8x12xf32>,
                 %ta: tensor<8x16xf32>, %tb: tensor<16x12xf32>, %tc: tensor<8x12xf32>) -> tensor<8x12xf32> {
  // expected-remark @below {{contraction left as loops: the library takes A and B of one type among f32, bf16 and f16, and C of that type or f32}}
  linalg.matmul ins(%a, %b : memref<8x16xi32>, memref<16x12xi32>) outs(%c : memref<8x12xi32>)
  // expected-remark @below {{contraction left as loops: the library takes A and B of one type among f32, bf16 and f16, and C of that type or f32}}
  linalg.matmul ins(%h, %f : memref<8x16xf16>, memref<16x12xf32>) outs(%o : memref<8x12xf32>)
  %r = linalg.matmul ins(%ta, %tb : tensor<8x16xf32>, tensor<16x12xf32>) outs(%tc : tensor<8x12xf32>) -> tensor<8x12xf32>
  return %r : tensor<8x12xf32>
}

// -----

// Two M dimensions (a [2, 8, 16] activation times a [16, 12] weight): the
// outer one is a batch along which B is shared (batch stride 0).

// CHECK-LABEL: func.func @two_m_dims(
// CHECK:         call @gqa_rt_matmul(%c0_i32, %c0_i32, %c2_i64, %c8_i64, %c12_i64, %c16_i64, %{{.*}}, %c128_i64, %c16_i64, %c1_i64, %{{.*}}, %c0_i64, %c12_i64, %c1_i64, %{{.*}}, %c96_i64, %c12_i64, %c1_i64, %c1_i32)
#a3 = affine_map<(b, m, n, k) -> (b, m, k)>
#b3 = affine_map<(b, m, n, k) -> (k, n)>
#c3 = affine_map<(b, m, n, k) -> (b, m, n)>
func.func @two_m_dims(%a: memref<2x8x16xf32>, %b: memref<16x12xf32>, %c: memref<2x8x12xf32>) {
  linalg.generic {indexing_maps = [#a3, #b3, #c3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<2x8x16xf32>, memref<16x12xf32>) outs(%c : memref<2x8x12xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %p = arith.mulf %in, %in_0 : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// Three M dimensions stay loops.

// CHECK-LABEL: func.func @three_m_dims(
// CHECK:         linalg.generic
#a4 = affine_map<(a, b, m, n, k) -> (a, b, m, k)>
#b4 = affine_map<(a, b, m, n, k) -> (k, n)>
#c4 = affine_map<(a, b, m, n, k) -> (a, b, m, n)>
func.func @three_m_dims(%a: memref<2x3x8x16xf32>, %b: memref<16x12xf32>, %c: memref<2x3x8x12xf32>) {
  // expected-remark @below {{contraction left as loops: it needs one M, one N, one K and at most one batch dimension (or a second M or N dimension)}}
  linalg.generic {indexing_maps = [#a4, #b4, #c4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<2x3x8x16xf32>, memref<16x12xf32>) outs(%c : memref<2x3x8x12xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %p = arith.mulf %in, %in_0 : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// An operand whose layout is not strided (a general affine map) stays loops.

// CHECK-LABEL: func.func @affine_layout(
// CHECK:         linalg.matmul
#mod = affine_map<(i, j) -> ((i * 16 + j) mod 128)>
func.func @affine_layout(%a: memref<8x16xf32, #mod>, %b: memref<16x12xf32>, %c: memref<8x12xf32>) {
  // expected-remark @below {{contraction left as loops: an operand is not a memref with a strided layout}}
  linalg.matmul ins(%a, %b : memref<8x16xf32, #mod>, memref<16x12xf32>) outs(%c : memref<8x12xf32>)
  return
}
