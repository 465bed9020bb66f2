// The entry-status option of both CPU pipelines: the public function returns
// an i32 status from a checked entry, its body is an internal function, and
// the C interface returns the status too.
// RUN: gqa-opt %s --gqa-cpu-pipeline="target-cpu=x86-64-v3 entry-status=true" | FileCheck %s
// RUN: gqa-opt %s --gqa-reference-pipeline="entry-status=true" | FileCheck %s
// RUN: gqa-opt %s --gqa-reference-pipeline | FileCheck %s --check-prefix=DEFAULT

// CHECK-DAG: llvm.func @decode({{.*}}) -> i32
// CHECK-DAG: llvm.func @_mlir_ciface_decode({{.*}}) -> i32
// CHECK-DAG: llvm.func internal @__gqa_impl_decode(

/// Without the option the function keeps its void signature.
// DEFAULT-NOT: __gqa_impl
// DEFAULT:     llvm.func @decode({{.*}}) attributes
// DEFAULT-NOT: __gqa_impl

func.func @decode(%query: tensor<?x4x1x8xf32>, %key: tensor<?x2x?x8xf32>,
                  %value: tensor<?x2x?x8xf32>) -> tensor<?x4x1x8xf32> {
  %0 = gqa.attention %query, %key, %value
      : tensor<?x4x1x8xf32>, tensor<?x2x?x8xf32>, tensor<?x2x?x8xf32>
      -> tensor<?x4x1x8xf32>
  return %0 : tensor<?x4x1x8xf32>
}
