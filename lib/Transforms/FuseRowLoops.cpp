//===- FuseRowLoops.cpp - Row-local parallel loops as one -----------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Fuses consecutive scf.parallel loops over the same rows whose shared
// buffers each iteration touches only in its own row, so that a softmax or
// a normalization (reductions over a row, then elementwise ops that read
// the reductions) makes one pass over memory. See `gqa-fuse-row-loops` in
// Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAFUSEROWLOOPSPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// A load or store by the buffer it reaches through reshapes, and its
/// indices into that buffer with the unit dimensions left out. An index is
/// null where a reshape combines dimensions (it is not one of the access's
/// own indices).
struct Access {
  Value root;
  SmallVector<Value> indices;
  bool write;
};

bool isUnit(int64_t size) { return size == 1; }

/// The squeezed indices into `memref`'s source for a reshape whose
/// reassociation maps each group of `expanded` dimensions to one of
/// `collapsed`. `fromExpanded`: the indices are into the expanded side.
SmallVector<Value> squeezeThrough(ArrayRef<ReassociationIndices> groups,
                                  ArrayRef<int64_t> expandedShape,
                                  ArrayRef<int64_t> collapsedShape,
                                  ArrayRef<Value> squeezed, bool fromExpanded) {
  // Walk the groups: each non-unit dimension of the given side consumes one
  // squeezed index; a group with one non-unit dimension on both sides maps
  // it through, anything else becomes unknown (null) positions.
  SmallVector<Value> result;
  size_t next = 0;
  for (auto [g, group] : llvm::enumerate(groups)) {
    int64_t expandedNonUnit = llvm::count_if(
        group, [&](int64_t d) { return !isUnit(expandedShape[d]); });
    int64_t collapsedNonUnit = isUnit(collapsedShape[g]) ? 0 : 1;
    int64_t given = fromExpanded ? expandedNonUnit : collapsedNonUnit;
    int64_t wanted = fromExpanded ? collapsedNonUnit : expandedNonUnit;
    if (given == 1 && wanted == 1) {
      result.push_back(next < squeezed.size() ? squeezed[next] : Value());
    } else {
      result.append(wanted, Value());
    }
    next += given;
  }
  return result;
}

/// The access of `op` (a memref.load or memref.store), traced through
/// expand_shape and collapse_shape to an allocation or an argument; none
/// for any other view.
std::optional<Access> getAccess(Operation *op) {
  Value memref;
  ValueRange indices;
  bool write = false;
  if (auto load = dyn_cast<memref::LoadOp>(op)) {
    memref = load.getMemRef();
    indices = load.getIndices();
  } else if (auto store = dyn_cast<memref::StoreOp>(op)) {
    memref = store.getMemRef();
    indices = store.getIndices();
    write = true;
  } else {
    return std::nullopt;
  }
  auto type = cast<MemRefType>(memref.getType());
  SmallVector<Value> squeezed;
  for (auto [size, index] : llvm::zip_equal(type.getShape(), indices))
    if (!isUnit(size))
      squeezed.push_back(index);
  while (Operation *def = memref.getDefiningOp()) {
    if (auto expand = dyn_cast<memref::ExpandShapeOp>(def)) {
      squeezed = squeezeThrough(
          expand.getReassociationIndices(), expand.getResultType().getShape(),
          expand.getSrcType().getShape(), squeezed, /*fromExpanded=*/true);
      memref = expand.getSrc();
    } else if (auto collapse = dyn_cast<memref::CollapseShapeOp>(def)) {
      squeezed = squeezeThrough(collapse.getReassociationIndices(),
                                collapse.getSrcType().getShape(),
                                collapse.getResultType().getShape(), squeezed,
                                /*fromExpanded=*/false);
      memref = collapse.getSrc();
    } else if (isa<memref::AllocOp, memref::AllocaOp>(def)) {
      break;
    } else {
      return std::nullopt;
    }
  }
  return Access{memref, std::move(squeezed), write};
}

/// The accesses of a loop's body, or none when the body does anything but
/// loads, stores, scf control flow and ops free of memory effects.
std::optional<SmallVector<Access>> getAccesses(scf::ParallelOp loop) {
  SmallVector<Access> accesses;
  WalkResult result = loop.getBody()->walk([&](Operation *op) {
    if (isa<memref::LoadOp, memref::StoreOp>(op)) {
      std::optional<Access> access = getAccess(op);
      if (!access)
        return WalkResult::interrupt();
      accesses.push_back(std::move(*access));
      return WalkResult::advance();
    }
    if (isa<scf::ForOp, scf::IfOp, scf::YieldOp, scf::ReduceOp>(op) ||
        isMemoryEffectFree(op))
      return WalkResult::advance();
    return WalkResult::interrupt();
  });
  if (result.wasInterrupted())
    return std::nullopt;
  return accesses;
}

/// The loop's induction variables that take more than one value.
SmallVector<Value> rowVariables(scf::ParallelOp loop) {
  SmallVector<Value> rows;
  for (auto [lb, ub, step, iv] :
       llvm::zip_equal(loop.getLowerBound(), loop.getUpperBound(),
                       loop.getStep(), loop.getInductionVars())) {
    std::optional<int64_t> l = getConstantIntValue(lb);
    std::optional<int64_t> u = getConstantIntValue(ub);
    std::optional<int64_t> s = getConstantIntValue(step);
    if (l && u && s && *s > 0 && *u - *l <= *s)
      continue;
    rows.push_back(iv);
  }
  return rows;
}

/// Whether every access reaches only its iteration's row: its leading
/// squeezed indices are the loop's row variables, in order.
bool rowLocal(ArrayRef<Access> accesses, ArrayRef<Value> rows) {
  return llvm::all_of(accesses, [&](const Access &access) {
    if (access.indices.size() < rows.size())
      return false;
    return llvm::equal(ArrayRef(access.indices).take_front(rows.size()), rows);
  });
}

/// Whether two bounds' values are equal: the same value or equal constants.
bool sameValues(ValueRange a, ValueRange b) {
  if (a.size() != b.size())
    return false;
  for (auto [x, y] : llvm::zip_equal(a, b)) {
    if (x == y)
      continue;
    std::optional<int64_t> cx = getConstantIntValue(x);
    std::optional<int64_t> cy = getConstantIntValue(y);
    if (!cx || !cy || *cx != *cy)
      return false;
  }
  return true;
}

/// Whether `second` may run inside `first`, iteration by iteration: same
/// bounds, no reductions, and every buffer one writes and the other
/// touches is touched by both only in the iteration's own row (so no
/// iteration reads what another writes). Distinct allocations and
/// arguments do not alias (entries get distinct buffers).
bool canFuse(scf::ParallelOp first, scf::ParallelOp second) {
  if (first.getNumResults() || second.getNumResults() ||
      !sameValues(first.getLowerBound(), second.getLowerBound()) ||
      !sameValues(first.getUpperBound(), second.getUpperBound()) ||
      !sameValues(first.getStep(), second.getStep()))
    return false;
  std::optional<SmallVector<Access>> a = getAccesses(first);
  std::optional<SmallVector<Access>> b = getAccesses(second);
  if (!a || !b)
    return false;
  SmallVector<Value> rowsA = rowVariables(first), rowsB = rowVariables(second);
  if (rowsA.empty())
    return false;
  llvm::SmallDenseSet<Value> writtenA, writtenB, touchedA, touchedB;
  for (const Access &access : *a) {
    touchedA.insert(access.root);
    if (access.write)
      writtenA.insert(access.root);
  }
  for (const Access &access : *b) {
    touchedB.insert(access.root);
    if (access.write)
      writtenB.insert(access.root);
  }
  for (Value root : touchedA) {
    if (!touchedB.contains(root) ||
        (!writtenA.contains(root) && !writtenB.contains(root)))
      continue;
    auto ofRoot = [&](ArrayRef<Access> all) {
      SmallVector<Access> matching;
      for (const Access &access : all)
        if (access.root == root)
          matching.push_back(access);
      return matching;
    };
    if (!rowLocal(ofRoot(*a), rowsA) || !rowLocal(ofRoot(*b), rowsB))
      return false;
  }
  return true;
}

/// Whether `op`, between two loops, may move above the first: no memory
/// effects but allocation (constants, reshapes, allocations).
bool isMovable(Operation *op) {
  if (isMemoryEffectFree(op))
    return op->getNumRegions() == 0;
  return isa<memref::AllocOp, memref::AllocaOp>(op);
}

/// Moves `second`'s body into `first`, after its own, with `first`'s
/// induction variables; `between` (movable ops) goes above `first`.
void fuseInto(scf::ParallelOp first, scf::ParallelOp second,
              ArrayRef<Operation *> between) {
  for (Operation *op : between)
    op->moveBefore(first);
  Block *target = first.getBody();
  Block *source = second.getBody();
  for (auto [from, to] :
       llvm::zip_equal(second.getInductionVars(), first.getInductionVars()))
    from.replaceAllUsesWith(to);
  target->getOperations().splice(target->getTerminator()->getIterator(),
                                 source->getOperations(), source->begin(),
                                 std::prev(source->end()));
  second.erase();
}

/// Fuses the runs of fusable loops among `block`'s ops; true if it fused
/// any.
bool fuseInBlock(Block &block) {
  bool changed = false;
  for (auto it = block.begin(); it != block.end(); ++it) {
    auto first = dyn_cast<scf::ParallelOp>(&*it);
    if (!first)
      continue;
    // Absorb the loops that follow, past movable ops, while they fit.
    while (true) {
      SmallVector<Operation *> between;
      Operation *next = first->getNextNode();
      while (next && !isa<scf::ParallelOp>(next) && isMovable(next)) {
        between.push_back(next);
        next = next->getNextNode();
      }
      auto second = dyn_cast_or_null<scf::ParallelOp>(next);
      if (!second || !canFuse(first, second))
        break;
      fuseInto(first, second, between);
      changed = true;
    }
    it = first->getIterator();
  }
  return changed;
}

struct GQAFuseRowLoopsPass
    : gqa::impl::GQAFuseRowLoopsPassBase<GQAFuseRowLoopsPass> {
  void runOnOperation() override {
    // Outermost loops only: the blocks not inside a parallel loop or a
    // tile loop.
    SmallVector<Block *> blocks;
    getOperation().walk([&](Block *block) {
      Operation *parent = block->getParentOp();
      if (!isa<scf::ParallelOp, scf::ForallOp>(parent) &&
          !parent->getParentOfType<scf::ParallelOp>() &&
          !parent->getParentOfType<scf::ForallOp>())
        blocks.push_back(block);
    });
    for (Block *block : blocks)
      fuseInBlock(*block);
  }
};

} // namespace
