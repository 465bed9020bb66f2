// Calls a function that no runtime library the documentation lists defines.
func.func private @mystery_function(f32) -> f32

func.func @calls_mystery(%x: tensor<1xf32>) -> tensor<1xf32> {
  %c0 = arith.constant 0 : index
  %e = tensor.extract %x[%c0] : tensor<1xf32>
  %r = func.call @mystery_function(%e) : (f32) -> f32
  %t = tensor.from_elements %r : tensor<1xf32>
  return %t : tensor<1xf32>
}
