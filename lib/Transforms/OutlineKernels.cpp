//===- OutlineKernels.cpp - One private function per distinct kernel ------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Moves each kernel (a linalg op or an attention op on tensors) of a public
// function into a private function and merges equivalent ones, so that the
// layers of a model share their compiled code. See `gqa-outline-kernels` in
// Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAOUTLINEKERNELSPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// Constants of at most this many elements are cloned into a kernel; larger
/// ones (weights) are passed to it.
constexpr int64_t kMaxClonedConstantElements = 16;

/// Whether `op` is a kernel: a linalg op or an attention op on tensors.
bool isKernel(Operation *op) {
  if (isa<AttentionOpInterface>(op))
    return true;
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  return linalgOp && linalgOp.hasPureTensorSemantics();
}

/// Whether `op`, producing a value a kernel uses, is cloned into the kernel
/// rather than its result passed as an argument.
bool isClonedProducer(Operation *op) {
  if (isa<tensor::EmptyOp, tensor::ExtractSliceOp>(op))
    return true;
  if (auto fill = dyn_cast<linalg::FillOp>(op))
    return fill.hasPureTensorSemantics();
  auto constant = dyn_cast<arith::ConstantOp>(op);
  if (!constant)
    return false;
  auto elements = dyn_cast<ElementsAttr>(constant.getValue());
  return !elements || elements.isSplat() ||
         elements.getNumElements() <= kMaxClonedConstantElements;
}

/// What a kernel's function is made of: the producers cloned into it, in
/// an order where each comes after what it uses, and its arguments.
struct KernelSlice {
  llvm::SetVector<Operation *> cloned;
  llvm::SetVector<Value> arguments;

  void add(Value value) {
    Operation *producer = value.getDefiningOp();
    if (!producer || !isClonedProducer(producer)) {
      arguments.insert(value);
      return;
    }
    if (cloned.contains(producer))
      return;
    for (Value operand : producer->getOperands())
      add(operand);
    cloned.insert(producer);
  }
};

KernelSlice sliceOf(Operation *kernel) {
  KernelSlice slice;
  for (Value operand : kernel->getOperands())
    slice.add(operand);
  llvm::SetVector<Value> fromAbove;
  getUsedValuesDefinedAbove(kernel->getRegions(), fromAbove);
  for (Value value : fromAbove)
    slice.add(value);
  return slice;
}

/// A kernel of an entry, with the arguments of its call and the kernel
/// function it is equivalent to.
struct KernelUse {
  Operation *kernel;
  SmallVector<Value> arguments;
  unsigned group;
};

/// Collects the kernels of a module's entries, groups the equivalent ones
/// and outlines the groups of more than one.
class KernelOutliner {
public:
  explicit KernelOutliner(ModuleOp module) : module(module) {}

  ~KernelOutliner() {
    // Functions of groups that were not outlined are still detached.
    for (func::FuncOp function : groups)
      if (!function->getParentOp())
        function.erase();
  }

  /// Records `kernel` and the group of its function.
  void add(Operation *kernel) {
    KernelSlice slice = sliceOf(kernel);
    func::FuncOp function = buildFunction(kernel, slice);
    uses.push_back({kernel, llvm::to_vector(slice.arguments), group(function)});
  }

  /// Replaces each kernel whose function is shared with a call to it.
  void outline() {
    SmallVector<unsigned> members(groups.size(), 0);
    for (const KernelUse &use : uses)
      ++members[use.group];
    // Names follow the order of the entries, and calls are created last
    // kernel first, so that a kernel replaced later updates the arguments
    // of the calls that use it.
    SymbolTable symbols(module);
    for (const KernelUse &use : llvm::reverse(uses)) {
      func::FuncOp function = groups[use.group];
      if (members[use.group] < 2 || function->getParentOp())
        continue;
      // Insert renames it if the name is taken.
      function.setName("__gqa_kernel_" + std::to_string(outlined++));
      symbols.insert(function);
    }
    for (const KernelUse &use : uses) {
      if (members[use.group] < 2)
        continue;
      OpBuilder builder(use.kernel);
      auto call = func::CallOp::create(builder, use.kernel->getLoc(),
                                       groups[use.group], use.arguments);
      use.kernel->replaceAllUsesWith(call.getResults());
      use.kernel->erase();
    }
  }

private:
  func::FuncOp buildFunction(Operation *kernel, const KernelSlice &slice) {
    SmallVector<Type> argumentTypes;
    SmallVector<Location> argumentLocs;
    for (Value argument : slice.arguments) {
      argumentTypes.push_back(argument.getType());
      argumentLocs.push_back(argument.getLoc());
    }
    // Built detached: `outline` inserts the shared ones into the module.
    OpBuilder builder(module.getContext());
    auto function = func::FuncOp::create(
        builder, kernel->getLoc(), "__gqa_kernel",
        builder.getFunctionType(argumentTypes, kernel->getResultTypes()));
    function.setPrivate();
    function->setAttr("gqa.kernel", builder.getUnitAttr());
    // Internal linkage and no inlining once lowered to LLVM.
    function->setAttr("llvm.linkage",
                      LLVM::LinkageAttr::get(builder.getContext(),
                                             LLVM::Linkage::Internal));
    function->setAttr("passthrough",
                      builder.getArrayAttr(builder.getStringAttr("noinline")));

    Block *body = builder.createBlock(&function.getBody(), {}, argumentTypes,
                                      argumentLocs);
    IRMapping mapping;
    mapping.map(slice.arguments.getArrayRef(), body->getArguments());
    for (Operation *producer : slice.cloned)
      builder.clone(*producer, mapping);
    Operation *clone = builder.clone(*kernel, mapping);
    func::ReturnOp::create(builder, kernel->getLoc(), clone->getResults());
    return function;
  }

  /// The group of an equivalent function built before, in which case
  /// `function` is erased, or a new group of `function`.
  unsigned group(func::FuncOp function) {
    SmallVector<unsigned> &sameType = byType[function.getFunctionType()];
    for (unsigned index : sameType) {
      if (OperationEquivalence::isRegionEquivalentTo(
              &groups[index].getBody(), &function.getBody(),
              OperationEquivalence::IgnoreLocations)) {
        function.erase();
        return index;
      }
    }
    sameType.push_back(groups.size());
    groups.push_back(function);
    return groups.size() - 1;
  }

  ModuleOp module;
  SmallVector<func::FuncOp> groups;
  DenseMap<FunctionType, SmallVector<unsigned>> byType;
  SmallVector<KernelUse> uses;
  unsigned outlined = 0;
};

/// Whether `kernel` is outlined on its own: its results have static shapes
/// (a kernel function's results become buffers its caller allocates), and
/// it is not a producer that every user clones.
bool isOutlinable(Operation *kernel) {
  for (Type type : kernel->getResultTypes()) {
    auto shaped = dyn_cast<ShapedType>(type);
    if (shaped && !shaped.hasStaticShape())
      return false;
  }
  if (!isClonedProducer(kernel))
    return true;
  return !llvm::all_of(kernel->getUsers(), [](Operation *user) {
    return isKernel(user) && isOutlinable(user);
  });
}

/// Erases the producers that cloning left without users.
void eraseDeadProducers(func::FuncOp entry) {
  for (Block &block : entry.getBody())
    for (Operation &op : llvm::make_early_inc_range(llvm::reverse(block)))
      if (isClonedProducer(&op) && isOpTriviallyDead(&op))
        op.erase();
}

struct GQAOutlineKernelsPass
    : public gqa::impl::GQAOutlineKernelsPassBase<GQAOutlineKernelsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<func::FuncOp> entries;
    for (auto function : module.getOps<func::FuncOp>())
      if (function.isPublic() && !function.isExternal())
        entries.push_back(function);

    KernelOutliner outliner(module);
    for (func::FuncOp entry : entries)
      for (Block &block : entry.getBody())
        for (Operation &op : llvm::reverse(block))
          if (isKernel(&op) && isOutlinable(&op) && !isOpTriviallyDead(&op))
            outliner.add(&op);
    outliner.outline();
    for (func::FuncOp entry : entries)
      eraseDeadProducers(entry);
  }
};

} // namespace
