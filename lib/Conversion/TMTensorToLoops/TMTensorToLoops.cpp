//===- TMTensorToLoops.cpp - Lower tm_tensor ops to loops on tensors ------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// torch-mlir's tm_tensor scan, scatter and sort become scf.for loops that
// extract elements, inline the op's region on them and insert the results
// into loop-carried tensors. See `convert-tm-tensor-to-loops` in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Conversion/Passes.h"
#include "gqa/Dialect/TMTensor/IR/TMTensorDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_CONVERTTMTENSORTOLOOPSPASS
#include "gqa/Conversion/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// Clones the ops of `region`'s block with its arguments bound to `args` and
/// returns the value its terminator yields.
Value inlineRegion(OpBuilder &builder, Region &region, ValueRange args) {
  Block &block = region.front();
  IRMapping mapping;
  mapping.map(block.getArguments(), args);
  for (Operation &op : block.without_terminator())
    builder.clone(op, mapping);
  return mapping.lookupOrDefault(block.getTerminator()->getOperand(0));
}

/// The sizes of the dimensions of `tensor` other than `skip` (-1: none).
SmallVector<Value> getSizes(OpBuilder &builder, Location loc, Value tensor,
                            int64_t skip = -1) {
  SmallVector<Value> sizes;
  auto type = cast<RankedTensorType>(tensor.getType());
  for (int64_t d = 0, e = type.getRank(); d < e; ++d)
    if (d != skip)
      sizes.push_back(tensor::DimOp::create(builder, loc, tensor, d));
  return sizes;
}

/// A loop nest over `sizes` carrying `tensors`; `body` returns the new
/// tensors. Returns the final tensors.
SmallVector<Value> buildNest(
    OpBuilder &builder, Location loc, ValueRange sizes, ValueRange tensors,
    function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange,
                                    ValueRange)>
        body) {
  Value zero = arith::ConstantIndexOp::create(builder, loc, 0);
  Value one = arith::ConstantIndexOp::create(builder, loc, 1);
  SmallVector<Value> lbs(sizes.size(), zero), steps(sizes.size(), one);
  scf::LoopNest nest = scf::buildLoopNest(
      builder, loc, lbs, sizes, steps, tensors,
      [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange args) {
        return scf::ValueVector(body(b, l, ivs, args));
      });
  return nest.results;
}

/// `ivs` with `iv` inserted at position `dim`.
SmallVector<Value> withDim(ValueRange ivs, int64_t dim, Value iv) {
  SmallVector<Value> indices(ivs);
  indices.insert(indices.begin() + dim, iv);
  return indices;
}

LogicalResult lowerScan(RewriterBase &rewriter, tm_tensor::ScanOp op) {
  Location loc = op.getLoc();
  Value input = op.getInputs()[0];
  int64_t dim = op.getDimension();
  bool inclusive = op.getInclusive();
  Value n = tensor::DimOp::create(rewriter, loc, input, dim);
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  SmallVector<Value> results = buildNest(
      rewriter, loc, getSizes(rewriter, loc, input, dim), op.getOutputs(),
      [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange tensors) {
        // Along the dimension: out[i] from out[i-1] and the input, the
        // running value carried for the accumulator.
        Value accInit = tensor::ExtractOp::create(b, l, tensors[1], ivs);
        auto loop = scf::ForOp::create(
            b, l, zero, n, one, ValueRange{tensors[0], accInit},
            [&](OpBuilder &lb, Location ll, Value i, ValueRange carried) {
              Value isFirst = arith::CmpIOp::create(
                  lb, ll, arith::CmpIPredicate::eq, i, zero);
              auto ifOp = scf::IfOp::create(
                  lb, ll, isFirst,
                  [&](OpBuilder &tb, Location tl) {
                    Value first =
                        inclusive ? tensor::ExtractOp::create(
                                        tb, tl, input, withDim(ivs, dim, i))
                                        .getResult()
                                  : accInit;
                    scf::YieldOp::create(tb, tl, first);
                  },
                  [&](OpBuilder &eb, Location el) {
                    Value prev = arith::SubIOp::create(eb, el, i, one);
                    Value previous = tensor::ExtractOp::create(
                        eb, el, carried[0], withDim(ivs, dim, prev));
                    Value current = tensor::ExtractOp::create(
                        eb, el, input, withDim(ivs, dim, inclusive ? i : prev));
                    scf::YieldOp::create(
                        eb, el,
                        inlineRegion(eb, op.getRegion(), {previous, current}));
                  });
              Value value = ifOp.getResult(0);
              Value out = tensor::InsertOp::create(lb, ll, value, carried[0],
                                                   withDim(ivs, dim, i));
              Value acc =
                  arith::SelectOp::create(lb, ll, isFirst, carried[1], value);
              scf::YieldOp::create(lb, ll, ValueRange{out, acc});
            });
        Value acc = tensor::InsertOp::create(b, l, loop.getResult(1),
                                             tensors[1], ivs);
        return SmallVector<Value>{loop.getResult(0), acc};
      });
  rewriter.replaceOp(op, results);
  return success();
}

LogicalResult lowerScatter(RewriterBase &rewriter, tm_tensor::ScatterOp op) {
  Location loc = op.getLoc();
  Value updates = op.getInputs()[0];
  Value indices = op.getInputs()[1];
  Value original = op.getOutputs()[0];
  auto originalType = cast<RankedTensorType>(original.getType());
  int64_t rank = originalType.getRank();
  ArrayRef<int64_t> dimMap = op.getDimensionMap();
  SmallVector<Value> bounds = getSizes(rewriter, loc, original);
  SmallVector<Value> results = buildNest(
      rewriter, loc, getSizes(rewriter, loc, updates), ValueRange{original},
      [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange tensors) {
        // The position: the update's slice indices aligned to the end, plus
        // the indices of row ivs[0] at their mapped dimensions.
        Value zero = arith::ConstantIndexOp::create(b, l, 0);
        SmallVector<Value> position(rank, zero);
        ValueRange slice = ivs.drop_front();
        for (auto [k, iv] : llvm::enumerate(slice))
          position[rank - slice.size() + k] = iv;
        for (auto [k, dim] : llvm::enumerate(dimMap)) {
          Value column = arith::ConstantIndexOp::create(b, l, k);
          Value index = tensor::ExtractOp::create(
              b, l, indices, ValueRange{ivs[0], column});
          Value cast = arith::IndexCastOp::create(b, l, b.getIndexType(), index);
          position[dim] = arith::AddIOp::create(b, l, position[dim], cast);
        }
        Value inside = arith::ConstantIntOp::create(b, l, 1, 1);
        for (auto [p, bound] : llvm::zip_equal(position, bounds)) {
          Value low = arith::CmpIOp::create(b, l, arith::CmpIPredicate::sge,
                                            p, zero);
          Value high = arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt,
                                             p, bound);
          inside = arith::AndIOp::create(
              b, l, inside, arith::AndIOp::create(b, l, low, high));
        }
        auto ifOp = scf::IfOp::create(
            b, l, inside,
            [&](OpBuilder &tb, Location tl) {
              Value update = tensor::ExtractOp::create(tb, tl, updates, ivs);
              Value old =
                  tensor::ExtractOp::create(tb, tl, tensors[0], position);
              Value value = inlineRegion(tb, op.getRegion(), {update, old});
              scf::YieldOp::create(
                  tb, tl,
                  tensor::InsertOp::create(tb, tl, value, tensors[0], position)
                      .getResult());
            },
            [&](OpBuilder &eb, Location el) {
              scf::YieldOp::create(eb, el, tensors[0]);
            });
        return SmallVector<Value>{ifOp.getResult(0)};
      });
  rewriter.replaceOp(op, results);
  return success();
}

/// One compare-and-swap of positions `i` and `i + 1` along `dim` of every
/// tensor of `tensors`, at the other indices `ivs`.
SmallVector<Value> compareAndSwap(OpBuilder &b, Location l,
                                  tm_tensor::SortOp op, ValueRange ivs,
                                  Value i, ValueRange tensors) {
  int64_t dim = op.getDimension();
  Value one = arith::ConstantIndexOp::create(b, l, 1);
  Value next = arith::AddIOp::create(b, l, i, one);
  SmallVector<Value> here = withDim(ivs, dim, i);
  SmallVector<Value> there = withDim(ivs, dim, next);
  SmallVector<Value> pairs;
  for (Value t : tensors) {
    pairs.push_back(tensor::ExtractOp::create(b, l, t, here));
    pairs.push_back(tensor::ExtractOp::create(b, l, t, there));
  }
  Value keep = inlineRegion(b, op.getRegion(), pairs);
  auto ifOp = scf::IfOp::create(
      b, l, keep,
      [&](OpBuilder &tb, Location tl) { scf::YieldOp::create(tb, tl, tensors); },
      [&](OpBuilder &eb, Location el) {
        SmallVector<Value> swapped;
        for (auto [k, t] : llvm::enumerate(tensors)) {
          Value s =
              tensor::InsertOp::create(eb, el, pairs[2 * k + 1], t, here);
          swapped.push_back(
              tensor::InsertOp::create(eb, el, pairs[2 * k], s, there));
        }
        scf::YieldOp::create(eb, el, swapped);
      });
  return SmallVector<Value>(ifOp.getResults());
}

LogicalResult lowerSort(RewriterBase &rewriter, tm_tensor::SortOp op) {
  Location loc = op.getLoc();
  int64_t dim = op.getDimension();
  Value first = op.getOutputs()[0];
  Value n = tensor::DimOp::create(rewriter, loc, first, dim);
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  Value last = arith::SubIOp::create(rewriter, loc, n, one);
  SmallVector<Value> results = buildNest(
      rewriter, loc, getSizes(rewriter, loc, first, dim), op.getOutputs(),
      [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange tensors) {
        // n passes of adjacent compare-and-swaps: a stable bubble sort.
        auto passes = scf::ForOp::create(
            b, l, zero, n, one, tensors,
            [&](OpBuilder &pb, Location pl, Value, ValueRange carried) {
              auto swaps = scf::ForOp::create(
                  pb, pl, zero, last, one, carried,
                  [&](OpBuilder &sb, Location sl, Value i, ValueRange ts) {
                    scf::YieldOp::create(
                        sb, sl, compareAndSwap(sb, sl, op, ivs, i, ts));
                  });
              scf::YieldOp::create(pb, pl, swaps.getResults());
            });
        return SmallVector<Value>(passes.getResults());
      });
  rewriter.replaceOp(op, results);
  return success();
}

} // namespace

LogicalResult mlir::gqa::lowerTMTensorOp(RewriterBase &rewriter,
                                         Operation *op) {
  rewriter.setInsertionPoint(op);
  if (auto scan = dyn_cast<tm_tensor::ScanOp>(op))
    return lowerScan(rewriter, scan);
  if (auto scatter = dyn_cast<tm_tensor::ScatterOp>(op))
    return lowerScatter(rewriter, scatter);
  if (auto sort = dyn_cast<tm_tensor::SortOp>(op))
    return lowerSort(rewriter, sort);
  return op->emitOpError("is not a tm_tensor op this lowering supports");
}

namespace {
struct ConvertTMTensorToLoopsPass
    : public gqa::impl::ConvertTMTensorToLoopsPassBase<
          ConvertTMTensorToLoopsPass> {
  void runOnOperation() override {
    SmallVector<Operation *> ops;
    getOperation()->walk([&](Operation *op) {
      if (isa<tm_tensor::ScanOp, tm_tensor::ScatterOp, tm_tensor::SortOp>(op))
        ops.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (Operation *op : ops)
      if (failed(lowerTMTensorOp(rewriter, op)))
        return signalPassFailure();
  }
};
} // namespace
