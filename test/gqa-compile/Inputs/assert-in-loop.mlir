// An assertion in a loop cannot be checked before the entry runs.
func.func @forward(%x: tensor<4xi64>) -> tensor<4xi64> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c0_i64 = arith.constant 0 : i64
  scf.for %i = %c0 to %c4 step %c1 {
    %v = tensor.extract %x[%i] : tensor<4xi64>
    %ok = arith.cmpi sge, %v, %c0_i64 : i64
    cf.assert %ok, "negative"
  }
  return %x : tensor<4xi64>
}
