//===- GQADialect.td - GQA dialect definition --------------*- tablegen -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_GQA_IR_GQADIALECT_TD
#define GQA_DIALECT_GQA_IR_GQADIALECT_TD

include "mlir/IR/OpBase.td"

def GQA_Dialect : Dialect {
  let name = "gqa";
  let cppNamespace = "::mlir::gqa";
  let summary = "Attention with explicit query-group structure";
  let description = [{
    The `gqa` dialect represents scaled dot-product attention with the
    query-group structure explicit. Multi-head attention (MHA), multi-query
    attention (MQA) and grouped-query attention (GQA) are the same op,
    `gqa.attention`, with different numbers of key/value heads: the group size
    `G = Hq / Hkv` follows from the static head counts in the operand types,
    is verified, and is exposed through accessors so that rewrites which load
    each key/value head once per group of `G` query heads never re-derive it.

    See `docs/GQA/Rationale.md` for why the group is explicit and how the
    conventions of PyTorch, Hugging Face, ONNX and FlashAttention map onto
    the op's attributes.
  }];
}

#endif // GQA_DIALECT_GQA_IR_GQADIALECT_TD
