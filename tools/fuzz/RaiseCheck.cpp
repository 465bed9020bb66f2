//===- RaiseCheck.cpp - What gqa-raise-attention promises on any graph ----===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "RaiseCheck.h"

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::gqa::fuzz;

namespace {

unsigned countAttentionOps(ModuleOp module) {
  unsigned count = 0;
  module.walk([&](gqa::AttentionOp) { ++count; });
  return count;
}

} // namespace

std::string mlir::gqa::fuzz::printModule(ModuleOp module) {
  std::string text;
  llvm::raw_string_ostream os(text);
  module->print(os);
  return text;
}

/// `module` as the raise must leave it when it raises nothing: unchanged but
/// for its dead ops, which the rewrite driver erases.
static std::string printWithoutDeadOps(ModuleOp module) {
  OwningOpRef<ModuleOp> clone = module.clone();
  GreedyRewriteConfig config;
  config.enableFolding(false).enableConstantCSE(false);
  config.setRegionSimplificationLevel(GreedySimplifyRegionLevel::Disabled);
  (void)applyPatternsGreedily(clone->getOperation(),
                              RewritePatternSet(module->getContext()), config);
  return printModule(*clone);
}

RaiseOutcome mlir::gqa::fuzz::checkRaise(ModuleOp module) {
  OwningOpRef<ModuleOp> raised = module.clone();
  unsigned before = countAttentionOps(*raised);
  std::string original = printWithoutDeadOps(module);

  unsigned numErrors = 0;
  ScopedDiagnosticHandler handler(module->getContext(), [&](Diagnostic &d) {
    if (d.getSeverity() == DiagnosticSeverity::Error)
      ++numErrors;
    return success();
  });
  PassManager pm(module->getContext());
  pm.enableVerifier(true);
  if (failed(parsePassPipeline("gqa-raise-attention", pm)))
    return {RaiseOutcome::Defect, "gqa-raise-attention is not registered"};
  if (failed(pm.run(*raised))) {
    if (numErrors == 0)
      return {RaiseOutcome::Defect, "the raise failed without an error"};
    return {RaiseOutcome::Failed, ""};
  }
  if (countAttentionOps(*raised) > before)
    return {RaiseOutcome::Raised, ""};
  if (printModule(*raised) != original)
    return {RaiseOutcome::Defect,
            "the raise raised nothing but changed the graph"};
  return {RaiseOutcome::LeftAlone, ""};
}
