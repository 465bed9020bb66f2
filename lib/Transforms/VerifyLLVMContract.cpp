//===- VerifyLLVMContract.cpp - Check that only LLVM ops remain -----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"
#include "gqa/Transforms/Transforms.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAVERIFYLLVMCONTRACTPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

LogicalResult mlir::gqa::verifyLLVMContract(ModuleOp module, bool allowOpenMP) {
  StringRef llvmNamespace = LLVM::LLVMDialect::getDialectNamespace();
  WalkResult result = module->walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (op == module.getOperation() ||
        op->getName().getDialectNamespace() == llvmNamespace ||
        (allowOpenMP && op->getName().getDialectNamespace() == "omp"))
      return WalkResult::advance();
    op->emitOpError() << "is not in the LLVM dialect; the module must hold "
                         "only llvm.* ops"
                      << (allowOpenMP ? " (and omp.* ops)" : "")
                      << " after lowering to LLVM";
    return WalkResult::interrupt();
  });
  return failure(result.wasInterrupted());
}

namespace {
struct GQAVerifyLLVMContractPass
    : public gqa::impl::GQAVerifyLLVMContractPassBase<
          GQAVerifyLLVMContractPass> {
  using Base::Base;

  void runOnOperation() override {
    markAllAnalysesPreserved();
    if (failed(verifyLLVMContract(getOperation(), allowOpenMP)))
      signalPassFailure();
  }
};
} // namespace
