//===- gqa-consumer.cpp - A tool outside gqa-mlir that uses it ------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Built against an installed gqa-mlir by test/packaging/find-package.test:
// parses the file named on the command line with the gqa dialect loaded,
// verifies it, prints it, then runs gqa-pack-query-groups and prints the
// result. Exits with 1 on any failure.
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/IR/GQADialect.h"
#include "gqa/Dialect/GQA/IR/GQAOps.h"
#include "gqa/Dialect/GQA/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  if (argc != 2) {
    llvm::errs() << "usage: gqa-consumer <file.mlir>\n";
    return 1;
  }

  mlir::DialectRegistry registry;
  registry.insert<mlir::func::FuncDialect, mlir::tensor::TensorDialect,
                  mlir::gqa::GQADialect>();
  mlir::MLIRContext context(registry);
  context.loadAllAvailableDialects();

  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceFile<mlir::ModuleOp>(argv[1], &context);
  if (!module || mlir::failed(mlir::verify(*module)))
    return 1;

  int64_t attentionOps = 0;
  module->walk([&](mlir::gqa::AttentionOp) { ++attentionOps; });
  llvm::outs() << "gqa.attention ops: " << attentionOps << "\n";
  module->print(llvm::outs());

  mlir::PassManager pm(&context);
  pm.addPass(mlir::gqa::createGQAPackQueryGroupsPass());
  if (mlir::failed(pm.run(*module)))
    return 1;
  module->print(llvm::outs());
  return 0;
}
