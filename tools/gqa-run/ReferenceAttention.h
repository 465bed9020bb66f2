//===- ReferenceAttention.h - Independent attention reference ---*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// A double-precision implementation of `gqa.attention` written directly from
// the semantics in GQAOps.td, used by `gqa-run --random` as the oracle. It
// deliberately shares no code with the dialect, the lowering or the ONNX
// importer: it takes plain arrays and plain parameters.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_RUN_REFERENCEATTENTION_H
#define GQA_TOOLS_GQA_RUN_REFERENCEATTENTION_H

#include <cstdint>
#include <optional>
#include <vector>

namespace mlir::gqa::run {

/// One attention problem, every tensor dense and row-major.
struct ReferenceProblem {
  int64_t batch = 1;
  int64_t numQueryHeads = 1;
  int64_t numKvHeads = 1;
  int64_t queryLength = 1;
  int64_t kvLength = 1;
  int64_t headDim = 1;
  int64_t valueHeadDim = 1;

  /// [batch, numQueryHeads, queryLength, headDim].
  std::vector<double> query;
  /// [batch, numKvHeads, kvLength, headDim].
  std::vector<double> key;
  /// [batch, numKvHeads, kvLength, valueHeadDim].
  std::vector<double> value;

  /// What the mask holds.
  enum class MaskKind { None, Boolean, Bias };
  MaskKind maskKind = MaskKind::None;
  /// The mask's own shape (rank 1 to 4), broadcast to
  /// [batch, numQueryHeads, queryLength, kvLength] from its trailing
  /// dimensions; a dimension of size 1 is broadcast.
  std::vector<int64_t> maskShape;
  /// Boolean masks: nonzero means "may attend". Bias masks: added to the
  /// score, -inf masks the key.
  std::vector<double> mask;

  /// Keys j >= kvLengths[b] are masked.
  std::optional<std::vector<int64_t>> kvLengths;
  /// The position of query row 0 of batch b.
  std::optional<std::vector<int64_t>> queryOffset;

  /// The scale applied to Q K^T (already resolved: no default here).
  double scale = 1.0;
  std::optional<double> softcap;
  bool causal = false;
  std::optional<int64_t> window;
  /// Query head h reads KV head h % numKvHeads (else h / group size).
  bool interleaved = false;
  /// Without queryOffset, row 0 sits at L_b - queryLength (else at 0).
  bool bottomRight = false;
};

/// Computes the output [batch, numQueryHeads, queryLength, valueHeadDim].
std::vector<double> computeReferenceAttention(const ReferenceProblem &problem);

} // namespace mlir::gqa::run

#endif // GQA_TOOLS_GQA_RUN_REFERENCEATTENTION_H
