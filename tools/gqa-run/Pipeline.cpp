//===- Pipeline.cpp - Choosing the lowering pipeline of gqa-run -----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "Pipeline.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::gqa::run;

namespace {

/// A short `--pipeline` name and the registered pipeline it stands for.
struct ShortName {
  llvm::StringLiteral name;
  llvm::StringLiteral pipeline;
};

/// The short names, fastest CPU pipeline first (the default is the first one
/// registered among those that run on the CPU).
constexpr ShortName kShortNames[] = {
    {"cpu", "gqa-cpu-pipeline"},
    {"reference", "gqa-reference-pipeline"},
    {"gpu-schedule", "gqa-gpu-schedule-pipeline"},
};

/// Short names the default may pick, in order of preference.
constexpr llvm::StringLiteral kDefaultOrder[] = {"cpu", "reference"};

llvm::Error pipelineError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// True when `text` is a single pass or pipeline name (no nesting, options or
/// lists).
bool isBareName(StringRef text) {
  return !text.empty() && text.find_first_of("(){},= ") == StringRef::npos;
}

} // namespace

/// Removes a surrounding `builtin.module(...)`.
static StringRef stripModuleAnchor(StringRef text) {
  StringRef trimmed = text.trim();
  StringRef anchor = "builtin.module(";
  if (trimmed.starts_with(anchor) && trimmed.ends_with(")"))
    return trimmed.drop_front(anchor.size()).drop_back().trim();
  return trimmed;
}

llvm::Expected<PipelineChoice>
mlir::gqa::run::resolvePipeline(StringRef spelling) {
  if (spelling.empty()) {
    for (StringRef name : kDefaultOrder) {
      const ShortName *entry = llvm::find_if(
          kShortNames, [&](const ShortName &s) { return s.name == name; });
      if (PassPipelineInfo::lookup(entry->pipeline))
        return PipelineChoice{name.str(), entry->pipeline.str()};
    }
    return pipelineError("no CPU pipeline is registered in this build (looked "
                         "for gqa-cpu-pipeline and gqa-reference-pipeline); "
                         "give --pipeline");
  }

  for (const ShortName &entry : kShortNames) {
    if (spelling != entry.name)
      continue;
    if (!PassPipelineInfo::lookup(entry.pipeline))
      return pipelineError("pipeline '" + spelling + "' (" + entry.pipeline +
                           ") is not registered in this build of gqa-run");
    return PipelineChoice{spelling.str(), entry.pipeline.str()};
  }

  StringRef text = stripModuleAnchor(spelling);
  if (isBareName(text) && !PassPipelineInfo::lookup(text) &&
      !PassInfo::lookup(text))
    return pipelineError("unknown pipeline '" + spelling +
                         "': expected reference, cpu, gpu-schedule, a "
                         "registered pipeline or a textual pass pipeline");
  PipelineChoice choice{spelling.str(), text.str()};
  OpPassManager probe(ModuleOp::getOperationName());
  if (llvm::Error error = addPipeline(choice, probe))
    return std::move(error);
  return choice;
}

llvm::Error mlir::gqa::run::addPipeline(const PipelineChoice &choice,
                                        OpPassManager &pm) {
  if (choice.build) {
    choice.build(pm);
    return llvm::Error::success();
  }
  std::string message;
  llvm::raw_string_ostream os(message);
  if (failed(parsePassPipeline(choice.text, pm, os)))
    return pipelineError("invalid pipeline '" + choice.name +
                         "': " + StringRef(message).trim());
  return llvm::Error::success();
}
