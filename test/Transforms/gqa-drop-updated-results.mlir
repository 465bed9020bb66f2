// RUN: gqa-opt %s --split-input-file --gqa-mark-entry-arguments=update-in-place --one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" --gqa-drop-updated-results --verify-diagnostics | FileCheck %s

// The cache is written in place and is no result any more; the other
// result stays.

// CHECK-LABEL: func.func @step(
// CHECK-SAME:    %{{.*}}: memref<1x4xf32>, %[[CACHE:.*]]: memref<8x4xf32>, %{{.*}}: index) -> memref<8x4xf32>
// CHECK:         %[[ROW:.*]] = memref.subview %[[CACHE]]
// CHECK:         memref.copy %{{.*}}, %[[ROW]]
// CHECK:         return %{{.*}} : memref<8x4xf32>
func.func @step(%new: tensor<1x4xf32>, %cache: tensor<8x4xf32>, %pos: index) -> (tensor<8x4xf32>, tensor<8x4xf32>) {
  %updated = tensor.insert_slice %new into %cache[%pos, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
  %copy = tensor.empty() : tensor<8x4xf32>
  %doubled = linalg.add ins(%updated, %updated : tensor<8x4xf32>, tensor<8x4xf32>) outs(%copy : tensor<8x4xf32>) -> tensor<8x4xf32>
  return %doubled, %updated : tensor<8x4xf32>, tensor<8x4xf32>
}

// -----

// Through an scf.for whose body updates the buffer under an scf.if.

// CHECK-LABEL: func.func @loop(
// CHECK-SAME:    %{{.*}}: memref<4xf32>, %{{.*}}: i1) {
// CHECK:         return{{$}}
func.func @loop(%a: tensor<4xf32>, %flag: i1) -> tensor<4xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%t = %a) -> tensor<4xf32> {
    %u = scf.if %flag -> tensor<4xf32> {
      %w = tensor.insert %zero into %t[%i] : tensor<4xf32>
      scf.yield %w : tensor<4xf32>
    } else {
      scf.yield %t : tensor<4xf32>
    }
    scf.yield %u : tensor<4xf32>
  }
  return %r : tensor<4xf32>
}

// -----

// The old cache is read after the update, so bufferization writes the
// update into a copy: the argument cannot be updated in place.

// expected-error @+1 {{@stale: argument #1 cannot be updated in place: bufferization wrote result #0 into a new buffer (the argument is read after its update)}}
func.func @stale(%new: tensor<1x4xf32>, %cache: tensor<8x4xf32>, %pos: index) -> (tensor<8x4xf32>, f32) {
  %updated = tensor.insert_slice %new into %cache[%pos, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<8x4xf32>
  %c0 = arith.constant 0 : index
  %old = tensor.extract %cache[%c0, %c0] : tensor<8x4xf32>
  return %updated, %old : tensor<8x4xf32>, f32
}

// -----

// A tie to a result the function does not have (written by hand).

// expected-error @+1 {{gqa-drop-updated-results: argument #0 is tied to result #3, which the function does not have}}
func.func @no_such_result(%a: memref<4xf32> {gqa.updated_by_result = 3 : i64}) -> memref<4xf32> {
  return %a : memref<4xf32>
}

// -----

// A function that updates an argument in place and that the module calls:
// its caller would need the dropped result.

// expected-error @+1 {{@callee updates arguments in place but is called in the module, whose calls would need the results it drops}}
func.func @callee(%cache: tensor<4xf32>, %v: f32) -> tensor<4xf32> {
  %c0 = arith.constant 0 : index
  %u = tensor.insert %v into %cache[%c0] : tensor<4xf32>
  return %u : tensor<4xf32>
}
func.func @caller(%cache: tensor<4xf32>, %v: f32) -> tensor<4xf32> {
  %r = call @callee(%cache, %v) : (tensor<4xf32>, f32) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
