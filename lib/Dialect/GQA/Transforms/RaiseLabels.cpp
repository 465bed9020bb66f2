//===- RaiseLabels.cpp - Dimension labels of the attention raise ----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): the labels that say what
// each dimension of a tensor is in the attention ("the batch times the
// heads", "the key sequence"), and their propagation through reshapes.
//
//===----------------------------------------------------------------------===//

#include "RaiseLabels.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::raise;

//===----------------------------------------------------------------------===//
// Dimension labels
//===----------------------------------------------------------------------===//

StringRef raise::roleName(Role role) {
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

std::string raise::toString(const Labels &labels) {
  std::string result = "[";
  llvm::raw_string_ostream os(result);
  llvm::interleaveComma(labels, os, [&](const DimLabel &dim) {
    llvm::interleave(
        dim, os, [&](const Atom &atom) { os << roleName(atom.role); }, "*");
  });
  os << "]";
  return result;
}

DimLabel raise::nonUnit(const DimLabel &dim) {
  DimLabel result;
  for (const Atom &atom : dim)
    if (atom.role != Role::Unit)
      result.push_back(atom);
  return result;
}

/// Splits the atoms of one dimension over the dimensions `sizes` it is
/// reshaped into (a `tensor.expand_shape` seen forward, or a
/// `tensor.collapse_shape` seen backward).
static FailureOr<SmallVector<DimLabel>> splitLabel(const DimLabel &dim,
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
static DimLabel mergeLabels(const Labels &labels, ArrayRef<int64_t> group) {
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
static FailureOr<Labels> splitLabels(ArrayRef<ReassociationIndices> groups,
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
static Labels mergeLabelGroups(ArrayRef<ReassociationIndices> groups,
                               const Labels &expandedLabels) {
  Labels result;
  for (const ReassociationIndices &group : groups)
    result.push_back(mergeLabels(expandedLabels, group));
  return result;
}

FailureOr<Labels> raise::labelsBeforeCollapse(tensor::CollapseShapeOp op,
                                              const Labels &resultLabels) {
  return splitLabels(op.getReassociationIndices(), op.getSrcType().getShape(),
                     resultLabels);
}

FailureOr<Labels> raise::labelsAfterExpand(tensor::ExpandShapeOp op,
                                           const Labels &srcLabels) {
  return splitLabels(op.getReassociationIndices(),
                     op.getResultType().getShape(), srcLabels);
}

Labels raise::labelsBeforeExpand(tensor::ExpandShapeOp op,
                                 const Labels &labels) {
  return mergeLabelGroups(op.getReassociationIndices(), labels);
}

Labels raise::labelsAfterCollapse(tensor::CollapseShapeOp op,
                                  const Labels &labels) {
  return mergeLabelGroups(op.getReassociationIndices(), labels);
}

std::optional<unsigned> raise::findRole(const Labels &labels, Role role) {
  for (auto [dim, label] : llvm::enumerate(labels)) {
    DimLabel atoms = nonUnit(label);
    if (atoms.size() == 1 && atoms.front().role == role)
      return dim;
  }
  return std::nullopt;
}
