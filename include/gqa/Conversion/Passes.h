//===- Passes.h - GQA conversion passes -------------------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Declarations and registration of the passes that convert the `gqa` dialect
// to other dialects.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_CONVERSION_PASSES_H
#define GQA_CONVERSION_PASSES_H

#include "gqa/Conversion/GQAToLinalg/GQAToLinalg.h"
#include "gqa/Conversion/TMTensorToLoops/TMTensorToLoops.h"

#include "mlir/Pass/Pass.h"

namespace mlir::gqa {

#define GEN_PASS_DECL
#include "gqa/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "gqa/Conversion/Passes.h.inc"

} // namespace mlir::gqa

#endif // GQA_CONVERSION_PASSES_H
