// RUN: gqa-opt %s --split-input-file --gqa-mark-entry-arguments | FileCheck %s --check-prefix=READONLY
// RUN: gqa-opt %s --split-input-file --gqa-mark-entry-arguments=update-in-place | FileCheck %s --check-prefix=INPLACE

// A cache that the step writes one row into (insert_slice), then reads:
// read-only by default; with update-in-place, tied to result #1. The query
// is read-only either way, and so is the private helper's argument.

// READONLY-LABEL: func.func @step(
// READONLY-SAME:    %{{.*}}: tensor<1x4xf32> {bufferization.writable = false},
// READONLY-SAME:    %{{.*}}: tensor<8x4xf32> {bufferization.writable = false},
// READONLY-SAME:    %{{[^:]*}}: index)
// READONLY:       func.func private @helper(%{{.*}}: tensor<4xf32>)

// INPLACE-LABEL: func.func @step(
// INPLACE-SAME:    %{{.*}}: tensor<1x4xf32> {bufferization.writable = false},
// INPLACE-SAME:    %{{.*}}: tensor<8x4xf32> {bufferization.writable = true, gqa.updated_by_result = 1 : i64},
// INPLACE:       func.func private @helper(%{{.*}}: tensor<4xf32>)
func.func @step(%new: tensor<1x4xf32>, %cache: tensor<8x4xf32>, %pos: index) -> (tensor<8x4xf32>, tensor<8x4xf32>) {
  %updated = tensor.insert_slice %new into %cache[%pos, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
  %copy = tensor.empty() : tensor<8x4xf32>
  %doubled = linalg.add ins(%updated, %updated : tensor<8x4xf32>, tensor<8x4xf32>) outs(%copy : tensor<8x4xf32>) -> tensor<8x4xf32>
  return %doubled, %updated : tensor<8x4xf32>, tensor<8x4xf32>
}
func.func private @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}

// -----

// Through an scf.for of tensor.insert: tied. A result of another type than
// the argument it writes into (through a cast) is not.

// INPLACE-LABEL: func.func @loop(
// INPLACE-SAME:    %{{.*}}: tensor<4xf32> {bufferization.writable = true, gqa.updated_by_result = 0 : i64},
// INPLACE-SAME:    %{{.*}}: tensor<?xf32> {bufferization.writable = false})
func.func @loop(%a: tensor<4xf32>, %b: tensor<?xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%t = %a) -> tensor<4xf32> {
    %u = tensor.insert %zero into %t[%i] : tensor<4xf32>
    scf.yield %u : tensor<4xf32>
  }
  %cast = tensor.cast %b : tensor<?xf32> to tensor<4xf32>
  %s = tensor.insert %zero into %cast[%c0] : tensor<4xf32>
  return %r, %s : tensor<4xf32>, tensor<4xf32>
}
