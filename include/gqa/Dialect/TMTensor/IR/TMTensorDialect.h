//===- TMTensorDialect.h - torch-mlir's TMTensor ops, as imported -*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_TMTENSOR_IR_TMTENSORDIALECT_H
#define GQA_DIALECT_TMTENSOR_IR_TMTENSORDIALECT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "gqa/Dialect/TMTensor/IR/TMTensorOpsDialect.h.inc"

#define GET_OP_CLASSES
#include "gqa/Dialect/TMTensor/IR/TMTensorOps.h.inc"

#endif // GQA_DIALECT_TMTENSOR_IR_TMTENSORDIALECT_H
