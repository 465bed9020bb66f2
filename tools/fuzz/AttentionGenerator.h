//===- AttentionGenerator.h - gqa.attention functions from fuzz bytes -*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The structure-aware half of the pipeline fuzz target: turns fuzz bytes into
// a function of one or two `gqa.attention` ops (shapes, static or dynamic
// sizes, element types, masks and their broadcasts, kv_lengths, q_offset,
// group sizes and every attribute) and into a pipeline with options. Most
// choices are valid, so that most inputs get past the verifier and reach the
// passes; a few are deliberately wrong (a group size that does not divide,
// a mask dimension that does not broadcast, a result type off by one), so
// that the verifier's rejections are exercised too.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_FUZZ_ATTENTIONGENERATOR_H
#define GQA_TOOLS_FUZZ_ATTENTIONGENERATOR_H

#include <fuzzer/FuzzedDataProvider.h>

#include <string>

namespace mlir::gqa::fuzz {

/// Which pipeline a generated function goes through.
enum class PipelineKind { Reference, Cpu, GpuSchedule, Gpu };

/// A pipeline and its options, as text for `parsePassPipeline` into a pass
/// manager on the module (`gqa-cpu-pipeline{...}`).
struct GeneratedPipeline {
  PipelineKind kind;
  std::string text;
};

/// A module with one public function `@attention`, as MLIR text.
std::string generateAttentionModule(FuzzedDataProvider &data);

/// A pipeline (`gqa-...-pipeline{...}`) with fuzzed options.
GeneratedPipeline generatePipeline(FuzzedDataProvider &data);

} // namespace mlir::gqa::fuzz

#endif // GQA_TOOLS_FUZZ_ATTENTIONGENERATOR_H
