// RUN: gqa-opt %s --split-input-file --verify-diagnostics --gqa-gpu-schedule-to-launch

// A private buffer must be indexed by the thread's y and x coordinates.
func.func @private_wrong_index(%out: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %f = arith.constant 1.0 : f32
  scf.forall (%b) in (4) {
    %p = memref.alloca() {gqa.memory = #gpu.address_space<private>} : memref<2x32xf32>
    scf.forall (%ty, %tx) in (2, 32) {
      // expected-error @below {{'memref.store' op must index the private schedule buffer with the thread's y and x coordinates first}}
      memref.store %f, %p[%tx, %ty] : memref<2x32xf32>
    } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

// Private buffers need the two thread dimensions.
func.func @private_rank(%out: memref<4xf32>) {
  scf.forall (%b) in (4) {
    // expected-error @below {{'memref.alloca' op marked private must have the thread's y and x coordinates as its two leading dimensions}}
    %p = memref.alloca() {gqa.memory = #gpu.address_space<private>} : memref<32xf32>
    scf.forall (%tx) in (32) {
      %f = memref.load %p[%tx] : memref<32xf32>
    } {mapping = [#gpu.thread<x>]}
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

// Thread foralls need static bounds.
func.func @dynamic_threads(%n: index) {
  scf.forall (%b) in (4) {
    // expected-error @below {{'scf.forall' op inside a GPU grid must be mapped to #gpu.thread<x|y|z> with static bounds, zero lower bounds and unit steps}}
    scf.forall (%tx) in (%n) {
    } {mapping = [#gpu.thread<x>]}
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

// Grids must be normalized.
func.func @grid_not_normalized(%out: memref<8xf32>) {
  %f = arith.constant 1.0 : f32
  // expected-error @below {{'scf.forall' op mapped to GPU blocks must have zero lower bounds, unit steps, no shared outputs and a #gpu.block<x|y|z> mapping}}
  scf.forall (%b) = (2) to (8) step (1) {
    memref.store %f, %out[%b] : memref<8xf32>
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

// Workgroup buffers are read and written by loads and stores only.
func.func @workgroup_view(%out: memref<8xf32>) {
  scf.forall (%b) in (4) {
    %w = memref.alloca() {gqa.memory = #gpu.address_space<workgroup>} : memref<8xf32>
    // expected-error @below {{'memref.subview' op uses a workgroup schedule buffer; only memref.load and memref.store may}}
    %s = memref.subview %w[0] [4] [1] : memref<8xf32> to memref<4xf32, strided<[1]>>
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

// Nothing of the schedule may be left outside a grid.
func.func @thread_forall_outside(%out: memref<32xf32>) {
  %f = arith.constant 1.0 : f32
  // expected-error @below {{'scf.forall' op of the GPU schedule is outside any grid}}
  scf.forall (%tx) in (32) {
    memref.store %f, %out[%tx] : memref<32xf32>
  } {mapping = [#gpu.thread<x>]}
  return
}
