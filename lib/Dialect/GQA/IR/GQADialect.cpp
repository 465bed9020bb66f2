//===- GQADialect.cpp - GQA dialect ---------------------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/IR/GQADialect.h"
#include "gqa/Dialect/GQA/IR/GQAOps.h"

using namespace mlir;
using namespace mlir::gqa;

#include "gqa/Dialect/GQA/IR/GQAOpsDialect.cpp.inc"

void GQADialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "gqa/Dialect/GQA/IR/GQAOps.cpp.inc"
      >();
}
