//===- GQAInterfaces.td - GQA dialect interfaces -----------*- tablegen -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_GQA_IR_GQAINTERFACES_TD
#define GQA_DIALECT_GQA_IR_GQAINTERFACES_TD

include "mlir/IR/OpBase.td"

def GQA_AttentionOpInterface : OpInterface<"AttentionOpInterface"> {
  let cppNamespace = "::mlir::gqa";
  let description = [{
    The query-group structure of `gqa.attention` and `gqa.packed_attention`,
    derived in one place. An op of this interface computes attention of
    `Hq = U * P` query heads, stacked `P = packing` to a unit along the rows
    of its `[B, U, P * Sq, D]` query, over `Hkv` key/value heads;
    `gqa.attention` is `P = 1`. The maps from unit and member to query head
    and from query head to key/value head are affine maps
    (`getQueryHeadMap`, `getKvHeadMap`), so that passes evaluate, compose or
    index with them rather than spell the formula again.
  }];

  let methods = [
    InterfaceMethod<"The query `[B, U, P * Sq, D]`.", "::mlir::Value",
                    "getQuery">,
    InterfaceMethod<"The keys `[B, Hkv, Skv, D]`.", "::mlir::Value",
                    "getKey">,
    InterfaceMethod<"The values `[B, Hkv, Skv, Dv]`.", "::mlir::Value",
                    "getValue">,
    InterfaceMethod<"The optional boolean mask or additive bias.",
                    "::mlir::Value", "getMask">,
    InterfaceMethod<"The optional per-batch key counts.", "::mlir::Value",
                    "getKvLengths">,
    InterfaceMethod<"The optional per-batch position of query row 0.",
                    "::mlir::Value", "getQOffset">,
    InterfaceMethod<"The result `[B, U, P * Sq, Dv]`.", "::mlir::Value",
                    "getResult">,
    InterfaceMethod<"Query heads per unit: `P` (1 for gqa.attention).",
                    "uint64_t", "getPacking">,
    InterfaceMethod<"The `scale` attribute, if set.",
                    "::std::optional<::llvm::APFloat>", "getScale">,
    InterfaceMethod<"The `softcap` attribute, if set.",
                    "::std::optional<::llvm::APFloat>", "getSoftcap">,
    InterfaceMethod<"Whether keys after a row's position are masked.", "bool",
                    "getCausal">,
    InterfaceMethod<"The `window` attribute, if set.",
                    "::std::optional<uint64_t>", "getWindow">,
    InterfaceMethod<"Which key/value head a query head reads.",
                    "::mlir::gqa::HeadMapping", "getHeadMapping">,
    InterfaceMethod<"Where query row 0 sits without `q_offset`.",
                    "::mlir::gqa::Alignment", "getAlignment">,
  ];

  let extraSharedClassDeclaration = [{
    /// Shapes of the operands and result.
    ::mlir::RankedTensorType getQueryType() {
      return ::llvm::cast<::mlir::RankedTensorType>(
          $_op.getQuery().getType());
    }
    ::mlir::RankedTensorType getKeyType() {
      return ::llvm::cast<::mlir::RankedTensorType>($_op.getKey().getType());
    }
    ::mlir::RankedTensorType getValueType() {
      return ::llvm::cast<::mlir::RankedTensorType>(
          $_op.getValue().getType());
    }
    ::mlir::RankedTensorType getResultType() {
      return ::llvm::cast<::mlir::RankedTensorType>(
          $_op.getResult().getType());
    }
    /// The element type of query, key, value and result.
    ::mlir::Type getElementType() { return getQueryType().getElementType(); }

    /// Units `U` (dim 1 of the query): query heads of gqa.attention.
    int64_t getNumUnits() { return getQueryType().getDimSize(1); }
    /// Query heads `Hq = U * P` (static).
    int64_t getNumQueryHeads() {
      return getNumUnits() * static_cast<int64_t>($_op.getPacking());
    }
    /// Key/value heads `Hkv` (static).
    int64_t getNumKvHeads() { return getKeyType().getDimSize(1); }
    /// Group size `G = Hq / Hkv`: how many query heads share one KV head.
    int64_t getGroupSize() { return getNumQueryHeads() / getNumKvHeads(); }
    /// Query/key head dimension `D` (static).
    int64_t getHeadDim() { return getQueryType().getDimSize(3); }
    /// Value head dimension `Dv` (static).
    int64_t getValueHeadDim() { return getValueType().getDimSize(3); }
    /// True for multi-head attention (`G = 1`).
    bool isMultiHead() { return getGroupSize() == 1; }
    /// True for multi-query attention (`Hkv = 1`, `Hq > 1`).
    bool isMultiQuery() {
      return getNumKvHeads() == 1 && getNumQueryHeads() > 1;
    }

    /// The scale applied to `Q K^T`: the `scale` attribute or `1/sqrt(D)`.
    double getEffectiveScale() {
      if (::std::optional<::llvm::APFloat> scale = $_op.getScale())
        return scale->convertToDouble();
      return 1.0 / ::std::sqrt(static_cast<double>(getHeadDim()));
    }
    /// The optional mask is boolean (`i1`), as opposed to an additive bias.
    bool hasBooleanMask() {
      ::mlir::Value mask = $_op.getMask();
      return mask && ::llvm::cast<::mlir::ShapedType>(mask.getType())
                         .getElementType()
                         .isInteger(1);
    }
    /// The optional mask is an additive float bias.
    bool hasBiasMask() { return $_op.getMask() && !hasBooleanMask(); }

    /// `(h) -> (kv(h))`: the key/value head query head `h` reads.
    ::mlir::AffineMap getKvHeadMap() {
      return ::mlir::gqa::getKvHeadMap($_op.getContext(),
                                       $_op.getHeadMapping(), getGroupSize(),
                                       getNumKvHeads());
    }
    /// `(u, m) -> (h)`: the query head of member `m` of unit `u`.
    ::mlir::AffineMap getQueryHeadMap() {
      return ::mlir::gqa::getQueryHeadMap(
          $_op.getContext(), $_op.getHeadMapping(), getNumUnits(),
          static_cast<int64_t>($_op.getPacking()));
    }
    /// The key/value head read by query head `queryHead`.
    int64_t getKvHeadForQueryHead(int64_t queryHead) {
      assert(queryHead >= 0 && queryHead < getNumQueryHeads() &&
             "query head out of range");
      return getKvHeadMap().compose(::llvm::ArrayRef<int64_t>{queryHead})
          .front();
    }
    /// The query head of member `member` (in `[0, P)`) of unit `unit`.
    int64_t getQueryHeadOfMember(int64_t unit, int64_t member) {
      assert(unit >= 0 && unit < getNumUnits() && "unit out of range");
      assert(member >= 0 && member < static_cast<int64_t>($_op.getPacking()) &&
             "member out of range");
      return getQueryHeadMap()
          .compose(::llvm::ArrayRef<int64_t>{unit, member})
          .front();
    }
    /// The key/value head read by every row of unit `unit`.
    int64_t getKvHeadOfUnit(int64_t unit) {
      return getKvHeadForQueryHead(getQueryHeadOfMember(unit, /*member=*/0));
    }
  }];
}

#endif // GQA_DIALECT_GQA_IR_GQAINTERFACES_TD
