//===- SetTargetCPU.cpp - Set the target CPU of LLVM functions ------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"
#include "gqa/Transforms/Transforms.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

#include <memory>

namespace mlir::gqa {
#define GEN_PASS_DEF_GQASETTARGETCPUPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

/// The subtarget of `cpu` on this machine's target triple, or null if LLVM
/// does not know the CPU.
static std::unique_ptr<llvm::MCSubtargetInfo>
getSubtarget(StringRef cpu, std::string &error) {
  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    return true;
  }();
  (void)initialized;
  llvm::Triple triple(llvm::sys::getProcessTriple());
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  // Check the name on the generic subtarget first: creating a subtarget for
  // an unknown CPU makes LLVM print a warning of its own.
  std::unique_ptr<llvm::MCSubtargetInfo> generic(
      target->createMCSubtargetInfo(triple, "", ""));
  if (!generic || !generic->isCPUStringValid(cpu)) {
    error = "unknown target CPU '" + cpu.str() + "' for " + triple.str() +
            " (expected 'native' or a CPU name LLVM knows, such as "
            "'x86-64-v3' or 'znver5')";
    return nullptr;
  }
  return std::unique_ptr<llvm::MCSubtargetInfo>(
      target->createMCSubtargetInfo(triple, cpu, ""));
}

std::string mlir::gqa::resolveTargetCPU(StringRef cpu) {
  if (cpu == "native")
    return llvm::sys::getHostCPUName().str();
  return cpu.str();
}

bool mlir::gqa::targetHasFeature(StringRef cpu, StringRef feature) {
  if (cpu == "native")
    return llvm::sys::getHostCPUFeatures().lookup(feature);
  std::string error;
  std::unique_ptr<llvm::MCSubtargetInfo> subtarget =
      getSubtarget(resolveTargetCPU(cpu), error);
  return subtarget && subtarget->checkFeatures(("+" + feature).str());
}

FailureOr<int64_t> mlir::gqa::getTargetVectorBits(StringRef cpu,
                                                  std::string &error) {
  if (!getSubtarget(resolveTargetCPU(cpu), error))
    return failure();
  if (targetHasFeature(cpu, "avx512f"))
    return 512;
  if (targetHasFeature(cpu, "avx2") || targetHasFeature(cpu, "avx"))
    return 256;
  return 128;
}

namespace {
struct GQASetTargetCPUPass
    : public gqa::impl::GQASetTargetCPUPassBase<GQASetTargetCPUPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    std::string error;
    std::string name = resolveTargetCPU(cpu);
    if (!getSubtarget(name, error)) {
      // Reported at the module's location without printing the module.
      emitError(module.getLoc()) << "gqa-set-target-cpu: " << error;
      return signalPassFailure();
    }
    LLVM::TargetFeaturesAttr features;
    if (cpu == "native") {
      SmallVector<std::string> flags;
      for (const auto &feature : llvm::sys::getHostCPUFeatures())
        flags.push_back((feature.second ? "+" : "-") + feature.first().str());
      llvm::sort(flags);
      SmallVector<StringRef> refs(flags.begin(), flags.end());
      features = LLVM::TargetFeaturesAttr::get(&getContext(), refs);
    }
    // LLVM's tuning of Intel's AVX-512 server cores prefers 256-bit vectors
    // in the loops it vectorizes itself: the elementwise and reduction
    // loops get the target's full width (softmax bf16 1.15x faster on the
    // Xeon of docs/elementwise.md).
    FailureOr<int64_t> vectorBits = getTargetVectorBits(cpu, error);
    StringAttr preferWidth;
    if (succeeded(vectorBits) && *vectorBits > 128)
      preferWidth = StringAttr::get(&getContext(), std::to_string(*vectorBits));
    module.walk([&](LLVM::LLVMFuncOp func) {
      if (func.isExternal())
        return;
      func.setTargetCpuAttr(StringAttr::get(&getContext(), name));
      if (preferWidth)
        func.setPreferVectorWidthAttr(preferWidth);
      if (features)
        func.setTargetFeaturesAttr(features);
    });
  }
};
} // namespace
