//===- DistinctResultBuffers.cpp - One buffer per memref result -----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `gqa-distinct-result-buffers`: a returned memref that is also returned at
// an earlier position is replaced by a copy in a new allocation, so that
// buffer-results-to-out-params sees one allocation per result.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/DenseSet.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQADISTINCTRESULTBUFFERSPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;

namespace {

/// A new allocation of the type of `source` (a memref with an identity
/// layout, as the pipelines' bufferization returns them), holding a copy of
/// it.
Value copyToNewBuffer(OpBuilder &builder, Location loc, Value source) {
  auto type = cast<MemRefType>(source.getType());
  SmallVector<Value> dynamicSizes;
  for (int64_t dim = 0; dim < type.getRank(); ++dim)
    if (type.isDynamicDim(dim))
      dynamicSizes.push_back(memref::DimOp::create(builder, loc, source, dim));
  Value copy = memref::AllocOp::create(builder, loc, type, dynamicSizes);
  memref::CopyOp::create(builder, loc, source, copy);
  return copy;
}

struct GQADistinctResultBuffersPass
    : public gqa::impl::GQADistinctResultBuffersPassBase<
          GQADistinctResultBuffersPass> {
  void runOnOperation() override {
    getOperation().walk([&](func::ReturnOp op) {
      llvm::SmallDenseSet<Value> returned;
      OpBuilder builder(op);
      for (OpOperand &operand : op->getOpOperands()) {
        Value value = operand.get();
        auto type = dyn_cast<MemRefType>(value.getType());
        if (!type || !type.getLayout().isIdentity() ||
            returned.insert(value).second)
          continue;
        operand.set(copyToNewBuffer(builder, op.getLoc(), value));
      }
    });
  }
};

} // namespace
