//===- InitAllDialects.h - Register every gqa-mlir dialect ------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// One call that adds the project's dialects to a registry, for gqa-opt and
// every other tool: `gqa` and `tm_tensor` (torch-mlir's TMTensor ops, which
// its linalg-on-tensors output contains). Link MLIRGQAPipelines.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_INITALLDIALECTS_H
#define GQA_INITALLDIALECTS_H

#include "gqa/Dialect/GQA/IR/GQADialect.h"
#include "gqa/Dialect/TMTensor/IR/TMTensorDialect.h"

#include "mlir/IR/DialectRegistry.h"

namespace mlir::gqa {

/// Adds the `gqa` and `tm_tensor` dialects to `registry`.
inline void registerAllGQADialects(DialectRegistry &registry) {
  registry.insert<GQADialect, tm_tensor::TMTensorDialect>();
}

} // namespace mlir::gqa

#endif // GQA_INITALLDIALECTS_H
