//===- RaiseOperands.cpp - Contractions and Q, K, V of the raise ----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): the `Q K^T` and `P V`
// contractions, and the walk back from their operands through layout
// changes to the values whose dimensions are exactly batch, heads, sequence
// and head dim, undoing at most one broadcast that repeats the key/value
// heads.
//
//===----------------------------------------------------------------------===//

#include "RaiseOperands.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/AffineMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallBitVector.h"
#include "llvm/Support/FormatVariadic.h"

#include <cstdlib>

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::raise;

//===----------------------------------------------------------------------===//
// Contractions
//===----------------------------------------------------------------------===//

FailureOr<Contraction> raise::matchContraction(Operation *op, Reason &why) {
  auto linalgOp = dyn_cast_or_null<linalg::LinalgOp>(op);
  if (!linalgOp || linalgOp.getNumDpsInputs() != 2 ||
      linalgOp.getNumDpsInits() != 1 || !linalgOp.hasPureTensorSemantics() ||
      !linalg::isaContractionOpInterface(linalgOp))
    return why("expected a contraction, got " +
               (op ? describe(op) : std::string("a block argument")));
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(linalgOp);
  if (failed(dims))
    return why("cannot tell the batch, M, N and K dimensions of " +
               describe(op));
  if (dims->batch.size() > 2 || dims->m.size() != 1 || dims->n.size() != 1 ||
      dims->k.size() != 1)
    return why(llvm::formatv("{0} has {1} batch, {2} M, {3} N and {4} K "
                             "dimensions; expected at most 2 batch and one "
                             "each of M, N and K",
                             describe(op), dims->batch.size(), dims->m.size(),
                             dims->n.size(), dims->k.size())
                   .str());
  return Contraction{linalgOp, *dims};
}

Labels raise::labelsFromLoops(linalg::LinalgOp op, OpOperand *operand,
                              const Labels &loopLabels) {
  AffineMap map = op.getMatchingIndexingMap(operand);
  auto type = cast<ShapedType>(operand->get().getType());
  Labels labels;
  for (auto [dim, expr] : llvm::enumerate(map.getResults())) {
    if (auto dimExpr = dyn_cast<AffineDimExpr>(expr))
      labels.push_back(loopLabels[dimExpr.getPosition()]);
    else
      labels.push_back({{Role::Unit, type.getDimSize(dim)}});
  }
  return labels;
}

//===----------------------------------------------------------------------===//
// Tracing Q, K and V
//===----------------------------------------------------------------------===//

/// True if every dimension holds at most one role, no role twice, and no
/// half of a split heads dimension. Merged batch*heads dimensions are only
/// accepted with `allowMergedBatch`.
static bool isCleanBase(const Labels &labels, bool allowMergedBatch) {
  llvm::SmallDenseSet<unsigned> seen;
  for (const DimLabel &dim : labels) {
    DimLabel atoms = nonUnit(dim);
    if (atoms.size() > 1)
      return false;
    if (atoms.empty())
      continue;
    Role role = atoms.front().role;
    if (role == Role::HeadsOuter || role == Role::HeadsInner)
      return false;
    if (role == Role::BatchHeads && !allowMergedBatch)
      return false;
    if (!seen.insert(static_cast<unsigned>(role)).second)
      return false;
  }
  return true;
}

namespace {

/// The result of one step of the walk back from Q, K or V: the source of the
/// op stepped through, its labels, and what the op did besides moving data.
struct TraceStep {
  TraceStep(Value source, Labels labels)
      : source(source), labels(std::move(labels)) {}

  Value source;
  Labels labels;
  double scale = 1.0;
  /// Set if this step is the broadcast that repeats the heads.
  std::optional<HeadMapping> repeat;
  /// Set if this step widens the elements (`arith.extf`): the wider type.
  Type widenedTo;
};

} // namespace

/// Steps back through `op`, a copy, transpose or broadcast of `input` (an
/// output map that is a permutation, an input map of loops and constant
/// zeros). Loops the input does not read must repeat heads (or have size 1).
static FailureOr<TraceStep>
traceThroughBroadcastOrCopy(linalg::LinalgOp op, OpOperand *input,
                            const Labels &resultLabels, Reason &why) {
  AffineMap outMap = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (!outMap.isPermutation())
    return why("the output map of " + describe(op) + " is not a permutation");
  Labels loopLabels(op.getNumLoops());
  for (auto [dim, expr] : llvm::enumerate(outMap.getResults()))
    loopLabels[cast<AffineDimExpr>(expr).getPosition()] = resultLabels[dim];

  AffineMap inMap = op.getMatchingIndexingMap(input);
  auto inType = cast<RankedTensorType>(input->get().getType());
  llvm::SmallBitVector used(op.getNumLoops());
  Labels labels;
  for (auto [dim, expr] : llvm::enumerate(inMap.getResults())) {
    if (auto dimExpr = dyn_cast<AffineDimExpr>(expr)) {
      if (used.test(dimExpr.getPosition()))
        return why("the input map of " + describe(op) + " uses a loop twice");
      used.set(dimExpr.getPosition());
      labels.push_back(loopLabels[dimExpr.getPosition()]);
      continue;
    }
    auto constant = dyn_cast<AffineConstantExpr>(expr);
    if (!constant || constant.getValue() != 0 || inType.getDimSize(dim) != 1)
      return why("the input map of " + describe(op) +
                 " is not a permutation or broadcast");
    labels.push_back({{Role::Unit, 1}});
  }

  TraceStep step(input->get(), Labels());
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  for (unsigned loop = 0, e = op.getNumLoops(); loop < e; ++loop) {
    // Broadcasting to size 1 repeats nothing.
    if (used.test(loop) || ranges[loop] == 1)
      continue;
    DimLabel atoms = nonUnit(loopLabels[loop]);
    if (atoms.empty())
      continue;
    if (atoms.size() != 1)
      return why("broadcast along " + toString({loopLabels[loop]}) + " by " +
                 describe(op) + " is not a repetition of key/value heads");
    if (step.repeat)
      return why(describe(op) + " broadcasts along more than one heads "
                                "dimension");
    Role role = atoms.front().role;
    Role kept;
    if (role == Role::HeadsInner) {
      step.repeat = HeadMapping::Contiguous;
      kept = Role::HeadsOuter;
    } else if (role == Role::HeadsOuter) {
      step.repeat = HeadMapping::Interleaved;
      kept = Role::HeadsInner;
    } else if (role == Role::Heads) {
      // A single key/value head shared by every query head.
      step.repeat = HeadMapping::Contiguous;
      continue;
    } else {
      return why("broadcast along " + toString({loopLabels[loop]}) + " by " +
                 describe(op) + " is not a repetition of key/value heads");
    }
    bool found = false;
    for (DimLabel &label : labels)
      for (Atom &atom : label)
        if (atom.role == kept) {
          atom.role = Role::Heads;
          found = true;
        }
    if (!found)
      return why(describe(op) + " broadcasts part of the heads but does not "
                                "read the other part");
  }
  step.labels = std::move(labels);
  return step;
}

/// One step back from `value`, labelled `labels`, through a reshape, a
/// transpose, a copy or broadcast, or a scaling by a constant. Fails (with
/// the producer in `why`) where the walk must stop.
static FailureOr<TraceStep> traceStep(Value value, const Labels &labels,
                                      Reason &why) {
  Operation *def = value.getDefiningOp();
  if (!def)
    return why("reached a block argument");
  if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(def)) {
    FailureOr<Labels> src = labelsBeforeCollapse(collapse, labels);
    if (failed(src))
      return why("cannot split " + toString(labels) + " over the source of " +
                 describe(def));
    return TraceStep{collapse.getSrc(), *src};
  }
  if (auto expand = dyn_cast<tensor::ExpandShapeOp>(def))
    return TraceStep{expand.getSrc(), labelsBeforeExpand(expand, labels)};
  if (auto transpose = dyn_cast<linalg::TransposeOp>(def)) {
    Labels src(labels.size());
    for (auto [dim, srcDim] : llvm::enumerate(transpose.getPermutation()))
      src[srcDim] = labels[dim];
    return TraceStep{transpose.getInput(), src};
  }
  auto linalgOp = dyn_cast<linalg::LinalgOp>(def);
  if (!linalgOp || !linalgOp.hasPureTensorSemantics() ||
      !isAllParallel(linalgOp) || linalgOp.getNumDpsInits() != 1 ||
      def->getNumResults() != 1)
    return why("reached " + describe(def));
  if (auto broadcast = dyn_cast<linalg::BroadcastOp>(def))
    return traceThroughBroadcastOrCopy(linalgOp, linalgOp.getDpsInputOperand(0),
                                       labels, why);
  Block *body = linalgOp.getBlock();
  if (!body)
    return why("reached " + describe(def));
  Value yielded = getYielded(linalgOp, 0);
  // A copy, transpose or broadcast: the body yields an input.
  if (auto arg = dyn_cast<BlockArgument>(yielded);
      arg && arg.getOwner() == body &&
      arg.getArgNumber() < linalgOp.getNumDpsInputs() &&
      linalgOp.getNumDpsInputs() == 1)
    return traceThroughBroadcastOrCopy(
        linalgOp, linalgOp.getDpsInputOperand(arg.getArgNumber()), labels, why);
  // A widening cast, `extf` of one identity-mapped input: exact, so the
  // narrower value is the same operand (the plan decides the element type).
  if (isElementwiseMap(linalgOp) && linalgOp.getNumDpsInputs() == 1 &&
      linalgOp.getMatchingIndexingMap(linalgOp.getDpsInputOperand(0))
          .isIdentity()) {
    auto ext = yielded.getDefiningOp<arith::ExtFOp>();
    if (ext && ext->getBlock() == body &&
        ext.getIn() ==
            linalgOp.getMatchingBlockArgument(linalgOp.getDpsInputOperand(0))) {
      TraceStep step{linalgOp.getDpsInputOperand(0)->get(), labels};
      step.widenedTo = ext.getType();
      return step;
    }
  }
  // A scaling by a constant: x * c or x / c on an identity-mapped input.
  if (isElementwiseMap(linalgOp)) {
    Operation *scaleOp = yielded.getDefiningOp();
    if (scaleOp && scaleOp->getBlock() == body &&
        isa<arith::MulFOp, arith::DivFOp>(scaleOp)) {
      for (unsigned side = 0; side < 2; ++side) {
        auto arg = dyn_cast<BlockArgument>(scaleOp->getOperand(side));
        if (!arg || arg.getOwner() != body ||
            arg.getArgNumber() >= linalgOp.getNumDpsInputs())
          continue;
        OpOperand *input = linalgOp.getDpsInputOperand(arg.getArgNumber());
        if (!linalgOp.getMatchingIndexingMap(input).isIdentity())
          continue;
        if (isa<arith::DivFOp>(scaleOp) && side != 0)
          continue;
        std::optional<double> factor =
            getBodyConstant(linalgOp, scaleOp->getOperand(1 - side));
        if (!factor || *factor == 0.0)
          continue;
        TraceStep step{input->get(), labels};
        step.scale = isa<arith::DivFOp>(scaleOp) ? 1.0 / *factor : *factor;
        return step;
      }
    }
  }
  return why("reached " + describe(def));
}

FailureOr<TracedOperand> raise::traceOperand(Value value, Labels labels,
                                             bool allowRepeat, StringRef name,
                                             Reason &why) {
  // The chosen base is the first clean value after (upstream of) the last
  // repeat or scaling; values with batch and heads still merged are only a
  // last resort. `epoch` counts the repeats and scalings passed.
  // Within an epoch, a value that needs fewer unit dims added or removed,
  // and no transpose, is preferred.
  std::optional<TracedOperand> best, merged;
  int bestEpoch = -1, mergedEpoch = -1, epoch = 0, repeatEpoch = 0;
  int64_t bestPenalty = 0;
  auto penalty = [](const Labels &labels) {
    int64_t units = llvm::count_if(
        labels, [](const DimLabel &dim) { return nonUnit(dim).empty(); });
    SmallVector<unsigned> roles;
    for (const DimLabel &dim : labels)
      for (const Atom &atom : nonUnit(dim))
        roles.push_back(static_cast<unsigned>(atom.role));
    return units + std::abs(static_cast<int64_t>(labels.size()) - 4) +
           (llvm::is_sorted(roles) ? 0 : 1);
  };
  TracedOperand current;
  current.base = value;
  current.labels = labels;
  for (int steps = 0; steps < 64; ++steps) {
    if (isCleanBase(current.labels, /*allowMergedBatch=*/false)) {
      if (bestEpoch < epoch ||
          (bestEpoch == epoch && penalty(current.labels) < bestPenalty)) {
        best = current;
        bestEpoch = epoch;
        bestPenalty = penalty(current.labels);
      }
    } else if (isCleanBase(current.labels, /*allowMergedBatch=*/true) &&
               mergedEpoch < epoch) {
      merged = current;
      mergedEpoch = epoch;
    }
    Reason stop;
    FailureOr<TraceStep> step = traceStep(current.base, current.labels, stop);
    if (failed(step)) {
      // A broadcast that is not a heads repetition is a real mismatch; any
      // other producer just ends the walk.
      if (StringRef(stop.text).contains("broadcast"))
        return why(name + ": " + stop.text);
      break;
    }
    if (step->repeat) {
      if (!allowRepeat)
        return why(name + " is broadcast across heads");
      if (current.repeated)
        return why(name + " repeats its heads twice");
      current.repeated = true;
      current.mapping = *step->repeat;
      repeatEpoch = ++epoch;
    }
    if (step->scale != 1.0)
      ++epoch;
    if (step->widenedTo) {
      // One widening is followed; a value widened twice ends the walk.
      if (current.widenedTo)
        break;
      current.widenedTo = step->widenedTo;
      ++epoch;
    }
    current.base = step->source;
    current.labels = std::move(step->labels);
    current.scale *= step->scale;
  }
  if (!best || bestEpoch < repeatEpoch) {
    best = merged;
    bestEpoch = mergedEpoch;
  }
  if (!best)
    return why(name +
               " is never a plain [batch, heads, seq, dim] tensor; "
               "its labels are " +
               toString(labels));
  if (bestEpoch < repeatEpoch)
    return why(name + " repeats its heads but no plain value precedes the "
                      "repeat");
  return *best;
}
