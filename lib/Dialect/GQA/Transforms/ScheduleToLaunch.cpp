//===- ScheduleToLaunch.cpp - The gqa-gpu-schedule-to-launch pass ---------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Maps the block-level schedule of `gqa-tile-gpu` (see Transforms.h)
// onto `gpu.launch`:
//
// - each `scf.forall` with `#gpu.block` mapping becomes a `gpu.launch` whose
//   grid is the forall's bounds and whose block is the largest bounds of the
//   `#gpu.thread` foralls inside it;
// - allocations marked `gqa.memory = #gpu.address_space<workgroup>` become
//   workgroup attributions of the launch;
// - allocations marked `#gpu.address_space<private>` lose their two leading
//   dimensions (the thread's y and x coordinates, which every access must
//   index them with) and become one small allocation per thread, which LLVM
//   promotes to registers;
// - the thread foralls become code on thread ids with a `gpu.barrier` after
//   each (upstream's `mapNestedForallToThreadsImpl`).
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/Transforms/Transforms.h"
#include "gqa/Dialect/GQA/Transforms/Passes.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/TransformOps/GPUTransformOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/StringMap.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAGPUSCHEDULETOLAUNCHPASS
#include "gqa/Dialect/GQA/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

/// The hardware dimension (0 = x, 1 = y, 2 = z) every induction variable of
/// `forall` maps to, if its mapping is all `MappingAttr`.
template <typename MappingAttr>
static std::optional<SmallVector<int64_t>> getMappedDims(scf::ForallOp forall) {
  std::optional<ArrayAttr> mapping = forall.getMapping();
  if (!mapping || mapping->empty())
    return std::nullopt;
  SmallVector<int64_t> dims;
  for (Attribute attr : *mapping) {
    auto mapped = dyn_cast<MappingAttr>(attr);
    if (!mapped)
      return std::nullopt;
    int64_t dim = mapped.getMappingId();
    if (dim > 2)
      return std::nullopt;
    dims.push_back(dim);
  }
  return dims;
}

/// The GPU address space an allocation is marked with, if any.
static std::optional<gpu::AddressSpace> getMarkedSpace(memref::AllocaOp alloca) {
  auto attr =
      alloca->getAttrOfType<gpu::AddressSpaceAttr>(kGpuMemoryAttrName);
  if (!attr)
    return std::nullopt;
  return attr.getValue();
}

/// Replaces `alloca` (a per-thread buffer whose two leading indices are the
/// thread's y and x coordinates) by one allocation per thread.
static LogicalResult privatize(RewriterBase &rewriter,
                               memref::AllocaOp alloca) {
  MemRefType type = alloca.getType();
  if (type.getRank() < 2)
    return alloca.emitOpError()
           << "marked private must have the thread's y and x coordinates as "
              "its two leading dimensions";
  for (Operation *user : alloca->getUsers()) {
    ValueRange indices;
    if (auto load = dyn_cast<memref::LoadOp>(user))
      indices = load.getIndices();
    else if (auto store = dyn_cast<memref::StoreOp>(user);
             store && store.getMemRef() == alloca.getResult())
      indices = store.getIndices();
    else
      return user->emitOpError()
             << "uses a private schedule buffer; only memref.load and "
                "memref.store may";
    auto forall = user->getParentOfType<scf::ForallOp>();
    std::optional<SmallVector<int64_t>> dims =
        forall ? getMappedDims<gpu::GPUThreadMappingAttr>(forall)
               : std::nullopt;
    // The coordinate of each thread dimension: its induction variable, or
    // the constant 0 where the dimension has one thread (a block of one
    // row), which canonicalization substitutes for the variable.
    std::optional<Value> threadY, threadX;
    std::optional<bool> singleY, singleX;
    if (dims)
      for (auto [iv, dim, bound] : llvm::zip(forall.getInductionVars(), *dims,
                                             forall.getMixedUpperBound())) {
        bool single = getConstantIntValue(bound) == 1;
        if (dim == 1)
          threadY = iv, singleY = single;
        if (dim == 0)
          threadX = iv, singleX = single;
      }
    auto isCoordinate = [&](Value index, std::optional<Value> thread,
                            std::optional<bool> single) {
      return thread && (index == *thread ||
                        (*single && matchPattern(index, m_Zero())));
    };
    if (!isCoordinate(indices[0], threadY, singleY) ||
        !isCoordinate(indices[1], threadX, singleX))
      return user->emitOpError()
             << "must index the private schedule buffer with the thread's y "
                "and x coordinates first";
  }

  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(alloca);
  auto perThread = memref::AllocaOp::create(
      rewriter, alloca.getLoc(),
      MemRefType::get(type.getShape().drop_front(2), type.getElementType()));
  for (Operation *user : llvm::make_early_inc_range(alloca->getUsers())) {
    rewriter.setInsertionPoint(user);
    if (auto load = dyn_cast<memref::LoadOp>(user)) {
      rewriter.replaceOpWithNewOp<memref::LoadOp>(
          load, perThread, load.getIndices().drop_front(2));
      continue;
    }
    auto store = cast<memref::StoreOp>(user);
    rewriter.replaceOpWithNewOp<memref::StoreOp>(
        store, store.getValue(), perThread, store.getIndices().drop_front(2));
  }
  rewriter.eraseOp(alloca);
  return success();
}

/// Turns one block-mapped forall into a gpu.launch whose kernel will be
/// named `kernelName`, in the GPU module `moduleName`.
static LogicalResult convertGrid(RewriterBase &rewriter, scf::ForallOp grid,
                                 StringRef moduleName, StringRef kernelName) {
  Location loc = grid.getLoc();
  std::optional<SmallVector<int64_t>> gridDims =
      getMappedDims<gpu::GPUBlockMappingAttr>(grid);
  if (!gridDims || !grid.isNormalized() || !grid.getOutputs().empty())
    return grid.emitOpError()
           << "mapped to GPU blocks must have zero lower bounds, unit steps, "
              "no shared outputs and a #gpu.block<x|y|z> mapping";

  // Inline the allocation scopes that keep the CPU's stack small.
  Block *body = grid.getBody();
  for (auto scope :
       llvm::make_early_inc_range(body->getOps<memref::AllocaScopeOp>())) {
    if (scope.getNumResults() != 0)
      return scope.emitOpError() << "with results in a GPU schedule";
    Block *scopeBody = &scope.getBodyRegion().front();
    Operation *terminator = scopeBody->getTerminator();
    rewriter.inlineBlockBefore(scopeBody, scope);
    rewriter.eraseOp(terminator);
    rewriter.eraseOp(scope);
  }

  // The block: the largest bounds of the thread foralls.
  SmallVector<int64_t> blockDims = {1, 1, 1};
  WalkResult walk = grid.getBody()->walk([&](scf::ForallOp forall) {
    std::optional<SmallVector<int64_t>> dims =
        getMappedDims<gpu::GPUThreadMappingAttr>(forall);
    SmallVector<int64_t> bounds(forall.getStaticUpperBound());
    if (!dims || !forall.isNormalized() ||
        llvm::any_of(bounds, ShapedType::isDynamic)) {
      forall.emitOpError()
          << "inside a GPU grid must be mapped to #gpu.thread<x|y|z> with "
             "static bounds, zero lower bounds and unit steps";
      return WalkResult::interrupt();
    }
    for (auto [dim, bound] : llvm::zip(*dims, bounds))
      blockDims[dim] = std::max(blockDims[dim], bound);
    return WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return failure();

  // Per-thread buffers; workgroup buffers become launch attributions.
  SmallVector<memref::AllocaOp> workgroupBuffers;
  for (auto alloca :
       llvm::make_early_inc_range(body->getOps<memref::AllocaOp>())) {
    std::optional<gpu::AddressSpace> space = getMarkedSpace(alloca);
    if (!space)
      continue;
    if (*space == gpu::AddressSpace::Private) {
      if (failed(privatize(rewriter, alloca)))
        return failure();
      continue;
    }
    if (*space != gpu::AddressSpace::Workgroup || !alloca.getType().hasStaticShape())
      return alloca.emitOpError()
             << "marked " << kGpuMemoryAttrName
             << " must be a static workgroup or private buffer";
    for (Operation *user : alloca->getUsers())
      if (!isa<memref::LoadOp, memref::StoreOp>(user))
        return user->emitOpError()
               << "uses a workgroup schedule buffer; only memref.load and "
                  "memref.store may";
    workgroupBuffers.push_back(alloca);
  }
  SmallVector<Type> workgroupTypes;
  Attribute workgroup = gpu::AddressSpaceAttr::get(
      rewriter.getContext(), gpu::AddressSpace::Workgroup);
  for (memref::AllocaOp alloca : workgroupBuffers)
    workgroupTypes.push_back(MemRefType::get(alloca.getType().getShape(),
                                             alloca.getType().getElementType(),
                                             MemRefLayoutAttrInterface(),
                                             workgroup));

  // The launch.
  rewriter.setInsertionPoint(grid);
  SmallVector<Value> gridSizes(3);
  for (auto [bound, dim] : llvm::zip(grid.getMixedUpperBound(), *gridDims))
    gridSizes[dim] = getValueOrCreateConstantIndexOp(rewriter, loc, bound);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  for (Value &size : gridSizes)
    if (!size)
      size = one;
  SmallVector<Value> blockSizes;
  for (int64_t size : blockDims)
    blockSizes.push_back(arith::ConstantIndexOp::create(rewriter, loc, size));
  auto launch = gpu::LaunchOp::create(
      rewriter, loc, gridSizes[0], gridSizes[1], gridSizes[2], blockSizes[0],
      blockSizes[1], blockSizes[2], /*dynamicSharedMemorySize=*/nullptr,
      /*asyncTokenType=*/nullptr, /*asyncDependencies=*/ValueRange(),
      workgroupTypes);
  // Outlining names the kernel and its module after these.
  launch.setModuleAttr(
      FlatSymbolRefAttr::get(rewriter.getContext(), moduleName));
  launch.setFunctionAttr(
      FlatSymbolRefAttr::get(rewriter.getContext(), kernelName));
  Block &launchBody = launch.getBody().front();
  if (launchBody.empty() || !launchBody.back().hasTrait<OpTrait::IsTerminator>()) {
    rewriter.setInsertionPointToEnd(&launchBody);
    gpu::TerminatorOp::create(rewriter, loc);
  }
  gpu::KernelDim3 blockIds = launch.getBlockIds();
  Value ids[3] = {blockIds.x, blockIds.y, blockIds.z};
  SmallVector<Value> replacements;
  for (int64_t dim : *gridDims)
    replacements.push_back(ids[dim]);
  Operation *gridTerminator = body->getTerminator();
  rewriter.inlineBlockBefore(body, launchBody.getTerminator(), replacements);
  rewriter.eraseOp(gridTerminator);
  for (auto [alloca, attribution] :
       llvm::zip(workgroupBuffers, launch.getWorkgroupAttributions())) {
    rewriter.replaceAllUsesWith(alloca.getResult(), attribution);
    rewriter.eraseOp(alloca);
  }
  rewriter.eraseOp(grid);

  // Thread foralls -> thread ids, with a barrier after each.
  DiagnosedSilenceableFailure mapped =
      transform::gpu::mapNestedForallToThreadsImpl(
          rewriter, std::nullopt, launch, blockDims, /*warpSize=*/32,
          /*syncAfterDistribute=*/true);
  if (failed(mapped.checkAndReport()))
    return failure();
  // The mapping materializes its constants at the end of the launch body,
  // behind the terminator; they belong at its start.
  Block &mappedBody = launch.getBody().front();
  Operation *terminator = nullptr;
  for (Operation &op : mappedBody)
    if (isa<gpu::TerminatorOp>(op)) {
      terminator = &op;
      break;
    }
  assert(terminator && "the launch lost its terminator");
  for (Operation *op = terminator->getNextNode(); op;) {
    Operation *next = op->getNextNode();
    if (!op->hasTrait<OpTrait::ConstantLike>())
      return op->emitOpError() << "after the terminator of the gpu.launch";
    rewriter.moveOpBefore(op, &mappedBody.front());
    op = next;
  }
  return success();
}

namespace {
struct GQAGpuScheduleToLaunchPass
    : public gqa::impl::GQAGpuScheduleToLaunchPassBase<
          GQAGpuScheduleToLaunchPass> {
  void runOnOperation() override {
    SmallVector<scf::ForallOp> grids;
    getOperation()->walk([&](scf::ForallOp forall) {
      if (getMappedDims<gpu::GPUBlockMappingAttr>(forall))
        grids.push_back(forall);
    });
    // Kernels are named <function>_<role>, with a counter from the second
    // of a role on, all in one GPU module, `gqa_kernels`.
    IRRewriter rewriter(&getContext());
    llvm::StringMap<int64_t> seen;
    for (scf::ForallOp grid : grids) {
      auto func = grid->getParentOfType<FunctionOpInterface>();
      auto role = grid->getAttrOfType<StringAttr>(kGpuKernelRoleAttrName);
      std::string name = (func ? func.getName() : StringRef("kernel")).str();
      name += "_" + (role ? role.getValue() : StringRef("grid")).str();
      int64_t count = seen[name]++;
      if (count > 0)
        name += "_" + std::to_string(count);
      if (failed(convertGrid(rewriter, grid, "gqa_kernels", name)))
        return signalPassFailure();
    }

    // The next stage (kernel outlining) expects no schedule left.
    WalkResult remaining = getOperation()->walk([](Operation *op) {
      auto alloca = dyn_cast<memref::AllocaOp>(op);
      if (isa<scf::ForallOp>(op) ||
          (alloca && alloca->hasAttr(kGpuMemoryAttrName))) {
        op->emitOpError() << "of the GPU schedule is outside any grid";
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (remaining.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
