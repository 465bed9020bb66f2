//===- GQADialect.h - GQA dialect -------------------------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_GQA_IR_GQADIALECT_H
#define GQA_DIALECT_GQA_IR_GQADIALECT_H

#include "mlir/IR/Dialect.h"

#include "gqa/Dialect/GQA/IR/GQAOpsDialect.h.inc"

#endif // GQA_DIALECT_GQA_IR_GQADIALECT_H
