/// A grid size the launch manifest cannot follow (a shift): gqa-compile
/// reports the op instead of guessing.
func.func @shifted(%buffer: memref<?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %n = memref.dim %buffer, %c0 : memref<?xf32>
  %blocks = arith.shli %n, %c1 : index
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %blocks, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    memref.store %zero, %buffer[%bx] : memref<?xf32>
    gpu.terminator
  }
  return
}
