//===- AnnotateEntryDims.cpp - Record the dimensions entries must agree on ===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// A union-find over (tensor value, dimension) pairs, fed by the ops that
// require two dimensions to be equal, and read back on the function's
// arguments and results. See `gqa-annotate-entry-dims` in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"
#include "gqa/Transforms/Transforms.h"

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAANNOTATEENTRYDIMSPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// One dimension of one ranked tensor value.
using DimRef = std::pair<Value, int64_t>;

/// Union-find over tensor dimensions, with the static size of each class
/// (the size any member has in its type, or ShapedType::kDynamic).
class DimClasses {
public:
  /// The representative index of `dim`, adding it if new.
  unsigned find(DimRef dim) {
    auto [it, inserted] = index.try_emplace(dim, parent.size());
    if (inserted) {
      parent.push_back(it->second);
      auto type = cast<ShapedType>(dim.first.getType());
      staticSize.push_back(type.getDimSize(dim.second));
    }
    unsigned node = it->second;
    while (parent[node] != node)
      node = parent[node] = parent[parent[node]];
    return node;
  }

  /// Records that `a` and `b` have the same size.
  void unite(DimRef a, DimRef b) {
    unsigned ra = find(a), rb = find(b);
    if (ra == rb)
      return;
    parent[rb] = ra;
    if (ShapedType::isDynamic(staticSize[ra]))
      staticSize[ra] = staticSize[rb];
  }

  /// The static size of the class of `dim`, or ShapedType::kDynamic.
  int64_t getStaticSize(DimRef dim) { return staticSize[find(dim)]; }

  /// The static size of the class whose representative is `root`.
  int64_t getStaticSizeOfRoot(unsigned root) { return staticSize[root]; }

private:
  llvm::DenseMap<DimRef, unsigned> index;
  SmallVector<unsigned> parent;
  SmallVector<int64_t> staticSize;
};

/// True if `value` is a ranked tensor.
bool isRankedTensor(Value value) {
  return value && isa<RankedTensorType>(value.getType());
}

/// Ties every dimension of `a` to the same dimension of `b` (same shape).
void uniteShapes(DimClasses &classes, Value a, Value b) {
  if (!isRankedTensor(a) || !isRankedTensor(b))
    return;
  auto typeA = cast<RankedTensorType>(a.getType());
  auto typeB = cast<RankedTensorType>(b.getType());
  if (typeA.getRank() != typeB.getRank())
    return;
  for (int64_t dim = 0, e = typeA.getRank(); dim < e; ++dim)
    classes.unite({a, dim}, {b, dim});
}

/// The dimensions `gqa.attention` ties together. Dynamic mask dimensions are
/// returned in `broadcasts` with the score dimension they broadcast to.
void addAttentionDims(DimClasses &classes, AttentionOp op,
                      SmallVectorImpl<std::pair<DimRef, DimRef>> &broadcasts) {
  Value q = op.getQuery(), k = op.getKey(), v = op.getValue(),
        out = op.getResult();
  // [B, Hq, Sq, D], [B, Hkv, Skv, D], [B, Hkv, Skv, Dv] -> [B, Hq, Sq, Dv].
  for (Value other : {k, v, out})
    classes.unite({q, 0}, {other, 0});
  classes.unite({q, 1}, {out, 1});
  classes.unite({q, 2}, {out, 2});
  classes.unite({q, 3}, {k, 3});
  classes.unite({k, 1}, {v, 1});
  classes.unite({k, 2}, {v, 2});
  classes.unite({v, 3}, {out, 3});
  for (Value perBatch : {op.getKvLengths(), op.getQOffset()})
    if (perBatch)
      classes.unite({q, 0}, {perBatch, 0});
  if (Value mask = op.getMask()) {
    // The mask broadcasts from its trailing dimensions to [B, Hq, Sq, Skv].
    auto maskType = cast<RankedTensorType>(mask.getType());
    DimRef scores[4] = {{q, 0}, {q, 1}, {q, 2}, {k, 2}};
    int64_t leading = 4 - maskType.getRank();
    for (int64_t dim = 0, e = maskType.getRank(); dim < e; ++dim) {
      int64_t size = maskType.getDimSize(dim);
      if (size == 1)
        continue;
      if (ShapedType::isDynamic(size))
        broadcasts.push_back({{mask, dim}, scores[leading + dim]});
      else
        classes.unite({mask, dim}, scores[leading + dim]);
    }
  }
}

/// The dimensions a linalg structured op ties together: operand dimensions
/// indexed by the same loop, and each result with its init.
void addLinalgDims(DimClasses &classes, linalg::LinalgOp op) {
  llvm::SmallDenseMap<unsigned, DimRef> loopDims;
  for (OpOperand &operand : op->getOpOperands()) {
    if (!isRankedTensor(operand.get()))
      continue;
    AffineMap map = op.getMatchingIndexingMap(&operand);
    for (auto [dim, expr] : llvm::enumerate(map.getResults())) {
      auto loop = dyn_cast<AffineDimExpr>(expr);
      if (!loop)
        continue;
      DimRef ref{operand.get(), static_cast<int64_t>(dim)};
      auto [it, inserted] = loopDims.try_emplace(loop.getPosition(), ref);
      if (!inserted)
        classes.unite(it->second, ref);
    }
  }
}

/// The dimensions of a reshape's size-1 reassociation groups: `expanded` dims
/// of group `i` map to `collapsed` dim `i`.
void addReshapeDims(DimClasses &classes, Value collapsed, Value expanded,
                    ArrayRef<ReassociationIndices> groups) {
  for (auto [dim, group] : llvm::enumerate(groups))
    if (group.size() == 1)
      classes.unite({collapsed, static_cast<int64_t>(dim)},
                    {expanded, group.front()});
}

/// An entry dimension: (argument or out-parameter, dimension).
using EntryDim = std::pair<int64_t, int64_t>;

/// `gqa.entry_index_bounds`: for each entry argument an attention reads as
/// `kv_lengths` or `q_offset`, the static `Skv` of its key and an entry
/// dimension of the same size, whichever are known. Null if there is none.
ArrayAttr getIndexBounds(func::FuncOp func, DimClasses &classes,
                         ArrayRef<std::pair<DimRef, EntryDim>> entryDims) {
  Builder builder(func.getContext());
  SmallVector<Attribute> bounds;
  llvm::DenseSet<Value> seen;
  func.walk([&](AttentionOp op) {
    DimRef keyLength{op.getKey(), 2};
    for (Value perBatch : {op.getKvLengths(), op.getQOffset()}) {
      auto arg = dyn_cast_or_null<BlockArgument>(perBatch);
      if (!arg || arg.getOwner() != &func.getBody().front() ||
          !seen.insert(arg).second)
        continue;
      int64_t size = classes.getStaticSize(keyLength);
      EntryDim bound{-1, -1};
      for (auto &[ref, position] : entryDims) {
        if (position.first < static_cast<int64_t>(func.getNumArguments()) &&
            classes.find(ref) == classes.find(keyLength)) {
          bound = position;
          break;
        }
      }
      if (ShapedType::isDynamic(size) && bound.first < 0)
        continue;
      bounds.push_back(builder.getDenseI64ArrayAttr(
          {arg.getArgNumber(), ShapedType::isDynamic(size) ? -1 : size,
           bound.first, bound.second}));
    }
  });
  return bounds.empty() ? ArrayAttr() : builder.getArrayAttr(bounds);
}

} // namespace

LogicalResult mlir::gqa::annotateEntryDims(func::FuncOp func) {
  if (func.isExternal())
    return success();
  DimClasses classes;
  SmallVector<std::pair<DimRef, DimRef>> broadcasts;

  // Entry dimensions, numbered as after buffer-results-to-out-params.
  SmallVector<std::pair<DimRef, std::pair<int64_t, int64_t>>> entryDims;
  for (BlockArgument arg : func.getArguments())
    if (isRankedTensor(arg))
      for (int64_t dim = 0, e = cast<RankedTensorType>(arg.getType()).getRank();
           dim < e; ++dim)
        entryDims.push_back({{arg, dim}, {arg.getArgNumber(), dim}});

  func.walk([&](Operation *op) {
    if (auto attention = dyn_cast<AttentionOp>(op))
      return addAttentionDims(classes, attention, broadcasts);
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
      addLinalgDims(classes, linalgOp);
    if (auto cast = dyn_cast<tensor::CastOp>(op))
      return uniteShapes(classes, cast.getSource(), cast.getDest());
    if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(op))
      return addReshapeDims(classes, collapse.getResult(), collapse.getSrc(),
                            collapse.getReassociationIndices());
    if (auto expand = dyn_cast<tensor::ExpandShapeOp>(op))
      return addReshapeDims(classes, expand.getSrc(), expand.getResult(),
                            expand.getReassociationIndices());
    if (auto dps = dyn_cast<DestinationStyleOpInterface>(op)) {
      for (OpResult result : op->getResults())
        if (isRankedTensor(result))
          uniteShapes(classes, result, dps.getTiedOpOperand(result)->get());
      return;
    }
    if (op->hasTrait<OpTrait::SameOperandsAndResultShape>() ||
        op->hasTrait<OpTrait::SameOperandsAndResultType>() ||
        op->hasTrait<OpTrait::Elementwise>()) {
      Value first;
      for (Value value :
           llvm::concat<Value>(op->getOperands(), op->getResults())) {
        if (!isRankedTensor(value))
          continue;
        if (first)
          uniteShapes(classes, first, value);
        else
          first = value;
      }
    }
  });

  // Each tensor result becomes the next out-parameter; every return must
  // agree with it.
  int64_t numArgs = func.getNumArguments(), outParam = numArgs;
  for (unsigned index = 0, e = func.getNumResults(); index < e; ++index) {
    auto tensorType = dyn_cast<RankedTensorType>(func.getResultTypes()[index]);
    if (!tensorType)
      continue;
    Value first;
    func.walk([&](func::ReturnOp ret) {
      Value result = ret.getOperand(index);
      if (first)
        uniteShapes(classes, first, result);
      else
        first = result;
    });
    if (first)
      for (int64_t dim = 0, e = tensorType.getRank(); dim < e; ++dim)
        entryDims.push_back({{first, dim}, {outParam, dim}});
    ++outParam;
  }

  // Group the entry dimensions by class, in the order of their first member.
  // A class whose members are all static in their own types needs nothing
  // beyond the static checks of gqa-entry-status.
  llvm::MapVector<unsigned, SmallVector<int64_t>> byClass;
  llvm::DenseSet<unsigned> hasDynamicMember;
  for (auto &[ref, position] : entryDims) {
    unsigned root = classes.find(ref);
    SmallVector<int64_t> &members = byClass[root];
    if (members.empty()) {
      int64_t size = classes.getStaticSize(ref);
      members.push_back(ShapedType::isDynamic(size) ? -1 : size);
    }
    members.push_back(position.first);
    members.push_back(position.second);
    if (cast<ShapedType>(ref.first.getType()).isDynamicDim(ref.second))
      hasDynamicMember.insert(root);
  }

  // The broadcast dimensions that are entry dimensions, with the class of
  // the score dimension each broadcasts to.
  SmallVector<std::pair<unsigned, std::pair<int64_t, int64_t>>> entryBroadcasts;
  for (auto &[maskDim, scoreDim] : broadcasts)
    for (auto &[ref, position] : entryDims)
      if (ref == maskDim)
        entryBroadcasts.push_back({classes.find(scoreDim), position});
  llvm::DenseSet<unsigned> neededByBroadcast;
  for (auto &entry : entryBroadcasts)
    neededByBroadcast.insert(entry.first);

  Builder builder(func.getContext());
  SmallVector<Attribute> classAttrs;
  llvm::DenseMap<unsigned, int64_t> classNumber;
  for (auto &[root, members] : byClass) {
    // A lone dynamic dimension constrains nothing, unless a broadcast
    // dimension is checked against it.
    if (!neededByBroadcast.contains(root) &&
        (!hasDynamicMember.contains(root) ||
         (members.size() == 3 && members.front() == -1)))
      continue;
    classNumber[root] = classAttrs.size();
    classAttrs.push_back(builder.getDenseI64ArrayAttr(members));
  }

  // A broadcast to a dimension no entry dimension shares can still be
  // checked when its size is static: the class is then only that size.
  SmallVector<Attribute> broadcastAttrs;
  for (auto &[root, position] : entryBroadcasts) {
    auto number = classNumber.find(root);
    if (number == classNumber.end()) {
      int64_t size = classes.getStaticSizeOfRoot(root);
      if (ShapedType::isDynamic(size))
        continue;
      number = classNumber.try_emplace(root, classAttrs.size()).first;
      classAttrs.push_back(builder.getDenseI64ArrayAttr({size}));
    }
    broadcastAttrs.push_back(builder.getDenseI64ArrayAttr(
        {number->second, position.first, position.second}));
  }

  if (ArrayAttr bounds = getIndexBounds(func, classes, entryDims))
    func->setAttr(kEntryIndexBoundsAttrName, bounds);
  else
    func->removeAttr(kEntryIndexBoundsAttrName);
  func->setAttr(kEntryDimsAttrName, builder.getArrayAttr(classAttrs));
  if (!broadcastAttrs.empty())
    func->setAttr(kEntryBroadcastDimsAttrName,
                  builder.getArrayAttr(broadcastAttrs));
  else
    func->removeAttr(kEntryBroadcastDimsAttrName);
  return success();
}

namespace {
struct GQAAnnotateEntryDimsPass
    : public gqa::impl::GQAAnnotateEntryDimsPassBase<GQAAnnotateEntryDimsPass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (func.isPublic() && failed(annotateEntryDims(func)))
        return signalPassFailure();
  }
};
} // namespace
