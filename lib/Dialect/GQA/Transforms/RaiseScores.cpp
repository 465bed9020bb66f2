//===- RaiseScores.cpp - Scores and masks of the attention raise ----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): the walk from the
// softmax input back to `Q K^T`, reading each elementwise body as scale,
// softcap, bias and masks, and the plan of those masks: causal/window
// masks built from indices (evaluated by `RaiseIndexEvaluator`) and at most
// one data-dependent mask.
//
//===----------------------------------------------------------------------===//

#include "RaiseScores.h"

#include "RaiseIndexEvaluator.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "llvm/ADT/SmallBitVector.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <cmath>
#include <vector>

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::raise;

//===----------------------------------------------------------------------===//
// Score chain
//===----------------------------------------------------------------------===//

LogicalResult raise::peelScoreBody(linalg::LinalgOp op, BlockArgument chain,
                                   const Labels &loopLabels,
                                   SmallVectorImpl<ScoreTransform> &transforms,
                                   Reason &why) {
  Value value = getYielded(op, 0);
  Block *body = op.getBlock();
  auto push = [&](ScoreTransform::Kind kind, double number, Value term) {
    transforms.push_back({kind, number, op, term, loopLabels});
  };
  while (value != chain) {
    Operation *def = value.getDefiningOp();
    if (!def || def->getBlock() != body)
      return why("the scores are replaced by a value that does not depend on "
                 "them in " +
                 describe(op));
    if (isa<arith::ExtFOp, arith::TruncFOp>(def)) {
      value = def->getOperand(0);
      continue;
    }
    auto chainSide = [&](unsigned &side) -> LogicalResult {
      bool lhs = dependsOn(def->getOperand(0), chain);
      bool rhs = dependsOn(def->getOperand(1), chain);
      if (lhs == rhs)
        return why("'" + def->getName().getStringRef().str() + "' in " +
                   describe(op) + " combines the scores with themselves");
      side = lhs ? 0 : 1;
      return success();
    };
    if (isa<arith::MulFOp>(def)) {
      unsigned side;
      if (failed(chainSide(side)))
        return failure();
      std::optional<double> factor =
          getBodyConstant(op, def->getOperand(1 - side));
      if (!factor)
        return why("the scores are multiplied by a non-constant in " +
                   describe(op));
      // softcap: c * tanh(s / c)
      if (auto tanh = def->getOperand(side).getDefiningOp<math::TanhOp>();
          tanh && tanh->getBlock() == body) {
        Operation *inner = tanh.getOperand().getDefiningOp();
        std::optional<double> innerFactor;
        Value innerValue;
        if (inner && isa<arith::DivFOp>(inner) &&
            dependsOn(inner->getOperand(0), chain)) {
          innerFactor = getBodyConstant(op, inner->getOperand(1));
          innerValue = inner->getOperand(0);
        } else if (inner && isa<arith::MulFOp>(inner)) {
          unsigned innerSide = dependsOn(inner->getOperand(0), chain) ? 0 : 1;
          if (std::optional<double> recip =
                  getBodyConstant(op, inner->getOperand(1 - innerSide));
              recip && *recip != 0.0)
            innerFactor = 1.0 / *recip;
          innerValue = inner->getOperand(innerSide);
        }
        if (innerFactor &&
            std::abs(*innerFactor - *factor) <= 1e-5 * std::abs(*factor)) {
          push(ScoreTransform::Kind::Softcap, *factor, Value());
          value = innerValue;
          continue;
        }
        // Otherwise the division is in an earlier op: a scale, then a
        // bare tanh, which planning folds back into a softcap.
      }
      push(ScoreTransform::Kind::Scale, *factor, Value());
      value = def->getOperand(side);
      continue;
    }
    if (isa<arith::DivFOp>(def)) {
      if (!dependsOn(def->getOperand(0), chain) ||
          dependsOn(def->getOperand(1), chain))
        return why("the scores are the divisor in " + describe(op));
      std::optional<double> divisor = getBodyConstant(op, def->getOperand(1));
      if (!divisor || *divisor == 0.0)
        return why("the scores are divided by a non-constant in " +
                   describe(op));
      push(ScoreTransform::Kind::Scale, 1.0 / *divisor, Value());
      value = def->getOperand(0);
      continue;
    }
    if (auto tanh = dyn_cast<math::TanhOp>(def)) {
      push(ScoreTransform::Kind::Tanh, 0.0, Value());
      value = tanh.getOperand();
      continue;
    }
    if (isa<arith::AddFOp>(def)) {
      unsigned side;
      if (failed(chainSide(side)))
        return failure();
      push(ScoreTransform::Kind::Bias, 0.0, def->getOperand(1 - side));
      value = def->getOperand(side);
      continue;
    }
    if (auto select = dyn_cast<arith::SelectOp>(def)) {
      if (dependsOn(select.getCondition(), chain))
        return why("the mask condition in " + describe(op) +
                   " depends on the scores");
      bool inTrue = dependsOn(select.getTrueValue(), chain);
      bool inFalse = dependsOn(select.getFalseValue(), chain);
      if (inTrue == inFalse)
        return why("select in " + describe(op) +
                   " does not choose between the scores and a constant");
      Value other = inTrue ? select.getFalseValue() : select.getTrueValue();
      std::optional<double> fill = getBodyConstant(op, other);
      if (!fill || !isMaskingValue(*fill))
        return why("select in " + describe(op) +
                   " replaces scores with a value that is not -inf or the "
                   "lowest float");
      push(inTrue ? ScoreTransform::Kind::KeepIf : ScoreTransform::Kind::MaskIf,
           *fill, select.getCondition());
      value = inTrue ? select.getTrueValue() : select.getFalseValue();
      continue;
    }
    return why("unsupported '" + def->getName().getStringRef().str() +
               "' on the scores in " + describe(op));
  }
  return success();
}

/// True if walking back from `value` along elementwise ops, reshapes and
/// transposes reaches a contraction within `depth` steps.
static bool reachesContraction(Value value, int depth) {
  if (depth == 0)
    return false;
  Operation *def = value.getDefiningOp();
  if (!def)
    return false;
  if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp, linalg::TransposeOp>(
          def))
    return reachesContraction(def->getOperand(0), depth - 1);
  auto linalgOp = dyn_cast<linalg::LinalgOp>(def);
  if (!linalgOp || !linalgOp.hasPureTensorSemantics())
    return false;
  if (linalgOp.getNumDpsInputs() == 2 && linalgOp.getNumDpsInits() == 1 &&
      linalg::isaContractionOpInterface(linalgOp))
    return true;
  if (!isElementwiseMap(linalgOp))
    return false;
  for (OpOperand *input : linalgOp.getDpsInputOperands())
    if (linalgOp.getMatchingIndexingMap(input).isIdentity() &&
        reachesContraction(input->get(), depth - 1))
      return true;
  return false;
}

FailureOr<ScoreChain> raise::findScoreChain(Value scores, Reason &why) {
  ScoreChain chain;
  Value current = scores;
  for (int steps = 0; steps < 32; ++steps) {
    Operation *def = current.getDefiningOp();
    if (!def)
      return why("the scores come from a block argument, not from Q K^T");
    if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp,
            linalg::TransposeOp>(def)) {
      chain.ops.push_back({def, 0});
      current = def->getOperand(0);
      continue;
    }
    auto linalgOp = dyn_cast<linalg::LinalgOp>(def);
    if (linalgOp && linalgOp.getNumDpsInputs() == 2 &&
        linalgOp.getNumDpsInits() == 1 &&
        linalg::isaContractionOpInterface(linalgOp)) {
      FailureOr<Contraction> qk = matchContraction(def, why);
      if (failed(qk))
        return failure();
      chain.qk = *qk;
      std::reverse(chain.ops.begin(), chain.ops.end());
      return chain;
    }
    if (!linalgOp || !isElementwiseMap(linalgOp))
      return why("the scores are computed by " + describe(def) +
                 ", which is neither Q K^T nor an elementwise op on it");
    std::optional<unsigned> chainInput;
    for (OpOperand *input : linalgOp.getDpsInputOperands()) {
      if (!linalgOp.getMatchingIndexingMap(input).isIdentity() ||
          !reachesContraction(input->get(), 16))
        continue;
      chainInput = input->getOperandNumber();
      break;
    }
    if (!chainInput)
      return why("no input of " + describe(def) +
                 " leads back to a Q K^T contraction");
    chain.ops.push_back({def, *chainInput});
    current = def->getOperand(*chainInput);
  }
  return why("the scores pass through too many ops before the softmax");
}

Labels raise::contractionLoopLabels(const Contraction &c, Role m, Role n,
                                    Role k) {
  linalg::LinalgOp op = c.op;
  Labels loops(op.getNumLoops());
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (c.dims.batch.size() == 1) {
    loops[c.dims.batch[0]] = {{Role::BatchHeads, ranges[c.dims.batch[0]]}};
  } else if (c.dims.batch.size() == 2) {
    loops[c.dims.batch[0]] = {{Role::Batch, ranges[c.dims.batch[0]]}};
    loops[c.dims.batch[1]] = {{Role::Heads, ranges[c.dims.batch[1]]}};
  }
  loops[c.dims.m[0]] = {{m, ranges[c.dims.m[0]]}};
  loops[c.dims.n[0]] = {{n, ranges[c.dims.n[0]]}};
  loops[c.dims.k[0]] = {{k, ranges[c.dims.k[0]]}};
  return loops;
}

//===----------------------------------------------------------------------===//
// Masks
//===----------------------------------------------------------------------===//

/// The loops of `op` that `value`, computed in its body, depends on: those
/// of its `linalg.index` ops and those its input tensors are read at.
static llvm::SmallBitVector usedLoops(linalg::LinalgOp op, Value value) {
  llvm::SmallBitVector used(op.getNumLoops());
  SmallVector<Value> worklist = {value};
  DenseSet<Value> seen;
  while (!worklist.empty()) {
    Value next = worklist.pop_back_val();
    if (!seen.insert(next).second)
      continue;
    if (auto arg = dyn_cast<BlockArgument>(next)) {
      if (arg.getOwner() != op.getBlock())
        continue;
      AffineMap map =
          op.getMatchingIndexingMap(&op->getOpOperand(arg.getArgNumber()));
      for (AffineExpr result : map.getResults())
        result.walk([&](AffineExpr expr) {
          if (auto dim = dyn_cast<AffineDimExpr>(expr))
            used.set(dim.getPosition());
        });
      continue;
    }
    Operation *def = next.getDefiningOp();
    if (!def || def->getBlock() != op.getBlock())
      continue;
    if (auto index = dyn_cast<linalg::IndexOp>(def))
      used.set(index.getDim());
    llvm::append_range(worklist, def->getOperands());
  }
  return used;
}

/// Evaluates `t`'s term at every point of `ranges` (the query and key loops
/// and loops of one iteration).
static FailureOr<std::vector<std::vector<bool>>>
evaluateGrid(const ScoreTransform &t, ArrayRef<int64_t> ranges,
             std::optional<unsigned> qDim, unsigned kDim, int64_t queryLen,
             int64_t keyLen) {
  linalg::LinalgOp op = t.op;
  int64_t total = 1;
  for (int64_t range : ranges)
    total *= range;
  if (total > (1 << 20))
    return failure();

  std::vector<std::vector<int>> state(queryLen, std::vector<int>(keyLen, -1));
  IndexEvaluator evaluator;
  for (int64_t linear = 0; linear < total; ++linear) {
    SmallVector<int64_t> point = delinearize(linear, ranges);
    FailureOr<double> value = evaluator.evalInBody(op, t.term, point);
    if (failed(value))
      return failure();
    int allowed;
    if (t.kind == ScoreTransform::Kind::Bias) {
      if (*value == 0.0)
        allowed = 1;
      else if (isMaskingValue(*value))
        allowed = 0;
      else
        return failure();
    } else {
      bool cond = *value != 0.0;
      allowed = (t.kind == ScoreTransform::Kind::KeepIf) == cond ? 1 : 0;
    }
    int64_t i = qDim ? point[*qDim] : 0, j = point[kDim];
    if (state[i][j] != -1 && state[i][j] != allowed)
      return failure();
    state[i][j] = allowed;
  }
  std::vector<std::vector<bool>> allowed(queryLen,
                                         std::vector<bool>(keyLen, false));
  for (int64_t i = 0; i < queryLen; ++i)
    for (int64_t j = 0; j < keyLen; ++j)
      allowed[i][j] = state[i][j] == 1;
  return allowed;
}

/// The allowed (query, key) positions of an index-only mask transform, or
/// failure if it is not index-only, depends on batch or heads, or takes
/// values other than "keep" and "mask". It is evaluated on the query x key
/// grid only, with every other loop at 0, once the loops it reads are known
/// to be among those two (and loops of one iteration); otherwise `note`
/// names the loop it also reads.
static FailureOr<std::vector<std::vector<bool>>>
evaluateStructuralMask(const ScoreTransform &t, int64_t &queryLen,
                       int64_t &keyLen, std::string &note,
                       MaskGridCache *cache) {
  linalg::LinalgOp op = t.op;
  SmallVector<int64_t> loopRanges = op.getStaticLoopRanges();
  if (ShapedType::isDynamicShape(loopRanges))
    return failure();
  std::optional<unsigned> qDim, kDim;
  for (auto [loop, label] : llvm::enumerate(t.loopLabels)) {
    DimLabel atoms = nonUnit(label);
    if (atoms.size() == 1 && atoms.front().role == Role::QueryLen)
      qDim = loop;
    if (atoms.size() == 1 && atoms.front().role == Role::KeyLen)
      kDim = loop;
  }
  if (!kDim)
    return failure();
  llvm::SmallBitVector used = usedLoops(op, t.term);
  SmallVector<int64_t> ranges(loopRanges.size(), 1);
  for (auto [loop, range] : llvm::enumerate(loopRanges)) {
    bool grid = loop == *kDim || (qDim && loop == *qDim);
    if (grid)
      ranges[loop] = range;
    else if (used.test(loop) && range != 1) {
      note = llvm::formatv("it reads loop {0}, not only the query and key "
                           "loops",
                           loop)
                 .str();
      return failure();
    }
  }
  queryLen = qDim ? ranges[*qDim] : 1;
  keyLen = ranges[*kDim];
  // A term that is an input read as it is can be looked up: its grid
  // depends only on that tensor, the map it is read through and the loops.
  std::optional<MaskGridCache::Key> key;
  if (auto arg = dyn_cast<BlockArgument>(t.term);
      cache && arg && arg.getOwner() == op.getBlock()) {
    OpOperand &operand = op->getOpOperand(arg.getArgNumber());
    key = MaskGridCache::Key{operand.get(),
                             op.getMatchingIndexingMap(&operand),
                             qDim.value_or(~0u),
                             *kDim,
                             static_cast<int>(t.kind),
                             queryLen,
                             keyLen};
    if (const std::optional<MaskGridCache::Grid> *known = cache->lookup(*key)) {
      if (!*known)
        return failure();
      return **known;
    }
  }
  FailureOr<std::vector<std::vector<bool>>> grid =
      evaluateGrid(t, ranges, qDim, *kDim, queryLen, keyLen);
  if (key)
    cache->insert(*key, succeeded(grid) ? std::optional(*grid) : std::nullopt);
  return grid;
}

/// Fits `allowed` to causal/offset/window; fails if a row is empty or not a
/// contiguous range of the expected form.
static LogicalResult
fitCausalWindow(const std::vector<std::vector<bool>> &allowed, MaskPlan &plan,
                Reason &why) {
  int64_t queryLen = allowed.size();
  int64_t keyLen = queryLen ? allowed.front().size() : 0;
  SmallVector<int64_t> lo(queryLen), hi(queryLen);
  for (int64_t i = 0; i < queryLen; ++i) {
    lo[i] = -1;
    for (int64_t j = 0; j < keyLen; ++j) {
      if (!allowed[i][j])
        continue;
      if (lo[i] < 0)
        lo[i] = j;
      hi[i] = j;
    }
    if (lo[i] < 0)
      return why(llvm::formatv("the mask built from indices masks every key "
                               "of query row {0}",
                               i)
                     .str());
    for (int64_t j = lo[i]; j <= hi[i]; ++j)
      if (!allowed[i][j])
        return why(llvm::formatv("the mask built from indices allows a "
                                 "non-contiguous set of keys in row {0}",
                                 i)
                       .str());
  }
  std::optional<int64_t> offset;
  for (int64_t i = 0; i < queryLen; ++i)
    if (hi[i] < keyLen - 1) {
      offset = hi[i] - i;
      break;
    }
  if (offset) {
    for (int64_t i = 0; i < queryLen; ++i)
      if (hi[i] != std::min(i + *offset, keyLen - 1))
        return why("the mask built from indices is not causal with one "
                   "offset for every row");
    plan.causal = true;
    plan.offset = *offset;
  }
  int64_t base = offset.value_or(0);
  std::optional<int64_t> window;
  for (int64_t i = 0; i < queryLen; ++i)
    if (lo[i] > 0) {
      window = i + base - lo[i];
      break;
    }
  if (window) {
    if (*window < 0)
      return why("the mask built from indices starts after the query "
                 "position");
    for (int64_t i = 0; i < queryLen; ++i)
      if (lo[i] != std::max<int64_t>(0, i + base - *window))
        return why("the mask built from indices is not a sliding window of "
                   "one width for every row");
    plan.window = *window;
  }
  return success();
}

const std::optional<MaskGridCache::Grid> *
MaskGridCache::lookup(const Key &key) const {
  auto it = grids.find(key);
  return it == grids.end() ? nullptr : &it->second;
}

void MaskGridCache::insert(const Key &key, std::optional<Grid> grid) {
  grids[key] = std::move(grid);
}

void MaskGridCache::forget(Value tensor) {
  SmallVector<Key> stale;
  for (const auto &entry : grids)
    if (std::get<0>(entry.first) == tensor)
      stale.push_back(entry.first);
  for (const Key &key : stale)
    grids.erase(key);
}

LogicalResult raise::planMasks(ArrayRef<ScoreTransform> masks, MaskPlan &plan,
                               MaskGridCache *cache, Reason &why) {
  std::optional<std::vector<std::vector<bool>>> combined;
  SmallVector<const ScoreTransform *> others;
  std::string note;
  for (const ScoreTransform &t : masks) {
    int64_t queryLen, keyLen;
    FailureOr<std::vector<std::vector<bool>>> allowed =
        evaluateStructuralMask(t, queryLen, keyLen, note, cache);
    if (failed(allowed)) {
      others.push_back(&t);
      continue;
    }
    if (!combined) {
      combined = *allowed;
      continue;
    }
    if (combined->size() != allowed->size())
      return why("two masks built from indices have different shapes");
    for (size_t i = 0; i < allowed->size(); ++i)
      for (size_t j = 0; j < (*allowed)[i].size(); ++j)
        (*combined)[i][j] = (*combined)[i][j] && (*allowed)[i][j];
  }
  if (combined && failed(fitCausalWindow(*combined, plan, why)))
    return failure();
  if (others.size() > 1)
    return why("more than one mask or bias that is not causal or a window");
  if (others.empty())
    return success();

  const ScoreTransform &t = *others.front();
  linalg::LinalgOp op = t.op;
  // A bias of a narrower float type is widened in the body (torch-mlir's
  // bf16 and f16 masks added to f32 scores); the widening is exact, so the
  // input itself is the bias.
  Value term = t.term;
  if (auto ext = term.getDefiningOp<arith::ExtFOp>();
      ext && t.kind == ScoreTransform::Kind::Bias &&
      ext->getBlock() == op.getBlock())
    term = ext.getIn();
  auto arg = dyn_cast<BlockArgument>(term);
  if (!arg || arg.getOwner() != op.getBlock() ||
      arg.getArgNumber() >= op.getNumDpsInputs())
    return why("the mask in " + describe(op) + " is computed in the op's body" +
               (note.empty() ? std::string() : " (" + note + ")") +
               "; expected an input tensor");
  OpOperand *operand = op.getDpsInputOperand(arg.getArgNumber());
  auto maskType = dyn_cast<RankedTensorType>(operand->get().getType());
  if (!maskType)
    return why("the mask in " + describe(t.op) + " is not a tensor");
  // The mask is read at a loop of the scores per dimension, or broadcast
  // from a unit dimension: anything else (a loop twice, a fixed row of a
  // larger mask) is not a mask of [B, Hq, Sq, Skv].
  llvm::SmallBitVector usedLoops(op.getNumLoops());
  for (auto [dim, expr] :
       llvm::enumerate(op.getMatchingIndexingMap(operand).getResults())) {
    if (auto loop = dyn_cast<AffineDimExpr>(expr)) {
      if (usedLoops.test(loop.getPosition()))
        return why("the mask in " + describe(t.op) + " reads a loop twice");
      usedLoops.set(loop.getPosition());
      continue;
    }
    auto constant = dyn_cast<AffineConstantExpr>(expr);
    if (!constant || constant.getValue() != 0 || maskType.getDimSize(dim) != 1)
      return why("the mask in " + describe(t.op) +
                 " is not read through a permutation or broadcast");
  }
  for (const DimLabel &label : t.loopLabels)
    if (nonUnit(label).size() > 1)
      return why("the mask in " + describe(t.op) +
                 " is applied to scores whose batch and heads are merged");
  Type elementType = getElementTypeOrSelf(operand->get().getType());
  bool isBool = t.kind != ScoreTransform::Kind::Bias;
  if (isBool && !elementType.isInteger(1))
    return why("the mask condition in " + describe(t.op) + " is not i1");
  if (!isBool &&
      !(elementType.isF32() || elementType.isF16() || elementType.isBF16()))
    return why("the bias in " + describe(t.op) + " is not f32, f16 or bf16");
  plan.maskOp = t.op;
  plan.maskOperand = operand;
  plan.maskLoopLabels = t.loopLabels;
  plan.maskIsBool = isBool;
  plan.maskNegated = t.kind == ScoreTransform::Kind::MaskIf;
  return success();
}
