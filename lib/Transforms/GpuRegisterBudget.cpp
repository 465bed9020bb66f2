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
/// Registers of one multiprocessor of sm_80 and sm_90.
constexpr int64_t kRegistersPerMultiprocessor = 65536;
/// The most registers a thread may have.
constexpr int64_t kMaxRegistersPerThread = 255;

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
      int64_t budget =
          kRegistersPerMultiprocessor / (blocksPerMultiprocessor * threads);
      budget = std::min(kMaxRegistersPerThread, budget / 8 * 8);
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
