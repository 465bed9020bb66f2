//===- TMTensorToLoops.h - Lower tm_tensor ops to loops ---------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The lowering of torch-mlir's tm_tensor scan, scatter and sort to scf.for
// loops on tensors (see `convert-tm-tensor-to-loops`).
//
//===----------------------------------------------------------------------===//

#ifndef GQA_CONVERSION_TMTENSORTOLOOPS_TMTENSORTOLOOPS_H
#define GQA_CONVERSION_TMTENSORTOLOOPS_TMTENSORTOLOOPS_H

#include "mlir/IR/PatternMatch.h"
#include "mlir/Support/LLVM.h"

namespace mlir::gqa {

/// Replaces `op`, a `tm_tensor.scan`, `tm_tensor.scatter` or
/// `tm_tensor.sort`, with loops on tensors. Fails, with an error on `op`,
/// for any other op.
LogicalResult lowerTMTensorOp(RewriterBase &rewriter, Operation *op);

} // namespace mlir::gqa

#endif // GQA_CONVERSION_TMTENSORTOLOOPS_TMTENSORTOLOOPS_H
