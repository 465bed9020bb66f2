/// Batch, query and KV lengths known only at run time: the grid of each
/// launch is an expression of the argument sizes.
func.func @attend(%query: tensor<?x32x?x128xf16>, %key: tensor<?x8x?x128xf16>,
                  %value: tensor<?x8x?x128xf16>) -> tensor<?x32x?x128xf16> {
  %0 = gqa.attention %query, %key, %value
      : tensor<?x32x?x128xf16>, tensor<?x8x?x128xf16>, tensor<?x8x?x128xf16>
      -> tensor<?x32x?x128xf16>
  return %0 : tensor<?x32x?x128xf16>
}

/// A decode over a cache of run-time length, batch known at run time: the
/// KV sequence is split (16 parts at most when its length is unknown) and a
/// combine kernel merges the parts.
func.func @step(%query: tensor<?x32x1x128xf16>, %key: tensor<?x8x?x128xf16>,
                %value: tensor<?x8x?x128xf16>) -> tensor<?x32x1x128xf16> {
  %0 = gqa.attention %query, %key, %value
      : tensor<?x32x1x128xf16>, tensor<?x8x?x128xf16>, tensor<?x8x?x128xf16>
      -> tensor<?x32x1x128xf16>
  return %0 : tensor<?x32x1x128xf16>
}
