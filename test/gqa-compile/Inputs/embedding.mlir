// An embedding lookup and a sum over the hidden dimension, as torch-mlir
// writes aten.embedding in linalg-on-tensors: the bounds checks of each
// token id are cf.asserts in the body of the gather. The table is an
// argument so that the driver knows every value.
#ids = affine_map<(d0, d1, d2) -> (d0, d1)>
#out = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @embed(%ids: tensor<2x4xi64>, %table: tensor<10x8xf32>)
    -> (tensor<2x4x8xf32>, tensor<2x4xf32>) {
  %c0_i64 = arith.constant 0 : i64
  %c10 = arith.constant 10 : index
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<2x4x8xf32>
  %rows = linalg.generic {indexing_maps = [#ids, #out], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ids : tensor<2x4xi64>) outs(%init : tensor<2x4x8xf32>) {
  ^bb0(%in: i64, %o: f32):
    %i = arith.index_cast %in : i64 to index
    %j = linalg.index 2 : index
    %lt = arith.cmpi slt, %i, %c10 : index
    cf.assert %lt, "index must be smaller than dim size"
    %ge = arith.cmpi sge, %in, %c0_i64 : i64
    cf.assert %ge, "index must be larger or equal to 0"
    %e = tensor.extract %table[%i, %j] : tensor<10x8xf32>
    linalg.yield %e : f32
  } -> tensor<2x4x8xf32>
  %empty = tensor.empty() : tensor<2x4xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%empty : tensor<2x4xf32>) -> tensor<2x4xf32>
  %sums = linalg.generic {indexing_maps = [#out, #row], iterator_types = ["parallel", "parallel", "reduction"]} ins(%rows : tensor<2x4x8xf32>) outs(%acc : tensor<2x4xf32>) {
  ^bb0(%x: f32, %s: f32):
    %a = arith.addf %x, %s : f32
    linalg.yield %a : f32
  } -> tensor<2x4xf32>
  return %rows, %sums : tensor<2x4x8xf32>, tensor<2x4xf32>
}
