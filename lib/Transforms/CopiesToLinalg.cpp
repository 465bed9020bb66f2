//===- CopiesToLinalg.cpp - memref.copy as linalg.copy --------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Rewrites the copies bufferization makes into linalg.copy, so that they run
// as parallel, vectorized loops. See `gqa-copies-to-linalg` in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/LoopLikeInterface.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQACOPIESTOLINALGPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

/// Copies of at most this many bytes stay memref.copy: starting threads
/// costs about what copying a page does.
constexpr int64_t kMaxSerialCopyBytes = 4096;

/// Whether `copy` becomes a linalg.copy: outside any loop (a copy in a
/// tile's loop already runs on the tile's thread), ranked operands of one
/// shape, and not known to be small.
bool isParallelCopy(memref::CopyOp copy) {
  if (copy->getParentOfType<LoopLikeOpInterface>())
    return false;
  auto source = dyn_cast<MemRefType>(copy.getSource().getType());
  auto target = dyn_cast<MemRefType>(copy.getTarget().getType());
  if (!source || !target || source.getRank() == 0 ||
      source.getShape() != target.getShape() ||
      source.getElementType() != target.getElementType())
    return false;
  if (!source.hasStaticShape())
    return true;
  return source.getNumElements() * source.getElementTypeBitWidth() / 8 >
         kMaxSerialCopyBytes;
}

struct GQACopiesToLinalgPass
    : gqa::impl::GQACopiesToLinalgPassBase<GQACopiesToLinalgPass> {
  void runOnOperation() override {
    SmallVector<memref::CopyOp> copies;
    getOperation().walk([&](memref::CopyOp copy) {
      if (isParallelCopy(copy))
        copies.push_back(copy);
    });
    for (memref::CopyOp copy : copies) {
      OpBuilder b(copy);
      linalg::CopyOp::create(b, copy.getLoc(), copy.getSource(),
                             copy.getTarget());
      copy.erase();
    }
  }
};

} // namespace
