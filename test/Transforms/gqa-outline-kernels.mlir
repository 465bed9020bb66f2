// RUN: gqa-opt %s --split-input-file --gqa-outline-kernels | FileCheck %s

/// Two layers that differ only in their weights: one kernel function per
/// kind of kernel, called twice. The weights are arguments; the zero, the
/// init and its fill are cloned in.
// CHECK-LABEL: func.func @two_layers(
// CHECK-SAME:      %[[X:.*]]: tensor<4x8xf32>)
// CHECK-DAG:     %[[W0:.*]] = arith.constant dense<{{.*}}> : tensor<8x8xf32>
// CHECK-DAG:     %[[W1:.*]] = arith.constant dense<{{.*}}> : tensor<8x8xf32>
// CHECK-NOT:     linalg.
// CHECK:         %[[M0:.*]] = call @[[MATMUL:__gqa_kernel_[0-9]+]](%[[X]], %[[W0]])
// CHECK:         %[[A0:.*]] = call @[[RELU:__gqa_kernel_[0-9]+]](%[[M0]])
// CHECK:         %[[M1:.*]] = call @[[MATMUL]](%[[A0]], %[[W1]])
// CHECK:         %[[A1:.*]] = call @[[RELU]](%[[M1]])
// CHECK:         return %[[A1]]
// CHECK-DAG:   func.func private @[[MATMUL]](%{{.*}}: tensor<4x8xf32>, %{{.*}}: tensor<8x8xf32>) -> tensor<4x8xf32> attributes {gqa.kernel, llvm.linkage = #llvm.linkage<internal>, passthrough = ["noinline"]}
// CHECK-DAG:   func.func private @[[RELU]](%{{.*}}: tensor<4x8xf32>) -> tensor<4x8xf32> attributes {gqa.kernel, llvm.linkage = #llvm.linkage<internal>, passthrough = ["noinline"]}
// CHECK-NOT:   func.func
#map = affine_map<(d0, d1) -> (d0, d1)>
func.func @two_layers(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %w0 = arith.constant dense<[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]]> : tensor<8x8xf32>
  %w1 = arith.constant dense<[[8.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]]> : tensor<8x8xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<4x8xf32>, tensor<8x8xf32>) outs(%acc : tensor<4x8xf32>) -> tensor<4x8xf32>
  %a0 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%m0 : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %m1 = linalg.matmul ins(%a0, %w1 : tensor<4x8xf32>, tensor<8x8xf32>) outs(%acc : tensor<4x8xf32>) -> tensor<4x8xf32>
  %a1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%m1 : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  return %a1 : tensor<4x8xf32>
}

// -----

/// The same kernel with different captured constants is two functions. A
/// value the body uses from above that is not a constant is an argument. A
/// slice is cloned in, its source passed.
// CHECK-LABEL: func.func @distinct(
// CHECK-SAME:      %[[X:.*]]: tensor<4xf32>, %[[S:.*]]: f32)
// CHECK:         %[[A:.*]] = call @[[ADD1:__gqa_kernel_[0-9]+]](%[[X]])
// CHECK:         %[[B:.*]] = call @[[ADD2:__gqa_kernel_[0-9]+]](%[[A]])
// CHECK:         %[[C:.*]] = call @[[ADDS:__gqa_kernel_[0-9]+]](%[[B]], %[[S]])
// CHECK:         %[[D:.*]] = call @[[HALF:__gqa_kernel_[0-9]+]](%[[C]])
// CHECK:         %[[A2:.*]] = call @[[ADD1]](%[[X]])
// CHECK:         %[[B2:.*]] = call @[[ADD2]](%[[A2]])
// CHECK:         %[[C2:.*]] = call @[[ADDS]](%[[B2]], %[[S]])
// CHECK:         %[[D2:.*]] = call @[[HALF]](%[[C2]])
// CHECK:         return %[[D]], %[[D2]]
// CHECK:       func.func private @[[ADD1]](%{{.*}}: tensor<4xf32>) -> tensor<4xf32>
// CHECK:         arith.constant 1.0
// CHECK:       func.func private @[[ADD2]](%{{.*}}: tensor<4xf32>) -> tensor<4xf32>
// CHECK:         arith.constant 2.0
// CHECK:       func.func private @[[ADDS]](%{{.*}}: tensor<4xf32>, %{{.*}}: f32) -> tensor<4xf32>
// CHECK:       func.func private @[[HALF]](%[[ARG:.*]]: tensor<4xf32>) -> tensor<2xf32>
// CHECK:         tensor.extract_slice %[[ARG]][2] [2] [1]
#id = affine_map<(d0) -> (d0)>
func.func @distinct(%x: tensor<4xf32>, %s: f32) -> (tensor<2xf32>, tensor<2xf32>) {
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %e = tensor.empty() : tensor<4xf32>
  %e2 = tensor.empty() : tensor<2xf32>
  %a0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%x : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %one : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %b0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a0 : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %two : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %c0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%b0 : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %s : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %slice0 = tensor.extract_slice %c0[2] [2] [1] : tensor<4xf32> to tensor<2xf32>
  %d0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%slice0 : tensor<2xf32>) outs(%e2 : tensor<2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %one : f32
    linalg.yield %r : f32
  } -> tensor<2xf32>
  %a1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%x : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %one : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %b1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a1 : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %two : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %c1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%b1 : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %s : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %slice1 = tensor.extract_slice %c1[2] [2] [1] : tensor<4xf32> to tensor<2xf32>
  %d1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%slice1 : tensor<2xf32>) outs(%e2 : tensor<2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %one : f32
    linalg.yield %r : f32
  } -> tensor<2xf32>
  return %d0, %d1 : tensor<2xf32>, tensor<2xf32>
}

// -----

/// A kernel that occurs once stays where it is, as does one whose result
/// has a dynamic shape (its caller could not allocate it), a kernel whose
/// result is unused, ops in a loop's body and private functions.
// CHECK-LABEL: func.func @not_outlined(
// CHECK-NOT:     call
// CHECK:         gqa.attention
// CHECK:         linalg.generic
// CHECK:         linalg.generic
// CHECK:         linalg.generic
// CHECK:         scf.for
// CHECK:           linalg.generic
// CHECK:           linalg.generic
// CHECK:         return
// CHECK-LABEL: func.func private @helper(
// CHECK:         linalg.generic
// CHECK:         linalg.generic
// CHECK-NOT:   func.func
#id1 = affine_map<(d0) -> (d0)>
func.func @not_outlined(%q: tensor<1x4x2x8xf32>, %k: tensor<1x2x6x8xf32>, %v: tensor<1x2x6x8xf32>, %x: tensor<?xf32>) -> (tensor<1x4x2x8xf32>, tensor<?xf32>) {
  %o = gqa.attention %q, %k, %v : tensor<1x4x2x8xf32>, tensor<1x2x6x8xf32>, tensor<1x2x6x8xf32> -> tensor<1x4x2x8xf32>
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?xf32>
  %e = tensor.empty(%n) : tensor<?xf32>
  %neg = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]} ins(%x : tensor<?xf32>) outs(%e : tensor<?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.negf %in : f32
    linalg.yield %r : f32
  } -> tensor<?xf32>
  %neg2 = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]} ins(%neg : tensor<?xf32>) outs(%e : tensor<?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.negf %in : f32
    linalg.yield %r : f32
  } -> tensor<?xf32>
  %e4 = tensor.empty() : tensor<4xf32>
  %x4 = tensor.extract_slice %x[0] [4] [1] : tensor<?xf32> to tensor<4xf32>
  %unused = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]} ins(%x4 : tensor<4xf32>) outs(%e4 : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.negf %in : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %y = scf.for %i = %c0 to %c3 step %c1 iter_args(%acc = %x4) -> (tensor<4xf32>) {
    %a = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]} ins(%acc : tensor<4xf32>) outs(%e4 : tensor<4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.negf %in : f32
      linalg.yield %r : f32
    } -> tensor<4xf32>
    %b = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]} ins(%a : tensor<4xf32>) outs(%e4 : tensor<4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.negf %in : f32
      linalg.yield %r : f32
    } -> tensor<4xf32>
    scf.yield %b : tensor<4xf32>
  }
  return %o, %neg2 : tensor<1x4x2x8xf32>, tensor<?xf32>
}

func.func private @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xf32>
  %a = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]} ins(%x : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.negf %in : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %b = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]} ins(%a : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.negf %in : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  return %b : tensor<4xf32>
}
