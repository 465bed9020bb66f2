//===- ReductionsToLoops.cpp - Reductions with accumulators in registers --===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Lowers linalg reductions on buffers over their innermost loop to a
// parallel loop over the other dimensions around an `scf.for` that carries
// the accumulators as iteration arguments, with the combining float ops
// marked reassociable, so that LLVM keeps them in registers and vectorizes
// them. See `gqa-reductions-to-loops` in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAREDUCTIONSTOLOOPSPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// Whether `op` is a reduction over its innermost loop only, on buffers,
/// whose outputs are read at the other loops (or constant zeros).
bool isInnerReduction(linalg::GenericOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInits() == 0)
    return false;
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  if (iterators.empty() || iterators.back() != utils::IteratorType::reduction)
    return false;
  if (llvm::count(iterators, utils::IteratorType::reduction) != 1)
    return false;
  unsigned inner = iterators.size() - 1;
  for (OpOperand &init : op.getDpsInitsMutable()) {
    AffineMap map = op.getMatchingIndexingMap(&init);
    if (map.isFunctionOfDim(inner) ||
        !map.isProjectedPermutation(/*allowZeroInResults=*/true))
      return false;
  }
  return llvm::all_of(op.getDpsInputOperands(), [](OpOperand *input) {
    return isa<MemRefType>(input->get().getType()) ||
           !isa<ShapedType>(input->get().getType());
  });
}

/// The indices `map` gives for the loop indices `ivs` (the outer ones only
/// for an output's map, which does not read the innermost loop).
SmallVector<Value> applyMap(OpBuilder &b, Location loc, AffineMap map,
                            ValueRange ivs) {
  SmallVector<Value> indices;
  for (AffineExpr expr : map.getResults()) {
    if (auto dim = dyn_cast<AffineDimExpr>(expr)) {
      indices.push_back(ivs[dim.getPosition()]);
      continue;
    }
    if (auto constant = dyn_cast<AffineConstantExpr>(expr)) {
      indices.push_back(
          arith::ConstantIndexOp::create(b, loc, constant.getValue()));
      continue;
    }
    indices.push_back(affine::AffineApplyOp::create(
        b, loc, AffineMap::get(map.getNumDims(), 0, expr), ivs));
  }
  return indices;
}

/// Marks the float sums, products, maxima and minima of the body that
/// combine an accumulator as reassociable, so that LLVM may vectorize them
/// (the order of accumulation then differs from the loop's by rounding).
void allowReassociation(Operation *op, ValueRange accumulators) {
  auto fastMath = dyn_cast<arith::ArithFastMathInterface>(op);
  if (!fastMath ||
      !isa<arith::AddFOp, arith::MulFOp, arith::MaximumFOp, arith::MinimumFOp,
           arith::MaxNumFOp, arith::MinNumFOp>(op) ||
      !llvm::any_of(op->getOperands(), [&](Value operand) {
        return llvm::is_contained(accumulators, operand);
      }))
    return;
  MLIRContext *context = op->getContext();
  arith::FastMathFlags flags = fastMath.getFastMathFlagsAttr().getValue();
  op->setAttr(fastMath.getFastMathAttrName(),
              arith::FastMathFlagsAttr::get(
                  context, flags | arith::FastMathFlags::reassoc));
}

/// The reduction loop of `op` at the outer loop indices `outer`: loads the
/// accumulators, carries them through the innermost loop and stores them.
void buildReduction(OpBuilder &b, Location loc, linalg::GenericOp op,
                    ArrayRef<Range> ranges, ValueRange outer) {
  SmallVector<Value> inits;
  SmallVector<SmallVector<Value>> initIndices;
  for (OpOperand &init : op.getDpsInitsMutable()) {
    initIndices.push_back(
        applyMap(b, loc, op.getMatchingIndexingMap(&init), outer));
    inits.push_back(
        memref::LoadOp::create(b, loc, init.get(), initIndices.back()));
  }
  const Range &inner = ranges.back();
  auto loop = scf::ForOp::create(
      b, loc, getValueOrCreateConstantIndexOp(b, loc, inner.offset),
      getValueOrCreateConstantIndexOp(b, loc, inner.size),
      getValueOrCreateConstantIndexOp(b, loc, inner.stride), inits,
      [&](OpBuilder &fb, Location fl, Value iv, ValueRange accumulators) {
        SmallVector<Value> ivs(outer);
        ivs.push_back(iv);
        IRMapping mapping;
        Block *body = op.getBlock();
        for (OpOperand *input : op.getDpsInputOperands()) {
          Value value = input->get();
          if (isa<MemRefType>(value.getType()))
            value = memref::LoadOp::create(
                fb, fl, value,
                applyMap(fb, fl, op.getMatchingIndexingMap(input), ivs));
          mapping.map(op.getMatchingBlockArgument(input), value);
        }
        for (auto [init, accumulator] :
             llvm::zip_equal(op.getDpsInitsMutable(), accumulators))
          mapping.map(op.getMatchingBlockArgument(&init), accumulator);
        for (Operation &nested : body->without_terminator()) {
          if (auto index = dyn_cast<linalg::IndexOp>(nested)) {
            mapping.map(index.getResult(), ivs[index.getDim()]);
            continue;
          }
          Operation *clone = fb.clone(nested, mapping);
          allowReassociation(clone, accumulators);
        }
        SmallVector<Value> yielded;
        for (Value value : body->getTerminator()->getOperands())
          yielded.push_back(mapping.lookupOrDefault(value));
        scf::YieldOp::create(fb, fl, yielded);
      });
  for (auto [init, result, indices] : llvm::zip_equal(
           op.getDpsInitsMutable(), loop.getResults(), initIndices))
    memref::StoreOp::create(b, loc, result, init.get(), indices);
}

/// Replaces `op` by a parallel loop over its outer dimensions around its
/// reduction loop.
void lowerReduction(linalg::GenericOp op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  SmallVector<Range> ranges(
      cast<linalg::LinalgOp>(op.getOperation()).createLoopRanges(b, loc));
  if (ranges.size() == 1) {
    buildReduction(b, loc, op, ranges, ValueRange());
    op.erase();
    return;
  }
  SmallVector<Value> lbs, ubs, steps;
  for (const Range &range : ArrayRef<Range>(ranges).drop_back()) {
    lbs.push_back(getValueOrCreateConstantIndexOp(b, loc, range.offset));
    ubs.push_back(getValueOrCreateConstantIndexOp(b, loc, range.size));
    steps.push_back(getValueOrCreateConstantIndexOp(b, loc, range.stride));
  }
  scf::ParallelOp::create(
      b, loc, lbs, ubs, steps,
      [&](OpBuilder &pb, Location pl, ValueRange outer) {
        buildReduction(pb, pl, op, ranges, outer);
      });
  op.erase();
}

struct GQAReductionsToLoopsPass
    : gqa::impl::GQAReductionsToLoopsPassBase<GQAReductionsToLoopsPass> {
  void runOnOperation() override {
    SmallVector<linalg::GenericOp> reductions;
    getOperation().walk([&](linalg::GenericOp op) {
      if (isInnerReduction(op))
        reductions.push_back(op);
    });
    for (linalg::GenericOp op : reductions)
      lowerReduction(op);
  }
};

} // namespace
