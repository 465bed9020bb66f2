//===- EmitCInterface.cpp - Request C interfaces for public functions -----===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"
#include "gqa/Transforms/Transforms.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAEMITCINTERFACEPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

int64_t mlir::gqa::addCInterfaceToPublicFunctions(RewriterBase &rewriter,
                                                  ModuleOp module) {
  StringRef attrName = LLVM::LLVMDialect::getEmitCWrapperAttrName();
  int64_t count = 0;
  for (auto func : module.getOps<func::FuncOp>()) {
    if (!func.isPublic() || func.isExternal() || func->hasAttr(attrName))
      continue;
    rewriter.modifyOpInPlace(
        func, [&] { func->setAttr(attrName, rewriter.getUnitAttr()); });
    ++count;
  }
  return count;
}

namespace {
struct GQAEmitCInterfacePass
    : public gqa::impl::GQAEmitCInterfacePassBase<GQAEmitCInterfacePass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    if (addCInterfaceToPublicFunctions(rewriter, getOperation()) == 0)
      markAllAnalysesPreserved();
  }
};
} // namespace
