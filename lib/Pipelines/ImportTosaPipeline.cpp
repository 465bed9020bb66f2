//===- ImportTosaPipeline.cpp - TOSA graphs to gqa.attention --------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `gqa-import-tosa-pipeline`: brings a model exported as TOSA into the
// project. Upstream's TOSA-to-linalg pipeline, followed by TOSA-to-arith and
// TOSA-to-tensor for constants and reshapes, produces linalg-on-tensors, in
// which `gqa-raise-attention` recognizes each attention (the `tosa.matmul`s,
// the softmax spelled with `tosa.reduce_max`, `tosa.exp`, `tosa.reduce_sum`
// and `tosa.reciprocal`, and the `tosa.tile` that repeats the key/value
// heads) and replaces it with one `gqa.attention`.
//
//===----------------------------------------------------------------------===//

#include "gqa/Pipelines/Passes.h"

#include "gqa/Dialect/GQA/Transforms/Passes.h"

#include "mlir/Conversion/TosaToArith/TosaToArith.h"
#include "mlir/Conversion/TosaToLinalg/TosaToLinalg.h"
#include "mlir/Conversion/TosaToTensor/TosaToTensor.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void mlir::gqa::buildImportTosaPipeline(
    OpPassManager &pm, const ImportTosaPipelineOptions &options) {
  tosa::addTosaToLinalgPasses(pm, TosaToLinalgOptions());
  // The rest of TOSA: constants and reshapes.
  pm.addNestedPass<func::FuncOp>(createTosaToArithPass());
  pm.addNestedPass<func::FuncOp>(createTosaToTensorPass());
  // Folds the chains of reshapes that tosa.reshape and tosa.tile become, so
  // that the raise sees one reshape per layout change.
  pm.addPass(createCanonicalizerPass());
  GQARaiseAttentionPassOptions raiseOptions;
  raiseOptions.explain = options.explain;
  pm.addPass(createGQARaiseAttentionPass(raiseOptions));
}

void mlir::gqa::registerImportTosaPipeline() {
  PassPipelineRegistration<ImportTosaPipelineOptions>(
      "gqa-import-tosa-pipeline",
      "Lower TOSA to linalg-on-tensors with upstream's TOSA-to-linalg "
      "pipeline, then raise every attention to gqa.attention",
      buildImportTosaPipeline);
}
