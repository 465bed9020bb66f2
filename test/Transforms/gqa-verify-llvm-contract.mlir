// RUN: gqa-opt %s -split-input-file -verify-diagnostics --gqa-verify-llvm-contract | FileCheck %s

/// A module of LLVM ops satisfies the contract and is left unchanged.
// CHECK-LABEL: llvm.func @only_llvm(
// CHECK-NEXT:    %[[SUM:.*]] = llvm.fadd
// CHECK-NEXT:    llvm.return %[[SUM]] : f32
llvm.func @only_llvm(%lhs: f32, %rhs: f32) -> f32 {
  %0 = llvm.fadd %lhs, %rhs : f32
  llvm.return %0 : f32
}

// -----

/// A function left in the func dialect: the error names it.
// expected-error @below {{'func.func' op is not in the LLVM dialect; the module must hold only llvm.* ops after lowering to LLVM}}
func.func @negative_func(%lhs: f32) -> f32 {
  return %lhs : f32
}

// -----

/// An op nested in an llvm.func is found too, and only the first offending
/// op is reported.
llvm.func @negative_nested(%lhs: f32) -> f32 {
  // expected-error @below {{'arith.addf' op is not in the LLVM dialect}}
  %0 = arith.addf %lhs, %lhs : f32
  %1 = arith.mulf %0, %0 : f32
  llvm.return %1 : f32
}

// -----

/// A cast that reconcile-unrealized-casts could not remove breaks the
/// contract: builtin.module is the only builtin op allowed.
llvm.func @negative_unrealized_cast(%value: i64) -> i64 {
  // expected-error @below {{'builtin.unrealized_conversion_cast' op is not in the LLVM dialect}}
  %0 = builtin.unrealized_conversion_cast %value : i64 to index
  %1 = builtin.unrealized_conversion_cast %0 : index to i64
  llvm.return %1 : i64
}
