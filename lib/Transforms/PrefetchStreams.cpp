//===- PrefetchStreams.cpp - Prefetch what inner loops stream through -----===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Strip-mines the vectorizable inner loops that stream through buffers and
// prefetches each stream a fixed distance ahead at every strip. See
// `gqa-prefetch-streams` in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Support/HostCaches.h"
#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAPREFETCHSTREAMSPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// Bytes of a cache line: what one prefetch fetches.
constexpr int64_t kLineBytes = 64;
/// Cache lines of the narrowest stream per strip: one prefetch per line
/// and stream, and an inner loop long enough that LLVM vectorizes it as it
/// would the whole loop (its vector factor times its interleave).
constexpr int64_t kStripLines = 4;
/// The fewest whole strips a loop with a static trip count must have.
constexpr int64_t kMinStrips = 4;

/// A buffer that an inner loop reads at consecutive elements:
/// `memref[leading..., iv]`.
struct Stream {
  Value memref;
  SmallVector<Value> leading;
  int64_t elementBytes;
};

/// Whether `loop` is an inner loop the pass may strip-mine: no carried
/// values, no loop inside, step 1, not in an attention tile.
bool isCandidate(scf::ForOp loop) {
  if (loop.getNumRegionIterArgs() != 0 ||
      loop->getParentOfType<scf::ForallOp>() ||
      getConstantIntValue(loop.getStep()) != 1)
    return false;
  WalkResult loops = loop.getBody()->walk(
      [](LoopLikeOpInterface) { return WalkResult::interrupt(); });
  return !loops.wasInterrupted();
}

/// The streams of `loop`: one per distinct buffer and leading indices.
SmallVector<Stream> findStreams(scf::ForOp loop) {
  SmallVector<Stream> streams;
  Value iv = loop.getInductionVar();
  loop.getBody()->walk([&](memref::LoadOp load) {
    MemRefType type = load.getMemRefType();
    ValueRange indices = load.getIndices();
    Type element = type.getElementType();
    if (type.getRank() == 0 || !type.getLayout().isIdentity() ||
        indices.back() != iv || !loop.isDefinedOutsideOfLoop(load.getMemRef()) ||
        !element.isIntOrFloat() || element.getIntOrFloatBitWidth() % 8 != 0)
      return;
    SmallVector<Value> leading(indices.drop_back());
    if (!llvm::all_of(leading,
                      [&](Value v) { return loop.isDefinedOutsideOfLoop(v); }))
      return;
    for (const Stream &stream : streams)
      if (stream.memref == load.getMemRef() && stream.leading == leading)
        return;
    streams.push_back(
        {load.getMemRef(), leading, element.getIntOrFloatBitWidth() / 8});
  });
  return streams;
}

/// The buffer that `memref` views: through view-like ops to an allocation
/// or an argument.
Value getRootBuffer(Value memref) {
  while (auto view = memref.getDefiningOp<ViewLikeOpInterface>())
    memref = view.getViewSource();
  return memref;
}

/// Moves what `loop`'s body computes without the loop in front of it:
/// speculatable side-effect-free ops and, where the loop runs at least once,
/// loads of buffers that it does not write (distinct allocations and
/// arguments do not alias: entries get distinct buffers). A strip of a few
/// elements would otherwise recompute them (a norm's rsqrt of its row's
/// sum, per element), which LLVM hoisted out of the whole loop but not out
/// of a strip.
void hoistInvariants(scf::ForOp loop) {
  std::optional<int64_t> lower = getConstantIntValue(loop.getLowerBound());
  std::optional<int64_t> upper = getConstantIntValue(loop.getUpperBound());
  bool runs = lower && upper && *upper > *lower;
  llvm::SmallDenseSet<Value> written;
  bool otherWrites = false;
  loop.getBody()->walk([&](Operation *op) {
    if (auto store = dyn_cast<memref::StoreOp>(op))
      written.insert(getRootBuffer(store.getMemRef()));
    else if (!isMemoryEffectFree(op) && !isa<memref::LoadOp>(op))
      otherWrites = true;
  });
  for (Operation &op :
       llvm::make_early_inc_range(loop.getBody()->without_terminator())) {
    if (op.getNumRegions() != 0 ||
        !llvm::all_of(op.getOperands(), [&](Value value) {
          return loop.isDefinedOutsideOfLoop(value);
        }))
      continue;
    bool movable = isMemoryEffectFree(&op) && isSpeculatable(&op);
    if (auto load = dyn_cast<memref::LoadOp>(op))
      movable = runs && !otherWrites &&
                !written.contains(getRootBuffer(load.getMemRef()));
    if (movable)
      loop.moveOutOfLoop(&op);
  }
}

/// A stream as its prefetches see it: the buffer flattened to one
/// dimension, its last element, and the linear index of the row's first
/// element.
struct FlatStream {
  Value buffer, last, rowStart;
  int64_t elementBytes;
};

FlatStream flatten(OpBuilder &b, Location loc, const Stream &stream) {
  auto type = cast<MemRefType>(stream.memref.getType());
  int64_t rank = type.getRank();
  Value buffer = stream.memref;
  if (rank > 1) {
    ReassociationIndices all = llvm::to_vector(llvm::seq<int64_t>(0, rank));
    buffer = memref::CollapseShapeOp::create(b, loc, buffer,
                                             ArrayRef<ReassociationIndices>{all});
  }
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  Value total = memref::DimOp::create(b, loc, buffer, 0);
  // ((l0 * d1 + l1) * d2 + ...) * d_last.
  Value rowStart = arith::ConstantIndexOp::create(b, loc, 0);
  for (int64_t k = 0; k < rank; ++k) {
    if (k > 0)
      rowStart = arith::MulIOp::create(
          b, loc, rowStart, memref::DimOp::create(b, loc, stream.memref, k));
    if (k < rank - 1)
      rowStart = arith::AddIOp::create(b, loc, rowStart, stream.leading[k]);
  }
  return {buffer, arith::SubIOp::create(b, loc, total, one), rowStart,
          stream.elementBytes};
}

/// Strip-mines `loop` into strips of `strip` elements that each prefetch
/// every stream `distance` bytes ahead; the original loop keeps the
/// elements past the last whole strip.
void prefetchStreams(scf::ForOp loop, ArrayRef<Stream> streams, int64_t strip,
                     int64_t distance) {
  OpBuilder b(loop);
  Location loc = loop.getLoc();
  auto constant = [&](int64_t value) -> Value {
    return arith::ConstantIndexOp::create(b, loc, value);
  };
  Value lower = loop.getLowerBound();
  Value count = arith::MaxSIOp::create(
      b, loc, arith::SubIOp::create(b, loc, loop.getUpperBound(), lower),
      constant(0));
  Value full = arith::AddIOp::create(
      b, loc, lower,
      arith::MulIOp::create(
          b, loc, arith::DivUIOp::create(b, loc, count, constant(strip)),
          constant(strip)));
  SmallVector<FlatStream> flats;
  for (const Stream &stream : streams)
    flats.push_back(flatten(b, loc, stream));

  auto strips = scf::ForOp::create(b, loc, lower, full, constant(strip));
  b.setInsertionPointToStart(strips.getBody());
  Value start = strips.getInductionVar();
  for (const FlatStream &flat : flats) {
    int64_t perLine = kLineBytes / flat.elementBytes;
    Value ahead = arith::AddIOp::create(b, loc, flat.rowStart, start);
    for (int64_t offset = 0; offset < strip; offset += perLine) {
      Value index = arith::MinSIOp::create(
          b, loc,
          arith::AddIOp::create(
              b, loc, ahead,
              constant(distance / flat.elementBytes + offset)),
          flat.last);
      memref::PrefetchOp::create(b, loc, flat.buffer, ValueRange{index},
                                 /*isWrite=*/false, /*localityHint=*/3,
                                 /*isDataCache=*/true);
    }
  }
  auto inner = scf::ForOp::create(b, loc, constant(0), constant(strip),
                                  constant(1));
  b.setInsertionPointToStart(inner.getBody());
  IRMapping mapping;
  mapping.map(loop.getInductionVar(),
              arith::AddIOp::create(b, loc, start, inner.getInductionVar()));
  for (Operation &op : loop.getBody()->without_terminator())
    b.clone(op, mapping);
  loop.getLowerBoundMutable().assign(full);
}

struct GQAPrefetchStreamsPass
    : gqa::impl::GQAPrefetchStreamsPassBase<GQAPrefetchStreamsPass> {
  using Base::Base;

  void runOnOperation() override {
    if (distance < 0 || l1Bytes < 0) {
      getOperation().emitError()
          << getArgument() << ": distance and l1-bytes must be >= 0";
      return signalPassFailure();
    }
    int64_t l1 = l1Bytes > 0 ? l1Bytes : getHostL1DataBytes(kFallbackL1DataBytes);
    SmallVector<scf::ForOp> loops;
    getOperation().walk([&](scf::ForOp loop) {
      if (isCandidate(loop))
        loops.push_back(loop);
    });
    for (scf::ForOp loop : loops) {
      SmallVector<Stream> streams = findStreams(loop);
      if (streams.empty())
        continue;
      int64_t narrowest = kLineBytes;
      for (const Stream &stream : streams)
        narrowest = std::min(narrowest, stream.elementBytes);
      int64_t strip = kStripLines * kLineBytes / narrowest;
      std::optional<int64_t> lower = getConstantIntValue(loop.getLowerBound());
      std::optional<int64_t> upper = getConstantIntValue(loop.getUpperBound());
      if (lower && upper && (*upper - *lower) < kMinStrips * strip)
        continue;
      // A sixth of L1 shared by the streams, in whole lines.
      int64_t ahead = distance > 0
                          ? distance
                          : std::max<int64_t>(
                                kLineBytes, l1 / 6 / int64_t(streams.size()) /
                                                kLineBytes * kLineBytes);
      hoistInvariants(loop);
      prefetchStreams(loop, streams, strip, ahead);
    }
  }
};

} // namespace
