//===- GQAOps.h - GQA dialect operations ------------------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_GQA_IR_GQAOPS_H
#define GQA_DIALECT_GQA_IR_GQAOPS_H

#include "gqa/Dialect/GQA/IR/GQADialect.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include <cmath>

#include "gqa/Dialect/GQA/IR/GQAOpsEnums.h.inc"

namespace mlir::gqa {

/// `(h) -> (kv(h))`, the key/value head query head `h` reads, with
/// `G = groupSize` query heads per key/value head: `h floordiv G`
/// (contiguous) or `h mod numKvHeads` (interleaved). The one spelling of the
/// head mapping; see `HeadMapping`.
AffineMap getKvHeadMap(MLIRContext *context, HeadMapping mapping,
                       int64_t groupSize, int64_t numKvHeads);

/// `(u, m) -> (h)`, the query head of member `m` of unit `u`, with
/// `numUnits` units of `packing` query heads each: `u * packing + m`
/// (contiguous) or `m * numUnits + u` (interleaved). With units the key/value
/// heads and `packing = G`, this is the query head of member `m` of the group
/// of key/value head `u`.
AffineMap getQueryHeadMap(MLIRContext *context, HeadMapping mapping,
                          int64_t numUnits, int64_t packing);

} // namespace mlir::gqa

#include "gqa/Dialect/GQA/IR/GQAInterfaces.h.inc"

#define GET_OP_CLASSES
#include "gqa/Dialect/GQA/IR/GQAOps.h.inc"

#endif // GQA_DIALECT_GQA_IR_GQAOPS_H
