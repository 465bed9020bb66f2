//===- GQAOps.td - GQA dialect operations ------------------*- tablegen -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_GQA_IR_GQAOPS_TD
#define GQA_DIALECT_GQA_IR_GQAOPS_TD

include "gqa/Dialect/GQA/IR/GQADialect.td"
include "gqa/Dialect/GQA/IR/GQAInterfaces.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/OpBase.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

def GQA_HeadMappingContiguous
    : I32EnumAttrCase<"Contiguous", 0, "contiguous">;
def GQA_HeadMappingInterleaved
    : I32EnumAttrCase<"Interleaved", 1, "interleaved">;

def GQA_HeadMappingAttr : I32EnumAttr<"HeadMapping",
    "which key/value head a query head reads",
    [GQA_HeadMappingContiguous, GQA_HeadMappingInterleaved]> {
  let cppNamespace = "::mlir::gqa";
  let description = [{
    With `G = Hq / Hkv`:
    - `contiguous`: query head `h` reads key/value head `h / G` (PyTorch
      `enable_gqa`, Hugging Face `repeat_kv`, ONNX >= 1.19.1,
      FlashAttention);
    - `interleaved`: query head `h` reads key/value head `h mod Hkv` (ONNX
      1.18 and 1.19.0).
  }];
}

def GQA_AlignmentTopLeft : I32EnumAttrCase<"TopLeft", 0, "top_left">;
def GQA_AlignmentBottomRight
    : I32EnumAttrCase<"BottomRight", 1, "bottom_right">;

def GQA_AlignmentAttr : I32EnumAttr<"Alignment",
    "where query row 0 sits in the key sequence when no q_offset is given",
    [GQA_AlignmentTopLeft, GQA_AlignmentBottomRight]> {
  let cppNamespace = "::mlir::gqa";
  let description = [{
    The position of query row `i` of batch `b` is `i + off_b` with
    `off_b = 0` for `top_left` and `off_b = L_b - Sq` for `bottom_right`,
    where `L_b` is `kv_lengths[b]`, or `Skv` without `kv_lengths`.
  }];
}

//===----------------------------------------------------------------------===//
// Type constraints
//===----------------------------------------------------------------------===//

def GQA_AttentionTensor : RankedTensorOf<[AnyType]>;
def GQA_MaskTensor : RankedTensorOf<[AnyType]>;
def GQA_IndexTensor : RankedTensorOf<[AnyType]>;

//===----------------------------------------------------------------------===//
// What gqa.attention and gqa.packed_attention share
//===----------------------------------------------------------------------===//

/// An attention op with the query-group structure of
/// `AttentionOpInterface`: the operands, attributes and assembly format of
/// `gqa.attention`, with `packingArgument` (and `packingFormat`, printed
/// before the attributes) for the packing of `gqa.packed_attention`.
class GQA_AttentionLikeOp<string mnemonic, dag packingArgument,
                          string packingFormat>
    : Op<GQA_Dialect, mnemonic, [Pure, AttrSizedOperandSegments,
                                 GQA_AttentionOpInterface]> {
  let arguments = !con(
    (ins GQA_AttentionTensor:$query,
         GQA_AttentionTensor:$key,
         GQA_AttentionTensor:$value,
         Optional<GQA_MaskTensor>:$mask,
         Optional<GQA_IndexTensor>:$kv_lengths,
         Optional<GQA_IndexTensor>:$q_offset),
    packingArgument,
    (ins OptionalAttr<F64Attr>:$scale,
         OptionalAttr<F64Attr>:$softcap,
         UnitAttr:$causal,
         OptionalAttr<I64Attr>:$window,
         DefaultValuedAttr<GQA_HeadMappingAttr,
                           "::mlir::gqa::HeadMapping::Contiguous">:$head_mapping,
         DefaultValuedAttr<GQA_AlignmentAttr,
                           "::mlir::gqa::Alignment::TopLeft">:$alignment));
  let results = (outs GQA_AttentionTensor:$result);

  let assemblyFormat = [{
    $query `,` $key `,` $value
    (`mask` `(` $mask^ `:` type($mask) `)`)?
    (`kv_lengths` `(` $kv_lengths^ `:` type($kv_lengths) `)`)?
    (`q_offset` `(` $q_offset^ `:` type($q_offset) `)`)?
  }] # packingFormat # [{
    (`causal` $causal^)?
    (`window` `=` $window^)?
    (`scale` `=` $scale^)?
    (`softcap` `=` $softcap^)?
    (`head_mapping` `=` $head_mapping^)?
    (`alignment` `=` $alignment^)?
    attr-dict `:` type($query) `,` type($key) `,` type($value) `->`
    type($result)
  }];

  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// AttentionOp
//===----------------------------------------------------------------------===//

def GQA_AttentionOp : GQA_AttentionLikeOp<"attention", (ins), ""> {
  let summary = "scaled dot-product attention with explicit query groups";
  let description = [{
    Computes softmax attention of `Hq` query heads over `Hkv` key/value
    heads, where each group of `G = Hq / Hkv` query heads shares one
    key/value head. Multi-head attention is `G = 1`, multi-query attention is
    `Hkv = 1`.

    Operands (all ranked tensors):
    - `query` `[B, Hq, Sq, D]`, `key` `[B, Hkv, Skv, D]`,
      `value` `[B, Hkv, Skv, Dv]`, all of one element type (`f32`, `f16` or
      `bf16`); the result is `[B, Hq, Sq, Dv]` of that element type.
      `B`, `Sq` and `Skv` may be dynamic, `Hq`, `Hkv`, `D` and `Dv` are
      static.
    - `mask` (optional): `i1` (true = may attend) or a float additive bias,
      broadcastable to `[B, Hq, Sq, Skv]` from its trailing dimensions.
    - `kv_lengths` (optional) `[B]` of `i32`/`i64`: keys `j >= kv_lengths[b]`
      are masked. Write `L_b` for `kv_lengths[b]` clamped to `[0, Skv]`, or
      `Skv` without it. (A compiled entry rejects `kv_lengths` and
      `q_offset` arguments outside `[0, Skv]` with status 3.)
    - `q_offset` (optional) `[B]` of `i32`/`i64`: the absolute position of
      query row 0 in the key sequence.

    Semantics, for query head `h`, its key/value head `kv(h)` (see
    `head_mapping`), query row `i` and key `j`:
    - the position of row `i` is `p = i + off_b` with `off_b = q_offset[b]`
      if given, else `0` (`alignment = top_left`, the default) or
      `L_b - Sq` (`alignment = bottom_right`);
    - `s = scale * dot(Q[b,h,i,:], K[b,kv(h),j,:])`, `scale` defaulting to
      `1/sqrt(D)`;
    - with `softcap = c`: `s = c * tanh(s / c)`, before mask and bias;
    - key `j` is allowed iff `j < L_b`, the boolean mask allows it, and
      `j <= p` when `causal` is set, and `j >= p - window` when `window` is
      set (so `window + 1` keys up to and including the row's own position);
    - a float mask is added to `s`; a bias of `-inf` masks the key;
    - `O[b,h,i,:] = sum over allowed j of softmax(s)[j] * V[b,kv(h),j,:]`,
      accumulated in f32; a row with no allowed key is zeros, never NaN.

    Example:

    ```mlir
    // Llama-3-8B decode step: 32 query heads over 8 KV heads (G = 4).
    %o = gqa.attention %q, %k, %v kv_lengths(%len : tensor<?xi32>)
        causal alignment = bottom_right
        : tensor<?x32x1x128xf16>, tensor<?x8x?x128xf16>, tensor<?x8x?x128xf16>
        -> tensor<?x32x1x128xf16>
    ```
  }];

  let builders = [
    /// Builds an attention op with no optional operands or attributes; the
    /// result type follows from the operands.
    OpBuilder<(ins "::mlir::Value":$query, "::mlir::Value":$key,
                   "::mlir::Value":$value)>
  ];

  let extraClassDeclaration = [{
    /// Query heads per unit: a gqa.attention has one.
    uint64_t getPacking() { return 1; }

    /// The query head that is member `member` (in `[0, G)`) of the group of
    /// key/value head `kvHead`. Members are numbered in increasing query-head
    /// order.
    int64_t getQueryHeadInGroup(int64_t kvHead, int64_t member);
    /// All `G` query heads that read key/value head `kvHead`, in increasing
    /// order.
    ::llvm::SmallVector<int64_t> getQueryHeadsOfKvHead(int64_t kvHead);
  }];
}


//===----------------------------------------------------------------------===//
// PackedAttentionOp
//===----------------------------------------------------------------------===//

def GQA_PackedAttentionOp : GQA_AttentionLikeOp<"packed_attention",
    (ins ConfinedAttr<I64Attr, [IntPositive]>:$packing),
    [{ `packing` `=` $packing }]> {
  let summary = "attention with the query heads of a group packed into rows";
  let description = [{
    `gqa.attention` after query-group packing (`gqa-pack-query-groups`): the
    `P = packing` query heads that share a key/value head are stacked along
    the row dimension, so that one row block of a tile holds rows of all of
    them and each key/value row is read once for all of them.

    `query` is `[B, U, P * Sq, D]` with `U = Hq / P` units; the result is
    `[B, U, P * Sq, Dv]`. Packed row `r` of unit `u` is row `i = r mod Sq` of
    member `m = r / Sq`, which is query head
    - `h = u * P + m` for `head_mapping = contiguous`,
    - `h = m * U + u` for `head_mapping = interleaved`,
    and unit `u` reads key/value head `kv(h)`, the same for all its members
    because `P` divides the group size `G = Hq / Hkv`. With `P = G` there is
    one unit per key/value head; `P = 1` is plain `gqa.attention`.

    Every other operand and attribute has the meaning it has on
    `gqa.attention`, in terms of the unpacked query head `h` and row `i`:
    the mask still broadcasts to `[B, Hq, Sq, Skv]`, and each packed row
    keeps its own position `p = i + off_b` for `causal` and `window`.

    Example (G = 4, Sq = 3):

    ```mlir
    %o = gqa.packed_attention %q, %k, %v packing = 4 causal
        : tensor<2x2x12x64xf32>, tensor<2x2x10x64xf32>, tensor<2x2x10x64xf32>
        -> tensor<2x2x12x64xf32>
    ```
  }];
}

#endif // GQA_DIALECT_GQA_IR_GQAOPS_TD
