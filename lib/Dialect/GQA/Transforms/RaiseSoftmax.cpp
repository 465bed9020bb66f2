//===- RaiseSoftmax.cpp - Softmax matcher of the attention raise ----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): the softmax where every
// match starts, a `linalg.softmax` or the max/sub/exp/sum/div of a
// decomposed one, and the "safe softmax" guard that may follow it.
//
//===----------------------------------------------------------------------===//

#include "RaiseSoftmax.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "llvm/ADT/STLExtras.h"

#include <cmath>

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::raise;

//===----------------------------------------------------------------------===//
// Softmax
//===----------------------------------------------------------------------===//

/// If `op` reduces exactly one loop of its single input, returns that loop.
static std::optional<unsigned> getSingleReductionLoop(linalg::LinalgOp op) {
  if (op.getNumDpsInputs() != 1 || op.getNumDpsInits() < 1 ||
      !op.hasPureTensorSemantics() || op.getNumReductionLoops() != 1)
    return std::nullopt;
  if (!op.getMatchingIndexingMap(op.getDpsInputOperand(0)).isIdentity())
    return std::nullopt;
  SmallVector<unsigned> dims;
  op.getReductionDims(dims);
  return dims.front();
}

/// True if `body` yields `combine(in, out)` for result 0, where `combine` is
/// one of `Ops`.
template <typename... Ops> static bool isReductionBody(linalg::LinalgOp op) {
  Block *body = op.getBlock();
  Value yielded = getYielded(op, 0);
  Operation *def = yielded.getDefiningOp();
  if (!def || def->getBlock() != body || !isa<Ops...>(def))
    return false;
  Value in = op.getMatchingBlockArgument(op.getDpsInputOperand(0));
  Value out = op.getMatchingBlockArgument(op.getDpsInitOperand(0));
  Value lhs = def->getOperand(0), rhs = def->getOperand(1);
  auto strip = [&](Value v) {
    if (auto ext = v.getDefiningOp<arith::ExtFOp>();
        ext && ext->getBlock() == body)
      return ext.getIn();
    return v;
  };
  lhs = strip(lhs);
  return (lhs == in && rhs == out) || (lhs == out && strip(rhs) == in);
}

/// True if result 0 of `op` is a running maximum of its input.
static bool isMaxReduction(linalg::LinalgOp op) {
  if (isReductionBody<arith::MaximumFOp, arith::MaxNumFOp>(op))
    return true;
  // select(cmpf ogt/oge (in, out), in, out)
  auto select = getYielded(op, 0).getDefiningOp<arith::SelectOp>();
  if (!select || select->getBlock() != op.getBlock())
    return false;
  auto cmp = select.getCondition().getDefiningOp<arith::CmpFOp>();
  Value in = op.getMatchingBlockArgument(op.getDpsInputOperand(0));
  Value out = op.getMatchingBlockArgument(op.getDpsInitOperand(0));
  return cmp &&
         (cmp.getPredicate() == arith::CmpFPredicate::OGT ||
          cmp.getPredicate() == arith::CmpFPredicate::OGE) &&
         cmp.getLhs() == in && cmp.getRhs() == out &&
         select.getTrueValue() == in && select.getFalseValue() == out;
}

/// `value`, or the source of the `tensor.expand_shape` or
/// `tensor.collapse_shape` producing it.
static Value stripReshape(Value value) {
  if (auto expand = value.getDefiningOp<tensor::ExpandShapeOp>())
    return expand.getSrc();
  if (auto collapse = value.getDefiningOp<tensor::CollapseShapeOp>())
    return collapse.getSrc();
  return value;
}

/// True if input `operand` of elementwise `op` reads a per-row value (one
/// value per position of every loop except `dim`).
static bool isRowBroadcast(linalg::LinalgOp op, OpOperand *operand,
                           unsigned dim) {
  AffineMap map = op.getMatchingIndexingMap(operand);
  unsigned next = 0;
  for (AffineExpr expr : map.getResults()) {
    if (auto constant = dyn_cast<AffineConstantExpr>(expr)) {
      if (constant.getValue() != 0)
        return false;
      continue;
    }
    auto dimExpr = dyn_cast<AffineDimExpr>(expr);
    if (!dimExpr || dimExpr.getPosition() == dim)
      return false;
    if (next == dim)
      ++next;
    if (dimExpr.getPosition() != next)
      return false;
    ++next;
  }
  if (next == dim)
    ++next;
  return next == op.getNumLoops();
}

/// The elementwise users of `value` (directly, not through reshapes).
static SmallVector<linalg::LinalgOp> elementwiseUsers(Value value) {
  SmallVector<linalg::LinalgOp> users;
  for (Operation *user : value.getUsers())
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(user);
        linalgOp && isElementwiseMap(linalgOp) &&
        !llvm::is_contained(users, linalgOp))
      users.push_back(linalgOp);
  return users;
}

namespace {

/// An elementwise op reading a full tensor and a per-row tensor, with the
/// block arguments of the two.
struct BinaryUse {
  linalg::LinalgOp op;
  BlockArgument full, row;
};

} // namespace

/// Finds an elementwise user of `full` that also reads `row` (or a reshape of
/// it) broadcast along `dim`.
static std::optional<BinaryUse> findRowBinaryUse(Value full, Value row,
                                                 unsigned dim) {
  for (linalg::LinalgOp user : elementwiseUsers(full)) {
    OpOperand *fullOperand = nullptr, *rowOperand = nullptr;
    for (OpOperand *input : user.getDpsInputOperands()) {
      if (input->get() == full &&
          user.getMatchingIndexingMap(input).isIdentity())
        fullOperand = input;
      else if (stripReshape(input->get()) == row &&
               isRowBroadcast(user, input, dim))
        rowOperand = input;
    }
    if (fullOperand && rowOperand)
      return BinaryUse{user, user.getMatchingBlockArgument(fullOperand),
                       user.getMatchingBlockArgument(rowOperand)};
  }
  return std::nullopt;
}

Value raise::skipCasts(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    if (!isa<arith::ExtFOp, arith::TruncFOp>(def))
      break;
    value = def->getOperand(0);
  }
  return value;
}

/// True if `value` in a body is `lhs - rhs`.
static bool isSub(Value value, Value lhs, Value rhs) {
  auto sub = skipCasts(value).getDefiningOp<arith::SubFOp>();
  return sub && skipCasts(sub.getLhs()) == lhs &&
         skipCasts(sub.getRhs()) == rhs;
}

/// Matches the decomposed softmax starting at the row maximum `maxOp`.
static FailureOr<Softmax> matchDecomposedSoftmax(linalg::LinalgOp maxOp,
                                                 unsigned dim, Reason &why) {
  Value input = maxOp.getDpsInputOperand(0)->get();
  std::optional<double> init =
      getScalarConstant(maxOp.getDpsInitOperand(0)->get());
  if (!init)
    return why("the row maximum does not start from a constant");
  if (!isMaskingValue(*init))
    return why("the row maximum starts at " + formatNumber(*init) +
               "; expected -inf or the lowest finite float");
  Value max = maxOp->getResult(0);

  // exp(x - max), in one op or as a subtraction followed by an exp.
  std::optional<BinaryUse> sub = findRowBinaryUse(input, max, dim);
  if (!sub)
    return why("no elementwise op subtracts the row maximum from the scores");
  Value yielded = getYielded(sub->op, 0);
  Value exps;
  if (auto exp = skipCasts(yielded).getDefiningOp<math::ExpOp>();
      exp && isSub(exp.getOperand(), sub->full, sub->row)) {
    exps = sub->op->getResult(0);
  } else if (isSub(yielded, sub->full, sub->row)) {
    Value diff = sub->op->getResult(0);
    for (linalg::LinalgOp user : elementwiseUsers(diff)) {
      if (user.getNumDpsInputs() != 1 ||
          !user.getMatchingIndexingMap(user.getDpsInputOperand(0)).isIdentity())
        continue;
      auto exp = skipCasts(getYielded(user, 0)).getDefiningOp<math::ExpOp>();
      if (exp && skipCasts(exp.getOperand()) ==
                     user.getMatchingBlockArgument(user.getDpsInputOperand(0)))
        exps = user->getResult(0);
    }
    if (!exps)
      return why("the scores minus their row maximum are not exponentiated");
  } else {
    return why(describe(sub->op) +
               " reads the scores and their row maximum but is not "
               "exp(scores - max)");
  }

  // sum over the same dim, starting at zero.
  Value sum;
  for (Operation *user : exps.getUsers()) {
    auto reduction = dyn_cast<linalg::LinalgOp>(user);
    if (!reduction || reduction.getNumDpsInputs() != 1 ||
        reduction->getNumResults() != 1)
      continue;
    std::optional<unsigned> sumDim = getSingleReductionLoop(reduction);
    if (!sumDim || !isReductionBody<arith::AddFOp>(reduction))
      continue;
    if (*sumDim != dim)
      return why("the exponentials are summed along another dimension than "
                 "the row maximum");
    std::optional<double> zero =
        getScalarConstant(reduction.getDpsInitOperand(0)->get());
    if (!zero || *zero != 0.0)
      return why("the sum of the exponentials does not start at 0");
    sum = reduction->getResult(0);
  }
  if (!sum)
    return why("the exponentials are not summed along the row");

  // exp / sum, or exp * (1 / sum).
  Value probs;
  if (std::optional<BinaryUse> div = findRowBinaryUse(exps, sum, dim)) {
    auto divOp =
        skipCasts(getYielded(div->op, 0)).getDefiningOp<arith::DivFOp>();
    if (divOp && skipCasts(divOp.getLhs()) == div->full &&
        skipCasts(divOp.getRhs()) == div->row)
      probs = div->op->getResult(0);
  }
  if (!probs) {
    for (Operation *user : sum.getUsers()) {
      Value sumValue = sum;
      if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(user)) {
        sumValue = user->getResult(0);
        if (!sumValue.hasOneUse())
          continue;
        user = *sumValue.getUsers().begin();
      }
      auto recip = dyn_cast<linalg::LinalgOp>(user);
      if (!recip || !isElementwiseMap(recip) || recip.getNumDpsInputs() != 1)
        continue;
      auto divOp =
          skipCasts(getYielded(recip, 0)).getDefiningOp<arith::DivFOp>();
      std::optional<double> one =
          divOp ? getBodyConstant(recip, divOp.getLhs()) : std::nullopt;
      if (!one || *one != 1.0 ||
          skipCasts(divOp.getRhs()) !=
              recip.getMatchingBlockArgument(recip.getDpsInputOperand(0)))
        continue;
      std::optional<BinaryUse> mul =
          findRowBinaryUse(exps, stripReshape(recip->getResult(0)), dim);
      if (!mul)
        mul = findRowBinaryUse(exps, recip->getResult(0), dim);
      if (!mul)
        continue;
      auto mulOp =
          skipCasts(getYielded(mul->op, 0)).getDefiningOp<arith::MulFOp>();
      if (mulOp && ((skipCasts(mulOp.getLhs()) == mul->full &&
                     skipCasts(mulOp.getRhs()) == mul->row) ||
                    (skipCasts(mulOp.getRhs()) == mul->full &&
                     skipCasts(mulOp.getLhs()) == mul->row)))
        probs = mul->op->getResult(0);
    }
  }
  if (!probs)
    return why("the exponentials are not divided by their row sum");
  return Softmax{input, dim, probs};
}

Value raise::skipSafeSoftmaxGuard(Value probs, Value scores, unsigned dim) {
  if (!probs.hasOneUse())
    return probs;
  auto guard = dyn_cast<linalg::LinalgOp>(*probs.getUsers().begin());
  if (!guard || !isElementwiseMap(guard))
    return probs;
  auto select = getYielded(guard, 0).getDefiningOp<arith::SelectOp>();
  if (!select || select->getBlock() != guard.getBlock())
    return probs;
  auto arg = [&](Value v) -> OpOperand * {
    auto blockArg = dyn_cast<BlockArgument>(v);
    if (!blockArg || blockArg.getOwner() != guard.getBlock() ||
        blockArg.getArgNumber() >= guard.getNumDpsInputs())
      return nullptr;
    return guard.getDpsInputOperand(blockArg.getArgNumber());
  };
  OpOperand *cond = arg(select.getCondition());
  OpOperand *kept = arg(select.getFalseValue());
  std::optional<double> zero = getBodyConstant(guard, select.getTrueValue());
  // The guard keeps each probability where it is (identity map): a guard
  // reading another head's or row's probabilities is not a guard.
  if (!cond || !kept || kept->get() != probs || !zero || *zero != 0.0 ||
      !guard.getMatchingIndexingMap(kept).isIdentity() ||
      !isRowBroadcast(guard, cond, dim))
    return probs;
  // cond = all(scores == -inf) along dim.
  auto all = stripReshape(cond->get()).getDefiningOp<linalg::LinalgOp>();
  if (!all || getSingleReductionLoop(all) != dim ||
      !isReductionBody<arith::AndIOp>(all))
    return probs;
  auto isInf =
      all.getDpsInputOperand(0)->get().getDefiningOp<linalg::LinalgOp>();
  if (!isInf || !isElementwiseMap(isInf) || isInf.getNumDpsInputs() < 1 ||
      isInf.getDpsInputOperand(0)->get() != scores ||
      !isInf.getMatchingIndexingMap(isInf.getDpsInputOperand(0)).isIdentity())
    return probs;
  auto cmp = getYielded(isInf, 0).getDefiningOp<arith::CmpFOp>();
  if (!cmp || cmp.getPredicate() != arith::CmpFPredicate::OEQ)
    return probs;
  std::optional<double> inf = getBodyConstant(isInf, cmp.getRhs());
  if (!inf || !std::isinf(*inf) || *inf > 0)
    return probs;
  return guard->getResult(0);
}

FailureOr<Softmax> raise::matchSoftmax(Operation *op, Reason &why) {
  if (auto softmax = dyn_cast<linalg::SoftmaxOp>(op)) {
    if (!softmax.hasPureTensorSemantics())
      return why.notACandidate("linalg.softmax on buffers");
    return Softmax{softmax.getInput(),
                   static_cast<unsigned>(softmax.getDimension()),
                   softmax.getResult()[0]};
  }
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  if (!linalgOp)
    return why.notACandidate("not a linalg op");
  std::optional<unsigned> dim = getSingleReductionLoop(linalgOp);
  if (!dim || !linalgOp.getBlock() || !isMaxReduction(linalgOp))
    return why.notACandidate("not a row maximum");
  return matchDecomposedSoftmax(linalgOp, *dim, why);
}
