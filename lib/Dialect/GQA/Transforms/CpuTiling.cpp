//===- CpuTiling.cpp - Flash-attention tiling for CPUs --------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The loop nest built here, for a (packed) query Q [B, U, R, D] where unit u
// reads key/value head kv(u) and packed row r is row (r mod Sq) of one of the
// unit's query heads:
//
//   scf.forall (b, u, rowTile, split) in (B, U, ceil(R / Br), S) {
//     q[0..Br)          = scale * Q[b, u, rowTile * Br + (0..Br), :]
//     [lo, hi)          = keys any row of the tile may attend
//                         (kv_lengths, causal, window)
//     [klo, khi)        = this split's part of [lo, hi), in blocks of Bc
//     m = -inf, l = 0, acc = 0                       (per row)
//     scf.for kb = klo to khi step Bc {
//       s[r]   = q[r] . K[b, kv(u), kb + (0..Bc), :]  (vector<Bc>)
//       s[r]   = softcap, bias, masks (-inf where not allowed)
//       m'     = max(m, max(s[r]));  p = exp(s[r] - m')
//       l      = l * exp(m - m') + sum(p)
//       acc    = acc * exp(m - m') + sum_j p[j] * V[b, kv(u), kb + j, :]
//     }
//     S == 1: O = l > 0 ? acc / l : 0
//     S  > 1: partial O and log-sum-exp m + log(l), merged by a second
//             scf.forall weighting each split by exp(lse - max lse).
//   }
//
// Everything inside a work item works on 1-D vectors over D, Dv and Bc;
// vector.transfer_read/write with out-of-bounds rows handle the tails.
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/Transforms/Transforms.h"

#include "AttentionView.h"

#include "gqa/Support/Buffers.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MathExtras.h"

#include <limits>
#include <numeric>

using namespace mlir;
using namespace mlir::gqa;

//===----------------------------------------------------------------------===//
// Cost model
//===----------------------------------------------------------------------===//

/// Whether the transposed key layout can serve `view` with vectors of
/// `lanes` f32 lanes: its P*V walks Dv in whole vectors.
static bool supportsTransposedKeys(const AttentionView &view, int64_t lanes) {
  return view.valueHeadDim() % lanes == 0;
}

FailureOr<AttentionTileSizes>
mlir::gqa::chooseCpuTileSizes(Operation *op, const CpuTargetInfo &target,
                              const AttentionTileSizes &overrides,
                              std::string &error) {
  std::optional<AttentionView> view = getAttentionView(op);
  assert(view && "expected a gqa attention op");
  AttentionTileSizes sizes = overrides;
  auto queryType = cast<RankedTensorType>(view->query().getType());
  auto keyType = cast<RankedTensorType>(view->key().getType());
  // Bytes of one key row, as the KV loop streams them.
  int64_t rowBytes =
      view->headDim() * keyType.getElementType().getIntOrFloatBitWidth() / 8;

  if (sizes.vectorLanes == 0)
    sizes.vectorLanes = std::max<int64_t>(llvm::PowerOf2Ceil(target.vectorBits / 32), 4);

  // Rows: keep the tile's queries and accumulators (f32) within half of L1,
  // and at most 16 rows (the block is unrolled over rows). A packed decode
  // group (G * Sq rows) fits in one tile, so K/V is read once for it.
  if (sizes.rowTile == 0) {
    int64_t bytesPerRow = (view->headDim() + view->valueHeadDim()) * 4;
    int64_t rows = std::clamp<int64_t>(target.l1Bytes / 2 / bytesPerRow, 1, 16);
    int64_t packedRows = queryType.getDimSize(2);
    // At least one row, also where there are none (Sq = 0): the tile
    // loops then run zero times.
    if (!ShapedType::isDynamic(packedRows))
      rows = std::min(rows, std::max<int64_t>(packedRows, 1));
    sizes.rowTile = rows;
  }

  // Keys per block: one f32 register of scores per row, or more while the
  // block's key rows fill less than a sixth of L1 and the rows' scores take
  // at most a quarter of the vector registers (32 with AVX-512, else 16).
  // The block's softmax bookkeeping (reductions, the rescale) is then
  // spread over more keys: f16 and bf16 decode on the Intel Xeon read at
  // 0.48 of the probe with 16 keys and 0.58 with 32; f32 was unchanged.
  if (sizes.kvTile == 0) {
    int64_t registers = target.vectorBits >= 512 ? 32 : 16;
    int64_t byCache = target.l1Bytes / 6 / (sizes.vectorLanes * rowBytes);
    int64_t byRegisters = registers / 4 / sizes.rowTile;
    int64_t multiple = std::max<int64_t>(1, std::min(byCache, byRegisters));
    sizes.kvTile =
        sizes.vectorLanes * llvm::bit_floor(static_cast<uint64_t>(multiple));
  }

  // Split the KV sequence (flash-decoding) when batch x units x row tiles
  // give fewer than 4 work items per thread (too few to feed every thread,
  // or to balance them: 5 items on 2 threads leave one idle a fifth of the
  // time), keeping at least 8 KV blocks per split.
  if (sizes.kvSplits == 0) {
    int64_t batch = queryType.getDimSize(0);
    int64_t packedRows = queryType.getDimSize(2);
    int64_t items = (ShapedType::isDynamic(batch) ? 1 : batch) *
                    view->numUnits *
                    (ShapedType::isDynamic(packedRows)
                         ? 1
                         : llvm::divideCeil(packedRows, sizes.rowTile));
    // An empty problem (B = 0 or Sq = 0) has no item to split.
    int64_t splits = 1;
    if (items > 0 && items < 4 * target.numThreads)
      splits = llvm::divideCeil(4 * target.numThreads, items);
    int64_t keys = keyType.getDimSize(2);
    if (!ShapedType::isDynamic(keys))
      splits = std::min<int64_t>(
          splits, std::max<int64_t>(1, keys / (8 * sizes.kvTile)));
    sizes.kvSplits = splits;
  }

  // Transpose the keys when at least 16 row tiles of 8 or more rows share
  // them: the transposition (a pass over K and a copy of the query before
  // the tiles) then costs little next to the tiles, which each save the
  // shuffle trees of their scores. Decode, even multi-query decode with its
  // G rows, keeps the key rows.
  if (sizes.keyLayout == KeyLayout::Auto) {
    int64_t packedRows = queryType.getDimSize(2);
    bool manyRows = !ShapedType::isDynamic(packedRows) &&
                    sizes.rowTile >= 8 && packedRows >= 16 * sizes.rowTile &&
                    supportsTransposedKeys(*view, sizes.vectorLanes);
    sizes.keyLayout = manyRows ? KeyLayout::Transposed : KeyLayout::Rows;
  }
  // Key rows stream from memory one KV block after another; the hardware
  // prefetchers alone keep too few of their lines in flight (decode reached
  // 0.53 of the read probe on the Intel Xeon, 0.70 with this). Prefetch the
  // rows that fill a sixth of L1 per stream (K and V) ahead: 8 KiB on a
  // 48 KiB L1, the best of 2, 4, 8, 12 and 24 KiB measured there.
  if (sizes.prefetchKeys < 0) {
    sizes.prefetchKeys =
        llvm::alignTo(std::max<int64_t>(1, target.l1Bytes / 6 / rowBytes),
                      sizes.kvTile);
  }
  if (sizes.rowTile > kMaxCpuRowTile || sizes.kvTile > kMaxCpuKvTile ||
      sizes.rowTile * sizes.kvTile > kMaxCpuTileElements) {
    error = llvm::formatv("a tile of {0} rows x {1} keys exceeds the unrolled "
                          "KV block's bounds: at most {2} rows, {3} keys and "
                          "{4} rows x keys",
                          sizes.rowTile, sizes.kvTile, kMaxCpuRowTile,
                          kMaxCpuKvTile, kMaxCpuTileElements)
                .str();
    return failure();
  }
  if (sizes.keyLayout == KeyLayout::Transposed &&
      !supportsTransposedKeys(*view, sizes.vectorLanes)) {
    error = llvm::formatv("key-layout=transposed needs Dv ({0}) to be a "
                          "multiple of the vector lanes ({1})",
                          view->valueHeadDim(), sizes.vectorLanes)
                .str();
    return failure();
  }
  return sizes;
}

//===----------------------------------------------------------------------===//
// Loop nest
//===----------------------------------------------------------------------===//

namespace {
/// Sums the lanes of each key's partial dot product (one `lanes`-wide
/// vector per key) into one vector of scores, key after key: a tree of
/// shuffles and adds instead of one horizontal reduction per key, combined
/// as soon as two subtrees of the same size exist, so that only a
/// logarithmic number of partial sums is live while the keys stream by.
class ScoreTree {
public:
  ScoreTree(ImplicitLocOpBuilder &b, int64_t lanes) : b(b), lanes(lanes) {}

  /// Adds the partial of the next key.
  void push(Value partial) {
    stack.push_back(Entry{partial, 1, lanes});
    while (stack.size() >= 2 && stack.back().block > 1 &&
           stack.back().keys == stack[stack.size() - 2].keys &&
           stack.back().block == stack[stack.size() - 2].block) {
      Entry y = stack.pop_back_val();
      Entry x = stack.pop_back_val();
      stack.push_back(combine(x, &y));
    }
  }

  /// The scores of every key pushed, in order.
  Value finish() {
    // Finish every entry down to one lane per key, then concatenate.
    Value scores;
    int64_t length = 0;
    for (Entry entry : stack) {
      while (entry.block > 1)
        entry = combine(entry, nullptr);
      if (!scores) {
        scores = entry.vector;
        length = entry.keys;
        continue;
      }
      SmallVector<int64_t> concat;
      for (int64_t i = 0; i < length + entry.keys; ++i)
        concat.push_back(i);
      scores = vector::ShuffleOp::create(b, scores, entry.vector, concat);
      length += entry.keys;
    }
    return scores;
  }

private:
  // Each entry holds `keys` keys of `block` lanes each, key after key; the
  // lanes of a key still have to be summed.
  struct Entry {
    Value vector;
    int64_t keys;
    int64_t block;
  };

  // Halves the lanes of every key: [x's keys..., y's keys...], block / 2.
  Entry combine(const Entry &x, const Entry *y) {
    int64_t half = x.block / 2;
    int64_t xLength = x.keys * x.block;
    SmallVector<int64_t> low, high;
    auto addKeys = [&](int64_t keys, int64_t base) {
      for (int64_t key = 0; key < keys; ++key)
        for (int64_t lane = 0; lane < half; ++lane) {
          low.push_back(base + key * x.block + lane);
          high.push_back(base + key * x.block + half + lane);
        }
    };
    addKeys(x.keys, 0);
    if (y)
      addKeys(y->keys, xLength);
    Value other = y ? y->vector : x.vector;
    Value sum = arith::AddFOp::create(
        b, vector::ShuffleOp::create(b, x.vector, other, low),
        vector::ShuffleOp::create(b, x.vector, other, high));
    return Entry{sum, x.keys + (y ? y->keys : 0), half};
  }

  ImplicitLocOpBuilder &b;
  int64_t lanes;
  SmallVector<Entry> stack;
};
} // namespace

/// Elements of D per iteration of the transposed-key scores loop: enough
/// independent work per iteration, little enough code.
static constexpr int64_t kScoreUnroll = 8;

namespace {
/// Builds the loop nest of one attention op, phase by phase: the operands
/// (sizes, the mask as i8, the transposed keys) and the outputs; per work
/// item its rows and queries, the KV loop (the scores in either key layout,
/// the masks and the online-softmax update, P*V), the normalization and the
/// write; and the combine of the KV splits.
class CpuAttentionBuilder {
public:
  CpuAttentionBuilder(ImplicitLocOpBuilder &b, const AttentionView &view,
                      const AttentionTileSizes &sizes, int64_t lanes)
      : b(b), view(view), rowTile(sizes.rowTile), kvTile(sizes.kvTile),
        numSplits(sizes.kvSplits), lanes(lanes),
        prefetchKeys(sizes.prefetchKeys),
        transposedKeys(sizes.keyLayout == KeyLayout::Transposed),
        bufferedAccumulators(view.valueHeadDim() % lanes == 0),
        f32(b.getF32Type()), i64(b.getI64Type()) {}

  /// Builds everything; returns the main scf.forall and the final result.
  std::pair<scf::ForallOp, Value> build();

private:
  /// What one work item (batch, unit, row tile, KV split) works on.
  struct WorkItem {
    Value batch, unit, split;
    /// The tile's first packed row and its number of rows (at most rowTile).
    Value firstRow, tileRows;
    /// The key/value head of the unit.
    Value kvHead;
    /// The keys of this split: [splitLo, splitHi).
    Value splitLo, splitHi;
    /// Per row of the tile (rows past the end repeat the last row; they are
    /// never written): its query head, its row within the head and its
    /// position among the keys.
    SmallVector<Value> heads, rows, positions;
    /// Key rows layout: the rows' queries, scaled, as f32 chunks of D.
    SmallVector<SmallVector<Value>> queries;
    /// Transposed keys: the tile's rows of the f32 queries, copied into a
    /// [rowTile, D] tensor of their own, so that every row is at a constant
    /// offset from one base address.
    Value queryTile;
  };

  /// The online softmax of one KV block, per row of the tile.
  struct BlockSoftmax {
    SmallVector<Value> maxes, sums, probabilities, rescales;
  };

  Value index(int64_t value) {
    return arith::ConstantIndexOp::create(b, value);
  }
  Value f32Const(double value) {
    return arith::ConstantOp::create(b, b.getF32FloatAttr(value));
  }
  Value negInf() {
    return f32Const(-std::numeric_limits<double>::infinity());
  }
  VectorType vec(int64_t size, Type type) {
    return VectorType::get({size}, type);
  }
  Value splat(Value scalar, int64_t size) {
    return vector::BroadcastOp::create(b, vec(size, scalar.getType()),
                                       scalar);
  }
  Value toF32(Value value) {
    auto type = cast<VectorType>(value.getType());
    if (type.getElementType().isF32())
      return value;
    return arith::ExtFOp::create(b, vec(type.getNumElements(), f32), value);
  }
  Value toIndex(Value integer) {
    return arith::IndexCastOp::create(b, b.getIndexType(), integer);
  }
  Value ceilDiv(Value lhs, Value rhs) {
    return arith::CeilDivSIOp::create(b, lhs, rhs);
  }
  Value min(Value lhs, Value rhs) { return arith::MinSIOp::create(b, lhs, rhs); }

  /// Widths of the register-sized chunks a head dimension of `size` is
  /// split into: `lanes` each, the last one possibly narrower.
  SmallVector<int64_t> chunkWidths(int64_t size) const;
  /// Reads `source[batch, head, row, :]` (`row` in bounds) as f32 chunks.
  SmallVector<Value> readRowChunks(Value source, Value batch, Value head,
                                   Value row, int64_t size);
  /// Converts a boolean mask to i8 so that it can be read as vectors.
  Value maskAsI8(Value mask);
  /// A zero tensor of `paddedSizes` whose leading `sizes` part is replaced
  /// by `write(that part)`.
  Value writePadded(ArrayRef<OpFoldResult> paddedSizes,
                    ArrayRef<OpFoldResult> sizes, Type elementType,
                    function_ref<Value(Value)> write);
  /// The keys as panels [B, Hkv, blocks, D, kvTile]: each KV block's keys
  /// transposed into one contiguous D x kvTile panel, zero past the keys.
  Value transposeKeys(Value keyLength);
  /// The query as f32 [B, units, packed rows rounded up to whole row tiles,
  /// D], zero-padded, so that every row of a tile is at a constant offset
  /// from the tile's first and its elements are broadcast straight from
  /// memory.
  Value queriesAsF32();
  /// The work item's rows of `queriesF32` as a [rowTile, D] tensor.
  Value copyQueryTile(const WorkItem &item);

  //===--------------------------------------------------------------------===//
  // Phases
  //===--------------------------------------------------------------------===//

  /// The sizes of the op, the mask as i8 and, with transposed keys, the
  /// transposed keys and the f32 queries.
  void prepareOperands();
  /// The outputs of the main forall: `result`, or the per-split partial
  /// outputs and log-sum-exps.
  SmallVector<Value> createOutputs(Value result);
  /// The work item of the main forall's induction variables: its rows, its
  /// keys and its queries.
  WorkItem buildWorkItem(ValueRange ivs);
  /// The KV loop of `item`; returns its final state.
  ValueRange buildKvLoop(const WorkItem &item);
  /// Prefetches the `width` elements of rows `prefetchKeys` ahead of the
  /// block at `blockStart` (clamped to the last key) of `buffer`, one
  /// prefetch per cache line.
  void prefetchRows(Value buffer, int64_t width, Type elementType,
                    const WorkItem &item, Value blockStart, Value lastKey);
  /// The state the KV loop carries: per row the running max and sum, then
  /// the accumulators (a [rowTile, Dv] buffer and a [rowTile, kvTile]
  /// probability buffer, or per row one vector per chunk of Dv).
  SmallVector<Value> buildLoopInits();
  /// The scores of the block's key rows `keyRows`, one shuffle tree per row.
  void scoresFromKeyRows(const WorkItem &item, ArrayRef<Value> keyRows,
                         SmallVectorImpl<ScoreTree> &trees);
  /// A lanes-wide partial dot product of a query's and a key's chunks.
  Value partialDotProduct(ArrayRef<Value> query, ArrayRef<Value> key,
                          Value zeroLanes);
  /// The scores of the block at `blockStart` from the transposed keys.
  SmallVector<Value> scoresFromTransposedKeys(const WorkItem &item,
                                              Value blockStart);
  /// Soft-caps and masks the scores (`scoresOfRow(r)` for row r) of the
  /// block at `blockStart` and updates the running max and sum of `state`.
  BlockSoftmax maskAndUpdate(const WorkItem &item, Value blockStart,
                             ValueRange state,
                             function_ref<Value(int64_t)> scoresOfRow);
  /// P*V into the buffered accumulators; returns their new buffers.
  SmallVector<Value> accumulateBuffered(const WorkItem &item,
                                        ArrayRef<Value> keyRows,
                                        const BlockSoftmax &softmax,
                                        ValueRange state);
  /// P*V into accumulators carried as vectors; returns them.
  SmallVector<Value> accumulateInRegisters(const WorkItem &item,
                                           ArrayRef<Value> keyRows,
                                           const BlockSoftmax &softmax,
                                           ValueRange state);
  /// Row r's accumulator as one vector of Dv from the loop's final state.
  Value rowAccumulator(ValueRange final, int64_t r);
  /// Writes `rows` (f32 vectors of Dv), converted to `elementType`, to the
  /// `[rows, Dv]` slice of the shared output `dest` of `forall` at
  /// `offsets` with `sizes`.
  void insertRows(scf::ForallOp forall, Value dest,
                  ArrayRef<OpFoldResult> offsets,
                  ArrayRef<OpFoldResult> sizes, ArrayRef<Value> rows,
                  Type elementType);
  /// Normalizes the rows of the final state and writes them (with splits,
  /// the partial rows and their log-sum-exps).
  void writeTile(scf::ForallOp forall, const WorkItem &item,
                 ValueRange final);
  /// The combine of the splits into `result`; returns the combined result.
  Value buildCombine(Value partialOut, Value partialLse, Value result);

  ImplicitLocOpBuilder &b;
  const AttentionView &view;
  int64_t rowTile, kvTile, numSplits, lanes;
  /// Keys ahead of the block whose rows are prefetched (0: none).
  int64_t prefetchKeys;
  bool transposedKeys;
  /// Whether the rows' accumulators live in a [rowTile, Dv] buffer that P*V
  /// walks chunk by chunk (Dv a multiple of the lanes), rather than in
  /// rowTile x chunks loop-carried vectors.
  bool bufferedAccumulators;
  Type f32, i64;
  /// The mask, a boolean one as i8.
  Value mask;
  /// Sizes of the op: B, packed rows, Skv, Sq, and the row tiles.
  Value batchSize, packedRows, keyLength, queryLength, numRowTiles;
  /// With transposed keys: the transposed keys and the f32 queries.
  Value keysT, queriesF32;
  /// With prefetching, the buffers of K and V.
  Value keyBuffer, valueBuffer;
};
} // namespace

SmallVector<int64_t> CpuAttentionBuilder::chunkWidths(int64_t size) const {
  SmallVector<int64_t> widths;
  for (int64_t start = 0; start < size; start += lanes)
    widths.push_back(std::min(lanes, size - start));
  return widths;
}

SmallVector<Value> CpuAttentionBuilder::readRowChunks(Value source,
                                                      Value batch, Value head,
                                                      Value row, int64_t size) {
  auto type = cast<RankedTensorType>(source.getType());
  Value padding =
      arith::ConstantOp::create(b, b.getZeroAttr(type.getElementType()));
  SmallVector<Value> chunks;
  int64_t start = 0;
  for (int64_t width : chunkWidths(size)) {
    Value chunk = vector::TransferReadOp::create(
        b, VectorType::get({width}, type.getElementType()), source,
        ValueRange{batch, head, row, index(start)}, padding,
        ArrayRef<bool>{true});
    chunks.push_back(toF32(chunk));
    start += width;
  }
  return chunks;
}

Value CpuAttentionBuilder::maskAsI8(Value boolMask) {
  auto type = cast<RankedTensorType>(boolMask.getType());
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, b.getLoc(),
                                                          boolMask);
  Value init = tensor::EmptyOp::create(b, sizes, b.getI8Type());
  AffineMap identity = b.getMultiDimIdentityMap(type.getRank());
  SmallVector<utils::IteratorType> iterators(type.getRank(),
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, TypeRange{init.getType()}, ValueRange{boolMask}, ValueRange{init},
      ArrayRef<AffineMap>{identity, identity}, iterators,
      [](OpBuilder &nested, Location loc, ValueRange args) {
        Value extended =
            arith::ExtUIOp::create(nested, loc, nested.getI8Type(), args[0]);
        linalg::YieldOp::create(nested, loc, extended);
      });
  return generic.getResult(0);
}

Value CpuAttentionBuilder::writePadded(
    ArrayRef<OpFoldResult> paddedSizes, ArrayRef<OpFoldResult> sizes,
    Type elementType, function_ref<Value(Value)> write) {
  Value init = tensor::EmptyOp::create(b, paddedSizes, elementType);
  Value zeros =
      linalg::FillOp::create(
          b, ValueRange{arith::ConstantOp::create(
                 b, b.getZeroAttr(elementType))},
          ValueRange{init})
          .getResult(0);
  SmallVector<OpFoldResult> offsets(sizes.size(), b.getIndexAttr(0));
  SmallVector<OpFoldResult> strides(sizes.size(), b.getIndexAttr(1));
  Value slice =
      tensor::ExtractSliceOp::create(b, zeros, offsets, sizes, strides);
  return tensor::InsertSliceOp::create(b, write(slice), zeros, offsets, sizes,
                                       strides);
}

Value CpuAttentionBuilder::transposeKeys(Value keyLength) {
  // panels[b, h, n, d, j] = K[b, h, n * kvTile + j, d], zero past the keys.
  auto keyType = cast<RankedTensorType>(view.key().getType());
  Type elementType = keyType.getElementType();
  Value keys = view.key();
  Value batchSize = tensor::DimOp::create(b, keys, 0);
  Value blocks = ceilDiv(keyLength, index(kvTile));
  SmallVector<OpFoldResult> sizes = {
      batchSize, b.getIndexAttr(keyType.getDimSize(1)), blocks,
      b.getIndexAttr(view.headDim()), b.getIndexAttr(kvTile)};
  Value init = tensor::EmptyOp::create(b, sizes, elementType);
  Value lastKey = arith::SubIOp::create(b, keyLength, index(1));
  AffineMap identity = b.getMultiDimIdentityMap(5);
  SmallVector<utils::IteratorType> iterators(5, utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, TypeRange{init.getType()}, ValueRange{}, ValueRange{init},
      ArrayRef<AffineMap>{identity}, iterators,
      [&](OpBuilder &nested, Location loc, ValueRange) {
        ImplicitLocOpBuilder nb(loc, nested);
        auto at = [&](int64_t dim) -> Value {
          return linalg::IndexOp::create(nb, dim);
        };
        Value key = arith::AddIOp::create(
            nb, arith::MulIOp::create(nb, at(2), index(kvTile)), at(4));
        Value element = tensor::ExtractOp::create(
            nb, keys,
            ValueRange{at(0), at(1), arith::MinSIOp::create(nb, key, lastKey),
                       at(3)});
        Value inRange = arith::CmpIOp::create(nb, arith::CmpIPredicate::slt,
                                              key, keyLength);
        Value zero =
            arith::ConstantOp::create(nb, nb.getZeroAttr(elementType));
        linalg::YieldOp::create(
            nb, ValueRange{arith::SelectOp::create(nb, inRange, element,
                                                   zero)});
      });
  return generic.getResult(0);
}

Value CpuAttentionBuilder::queriesAsF32() {
  auto type = cast<RankedTensorType>(view.query().getType());
  Value batchSize = tensor::DimOp::create(b, view.query(), 0);
  Value rows = tensor::DimOp::create(b, view.query(), 2);
  Value paddedRows =
      arith::MulIOp::create(b, ceilDiv(rows, index(rowTile)), index(rowTile));
  OpFoldResult units = b.getIndexAttr(type.getDimSize(1));
  OpFoldResult dim = b.getIndexAttr(view.headDim());
  return writePadded(
      {batchSize, units, paddedRows, dim}, {batchSize, units, rows, dim}, f32,
      [&](Value slice) {
        auto sliceType = cast<RankedTensorType>(slice.getType());
        Value query = view.query();
        auto castType =
            RankedTensorType::get(sliceType.getShape(), type.getElementType());
        if (castType != type)
          query = tensor::CastOp::create(b, castType, query);
        AffineMap identity = b.getMultiDimIdentityMap(type.getRank());
        SmallVector<utils::IteratorType> iterators(
            type.getRank(), utils::IteratorType::parallel);
        return linalg::GenericOp::create(
                   b, TypeRange{sliceType}, ValueRange{query},
                   ValueRange{slice},
                   ArrayRef<AffineMap>{identity, identity}, iterators,
                   [&](OpBuilder &nested, Location loc, ValueRange args) {
                     Value extended = args[0];
                     if (!extended.getType().isF32())
                       extended =
                           arith::ExtFOp::create(nested, loc, f32, extended);
                     linalg::YieldOp::create(nested, loc, extended);
                   })
            .getResult(0);
      });
}

std::pair<scf::ForallOp, Value> CpuAttentionBuilder::build() {
  prepareOperands();
  SmallVector<OpFoldResult> resultSizes = {
      batchSize, b.getIndexAttr(view.numUnits), packedRows,
      b.getIndexAttr(view.valueHeadDim())};
  Value result = tensor::EmptyOp::create(b, resultSizes, view.elementType());
  SmallVector<OpFoldResult> upperBounds = {
      batchSize, b.getIndexAttr(view.numUnits), numRowTiles,
      b.getIndexAttr(numSplits)};
  auto forall = scf::ForallOp::create(b, upperBounds, createOutputs(result),
                                      /*mapping=*/std::nullopt);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(forall.getTerminator());
    WorkItem item = buildWorkItem(forall.getInductionVars());
    writeTile(forall, item, buildKvLoop(item));
  }
  if (numSplits == 1)
    return {forall, forall.getResult(0)};
  return {forall,
          buildCombine(forall.getResult(0), forall.getResult(1), result)};
}

void CpuAttentionBuilder::prepareOperands() {
  mask = view.mask();
  if (mask && cast<ShapedType>(mask.getType()).getElementType().isInteger(1))
    mask = maskAsI8(mask);
  batchSize = tensor::DimOp::create(b, view.query(), 0);
  packedRows = tensor::DimOp::create(b, view.query(), 2);
  keyLength = tensor::DimOp::create(b, view.key(), 2);
  queryLength = arith::DivUIOp::create(b, packedRows, index(view.packing));
  numRowTiles = ceilDiv(packedRows, index(rowTile));
  if (prefetchKeys > 0 && !transposedKeys) {
    keyBuffer = createReadOnlyBuffer(b, b.getLoc(), view.key());
    valueBuffer = createReadOnlyBuffer(b, b.getLoc(), view.value());
  }
  if (!transposedKeys)
    return;
  keysT = transposeKeys(keyLength);
  queriesF32 = queriesAsF32();
}

SmallVector<Value> CpuAttentionBuilder::createOutputs(Value result) {
  if (numSplits == 1)
    return {result};
  OpFoldResult units = b.getIndexAttr(view.numUnits);
  OpFoldResult splits = b.getIndexAttr(numSplits);
  Value partialOut = tensor::EmptyOp::create(
      b,
      SmallVector<OpFoldResult>{batchSize, units, splits, packedRows,
                                b.getIndexAttr(view.valueHeadDim())},
      f32);
  Value partialLse = tensor::EmptyOp::create(
      b, SmallVector<OpFoldResult>{batchSize, units, splits, packedRows}, f32);
  return {partialOut, partialLse};
}

Value CpuAttentionBuilder::copyQueryTile(const WorkItem &item) {
  // queriesF32 is padded to whole row tiles, so the slice is in bounds.
  int64_t dim = view.headDim();
  auto tileType = RankedTensorType::get({rowTile, dim}, f32);
  SmallVector<OpFoldResult> offsets = {item.batch, item.unit, item.firstRow,
                                       b.getIndexAttr(0)};
  SmallVector<OpFoldResult> sizes = {b.getIndexAttr(1), b.getIndexAttr(1),
                                     b.getIndexAttr(rowTile),
                                     b.getIndexAttr(dim)};
  SmallVector<OpFoldResult> strides(4, b.getIndexAttr(1));
  Value slice = tensor::ExtractSliceOp::create(b, tileType, queriesF32,
                                               offsets, sizes, strides);
  Value init = tensor::EmptyOp::create(b, tileType.getShape(), f32);
  return linalg::CopyOp::create(b, slice, init).getResult(0);
}

CpuAttentionBuilder::WorkItem
CpuAttentionBuilder::buildWorkItem(ValueRange ivs) {
  WorkItem item;
  item.batch = ivs[0];
  item.unit = ivs[1];
  item.split = ivs[3];
  item.firstRow = arith::MulIOp::create(b, ivs[2], index(rowTile));
  item.tileRows = min(index(rowTile),
                      arith::SubIOp::create(b, packedRows, item.firstRow));
  item.kvHead = getKvHeadOfUnit(b, view, item.unit);

  // L_b, off_b and the keys any row of the tile may attend, [lo, hi);
  // this split's part of them, in whole KV blocks.
  Value givenLength, givenOffset;
  if (view.kvLengths())
    givenLength = toIndex(
        tensor::ExtractOp::create(b, view.kvLengths(), ValueRange{item.batch}));
  if (view.qOffset())
    givenOffset = toIndex(
        tensor::ExtractOp::create(b, view.qOffset(), ValueRange{item.batch}));
  TileKeyRange keys =
      getTileKeyRange(b, view, item.firstRow, item.tileRows, queryLength,
                      keyLength, givenLength, givenOffset);
  // With key panels every block starts at a panel: a window's first block
  // is aligned down, and the window mask drops the keys before it.
  if (transposedKeys)
    keys.lo = arith::MulIOp::create(
        b, arith::DivUIOp::create(b, keys.lo, index(kvTile)), index(kvTile));
  std::tie(item.splitLo, item.splitHi) =
      getSplitKeyRange(b, keys.lo, keys.hi, item.split, numSplits, kvTile);

  if (transposedKeys)
    item.queryTile = copyQueryTile(item);

  // Per row: query head, row within the head, position; reading key rows,
  // the row's queries, scaled once.
  Value lastRow = arith::SubIOp::create(b, packedRows, index(1));
  Value scale = f32Const(view.scale());
  for (int64_t r = 0; r < rowTile; ++r) {
    Value packedRow =
        min(arith::AddIOp::create(b, item.firstRow, index(r)), lastRow);
    Value member = arith::DivUIOp::create(b, packedRow, queryLength);
    Value row = arith::RemUIOp::create(b, packedRow, queryLength);
    item.heads.push_back(getQueryHeadOfMember(b, view, item.unit, member));
    item.rows.push_back(row);
    item.positions.push_back(arith::AddIOp::create(b, row, keys.offset));
    if (transposedKeys)
      continue;
    SmallVector<Value> chunks = readRowChunks(view.query(), item.batch,
                                              item.unit, packedRow,
                                              view.headDim());
    for (Value &chunk : chunks)
      chunk = arith::MulFOp::create(
          b, chunk,
          splat(scale, cast<VectorType>(chunk.getType()).getNumElements()));
    item.queries.push_back(std::move(chunks));
  }
  return item;
}

SmallVector<Value> CpuAttentionBuilder::buildLoopInits() {
  SmallVector<Value> inits;
  for (int64_t r = 0; r < rowTile; ++r)
    inits.push_back(negInf());
  for (int64_t r = 0; r < rowTile; ++r)
    inits.push_back(f32Const(0.0));
  if (!bufferedAccumulators) {
    for (int64_t r = 0; r < rowTile; ++r)
      for (int64_t width : chunkWidths(view.valueHeadDim()))
        inits.push_back(splat(f32Const(0.0), width));
    return inits;
  }
  // The rows' accumulators live in a [rowTile, Dv] buffer that P*V walks
  // chunk by chunk of Dv (one chunk's accumulators in registers at a time),
  // and each block's probabilities go through a [rowTile, kvTile] buffer
  // that P*V reads weights from as broadcast memory operands: as vectors
  // carried by the loop, rowTile x Dv / lanes accumulators and rowTile x
  // kvTile broadcast weights would not fit in the registers.
  Value accInit = tensor::EmptyOp::create(
      b, ArrayRef<int64_t>{rowTile, view.valueHeadDim()}, f32);
  inits.push_back(linalg::FillOp::create(b, ValueRange{f32Const(0.0)},
                                         ValueRange{accInit})
                      .getResult(0));
  inits.push_back(
      tensor::EmptyOp::create(b, ArrayRef<int64_t>{rowTile, kvTile}, f32));
  return inits;
}

ValueRange CpuAttentionBuilder::buildKvLoop(const WorkItem &item) {
  Value lastKey = arith::SubIOp::create(b, keyLength, index(1));
  auto kvLoop = scf::ForOp::create(b, item.splitLo, item.splitHi,
                                   index(kvTile), buildLoopInits());
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(kvLoop.getBody());
  Value blockStart = kvLoop.getInductionVar();
  ValueRange state = kvLoop.getRegionIterArgs();

  // The block's keys, clamped to the last key: rows past the end read a
  // valid row, and their scores are masked.
  SmallVector<Value> keyRows;
  for (int64_t j = 0; j < kvTile; ++j)
    keyRows.push_back(
        min(arith::AddIOp::create(b, blockStart, index(j)), lastKey));

  if (keyBuffer) {
    auto elementType =
        cast<RankedTensorType>(view.key().getType()).getElementType();
    prefetchRows(keyBuffer, view.headDim(), elementType, item, blockStart,
                 lastKey);
    prefetchRows(valueBuffer, view.valueHeadDim(), elementType, item,
                 blockStart, lastKey);
  }

  // A row's shuffle tree is finished where its scores are masked, so that
  // only the open subtrees of the other rows stay live meanwhile.
  SmallVector<ScoreTree> trees;
  SmallVector<Value> transposedScores;
  if (transposedKeys)
    transposedScores = scoresFromTransposedKeys(item, blockStart);
  else
    scoresFromKeyRows(item, keyRows, trees);
  BlockSoftmax softmax =
      maskAndUpdate(item, blockStart, state, [&](int64_t r) {
        return transposedKeys ? transposedScores[r] : trees[r].finish();
      });

  SmallVector<Value> yields(softmax.maxes);
  yields.append(softmax.sums);
  if (bufferedAccumulators)
    yields.append(accumulateBuffered(item, keyRows, softmax, state));
  else
    yields.append(accumulateInRegisters(item, keyRows, softmax, state));
  scf::YieldOp::create(b, yields);
  return kvLoop.getResults();
}

void CpuAttentionBuilder::prefetchRows(Value buffer, int64_t width,
                                       Type elementType, const WorkItem &item,
                                       Value blockStart, Value lastKey) {
  int64_t perLine = 64 / (elementType.getIntOrFloatBitWidth() / 8);
  for (int64_t j = 0; j < kvTile; ++j) {
    Value row = min(arith::AddIOp::create(b, blockStart,
                                          index(prefetchKeys + j)),
                    lastKey);
    for (int64_t e = 0; e < width; e += perLine)
      memref::PrefetchOp::create(
          b, buffer, ValueRange{item.batch, item.kvHead, row, index(e)},
          /*isWrite=*/false, /*localityHint=*/3, /*isDataCache=*/true);
  }
}

void CpuAttentionBuilder::scoresFromKeyRows(const WorkItem &item,
                                            ArrayRef<Value> keyRows,
                                            SmallVectorImpl<ScoreTree> &trees) {
  // Per row and key, a lanes-wide partial dot product (one FMA per chunk of
  // D), summed into the row's scores by a shuffle tree. Key by key, so that
  // a key's chunks are loaded once for all rows of the tile and only the
  // open subtrees of the rows' reductions stay live.
  for (int64_t r = 0; r < rowTile; ++r)
    trees.emplace_back(b, lanes);
  Value zeroLanes = splat(f32Const(0.0), lanes);
  for (int64_t j = 0; j < kvTile; ++j) {
    SmallVector<Value> key = readRowChunks(view.key(), item.batch, item.kvHead,
                                           keyRows[j], view.headDim());
    for (int64_t r = 0; r < rowTile; ++r)
      trees[r].push(partialDotProduct(item.queries[r], key, zeroLanes));
  }
}

Value CpuAttentionBuilder::partialDotProduct(ArrayRef<Value> query,
                                             ArrayRef<Value> key,
                                             Value zeroLanes) {
  Value partial;
  for (auto [queryChunk, keyChunk] : llvm::zip_equal(query, key)) {
    if (cast<VectorType>(keyChunk.getType()).getNumElements() == lanes) {
      partial = partial ? vector::FMAOp::create(b, queryChunk, keyChunk,
                                                partial)
                              .getResult()
                        : arith::MulFOp::create(b, queryChunk, keyChunk)
                              .getResult();
      continue;
    }
    // A narrower tail chunk, widened with zeros.
    Value narrow = arith::MulFOp::create(b, queryChunk, keyChunk);
    Value wide = vector::InsertStridedSliceOp::create(
        b, narrow, zeroLanes, ArrayRef<int64_t>{0}, ArrayRef<int64_t>{1});
    partial =
        partial ? arith::AddFOp::create(b, partial, wide).getResult() : wide;
  }
  assert(partial.getType() == vec(lanes, f32) && "expected a lanes vector");
  return partial;
}

SmallVector<Value>
CpuAttentionBuilder::scoresFromTransposedKeys(const WorkItem &item,
                                              Value blockStart) {
  // For each element d of D, the block's keys K^T[d, block] are one vector
  // of the block's panel, and every row adds its query element times it. Padded keys are zeros
  // and masked later.
  auto keyElement = cast<RankedTensorType>(keysT.getType()).getElementType();
  Value padding = arith::ConstantOp::create(b, b.getZeroAttr(keyElement));
  Value block = arith::DivUIOp::create(b, blockStart, index(kvTile));
  // A loop over D, a few elements per iteration, keeps the code small
  // enough for the decoded-instruction cache.
  int64_t dim = view.headDim();
  int64_t unroll = std::gcd(dim, kScoreUnroll);
  SmallVector<Value> inits(rowTile, splat(f32Const(0.0), kvTile));
  auto loop = scf::ForOp::create(b, index(0), index(dim), index(unroll), inits);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value d0 = loop.getInductionVar();
    SmallVector<Value> scores(loop.getRegionIterArgs());
    for (int64_t u = 0; u < unroll; ++u) {
      Value d = arith::AddIOp::create(b, d0, index(u));
      Value keyColumn = toF32(vector::TransferReadOp::create(
          b, vec(kvTile, keyElement), keysT,
          ValueRange{item.batch, item.kvHead, block, d, index(0)}, padding,
          ArrayRef<bool>{true}));
      for (int64_t r = 0; r < rowTile; ++r) {
        Value queryElement = tensor::ExtractOp::create(
            b, item.queryTile, ValueRange{index(r), d});
        scores[r] = vector::FMAOp::create(b, splat(queryElement, kvTile),
                                          keyColumn, scores[r]);
      }
    }
    scf::YieldOp::create(b, scores);
  }
  SmallVector<Value> scores(loop.getResults());
  Value scale = splat(f32Const(view.scale()), kvTile);
  for (Value &score : scores)
    score = arith::MulFOp::create(b, score, scale);
  return scores;
}

CpuAttentionBuilder::BlockSoftmax
CpuAttentionBuilder::maskAndUpdate(const WorkItem &item, Value blockStart,
                                   ValueRange state,
                                   function_ref<Value(int64_t)> scoresOfRow) {
  // Key positions of the block, for the masks.
  SmallVector<int64_t> offsets(kvTile);
  for (int64_t j = 0; j < kvTile; ++j)
    offsets[j] = j;
  auto asVector = [&](Value indexValue) {
    return splat(arith::IndexCastOp::create(b, i64, indexValue), kvTile);
  };
  Value keyPositions = arith::AddIOp::create(
      b, asVector(blockStart),
      arith::ConstantOp::create(
          b, DenseElementsAttr::get(vec(kvTile, i64),
                                    ArrayRef<int64_t>(offsets))));
  Value inSplit = arith::CmpIOp::create(b, arith::CmpIPredicate::slt,
                                        keyPositions, asVector(item.splitHi));
  Value negInfVector = splat(negInf(), kvTile);

  BlockSoftmax softmax;
  for (int64_t r = 0; r < rowTile; ++r) {
    Value scores = applySoftcap(b, view, scoresOfRow(r));
    Value position = (view.causal() || view.window())
                         ? asVector(item.positions[r])
                         : Value();
    Value allowed =
        getAllowedKeys(b, view, inSplit, keyPositions, position);
    if (mask) {
      auto [maskAllowed, bias] = readMask(b, mask, item.batch, item.heads[r],
                                          item.rows[r], blockStart, kvTile);
      if (maskAllowed)
        allowed = arith::AndIOp::create(b, allowed, maskAllowed);
      if (bias)
        scores = arith::AddFOp::create(b, scores, bias);
    }
    scores = arith::SelectOp::create(b, allowed, scores, negInfVector);

    // No NaN reaches the scores (masked keys are -inf), so the max may be a
    // plain tree of vector max ops.
    Value blockMax =
        vector::ReductionOp::create(b, vector::CombiningKind::MAXNUMF, scores,
                                    arith::FastMathFlags::nnan);
    RunningMax running = updateRunningMax(b, state[r], blockMax);
    Value p = math::ExpOp::create(
        b, arith::SubFOp::create(b, scores, splat(running.finiteMax, kvTile)));
    Value blockSum = vector::ReductionOp::create(
        b, vector::CombiningKind::ADD, p, arith::FastMathFlags::reassoc);
    softmax.maxes.push_back(running.max);
    softmax.sums.push_back(arith::AddFOp::create(
        b, arith::MulFOp::create(b, state[rowTile + r], running.rescale),
        blockSum));
    softmax.probabilities.push_back(p);
    softmax.rescales.push_back(running.rescale);
  }
  return softmax;
}

SmallVector<Value> CpuAttentionBuilder::accumulateBuffered(
    const WorkItem &item, ArrayRef<Value> keyRows, const BlockSoftmax &softmax,
    ValueRange state) {
  Value probabilityBuffer = state[2 * rowTile + 1];
  for (int64_t r = 0; r < rowTile; ++r)
    probabilityBuffer = vector::TransferWriteOp::create(
                            b, softmax.probabilities[r], probabilityBuffer,
                            ValueRange{index(r), index(0)},
                            ArrayRef<bool>{true})
                            .getResult();
  // for c in chunks of Dv: acc[:, c] = acc[:, c] * alpha
  //                                  + sum_j P[:, j] * V[j, c]
  // A step covers enough chunks for about 16 independent accumulator
  // chains (FMA latency), which also bounds the registers they need.
  const int64_t dv = view.valueHeadDim();
  int64_t numChunks = dv / lanes;
  int64_t chunksPerStep = 1;
  while (chunksPerStep * 2 * rowTile <= 16 &&
         numChunks % (chunksPerStep * 2) == 0)
    chunksPerStep *= 2;
  auto valueType = cast<RankedTensorType>(view.value().getType());
  Value valuePadding =
      arith::ConstantOp::create(b, b.getZeroAttr(valueType.getElementType()));
  auto chunkLoop =
      scf::ForOp::create(b, index(0), index(dv), index(lanes * chunksPerStep),
                         ValueRange{state[2 * rowTile]});
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(chunkLoop.getBody());
  Value stepStart = chunkLoop.getInductionVar();
  Value accBuffer = chunkLoop.getRegionIterArgs().front();
  SmallVector<Value> chunkStarts;
  for (int64_t c = 0; c < chunksPerStep; ++c)
    chunkStarts.push_back(
        arith::AddIOp::create(b, stepStart, index(c * lanes)));
  // accs[c * rowTile + r]
  SmallVector<Value> accs;
  for (int64_t c = 0; c < chunksPerStep; ++c)
    for (int64_t r = 0; r < rowTile; ++r) {
      Value acc = vector::TransferReadOp::create(
          b, vec(lanes, f32), accBuffer, ValueRange{index(r), chunkStarts[c]},
          f32Const(0.0), ArrayRef<bool>{true});
      accs.push_back(
          arith::MulFOp::create(b, acc, splat(softmax.rescales[r], lanes)));
    }
  for (int64_t j = 0; j < kvTile; ++j) {
    for (int64_t c = 0; c < chunksPerStep; ++c) {
      Value valueChunk = toF32(vector::TransferReadOp::create(
          b, vec(lanes, valueType.getElementType()), view.value(),
          ValueRange{item.batch, item.kvHead, keyRows[j], chunkStarts[c]},
          valuePadding, ArrayRef<bool>{true}));
      for (int64_t r = 0; r < rowTile; ++r) {
        Value weight = tensor::ExtractOp::create(
            b, probabilityBuffer, ValueRange{index(r), index(j)});
        Value &acc = accs[c * rowTile + r];
        acc = vector::FMAOp::create(b, splat(weight, lanes), valueChunk, acc);
      }
    }
  }
  for (int64_t c = 0; c < chunksPerStep; ++c)
    for (int64_t r = 0; r < rowTile; ++r)
      accBuffer = vector::TransferWriteOp::create(
                      b, accs[c * rowTile + r], accBuffer,
                      ValueRange{index(r), chunkStarts[c]},
                      ArrayRef<bool>{true})
                      .getResult();
  scf::YieldOp::create(b, accBuffer);
  return {chunkLoop.getResult(0), probabilityBuffer};
}

SmallVector<Value> CpuAttentionBuilder::accumulateInRegisters(
    const WorkItem &item, ArrayRef<Value> keyRows, const BlockSoftmax &softmax,
    ValueRange state) {
  // acc = acc * alpha + sum_j p[j] * V[j], chunk by chunk of Dv so that the
  // rows' accumulators of one chunk stay in registers while the block's V
  // rows stream by. The accumulator is rescaled once per block.
  SmallVector<int64_t> valueWidths = chunkWidths(view.valueHeadDim());
  int64_t numValueChunks = valueWidths.size();
  auto valueType = cast<RankedTensorType>(view.value().getType());
  Value valuePadding =
      arith::ConstantOp::create(b, b.getZeroAttr(valueType.getElementType()));
  SmallVector<Value> accs(rowTile * numValueChunks);
  SmallVector<SmallVector<Value>> weights(rowTile);
  for (int64_t r = 0; r < rowTile; ++r)
    for (int64_t j = 0; j < kvTile; ++j)
      weights[r].push_back(
          vector::ExtractOp::create(b, softmax.probabilities[r], j));
  int64_t start = 0;
  for (auto [c, width] : llvm::enumerate(valueWidths)) {
    for (int64_t r = 0; r < rowTile; ++r)
      accs[r * numValueChunks + c] = arith::MulFOp::create(
          b, state[2 * rowTile + r * numValueChunks + c],
          splat(softmax.rescales[r], width));
    for (int64_t j = 0; j < kvTile; ++j) {
      Value valueChunk = toF32(vector::TransferReadOp::create(
          b, vec(width, valueType.getElementType()), view.value(),
          ValueRange{item.batch, item.kvHead, keyRows[j], index(start)},
          valuePadding, ArrayRef<bool>{true}));
      for (int64_t r = 0; r < rowTile; ++r) {
        Value &acc = accs[r * numValueChunks + c];
        acc = vector::FMAOp::create(b, splat(weights[r][j], width),
                                    valueChunk, acc);
      }
    }
    start += width;
  }
  return accs;
}

Value CpuAttentionBuilder::rowAccumulator(ValueRange final, int64_t r) {
  const int64_t dv = view.valueHeadDim();
  if (bufferedAccumulators)
    return vector::TransferReadOp::create(
        b, vec(dv, f32), final[2 * rowTile], ValueRange{index(r), index(0)},
        f32Const(0.0), ArrayRef<bool>{true});
  // Reassemble the row's accumulator from its chunks.
  SmallVector<int64_t> valueWidths = chunkWidths(dv);
  int64_t numValueChunks = valueWidths.size();
  Value acc = splat(f32Const(0.0), dv);
  int64_t offset = 0;
  for (auto [c, width] : llvm::enumerate(valueWidths)) {
    acc = vector::InsertStridedSliceOp::create(
        b, final[2 * rowTile + r * numValueChunks + c], acc,
        ArrayRef<int64_t>{offset}, ArrayRef<int64_t>{1});
    offset += width;
  }
  return acc;
}

void CpuAttentionBuilder::insertRows(scf::ForallOp forall, Value dest,
                                     ArrayRef<OpFoldResult> offsets,
                                     ArrayRef<OpFoldResult> sizes,
                                     ArrayRef<Value> rows, Type elementType) {
  const int64_t dv = view.valueHeadDim();
  auto sliceType =
      RankedTensorType::get({ShapedType::kDynamic, dv}, elementType);
  SmallVector<OpFoldResult> strides(offsets.size(), b.getIndexAttr(1));
  Value slice = tensor::ExtractSliceOp::create(b, sliceType, dest, offsets,
                                               sizes, strides);
  auto blockType = VectorType::get({rowTile, dv}, elementType);
  Value block = arith::ConstantOp::create(b, b.getZeroAttr(blockType));
  for (auto [r, row] : llvm::enumerate(rows)) {
    Value converted = row;
    if (!elementType.isF32())
      converted = arith::TruncFOp::create(b, vec(dv, elementType), row);
    block = vector::InsertOp::create(b, converted, block, r);
  }
  Value zero = index(0);
  Value written = vector::TransferWriteOp::create(
                      b, block, slice, ValueRange{zero, zero},
                      ArrayRef<bool>{false, true})
                      .getResult();
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToEnd(forall.getTerminator().getBody());
  tensor::ParallelInsertSliceOp::create(b, written, dest, offsets, sizes,
                                        strides);
}

void CpuAttentionBuilder::writeTile(scf::ForallOp forall,
                                    const WorkItem &item, ValueRange final) {
  // Normalize: rows with no allowed key are zeros.
  const int64_t dv = view.valueHeadDim();
  SmallVector<Value> outRows, lses;
  Value zeroAcc = splat(f32Const(0.0), dv);
  for (int64_t r = 0; r < rowTile; ++r) {
    Value rowMax = final[r], rowSum = final[rowTile + r];
    RowNormalization norm = normalizeRow(b, rowSum);
    Value normalized = arith::MulFOp::create(b, rowAccumulator(final, r),
                                             splat(norm.inverse, dv));
    outRows.push_back(
        arith::SelectOp::create(b, norm.nonEmpty, normalized, zeroAcc));
    if (numSplits > 1)
      lses.push_back(getLogSumExp(b, norm, rowMax, rowSum));
  }

  ValueRange sharedOuts = forall.getRegionIterArgs();
  OpFoldResult one = b.getIndexAttr(1), zero = b.getIndexAttr(0);
  if (numSplits == 1) {
    insertRows(forall, sharedOuts[0], {item.batch, item.unit, item.firstRow,
                                       zero},
               {one, one, item.tileRows, b.getIndexAttr(dv)}, outRows,
               view.elementType());
    return;
  }
  insertRows(forall, sharedOuts[0],
             {item.batch, item.unit, item.split, item.firstRow, zero},
             {one, one, one, item.tileRows, b.getIndexAttr(dv)}, outRows,
             f32);
  auto lseSliceType = RankedTensorType::get({ShapedType::kDynamic}, f32);
  SmallVector<OpFoldResult> offsets = {item.batch, item.unit, item.split,
                                       item.firstRow};
  SmallVector<OpFoldResult> sliceSizes = {one, one, one, item.tileRows};
  SmallVector<OpFoldResult> strides(4, one);
  Value slice = tensor::ExtractSliceOp::create(
      b, lseSliceType, sharedOuts[1], offsets, sliceSizes, strides);
  Value lseVector = vector::FromElementsOp::create(b, vec(rowTile, f32), lses);
  Value written =
      vector::TransferWriteOp::create(b, lseVector, slice,
                                      ValueRange{index(0)},
                                      ArrayRef<bool>{false})
          .getResult();
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToEnd(forall.getTerminator().getBody());
  tensor::ParallelInsertSliceOp::create(b, written, sharedOuts[1], offsets,
                                        sliceSizes, strides);
}

Value CpuAttentionBuilder::buildCombine(Value partialOut, Value partialLse,
                                        Value result) {
  // O = sum_s w_s O_s / sum_s w_s, w_s = exp(lse_s - max lse).
  const int64_t dv = view.valueHeadDim();
  SmallVector<OpFoldResult> combineBounds = {
      batchSize, b.getIndexAttr(view.numUnits), numRowTiles};
  auto combine = scf::ForallOp::create(b, combineBounds, ValueRange{result},
                                       /*mapping=*/std::nullopt);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(combine.getTerminator());
  SmallVector<Value> ivs = combine.getInductionVars();
  Value batch = ivs[0], unit = ivs[1];
  Value firstRow = arith::MulIOp::create(b, ivs[2], index(rowTile));
  Value tileRows =
      min(index(rowTile), arith::SubIOp::create(b, packedRows, firstRow));
  Value f32Zero = f32Const(0.0);
  SmallVector<Value> splitLses;
  Value maxLse = splat(negInf(), rowTile);
  for (int64_t s = 0; s < numSplits; ++s) {
    Value lse = vector::TransferReadOp::create(
        b, vec(rowTile, f32), partialLse,
        ValueRange{batch, unit, index(s), firstRow}, f32Zero,
        ArrayRef<bool>{false});
    splitLses.push_back(lse);
    maxLse = arith::MaxNumFOp::create(b, maxLse, lse);
  }
  auto [isEmpty, finiteMax] = getFiniteMax(b, maxLse);
  SmallVector<Value> weights;
  Value total = splat(f32Zero, rowTile);
  for (Value lse : splitLses) {
    Value weight =
        math::ExpOp::create(b, arith::SubFOp::create(b, lse, finiteMax));
    weights.push_back(weight);
    total = arith::AddFOp::create(b, total, weight);
  }
  Value safeTotal = arith::SelectOp::create(
      b, isEmpty, splat(f32Const(1.0), rowTile), total);
  SmallVector<Value> rows(rowTile, splat(f32Zero, dv));
  for (int64_t s = 0; s < numSplits; ++s) {
    Value block = vector::TransferReadOp::create(
        b, VectorType::get({rowTile, dv}, f32), partialOut,
        ValueRange{batch, unit, index(s), firstRow, index(0)}, f32Zero,
        ArrayRef<bool>{false, true});
    for (int64_t r = 0; r < rowTile; ++r) {
      Value weight = vector::ExtractOp::create(b, weights[s], r);
      rows[r] = vector::FMAOp::create(b, splat(weight, dv),
                                      vector::ExtractOp::create(b, block, r),
                                      rows[r]);
    }
  }
  for (int64_t r = 0; r < rowTile; ++r) {
    Value inverse = arith::DivFOp::create(
        b, f32Const(1.0), vector::ExtractOp::create(b, safeTotal, r));
    rows[r] = arith::MulFOp::create(b, rows[r], splat(inverse, dv));
  }
  OpFoldResult one = b.getIndexAttr(1);
  insertRows(combine, combine.getRegionIterArgs()[0],
             {batch, unit, firstRow, b.getIndexAttr(0)},
             {one, one, tileRows, b.getIndexAttr(dv)}, rows,
             view.elementType());
  return combine.getResult(0);
}

FailureOr<Operation *>
mlir::gqa::tileAttentionForCpu(RewriterBase &rewriter, Operation *op,
                               const AttentionTileSizes &sizes) {
  std::optional<AttentionView> view = getAttentionView(op);
  if (!view)
    return rewriter.notifyMatchFailure(op, "not a gqa attention op");
  if (sizes.rowTile <= 0 || sizes.kvTile <= 0 || sizes.kvSplits <= 0 ||
      sizes.vectorLanes <= 0)
    return rewriter.notifyMatchFailure(op, "tile sizes must be positive");
  if (!llvm::isPowerOf2_64(sizes.kvTile) ||
      !llvm::isPowerOf2_64(sizes.vectorLanes))
    return rewriter.notifyMatchFailure(
        op, "the KV tile and the vector lanes must be powers of two");
  if (sizes.keyLayout == KeyLayout::Auto)
    return rewriter.notifyMatchFailure(op, "the key layout must be chosen");
  if (sizes.keyLayout == KeyLayout::Transposed &&
      !supportsTransposedKeys(*view, sizes.vectorLanes))
    return rewriter.notifyMatchFailure(
        op, "transposed keys need Dv to be a multiple of the vector lanes");

  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  ImplicitLocOpBuilder builder(op->getLoc(), rewriter);
  CpuAttentionBuilder loopBuilder(builder, *view, sizes, sizes.vectorLanes);
  auto [forall, result] = loopBuilder.build();
  if (result.getType() != view->resultType())
    result = tensor::CastOp::create(builder, view->resultType(), result);
  rewriter.replaceOp(op, result);
  return forall.getOperation();
}

namespace {
/// gqa.attention / gqa.packed_attention => scf.forall flash-attention nest.
template <typename OpTy>
struct TileAttentionForCpuPattern : public OpRewritePattern<OpTy> {
  TileAttentionForCpuPattern(MLIRContext *context, const CpuTargetInfo &target,
                             const AttentionTileSizes &overrides)
      : OpRewritePattern<OpTy>(context), target(target),
        overrides(overrides) {}

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    std::string error;
    FailureOr<AttentionTileSizes> sizes =
        chooseCpuTileSizes(op, target, overrides, error);
    if (failed(sizes))
      return rewriter.notifyMatchFailure(op, error);
    if (failed(tileAttentionForCpu(rewriter, op, *sizes)))
      return failure();
    return success();
  }

  CpuTargetInfo target;
  AttentionTileSizes overrides;
};
} // namespace

void mlir::gqa::populateTileAttentionForCpuPatterns(
    RewritePatternSet &patterns, const CpuTargetInfo &target,
    const AttentionTileSizes &overrides) {
  patterns.add<TileAttentionForCpuPattern<AttentionOp>,
               TileAttentionForCpuPattern<PackedAttentionOp>>(
      patterns.getContext(), target, overrides);
}
