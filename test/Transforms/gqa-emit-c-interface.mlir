// RUN: gqa-opt %s --gqa-emit-c-interface | FileCheck %s

/// Public definitions get a C interface; a private definition and an external
/// declaration (for which the C interface would call an undefined
/// _mlir_ciface_ symbol) do not. An existing attribute is kept as is.
// CHECK-LABEL: func.func @public_definition(
// CHECK-SAME:      attributes {llvm.emit_c_interface}
func.func @public_definition(%input: memref<4xf32>) {
  return
}

// CHECK-LABEL: func.func @already_requested(
// CHECK-SAME:      attributes {llvm.emit_c_interface}
func.func @already_requested() attributes {llvm.emit_c_interface} {
  return
}

// CHECK-LABEL: func.func private @negative_private_definition(
// CHECK-NOT:     llvm.emit_c_interface
// CHECK-SAME:    {
func.func private @negative_private_definition() {
  return
}

// CHECK-LABEL: func.func private @negative_declaration(f32) -> f32
// CHECK-NOT:     llvm.emit_c_interface
func.func private @negative_declaration(f32) -> f32
