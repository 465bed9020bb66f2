//===- FuzzSupport.cpp - What the gqa-mlir fuzz targets share -------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"

#include "gqa/InitAllDialects.h"
#include "gqa/InitAllPasses.h"
#include "gqa/Pipelines/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

using namespace mlir;

namespace {

const DialectRegistry &getRegistry(gqa::fuzz::FuzzDialects dialects) {
  static const DialectRegistry *all = [] {
    auto *result = new DialectRegistry();
    registerAllDialects(*result);
    registerAllExtensions(*result);
    registerAllToLLVMIRTranslations(*result);
    gqa::registerAllGQADialects(*result);
    gqa::registerGpuPipelineDependencies(*result);
    return result;
  }();
  static const DialectRegistry *attention = [] {
    auto *result = new DialectRegistry();
    result->insert<arith::ArithDialect, func::FuncDialect,
                   tensor::TensorDialect>();
    gqa::registerAllGQADialects(*result);
    return result;
  }();
  return dialects == gqa::fuzz::FuzzDialects::All ? *all : *attention;
}

} // namespace

std::unique_ptr<MLIRContext>
mlir::gqa::fuzz::createFuzzContext(FuzzDialects dialects) {
  auto context = std::make_unique<MLIRContext>(
      getRegistry(dialects), MLIRContext::Threading::DISABLED);
  context->allowUnregisteredDialects(false);
  return context;
}

mlir::gqa::fuzz::ErrorCounter::ErrorCounter(MLIRContext *context)
    : handler(context, [this](Diagnostic &diagnostic) {
        if (diagnostic.getSeverity() == DiagnosticSeverity::Error)
          ++numErrors;
        // GQA_FUZZ_PRINT=1 shows the diagnostics of an input.
        if (std::getenv("GQA_FUZZ_PRINT"))
          llvm::errs() << diagnostic.getLocation() << ": " << diagnostic
                       << "\n";
        return success();
      }) {}

OwningOpRef<ModuleOp> mlir::gqa::fuzz::parseModule(llvm::StringRef text,
                                                    MLIRContext *context) {
  std::string terminated = text.str();
  return parseSourceString<ModuleOp>(terminated, context);
}

void mlir::gqa::fuzz::reportDefect(llvm::StringRef what,
                                   llvm::StringRef input) {
  llvm::errs() << "gqa fuzz defect: " << what << "\n--- input ---\n"
               << input << "\n--- end of input ---\n";
  llvm::errs().flush();
  std::abort();
}

void mlir::gqa::fuzz::registerFuzzPasses() {
  static bool registered = [] {
    registerAllPasses();
    gqa::registerAllPasses();
    return true;
  }();
  (void)registered;
}
