//===- AttentionToLibrary.cpp - bf16 attention on AMX through the runtime -===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Replaces the bf16 `gqa.attention` ops whose work suits AMX tiles by calls
// of `gqa_rt_attention_bf16`. See `gqa-attention-to-library` in Passes.td,
// include/gqa-runtime/gqa_runtime.h and docs/amx.md.
//
//===----------------------------------------------------------------------===//

#include "gqa/Transforms/Passes.h"

#include "RuntimeCalls.h"

#include "gqa-runtime/gqa_runtime.h"
#include "gqa/Dialect/GQA/IR/GQAOps.h"
#include "gqa/Support/Buffers.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <string>

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAATTENTIONTOLIBRARYPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

constexpr StringLiteral kAttentionFunction = "gqa_rt_attention_bf16";

/// Packed rows (query rows of one KV head's group) that fill the library's
/// work item of two 16-row AMX tiles.
constexpr int64_t kItemRows = 32;

/// Why `op` stays with the compiler's own tiling, or "" if it goes to the
/// library.
std::string analyze(AttentionOp op) {
  if (!op.getElementType().isBF16())
    return "its element type is not bf16";
  if (op.getMask())
    return "it has a mask";
  if (op.getKvLengths() || op.getQOffset())
    return "it has kv_lengths or q_offset";
  if (op.getSoftcap())
    return "it has a softcap";
  if (op.getHeadDim() % 2 != 0)
    return "its head dimension is odd (AMX multiplies pairs)";
  int64_t queryLength = op.getQueryType().getDimSize(2);
  if (ShapedType::isDynamic(queryLength))
    return "its query length is dynamic";
  if (op.getGroupSize() * queryLength < kItemRows)
    return "its groups have fewer than " + std::to_string(kItemRows) +
           " query rows (decode streams K/V without packing it)";
  return "";
}

/// Appends `memref`'s first element's address and its four strides.
void appendOperand(OpBuilder &b, Location loc, Value memref,
                   SmallVectorImpl<Value> &args) {
  auto [pointer, metadata] = getFirstElementPointer(b, loc, memref);
  args.push_back(pointer);
  for (Value stride : metadata.getStrides())
    args.push_back(arith::IndexCastOp::create(b, loc, b.getI64Type(), stride));
}

func::FuncOp declareAttention(ModuleOp module) {
  MLIRContext *context = module.getContext();
  Type i32 = IntegerType::get(context, 32), i64 = IntegerType::get(context, 64);
  Type f32 = Float32Type::get(context);
  Type ptr = LLVM::LLVMPointerType::get(context);
  SmallVector<Type> args(7, i64);
  args.append({f32, i32, i64, i64});
  for (int operand = 0; operand < 4; ++operand)
    args.append({ptr, i64, i64, i64, i64});
  return getOrDeclareRuntimeFunction(module, kAttentionFunction, args);
}

void replaceWithCall(AttentionOp op, func::FuncOp callee) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  auto i64 = [&](Value index) -> Value {
    return arith::IndexCastOp::create(b, loc, b.getI64Type(), index);
  };
  auto constant = [&](int64_t value, unsigned width) -> Value {
    return arith::ConstantIntOp::create(b, loc, value, width);
  };
  RankedTensorType resultType = op.getResultType();
  SmallVector<Value> dynamicSizes;
  for (int64_t dim = 0; dim < resultType.getRank(); ++dim)
    if (resultType.isDynamicDim(dim))
      dynamicSizes.push_back(tensor::DimOp::create(
          b, loc, dim == 3 ? op.getValue() : op.getQuery(), dim));
  auto resultMemrefType =
      MemRefType::get(resultType.getShape(), resultType.getElementType());
  Value result =
      memref::AllocOp::create(b, loc, resultMemrefType, dynamicSizes);

  Value batch = i64(tensor::DimOp::create(b, loc, op.getQuery(), 0));
  Value keyLength = i64(tensor::DimOp::create(b, loc, op.getKey(), 2));
  Value queryLength = constant(op.getQueryType().getDimSize(2), 64);
  int32_t flags = 0;
  if (op.getCausal())
    flags |= GQA_RT_ATTENTION_CAUSAL;
  if (op.getWindow())
    flags |= GQA_RT_ATTENTION_WINDOW;
  if (op.getHeadMapping() == HeadMapping::Interleaved)
    flags |= GQA_RT_ATTENTION_INTERLEAVED;
  Value offset = op.getAlignment() == Alignment::BottomRight
                     ? arith::SubIOp::create(b, loc, keyLength, queryLength)
                     : constant(0, 64);
  SmallVector<Value> args = {
      batch,
      constant(op.getNumQueryHeads(), 64),
      constant(op.getNumKvHeads(), 64),
      queryLength,
      keyLength,
      constant(op.getHeadDim(), 64),
      constant(op.getValueHeadDim(), 64),
      arith::ConstantFloatOp::create(
          b, loc, b.getF32Type(),
          APFloat(static_cast<float>(op.getEffectiveScale()))),
      constant(flags, 32),
      offset,
      constant(op.getWindow().value_or(0), 64)};
  for (Value operand : {op.getQuery(), op.getKey(), op.getValue()})
    appendOperand(b, loc, createReadOnlyBuffer(b, loc, operand), args);
  appendOperand(b, loc, result, args);
  func::CallOp::create(b, loc, callee, args);
  Value tensor = bufferization::ToTensorOp::create(
      b, loc, resultType, result, /*restrict=*/true, /*writable=*/true);
  op.getResult().replaceAllUsesWith(tensor);
  op->erase();
}

struct GQAAttentionToLibraryPass
    : gqa::impl::GQAAttentionToLibraryPassBase<GQAAttentionToLibraryPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<AttentionOp> matches;
    getOperation().walk([&](AttentionOp op) {
      std::string reason = analyze(op);
      if (reason.empty())
        matches.push_back(op);
      else if (explain)
        op.emitRemark("attention left to gqa-tile-cpu: ") << reason;
    });
    if (matches.empty())
      return;
    func::FuncOp callee = declareAttention(getOperation());
    for (AttentionOp op : matches)
      replaceWithCall(op, callee);
  }
};

} // namespace
