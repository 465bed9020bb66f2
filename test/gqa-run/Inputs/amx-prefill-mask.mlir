// A bf16 prefill under a padding mask of one sequence per batch entry
// ([B, 1, Sq, Skv] f32 bias, broadcast over the heads): the AMX route.
func.func @prefill_mask(%q: tensor<2x8x64x128xbf16>, %k: tensor<2x2x64x128xbf16>, %v: tensor<2x2x64x128xbf16>, %mask: tensor<2x1x64x64xf32>) -> tensor<2x8x64x128xbf16> {
  %0 = gqa.attention %q, %k, %v mask(%mask : tensor<2x1x64x64xf32>) causal : tensor<2x8x64x128xbf16>, tensor<2x2x64x128xbf16>, tensor<2x2x64x128xbf16> -> tensor<2x8x64x128xbf16>
  return %0 : tensor<2x8x64x128xbf16>
}

// A finite "lowest" bias, as Hugging Face writes padding masks
// (torch.finfo.min): query row 0 has it at every key, so its scores are all
// equal and its output is the mean of V, as in the reference; row 1 has it
// at keys 4 and up; the other rows get a bias of 0.5.
func.func @prefill_finite_lowest(%q: tensor<1x4x8x64xbf16>, %k: tensor<1x1x16x64xbf16>, %v: tensor<1x1x16x64xbf16>) -> tensor<1x4x8x64xbf16> {
  %mask = tensor.generate {
  ^bb0(%b: index, %h: index, %i: index, %j: index):
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c3 = arith.constant 3 : index
    %lowest = arith.constant -3.40282347e+38 : f32
    %half = arith.constant 0.5 : f32
    %row0 = arith.cmpi eq, %i, %c0 : index
    %row1 = arith.cmpi eq, %i, %c1 : index
    %late = arith.cmpi ugt, %j, %c3 : index
    %padded = arith.andi %row1, %late : i1
    %masked = arith.ori %row0, %padded : i1
    %bias = arith.select %masked, %lowest, %half : f32
    tensor.yield %bias : f32
  } : tensor<1x1x8x16xf32>
  %0 = gqa.attention %q, %k, %v mask(%mask : tensor<1x1x8x16xf32>) : tensor<1x4x8x64xbf16>, tensor<1x1x16x64xbf16>, tensor<1x1x16x64xbf16> -> tensor<1x4x8x64xbf16>
  return %0 : tensor<1x4x8x64xbf16>
}
