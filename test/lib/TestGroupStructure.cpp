//===- TestGroupStructure.cpp - Print the query-group accessors -----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Emits one remark per `gqa.attention` with what its accessors report, so the
// regression tests check the group structure every pass relies on.
//
//===----------------------------------------------------------------------===//

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/Pass/Pass.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::gqa;

namespace {
struct TestGroupStructurePass
    : public PassWrapper<TestGroupStructurePass, OperationPass<>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestGroupStructurePass)

  StringRef getArgument() const final { return "gqa-test-group-structure"; }
  StringRef getDescription() const final {
    return "Emit a remark with the query-group structure of each "
           "gqa.attention (test only)";
  }

  void runOnOperation() override {
    getOperation()->walk([](AttentionOp op) {
      std::string message;
      llvm::raw_string_ostream os(message);
      os << "Hq = " << op.getNumQueryHeads() << ", Hkv = " << op.getNumKvHeads()
         << ", G = " << op.getGroupSize() << ", D = " << op.getHeadDim()
         << ", Dv = " << op.getValueHeadDim()
         << ", scale = " << llvm::format("%g", op.getEffectiveScale())
         << (op.isMultiHead() ? ", MHA" : "")
         << (op.isMultiQuery() ? ", MQA" : "") << ", kv(h) = [";
      llvm::interleaveComma(
          llvm::seq<int64_t>(0, op.getNumQueryHeads()), os,
          [&](int64_t head) { os << op.getKvHeadForQueryHead(head); });
      os << "], groups = [";
      llvm::interleaveComma(
          llvm::seq<int64_t>(0, op.getNumKvHeads()), os, [&](int64_t kvHead) {
            os << "[";
            llvm::interleaveComma(op.getQueryHeadsOfKvHead(kvHead), os);
            os << "]";
          });
      os << "]";
      op.emitRemark() << message;
    });
  }
};
} // namespace

namespace mlir::gqa::test {
void registerTestPasses() { PassRegistration<TestGroupStructurePass>(); }
} // namespace mlir::gqa::test
