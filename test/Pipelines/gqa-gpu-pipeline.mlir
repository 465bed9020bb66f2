// RUN: gqa-opt %s --gqa-gpu-pipeline="chip=sm_90" | FileCheck %s --check-prefixes=CHECK,SM90
// RUN: gqa-opt %s --gqa-gpu-pipeline="chip=sm_80" | FileCheck %s --check-prefixes=CHECK,SM80
// RUN: gqa-opt %s --gqa-gpu-pipeline="chip=sm_90 kv-splits=1" | FileCheck %s --check-prefix=NOSPLIT
// RUN: gqa-opt %s --gqa-gpu-pipeline="chip=sm_90a" | FileCheck %s --check-prefix=SM90A
// RUN: not gqa-opt %s --gqa-gpu-pipeline="chip=sm_75" 2>&1 | FileCheck %s --check-prefix=CHIP

// Llama-3-8B decode (32 query heads over 8 KV heads, D = 128, f16, 4096
// cached keys): host code in the LLVM dialect launching the two kernels of
// one PTX module, the attention blocks and the combine of the KV splits.
// The PTX targets the chip with PTX ISA 8.0, stages K/V tiles in shared
// memory, synchronizes its phases, and calls no library (no libdevice).

// CHECK-NOT:   func.func
// CHECK-LABEL: llvm.func @decode(
// CHECK:         gpu.launch_func @gqa_kernels::@decode_attention blocks in ({{.*}}) threads in ({{.*}}) : i64
// CHECK:         gpu.launch_func @gqa_kernels::@decode_combine blocks in ({{.*}}) threads in ({{.*}}) : i64
// CHECK:       gpu.binary @gqa_kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_{{[89]}}0", features = "+ptx80">
// CHECK-SAME:    assembly = "
// CHECK-SAME:    .version 8.0
// SM90-SAME:     .target sm_90
// SM80-SAME:     .target sm_80
// CHECK-SAME:    .entry decode_attention(
// CHECK-SAME:    .shared .align 4 .b8 __wg_decode_attention_
// CHECK-SAME:    bar.sync
// CHECK-SAME:    ld.global.b16
// CHECK-SAME:    .entry decode_combine(
// CHECK-NOT:     __nv_
// CHECK-NOT:     call.uni
// CHECK-NOT:   func.func

// NOSPLIT:     gpu.launch_func @gqa_kernels::@decode_attention
// NOSPLIT-NOT: decode_combine
// NOSPLIT:     .entry decode_attention(
// NOSPLIT-NOT: decode_combine

/// sm_90a (wgmma, TMA) is a chip of its own: architecture-specific PTX.
// SM90A: gpu.binary @gqa_kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90a", features = "+ptx80">
// SM90A-SAME: .target sm_90a

/// Only the chips of the GPU target table; the option parser says so.
// CHIP: for the --chip option: Cannot find option named 'sm_75'!
// CHIP-NOT: gpu.binary

func.func @decode(%q: tensor<1x32x1x128xf16>, %k: tensor<1x8x4096x128xf16>, %v: tensor<1x8x4096x128xf16>) -> tensor<1x32x1x128xf16> {
  %o = gqa.attention %q, %k, %v : tensor<1x32x1x128xf16>, tensor<1x8x4096x128xf16>, tensor<1x8x4096x128xf16> -> tensor<1x32x1x128xf16>
  return %o : tensor<1x32x1x128xf16>
}
