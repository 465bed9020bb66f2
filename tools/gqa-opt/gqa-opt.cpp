//===- gqa-opt.cpp - The gqa-mlir optimizer driver ------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// An mlir-opt style driver that knows the `gqa` dialect, the project's passes
// and pipelines, and the upstream dialects and passes those pipelines use.
//
//===----------------------------------------------------------------------===//

#include "gqa/InitAllDialects.h"
#include "gqa/InitAllPasses.h"
#include "gqa/Pipelines/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

namespace mlir::gqa::test {
void registerTestPasses();
} // namespace mlir::gqa::test

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  mlir::gqa::registerAllPasses();
  mlir::gqa::test::registerTestPasses();

  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::gqa::registerAllGQADialects(registry);
  mlir::gqa::registerGpuPipelineDependencies(registry);

  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "gqa-mlir optimizer driver\n", registry));
}
