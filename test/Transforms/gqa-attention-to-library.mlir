// RUN: gqa-opt %s --gqa-attention-to-library --canonicalize --split-input-file | FileCheck %s
// RUN: gqa-opt %s --gqa-attention-to-library=explain=true --split-input-file --verify-diagnostics -o /dev/null
// The pipeline adds the pass for a target CPU with AMX-BF16, and only then.
// RUN: gqa-opt %s --split-input-file --pass-pipeline="builtin.module(gqa-cpu-pipeline{target-cpu=sapphirerapids})" | FileCheck %s --check-prefix=AMX
// RUN: gqa-opt %s --split-input-file --pass-pipeline="builtin.module(gqa-cpu-pipeline{target-cpu=znver4})" | FileCheck %s --check-prefix=NOAMX
// RUN: gqa-opt %s --split-input-file --pass-pipeline="builtin.module(gqa-cpu-pipeline{target-cpu=sapphirerapids amx=false})" | FileCheck %s --check-prefix=NOAMX

// Grouped-query prefill in bf16, causal with bottom-right alignment: one
// call with the sizes (B 2, Hq 8, Hkv 2, Sq 64, Skv 96, D 64, Dv 32), the
// scale 1/8, flags 1 (causal), offset Skv - Sq = 32, and for each operand
// its address and four strides; the result is a new buffer. No mask: a null
// address, type 0 and strides 0.

// CHECK-LABEL: func.func private @gqa_rt_masked_attention_bf16(i64, i64, i64, i64, i64, i64, i64, f32, i32, i64, i64, !llvm.ptr, i64, i64, i64, i64, !llvm.ptr, i64, i64, i64, i64, !llvm.ptr, i64, i64, i64, i64, !llvm.ptr, i64, i64, i64, i64, !llvm.ptr, i32, i64, i64, i64, i64)
// CHECK-LABEL: func.func @prefill(
// CHECK-SAME:    %[[Q:.*]]: tensor<2x8x64x64xbf16>, %[[K:.*]]: tensor<2x2x96x64xbf16>, %[[V:.*]]: tensor<2x2x96x32xbf16>
// CHECK-NOT:     gqa.attention
// CHECK:         %[[O:.*]] = memref.alloc() : memref<2x8x64x32xbf16>
// The inputs' strides are read from their buffers (strided layouts); the
// new result buffer's are constants.
// CHECK:         %[[QB:.*]] = bufferization.to_buffer %[[Q]] read_only
// CHECK:         memref.extract_strided_metadata %[[QB]]
// CHECK:         %[[KB:.*]] = bufferization.to_buffer %[[K]] read_only
// CHECK:         memref.extract_strided_metadata %[[KB]]
// CHECK:         %[[VB:.*]] = bufferization.to_buffer %[[V]] read_only
// CHECK:         memref.extract_strided_metadata %[[VB]]
// CHECK:         %[[OI:.*]] = memref.extract_aligned_pointer_as_index %[[O]]
// CHECK:         call @gqa_rt_masked_attention_bf16(%c2_i64, %c8_i64, %c2_i64, %c64_i64, %c96_i64, %c64_i64, %c32_i64, %cst, %c1_i32, %c32_i64, %c0_i64, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %c16384_i64, %c2048_i64, %c32_i64, %c1_i64, %[[NULL:.*]], %c0_i32, %c0_i64, %c0_i64, %c0_i64, %c0_i64)
// CHECK:         %[[R:.*]] = bufferization.to_tensor %[[O]] restrict writable
// CHECK:         return %[[R]]

// AMX-LABEL:   llvm.func @prefill(
// AMX:           llvm.call @gqa_rt_masked_attention_bf16(
// NOAMX-LABEL: llvm.func @prefill(
// NOAMX-NOT:     gqa_rt_masked_attention_bf16
// NOAMX:         omp.parallel
func.func @prefill(%q: tensor<2x8x64x64xbf16>, %k: tensor<2x2x96x64xbf16>, %v: tensor<2x2x96x32xbf16>) -> tensor<2x8x64x32xbf16> {
  %0 = gqa.attention %q, %k, %v causal scale = 0.125 alignment = bottom_right : tensor<2x8x64x64xbf16>, tensor<2x2x96x64xbf16>, tensor<2x2x96x32xbf16> -> tensor<2x8x64x32xbf16>
  return %0 : tensor<2x8x64x32xbf16>
}

// -----

// Interleaved heads and a window: flags 1 | 2 | 4, window 16, offset 0
// (top-left). Dynamic batch and key length come from the operands.

// CHECK-LABEL: func.func @window(
// CHECK:         %[[B:.*]] = tensor.dim %{{.*}}, %c0 : tensor<?x4x32x16xbf16>
// CHECK:         memref.alloc(%[[B]]) : memref<?x4x32x16xbf16>
// CHECK:         call @gqa_rt_masked_attention_bf16({{.*}}, %c7_i32, %c0_i64, %c16_i64,
// AMX-LABEL:   llvm.func @window(
// AMX:           llvm.call @gqa_rt_masked_attention_bf16(
func.func @window(%q: tensor<?x4x32x16xbf16>, %k: tensor<?x2x?x16xbf16>, %v: tensor<?x2x?x16xbf16>) -> tensor<?x4x32x16xbf16> {
  %0 = gqa.attention %q, %k, %v causal window = 16 head_mapping = interleaved : tensor<?x4x32x16xbf16>, tensor<?x2x?x16xbf16>, tensor<?x2x?x16xbf16> -> tensor<?x4x32x16xbf16>
  return %0 : tensor<?x4x32x16xbf16>
}

// -----

// Masks: a boolean [Sq, Skv] mask (type 3) broadcast over batch and heads
// (strides 0, 0, then its own), and an f32 bias [B, 1, Sq, Skv] (type 0)
// with a dynamic batch, whose batch stride is 0 only where the batch is 1 at
// run time.

// CHECK-LABEL: func.func @masks(
// CHECK:         %{{.*}}, %{{.*}}, %{{.*}}:2, %[[MS:.*]]:2 = memref.extract_strided_metadata %{{.*}} : memref<32x64xi1
// CHECK:         call @gqa_rt_masked_attention_bf16({{.*}}, %c3_i32, %c0_i64, %c0_i64, %{{.*}}, %{{.*}})
// CHECK:         %{{.*}}, %{{.*}}, %[[BSIZES:.*]]:4, %{{.*}}:4 = memref.extract_strided_metadata %{{.*}} : memref<?x1x32x64xf32
// CHECK:         %[[ONE:.*]] = arith.cmpi eq, %[[BSIZES]]#0, %c1
// CHECK:         %[[BS:.*]] = arith.select %[[ONE]], %c0_i64, %{{.*}}
// CHECK:         call @gqa_rt_masked_attention_bf16({{.*}}, %c0_i32, %[[BS]], %c0_i64, %{{.*}}, %{{.*}})
// AMX-LABEL:   llvm.func @masks(
// AMX-COUNT-2:   llvm.call @gqa_rt_masked_attention_bf16(
func.func @masks(%q: tensor<1x4x32x16xbf16>, %k: tensor<1x2x64x16xbf16>, %v: tensor<1x2x64x16xbf16>, %mask: tensor<32x64xi1>,
                 %qd: tensor<?x4x32x16xbf16>, %kd: tensor<?x2x64x16xbf16>, %vd: tensor<?x2x64x16xbf16>, %bias: tensor<?x1x32x64xf32>)
    -> (tensor<1x4x32x16xbf16>, tensor<?x4x32x16xbf16>) {
  %0 = gqa.attention %q, %k, %v mask(%mask : tensor<32x64xi1>) : tensor<1x4x32x16xbf16>, tensor<1x2x64x16xbf16>, tensor<1x2x64x16xbf16> -> tensor<1x4x32x16xbf16>
  %1 = gqa.attention %qd, %kd, %vd mask(%bias : tensor<?x1x32x64xf32>) : tensor<?x4x32x16xbf16>, tensor<?x2x64x16xbf16>, tensor<?x2x64x16xbf16> -> tensor<?x4x32x16xbf16>
  return %0, %1 : tensor<1x4x32x16xbf16>, tensor<?x4x32x16xbf16>
}

// -----

// What stays with gqa-tile-cpu, each with its reason.

// CHECK-LABEL: func.func @kept(
// CHECK-COUNT-5: gqa.attention
// CHECK-NOT:     call @gqa_rt_masked_attention_bf16
func.func @kept(%q: tensor<1x4x32x16xbf16>, %k: tensor<1x2x64x16xbf16>, %v: tensor<1x2x64x16xbf16>,
                %qf: tensor<1x4x32x16xf32>, %kf: tensor<1x2x64x16xf32>, %vf: tensor<1x2x64x16xf32>,
                %decode: tensor<1x4x1x16xbf16>, %lengths: tensor<1xi32>,
                %qodd: tensor<1x4x32x15xbf16>, %kodd: tensor<1x2x64x15xbf16>)
    -> (tensor<1x4x32x16xf32>, tensor<1x4x32x16xbf16>, tensor<1x4x32x16xbf16>,
        tensor<1x4x1x16xbf16>, tensor<1x4x32x16xbf16>) {
  // expected-remark @below {{attention left to gqa-tile-cpu: its element type is not bf16}}
  %0 = gqa.attention %qf, %kf, %vf : tensor<1x4x32x16xf32>, tensor<1x2x64x16xf32>, tensor<1x2x64x16xf32> -> tensor<1x4x32x16xf32>
  // expected-remark @below {{attention left to gqa-tile-cpu: it has kv_lengths or q_offset}}
  %2 = gqa.attention %q, %k, %v kv_lengths(%lengths : tensor<1xi32>) : tensor<1x4x32x16xbf16>, tensor<1x2x64x16xbf16>, tensor<1x2x64x16xbf16> -> tensor<1x4x32x16xbf16>
  // expected-remark @below {{attention left to gqa-tile-cpu: it has a softcap}}
  %3 = gqa.attention %q, %k, %v softcap = 30.0 : tensor<1x4x32x16xbf16>, tensor<1x2x64x16xbf16>, tensor<1x2x64x16xbf16> -> tensor<1x4x32x16xbf16>
  // expected-remark @below {{attention left to gqa-tile-cpu: its groups have fewer than 32 query rows (decode streams K/V without packing it)}}
  %4 = gqa.attention %decode, %k, %v : tensor<1x4x1x16xbf16>, tensor<1x2x64x16xbf16>, tensor<1x2x64x16xbf16> -> tensor<1x4x1x16xbf16>
  // expected-remark @below {{attention left to gqa-tile-cpu: its head dimension is odd (AMX multiplies pairs)}}
  %5 = gqa.attention %qodd, %kodd, %v : tensor<1x4x32x15xbf16>, tensor<1x2x64x15xbf16>, tensor<1x2x64x16xbf16> -> tensor<1x4x32x16xbf16>
  return %0, %2, %3, %4, %5 : tensor<1x4x32x16xf32>, tensor<1x4x32x16xbf16>, tensor<1x4x32x16xbf16>,
      tensor<1x4x1x16xbf16>, tensor<1x4x32x16xbf16>
}
