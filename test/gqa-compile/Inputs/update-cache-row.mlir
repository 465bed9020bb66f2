// One row written into a cache of dynamic sizes, and the updated cache
// doubled: gqa-compile --update-in-place ties result #0 to %cache
// (test/gqa-compile/update-in-place.test).
func.func @step(%new: tensor<1x?xf32>, %cache: tensor<?x?xf32>, %pos: index) -> (tensor<?x?xf32>, tensor<?x?xf32>) {
  %c1 = arith.constant 1 : index
  %c0 = arith.constant 0 : index
  %d = tensor.dim %new, %c1 : tensor<1x?xf32>
  %updated = tensor.insert_slice %new into %cache[%pos, 0] [1, %d] [1, 1] : tensor<1x?xf32> into tensor<?x?xf32>
  %n = tensor.dim %cache, %c0 : tensor<?x?xf32>
  %m = tensor.dim %cache, %c1 : tensor<?x?xf32>
  %e = tensor.empty(%n, %m) : tensor<?x?xf32>
  %doubled = linalg.add ins(%updated, %updated : tensor<?x?xf32>, tensor<?x?xf32>) outs(%e : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %updated, %doubled : tensor<?x?xf32>, tensor<?x?xf32>
}
