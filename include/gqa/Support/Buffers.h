//===- Buffers.h - Buffers of tensors for code that reads memory -*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// What the passes that read a tensor's memory before bufferization share:
// its buffer, for addresses passed to libgqa_runtime and for prefetches.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_SUPPORT_BUFFERS_H
#define GQA_SUPPORT_BUFFERS_H

#include "mlir/IR/Builders.h"

namespace mlir::gqa {

/// The buffer of the ranked tensor `tensor`, read-only, with a fully
/// dynamic strided layout, so that bufferization can hand over whatever
/// buffer the tensor has without a copy (`bufferization.to_buffer
/// read_only`).
Value createReadOnlyBuffer(OpBuilder &b, Location loc, Value tensor);

} // namespace mlir::gqa

#endif // GQA_SUPPORT_BUFFERS_H
