//===- GpuTiling.cpp - Block-level flash-attention schedule for GPUs ------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The schedule built here, for U units of R packed rows each (see
// AttentionView.h: a packed query Q [B, U, R, D], or a gqa.attention whose
// G query heads per KV head are packed in place, read and written where
// they are), with Br rows and W = warp size threads per row in a block of
// (x = W, y = Br) threads:
//
//   scf.forall (rs, u, b) in (ceil(R / Br) * S, U, B)   // #gpu.block<x,y,z>
//     tile = rs / S, split = rs mod S
//     workgroup: Qs[Br][D], Ks[Bc][D + 1], Vs[Bc][Dv], Ss[Br][Bc], Ps[Br][Bc]
//     private (per thread): m, l, alpha, acc[ceil(Dv / W)]
//     threads (ty, tx): m = -inf, l = 0, acc = 0; Qs = scale * Q rows
//     [klo, khi) = this split's keys of the tile's key range
//     scf.for kb = klo to khi step Bc {
//       threads: Ks, Vs = K/V rows kb .. kb + Bc (zeros past khi)
//       threads: Ss[ty][j] = masked score of key kb + j, j = tx + W k
//       threads: m' = max(m, max_j Ss[ty]); alpha = exp(m - m');
//                Ps[ty][j] = exp(Ss[ty][j] - m'), j = tx + W k
//       threads: l = l alpha + sum_j Ps[ty][j];
//                acc[c] = acc[c] alpha + sum_j Ps[ty][j] Vs[j][tx + W c]
//     }
//     threads: O (S = 1) or the partial O and log-sum-exp (S > 1)
//   S > 1: scf.forall (r, u, b) in (R, U, B), threads (tx):
//     O = sum_s exp(lse_s - max lse) O_s / sum_s exp(lse_s - max lse)
//
// Every `scf.forall` over threads is a phase: a barrier follows it when the
// schedule becomes a `gpu.launch`, and on the CPU each runs to completion
// before the next. Each K/V row is read from global memory once per block,
// and a block holds every query head of a group (packed), so a GQA
// decode reads the KV cache once, not G times. The bytes read can be
// counted at run time (see Transforms.h).
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/Transforms/Transforms.h"

#include "AttentionView.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MathExtras.h"

#include <limits>

using namespace mlir;
using namespace mlir::gqa;

//===----------------------------------------------------------------------===//
// Cost model
//===----------------------------------------------------------------------===//

int64_t mlir::gqa::getGpuSharedMemoryBytes(int64_t rowTile, int64_t kvTile,
                                           int64_t headDim,
                                           int64_t valueHeadDim) {
  // Qs, Ks (rows padded by one element against bank conflicts), Vs, Ss, Ps;
  // all f32.
  return 4 * (rowTile * headDim + kvTile * (headDim + 1) +
              kvTile * valueHeadDim + 2 * rowTile * kvTile);
}

/// The view the GPU schedule of `op` works on.
static std::optional<AttentionView> getGpuView(Operation *op,
                                               bool groupQueryHeads) {
  return groupQueryHeads ? getAttentionViewPackedInPlace(op)
                         : getAttentionView(op);
}

FailureOr<AttentionTileSizes>
mlir::gqa::chooseGpuTileSizes(Operation *op, const GpuTargetInfo &target,
                              const AttentionTileSizes &overrides,
                              bool groupQueryHeads, std::string &error) {
  std::optional<AttentionView> view = getGpuView(op, groupQueryHeads);
  assert(view && "expected a gqa attention op");
  auto queryType = cast<RankedTensorType>(view->query().getType());
  auto keyType = cast<RankedTensorType>(view->key().getType());
  int64_t packedRows = queryType.getDimSize(2);
  if (view->packedInPlace && !ShapedType::isDynamic(packedRows))
    packedRows *= view->packing;
  AttentionTileSizes sizes = overrides;

  // A K/V tile of one key per thread of a row; rows: a packed decode group
  // in one block (so that K/V is read once for it), at most 16 rows (512
  // threads).
  if (sizes.kvTile == 0)
    sizes.kvTile = target.warpSize;
  if (sizes.rowTile == 0)
    sizes.rowTile = ShapedType::isDynamic(packedRows)
                        ? 16
                        : std::clamp<int64_t>(packedRows, 1, 16);
  // While the block's workgroup memory does not fit, shrink what the
  // overrides leave free: the K/V tile down to 16 keys, then the rows down
  // to 4, then either down to 1.
  auto fits = [&] {
    return getGpuSharedMemoryBytes(sizes.rowTile, sizes.kvTile, view->headDim(),
                                   view->valueHeadDim()) <=
           target.sharedMemoryPerBlock;
  };
  bool freeRows = overrides.rowTile == 0, freeKeys = overrides.kvTile == 0;
  while (!fits()) {
    if (freeKeys && sizes.kvTile > 16)
      sizes.kvTile /= 2;
    else if (freeRows && sizes.rowTile > 4)
      sizes.rowTile /= 2;
    else if (freeKeys && sizes.kvTile > 1)
      sizes.kvTile /= 2;
    else if (freeRows && sizes.rowTile > 1)
      sizes.rowTile /= 2;
    else
      break;
  }
  int64_t bytes = getGpuSharedMemoryBytes(sizes.rowTile, sizes.kvTile,
                                          view->headDim(), view->valueHeadDim());
  if (bytes > target.sharedMemoryPerBlock) {
    error = llvm::formatv("a block of {0} rows and {1} keys per K/V tile "
                          "needs {2} bytes of workgroup memory (D = {3}, Dv = "
                          "{4}), more than the {5} available",
                          sizes.rowTile, sizes.kvTile, bytes, view->headDim(),
                          view->valueHeadDim(), target.sharedMemoryPerBlock)
                .str();
    return failure();
  }

  // Split the KV sequence (flash-decoding) while the grid has fewer than
  // two blocks per multiprocessor, keeping at least 4 K/V tiles per split.
  // A dynamic number of query rows is taken for a prefill, whose row tiles
  // fill the grid: no split.
  if (sizes.kvSplits == 0 && ShapedType::isDynamic(packedRows))
    sizes.kvSplits = 1;
  if (sizes.kvSplits == 0) {
    int64_t batch = queryType.getDimSize(0);
    int64_t blocks =
        (ShapedType::isDynamic(batch) ? 1 : batch) * view->numUnits *
        llvm::divideCeil(packedRows, sizes.rowTile);
    int64_t wanted = 2 * target.numMultiprocessors;
    // An empty problem (B = 0 or Sq = 0) has no block to split.
    int64_t splits =
        blocks > 0 && blocks < wanted ? llvm::divideCeil(wanted, blocks) : 1;
    int64_t keys = keyType.getDimSize(2);
    if (!ShapedType::isDynamic(keys))
      splits = std::min<int64_t>(
          splits, std::max<int64_t>(1, keys / (4 * sizes.kvTile)));
    else
      splits = std::min<int64_t>(splits, 16);
    sizes.kvSplits = splits;
  }
  return sizes;
}

//===----------------------------------------------------------------------===//
// Schedule
//===----------------------------------------------------------------------===//

namespace {
/// Builds the schedule of one attention op, phase by phase: the operands
/// and the outputs; per block its rows, keys and memory, the queries, the
/// K/V loop (staging, masked scores, the online-softmax update, P*V) and
/// the write; and the combine of the KV splits.
class GpuScheduleBuilder {
public:
  GpuScheduleBuilder(ImplicitLocOpBuilder &b, const AttentionView &view,
                     const GpuTargetInfo &target, const AttentionTileSizes &sizes,
                     bool countKvBytes)
      : b(b), view(view), rowTile(sizes.rowTile), kvTile(sizes.kvTile),
        numSplits(sizes.kvSplits), warp(target.warpSize),
        valueColumns(llvm::divideCeil(view.valueHeadDim(), target.warpSize)),
        countKvBytes(countKvBytes), f32(b.getF32Type()) {}

  /// Builds the schedule; returns the result tensor.
  Value build();

private:
  Value index(int64_t value) {
    return arith::ConstantIndexOp::create(b, value);
  }
  Value f32Const(double value) {
    return arith::ConstantOp::create(b, b.getF32FloatAttr(value));
  }
  Value negInf() { return f32Const(-std::numeric_limits<double>::infinity()); }
  Value add(Value lhs, Value rhs) { return arith::AddIOp::create(b, lhs, rhs); }
  Value sub(Value lhs, Value rhs) { return arith::SubIOp::create(b, lhs, rhs); }
  Value mul(Value lhs, Value rhs) { return arith::MulIOp::create(b, lhs, rhs); }
  Value min(Value lhs, Value rhs) { return arith::MinSIOp::create(b, lhs, rhs); }
  Value lt(Value lhs, Value rhs) {
    return arith::CmpIOp::create(b, arith::CmpIPredicate::slt, lhs, rhs);
  }
  Value select(Value cond, Value lhs, Value rhs) {
    return arith::SelectOp::create(b, cond, lhs, rhs);
  }
  Value toF32(Value value) {
    if (value.getType().isF32())
      return value;
    return arith::ExtFOp::create(b, f32, value);
  }
  Value toIndex(Value integer) {
    return arith::IndexCastOp::create(b, b.getIndexType(), integer);
  }
  Value load(Value memref, ValueRange indices) {
    return memref::LoadOp::create(b, memref, indices);
  }
  void store(Value value, Value memref, ValueRange indices) {
    memref::StoreOp::create(b, value, memref, indices);
  }
  /// `source` as a read-only identity-layout buffer.
  Value asBuffer(Value tensor);
  /// An f32 allocation of `shape` in GPU address space `space`.
  Value allocate(ArrayRef<int64_t> shape, gpu::AddressSpace space);
  /// `cond ? thenValue() : elseValue()`, each built only on its branch.
  Value ifElse(Value cond, Type type, function_ref<Value()> thenValue,
               function_ref<Value()> elseValue);
  /// A grid: an `scf.forall` over `bounds` mapped to blocks x, y, z, its
  /// kernel's role `role`.
  scf::ForallOp createGrid(ArrayRef<OpFoldResult> bounds, StringRef role);
  /// Calls `write(c, column)` for each output column `tx + warp * c` of
  /// thread `tx`, under a guard for the columns that may be past Dv.
  void forEachColumn(Value tx, function_ref<void(int64_t, Value)> write);
  /// A phase: an `scf.forall` over the block's threads, (y, x) = (rows,
  /// warp) or, with `rows` 0, (x) = (warp); `body` gets (ty, tx) (ty is
  /// null without rows).
  void threads(int64_t rows, function_ref<void(Value, Value)> body);
  /// `scf.for (iv = lb; iv < ub; iv += step)` without results.
  void loop(Value lb, Value ub, int64_t step, function_ref<void(Value)> body);
  /// `scf.for` carrying `inits`; returns its results.
  ValueRange loop(Value lb, Value ub, int64_t step, ValueRange inits,
                  function_ref<SmallVector<Value>(Value, ValueRange)> body);
  /// The (head, row) indices of packed row `packedRow` of unit `unit` in
  /// the query and the result: (unit, packedRow) when they are packed,
  /// (query head, row within it) when packed in place.
  std::pair<Value, Value> getRowAddress(Value unit, Value packedRow,
                                        Value queryLength);
  /// What one block (row tile x split, unit, batch) of the grid works on:
  /// its rows and keys, and its workgroup and per-thread memory.
  struct Block {
    Value batch, unit, split;
    /// The tile's first packed row and its number of rows (at most rowTile).
    Value firstRow, tileRows;
    /// The key/value head of the unit.
    Value kvHead;
    /// `off_b`, the position of query row 0, and this split's keys
    /// [splitLo, splitHi).
    Value keyOffset, splitLo, splitHi;
    /// The last packed row and the last key.
    Value lastRow, lastKey;
    /// Workgroup memory: the scaled queries [Br][D], the K/V tile
    /// [Bc][D + 1] and [Bc][Dv], the scores and probabilities [Br][Bc].
    Value queries, keyTile, valueTile, scores, probabilities;
    /// Private memory, [Br][W] (and [Br][W][columns]): the running max and
    /// sum, the rescale factor of the block, the accumulators.
    Value runningMax, runningSum, rescale, accumulators;
  };

  //===--------------------------------------------------------------------===//
  // Phases
  //===--------------------------------------------------------------------===//

  /// The operands as buffers and the sizes of the op.
  void prepareOperands();
  /// The result buffer and, with splits, the partial outputs and their
  /// log-sum-exps.
  void createOutputs();
  /// The block of the grid's induction variables: its rows, its keys and
  /// its memory.
  Block buildBlock(ValueRange ivs);
  /// The packed row of thread row `ty`, clamped to the last row (rows past
  /// the end compute on a valid row and are never written).
  Value packedRowOf(const Block &block, Value ty);
  /// Phase: the initial state; the tile's queries, scaled, to workgroup
  /// memory.
  void loadQueries(const Block &block);
  /// The loop over the split's K/V tiles.
  void buildKvLoop(const Block &block);
  /// Phase: stage the K/V tile at `blockStart`, each element read by one
  /// thread, keys past the split's end as zeros; count the bytes read.
  void stageKvTile(const Block &block, Value blockStart);
  /// Phase: the masked scores of the tile, key j by thread j mod warp.
  void computeScores(const Block &block, Value blockStart);
  /// Phase: the new running max, the rescale factor, the probabilities.
  void updateMaxAndProbabilities(const Block &block);
  /// Phase: the running sum and the accumulators, column tx + warp * c.
  void accumulate(const Block &block);
  /// Phase: the output rows (or the split's partial rows and their
  /// log-sum-exp); a row with no allowed key is zeros.
  void writeRows(const Block &block);
  /// The combine of the splits.
  void buildCombine();

  ImplicitLocOpBuilder &b;
  const AttentionView &view;
  int64_t rowTile, kvTile, numSplits, warp, valueColumns;
  bool countKvBytes;
  Type f32;
  /// The operands as buffers (mask, lengths and offsets may be null) and
  /// the counter of K/V bytes (null when not counting).
  Value query, key, value, maskBuffer, kvLengths, qOffset, counter;
  /// Sizes: B, Skv, packed rows (G * Sq, whether the query is packed or
  /// packed in place), Sq, and the row tiles.
  Value batchSize, keyLength, packedRows, queryLength, numRowTiles;
  /// The result, and with splits the partial outputs and log-sum-exps.
  Value out, partialOut, partialLse;
};
} // namespace

Value GpuScheduleBuilder::asBuffer(Value tensor) {
  auto type = cast<RankedTensorType>(tensor.getType());
  auto memrefType = MemRefType::get(type.getShape(), type.getElementType());
  return bufferization::ToBufferOp::create(b, memrefType, tensor,
                                           /*read_only=*/true);
}

Value GpuScheduleBuilder::allocate(ArrayRef<int64_t> shape,
                                   gpu::AddressSpace space) {
  auto alloca = memref::AllocaOp::create(b, MemRefType::get(shape, f32));
  alloca->setAttr(kGpuMemoryAttrName,
                  gpu::AddressSpaceAttr::get(b.getContext(), space));
  return alloca;
}

Value GpuScheduleBuilder::ifElse(Value cond, Type type,
                                 function_ref<Value()> thenValue,
                                 function_ref<Value()> elseValue) {
  auto ifOp = scf::IfOp::create(b, TypeRange{type}, cond,
                                /*addThenBlock=*/true, /*addElseBlock=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(ifOp.thenBlock());
  scf::YieldOp::create(b, thenValue());
  b.setInsertionPointToStart(ifOp.elseBlock());
  scf::YieldOp::create(b, elseValue());
  return ifOp.getResult(0);
}

scf::ForallOp GpuScheduleBuilder::createGrid(ArrayRef<OpFoldResult> bounds,
                                             StringRef role) {
  MLIRContext *ctx = b.getContext();
  SmallVector<Attribute> mapping = {
      gpu::GPUBlockMappingAttr::get(ctx, gpu::MappingId::DimX),
      gpu::GPUBlockMappingAttr::get(ctx, gpu::MappingId::DimY),
      gpu::GPUBlockMappingAttr::get(ctx, gpu::MappingId::DimZ)};
  auto grid =
      scf::ForallOp::create(b, bounds, ValueRange{}, b.getArrayAttr(mapping));
  grid->setAttr(kGpuKernelRoleAttrName, b.getStringAttr(role));
  return grid;
}

void GpuScheduleBuilder::forEachColumn(
    Value tx, function_ref<void(int64_t, Value)> write) {
  for (int64_t c = 0; c < valueColumns; ++c) {
    Value column = add(tx, index(c * warp));
    if ((c + 1) * warp <= view.valueHeadDim()) {
      write(c, column);
      continue;
    }
    auto columnIf = scf::IfOp::create(b, lt(column, index(view.valueHeadDim())));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(columnIf.thenBlock()->getTerminator());
    write(c, column);
  }
}

void GpuScheduleBuilder::threads(int64_t rows,
                                 function_ref<void(Value, Value)> body) {
  MLIRContext *ctx = b.getContext();
  SmallVector<OpFoldResult> bounds;
  SmallVector<Attribute> mapping;
  if (rows > 0) {
    bounds.push_back(b.getIndexAttr(rows));
    mapping.push_back(gpu::GPUThreadMappingAttr::get(ctx, gpu::MappingId::DimY));
  }
  bounds.push_back(b.getIndexAttr(warp));
  mapping.push_back(gpu::GPUThreadMappingAttr::get(ctx, gpu::MappingId::DimX));
  auto forall = scf::ForallOp::create(b, bounds, ValueRange{},
                                      b.getArrayAttr(mapping));
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(forall.getTerminator());
  SmallVector<Value> ivs = forall.getInductionVars();
  if (rows > 0)
    body(ivs[0], ivs[1]);
  else
    body(Value(), ivs[0]);
}

void GpuScheduleBuilder::loop(Value lb, Value ub, int64_t step,
                              function_ref<void(Value)> body) {
  auto forOp = scf::ForOp::create(b, lb, ub, index(step));
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(forOp.getBody()->getTerminator());
  body(forOp.getInductionVar());
}

ValueRange GpuScheduleBuilder::loop(
    Value lb, Value ub, int64_t step, ValueRange inits,
    function_ref<SmallVector<Value>(Value, ValueRange)> body) {
  auto forOp = scf::ForOp::create(b, lb, ub, index(step), inits);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(forOp.getBody());
  SmallVector<Value> yields =
      body(forOp.getInductionVar(), forOp.getRegionIterArgs());
  scf::YieldOp::create(b, yields);
  return forOp.getResults();
}

std::pair<Value, Value>
GpuScheduleBuilder::getRowAddress(Value unit, Value packedRow,
                                  Value queryLength) {
  if (!view.packedInPlace)
    return {unit, packedRow};
  Value member = arith::DivUIOp::create(b, packedRow, queryLength);
  Value row = arith::RemUIOp::create(b, packedRow, queryLength);
  return {getQueryHeadOfMember(b, view, unit, member), row};
}

Value GpuScheduleBuilder::build() {
  prepareOperands();
  createOutputs();
  // The grid: (row tiles x splits, units, batch).
  SmallVector<OpFoldResult> gridBounds = {
      arith::MulIOp::create(b, numRowTiles, index(numSplits)).getResult(),
      b.getIndexAttr(view.numUnits), batchSize};
  scf::ForallOp grid = createGrid(gridBounds, "attention");
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(grid.getTerminator());
    Block block = buildBlock(grid.getInductionVars());
    loadQueries(block);
    buildKvLoop(block);
    writeRows(block);
  }
  if (numSplits > 1)
    buildCombine();
  return bufferization::ToTensorOp::create(b, view.resultType(), out,
                                           /*restrict=*/true,
                                           /*writable=*/true);
}

void GpuScheduleBuilder::prepareOperands() {
  query = asBuffer(view.query());
  key = asBuffer(view.key());
  value = asBuffer(view.value());
  if (view.mask())
    maskBuffer = asBuffer(view.mask());
  if (view.kvLengths())
    kvLengths = asBuffer(view.kvLengths());
  if (view.qOffset())
    qOffset = asBuffer(view.qOffset());
  if (countKvBytes)
    counter = memref::GetGlobalOp::create(
        b, MemRefType::get({}, b.getI64Type()), kKvBytesCounterName);

  batchSize = memref::DimOp::create(b, query, 0);
  keyLength = memref::DimOp::create(b, key, 2);
  if (view.packedInPlace) {
    queryLength = memref::DimOp::create(b, query, 2);
    packedRows = mul(queryLength, index(view.packing));
  } else {
    packedRows = memref::DimOp::create(b, query, 2);
    queryLength = arith::DivUIOp::create(b, packedRows, index(view.packing));
  }
  numRowTiles = arith::CeilDivSIOp::create(b, packedRows, index(rowTile));
}

void GpuScheduleBuilder::createOutputs() {
  SmallVector<Value> resultSizes;
  if (view.resultType().isDynamicDim(0))
    resultSizes.push_back(batchSize);
  if (view.resultType().isDynamicDim(2))
    resultSizes.push_back(view.packedInPlace ? queryLength : packedRows);
  out = memref::AllocOp::create(
      b, MemRefType::get(view.resultType().getShape(), view.elementType()),
      resultSizes);
  if (numSplits == 1)
    return;
  int64_t dynamic = ShapedType::kDynamic;
  partialOut = memref::AllocOp::create(
      b,
      MemRefType::get({dynamic, view.numUnits, numSplits, dynamic,
                       view.valueHeadDim()},
                      f32),
      ValueRange{batchSize, packedRows});
  partialLse = memref::AllocOp::create(
      b, MemRefType::get({dynamic, view.numUnits, numSplits, dynamic}, f32),
      ValueRange{batchSize, packedRows});
}

GpuScheduleBuilder::Block GpuScheduleBuilder::buildBlock(ValueRange ivs) {
  Block block;
  Value tileAndSplit = ivs[0];
  block.unit = ivs[1];
  block.batch = ivs[2];
  Value tile = arith::DivUIOp::create(b, tileAndSplit, index(numSplits));
  block.split = arith::RemUIOp::create(b, tileAndSplit, index(numSplits));
  block.firstRow = mul(tile, index(rowTile));
  block.tileRows = min(index(rowTile), sub(packedRows, block.firstRow));
  block.kvHead = getKvHeadOfUnit(b, view, block.unit);
  Value givenLength, givenOffset;
  if (kvLengths)
    givenLength = toIndex(load(kvLengths, ValueRange{block.batch}));
  if (qOffset)
    givenOffset = toIndex(load(qOffset, ValueRange{block.batch}));
  TileKeyRange keys =
      getTileKeyRange(b, view, block.firstRow, block.tileRows, queryLength,
                      keyLength, givenLength, givenOffset);
  block.keyOffset = keys.offset;
  std::tie(block.splitLo, block.splitHi) =
      getSplitKeyRange(b, keys.lo, keys.hi, block.split, numSplits, kvTile);

  block.lastRow = sub(packedRows, index(1));
  block.lastKey = sub(keyLength, index(1));

  // Workgroup and per-thread memory.
  using gpu::AddressSpace;
  const int64_t headDim = view.headDim(), dv = view.valueHeadDim();
  block.queries = allocate({rowTile, headDim}, AddressSpace::Workgroup);
  block.keyTile = allocate({kvTile, headDim + 1}, AddressSpace::Workgroup);
  block.valueTile = allocate({kvTile, dv}, AddressSpace::Workgroup);
  block.scores = allocate({rowTile, kvTile}, AddressSpace::Workgroup);
  block.probabilities = allocate({rowTile, kvTile}, AddressSpace::Workgroup);
  block.runningMax = allocate({rowTile, warp}, AddressSpace::Private);
  block.runningSum = allocate({rowTile, warp}, AddressSpace::Private);
  block.rescale = allocate({rowTile, warp}, AddressSpace::Private);
  block.accumulators =
      allocate({rowTile, warp, valueColumns}, AddressSpace::Private);
  return block;
}

Value GpuScheduleBuilder::packedRowOf(const Block &block, Value ty) {
  return min(add(block.firstRow, ty), block.lastRow);
}

void GpuScheduleBuilder::loadQueries(const Block &block) {
  Value f32Zero = f32Const(0.0);
  Value scale = f32Const(view.scale());
  threads(rowTile, [&](Value ty, Value tx) {
    store(negInf(), block.runningMax, ValueRange{ty, tx});
    store(f32Zero, block.runningSum, ValueRange{ty, tx});
    for (int64_t c = 0; c < valueColumns; ++c)
      store(f32Zero, block.accumulators, ValueRange{ty, tx, index(c)});
    Value inRange = lt(add(block.firstRow, ty), packedRows);
    Value queryHead, queryRow;
    std::tie(queryHead, queryRow) =
        getRowAddress(block.unit, packedRowOf(block, ty), queryLength);
    loop(tx, index(view.headDim()), warp, [&](Value d) {
      Value q = ifElse(
          inRange, f32,
          [&] {
            return arith::MulFOp::create(
                b,
                toF32(load(query,
                           ValueRange{block.batch, queryHead, queryRow, d})),
                scale);
          },
          [&] { return f32Zero; });
      store(q, block.queries, ValueRange{ty, d});
    });
  });
}

void GpuScheduleBuilder::buildKvLoop(const Block &block) {
  auto kvLoop =
      scf::ForOp::create(b, block.splitLo, block.splitHi, index(kvTile));
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(kvLoop.getBody()->getTerminator());
  Value blockStart = kvLoop.getInductionVar();
  stageKvTile(block, blockStart);
  computeScores(block, blockStart);
  updateMaxAndProbabilities(block);
  accumulate(block);
}

void GpuScheduleBuilder::stageKvTile(const Block &block, Value blockStart) {
  const int64_t headDim = view.headDim(), dv = view.valueHeadDim();
  const int64_t threadsPerBlock = rowTile * warp;
  Value f32Zero = f32Const(0.0);
  auto stage = [&](Value source, Value tileBuffer, int64_t width, Value ty,
                   Value tx) {
    Value first = add(mul(ty, index(warp)), tx);
    loop(first, index(kvTile * width), threadsPerBlock, [&](Value e) {
      Value j = arith::DivUIOp::create(b, e, index(width));
      Value d = arith::RemUIOp::create(b, e, index(width));
      Value keyIndex = add(blockStart, j);
      Value element = ifElse(
          lt(keyIndex, block.splitHi), f32,
          [&] {
            return toF32(load(
                source, ValueRange{block.batch, block.kvHead, keyIndex, d}));
          },
          [&] { return f32Zero; });
      store(element, tileBuffer, ValueRange{j, d});
    });
  };
  threads(rowTile, [&](Value ty, Value tx) {
    stage(key, block.keyTile, headDim, ty, tx);
    stage(value, block.valueTile, dv, ty, tx);
  });
  if (!counter)
    return;
  // Bytes of K and V the block just read.
  Value staged = min(index(kvTile), sub(block.splitHi, blockStart));
  int64_t elementBytes = view.elementType().getIntOrFloatBitWidth() / 8;
  Value bytes = mul(staged, index((headDim + dv) * elementBytes));
  memref::AtomicRMWOp::create(
      b, arith::AtomicRMWKind::addi,
      arith::IndexCastOp::create(b, b.getI64Type(), bytes), counter,
      ValueRange{});
}

void GpuScheduleBuilder::computeScores(const Block &block, Value blockStart) {
  threads(rowTile, [&](Value ty, Value tx) {
    Value zero = index(0), f32Zero = f32Const(0.0);
    Value packedRow = packedRowOf(block, ty);
    Value member = arith::DivUIOp::create(b, packedRow, queryLength);
    Value row = arith::RemUIOp::create(b, packedRow, queryLength);
    Value head = getQueryHeadOfMember(b, view, block.unit, member);
    Value position = add(row, block.keyOffset);
    loop(tx, index(kvTile), warp, [&](Value j) {
      Value keyIndex = add(blockStart, j);
      Value dot = loop(zero, index(view.headDim()), 1, ValueRange{f32Zero},
                       [&](Value d, ValueRange acc) {
                         Value q = load(block.queries, ValueRange{ty, d});
                         Value k = load(block.keyTile, ValueRange{j, d});
                         return SmallVector<Value>{
                             math::FmaOp::create(b, q, k, acc[0])};
                       })[0];
      Value score = applySoftcap(b, view, dot);
      Value allowed = getAllowedKeys(b, view, lt(keyIndex, block.splitHi),
                                     keyIndex, position);
      if (maskBuffer) {
        auto [maskAllowed, bias] = readMask(b, maskBuffer, block.batch, head,
                                            row, min(keyIndex, block.lastKey));
        if (maskAllowed)
          allowed = arith::AndIOp::create(b, allowed, maskAllowed);
        if (bias)
          score = arith::AddFOp::create(b, score, bias);
      }
      store(select(allowed, score, negInf()), block.scores,
            ValueRange{ty, j});
    });
  });
}

void GpuScheduleBuilder::updateMaxAndProbabilities(const Block &block) {
  threads(rowTile, [&](Value ty, Value tx) {
    Value zero = index(0);
    Value blockMax =
        loop(zero, index(kvTile), 1, ValueRange{negInf()},
             [&](Value j, ValueRange acc) {
               return SmallVector<Value>{arith::MaxNumFOp::create(
                   b, acc[0], load(block.scores, ValueRange{ty, j}))};
             })[0];
    Value oldMax = load(block.runningMax, ValueRange{ty, tx});
    RunningMax running = updateRunningMax(b, oldMax, blockMax);
    store(running.max, block.runningMax, ValueRange{ty, tx});
    store(running.rescale, block.rescale, ValueRange{ty, tx});
    loop(tx, index(kvTile), warp, [&](Value j) {
      Value s = load(block.scores, ValueRange{ty, j});
      store(math::ExpOp::create(
                b, arith::SubFOp::create(b, s, running.finiteMax)),
            block.probabilities, ValueRange{ty, j});
    });
  });
}

void GpuScheduleBuilder::accumulate(const Block &block) {
  const int64_t dv = view.valueHeadDim();
  threads(rowTile, [&](Value ty, Value tx) {
    Value alpha = load(block.rescale, ValueRange{ty, tx});
    SmallVector<Value> inits = {f32Const(0.0)};
    SmallVector<Value> columns;
    for (int64_t c = 0; c < valueColumns; ++c) {
      inits.push_back(arith::MulFOp::create(
          b, load(block.accumulators, ValueRange{ty, tx, index(c)}), alpha));
      // Columns past Dv (Dv not a multiple of the warp) read a valid
      // column and are never written.
      columns.push_back(min(add(tx, index(c * warp)), index(dv - 1)));
    }
    ValueRange sums = loop(
        index(0), index(kvTile), 1, inits, [&](Value j, ValueRange acc) {
          Value p = load(block.probabilities, ValueRange{ty, j});
          SmallVector<Value> next = {arith::AddFOp::create(b, acc[0], p)};
          for (int64_t c = 0; c < valueColumns; ++c)
            next.push_back(math::FmaOp::create(
                b, p, load(block.valueTile, ValueRange{j, columns[c]}),
                acc[1 + c]));
          return next;
        });
    Value oldSum = load(block.runningSum, ValueRange{ty, tx});
    store(arith::AddFOp::create(b, arith::MulFOp::create(b, oldSum, alpha),
                                sums[0]),
          block.runningSum, ValueRange{ty, tx});
    for (int64_t c = 0; c < valueColumns; ++c)
      store(sums[1 + c], block.accumulators, ValueRange{ty, tx, index(c)});
  });
}

void GpuScheduleBuilder::writeRows(const Block &block) {
  threads(rowTile, [&](Value ty, Value tx) {
    Value packedRow = add(block.firstRow, ty);
    auto ifOp = scf::IfOp::create(b, lt(packedRow, packedRows));
    OpBuilder::InsertionGuard ifGuard(b);
    b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
    Value outHead, outRow;
    std::tie(outHead, outRow) =
        getRowAddress(block.unit, packedRow, queryLength);
    Value sum = load(block.runningSum, ValueRange{ty, tx});
    RowNormalization norm = normalizeRow(b, sum);
    forEachColumn(tx, [&](int64_t c, Value column) {
      Value result = arith::MulFOp::create(
          b, load(block.accumulators, ValueRange{ty, tx, index(c)}),
          norm.inverse);
      if (numSplits == 1) {
        if (!view.elementType().isF32())
          result = arith::TruncFOp::create(b, view.elementType(), result);
        store(result, out, ValueRange{block.batch, outHead, outRow, column});
      } else {
        store(result, partialOut,
              ValueRange{block.batch, block.unit, block.split, packedRow,
                         column});
      }
    });
    if (numSplits == 1)
      return;
    auto firstThread = scf::IfOp::create(
        b, arith::CmpIOp::create(b, arith::CmpIPredicate::eq, tx, index(0)));
    OpBuilder::InsertionGuard lseGuard(b);
    b.setInsertionPoint(firstThread.thenBlock()->getTerminator());
    Value max = load(block.runningMax, ValueRange{ty, tx});
    store(getLogSumExp(b, norm, max, sum), partialLse,
          ValueRange{block.batch, block.unit, block.split, packedRow});
  });
}

void GpuScheduleBuilder::buildCombine() {
  const int64_t dv = view.valueHeadDim();
  SmallVector<OpFoldResult> gridBounds = {
      packedRows, b.getIndexAttr(view.numUnits), batchSize};
  scf::ForallOp grid = createGrid(gridBounds, "combine");
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(grid.getTerminator());
  SmallVector<Value> ivs = grid.getInductionVars();
  Value row = ivs[0], unit = ivs[1], batch = ivs[2];
  threads(/*rows=*/0, [&](Value, Value tx) {
    Value f32Zero = f32Const(0.0);
    Value zero = index(0), splits = index(numSplits);
    auto lseOf = [&](Value s) {
      return load(partialLse, ValueRange{batch, unit, s, row});
    };
    Value maxLse = loop(zero, splits, 1, ValueRange{negInf()},
                        [&](Value s, ValueRange acc) {
                          return SmallVector<Value>{
                              arith::MaxNumFOp::create(b, acc[0], lseOf(s))};
                        })[0];
    Value isEmpty, finiteMax;
    std::tie(isEmpty, finiteMax) = getFiniteMax(b, maxLse);
    SmallVector<Value> columns, inits = {f32Zero};
    for (int64_t c = 0; c < valueColumns; ++c) {
      columns.push_back(min(add(tx, index(c * warp)), index(dv - 1)));
      inits.push_back(f32Zero);
    }
    ValueRange sums =
        loop(zero, splits, 1, inits, [&](Value s, ValueRange acc) {
          Value weight = math::ExpOp::create(
              b, arith::SubFOp::create(b, lseOf(s), finiteMax));
          SmallVector<Value> next = {arith::AddFOp::create(b, acc[0], weight)};
          for (int64_t c = 0; c < valueColumns; ++c)
            next.push_back(math::FmaOp::create(
                b, weight,
                load(partialOut, ValueRange{batch, unit, s, row, columns[c]}),
                acc[1 + c]));
          return next;
        });
    Value total = select(isEmpty, f32Const(1.0), sums[0]);
    Value inverse = arith::DivFOp::create(b, f32Const(1.0), total);
    forEachColumn(tx, [&](int64_t c, Value column) {
      Value result = arith::MulFOp::create(b, sums[1 + c], inverse);
      if (!view.elementType().isF32())
        result = arith::TruncFOp::create(b, view.elementType(), result);
      auto [outHead, outRow] = getRowAddress(unit, row, queryLength);
      store(result, out, ValueRange{batch, outHead, outRow, column});
    });
  });
}

LogicalResult mlir::gqa::tileAttentionForGpu(RewriterBase &rewriter,
                                             Operation *op,
                                             const GpuTargetInfo &target,
                                             const AttentionTileSizes &sizes,
                                             bool groupQueryHeads,
                                             bool countKvBytes) {
  std::optional<AttentionView> view = getGpuView(op, groupQueryHeads);
  if (!view)
    return rewriter.notifyMatchFailure(op, "not a gqa attention op");
  if (sizes.rowTile <= 0 || sizes.kvTile <= 0 || sizes.kvSplits <= 0)
    return rewriter.notifyMatchFailure(op, "tile sizes must be positive");
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  ImplicitLocOpBuilder builder(op->getLoc(), rewriter);
  GpuScheduleBuilder scheduleBuilder(builder, *view, target, sizes,
                                     countKvBytes);
  Value result = scheduleBuilder.build();
  rewriter.replaceOp(op, result);
  return success();
}

namespace {
/// gqa.attention / gqa.packed_attention => block-level GPU schedule.
template <typename OpTy>
struct TileAttentionForGpuPattern : public OpRewritePattern<OpTy> {
  TileAttentionForGpuPattern(MLIRContext *context, const GpuTargetInfo &target,
                             const AttentionTileSizes &overrides,
                             bool groupQueryHeads, bool countKvBytes)
      : OpRewritePattern<OpTy>(context), target(target), overrides(overrides),
        groupQueryHeads(groupQueryHeads), countKvBytes(countKvBytes) {}

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    std::string error;
    FailureOr<AttentionTileSizes> sizes =
        chooseGpuTileSizes(op, target, overrides, groupQueryHeads, error);
    if (failed(sizes))
      return rewriter.notifyMatchFailure(op, error);
    return tileAttentionForGpu(rewriter, op, target, *sizes, groupQueryHeads,
                               countKvBytes);
  }

  GpuTargetInfo target;
  AttentionTileSizes overrides;
  bool groupQueryHeads;
  bool countKvBytes;
};
} // namespace

void mlir::gqa::populateTileAttentionForGpuPatterns(
    RewritePatternSet &patterns, const GpuTargetInfo &target,
    const AttentionTileSizes &overrides, bool groupQueryHeads, bool countKvBytes) {
  patterns.add<TileAttentionForGpuPattern<AttentionOp>,
               TileAttentionForGpuPattern<PackedAttentionOp>>(
      patterns.getContext(), target, overrides, groupQueryHeads,
      countKvBytes);
}
