//===- AttentionView.h - What the CPU and GPU tilings share ------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The parts of flash-attention tiling that do not depend on the target: a
// uniform view of `gqa.attention` and `gqa.packed_attention`, the head of a
// packed row, and the range of keys a row tile (and one of its KV splits)
// may attend. `CpuTiling.cpp` (CPU) and `GpuTiling.cpp` (GPU) build their loop
// nests on these, so that both read the same keys for the same rows.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_LIB_DIALECT_GQA_TRANSFORMS_ATTENTIONVIEW_H
#define GQA_LIB_DIALECT_GQA_TRANSFORMS_ATTENTIONVIEW_H

#include "gqa/Dialect/GQA/IR/GQAOps.h"
#include "gqa/Dialect/GQA/Transforms/Transforms.h"

#include "mlir/IR/ImplicitLocOpBuilder.h"

#include <optional>

namespace mlir::gqa {

/// A uniform view of `gqa.attention` (packing 1, one unit per query head)
/// and `gqa.packed_attention` (one unit per KV head, `packing = G` query
/// heads per unit, packed row `r` being row `r mod Sq` of member `r / Sq`).
/// Everything but the unit structure is read from the op through
/// `AttentionOpInterface`.
struct AttentionView {
  AttentionOpInterface op;
  /// Query heads per unit `P`, and the units `U`.
  int64_t packing = 1;
  int64_t numUnits = 0;
  /// Whether a `gqa.attention` is packed in place: units are its KV heads
  /// and `packing = G`, but the query and result keep their
  /// `[B, Hq, Sq, *]` layout, packed row `r` of unit `u` being row
  /// `r mod Sq` of query head `getQueryHeadOfMember(u, r / Sq)`.
  bool packedInPlace = false;

  Value query() const { return attention().getQuery(); }
  Value key() const { return attention().getKey(); }
  Value value() const { return attention().getValue(); }
  Value mask() const { return attention().getMask(); }
  Value kvLengths() const { return attention().getKvLengths(); }
  Value qOffset() const { return attention().getQOffset(); }
  int64_t numKvHeads() const { return attention().getNumKvHeads(); }
  int64_t groupSize() const { return attention().getGroupSize(); }
  int64_t headDim() const { return attention().getHeadDim(); }
  int64_t valueHeadDim() const { return attention().getValueHeadDim(); }
  double scale() const { return attention().getEffectiveScale(); }
  std::optional<double> softcap() const {
    if (std::optional<APFloat> cap = attention().getSoftcap())
      return cap->convertToDouble();
    return std::nullopt;
  }
  bool causal() const { return attention().getCausal(); }
  std::optional<int64_t> window() const {
    if (std::optional<uint64_t> window = attention().getWindow())
      return static_cast<int64_t>(*window);
    return std::nullopt;
  }
  HeadMapping mapping() const { return attention().getHeadMapping(); }
  Alignment alignment() const { return attention().getAlignment(); }
  RankedTensorType resultType() const { return attention().getResultType(); }
  Type elementType() const { return attention().getElementType(); }

private:
  /// The op as a handle whose (non-const) interface methods may be called.
  AttentionOpInterface attention() const { return op; }
};

/// The view of `op`, or nothing when it is not a gqa attention op.
std::optional<AttentionView> getAttentionView(Operation *op);

/// The view of `op` with a `gqa.attention` of group size above 1 packed in
/// place (see `AttentionView::packedInPlace`).
std::optional<AttentionView> getAttentionViewPackedInPlace(Operation *op);

/// The query head of member `member` of unit `unit`.
Value getQueryHeadOfMember(ImplicitLocOpBuilder &b, const AttentionView &view,
                           Value unit, Value member);

/// The key/value head that unit `unit` reads.
Value getKvHeadOfUnit(ImplicitLocOpBuilder &b, const AttentionView &view,
                      Value unit);

/// The keys the rows of one row tile may attend, and what they follow from.
struct TileKeyRange {
  /// `L_b`: `kv_lengths[b]` clamped to [0, Skv], or Skv.
  Value length;
  /// `off_b`: the position of query row 0.
  Value offset;
  /// The keys any row of the tile may attend: [lo, hi), lo <= hi.
  Value lo, hi;
};

/// The key range of the row tile of packed rows
/// [firstRow, firstRow + tileRows) (tileRows >= 1), for a query of
/// `queryLength` rows per head and `keyLength` keys. `givenLength` and
/// `givenOffset` are `kv_lengths[b]` and `q_offset[b]` as index values, or
/// null when the op has no such operand.
TileKeyRange getTileKeyRange(ImplicitLocOpBuilder &b, const AttentionView &view,
                             Value firstRow, Value tileRows, Value queryLength,
                             Value keyLength, Value givenLength,
                             Value givenOffset);

/// Split `split` of `numSplits` of the key range [lo, hi), cut at multiples
/// of `kvTile` keys from lo: [splitLo, splitHi).
std::pair<Value, Value> getSplitKeyRange(ImplicitLocOpBuilder &b, Value lo,
                                         Value hi, Value split,
                                         int64_t numSplits, int64_t kvTile);

//===----------------------------------------------------------------------===//
// Masks and the online softmax, on scalars or vectors
//===----------------------------------------------------------------------===//
//
// The CPU tiling computes these on vectors of a KV block's keys, the GPU
// schedule on one key per thread; both build them here so that both mask
// and normalize the same way.

/// Reads the mask of score (batch, head, row, key) from `mask`, the op's
/// mask as a tensor or a buffer (a boolean mask as `i1` or `i8`): one
/// element, or with `width` > 0 the `width` keys from `key` as a vector
/// (keys past the mask's end read as zeros; a mask with one key broadcast).
/// Mask dimensions align with `[B, Hq, Sq, Skv]` from the right, and size-1
/// dimensions broadcast. Returns (allowed, bias): `allowed` for a boolean
/// mask, `bias` (f32) for an additive one, the other null.
std::pair<Value, Value> readMask(ImplicitLocOpBuilder &b, Value mask,
                                 Value batch, Value head, Value row,
                                 Value key, int64_t width = 0);

/// `scores` (f32, a scalar or a vector) soft-capped,
/// `softcap * tanh(scores / softcap)`, or as they are without a softcap.
Value applySoftcap(ImplicitLocOpBuilder &b, const AttentionView &view,
                   Value scores);

/// `inRange` (the keys at `keyPositions` that the work item reads) narrowed
/// to the keys the query row at `rowPosition` may attend: causal, keys at
/// or before the row; windowed, keys at most `window` before it.
/// `keyPositions` and `rowPosition` are integers of one type (a scalar, or
/// a vector of keys with the row's position splat); `rowPosition` may be
/// null when the op is neither causal nor windowed.
Value getAllowedKeys(ImplicitLocOpBuilder &b, const AttentionView &view,
                     Value inRange, Value keyPositions, Value rowPosition);

/// Whether `max` (a scalar or a vector) is -inf, every key so far masked,
/// and `max` with those elements replaced by 0: scores subtract it so that
/// exp gives 0, not NaN.
std::pair<Value, Value> getFiniteMax(ImplicitLocOpBuilder &b, Value max);

/// One step of a row's running max in the online softmax.
struct RunningMax {
  /// `maxnumf(oldMax, blockMax)`.
  Value max;
  /// `max`, or 0 while every key so far is masked (see `getFiniteMax`).
  Value finiteMax;
  /// `exp(oldMax - finiteMax)`: the factor of the old sum and accumulator.
  Value rescale;
};
RunningMax updateRunningMax(ImplicitLocOpBuilder &b, Value oldMax,
                            Value blockMax);

/// The normalization of a row whose softmax sum is `sum` (f32).
struct RowNormalization {
  /// `sum > 0`: the row attended at least one key.
  Value nonEmpty;
  /// `1 / sum`, or 0 for an empty row.
  Value inverse;
};
RowNormalization normalizeRow(ImplicitLocOpBuilder &b, Value sum);

/// The log-sum-exp `max + log(sum)` of a row, or -inf for an empty one.
Value getLogSumExp(ImplicitLocOpBuilder &b, const RowNormalization &row,
                   Value max, Value sum);

/// Tiles every `gqa.attention` and `gqa.packed_attention` under `root` in
/// one walk: `choose` picks the sizes of an op (or fails with the reason),
/// and `tile` replaces the op. A failure is reported at the op, prefixed with
/// `passName`, and stops the walk. An op with no output element (a static
/// zero B or Sq) becomes a `tensor.empty`.
LogicalResult tileEachAttentionOp(
    Operation *root, StringRef passName,
    function_ref<FailureOr<AttentionTileSizes>(Operation *, std::string &)>
        choose,
    function_ref<LogicalResult(RewriterBase &, Operation *,
                               const AttentionTileSizes &)>
        tile);

} // namespace mlir::gqa

#endif // GQA_LIB_DIALECT_GQA_TRANSFORMS_ATTENTIONVIEW_H
