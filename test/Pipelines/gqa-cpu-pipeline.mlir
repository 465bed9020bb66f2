// RUN: gqa-opt %s --gqa-cpu-pipeline="target-cpu=znver5" | FileCheck %s --check-prefixes=CHECK,AVX512
// RUN: gqa-opt %s --gqa-cpu-pipeline="target-cpu=x86-64-v3" | FileCheck %s --check-prefixes=CHECK,AVX2
// RUN: gqa-opt %s --gqa-cpu-pipeline="target-cpu=x86-64-v3 num-threads=2 pack=false kv-tile=4" | FileCheck %s --check-prefix=OPTS
// RUN: gqa-opt %s --gqa-cpu-pipeline="target-cpu=znver5" | FileCheck %s --check-prefix=NONE
// RUN: not gqa-opt %s --gqa-cpu-pipeline="target-cpu=pentium9" 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: gqa-opt %s --gqa-cpu-pipeline="target-cpu=x86-64" | FileCheck %s --check-prefix=SSE

// The fast CPU path ends in the LLVM dialect plus the OpenMP ops of the
// parallel tile loop (the backend contract checked by its last pass), with
// the target CPU on every function, vector code of the target's width, and
// exp evaluated in vector registers rather than by libm calls.

// The loops LLVM vectorizes itself get the target's vector width (none is
// set for 128-bit vectors).
// CHECK:       llvm.func @decode(
// AVX512-SAME:   prefer_vector_width = "512"
// AVX2-SAME:     prefer_vector_width = "256"
// CHECK-SAME:    target_cpu = "{{znver5|x86-64-v3}}"
// SSE:         llvm.func @decode(
// SSE-NOT:       prefer_vector_width
// SSE-SAME:      target_cpu = "x86-64"
// CHECK:         omp.parallel
// CHECK:           omp.wsloop
// The scores' exp polynomial runs on one KV block: one register of f32
// lanes with AVX2 (8), two with AVX-512 (32: the cost model doubles the
// block of this decode, whose 4 rows of scores fit a quarter of the
// registers).
// AVX512:            llvm.intr.fma{{.*}}vector<32xf32>
// AVX2:              llvm.intr.fma{{.*}}vector<8xf32>
// CHECK:         llvm.func @_mlir_ciface_decode(

// Nowhere in the module:
// NONE-NOT: func.func
// NONE-NOT: scf.
// NONE-NOT: {{ vector\.}}
// NONE-NOT: gqa.
// NONE-NOT: @exp
// NONE-NOT: @log

// Without packing the work items run per query head, and K/V blocks of 4
// keys give 4-lane score vectors; num-threads sets the OpenMP team size.
// OPTS:          omp.parallel num_threads(%{{.*}} : i32)
// OPTS:            llvm.intr.vector.reduce.fmax{{.*}}vector<4xf32>

// UNKNOWN: error: gqa-set-target-cpu: unknown target CPU 'pentium9' for x86_64{{.*}} (expected 'native' or a CPU name LLVM knows, such as 'x86-64-v3' or 'znver5')
// UNKNOWN-NOT: see current operation

func.func @decode(%q: tensor<1x8x1x64xf32>, %k: tensor<1x2x?x64xf32>, %v: tensor<1x2x?x64xf32>) -> tensor<1x8x1x64xf32> {
  %o = gqa.attention %q, %k, %v : tensor<1x8x1x64xf32>, tensor<1x2x?x64xf32>, tensor<1x2x?x64xf32> -> tensor<1x8x1x64xf32>
  return %o : tensor<1x8x1x64xf32>
}
