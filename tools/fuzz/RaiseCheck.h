//===- RaiseCheck.h - What gqa-raise-attention promises on any graph -*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// gqa-raise-attention on a verified graph either raises attention to
// gqa.attention ops (whose numerics the differential check compares with
// the graph's own), or leaves the graph exactly as it was, but for dead ops
// (the rewrite driver erases them). It never fails without an error and
// never leaves IR that does not verify.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_FUZZ_RAISECHECK_H
#define GQA_TOOLS_FUZZ_RAISECHECK_H

#include "mlir/IR/BuiltinOps.h"

#include <string>

namespace mlir::gqa::fuzz {

/// What the raise did to one graph.
struct RaiseOutcome {
  enum Kind {
    /// The pass failed with an error.
    Failed,
    /// Nothing raised, the graph unchanged but for its dead ops.
    LeftAlone,
    /// More gqa.attention ops than before.
    Raised,
    /// The promise is broken; `defect` says how.
    Defect,
  };
  Kind kind;
  std::string defect;
};

/// Runs gqa-raise-attention (with the verifier) on a clone of `module`,
/// which must verify.
RaiseOutcome checkRaise(ModuleOp module);

/// `module` as text, in the custom form.
std::string printModule(ModuleOp module);

} // namespace mlir::gqa::fuzz

#endif // GQA_TOOLS_FUZZ_RAISECHECK_H
