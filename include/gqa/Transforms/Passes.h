//===- Passes.h - GQA project-wide passes -----------------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Declarations and registration of the passes that prepare and check the
// output of the project's pipelines.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TRANSFORMS_PASSES_H
#define GQA_TRANSFORMS_PASSES_H

#include "gqa/Support/GpuTargetInfo.h"
#include "gqa/Transforms/Transforms.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::gqa {

#define GEN_PASS_DECL
#include "gqa/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "gqa/Transforms/Passes.h.inc"

} // namespace mlir::gqa

#endif // GQA_TRANSFORMS_PASSES_H
