//===- Buffers.cpp - Buffers of tensors for code that reads memory --------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Support/Buffers.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"

using namespace mlir;

Value mlir::gqa::createReadOnlyBuffer(OpBuilder &b, Location loc,
                                      Value tensor) {
  auto type = cast<RankedTensorType>(tensor.getType());
  auto layout = StridedLayoutAttr::get(
      b.getContext(), ShapedType::kDynamic,
      SmallVector<int64_t>(type.getRank(), ShapedType::kDynamic));
  auto memrefType =
      MemRefType::get(type.getShape(), type.getElementType(), layout);
  return bufferization::ToBufferOp::create(b, loc, memrefType, tensor,
                                           /*read_only=*/true);
}
