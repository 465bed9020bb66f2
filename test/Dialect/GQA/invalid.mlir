// RUN: gqa-opt %s -split-input-file -verify-diagnostics

/// Q, K and V are [B, H, S, D]; a 3-D query must first be split into heads.
func.func @invalid_0(%query: tensor<2x4x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>) {
  // expected-error @below {{query must have rank 4 ([B, H, S, D]), got rank 3}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x4x64xf32>
  return
}

// -----

/// The result is [B, Hq, Sq, Dv] too.
func.func @invalid_1(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>) {
  // expected-error @below {{result must have rank 4 ([B, H, S, D]), got rank 3}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x192xf32>
  return
}

// -----

/// Only f32, f16 and bf16 are lowered.
func.func @invalid_2(%query: tensor<2x4x3x64xi8>, %key: tensor<2x2x10x64xi8>, %value: tensor<2x2x10x64xi8>) {
  // expected-error @below {{unsupported element type 'i8' for query; expected f32, f16 or bf16}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xi8>, tensor<2x2x10x64xi8>, tensor<2x2x10x64xi8> -> tensor<2x4x3x64xi8>
  return
}

// -----

/// f64 is not one of the supported float types either.
func.func @invalid_3(%query: tensor<2x4x3x64xf64>, %key: tensor<2x2x10x64xf64>, %value: tensor<2x2x10x64xf64>) {
  // expected-error @below {{unsupported element type 'f64' for query; expected f32, f16 or bf16}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf64>, tensor<2x2x10x64xf64>, tensor<2x2x10x64xf64> -> tensor<2x4x3x64xf64>
  return
}

// -----

/// K and V share Q's element type; mixed precision is spelled with explicit casts.
func.func @invalid_4(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf16>, %value: tensor<2x2x10x64xf16>) {
  // expected-error @below {{key element type 'f16' differs from query element type 'f32'}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf16>, tensor<2x2x10x64xf16> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// The value's element type must match too.
func.func @invalid_5(%query: tensor<2x4x3x64xf16>, %key: tensor<2x2x10x64xf16>, %value: tensor<2x2x10x64xbf16>) {
  // expected-error @below {{value element type 'bf16' differs from query element type 'f16'}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf16>, tensor<2x2x10x64xf16>, tensor<2x2x10x64xbf16> -> tensor<2x4x3x64xf16>
  return
}

// -----

/// The head counts fix the group size G = Hq / Hkv, so they must be static.
func.func @invalid_6(%query: tensor<2x?x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>) {
  // expected-error @below {{query head count (dim 1) must be static}}
  %0 = gqa.attention %query, %key, %value : tensor<2x?x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x?x3x64xf32>
  return
}

// -----

/// The head dimension is static: it sizes the vector tiles.
func.func @invalid_7(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x?xf32>) {
  // expected-error @below {{value head dim (dim 3) must be static}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x?xf32> -> tensor<2x4x3x?xf32>
  return
}

// -----

/// An attention without heads has no group structure.
func.func @invalid_8(%query: tensor<2x4x3x64xf32>, %key: tensor<2x0x10x64xf32>, %value: tensor<2x0x10x64xf32>) {
  // expected-error @below {{key head count (dim 1) must be positive, got 0}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf32>, tensor<2x0x10x64xf32>, tensor<2x0x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// K and V are the two halves of one cache: same number of heads.
func.func @invalid_9(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x4x10x64xf32>) {
  // expected-error @below {{value has 4 heads but key has 2}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x4x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// Every KV head serves the same number of query heads.
func.func @invalid_10(%query: tensor<2x12x3x64xf32>, %key: tensor<2x5x10x64xf32>, %value: tensor<2x5x10x64xf32>) {
  // expected-error @below {{query head count (12) must be a multiple of the key/value head count (5)}}
  %0 = gqa.attention %query, %key, %value : tensor<2x12x3x64xf32>, tensor<2x5x10x64xf32>, tensor<2x5x10x64xf32> -> tensor<2x12x3x64xf32>
  return
}

// -----

/// Q K^T contracts over D.
func.func @invalid_11(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x32xf32>, %value: tensor<2x2x10x64xf32>) {
  // expected-error @below {{query head dim (64) does not match key head dim (32)}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf32>, tensor<2x2x10x32xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// One batch for every operand.
func.func @invalid_12(%query: tensor<2x4x3x64xf32>, %key: tensor<3x2x10x64xf32>, %value: tensor<3x2x10x64xf32>) {
  // expected-error @below {{batch size mismatch: query has 2, key has 3}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf32>, tensor<3x2x10x64xf32>, tensor<3x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// A dynamic batch on one side still has to agree with the static ones.
func.func @invalid_13(%query: tensor<?x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<3x2x10x64xf32>) {
  // expected-error @below {{batch size mismatch: query has ?, value has 3}}
  %0 = gqa.attention %query, %key, %value : tensor<?x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<3x2x10x64xf32> -> tensor<?x4x3x64xf32>
  return
}

// -----

/// Each key has one value.
func.func @invalid_14(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x12x64xf32>) {
  // expected-error @below {{key sequence length (10) does not match value sequence length (12)}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x12x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// The result has the query's element type; accumulation precision is internal.
func.func @invalid_15(%query: tensor<2x4x3x64xf16>, %key: tensor<2x2x10x64xf16>, %value: tensor<2x2x10x64xf16>) {
  // expected-error @below {{result element type 'f32' differs from query element type 'f16'}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf16>, tensor<2x2x10x64xf16>, tensor<2x2x10x64xf16> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// The result's last dim is Dv, the value head dim, not D.
func.func @invalid_16(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x32xf32>) {
  // expected-error @below {{result shape [2, 4, 3, 64] does not follow from the operands; expected [2, 4, 3, 32]}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x32xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// One result head per query head.
func.func @invalid_17(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>) {
  // expected-error @below {{result shape [2, 2, 3, 64] does not follow from the operands; expected [2, 4, 3, 64]}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x2x3x64xf32>
  return
}

// -----

/// The result keeps static head counts, like the operands.
func.func @invalid_18(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>) {
  // expected-error @below {{result shape [2, ?, 3, 64] must have static head count and head dim; expected [2, 4, 3, 64]}}
  %0 = gqa.attention %query, %key, %value : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x?x3x64xf32>
  return
}

// -----

/// A mask is either a boolean (may attend) or an additive float bias.
func.func @invalid_operand_0(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>, %mask: tensor<3x10xi8>) {
  // expected-error @below {{mask element type must be i1 or f32, f16, bf16, got 'i8'}}
  %0 = gqa.attention %query, %key, %value mask(%mask : tensor<3x10xi8>) : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// A mask broadcasts to the 4-D scores; it cannot have more dims.
func.func @invalid_operand_1(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>, %mask: tensor<1x2x4x3x10xi1>) {
  // expected-error @below {{mask of rank 5 does not broadcast to the scores [2, 4, 3, 10] ([B, Hq, Sq, Skv])}}
  %0 = gqa.attention %query, %key, %value mask(%mask : tensor<1x2x4x3x10xi1>) : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// Mask dims align with the scores from the right: [3, 10] is [Sq, Skv]; [10, 3] is not.
func.func @invalid_operand_2(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>, %mask: tensor<10x3xi1>) {
  // expected-error @below {{mask shape [10, 3] does not broadcast to the scores [2, 4, 3, 10] ([B, Hq, Sq, Skv]): mask dim 0 is 10 but must be 1 or 3}}
  %0 = gqa.attention %query, %key, %value mask(%mask : tensor<10x3xi1>) : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// A per-head bias has Hq heads, not Hkv.
func.func @invalid_operand_3(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>, %mask: tensor<2x2x3x10xf32>) {
  // expected-error @below {{mask shape [2, 2, 3, 10] does not broadcast to the scores [2, 4, 3, 10] ([B, Hq, Sq, Skv]): mask dim 1 is 2 but must be 1 or 4}}
  %0 = gqa.attention %query, %key, %value mask(%mask : tensor<2x2x3x10xf32>) : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// kv_lengths holds one length per batch entry.
func.func @invalid_operand_4(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>, %lengths: tensor<2x1xi32>) {
  // expected-error @below {{'kv_lengths' must have shape [B] (rank 1), got rank 2}}
  %0 = gqa.attention %query, %key, %value kv_lengths(%lengths : tensor<2x1xi32>) : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// Lengths are integers.
func.func @invalid_operand_5(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>, %lengths: tensor<2xf32>) {
  // expected-error @below {{'kv_lengths' must have element type i32 or i64, got 'f32'}}
  %0 = gqa.attention %query, %key, %value kv_lengths(%lengths : tensor<2xf32>) : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// Lengths are i32 or i64, as PyTorch and ONNX give them.
func.func @invalid_operand_6(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>, %lengths: tensor<2xi16>) {
  // expected-error @below {{'kv_lengths' must have element type i32 or i64, got 'i16'}}
  %0 = gqa.attention %query, %key, %value kv_lengths(%lengths : tensor<2xi16>) : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// One length per batch entry, no more.
func.func @invalid_operand_7(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>, %lengths: tensor<3xi64>) {
  // expected-error @below {{'kv_lengths' has 3 entries but the batch size is 2}}
  %0 = gqa.attention %query, %key, %value kv_lengths(%lengths : tensor<3xi64>) : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// q_offset holds one position per batch entry.
func.func @invalid_operand_8(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>, %offset: tensor<4xi32>) {
  // expected-error @below {{'q_offset' has 4 entries but the batch size is 2}}
  %0 = gqa.attention %query, %key, %value q_offset(%offset : tensor<4xi32>) : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// q_offset is an integer position.
func.func @invalid_operand_9(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>, %offset: tensor<2xindex>) {
  // expected-error @below {{'q_offset' must have element type i32 or i64, got 'index'}}
  %0 = gqa.attention %query, %key, %value q_offset(%offset : tensor<2xindex>) : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// q_offset already fixes the query position; an alignment would be ignored.
func.func @invalid_operand_10(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>, %offset: tensor<2xi32>) {
  // expected-error @below {{'alignment = bottom_right' has no effect when 'q_offset' gives the query position; remove one of them}}
  %0 = gqa.attention %query, %key, %value q_offset(%offset : tensor<2xi32>) causal alignment = bottom_right : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// A non-positive scale flips or erases the scores.
func.func @invalid_operand_11(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>) {
  // expected-error @below {{scale must be positive and finite, got 0}}
  %0 = gqa.attention %query, %key, %value scale = 0.0 : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// A negative scale is rejected too.
func.func @invalid_operand_12(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>) {
  // expected-error @below {{scale must be positive and finite, got -0.125}}
  %0 = gqa.attention %query, %key, %value scale = -0.125 : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// softcap = c computes c * tanh(s / c), which needs c > 0.
func.func @invalid_operand_13(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>) {
  // expected-error @below {{softcap must be positive and finite, got -1}}
  %0 = gqa.attention %query, %key, %value softcap = -1.0 : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// window = W admits W + 1 keys; a negative window admits none of them.
func.func @invalid_operand_14(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>) {
  // expected-error @below {{window must be non-negative, got -1}}
  %0 = gqa.attention %query, %key, %value causal window = -1 : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// Operands are ranked tensors: the head counts must be known.
func.func @unranked(%query: tensor<*xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>) {
  // expected-error @+1 {{invalid kind of type specified: expected builtin.tensor, but found 'tensor<*xf32>'}}
  %0 = gqa.attention %query, %key, %value : tensor<*xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// The head mapping is one of two keywords.
func.func @unknown_mapping(%query: tensor<2x4x3x64xf32>, %key: tensor<2x2x10x64xf32>, %value: tensor<2x2x10x64xf32>) {
  // expected-error @+1 {{expected string or keyword containing one of the following enum values for attribute 'head_mapping' [contiguous, interleaved]}}
  %0 = gqa.attention %query, %key, %value head_mapping = cyclic : tensor<2x4x3x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32> -> tensor<2x4x3x64xf32>
  return
}

// -----

/// Packed heads must share a KV head, so the packing divides G: here
/// Hq = 2 * 3 = 6 over Hkv = 3 gives G = 2.
func.func @packing_not_dividing_group(%query: tensor<1x2x9x16xf32>, %key: tensor<1x3x7x16xf32>, %value: tensor<1x3x7x16xf32>) {
  // expected-error @below {{packing (3) must divide the group size (2)}}
  %0 = gqa.packed_attention %query, %key, %value packing = 3 : tensor<1x2x9x16xf32>, tensor<1x3x7x16xf32>, tensor<1x3x7x16xf32> -> tensor<1x2x9x16xf32>
  return
}

// -----

/// Here Hq = 2 * 4 = 8 over Hkv = 4, so G = 2 and a packing of 4 is too big.
func.func @packing_too_big(%query: tensor<1x2x8x16xf32>, %key: tensor<1x4x7x16xf32>, %value: tensor<1x4x7x16xf32>) {
  // expected-error @below {{packing (4) must divide the group size (2)}}
  %0 = gqa.packed_attention %query, %key, %value packing = 4 : tensor<1x2x8x16xf32>, tensor<1x4x7x16xf32>, tensor<1x4x7x16xf32> -> tensor<1x2x8x16xf32>
  return
}

// -----

/// Every member of a unit has the same number of rows.
func.func @packed_rows(%query: tensor<1x2x7x16xf32>, %key: tensor<1x2x7x16xf32>, %value: tensor<1x2x7x16xf32>) {
  // expected-error @below {{packed query rows (7) must be a multiple of the packing (2)}}
  %0 = gqa.packed_attention %query, %key, %value packing = 2 : tensor<1x2x7x16xf32>, tensor<1x2x7x16xf32>, tensor<1x2x7x16xf32> -> tensor<1x2x7x16xf32>
  return
}

// -----

/// The packing is a positive number of query heads.
func.func @packing_zero(%query: tensor<1x2x8x16xf32>, %key: tensor<1x2x7x16xf32>, %value: tensor<1x2x7x16xf32>) {
  // expected-error @below {{attribute 'packing' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive}}
  %0 = gqa.packed_attention %query, %key, %value packing = 0 : tensor<1x2x8x16xf32>, tensor<1x2x7x16xf32>, tensor<1x2x7x16xf32> -> tensor<1x2x8x16xf32>
  return
}
