//===- ContractionsToLibrary.cpp - Matrix products through libgqa_runtime -===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Replaces contractions on buffers by calls of `gqa_rt_matmul`, which runs
// them on oneDNN. See `gqa-contractions-to-library` in Passes.td and
// include/gqa-runtime/gqa_runtime.h.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "RuntimeCalls.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace mlir::gqa {
#define GEN_PASS_DEF_GQACONTRACTIONSTOLIBRARYPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

constexpr StringLiteral kMatmulFunction = "gqa_rt_matmul";

/// `enum gqa_rt_type` of gqa_runtime.h, or -1 for other types.
int32_t getRuntimeType(Type type) {
  if (type.isF32())
    return 0;
  if (type.isBF16())
    return 1;
  if (type.isF16())
    return 2;
  return -1;
}

/// One contraction the library can run: its loop dimensions, and for each
/// operand which of its memref dimensions is which loop dimension.
struct Contraction {
  std::optional<unsigned> batch;
  unsigned m, n, k;
  int32_t abType, cType;
};

/// Of loop dimensions `a` and `b`, both of which index the result, the one
/// the result's indexing map lists first (the outer one); the other is left
/// as the only element of `group`.
unsigned getOuterDim(linalg::LinalgOp op, unsigned a, unsigned b,
                     SmallVector<unsigned, 2> &group) {
  AffineMap map = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  std::optional<unsigned> positionA = map.getResultPosition(
      getAffineDimExpr(a, op.getContext()));
  std::optional<unsigned> positionB = map.getResultPosition(
      getAffineDimExpr(b, op.getContext()));
  bool aOuter = positionA && positionB && *positionA < *positionB;
  group.assign({aOuter ? b : a});
  return aOuter ? a : b;
}

/// Why `op` cannot go to the library, or the empty string.
std::string analyze(linalg::LinalgOp op, Contraction &result) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInputs() != 2 ||
      op.getNumDpsInits() != 1 || !linalg::isaContractionOpInterface(op))
    return "not a contraction on buffers";
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(op);
  // A second M (or N) dimension, which B (or A) does not have, is a batch
  // dimension along which B (or A) is the same matrix: a [T, S, K]
  // activation times a [K, N] weight.
  SmallVector<unsigned> batch;
  if (succeeded(dims)) {
    batch.assign(dims->batch.begin(), dims->batch.end());
    for (SmallVector<unsigned, 2> *group : {&dims->m, &dims->n}) {
      if (group->size() != 2)
        continue;
      unsigned first = (*group)[0], second = (*group)[1];
      batch.push_back(getOuterDim(op, first, second, *group));
    }
  }
  if (failed(dims) || dims->m.size() != 1 || dims->n.size() != 1 ||
      dims->k.size() != 1 || batch.size() > 1)
    return "it needs one M, one N, one K and at most one batch dimension "
           "(or a second M or N dimension)";
  result.m = dims->m.front();
  result.n = dims->n.front();
  result.k = dims->k.front();
  if (!batch.empty())
    result.batch = batch.front();

  Type aType = getElementTypeOrSelf(op.getDpsInputs()[0].getType());
  Type bType = getElementTypeOrSelf(op.getDpsInputs()[1].getType());
  Type cType = getElementTypeOrSelf(op.getDpsInits()[0].getType());
  result.abType = getRuntimeType(aType);
  result.cType = getRuntimeType(cType);
  if (aType != bType || result.abType < 0 || result.cType < 0 ||
      (cType != aType && !cType.isF32()))
    return "the library takes A and B of one type among f32, bf16 and f16, "
           "and C of that type or f32";

  for (OpOperand &operand : op->getOpOperands()) {
    auto type = dyn_cast<MemRefType>(operand.get().getType());
    if (!type || !type.isStrided())
      return "an operand is not a memref with a strided layout";
    AffineMap map = op.getMatchingIndexingMap(&operand);
    llvm::SmallDenseSet<unsigned> seen;
    for (AffineExpr expr : map.getResults()) {
      auto dim = dyn_cast<AffineDimExpr>(expr);
      if (!dim || !seen.insert(dim.getPosition()).second)
        return "an operand's indexing map is not a permutation of loop "
               "dimensions";
    }
  }
  return "";
}

/// The memref dimension of `operand` that loop dimension `loopDim` indexes,
/// if any.
std::optional<unsigned> getOperandDim(linalg::LinalgOp op, OpOperand &operand,
                                      unsigned loopDim) {
  AffineMap map = op.getMatchingIndexingMap(&operand);
  for (auto [index, expr] : llvm::enumerate(map.getResults()))
    if (cast<AffineDimExpr>(expr).getPosition() == loopDim)
      return index;
  return std::nullopt;
}

/// Appends the pointer to `operand`'s first element and its strides along
/// `loopDims` (0 where the operand lacks a dimension) to `args`.
void appendOperand(OpBuilder &b, Location loc, linalg::LinalgOp op,
                   OpOperand &operand, ArrayRef<std::optional<unsigned>> loopDims,
                   SmallVectorImpl<Value> &args) {
  auto [pointer, metadata] = getFirstElementPointer(b, loc, operand.get());
  args.push_back(pointer);
  for (std::optional<unsigned> loopDim : loopDims) {
    std::optional<unsigned> dim =
        loopDim ? getOperandDim(op, operand, *loopDim) : std::nullopt;
    if (!dim) {
      args.push_back(arith::ConstantIntOp::create(b, loc, 0, 64));
      continue;
    }
    args.push_back(arith::IndexCastOp::create(b, loc, b.getI64Type(),
                                              metadata.getStrides()[*dim]));
  }
}

/// The size of loop dimension `loopDim` as an i64.
Value getLoopSize(OpBuilder &b, Location loc, linalg::LinalgOp op,
                  unsigned loopDim) {
  for (OpOperand &operand : op->getOpOperands())
    if (std::optional<unsigned> dim = getOperandDim(op, operand, loopDim)) {
      Value size = memref::DimOp::create(b, loc, operand.get(), *dim);
      return arith::IndexCastOp::create(b, loc, b.getI64Type(), size);
    }
  llvm_unreachable("every loop dimension of a contraction indexes an operand");
}

/// Whether `op` fills its buffer with zero.
bool isZeroFill(Operation *op, Value buffer) {
  auto fill = dyn_cast<linalg::FillOp>(op);
  if (!fill || !fill.hasPureBufferSemantics() ||
      fill.getDpsInits()[0] != buffer)
    return false;
  Attribute value;
  return matchPattern(fill.getInputs()[0], m_Constant(&value)) &&
         isa<FloatAttr>(value) && cast<FloatAttr>(value).getValue().isZero();
}

/// The zero fill of `buffer` that reaches `op` with no memory access in
/// between, if any.
linalg::FillOp findZeroFill(Operation *op, Value buffer) {
  for (Operation *prev = op->getPrevNode(); prev; prev = prev->getPrevNode()) {
    if (isZeroFill(prev, buffer))
      return cast<linalg::FillOp>(prev);
    if (isMemoryEffectFree(prev))
      continue;
    auto effects = dyn_cast<MemoryEffectOpInterface>(prev);
    if (!effects || !effects.onlyHasEffect<MemoryEffects::Allocate>())
      return nullptr;
  }
  return nullptr;
}

func::FuncOp getOrDeclareMatmul(ModuleOp module, OpBuilder &b) {
  Type i32 = b.getI32Type(), i64 = b.getI64Type();
  Type ptr = LLVM::LLVMPointerType::get(b.getContext());
  SmallVector<Type> args = {i32, i32, i64, i64, i64, i64};
  for (int operand = 0; operand < 3; ++operand)
    args.append({ptr, i64, i64, i64});
  args.push_back(i32);
  return getOrDeclareRuntimeFunction(module, kMatmulFunction, args);
}

void replaceWithCall(linalg::LinalgOp op, const Contraction &c,
                     func::FuncOp callee) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Value init = op.getDpsInits()[0];
  linalg::FillOp zeroFill = findZeroFill(op, init);
  Value one = arith::ConstantIntOp::create(b, loc, 1, 64);
  SmallVector<Value> args = {
      arith::ConstantIntOp::create(b, loc, c.abType, 32),
      arith::ConstantIntOp::create(b, loc, c.cType, 32),
      c.batch ? getLoopSize(b, loc, op, *c.batch) : one,
      getLoopSize(b, loc, op, c.m), getLoopSize(b, loc, op, c.n),
      getLoopSize(b, loc, op, c.k)};
  appendOperand(b, loc, op, op->getOpOperand(0), {c.batch, c.m, c.k}, args);
  appendOperand(b, loc, op, op->getOpOperand(1), {c.batch, c.k, c.n}, args);
  appendOperand(b, loc, op, op->getOpOperand(2), {c.batch, c.m, c.n}, args);
  args.push_back(arith::ConstantIntOp::create(b, loc, zeroFill ? 0 : 1, 32));
  func::CallOp::create(b, loc, callee, args);
  op->erase();
  if (zeroFill)
    zeroFill->erase();
}

struct GQAContractionsToLibraryPass
    : gqa::impl::GQAContractionsToLibraryPassBase<GQAContractionsToLibraryPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<std::pair<linalg::LinalgOp, Contraction>> matches;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (!op.hasPureBufferSemantics() ||
          !linalg::isaContractionOpInterface(op))
        return;
      Contraction contraction;
      std::string reason = analyze(op, contraction);
      if (reason.empty())
        matches.emplace_back(op, contraction);
      else if (explain)
        op.emitRemark("contraction left as loops: ") << reason;
    });
    if (matches.empty())
      return;
    OpBuilder b(&getContext());
    func::FuncOp callee = getOrDeclareMatmul(getOperation(), b);
    for (auto &[op, contraction] : matches)
      replaceWithCall(op, contraction, callee);
  }
};

} // namespace
