//===- GpuRegisterBudget.cpp - The gqa-gpu-register-budget pass -----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/LLVMIR/NVVMDialect.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAGPUREGISTERBUDGETPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;

namespace {
struct GQAGpuRegisterBudgetPass
    : public gqa::impl::GQAGpuRegisterBudgetPassBase<
          GQAGpuRegisterBudgetPass> {
  using Base::Base;

  void runOnOperation() override {
    if (blocksPerMultiprocessor < 1) {
      getOperation().emitError()
          << "gqa-gpu-register-budget: blocks-per-multiprocessor must be at "
             "least 1, got "
          << blocksPerMultiprocessor.getValue();
      return signalPassFailure();
    }
    const gqa::GpuTargetInfo &target = gqa::getGpuTargetInfo(chip);
    Builder builder(&getContext());
    for (auto func : getOperation().getOps<gpu::GPUFuncOp>()) {
      if (!func.isKernel())
        continue;
      std::optional<ArrayRef<int32_t>> block = func.getKnownBlockSize();
      if (!block) {
        func.emitOpError() << "has no known_block_size: no register budget "
                              "can be derived for it";
        return signalPassFailure();
      }
      int64_t threads = 1;
      for (int32_t size : *block)
        threads *= size;
      // Registers are allocated in multiples of 8 per thread.
      int64_t budget = target.registersPerMultiprocessor /
                       (blocksPerMultiprocessor * threads);
      budget = std::min(target.maxRegistersPerThread, budget / 8 * 8);
      if (budget < 16) {
        func.emitOpError() << "cannot run " << blocksPerMultiprocessor.getValue()
                           << " blocks of " << threads
                           << " threads on one multiprocessor";
        return signalPassFailure();
      }
      func->setAttr(NVVM::NVVMDialect::getMaxnregAttrName(),
                    builder.getI32IntegerAttr(budget));
    }
  }
};
} // namespace
