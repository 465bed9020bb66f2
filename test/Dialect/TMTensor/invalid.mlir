// RUN: gqa-opt %s --split-input-file --verify-diagnostics

func.func @scan_dimension(%x: tensor<4xi64>, %a: tensor<i64>) {
  // expected-error @below {{'tm_tensor.scan' op dimension 1 is not a dimension of the input}}
  %r:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%x : tensor<4xi64>) outs(%x, %a : tensor<4xi64>, tensor<i64>) {
  ^bb0(%p: i64, %c: i64):
    tm_tensor.yield %p : i64
  } -> tensor<4xi64>, tensor<i64>
  return
}

// -----

func.func @scan_accumulator(%x: tensor<2x4xi64>, %a: tensor<4xi64>) {
  // expected-error @below {{'tm_tensor.scan' op expects the accumulator to have the input's shape without dimension 1}}
  %r:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%x : tensor<2x4xi64>) outs(%x, %a : tensor<2x4xi64>, tensor<4xi64>) {
  ^bb0(%p: i64, %c: i64):
    tm_tensor.yield %p : i64
  } -> tensor<2x4xi64>, tensor<4xi64>
  return
}

// -----

func.func @scan_operands(%x: tensor<4xi64>) {
  // expected-error @below {{'tm_tensor.scan' op expects one input and two outputs (the output and the accumulator)}}
  %r = tm_tensor.scan dimension(0) inclusive(true) ins(%x : tensor<4xi64>) outs(%x : tensor<4xi64>) {
  ^bb0(%p: i64, %c: i64):
    tm_tensor.yield %p : i64
  } -> tensor<4xi64>
  return
}

// -----

func.func @scan_region(%x: tensor<4xi64>, %a: tensor<i64>) {
  // expected-error @below {{'tm_tensor.scan' op expects region arguments of types ('i64', 'i64')}}
  %r:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%x : tensor<4xi64>) outs(%x, %a : tensor<4xi64>, tensor<i64>) {
  ^bb0(%p: i32, %c: i32):
    tm_tensor.yield %p : i32
  } -> tensor<4xi64>, tensor<i64>
  return
}

// -----

func.func @scan_results(%x: tensor<4xi64>, %a: tensor<i64>) {
  // expected-error @below {{'tm_tensor.scan' op expects the results to have the types of the outputs}}
  %r = tm_tensor.scan dimension(0) inclusive(true) ins(%x : tensor<4xi64>) outs(%x, %a : tensor<4xi64>, tensor<i64>) {
  ^bb0(%p: i64, %c: i64):
    tm_tensor.yield %p : i64
  } -> tensor<4xi64>
  return
}

// -----

func.func @scatter_depth(%u: tensor<2x4xf32>, %i: tensor<2x2xi64>, %o: tensor<8x4xf32>) {
  // expected-error @below {{'tm_tensor.scatter' op expects one dimension_map entry per index (2)}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%u, %i : tensor<2x4xf32>, tensor<2x2xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @scatter_map(%u: tensor<2x4xf32>, %i: tensor<2x1xi64>, %o: tensor<8x4xf32>) {
  // expected-error @below {{'tm_tensor.scatter' op dimension_map entry 2 is not a distinct dimension of the original}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 2>} unique_indices(true) ins(%u, %i : tensor<2x4xf32>, tensor<2x1xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @scatter_indices(%u: tensor<2x4xf32>, %i: tensor<2xi64>, %o: tensor<8x4xf32>) {
  // expected-error @below {{'tm_tensor.scatter' op expects indices of type N x depth of integers with a static depth}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%u, %i : tensor<2x4xf32>, tensor<2xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @scatter_updates(%u: tensor<3x4xf32>, %i: tensor<2x1xi64>, %o: tensor<8x4xf32>) {
  // expected-error @below {{'tm_tensor.scatter' op expects updates of type N x slice, with the indices' N and a slice rank of at most the original's}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%u, %i : tensor<3x4xf32>, tensor<2x1xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @scatter_yield(%u: tensor<2x4xf32>, %i: tensor<2x1xi64>, %o: tensor<8x4xf32>) {
  // expected-error @below {{'tm_tensor.scatter' op expects the region to yield one value of type 'f32'}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%u, %i : tensor<2x4xf32>, tensor<2x1xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    %c = arith.cmpf ole, %a, %b : f32
    tm_tensor.yield %c : i1
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @scatter_operands(%u: tensor<2x4xf32>, %o: tensor<8x4xf32>) {
  // expected-error @below {{'tm_tensor.scatter' op expects two inputs (updates and indices) and one output}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%u : tensor<2x4xf32>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @scatter_element(%u: tensor<2x4xf16>, %i: tensor<2x1xi64>, %o: tensor<8x4xf32>) {
  // expected-error @below {{'tm_tensor.scatter' op expects the updates to have the original's element type}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%u, %i : tensor<2x4xf16>, tensor<2x1xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @sort_shapes(%x: tensor<4x8xf32>, %i: tensor<4x7xi64>) {
  // expected-error @below {{'tm_tensor.sort' op expects outputs of one shape}}
  %r:2 = tm_tensor.sort dimension(1) outs(%x, %i : tensor<4x8xf32>, tensor<4x7xi64>) {
  ^bb0(%a: f32, %b: f32, %ia: i64, %ib: i64):
    %le = arith.cmpf ole, %a, %b : f32
    tm_tensor.yield %le : i1
  } -> tensor<4x8xf32>, tensor<4x7xi64>
  return
}

// -----

func.func @sort_dimension(%x: tensor<4x8xf32>) {
  // expected-error @below {{'tm_tensor.sort' op dimension 2 is not a dimension of the outputs}}
  %r = tm_tensor.sort dimension(2) outs(%x : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %le = arith.cmpf ole, %a, %b : f32
    tm_tensor.yield %le : i1
  } -> tensor<4x8xf32>
  return
}

// -----

func.func @sort_yield(%x: tensor<4x8xf32>) {
  // expected-error @below {{'tm_tensor.sort' op expects the region to yield one value of type 'i1'}}
  %r = tm_tensor.sort dimension(1) outs(%x : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<4x8xf32>
  return
}

// -----

func.func @sort_inputs(%x: tensor<4x8xf32>) {
  // expected-error @below {{'tm_tensor.sort' op expects no inputs and at least one output}}
  %r = tm_tensor.sort dimension(1) ins(%x : tensor<4x8xf32>) outs(%x : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %le = arith.cmpf ole, %a, %b : f32
    tm_tensor.yield %le : i1
  } -> tensor<4x8xf32>
  return
}

// -----

// torch-mlir's tm_tensor.attention and tm_tensor.topk are not supported:
// the parser names the op.
func.func @attention(%q: tensor<1x4x8xf32>) {
  // expected-error @below {{custom op 'tm_tensor.attention' is unknown}}
  %r = tm_tensor.attention ins(%q, %q, %q : tensor<1x4x8xf32>, tensor<1x4x8xf32>, tensor<1x4x8xf32>) outs(%q : tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  return
}
