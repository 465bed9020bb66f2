//===- VerifyGpuBinary.cpp - The gqa-verify-gpu-binary pass ---------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMTypes.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAVERIFYGPUBINARYPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;

namespace {
struct GQAVerifyGpuBinaryPass
    : public gqa::impl::GQAVerifyGpuBinaryPassBase<GQAVerifyGpuBinaryPass> {
  using Base::Base;

  void runOnOperation() override {
    markAllAnalysesPreserved();
    ModuleOp module = getOperation();
    StringRef chipName = gqa::stringifyGpuChip(chip);
    std::string targetLine = (".target " + chipName).str();
    int64_t numBinaries = 0;
    WalkResult result = module->walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (op == module.getOperation() ||
          op->getName().getDialectNamespace() ==
              LLVM::LLVMDialect::getDialectNamespace())
        return WalkResult::advance();
      if (auto launch = dyn_cast<gpu::LaunchFuncOp>(op)) {
        // Host code: a launch of a kernel of one of the binaries, on LLVM
        // values.
        auto binary = SymbolTable::lookupNearestSymbolFrom<gpu::BinaryOp>(
            launch, launch.getKernelModuleName());
        bool llvmOperands = llvm::all_of(launch->getOperandTypes(), [](Type t) {
          return LLVM::isCompatibleType(t);
        });
        if (!binary || !llvmOperands) {
          launch.emitOpError() << "must launch a kernel of a gpu.binary with "
                                  "LLVM-typed operands after lowering to PTX";
          return WalkResult::interrupt();
        }
        return WalkResult::advance();
      }
      auto binary = dyn_cast<gpu::BinaryOp>(op);
      if (!binary) {
        op->emitOpError() << "is neither host LLVM code nor a gpu.binary "
                             "after lowering to PTX";
        return WalkResult::interrupt();
      }
      ++numBinaries;
      ArrayAttr objects = binary.getObjects();
      auto object = objects.size() == 1
                        ? dyn_cast<gpu::ObjectAttr>(objects[0])
                        : gpu::ObjectAttr();
      auto target =
          object ? dyn_cast<NVVM::NVVMTargetAttr>(object.getTarget())
                 : NVVM::NVVMTargetAttr();
      if (!target || target.getChip() != chipName ||
          object.getFormat() != gpu::CompilationTarget::Assembly) {
        binary.emitOpError() << "must hold one PTX (assembly) object for "
                                "the NVVM target "
                             << chipName;
        return WalkResult::interrupt();
      }
      StringRef ptx = object.getObject().getValue();
      if (!ptx.contains(targetLine) || !ptx.contains(".entry ")) {
        binary.emitOpError() << "holds PTX without '" << targetLine
                             << "' or without a kernel (.entry)";
        return WalkResult::interrupt();
      }
      return WalkResult::skip();
    });
    if (result.wasInterrupted())
      return signalPassFailure();
    if (numBinaries == 0) {
      module.emitError() << "no gpu.binary after lowering to PTX: the module "
                            "had no attention to compile for the GPU";
      return signalPassFailure();
    }
  }
};
} // namespace
