//===- RaiseAttention.cpp - Raise linalg attention to gqa.attention -------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Recognizes attention in linalg-on-tensors graphs and replaces it with
// `gqa.attention`. The matcher starts at a softmax and works outwards:
//
//   1. the softmax itself (`linalg.softmax` or max/sub/exp/sum/div);
//   2. the scores, walked back to the `Q K^T` contraction, collecting the
//      scale, softcap and masks applied on the way;
//   3. the probabilities, walked forward to the `P V` contraction;
//   4. `Q`, `K` and `V`, walked back through layout changes to values whose
//      dimensions are exactly batch, heads, sequence and head dim, undoing at
//      most one broadcast that repeats the key/value heads.
//
// Dimensions are tracked with labels ("this dimension is the batch times the
// heads", "this one is the key sequence") that are propagated through
// reshapes, transposes and broadcasts. Masks computed from indices only are
// evaluated at every position by a small interpreter and fitted to the
// causal/window attributes of the op.
//
// Nothing is created before the whole attention has matched; every
// non-match is reported with `notifyMatchFailure`.
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Dialect/GQA/Transforms/Transforms.h"

#include "gqa/Dialect/GQA/IR/GQADialect.h"
#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <limits>
#include <optional>
#include <set>
#include <string>

namespace mlir::gqa {
#define GEN_PASS_DEF_GQARAISEATTENTIONPASS
#include "gqa/Dialect/GQA/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

//===----------------------------------------------------------------------===//
// Failure reasons
//===----------------------------------------------------------------------===//

/// What a failed match says about the op it started at.
enum class RaiseFailure : uint8_t {
  /// The op is not a softmax at all: not an attention candidate, nothing to
  /// report to users.
  NotACandidate,
  /// A softmax whose attention does not match or is not supported: reported
  /// to users, after `kRaiseAttentionCandidatePrefix`.
  Unsupported,
};

/// The reason a candidate did not match; filled by the matcher functions,
/// which return `failure()` after setting it.
struct Reason {
  RaiseFailure kind = RaiseFailure::Unsupported;
  std::string text;

  /// Sets the reason why a softmax's attention does not match.
  LogicalResult operator()(const Twine &message) {
    kind = RaiseFailure::Unsupported;
    text = message.str();
    return failure();
  }

  /// Sets the reason why an op is not an attention candidate at all.
  LogicalResult notACandidate(const Twine &message) {
    kind = RaiseFailure::NotACandidate;
    text = ("not an attention candidate: " + message).str();
    return failure();
  }

  /// The reason as reported through `notifyMatchFailure`: attention
  /// candidates' reasons start with `kRaiseAttentionCandidatePrefix`.
  std::string message() const {
    if (kind == RaiseFailure::NotACandidate)
      return text;
    return (kRaiseAttentionCandidatePrefix + text).str();
  }
};

/// Prints a number the way a user would write it, for failure reasons.
std::string formatNumber(double value) {
  std::string result;
  llvm::raw_string_ostream os(result);
  os << llvm::format("%g", value);
  return result;
}

/// Prints `op` as its name, for failure reasons.
std::string describe(Operation *op) {
  std::string result;
  llvm::raw_string_ostream os(result);
  os << "'" << op->getName() << "'";
  return result;
}

//===----------------------------------------------------------------------===//
// Dimension labels
//===----------------------------------------------------------------------===//

/// What one factor of a tensor dimension is in the attention.
enum class Role : uint8_t {
  Batch,
  Heads,
  /// Batch and heads merged into one dimension whose split is not known yet.
  BatchHeads,
  /// The outer and inner factors of a heads dimension split by a reshape,
  /// before a broadcast tells which of them is the repetition.
  HeadsOuter,
  HeadsInner,
  QueryLen,
  KeyLen,
  HeadDim,
  ValueDim,
  Unit,
};

/// The name of `role` in failure reasons.
StringRef roleName(Role role) {
  switch (role) {
  case Role::Batch:
    return "batch";
  case Role::Heads:
    return "heads";
  case Role::BatchHeads:
    return "batch*heads";
  case Role::HeadsOuter:
    return "heads(outer)";
  case Role::HeadsInner:
    return "heads(inner)";
  case Role::QueryLen:
    return "query-seq";
  case Role::KeyLen:
    return "key-seq";
  case Role::HeadDim:
    return "head-dim";
  case Role::ValueDim:
    return "value-dim";
  case Role::Unit:
    return "1";
  }
  llvm_unreachable("unknown role");
}

/// One factor of a dimension.
struct Atom {
  Role role;
  int64_t size;
};

/// The factors of one dimension, outermost first.
using DimLabel = SmallVector<Atom, 2>;
/// The labels of every dimension of a tensor.
using Labels = SmallVector<DimLabel, 4>;

/// Prints labels as `[batch, heads*1, key-seq]`, for failure reasons.
std::string toString(const Labels &labels) {
  std::string result = "[";
  llvm::raw_string_ostream os(result);
  llvm::interleaveComma(labels, os, [&](const DimLabel &dim) {
    llvm::interleave(
        dim, os, [&](const Atom &atom) { os << roleName(atom.role); }, "*");
  });
  os << "]";
  return result;
}

/// The non-unit atoms of a dimension.
DimLabel nonUnit(const DimLabel &dim) {
  DimLabel result;
  for (const Atom &atom : dim)
    if (atom.role != Role::Unit)
      result.push_back(atom);
  return result;
}

/// Splits the atoms of one dimension over the dimensions `sizes` it is
/// reshaped into (a `tensor.expand_shape` seen forward, or a
/// `tensor.collapse_shape` seen backward).
FailureOr<SmallVector<DimLabel>> splitLabel(const DimLabel &dim,
                                            ArrayRef<int64_t> sizes) {
  DimLabel atoms = nonUnit(dim);
  SmallVector<DimLabel> result;
  size_t next = 0;
  for (auto [index, size] : llvm::enumerate(sizes)) {
    int64_t restProduct = 1;
    bool restDynamic = false;
    for (int64_t rest : sizes.drop_front(index + 1)) {
      if (ShapedType::isDynamic(rest))
        restDynamic = true;
      else
        restProduct *= rest;
    }
    bool moreFollow = restDynamic || restProduct > 1;
    if (next < atoms.size()) {
      Atom &atom = atoms[next];
      // Batch*heads followed by more dimensions: the first is the batch.
      if (atom.role == Role::BatchHeads && moreFollow) {
        result.push_back({{Role::Batch, size}});
        int64_t heads = ShapedType::kDynamic;
        if (!ShapedType::isDynamic(atom.size) && !ShapedType::isDynamic(size)) {
          if (size == 0 || atom.size % size != 0)
            return failure();
          heads = atom.size / size;
        }
        atom = {Role::Heads, heads};
        continue;
      }
      if (atom.size == size) {
        result.push_back({atom});
        ++next;
        continue;
      }
    }
    if (size == 1) {
      result.push_back({{Role::Unit, 1}});
      continue;
    }
    if (next < atoms.size() && atoms[next].role == Role::Heads &&
        !ShapedType::isDynamic(atoms[next].size) &&
        !ShapedType::isDynamic(size) && size < atoms[next].size &&
        atoms[next].size % size == 0) {
      result.push_back({{Role::HeadsOuter, size}});
      atoms[next] = {Role::HeadsInner, atoms[next].size / size};
      continue;
    }
    return failure();
  }
  if (next != atoms.size())
    return failure();
  return result;
}

/// Merges the labels of the dimensions `group` of `labels` into one (a
/// `tensor.collapse_shape` seen forward, or a `tensor.expand_shape` seen
/// backward).
DimLabel mergeLabels(const Labels &labels, ArrayRef<int64_t> group) {
  DimLabel result;
  for (int64_t dim : group)
    for (const Atom &atom : labels[dim])
      if (atom.role != Role::Unit)
        result.push_back(atom);
  if (result.empty())
    result.push_back({Role::Unit, 1});
  return result;
}

/// Labels of the expanded side of a reshape from those of its collapsed side:
/// each collapsed dimension is split over the dimensions of `expandedShape`
/// in its group of `groups`.
FailureOr<Labels> splitLabels(ArrayRef<ReassociationIndices> groups,
                              ArrayRef<int64_t> expandedShape,
                              const Labels &collapsedLabels) {
  Labels result(expandedShape.size());
  for (auto [collapsedDim, group] : llvm::enumerate(groups)) {
    SmallVector<int64_t> sizes;
    for (int64_t dim : group)
      sizes.push_back(expandedShape[dim]);
    FailureOr<SmallVector<DimLabel>> split =
        splitLabel(collapsedLabels[collapsedDim], sizes);
    if (failed(split))
      return failure();
    for (auto [dim, label] : llvm::zip_equal(group, *split))
      result[dim] = label;
  }
  return result;
}

/// Labels of the collapsed side of a reshape from those of its expanded
/// side: the labels of each group of `groups` merged into one.
Labels mergeLabelGroups(ArrayRef<ReassociationIndices> groups,
                        const Labels &expandedLabels) {
  Labels result;
  for (const ReassociationIndices &group : groups)
    result.push_back(mergeLabels(expandedLabels, group));
  return result;
}

/// Labels of the source of a `tensor.collapse_shape` from those of its result.
FailureOr<Labels> labelsBeforeCollapse(tensor::CollapseShapeOp op,
                                       const Labels &resultLabels) {
  return splitLabels(op.getReassociationIndices(), op.getSrcType().getShape(),
                     resultLabels);
}

/// Labels of the result of a `tensor.expand_shape` from those of its source.
FailureOr<Labels> labelsAfterExpand(tensor::ExpandShapeOp op,
                                    const Labels &srcLabels) {
  return splitLabels(op.getReassociationIndices(),
                     op.getResultType().getShape(), srcLabels);
}

/// Labels of the source of a `tensor.expand_shape` from those of its result.
Labels labelsBeforeExpand(tensor::ExpandShapeOp op, const Labels &labels) {
  return mergeLabelGroups(op.getReassociationIndices(), labels);
}

/// Labels of the result of a `tensor.collapse_shape` from those of its source.
Labels labelsAfterCollapse(tensor::CollapseShapeOp op, const Labels &labels) {
  return mergeLabelGroups(op.getReassociationIndices(), labels);
}

/// The dimension whose only non-unit atom has `role`, if any.
std::optional<unsigned> findRole(const Labels &labels, Role role) {
  for (auto [dim, label] : llvm::enumerate(labels)) {
    DimLabel atoms = nonUnit(label);
    if (atoms.size() == 1 && atoms.front().role == role)
      return dim;
  }
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// Small helpers on linalg ops
//===----------------------------------------------------------------------===//

/// True if every loop of `op` is parallel.
bool isAllParallel(linalg::LinalgOp op) {
  return op.getNumLoops() == op.getNumParallelLoops();
}

/// An all-parallel linalg op with one tensor result and an identity output
/// map, whose body does not read the output: an elementwise map.
bool isElementwiseMap(linalg::LinalgOp op) {
  if (!isAllParallel(op) || op->getNumResults() != 1 ||
      op.getNumDpsInits() != 1 || !op.hasPureTensorSemantics())
    return false;
  OpOperand *init = op.getDpsInitOperand(0);
  if (!op.getMatchingIndexingMap(init).isIdentity())
    return false;
  return op.getMatchingBlockArgument(init).use_empty();
}

/// The value yielded for result `index` of `op`.
Value getYielded(linalg::LinalgOp op, unsigned index) {
  return op.getBlock()->getTerminator()->getOperand(index);
}

/// The scalar value of a constant: an `arith.constant` (scalar or splat), a
/// `linalg.fill` of one, or a float/int cast of one.
std::optional<double> getScalarConstant(Value value) {
  Operation *def = value.getDefiningOp();
  if (!def)
    return std::nullopt;
  if (auto constant = dyn_cast<arith::ConstantOp>(def)) {
    Attribute attr = constant.getValue();
    if (auto splat = dyn_cast<SplatElementsAttr>(attr))
      attr = splat.getSplatValue<Attribute>();
    else if (auto dense = dyn_cast<DenseElementsAttr>(attr);
             dense && dense.isSplat())
      attr = dense.getSplatValue<Attribute>();
    if (auto floatAttr = dyn_cast<FloatAttr>(attr))
      return floatAttr.getValueAsDouble();
    if (auto intAttr = dyn_cast<IntegerAttr>(attr)) {
      if (intAttr.getType().isInteger(1))
        return intAttr.getValue().isZero() ? 0.0 : 1.0;
      return static_cast<double>(intAttr.getValue().getSExtValue());
    }
    return std::nullopt;
  }
  if (auto fill = dyn_cast<linalg::FillOp>(def))
    return getScalarConstant(fill.getInputs().front());
  if (isa<arith::ExtFOp, arith::TruncFOp, arith::SIToFPOp>(def))
    return getScalarConstant(def->getOperand(0));
  return std::nullopt;
}

/// The scalar constant of a value used inside the body of `op`: a constant
/// defined in or above the body, or a block argument reading a splat input.
std::optional<double> getBodyConstant(linalg::LinalgOp op, Value value) {
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    if (arg.getOwner() != op.getBlock() ||
        arg.getArgNumber() >= op.getNumDpsInputs())
      return std::nullopt;
    return getScalarConstant(op.getDpsInputOperand(arg.getArgNumber())->get());
  }
  Operation *def = value.getDefiningOp();
  if (def && def->getBlock() == op.getBlock() &&
      isa<arith::ExtFOp, arith::TruncFOp, arith::SIToFPOp>(def))
    return getBodyConstant(op, def->getOperand(0));
  return getScalarConstant(value);
}

/// True if `value`, inside a linalg body, is computed from `arg`.
bool dependsOn(Value value, BlockArgument arg) {
  if (value == arg)
    return true;
  Operation *def = value.getDefiningOp();
  if (!def || def->getBlock() != arg.getOwner())
    return false;
  return llvm::any_of(def->getOperands(),
                      [&](Value operand) { return dependsOn(operand, arg); });
}

/// True if `value` is `-inf` or at most the lowest finite half-precision
/// float: the values exporters fill masked scores with.
bool isMaskingValue(double value) { return value <= -65504.0; }

//===----------------------------------------------------------------------===//
// Interpreter for index-only tensors
//===----------------------------------------------------------------------===//

/// Evaluates elements of tensors computed only from indices and constants
/// (causal masks built from `linalg.index`, iotas, compares and selects).
/// Every value is held as a double: integers up to 2^53, booleans as 0/1.
class IndexEvaluator {
public:
  /// The element of `tensor` at `index`, or failure if it depends on
  /// anything but indices and constants.
  FailureOr<double> evalTensor(Value tensor, ArrayRef<int64_t> index);

  /// The value of `value` inside the body of `op` at iteration `point`.
  FailureOr<double> evalInBody(linalg::LinalgOp op, Value value,
                               ArrayRef<int64_t> point);

private:
  FailureOr<double> evalOp(Operation *op, ArrayRef<double> operands);
  bool spend() { return ++steps < kMaxSteps; }

  static constexpr int64_t kMaxSteps = 1 << 24;
  int64_t steps = 0;
  DenseMap<std::pair<Value, int64_t>, double> cache;
};

/// The row-major linear index of `index` in `shape`.
int64_t linearize(ArrayRef<int64_t> index, ArrayRef<int64_t> shape) {
  int64_t linear = 0;
  for (auto [i, size] : llvm::zip_equal(index, shape))
    linear = linear * size + i;
  return linear;
}

/// The multi-index of `linear` in `shape`.
SmallVector<int64_t> delinearize(int64_t linear, ArrayRef<int64_t> shape) {
  SmallVector<int64_t> index(shape.size());
  for (int64_t dim = static_cast<int64_t>(shape.size()) - 1; dim >= 0; --dim) {
    index[dim] = linear % shape[dim];
    linear /= shape[dim];
  }
  return index;
}

/// Evaluates an affine map with constant inputs.
SmallVector<int64_t> applyMap(AffineMap map, ArrayRef<int64_t> point) {
  return map.compose(point);
}

/// Rounds `value` to the precision of the float type `type`.
double roundTo(Type type, double value) {
  auto floatType = dyn_cast<FloatType>(type);
  if (!floatType || floatType.isF64())
    return value;
  APFloat converted(value);
  bool losesInfo = false;
  converted.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                    &losesInfo);
  return converted.convertToDouble();
}

FailureOr<double> IndexEvaluator::evalTensor(Value tensor,
                                             ArrayRef<int64_t> index) {
  if (!spend())
    return failure();
  auto type = dyn_cast<RankedTensorType>(tensor.getType());
  if (!type || !type.hasStaticShape())
    return failure();
  int64_t linear = linearize(index, type.getShape());
  auto key = std::make_pair(tensor, linear);
  if (auto it = cache.find(key); it != cache.end())
    return it->second;

  FailureOr<double> result = failure();
  Operation *def = tensor.getDefiningOp();
  if (!def)
    return failure();
  if (auto constant = dyn_cast<arith::ConstantOp>(def)) {
    auto dense = dyn_cast<DenseElementsAttr>(constant.getValue());
    if (!dense)
      return failure();
    Attribute element = dense.isSplat() ? dense.getSplatValue<Attribute>()
                                        : dense.getValues<Attribute>()[linear];
    if (auto floatAttr = dyn_cast<FloatAttr>(element))
      result = floatAttr.getValueAsDouble();
    else if (auto intAttr = dyn_cast<IntegerAttr>(element))
      result = intAttr.getType().isInteger(1)
                   ? (intAttr.getValue().isZero() ? 0.0 : 1.0)
                   : static_cast<double>(intAttr.getValue().getSExtValue());
  } else if (auto fill = dyn_cast<linalg::FillOp>(def)) {
    if (std::optional<double> value =
            getScalarConstant(fill.getInputs().front()))
      result = *value;
  } else if (auto expand = dyn_cast<tensor::ExpandShapeOp>(def)) {
    SmallVector<int64_t> srcIndex;
    ArrayRef<int64_t> shape = expand.getResultType().getShape();
    for (ReassociationIndices group : expand.getReassociationIndices()) {
      SmallVector<int64_t> sub, subShape;
      for (int64_t dim : group) {
        sub.push_back(index[dim]);
        subShape.push_back(shape[dim]);
      }
      srcIndex.push_back(linearize(sub, subShape));
    }
    result = evalTensor(expand.getSrc(), srcIndex);
  } else if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(def)) {
    SmallVector<int64_t> srcIndex;
    ArrayRef<int64_t> srcShape = collapse.getSrcType().getShape();
    for (auto [resultDim, group] :
         llvm::enumerate(collapse.getReassociationIndices())) {
      SmallVector<int64_t> subShape;
      for (int64_t dim : group)
        subShape.push_back(srcShape[dim]);
      llvm::append_range(srcIndex, delinearize(index[resultDim], subShape));
    }
    result = evalTensor(collapse.getSrc(), srcIndex);
  } else if (auto slice = dyn_cast<tensor::ExtractSliceOp>(def)) {
    if (!slice.hasUnitStride() ||
        slice.getSourceType().getRank() != slice.getResultType().getRank() ||
        ShapedType::isDynamicShape(slice.getStaticOffsets()))
      return failure();
    SmallVector<int64_t> srcIndex;
    for (auto [i, offset] : llvm::zip_equal(index, slice.getStaticOffsets()))
      srcIndex.push_back(i + offset);
    result = evalTensor(slice.getSource(), srcIndex);
  } else if (auto linalgOp = dyn_cast<linalg::LinalgOp>(def)) {
    if (!isAllParallel(linalgOp) || !linalgOp.hasPureTensorSemantics())
      return failure();
    unsigned resultNumber = cast<OpResult>(tensor).getResultNumber();
    AffineMap outMap =
        linalgOp.getIndexingMapMatchingResult(cast<OpResult>(tensor));
    if (!outMap.isPermutation())
      return failure();
    SmallVector<int64_t> point = applyMap(inversePermutation(outMap), index);
    // Every linalg op on tensors (generic, named, transpose, broadcast) has a
    // body computing its result from the loop point.
    if (!linalgOp.getBlock())
      return failure();
    result = evalInBody(linalgOp, getYielded(linalgOp, resultNumber), point);
  }
  if (succeeded(result))
    cache[key] = *result;
  return result;
}

FailureOr<double> IndexEvaluator::evalInBody(linalg::LinalgOp op, Value value,
                                             ArrayRef<int64_t> point) {
  if (!spend())
    return failure();
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    if (arg.getOwner() != op.getBlock())
      return failure();
    OpOperand *operand = &op->getOpOperand(arg.getArgNumber());
    if (op.isDpsInit(operand))
      return failure();
    if (!isa<RankedTensorType>(operand->get().getType())) {
      if (std::optional<double> constant = getScalarConstant(operand->get()))
        return *constant;
      return failure();
    }
    return evalTensor(operand->get(),
                      applyMap(op.getMatchingIndexingMap(operand), point));
  }
  Operation *def = value.getDefiningOp();
  if (!def)
    return failure();
  if (def->getBlock() != op.getBlock()) {
    if (std::optional<double> constant = getScalarConstant(value))
      return *constant;
    return failure();
  }
  if (auto index = dyn_cast<linalg::IndexOp>(def))
    return static_cast<double>(point[index.getDim()]);
  SmallVector<double> operands;
  for (Value operand : def->getOperands()) {
    FailureOr<double> evaluated = evalInBody(op, operand, point);
    if (failed(evaluated))
      return failure();
    operands.push_back(*evaluated);
  }
  return evalOp(def, operands);
}

FailureOr<double> IndexEvaluator::evalOp(Operation *op,
                                         ArrayRef<double> operands) {
  auto asInt = [](double value) { return static_cast<int64_t>(value); };
  auto resultType =
      op->getNumResults() == 1 ? op->getResult(0).getType() : Type();
  if (auto constant = dyn_cast<arith::ConstantOp>(op)) {
    if (std::optional<double> value = getScalarConstant(constant))
      return *value;
    return failure();
  }
  if (isa<arith::IndexCastOp, arith::IndexCastUIOp, arith::SIToFPOp,
          arith::UIToFPOp, arith::ExtSIOp, arith::ExtUIOp, arith::ExtFOp>(op))
    return operands[0];
  if (isa<arith::TruncFOp>(op))
    return roundTo(resultType, operands[0]);
  if (isa<arith::FPToSIOp>(op))
    return std::trunc(operands[0]);
  if (isa<arith::TruncIOp>(op)) {
    if (resultType.isInteger(1))
      return static_cast<double>(asInt(operands[0]) & 1);
    return operands[0];
  }
  if (isa<arith::AddIOp>(op))
    return static_cast<double>(asInt(operands[0]) + asInt(operands[1]));
  if (isa<arith::SubIOp>(op))
    return static_cast<double>(asInt(operands[0]) - asInt(operands[1]));
  if (isa<arith::MulIOp>(op))
    return static_cast<double>(asInt(operands[0]) * asInt(operands[1]));
  if (isa<arith::DivSIOp, arith::FloorDivSIOp>(op)) {
    if (asInt(operands[1]) == 0)
      return failure();
    return std::floor(operands[0] / operands[1]);
  }
  if (isa<arith::RemSIOp>(op)) {
    if (asInt(operands[1]) == 0)
      return failure();
    return static_cast<double>(asInt(operands[0]) % asInt(operands[1]));
  }
  if (isa<arith::MaxSIOp>(op))
    return std::max(operands[0], operands[1]);
  if (isa<arith::MinSIOp>(op))
    return std::min(operands[0], operands[1]);
  if (isa<arith::AndIOp>(op))
    return static_cast<double>(asInt(operands[0]) & asInt(operands[1]));
  if (isa<arith::OrIOp>(op))
    return static_cast<double>(asInt(operands[0]) | asInt(operands[1]));
  if (isa<arith::XOrIOp>(op))
    return static_cast<double>(asInt(operands[0]) ^ asInt(operands[1]));
  if (auto cmp = dyn_cast<arith::CmpIOp>(op)) {
    double lhs = operands[0], rhs = operands[1];
    switch (cmp.getPredicate()) {
    case arith::CmpIPredicate::eq:
      return lhs == rhs ? 1.0 : 0.0;
    case arith::CmpIPredicate::ne:
      return lhs != rhs ? 1.0 : 0.0;
    case arith::CmpIPredicate::slt:
    case arith::CmpIPredicate::ult:
      return lhs < rhs ? 1.0 : 0.0;
    case arith::CmpIPredicate::sle:
    case arith::CmpIPredicate::ule:
      return lhs <= rhs ? 1.0 : 0.0;
    case arith::CmpIPredicate::sgt:
    case arith::CmpIPredicate::ugt:
      return lhs > rhs ? 1.0 : 0.0;
    case arith::CmpIPredicate::sge:
    case arith::CmpIPredicate::uge:
      return lhs >= rhs ? 1.0 : 0.0;
    }
  }
  if (auto cmp = dyn_cast<arith::CmpFOp>(op)) {
    double lhs = operands[0], rhs = operands[1];
    bool unordered = std::isnan(lhs) || std::isnan(rhs);
    using P = arith::CmpFPredicate;
    switch (cmp.getPredicate()) {
    case P::OEQ:
      return !unordered && lhs == rhs ? 1.0 : 0.0;
    case P::ONE:
      return !unordered && lhs != rhs ? 1.0 : 0.0;
    case P::OLT:
      return !unordered && lhs < rhs ? 1.0 : 0.0;
    case P::OLE:
      return !unordered && lhs <= rhs ? 1.0 : 0.0;
    case P::OGT:
      return !unordered && lhs > rhs ? 1.0 : 0.0;
    case P::OGE:
      return !unordered && lhs >= rhs ? 1.0 : 0.0;
    case P::UEQ:
      return unordered || lhs == rhs ? 1.0 : 0.0;
    case P::UNE:
      return unordered || lhs != rhs ? 1.0 : 0.0;
    case P::ULT:
      return unordered || lhs < rhs ? 1.0 : 0.0;
    case P::ULE:
      return unordered || lhs <= rhs ? 1.0 : 0.0;
    case P::UGT:
      return unordered || lhs > rhs ? 1.0 : 0.0;
    case P::UGE:
      return unordered || lhs >= rhs ? 1.0 : 0.0;
    default:
      return failure();
    }
  }
  if (isa<arith::SelectOp>(op))
    return operands[0] != 0.0 ? operands[1] : operands[2];
  if (isa<arith::AddFOp>(op))
    return roundTo(resultType, operands[0] + operands[1]);
  if (isa<arith::SubFOp>(op))
    return roundTo(resultType, operands[0] - operands[1]);
  if (isa<arith::MulFOp>(op))
    return roundTo(resultType, operands[0] * operands[1]);
  if (isa<arith::DivFOp>(op))
    return roundTo(resultType, operands[0] / operands[1]);
  if (isa<arith::NegFOp>(op))
    return -operands[0];
  if (isa<arith::MaximumFOp, arith::MaxNumFOp>(op))
    return std::max(operands[0], operands[1]);
  if (isa<arith::MinimumFOp, arith::MinNumFOp>(op))
    return std::min(operands[0], operands[1]);
  return failure();
}

//===----------------------------------------------------------------------===//
// Contractions
//===----------------------------------------------------------------------===//

/// A two-input contraction (`linalg.matmul`, `linalg.batch_matmul`, a
/// contraction `linalg.generic`) and the loops of each kind.
struct Contraction {
  linalg::LinalgOp op;
  linalg::ContractionDimensions dims;
};

/// Recognizes `op` as a contraction with at most two batch dimensions and
/// exactly one M, N and K dimension.
FailureOr<Contraction> matchContraction(Operation *op, Reason &why) {
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

/// Labels of the operand or result `operand` of `op` from the labels of its
/// loops. Constant (broadcast) results are unit dimensions.
Labels labelsFromLoops(linalg::LinalgOp op, OpOperand *operand,
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

/// Where one of Q, K or V really comes from.
struct TracedOperand {
  /// A value whose dimensions each hold one role (or are units).
  Value base;
  Labels labels;
  /// Product of the constant factors applied between `base` and the
  /// contraction.
  double scale = 1.0;
  /// True if a broadcast repeated the heads on the way.
  bool repeated = false;
  HeadMapping mapping = HeadMapping::Contiguous;
};

/// True if every dimension holds at most one role, no role twice, and no
/// half of a split heads dimension. Merged batch*heads dimensions are only
/// accepted with `allowMergedBatch`.
bool isCleanBase(const Labels &labels, bool allowMergedBatch) {
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
};

/// Steps back through `op`, a copy, transpose or broadcast of `input` (an
/// output map that is a permutation, an input map of loops and constant
/// zeros). Loops the input does not read must repeat heads (or have size 1).
FailureOr<TraceStep> traceThroughBroadcastOrCopy(linalg::LinalgOp op,
                                                 OpOperand *input,
                                                 const Labels &resultLabels,
                                                 Reason &why) {
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
FailureOr<TraceStep> traceStep(Value value, const Labels &labels, Reason &why) {
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

/// Walks `value` (labelled `labels`) back to the value it is a view of,
/// undoing at most one heads repetition (only if `allowRepeat`) and folding
/// constant scalings into the scale.
FailureOr<TracedOperand> traceOperand(Value value, Labels labels,
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

//===----------------------------------------------------------------------===//
// Score chain
//===----------------------------------------------------------------------===//

/// One transformation of the scores between `Q K^T` and the softmax.
struct ScoreTransform {
  enum class Kind { Scale, Softcap, Bias, KeepIf, MaskIf };
  Kind kind;
  /// The factor, the softcap, or the value masked scores are set to.
  double value = 0.0;
  /// The op applying it and, for masks, the mask value inside its body.
  linalg::LinalgOp op;
  Value term;
  /// Labels of the op's loops.
  Labels loopLabels;
};

/// Decomposes the body of elementwise `op`, which maps the scores (block
/// argument `chain`) to its result, into score transforms, outermost first.
LogicalResult peelScoreBody(linalg::LinalgOp op, BlockArgument chain,
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
        if (!innerFactor ||
            std::abs(*innerFactor - *factor) > 1e-5 * std::abs(*factor))
          return why("tanh in " + describe(op) +
                     " is not a softcap c * tanh(s / c)");
        push(ScoreTransform::Kind::Softcap, *factor, Value());
        value = innerValue;
        continue;
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
bool reachesContraction(Value value, int depth) {
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

/// The scores path from `Q K^T` to the softmax input.
struct ScoreChain {
  Contraction qk;
  /// Ops after the contraction, in order, with the operand that carries the
  /// scores.
  SmallVector<std::pair<Operation *, unsigned>> ops;
};

/// Walks the softmax input `scores` back to the `Q K^T` contraction.
FailureOr<ScoreChain> findScoreChain(Value scores, Reason &why) {
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

/// Labels of the loops of the contraction `c` given the roles of its
/// batch, M, N and K dimensions.
Labels contractionLoopLabels(const Contraction &c, Role m, Role n, Role k) {
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
// Softmax
//===----------------------------------------------------------------------===//

/// A softmax along one dimension: `probs = softmax(input, dim)`.
struct Softmax {
  Value input;
  unsigned dim;
  Value probs;
};

/// If `op` reduces exactly one loop of its single input, returns that loop.
std::optional<unsigned> getSingleReductionLoop(linalg::LinalgOp op) {
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
template <typename... Ops> bool isReductionBody(linalg::LinalgOp op) {
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
bool isMaxReduction(linalg::LinalgOp op) {
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
Value stripReshape(Value value) {
  if (auto expand = value.getDefiningOp<tensor::ExpandShapeOp>())
    return expand.getSrc();
  if (auto collapse = value.getDefiningOp<tensor::CollapseShapeOp>())
    return collapse.getSrc();
  return value;
}

/// True if input `operand` of elementwise `op` reads a per-row value (one
/// value per position of every loop except `dim`).
bool isRowBroadcast(linalg::LinalgOp op, OpOperand *operand, unsigned dim) {
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
SmallVector<linalg::LinalgOp> elementwiseUsers(Value value) {
  SmallVector<linalg::LinalgOp> users;
  for (Operation *user : value.getUsers())
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(user);
        linalgOp && isElementwiseMap(linalgOp) &&
        !llvm::is_contained(users, linalgOp))
      users.push_back(linalgOp);
  return users;
}

/// An elementwise op reading a full tensor and a per-row tensor, with the
/// block arguments of the two.
struct BinaryUse {
  linalg::LinalgOp op;
  BlockArgument full, row;
};

/// Finds an elementwise user of `full` that also reads `row` (or a reshape of
/// it) broadcast along `dim`.
std::optional<BinaryUse> findRowBinaryUse(Value full, Value row, unsigned dim) {
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

/// Skips `arith.extf`/`arith.truncf` in a body.
Value skipCasts(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    if (!isa<arith::ExtFOp, arith::TruncFOp>(def))
      break;
    value = def->getOperand(0);
  }
  return value;
}

/// True if `value` in a body is `lhs - rhs`.
bool isSub(Value value, Value lhs, Value rhs) {
  auto sub = skipCasts(value).getDefiningOp<arith::SubFOp>();
  return sub && skipCasts(sub.getLhs()) == lhs &&
         skipCasts(sub.getRhs()) == rhs;
}

/// Matches the decomposed softmax starting at the row maximum `maxOp`.
FailureOr<Softmax> matchDecomposedSoftmax(linalg::LinalgOp maxOp, unsigned dim,
                                          Reason &why) {
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

/// If `probs` is guarded by the "safe softmax" select that zeroes rows whose
/// scores are all -inf, returns the guarded value.
Value skipSafeSoftmaxGuard(Value probs, Value scores, unsigned dim) {
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
  if (!cond || !kept || kept->get() != probs || !zero || *zero != 0.0 ||
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
      isInf.getDpsInputOperand(0)->get() != scores)
    return probs;
  auto cmp = getYielded(isInf, 0).getDefiningOp<arith::CmpFOp>();
  if (!cmp || cmp.getPredicate() != arith::CmpFPredicate::OEQ)
    return probs;
  std::optional<double> inf = getBodyConstant(isInf, cmp.getRhs());
  if (!inf || !std::isinf(*inf) || *inf > 0)
    return probs;
  return guard->getResult(0);
}

//===----------------------------------------------------------------------===//
// Masks
//===----------------------------------------------------------------------===//

/// The structure of the masks applied to the scores.
struct MaskPlan {
  bool causal = false;
  /// Position of query row 0 in the key sequence.
  int64_t offset = 0;
  std::optional<int64_t> window;
  /// A data-dependent mask: an input of a score op read through its map.
  linalg::LinalgOp maskOp;
  OpOperand *maskOperand = nullptr;
  Labels maskLoopLabels;
  bool maskIsBool = false;
  /// The boolean mask is true where keys are masked (must be negated).
  bool maskNegated = false;
};

/// The allowed (query, key) positions of an index-only mask transform, or
/// failure if it is not index-only, depends on batch or heads, or takes
/// values other than "keep" and "mask".
FailureOr<std::vector<std::vector<bool>>>
evaluateStructuralMask(const ScoreTransform &t, int64_t &queryLen,
                       int64_t &keyLen) {
  linalg::LinalgOp op = t.op;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (ShapedType::isDynamicShape(ranges))
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
  queryLen = qDim ? ranges[*qDim] : 1;
  keyLen = ranges[*kDim];
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
    int64_t i = qDim ? point[*qDim] : 0, j = point[*kDim];
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

/// Fits `allowed` to causal/offset/window; fails if a row is empty or not a
/// contiguous range of the expected form.
LogicalResult fitCausalWindow(const std::vector<std::vector<bool>> &allowed,
                              MaskPlan &plan, Reason &why) {
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

/// Classifies the mask transforms into structural (causal/window) and at
/// most one data-dependent mask.
LogicalResult planMasks(ArrayRef<ScoreTransform> masks, MaskPlan &plan,
                        Reason &why) {
  std::optional<std::vector<std::vector<bool>>> combined;
  SmallVector<const ScoreTransform *> others;
  for (const ScoreTransform &t : masks) {
    int64_t queryLen, keyLen;
    FailureOr<std::vector<std::vector<bool>>> allowed =
        evaluateStructuralMask(t, queryLen, keyLen);
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
  auto arg = dyn_cast<BlockArgument>(t.term);
  if (!arg || arg.getOwner() != op.getBlock() ||
      arg.getArgNumber() >= op.getNumDpsInputs())
    return why("the mask in " + describe(op) +
               " is computed in the op's body; expected an input tensor");
  OpOperand *operand = op.getDpsInputOperand(arg.getArgNumber());
  if (!isa<RankedTensorType>(operand->get().getType()))
    return why("the mask in " + describe(t.op) + " is not a tensor");
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

//===----------------------------------------------------------------------===//
// The whole attention
//===----------------------------------------------------------------------===//

struct AttentionPlan {
  TracedOperand query, key, value;
  double scale = 1.0;
  std::optional<double> softcap;
  MaskPlan masks;
  /// The `P V` contraction and the labels of its result.
  linalg::LinalgOp pv;
  Labels resultLabels;
};

/// Role of the heads in a traced base: `Heads`, or `BatchHeads` that never
/// split (then there is no batch dimension).
Role headsRole(const Labels &labels) {
  return findRole(labels, Role::BatchHeads) ? Role::BatchHeads : Role::Heads;
}

/// Size of the dimension with `role` in `labels`, 1 if absent.
int64_t roleSize(const Labels &labels, Role role) {
  for (const DimLabel &label : labels)
    for (const Atom &atom : nonUnit(label))
      if (atom.role == role)
        return atom.size;
  return 1;
}

/// Checks that a traced base only holds the four roles of its operand.
LogicalResult checkBaseRoles(const TracedOperand &traced, Role seq, Role dim,
                             StringRef name, Reason &why) {
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
LogicalResult followScores(const ScoreChain &chain, Labels &labels,
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
/// masks. The order must be scale, then softcap, then masks.
LogicalResult planScoreTransforms(ArrayRef<ScoreTransform> transforms,
                                  AttentionPlan &plan, Reason &why) {
  enum { kScale, kSoftcap, kMask } stage = kScale;
  SmallVector<ScoreTransform> masks;
  for (const ScoreTransform &t : transforms) {
    switch (t.kind) {
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
  return planMasks(masks, plan.masks, why);
}

/// Follows the probabilities of `softmax`, labelled `probLabels`, forward
/// through reshapes and casts to the `P V` contraction. On return `probs` and
/// `probLabels` are the value the contraction reads and its labels.
FailureOr<Contraction> findPVContraction(const Softmax &softmax, Value &probs,
                                         Labels &probLabels, Reason &why) {
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
FailureOr<Labels> labelPVLoops(const Contraction &pv, OpOperand *probOperand,
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
LogicalResult checkResultLabels(linalg::LinalgOp pv, const Labels &resultLabels,
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
LogicalResult traceQueryKeyValue(const Contraction &qk, const Labels &qkLoops,
                                 OpOperand *valueOperand,
                                 const Labels &valueLabels, AttentionPlan &plan,
                                 Reason &why) {
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
LogicalResult checkShapes(const AttentionPlan &plan, Reason &why) {
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
  Type elementType = getElementTypeOrSelf(query.base.getType());
  if (!(elementType.isF32() || elementType.isF16() || elementType.isBF16()))
    return why("the query element type is not f32, f16 or bf16");
  if (getElementTypeOrSelf(key.base.getType()) != elementType ||
      getElementTypeOrSelf(value.base.getType()) != elementType)
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

/// Matches the whole attention around `softmax` without changing the IR.
FailureOr<AttentionPlan> planAttention(const Softmax &softmax, Reason &why) {
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

  if (failed(planScoreTransforms(transforms, plan, why)))
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
  return plan;
}

//===----------------------------------------------------------------------===//
// Building
//===----------------------------------------------------------------------===//

/// Transposes and reshapes `value`, whose labels are `labels`, into the
/// layout `order` (one role per dimension; absent roles become unit
/// dimensions). `BatchHeads` counts as `Heads`.
Value toLayout(RewriterBase &rewriter, Location loc, Value value,
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
Value buildElementwise(RewriterBase &rewriter, Location loc, Value input,
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

/// Converts the `[B, Hq, Sq, Dv]` attention result to the layout and element
/// type of the `P V` contraction's result.
Value toResultLayout(RewriterBase &rewriter, Location loc, Value result,
                     const Labels &resultLabels, RankedTensorType targetType) {
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
    if (type.getRank() > targetType.getRank()) {
      std::optional<SmallVector<ReassociationIndices>> groups =
          getReassociationIndicesForCollapse(type.getShape(),
                                             targetType.getShape());
      value = tensor::CollapseShapeOp::create(
          rewriter, loc,
          RankedTensorType::get(targetType.getShape(), type.getElementType()),
          value, *groups);
    } else {
      std::optional<SmallVector<ReassociationIndices>> groups =
          getReassociationIndicesForCollapse(targetType.getShape(),
                                             type.getShape());
      value = tensor::ExpandShapeOp::create(
          rewriter, loc,
          RankedTensorType::get(targetType.getShape(), type.getElementType()),
          value, *groups);
    }
    type = cast<RankedTensorType>(value.getType());
  }
  if (type.getElementType() == targetType.getElementType())
    return value;
  // Convert the element type.
  Type to = targetType.getElementType();
  bool extend = type.getElementType().getIntOrFloatBitWidth() <
                to.getIntOrFloatBitWidth();
  return buildElementwise(
      rewriter, loc, value, to,
      [&](OpBuilder &b, Location nestedLoc, Value element) -> Value {
        if (extend)
          return arith::ExtFOp::create(b, nestedLoc, to, element);
        return arith::TruncFOp::create(b, nestedLoc, to, element);
      });
}

/// Builds the mask operand: the mask input read through its op's map, laid
/// out as `[B, Hq, Sq, Skv]` (absent dims as units), negated if needed.
Value buildMask(RewriterBase &rewriter, Location loc, const MaskPlan &plan) {
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

/// Creates the `gqa.attention` of `plan` and replaces the `P V` result.
AttentionOp buildAttention(RewriterBase &rewriter, const AttentionPlan &plan) {
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
  auto queryType = cast<RankedTensorType>(query.getType());
  auto valueType = cast<RankedTensorType>(value.getType());
  auto resultType =
      RankedTensorType::get({queryType.getDimSize(0), queryType.getDimSize(1),
                             queryType.getDimSize(2), valueType.getDimSize(3)},
                            queryType.getElementType());

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
  // An f32 accumulation followed by a truncation to the attention's element
  // type is what the op computes itself: replace the truncation too.
  Operation *replaced = pv;
  if (pv->getResult(0).hasOneUse()) {
    auto trunc = dyn_cast<linalg::LinalgOp>(*pv->getUsers().begin());
    if (trunc && isElementwiseMap(trunc) && trunc.getNumDpsInputs() == 1 &&
        trunc.getMatchingIndexingMap(trunc.getDpsInputOperand(0))
            .isIdentity() &&
        getElementTypeOrSelf(trunc->getResult(0).getType()) ==
            resultType.getElementType()) {
      auto truncf = getYielded(trunc, 0).getDefiningOp<arith::TruncFOp>();
      if (truncf && truncf.getIn() == trunc.getMatchingBlockArgument(
                                          trunc.getDpsInputOperand(0)))
        replaced = trunc;
    }
  }
  Value result =
      toResultLayout(rewriter, loc, attention.getResult(), plan.resultLabels,
                     cast<RankedTensorType>(replaced->getResult(0).getType()));
  rewriter.replaceOp(replaced, result);
  return attention;
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

/// Recognizes the softmax rooted at `op`. Fails with a `NotACandidate`
/// reason when `op` is not a softmax at all.
FailureOr<Softmax> matchSoftmax(Operation *op, Reason &why) {
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

/// Reports, as remarks, why attention candidates were not raised: once per
/// candidate and reason.
class CandidateReporter {
public:
  void report(Location loc, const std::string &message) {
    if (!reported.insert({loc.getAsOpaquePointer(), message}).second)
      return;
    emitRemark(loc) << message;
  }

private:
  std::set<std::pair<const void *, std::string>> reported;
};

/// Raises the attention around the softmax `softmaxOp`. On failure, changing
/// nothing, reports the reason through `notifyMatchFailure` and, for
/// attention candidates, to `reporter` if there is one.
FailureOr<AttentionOp> raiseAndReport(RewriterBase &rewriter,
                                      Operation *softmaxOp,
                                      CandidateReporter *reporter) {
  Reason why;
  FailureOr<Softmax> softmax = matchSoftmax(softmaxOp, why);
  FailureOr<AttentionPlan> plan = failure();
  if (succeeded(softmax))
    plan = planAttention(*softmax, why);
  if (failed(plan)) {
    std::string message = why.message();
    if (reporter && why.kind == RaiseFailure::Unsupported)
      reporter->report(softmaxOp->getLoc(), message);
    return rewriter.notifyMatchFailure(softmaxOp, message);
  }
  return buildAttention(rewriter, *plan);
}

/// Raises the attention around the softmax at the root of the pattern: a
/// `linalg.softmax` (`Base` is `OpRewritePattern`), or any linalg op for the
/// row maximum of a decomposed softmax, a `linalg.generic` or a
/// `linalg.reduce` (`Base` is `OpInterfaceRewritePattern`).
template <template <typename> class Base, typename OpTy>
struct RaiseAttentionPattern : public Base<OpTy> {
  RaiseAttentionPattern(MLIRContext *context,
                        CandidateReporter *reporter = nullptr)
      : Base<OpTy>(context), reporter(reporter) {}

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (failed(raiseAndReport(rewriter, op, reporter)))
      return failure();
    return success();
  }

private:
  CandidateReporter *reporter;
};

/// Adds the raise patterns, reporting to `reporter` if there is one.
void populateRaisePatterns(RewritePatternSet &patterns,
                           CandidateReporter *reporter) {
  patterns
      .add<RaiseAttentionPattern<OpRewritePattern, linalg::SoftmaxOp>,
           RaiseAttentionPattern<OpInterfaceRewritePattern, linalg::LinalgOp>>(
          patterns.getContext(), reporter);
}

} // namespace

FailureOr<AttentionOp> mlir::gqa::raiseAttention(RewriterBase &rewriter,
                                                 Operation *softmaxOp) {
  return raiseAndReport(rewriter, softmaxOp, /*reporter=*/nullptr);
}

void mlir::gqa::populateRaiseAttentionPatterns(RewritePatternSet &patterns) {
  populateRaisePatterns(patterns, /*reporter=*/nullptr);
}

//===----------------------------------------------------------------------===//
// Pass
//===----------------------------------------------------------------------===//

namespace {

struct GQARaiseAttentionPass
    : public mlir::gqa::impl::GQARaiseAttentionPassBase<GQARaiseAttentionPass> {
  using GQARaiseAttentionPassBase::GQARaiseAttentionPassBase;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    // With `explain`, the reasons attention candidates were not raised
    // become remarks.
    CandidateReporter reporter;
    populateRaisePatterns(patterns, explain ? &reporter : nullptr);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
