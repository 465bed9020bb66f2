//===- Pipeline.h - Choosing the lowering pipeline of gqa-run ---*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `--pipeline` takes a short name (`reference`, `cpu`, `gpu-schedule`), the
// name of any registered pass pipeline, or a textual pass pipeline run on
// the `builtin.module` (with or without the `builtin.module(...)` anchor).
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_RUN_PIPELINE_H
#define GQA_TOOLS_GQA_RUN_PIPELINE_H

#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <functional>
#include <string>

namespace mlir::gqa::run {

/// A lowering pipeline chosen on the command line.
struct PipelineChoice {
  /// What the user asked for (or the default's short name).
  std::string name;
  /// The pass pipeline text parsed into a module pass manager (no anchor).
  std::string text;
  /// When set, adds the passes instead of `text`, which then only names
  /// them (a pipeline built from its C++ options struct, e.g. by `--bench`).
  std::function<void(OpPassManager &)> build = nullptr;
};

/// Resolves `--pipeline` (an empty `spelling` picks the default: the fastest
/// correct CPU pipeline registered, `cpu` then `reference`). Fails, with a
/// message for the user, when a short name's pipeline is not registered or
/// the text does not parse.
llvm::Expected<PipelineChoice> resolvePipeline(llvm::StringRef spelling);

/// Adds the passes of `choice` to `pm` (anchored on builtin.module): those
/// of its `build` function if it has one, else its parsed `text`.
llvm::Error addPipeline(const PipelineChoice &choice, OpPassManager &pm);

} // namespace mlir::gqa::run

#endif // GQA_TOOLS_GQA_RUN_PIPELINE_H
