//===- MlirFlags.h - MLIR's pass-manager and timing flags -------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The flags gqa-compile shares with gqa-opt: MLIR's pass-manager flags
// (--mlir-print-ir-after-all, --mlir-pass-statistics, ...), the context's
// (--mlir-disable-threading, ...), the printer's and --mlir-timing, whose
// report nests a scope per phase of the compilation (parsing, raising,
// lowering, translation, code generation) with each pass manager's passes
// under its phase.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_COMPILE_MLIRFLAGS_H
#define GQA_TOOLS_GQA_COMPILE_MLIRFLAGS_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Support/Timing.h"

namespace mlir::gqa::compile {

/// Registers MLIR's pass-manager, context, printer and timing flags, and the
/// passes they may name (upstream's and gqa-mlir's). Call before parsing the
/// command line.
void registerMlirFlags();

/// The timing of one run of the tool: starts the root scope of
/// `--mlir-timing` (if given) and prints the report when destroyed. At most
/// one lives at a time; `timePhase` and `setUpPassManager` nest under it.
class CompileTiming {
public:
  CompileTiming();
  ~CompileTiming();

private:
  DefaultTimingManager manager;
  TimingScope root;
};

/// A scope for phase `name` of the current run's timing (a no-op without
/// `--mlir-timing`).
TimingScope timePhase(StringRef name);

/// Applies MLIR's pass-manager flags to `pm` and times its passes under
/// `phase`, which must outlive the run of `pm`. Failure after the pass
/// manager reported why.
LogicalResult setUpPassManager(PassManager &pm, TimingScope &phase);

} // namespace mlir::gqa::compile

#endif // GQA_TOOLS_GQA_COMPILE_MLIRFLAGS_H
