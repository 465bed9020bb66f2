// bf16 attention compiles to objects that call no compiler-runtime bf16
// helper (__truncsfbf2 and __extendbfsf2, which GCC 12's libgcc lacks) for
// any CPU: the pipeline expands the conversions to integer arithmetic.
// gqa-compile itself refuses to write an object that needs a symbol no
// documented library provides, so its success is part of the check.

// RUN: rm -rf %t && mkdir -p %t
// RUN: gqa-compile %s -o %t/v3.o --cpu=x86-64-v3
// RUN: gqa-compile %s -o %t/base.o --cpu=x86-64
// RUN: gqa-compile %s -o %t/znver5.o --cpu=znver5
// RUN: llvm-nm --undefined-only %t/v3.o %t/base.o %t/znver5.o | FileCheck %s --implicit-check-not=bf2

// CHECK: v3.o:
// CHECK: __kmpc_fork_call
// CHECK: base.o:
// CHECK: __kmpc_fork_call
// CHECK: znver5.o:
// CHECK: __kmpc_fork_call

func.func @decode_bf16(%query: tensor<?x8x1x64xbf16>, %key: tensor<?x2x?x64xbf16>,
                       %value: tensor<?x2x?x64xbf16>, %lengths: tensor<?xi32>)
    -> tensor<?x8x1x64xbf16> {
  %0 = gqa.attention %query, %key, %value kv_lengths(%lengths : tensor<?xi32>)
      causal alignment = bottom_right
      : tensor<?x8x1x64xbf16>, tensor<?x2x?x64xbf16>, tensor<?x2x?x64xbf16>
      -> tensor<?x8x1x64xbf16>
  return %0 : tensor<?x8x1x64xbf16>
}
