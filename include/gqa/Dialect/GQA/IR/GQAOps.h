//===- GQAOps.h - GQA dialect operations ------------------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_GQA_IR_GQAOPS_H
#define GQA_DIALECT_GQA_IR_GQAOPS_H

#include "gqa/Dialect/GQA/IR/GQADialect.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "gqa/Dialect/GQA/IR/GQAOpsEnums.h.inc"

#define GET_OP_CLASSES
#include "gqa/Dialect/GQA/IR/GQAOps.h.inc"

#endif // GQA_DIALECT_GQA_IR_GQAOPS_H
