//===- ONNXAttention.h - Import ONNX Attention onto gqa.attention -*- C++
//-*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Maps one ONNX `Attention` node (opsets 23-25) onto a `func.func` whose body
// does the layout work with tensor/linalg ops and the attention itself with a
// single `gqa.attention`.
//
// The mapping, input by input and attribute by attribute:
//
//   ONNX                          gqa.attention / function body
//   ----------------------------  -----------------------------------------
//   Q/K/V [B, S, H*D] (3-D)       tensor.expand_shape to [B, S, H, D], then
//                                 linalg.transpose to [B, H, S, D]
//   Q/K/V [B, H, S, D] (4-D)      passed as they are
//   past_key / past_value         inserted in front of K / V along the
//                                 sequence axis (tensor.insert_slice); the
//                                 concatenations are the `present_key` /
//                                 `present_value` results
//   attn_mask (bool or float)     `mask`; a last dimension shorter than the
//                                 total KV length is padded with false / -inf
//   nonpad_kv_seqlen              `kv_lengths`; causal/window offsets use
//                                 `alignment = bottom_right`
//                                 (offset = nonpad[b] - Sq)
//   is_causal with past P         offset P: `alignment = bottom_right` when
//                                 that is the same (new KV length == Sq),
//                                 otherwise a constant `q_offset` of P
//   left_window_size W (>= 0)     `window = W` (offset as for causal, also
//                                 when is_causal = 0); -1 or absent: none
//   scale                         `scale` (absent: 1/sqrt(D), the op default)
//   softcap (> 0)                 `softcap` (0 or absent: none)
//   semantics.head_mapping        `head_mapping`
//   Y (3-D)                       linalg.transpose to [B, Sq, Hq, Dv], then
//                                 tensor.collapse_shape to [B, Sq, Hq*Dv]
//
// Rejected with an error naming the problem: `right_window_size` other than
// -1, `softcap_order = after_mask` together with a softcap and any masking
// (the op applies the softcap before the mask), `qk_matmul_output_mode` other
// than 0, `softmax_precision` other than 1 (float), unknown attributes or
// inputs, and any inconsistent shape or element type.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_IMPORT_ONNXATTENTION_H
#define GQA_IMPORT_ONNXATTENTION_H

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>

namespace mlir::gqa::onnx {

//===----------------------------------------------------------------------===//
// Element types
//===----------------------------------------------------------------------===//

/// The element types an ONNX `Attention` case uses, with their spelling in
/// `case.json`.
enum class DType {
  F32,  ///< `f32`: IEEE single precision.
  F16,  ///< `f16`: IEEE half precision.
  BF16, ///< `bf16`: bfloat16.
  I1,   ///< `i1`: boolean, one byte per element (0 or 1).
  I32,  ///< `i32`: 32-bit signed integer.
  I64,  ///< `i64`: 64-bit signed integer.
};

/// Parses the `case.json` spelling of an element type (`f32`, `f16`, `bf16`,
/// `i1`, `i32`, `i64`); std::nullopt for anything else.
std::optional<DType> parseDType(llvm::StringRef spelling);

/// The `case.json` spelling of `dtype`.
llvm::StringRef stringifyDType(DType dtype);

/// Bytes one element of `dtype` takes in a raw tensor file and in memory.
int64_t getDTypeSize(DType dtype);

/// True for `f32`, `f16` and `bf16`.
bool isFloatDType(DType dtype);

/// The MLIR element type of `dtype` (`i1` for booleans).
Type getDTypeElementType(MLIRContext *context, DType dtype);

//===----------------------------------------------------------------------===//
// Node description
//===----------------------------------------------------------------------===//

/// Name, shape and element type of one input or output of the node.
struct TensorInfo {
  std::string name;
  llvm::SmallVector<int64_t> shape;
  DType dtype = DType::F32;

  /// Number of elements (the product of the shape).
  int64_t getNumElements() const;
};

/// Which order ONNX applied the softcap and the mask/bias in.
enum class SoftcapOrder {
  BeforeMask, ///< `softcap(s) + bias` (ONNX >= 1.19.1, and gqa.attention).
  AfterMask,  ///< `softcap(s + bias)` (ONNX 1.19.0).
};

/// The attributes of the node; an absent attribute has its ONNX default.
struct AttentionAttributes {
  std::optional<int64_t> isCausal;
  std::optional<double> scale;
  std::optional<double> softcap;
  std::optional<int64_t> qNumHeads;
  std::optional<int64_t> kvNumHeads;
  std::optional<int64_t> leftWindowSize;
  std::optional<int64_t> rightWindowSize;
  std::optional<int64_t> qkMatmulOutputMode;
  std::optional<int64_t> softmaxPrecision;
  /// Names of attributes this importer does not know; importing fails when
  /// this is not empty.
  llvm::SmallVector<std::string> unknown;
};

/// Everything the importer needs to know about one ONNX `Attention` node.
struct AttentionNode {
  AttentionAttributes attributes;
  /// Which KV head a query head reads (the case's `semantics.head_mapping`).
  HeadMapping headMapping = HeadMapping::Contiguous;
  /// The case's `semantics.softcap_order`.
  SoftcapOrder softcapOrder = SoftcapOrder::BeforeMask;
  /// The present inputs, in the order they become function arguments. Names
  /// are ONNX input names: `Q`, `K`, `V`, `attn_mask`, `past_key`,
  /// `past_value`, `nonpad_kv_seqlen`.
  llvm::SmallVector<TensorInfo> inputs;
};

/// The function built for a node.
struct ImportedAttention {
  func::FuncOp func;
  /// ONNX name, shape and element type of each function argument, in order
  /// (the node's inputs).
  llvm::SmallVector<TensorInfo> arguments;
  /// ONNX name, shape and element type of each function result, in order:
  /// `Y`, then `present_key` and `present_value` when a past cache is given.
  llvm::SmallVector<TensorInfo> results;
};

//===----------------------------------------------------------------------===//
// Import
//===----------------------------------------------------------------------===//

/// Registers the dialects the imported functions use (func, arith, tensor,
/// linalg, gqa).
void registerImportDialects(DialectRegistry &registry);

/// Builds a public function named `funcName` at the end of `module` that
/// computes `node` (see the file comment for the mapping). The function
/// carries `llvm.emit_c_interface`. On failure nothing is left in `module`
/// and the error names the input or attribute at fault. The dialects of
/// registerImportDialects must be loadable in the module's context.
llvm::Expected<ImportedAttention> importAttention(ModuleOp module,
                                                  const AttentionNode &node,
                                                  llvm::StringRef funcName);

} // namespace mlir::gqa::onnx

#endif // GQA_IMPORT_ONNXATTENTION_H
