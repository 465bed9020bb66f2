/// A launch written by hand rather than by gqa-gpu-pipeline: a grid that is
/// an expression of a dynamic size, and a kernel scalar argument (the bound
/// computed on the host, which kernel outlining passes as an index).
func.func @fill(%buffer: memref<?x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c64 = arith.constant 64 : index
  %zero = arith.constant 0.0 : f32
  %n = memref.dim %buffer, %c0 : memref<?x8xf32>
  %rows = arith.addi %n, %c1 : index
  %blocks = arith.ceildivui %rows, %c2 : index
  %bound = arith.minui %n, %c64 : index
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %blocks, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c2, %sy = %c1, %sz = %c1) {
    %row = arith.muli %bx, %c2 : index
    %i = arith.addi %row, %tx : index
    %inside = arith.cmpi ult, %i, %bound : index
    scf.if %inside {
      memref.store %zero, %buffer[%i, %c0] : memref<?x8xf32>
    }
    gpu.terminator
  }
  return
}
