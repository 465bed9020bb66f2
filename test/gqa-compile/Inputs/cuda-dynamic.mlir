/// Batch, query and KV lengths known only at run time: the grid of each
/// launch is an expression of the argument sizes.
func.func @attend(%query: tensor<?x32x?x128xf16>, %key: tensor<?x8x?x128xf16>,
                  %value: tensor<?x8x?x128xf16>) -> tensor<?x32x?x128xf16> {
  %0 = gqa.attention %query, %key, %value
      : tensor<?x32x?x128xf16>, tensor<?x8x?x128xf16>, tensor<?x8x?x128xf16>
      -> tensor<?x32x?x128xf16>
  return %0 : tensor<?x32x?x128xf16>
}
