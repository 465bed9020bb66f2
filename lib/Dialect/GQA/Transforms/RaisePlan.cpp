//===- RaisePlan.cpp - Plan and build of the raised attention -------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): the match of the whole
// attention around a softmax, in phases (scores, probabilities, `P V`, Q, K
// and V, shapes), into a plan that changes nothing, and the build of the
// `gqa.attention` of a plan in place of the `P V` result.
//
//===----------------------------------------------------------------------===//

#include "RaisePlan.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <iterator>

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::raise;

//===----------------------------------------------------------------------===//
// The whole attention
//===----------------------------------------------------------------------===//

/// Role of the heads in a traced base: `Heads`, or `BatchHeads` that never
/// split (then there is no batch dimension).
static Role headsRole(const Labels &labels) {
  return findRole(labels, Role::BatchHeads) ? Role::BatchHeads : Role::Heads;
}

/// Size of the dimension with `role` in `labels`, 1 if absent.
static int64_t roleSize(const Labels &labels, Role role) {
  for (const DimLabel &label : labels)
    for (const Atom &atom : nonUnit(label))
      if (atom.role == role)
        return atom.size;
  return 1;
}

/// Checks that a traced base only holds the four roles of its operand.
static LogicalResult checkBaseRoles(const TracedOperand &traced, Role seq,
                                    Role dim, StringRef name, Reason &why) {
  for (const DimLabel &label : traced.labels)
    for (const Atom &atom : nonUnit(label))
      if (atom.role != Role::Batch && atom.role != Role::Heads &&
          atom.role != Role::BatchHeads && atom.role != seq && atom.role != dim)
        return why(name + " has a " + roleName(atom.role).str() + " dimension");
  if (!findRole(traced.labels, seq) || !findRole(traced.labels, dim))
    return why(name + " lacks its sequence or head dimension");
  if (findRole(traced.labels, Role::BatchHeads) &&
      findRole(traced.labels, Role::Batch))
    return why(name + " has both a batch and a merged batch*heads dimension");
  return success();
}

/// Follows the scores, labelled `labels` at `Q K^T`, through the ops of
/// `chain` to the softmax input: `labels` becomes the labels of the softmax
/// input, and the transforms applied on the way are appended to `transforms`
/// in the order they are applied.
static LogicalResult followScores(const ScoreChain &chain, Labels &labels,
                                  SmallVectorImpl<ScoreTransform> &transforms,
                                  Reason &why) {
  for (auto [op, operandNumber] : chain.ops) {
    if (auto expand = dyn_cast<tensor::ExpandShapeOp>(op)) {
      FailureOr<Labels> next = labelsAfterExpand(expand, labels);
      if (failed(next))
        return why("cannot follow the scores " + toString(labels) +
                   " through " + describe(op));
      labels = *next;
      continue;
    }
    if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(op)) {
      labels = labelsAfterCollapse(collapse, labels);
      continue;
    }
    if (auto transpose = dyn_cast<linalg::TransposeOp>(op)) {
      Labels next;
      for (int64_t srcDim : transpose.getPermutation())
        next.push_back(labels[srcDim]);
      labels = next;
      continue;
    }
    auto linalgOp = cast<linalg::LinalgOp>(op);
    BlockArgument chainArg =
        linalgOp.getMatchingBlockArgument(&op->getOpOperand(operandNumber));
    SmallVector<ScoreTransform> peeled;
    if (failed(peelScoreBody(linalgOp, chainArg, labels, peeled, why)))
      return failure();
    // Outermost first within an op: apply innermost first.
    transforms.append(peeled.rbegin(), peeled.rend());
  }
  return success();
}

/// Folds the scale and softcap of `transforms` into `plan` and plans its
/// masks. The order must be scale, then softcap, then masks. A softcap may
/// be spread over ops, as torch-mlir writes Gemma-2's: scales, a bare tanh,
/// then a multiplication by `c`. `c * tanh(S s)` is the softcap `c` of the
/// scores scaled by `S c`.
static LogicalResult planScoreTransforms(ArrayRef<ScoreTransform> transforms,
                                         AttentionPlan &plan,
                                         MaskGridCache *cache, Reason &why) {
  enum { kScale, kSoftcap, kMask } stage = kScale;
  SmallVector<ScoreTransform> masks;
  for (size_t i = 0; i < transforms.size(); ++i) {
    const ScoreTransform &t = transforms[i];
    switch (t.kind) {
    case ScoreTransform::Kind::Tanh: {
      if (stage != kScale)
        return why("tanh in " + describe(t.op) +
                   " comes after a mask or a softcap");
      if (i + 1 == transforms.size() ||
          transforms[i + 1].kind != ScoreTransform::Kind::Scale ||
          !(transforms[i + 1].value > 0.0))
        return why("tanh in " + describe(t.op) +
                   " is not a softcap c * tanh(s / c): no multiplication by "
                   "a positive c follows it");
      double cap = transforms[++i].value;
      plan.scale *= cap;
      plan.softcap = cap;
      stage = kSoftcap;
      break;
    }
    case ScoreTransform::Kind::Scale:
      if (stage != kScale)
        return why("the scores are scaled after the softcap or a mask in " +
                   describe(t.op));
      plan.scale *= t.value;
      break;
    case ScoreTransform::Kind::Softcap:
      if (stage != kScale)
        return why("the softcap in " + describe(t.op) +
                   " comes after a mask or another softcap");
      if (t.value <= 0.0)
        return why("the softcap in " + describe(t.op) + " is not positive");
      plan.softcap = t.value;
      stage = kSoftcap;
      break;
    default:
      stage = kMask;
      masks.push_back(t);
      break;
    }
  }
  return planMasks(masks, plan.masks, cache, why);
}

/// Follows the probabilities of `softmax`, labelled `probLabels`, forward
/// through reshapes and casts to the `P V` contraction. On return `probs` and
/// `probLabels` are the value the contraction reads and its labels.
static FailureOr<Contraction> findPVContraction(const Softmax &softmax,
                                                Value &probs,
                                                Labels &probLabels,
                                                Reason &why) {
  probs = skipSafeSoftmaxGuard(softmax.probs, softmax.input, softmax.dim);
  Operation *pvOp = nullptr;
  for (int steps = 0; steps < 16 && !pvOp; ++steps) {
    if (!probs.hasOneUse())
      return why(llvm::formatv("the attention probabilities have {0} users; "
                               "expected only the P V contraction",
                               std::distance(probs.getUses().begin(),
                                             probs.getUses().end()))
                     .str());
    Operation *user = *probs.getUsers().begin();
    if (auto expand = dyn_cast<tensor::ExpandShapeOp>(user)) {
      FailureOr<Labels> next = labelsAfterExpand(expand, probLabels);
      if (failed(next))
        return why("cannot follow the probabilities through " + describe(user));
      probLabels = *next;
      probs = expand.getResult();
      continue;
    }
    if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(user)) {
      probLabels = labelsAfterCollapse(collapse, probLabels);
      probs = collapse.getResult();
      continue;
    }
    auto linalgOp = dyn_cast<linalg::LinalgOp>(user);
    if (linalgOp && isElementwiseMap(linalgOp) &&
        linalgOp.getNumDpsInputs() == 1) {
      Value yielded = skipCasts(getYielded(linalgOp, 0));
      if (yielded !=
          linalgOp.getMatchingBlockArgument(linalgOp.getDpsInputOperand(0)))
        return why("the probabilities are modified by " + describe(user) +
                   " before P V");
      probs = user->getResult(0);
      continue;
    }
    pvOp = user;
  }
  FailureOr<Contraction> pv = matchContraction(pvOp, why);
  if (failed(pv))
    return why("the probabilities are not consumed by a P V contraction: " +
               why.text);
  return pv;
}

/// Loop labels of `P V` from the labels of P, read at `probOperand`; the one
/// loop P does not use is the value head dim.
static FailureOr<Labels> labelPVLoops(const Contraction &pv,
                                      OpOperand *probOperand,
                                      const Labels &probLabels, Reason &why) {
  linalg::LinalgOp op = pv.op;
  Labels pvLoops(op.getNumLoops());
  AffineMap probMap = op.getMatchingIndexingMap(probOperand);
  for (auto [dim, expr] : llvm::enumerate(probMap.getResults())) {
    auto dimExpr = dyn_cast<AffineDimExpr>(expr);
    if (!dimExpr)
      return why("P V reads the probabilities through a broadcast");
    pvLoops[dimExpr.getPosition()] = probLabels[dim];
  }
  SmallVector<int64_t> pvRanges = op.getStaticLoopRanges();
  for (auto [loop, label] : llvm::enumerate(pvLoops)) {
    if (!label.empty())
      continue;
    label = {{Role::ValueDim, pvRanges[loop]}};
  }
  if (llvm::count_if(pvLoops, [](const DimLabel &label) {
        return label.size() == 1 && label.front().role == Role::ValueDim;
      }) != 1)
    return why("P V has more than one dimension besides those of P");
  std::optional<unsigned> keyLoop = findRole(pvLoops, Role::KeyLen);
  if (!keyLoop || !llvm::is_contained(pv.dims.k, *keyLoop))
    return why("P V does not contract over the keys");
  return pvLoops;
}

/// Checks that the result of `pv`, labelled `resultLabels`, is
/// `[B, Hq, Sq, Dv]` up to a transpose and merges of adjacent dims.
static LogicalResult checkResultLabels(linalg::LinalgOp pv,
                                       const Labels &resultLabels,
                                       Reason &why) {
  SmallVector<int64_t> orderedSizes;
  llvm::SmallDenseSet<unsigned> resultRoles;
  for (const DimLabel &label : resultLabels)
    for (const Atom &atom : nonUnit(label)) {
      Role role = atom.role == Role::BatchHeads ? Role::Heads : atom.role;
      if (role != Role::Batch && role != Role::Heads &&
          role != Role::QueryLen && role != Role::ValueDim)
        return why("the P V result has a " + roleName(atom.role).str() +
                   " dimension");
      if (!resultRoles.insert(static_cast<unsigned>(role)).second)
        return why("the P V result holds a dimension twice");
      orderedSizes.push_back(atom.size);
    }
  ArrayRef<int64_t> resultShape =
      cast<RankedTensorType>(pv->getResult(0).getType()).getShape();
  if (orderedSizes.size() > resultShape.size()
          ? !getReassociationIndicesForCollapse(orderedSizes, resultShape)
          : orderedSizes.size() < resultShape.size() &&
                !getReassociationIndicesForCollapse(resultShape, orderedSizes))
    return why("cannot reshape [B, Hq, Sq, Dv] into the P V result");
  return success();
}

/// Traces Q and K from the inputs of `qk` (whose loops are labelled
/// `qkLoops`) and V from `valueOperand` (labelled `valueLabels`) into `plan`,
/// folding the scales of Q and K into the plan's scale.
static LogicalResult traceQueryKeyValue(const Contraction &qk,
                                        const Labels &qkLoops,
                                        OpOperand *valueOperand,
                                        const Labels &valueLabels,
                                        AttentionPlan &plan, Reason &why) {
  linalg::LinalgOp qkOp = qk.op;
  OpOperand *queryOperand = qkOp.getDpsInputOperand(0);
  OpOperand *keyOperand = qkOp.getDpsInputOperand(1);
  FailureOr<TracedOperand> query = traceOperand(
      queryOperand->get(), labelsFromLoops(qkOp, queryOperand, qkLoops),
      /*allowRepeat=*/false, "the query", why);
  if (failed(query))
    return failure();
  FailureOr<TracedOperand> key = traceOperand(
      keyOperand->get(), labelsFromLoops(qkOp, keyOperand, qkLoops),
      /*allowRepeat=*/true, "the key", why);
  if (failed(key))
    return failure();
  FailureOr<TracedOperand> value = traceOperand(
      valueOperand->get(), valueLabels, /*allowRepeat=*/true, "the value", why);
  if (failed(value))
    return failure();
  if (failed(checkBaseRoles(*query, Role::QueryLen, Role::HeadDim, "the query",
                            why)) ||
      failed(
          checkBaseRoles(*key, Role::KeyLen, Role::HeadDim, "the key", why)) ||
      failed(checkBaseRoles(*value, Role::KeyLen, Role::ValueDim, "the value",
                            why)))
    return failure();
  if (value->scale != 1.0)
    return why("the value is scaled before P V");
  plan.scale *= query->scale * key->scale;
  plan.query = *query;
  plan.key = *key;
  plan.value = *value;
  return success();
}

/// Checks the shapes of the traced Q, K and V of `plan`: one batch, Hq a
/// multiple of Hkv, K and V alike, one element type, and a causal offset
/// that the op can express.
static LogicalResult checkShapes(const AttentionPlan &plan, Reason &why) {
  const TracedOperand &query = plan.query, &key = plan.key, &value = plan.value;
  int64_t queryHeads = roleSize(query.labels, headsRole(query.labels));
  int64_t keyHeads = roleSize(key.labels, headsRole(key.labels));
  int64_t valueHeads = roleSize(value.labels, headsRole(value.labels));
  if (key.repeated != value.repeated ||
      (key.repeated && key.mapping != value.mapping) || keyHeads != valueHeads)
    return why(llvm::formatv("the key ({0} heads{1}) and the value ({2} "
                             "heads{3}) are not repeated alike",
                             keyHeads, key.repeated ? ", repeated" : "",
                             valueHeads, value.repeated ? ", repeated" : "")
                   .str());
  if (ShapedType::isDynamic(queryHeads) || ShapedType::isDynamic(keyHeads) ||
      keyHeads <= 0 || queryHeads % keyHeads != 0)
    return why(llvm::formatv("{0} query heads are not a multiple of {1} "
                             "key/value heads",
                             queryHeads, keyHeads)
                   .str());
  // A missing batch dim is a batch of 1.
  for (const TracedOperand *traced : {&key, &value})
    if (roleSize(query.labels, Role::Batch) !=
        roleSize(traced->labels, Role::Batch))
      return why("the query and the key/value have different batch sizes");
  Type elementType = query.computeType();
  if (!(elementType.isF32() || elementType.isF16() || elementType.isBF16()))
    return why("the query element type is not f32, f16 or bf16");
  if (key.computeType() != elementType || value.computeType() != elementType)
    return why("the query, key and value have different element types");
  if (roleSize(query.labels, Role::HeadDim) !=
      roleSize(key.labels, Role::HeadDim))
    return why("the query and key head dims differ");
  if (plan.masks.causal && plan.masks.offset != 0) {
    int64_t batch = roleSize(query.labels, Role::Batch);
    int64_t queryLen = roleSize(query.labels, Role::QueryLen);
    int64_t keyLen = roleSize(key.labels, Role::KeyLen);
    if (plan.masks.offset != keyLen - queryLen && ShapedType::isDynamic(batch))
      return why("the causal offset needs a q_offset operand but the batch "
                 "size is dynamic");
  }
  return success();
}

/// The dimensions of `type` that are not 1.
static SmallVector<int64_t> nonUnitShape(Type type) {
  SmallVector<int64_t> shape;
  for (int64_t size : cast<ShapedType>(type).getShape())
    if (size != 1)
      shape.push_back(size);
  return shape;
}

/// The elementwise `truncf` that `pv`'s result reaches through single-use
/// reshapes, or null. `unitReshapesOnly` tells whether those reshapes only
/// add or drop unit dimensions (so the truncation's result has the layout
/// of `pv`'s).
static linalg::LinalgOp findTruncation(Operation *pv, bool &unitReshapesOnly) {
  Value result = pv->getResult(0);
  while (result.hasOneUse() &&
         isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(
             *result.getUsers().begin()))
    result = result.getUsers().begin()->getResult(0);
  if (!result.hasOneUse())
    return nullptr;
  unitReshapesOnly = nonUnitShape(result.getType()) ==
                     nonUnitShape(pv->getResult(0).getType());
  auto trunc = dyn_cast<linalg::LinalgOp>(*result.getUsers().begin());
  if (!trunc || !isElementwiseMap(trunc) || trunc.getNumDpsInputs() != 1 ||
      !trunc.getMatchingIndexingMap(trunc.getDpsInputOperand(0)).isIdentity())
    return nullptr;
  auto truncf = getYielded(trunc, 0).getDefiningOp<arith::TruncFOp>();
  if (!truncf || truncf.getIn() != trunc.getMatchingBlockArgument(
                                       trunc.getDpsInputOperand(0)))
    return nullptr;
  return trunc;
}

/// Chooses the attention's element type and the op its result replaces.
/// The op accumulates in f32 and rounds once to its type, so:
/// - an accumulation in f32 followed by `truncf` to the inputs' type is what
///   the op computes itself, and the truncation is replaced whole;
/// - Q, K and V widened (`extf`) from one narrow type, whose result is
///   truncated back to it, are the same attention in the narrow type: each
///   element is rounded once either way, and K/V are read narrow. Where
///   the truncation is reached through reshapes that merge or split dims
///   (the heads of a batch of sequences folded into one dim), the narrow
///   result is widened back in the contraction's layout, and the graph's
///   own reshapes and truncation (now exact) follow;
/// - otherwise the op computes in the contraction's type, and narrower
///   bases are widened after their layout change (after the heads'
///   repetition is undone, so each K/V head is widened once).
static void planElementType(AttentionPlan &plan) {
  plan.elementType = plan.query.computeType();
  plan.replaced = plan.pv;
  bool unitReshapesOnly = false;
  linalg::LinalgOp trunc = findTruncation(plan.pv, unitReshapesOnly);
  Type truncType =
      trunc ? getElementTypeOrSelf(trunc->getResult(0).getType()) : Type();
  Type narrow = getElementTypeOrSelf(plan.query.base.getType());
  if (plan.query.widenedTo && plan.key.widenedTo && plan.value.widenedTo &&
      getElementTypeOrSelf(plan.key.base.getType()) == narrow &&
      getElementTypeOrSelf(plan.value.base.getType()) == narrow &&
      truncType == narrow)
    plan.elementType = narrow;
  if (trunc && unitReshapesOnly && truncType == plan.elementType)
    plan.replaced = trunc;
}

FailureOr<AttentionPlan> raise::planAttention(const Softmax &softmax,
                                              MaskGridCache *cache,
                                              Reason &why) {
  AttentionPlan plan;

  // Scores: from Q K^T to the softmax input.
  FailureOr<ScoreChain> chain = findScoreChain(softmax.input, why);
  if (failed(chain))
    return failure();
  Contraction qk = chain->qk;
  Labels qkLoops =
      contractionLoopLabels(qk, Role::QueryLen, Role::KeyLen, Role::HeadDim);
  Labels labels = labelsFromLoops(qk.op, qk.op.getDpsInitOperand(0), qkLoops);
  SmallVector<ScoreTransform> transforms;
  if (failed(followScores(*chain, labels, transforms, why)))
    return failure();

  // The softmax must normalize over the keys.
  if (softmax.dim >= labels.size() ||
      nonUnit(labels[softmax.dim]).size() != 1 ||
      nonUnit(labels[softmax.dim]).front().role != Role::KeyLen)
    return why(llvm::formatv("the softmax normalizes dimension {0} of the "
                             "scores {1}, not the keys",
                             softmax.dim, toString(labels))
                   .str());

  if (failed(planScoreTransforms(transforms, plan, cache, why)))
    return failure();

  // Probabilities: forward to the P V contraction.
  Value probs;
  Labels probLabels = labels;
  FailureOr<Contraction> pv =
      findPVContraction(softmax, probs, probLabels, why);
  if (failed(pv))
    return failure();
  plan.pv = pv->op;

  // Loop labels of P V from P's labels, and the labels of V and the result.
  OpOperand *probOperand = pv->op.getDpsInputOperand(0)->get() == probs
                               ? pv->op.getDpsInputOperand(0)
                               : pv->op.getDpsInputOperand(1);
  OpOperand *valueOperand = probOperand == pv->op.getDpsInputOperand(0)
                                ? pv->op.getDpsInputOperand(1)
                                : pv->op.getDpsInputOperand(0);
  FailureOr<Labels> pvLoops = labelPVLoops(*pv, probOperand, probLabels, why);
  if (failed(pvLoops))
    return failure();
  Labels valueLabels = labelsFromLoops(pv->op, valueOperand, *pvLoops);
  plan.resultLabels =
      labelsFromLoops(pv->op, pv->op.getDpsInitOperand(0), *pvLoops);
  if (failed(checkResultLabels(pv->op, plan.resultLabels, why)))
    return failure();

  // Q, K and V, and their shapes.
  if (failed(traceQueryKeyValue(qk, qkLoops, valueOperand, valueLabels, plan,
                                why)) ||
      failed(checkShapes(plan, why)))
    return failure();
  planElementType(plan);
  return plan;
}

//===----------------------------------------------------------------------===//
// Building
//===----------------------------------------------------------------------===//

/// Transposes and reshapes `value`, whose labels are `labels`, into the
/// layout `order` (one role per dimension; absent roles become unit
/// dimensions). `BatchHeads` counts as `Heads`.
static Value toLayout(RewriterBase &rewriter, Location loc, Value value,
                      const Labels &labels, ArrayRef<Role> order) {
  auto roleOf = [&](unsigned dim) -> std::optional<Role> {
    DimLabel atoms = nonUnit(labels[dim]);
    if (atoms.empty())
      return std::nullopt;
    return atoms.front().role == Role::BatchHeads ? Role::Heads
                                                  : atoms.front().role;
  };
  auto positionOf = [&](Role role) {
    return static_cast<int64_t>(llvm::find(order, role) - order.begin());
  };
  // The dims holding a role, and whether they already come in target order.
  SmallVector<int64_t> present;
  for (unsigned dim = 0; dim < labels.size(); ++dim)
    if (roleOf(dim))
      present.push_back(dim);
  bool ordered = llvm::is_sorted(present, [&](int64_t lhs, int64_t rhs) {
    return positionOf(*roleOf(lhs)) < positionOf(*roleOf(rhs));
  });

  // Otherwise transpose: present dims in target order, then unit dims.
  SmallVector<int64_t> unitDims;
  for (unsigned dim = 0; dim < labels.size(); ++dim)
    if (!roleOf(dim))
      unitDims.push_back(dim);
  SmallVector<std::optional<Role>> roles;
  if (!ordered) {
    SmallVector<int64_t> perm(present);
    llvm::sort(perm, [&](int64_t lhs, int64_t rhs) {
      return positionOf(*roleOf(lhs)) < positionOf(*roleOf(rhs));
    });
    llvm::append_range(perm, unitDims);
    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, value);
    SmallVector<OpFoldResult> permuted;
    for (int64_t dim : perm) {
      permuted.push_back(sizes[dim]);
      roles.push_back(roleOf(dim));
    }
    auto type = cast<RankedTensorType>(value.getType());
    Value init =
        tensor::EmptyOp::create(rewriter, loc, permuted, type.getElementType());
    value = linalg::TransposeOp::create(rewriter, loc, value, init, perm)
                ->getResult(0);
  } else {
    for (unsigned dim = 0; dim < labels.size(); ++dim)
      roles.push_back(roleOf(dim));
  }

  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> targetShape(order.size(), 1);
  for (auto [dim, role] : llvm::enumerate(roles))
    if (role)
      targetShape[positionOf(*role)] = type.getDimSize(dim);
  if (type.getShape() == ArrayRef<int64_t>(targetShape))
    return value;

  // Drop the unit dims: each joins the group of the present dim before it
  // (or after it, for leading unit dims).
  SmallVector<ReassociationIndices> groups;
  SmallVector<int64_t> leading;
  SmallVector<Role> groupRoles;
  for (auto [dim, role] : llvm::enumerate(roles)) {
    if (!role) {
      if (groups.empty())
        leading.push_back(dim);
      else
        groups.back().push_back(dim);
      continue;
    }
    ReassociationIndices group(leading.begin(), leading.end());
    leading.clear();
    group.push_back(dim);
    groups.push_back(group);
    groupRoles.push_back(*role);
  }
  if (static_cast<int64_t>(groups.size()) != type.getRank()) {
    value = tensor::CollapseShapeOp::create(rewriter, loc, value, groups);
    type = cast<RankedTensorType>(value.getType());
  }
  if (type.getShape() == ArrayRef<int64_t>(targetShape))
    return value;

  // Insert unit dims for the absent roles: each joins the group of the next
  // present role (or the last one, for trailing unit dims).
  SmallVector<ReassociationIndices> expandGroups(groupRoles.size());
  size_t current = 0;
  for (int64_t position = 0, e = order.size(); position < e; ++position) {
    if (current + 1 < groupRoles.size() &&
        positionOf(groupRoles[current]) < position)
      ++current;
    expandGroups[current].push_back(position);
  }
  auto resultType = RankedTensorType::get(targetShape, type.getElementType());
  return tensor::ExpandShapeOp::create(rewriter, loc, resultType, value,
                                       expandGroups);
}

/// An elementwise `linalg.generic` mapping each element of `input` to one of
/// type `elementType` computed by `body`.
static Value
buildElementwise(RewriterBase &rewriter, Location loc, Value input,
                 Type elementType,
                 function_ref<Value(OpBuilder &, Location, Value)> body) {
  auto type = cast<RankedTensorType>(input.getType());
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(rewriter, loc, input);
  Value init = tensor::EmptyOp::create(rewriter, loc, sizes, elementType);
  AffineMap identity = rewriter.getMultiDimIdentityMap(type.getRank());
  SmallVector<utils::IteratorType> iterators(type.getRank(),
                                             utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             rewriter, loc, TypeRange{init.getType()}, ValueRange{input},
             ValueRange{init}, ArrayRef<AffineMap>{identity, identity},
             iterators,
             [&](OpBuilder &b, Location nestedLoc, ValueRange args) {
               linalg::YieldOp::create(b, nestedLoc,
                                       body(b, nestedLoc, args[0]));
             })
      ->getResult(0);
}

/// `value` with its float elements extended or truncated to `to`.
static Value convertElements(RewriterBase &rewriter, Location loc, Value value,
                             Type to) {
  Type from = getElementTypeOrSelf(value.getType());
  if (from == to)
    return value;
  bool extend = from.getIntOrFloatBitWidth() < to.getIntOrFloatBitWidth();
  return buildElementwise(
      rewriter, loc, value, to,
      [&](OpBuilder &b, Location nestedLoc, Value element) -> Value {
        if (extend)
          return arith::ExtFOp::create(b, nestedLoc, to, element);
        return arith::TruncFOp::create(b, nestedLoc, to, element);
      });
}

/// Converts the `[B, Hq, Sq, Dv]` attention result to the layout and element
/// type of the `P V` contraction's result.
static Value toResultLayout(RewriterBase &rewriter, Location loc, Value result,
                            const Labels &resultLabels,
                            RankedTensorType targetType) {
  // The roles of the result, in the order they appear in the target.
  SmallVector<Role> order;
  for (const DimLabel &label : resultLabels)
    for (const Atom &atom : nonUnit(label)) {
      Role role = atom.role == Role::BatchHeads ? Role::Heads : atom.role;
      if (!llvm::is_contained(order, role))
        order.push_back(role);
    }
  Labels labels;
  for (Role role : {Role::Batch, Role::Heads, Role::QueryLen, Role::ValueDim})
    labels.push_back(
        {{llvm::is_contained(order, role) ? role : Role::Unit, 1}});
  Value value = toLayout(rewriter, loc, result, labels, order);
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getShape() != targetType.getShape()) {
    // Merge or split dims to the target shape.
    auto reshapedType =
        RankedTensorType::get(targetType.getShape(), type.getElementType());
    bool collapse = type.getRank() > targetType.getRank();
    std::optional<SmallVector<ReassociationIndices>> groups =
        collapse ? getReassociationIndicesForCollapse(type.getShape(),
                                                      targetType.getShape())
                 : getReassociationIndicesForCollapse(targetType.getShape(),
                                                      type.getShape());
    if (collapse)
      value = tensor::CollapseShapeOp::create(rewriter, loc, reshapedType,
                                              value, *groups);
    else
      value = tensor::ExpandShapeOp::create(rewriter, loc, reshapedType, value,
                                            *groups);
    type = cast<RankedTensorType>(value.getType());
  }
  return convertElements(rewriter, loc, value, targetType.getElementType());
}

/// Builds the mask operand: the mask input read through its op's map, laid
/// out as `[B, Hq, Sq, Skv]` (absent dims as units), negated if needed.
static Value buildMask(RewriterBase &rewriter, Location loc,
                       const MaskPlan &plan) {
  Labels labels =
      labelsFromLoops(plan.maskOp, plan.maskOperand, plan.maskLoopLabels);
  Value mask =
      toLayout(rewriter, loc, plan.maskOperand->get(), labels,
               {Role::Batch, Role::Heads, Role::QueryLen, Role::KeyLen});
  if (!plan.maskNegated)
    return mask;
  return buildElementwise(
      rewriter, loc, mask, getElementTypeOrSelf(mask.getType()),
      [](OpBuilder &b, Location nestedLoc, Value element) -> Value {
        Value one =
            arith::ConstantOp::create(b, nestedLoc, b.getBoolAttr(true));
        return arith::XOrIOp::create(b, nestedLoc, element, one);
      });
}

AttentionOp raise::buildAttention(RewriterBase &rewriter,
                                  const AttentionPlan &plan) {
  Operation *pv = plan.pv;
  Location loc = pv->getLoc();
  rewriter.setInsertionPoint(pv);
  Value query =
      toLayout(rewriter, loc, plan.query.base, plan.query.labels,
               {Role::Batch, Role::Heads, Role::QueryLen, Role::HeadDim});
  Value key = toLayout(rewriter, loc, plan.key.base, plan.key.labels,
                       {Role::Batch, Role::Heads, Role::KeyLen, Role::HeadDim});
  Value value =
      toLayout(rewriter, loc, plan.value.base, plan.value.labels,
               {Role::Batch, Role::Heads, Role::KeyLen, Role::ValueDim});
  query = convertElements(rewriter, loc, query, plan.elementType);
  key = convertElements(rewriter, loc, key, plan.elementType);
  value = convertElements(rewriter, loc, value, plan.elementType);
  auto queryType = cast<RankedTensorType>(query.getType());
  auto valueType = cast<RankedTensorType>(value.getType());
  auto resultType =
      RankedTensorType::get({queryType.getDimSize(0), queryType.getDimSize(1),
                             queryType.getDimSize(2), valueType.getDimSize(3)},
                            plan.elementType);

  Value mask;
  if (plan.masks.maskOperand)
    mask = buildMask(rewriter, loc, plan.masks);

  const MaskPlan &masks = plan.masks;
  Value queryOffset;
  Alignment alignment = Alignment::TopLeft;
  int64_t queryLen = queryType.getDimSize(2);
  int64_t keyLen = cast<RankedTensorType>(key.getType()).getDimSize(2);
  bool positioned = masks.causal || masks.window;
  if (positioned && masks.offset != 0) {
    if (!ShapedType::isDynamic(queryLen) && !ShapedType::isDynamic(keyLen) &&
        masks.offset == keyLen - queryLen) {
      alignment = Alignment::BottomRight;
    } else {
      auto offsetType = RankedTensorType::get({queryType.getDimSize(0)},
                                              rewriter.getI64Type());
      queryOffset = arith::ConstantOp::create(
          rewriter, loc,
          DenseElementsAttr::get(offsetType,
                                 rewriter.getI64IntegerAttr(masks.offset)));
    }
  }

  double defaultScale =
      1.0 / std::sqrt(static_cast<double>(queryType.getDimSize(3)));
  FloatAttr scaleAttr;
  if (std::abs(plan.scale - defaultScale) > 1e-6 * defaultScale)
    scaleAttr = rewriter.getF64FloatAttr(plan.scale);
  FloatAttr softcapAttr;
  if (plan.softcap)
    softcapAttr = rewriter.getF64FloatAttr(*plan.softcap);
  IntegerAttr windowAttr;
  if (masks.window)
    windowAttr = rewriter.getI64IntegerAttr(*masks.window);
  HeadMapping mapping =
      plan.key.repeated ? plan.key.mapping : HeadMapping::Contiguous;
  auto keyType = cast<RankedTensorType>(key.getType());
  if (keyType.getDimSize(1) == 1 ||
      keyType.getDimSize(1) == queryType.getDimSize(1))
    mapping = HeadMapping::Contiguous;

  auto attention = AttentionOp::create(
      rewriter, loc, resultType, query, key, value, mask,
      /*kv_lengths=*/Value(), queryOffset, scaleAttr, softcapAttr, masks.causal,
      windowAttr, mapping, alignment);
  Operation *replaced = plan.replaced;
  Value result =
      toResultLayout(rewriter, loc, attention.getResult(), plan.resultLabels,
                     cast<RankedTensorType>(replaced->getResult(0).getType()));
  rewriter.replaceOp(replaced, result);
  return attention;
}
