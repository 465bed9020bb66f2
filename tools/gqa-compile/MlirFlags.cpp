//===- MlirFlags.cpp - MLIR's pass-manager and timing flags ---------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "MlirFlags.h"

#include "gqa/InitAllPasses.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllPasses.h"

using namespace mlir;
using namespace mlir::gqa::compile;

/// The root scope of the live `CompileTiming`, or null.
static TimingScope *currentRoot = nullptr;

void mlir::gqa::compile::registerMlirFlags() {
  // --mlir-print-ir-before/after name passes: register them all, as gqa-opt
  // does.
  registerAllPasses();
  gqa::registerAllPasses();
  registerAsmPrinterCLOptions();
  registerMLIRContextCLOptions();
  registerPassManagerCLOptions();
  registerDefaultTimingManagerCLOptions();
}

CompileTiming::CompileTiming() {
  applyDefaultTimingManagerCLOptions(manager);
  root = manager.getRootScope();
  currentRoot = &root;
}

CompileTiming::~CompileTiming() {
  currentRoot = nullptr;
  root.stop();
}

TimingScope mlir::gqa::compile::timePhase(StringRef name) {
  return currentRoot ? currentRoot->nest(name) : TimingScope();
}

LogicalResult mlir::gqa::compile::setUpPassManager(PassManager &pm,
                                                   TimingScope &phase) {
  if (failed(applyPassManagerCLOptions(pm)))
    return failure();
  pm.enableTiming(phase);
  return success();
}
