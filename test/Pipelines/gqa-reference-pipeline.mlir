// RUN: gqa-opt %s -split-input-file --gqa-reference-pipeline | FileCheck %s
// RUN: gqa-opt %s -split-input-file --gqa-reference-pipeline="emit-c-interface=false" | FileCheck %s --check-prefix=NO-CIFACE

// The pipeline ends with gqa-verify-llvm-contract, so each case lowering at
// all means only llvm.* ops remain; the CHECK-NOT lines say the same in the
// test. Results become a trailing out-parameter: the C interface takes one
// descriptor pointer per operand plus one for the result, and returns void.

/// Static f32 with every optional operand and attribute.
// CHECK-LABEL: llvm.func @static_f32_everything(
// CHECK-NOT:     {{[^a-z_.](func|arith|math|memref|linalg|scf|cf|tensor|bufferization|affine|builtin)\.[a-z_]+}}
// CHECK:         llvm.call @tanhf
// CHECK:         llvm.call @expf
// CHECK:         llvm.call @free
// CHECK-LABEL: llvm.func @_mlir_ciface_static_f32_everything(
// CHECK-SAME:      %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr)
// CHECK-SAME:      attributes {llvm.emit_c_interface}
// CHECK-NOT:     {{[^a-z_.](func|arith|math|memref|linalg|scf|cf|tensor|bufferization|affine|builtin)\.[a-z_]+}}
// NO-CIFACE-LABEL: llvm.func @static_f32_everything(
// NO-CIFACE-NOT:   _mlir_ciface_
func.func @static_f32_everything(%query: tensor<2x8x3x16xf32>, %key: tensor<2x2x5x16xf32>, %value: tensor<2x2x5x8xf32>, %mask: tensor<2x1x3x5xi1>, %lengths: tensor<2xi32>, %offset: tensor<2xi64>) -> tensor<2x8x3x8xf32> {
  %0 = gqa.attention %query, %key, %value mask(%mask : tensor<2x1x3x5xi1>) kv_lengths(%lengths : tensor<2xi32>) q_offset(%offset : tensor<2xi64>) causal window = 2 scale = 0.125 softcap = 50.0 head_mapping = interleaved : tensor<2x8x3x16xf32>, tensor<2x2x5x16xf32>, tensor<2x2x5x8xf32> -> tensor<2x8x3x8xf32>
  return %0 : tensor<2x8x3x8xf32>
}

// -----

/// Dynamic B, Sq and Skv in f16 with an f32 bias, bottom_right alignment and
/// i64 kv_lengths.
// CHECK-LABEL: llvm.func @dynamic_f16(
// CHECK-NOT:     {{[^a-z_.](func|arith|math|memref|linalg|scf|cf|tensor|bufferization|affine|builtin)\.[a-z_]+}}
// CHECK:         llvm.fpext %{{.*}} : f16 to f32
// CHECK:         llvm.fptrunc %{{.*}} : f32 to f16
// CHECK-LABEL: llvm.func @_mlir_ciface_dynamic_f16(
// CHECK-SAME:      %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr)
// CHECK-SAME:      attributes {llvm.emit_c_interface}
func.func @dynamic_f16(%query: tensor<?x4x?x16xf16>, %key: tensor<?x2x?x16xf16>, %value: tensor<?x2x?x8xf16>, %bias: tensor<?x4x?x?xf32>, %lengths: tensor<?xi64>) -> tensor<?x4x?x8xf16> {
  %0 = gqa.attention %query, %key, %value mask(%bias : tensor<?x4x?x?xf32>) kv_lengths(%lengths : tensor<?xi64>) causal alignment = bottom_right : tensor<?x4x?x16xf16>, tensor<?x2x?x16xf16>, tensor<?x2x?x8xf16> -> tensor<?x4x?x8xf16>
  return %0 : tensor<?x4x?x8xf16>
}

// -----

/// Dynamic bf16 with a bf16 bias: the bf16 conversions are expanded into
/// integer arithmetic on the bits (bf16 is only loaded, stored and bitcast),
/// so no soft-float helper such as __truncsfbf2 is needed.
// CHECK-LABEL: llvm.func @dynamic_bf16(
// CHECK-NOT:     llvm.fpext {{.*}}bf16
// CHECK:         llvm.bitcast %{{.*}} : bf16 to i16
// CHECK-NOT:     llvm.fpext {{.*}}bf16
// CHECK-NOT:     llvm.fptrunc {{.*}}bf16
// CHECK:         llvm.bitcast %{{.*}} : i16 to bf16
// CHECK-NOT:     llvm.fptrunc {{.*}}bf16
// CHECK-NOT:     __truncsfbf2
// CHECK-LABEL: llvm.func @_mlir_ciface_dynamic_bf16(
// CHECK-SAME:      %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr)
// CHECK-SAME:      attributes {llvm.emit_c_interface}
func.func @dynamic_bf16(%query: tensor<?x4x?x16xbf16>, %key: tensor<?x2x?x16xbf16>, %value: tensor<?x2x?x8xbf16>, %bias: tensor<?x1x?x?xbf16>) -> tensor<?x4x?x8xbf16> {
  %0 = gqa.attention %query, %key, %value mask(%bias : tensor<?x1x?x?xbf16>) softcap = 20.0 : tensor<?x4x?x16xbf16>, tensor<?x2x?x16xbf16>, tensor<?x2x?x8xbf16> -> tensor<?x4x?x8xbf16>
  return %0 : tensor<?x4x?x8xbf16>
}

// -----

/// A caller in the same module allocates the out-parameter, passes it and
/// frees it; the callee frees only its own temporaries.
// CHECK-LABEL: llvm.func @callee(
// CHECK-LABEL: llvm.func @caller(
// CHECK:         llvm.call @malloc
// CHECK:         llvm.call @callee(
// CHECK:         llvm.call @free(
func.func @callee(%query: tensor<1x2x4x8xf32>, %key: tensor<1x2x4x8xf32>, %value: tensor<1x2x4x8xf32>) -> tensor<1x2x4x8xf32> {
  %0 = gqa.attention %query, %key, %value : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32> -> tensor<1x2x4x8xf32>
  return %0 : tensor<1x2x4x8xf32>
}
func.func @caller(%input: tensor<1x2x4x8xf32>) -> f32 {
  %0 = call @callee(%input, %input, %input) : (tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) -> tensor<1x2x4x8xf32>
  %c0 = arith.constant 0 : index
  %1 = tensor.extract %0[%c0, %c0, %c0, %c0] : tensor<1x2x4x8xf32>
  return %1 : f32
}
