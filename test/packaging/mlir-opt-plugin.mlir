// RUN: mlir-opt %s --load-dialect-plugin=%gqa_libs/libGQAPlugin.so \
// RUN:   | FileCheck %s --check-prefix=PARSE
// RUN: mlir-opt %s --load-dialect-plugin=%gqa_libs/libGQAPlugin.so \
// RUN:   --load-pass-plugin=%gqa_libs/libGQAPlugin.so \
// RUN:   --pass-pipeline='builtin.module(func.func(gqa-pack-query-groups))' \
// RUN:   | FileCheck %s --check-prefix=PACK
// RUN: mlir-opt %s --load-dialect-plugin=%gqa_libs/libGQAPlugin.so \
// RUN:   --load-pass-plugin=%gqa_libs/libGQAPlugin.so \
// RUN:   --pass-pipeline='builtin.module(gqa-reference-pipeline)' \
// RUN:   | FileCheck %s --check-prefix=REFERENCE

/// Upstream mlir-opt parses the gqa dialect and runs the project's passes and
/// pipelines from libGQAPlugin.so. The plugin links libMLIR.so, as Debian's
/// mlir-opt does, so both register into the same registries. Passes from a
/// plugin are named in --pass-pipeline (or -p): mlir-opt builds its
/// `--<pass>` flags before it loads plugins. An instrumented plugin cannot be
/// loaded into the uninstrumented mlir-opt.
// UNSUPPORTED: sanitizers

// PARSE-LABEL: func.func @grouped(
// PARSE:         gqa.attention %{{.*}} causal

// PACK-LABEL: func.func @grouped(
// PACK-SAME:      %[[QUERY:[^:]*]]: tensor<1x4x2x8xf32>, %[[KEY:[^:]*]]: tensor<1x2x6x8xf32>, %[[VALUE:[^:]*]]: tensor<1x2x6x8xf32>)
// PACK:         %[[PACKED:.*]] = tensor.collapse_shape
// PACK:         gqa.packed_attention %[[PACKED]], %[[KEY]], %[[VALUE]] packing = 2 causal

// REFERENCE: llvm.func @_mlir_ciface_grouped(
func.func @grouped(%query: tensor<1x4x2x8xf32>, %key: tensor<1x2x6x8xf32>, %value: tensor<1x2x6x8xf32>) -> tensor<1x4x2x8xf32> {
  %out = gqa.attention %query, %key, %value causal : tensor<1x4x2x8xf32>, tensor<1x2x6x8xf32>, tensor<1x2x6x8xf32> -> tensor<1x4x2x8xf32>
  return %out : tensor<1x4x2x8xf32>
}
