//===- InitAllPasses.h - Register every gqa pass and pipeline ---*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// One call that registers all of the project's passes and pipelines with the
// global pass registry, for gqa-opt and every other tool. Link
// MLIRGQAPipelines, which brings the pass libraries with it.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_INITALLPASSES_H
#define GQA_INITALLPASSES_H

#include "gqa/Conversion/Passes.h"
#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Pipelines/Passes.h"
#include "gqa/Transforms/Passes.h"

namespace mlir::gqa {

/// Registers every gqa pass (`convert-gqa-to-linalg`, `gqa-*`) and pipeline
/// (`gqa-reference-pipeline`, `gqa-import-tosa-pipeline`).
inline void registerAllPasses() {
  registerGQAConversionPasses();
  registerGQAPasses();
  registerGQATransformsPasses();
  registerReferencePipeline();
  registerImportTosaPipeline();
  registerCpuPipeline();
  registerGpuSchedulePipeline();
  registerGpuPipeline();
}

} // namespace mlir::gqa

#endif // GQA_INITALLPASSES_H
