// Blocks of one query row (row-tile=1, or Sq = 0 with a dynamic batch):
// canonicalization replaces the thread's y coordinate by the constant 0.
func.func @one_row(%query: tensor<3x4x3x17xf16>, %key: tensor<3x4x5x17xf16>,
                   %value: tensor<3x4x5x17xf16>) -> tensor<3x4x3x17xf16> {
  %0 = gqa.attention %query, %key, %value window = 1 softcap = 30.0 head_mapping = interleaved alignment = bottom_right : tensor<3x4x3x17xf16>, tensor<3x4x5x17xf16>, tensor<3x4x5x17xf16> -> tensor<3x4x3x17xf16>
  return %0 : tensor<3x4x3x17xf16>
}

func.func @no_rows_dynamic_batch(%query: tensor<?x4x0x128xbf16>, %key: tensor<?x4x11x128xbf16>,
                                 %value: tensor<?x4x11x128xbf16>) -> tensor<?x4x0x128xbf16> {
  %0 = gqa.attention %query, %key, %value : tensor<?x4x0x128xbf16>, tensor<?x4x11x128xbf16>, tensor<?x4x11x128xbf16> -> tensor<?x4x0x128xbf16>
  return %0 : tensor<?x4x0x128xbf16>
}
