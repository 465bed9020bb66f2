//===- AttentionToLibrary.cpp - bf16 attention on AMX through the runtime -===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Replaces the bf16 `gqa.attention` ops whose work suits AMX tiles by calls
// of `gqa_rt_masked_attention_bf16`. See `gqa-attention-to-library` in
// Passes.td, include/gqa-runtime/gqa_runtime.h and docs/amx.md.
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
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <string>

namespace mlir::gqa {
#define GEN_PASS_DEF_GQAATTENTIONTOLIBRARYPASS
#include "gqa/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;

namespace {

constexpr StringLiteral kAttentionFunction = "gqa_rt_masked_attention_bf16";

/// Packed rows (query rows of one KV head's group) that fill the library's
/// work item of two 16-row AMX tiles.
constexpr int64_t kItemRows = 32;

/// Why `op` stays with the compiler's own tiling, or "" if it goes to the
/// library.
std::string analyze(AttentionOp op) {
  if (!op.getElementType().isBF16())
    return "its element type is not bf16";
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

/// The runtime's code of a mask's element type (the verifier allows i1,
/// f32, bf16 and f16).
int32_t maskTypeCode(Type type) {
  if (type.isBF16())
    return GQA_RT_BF16;
  if (type.isF16())
    return GQA_RT_F16;
  if (type.isInteger(1))
    return GQA_RT_BOOL;
  return GQA_RT_F32;
}

/// Appends the mask's first element's address, its type code and its four
/// strides over [B, Hq, Sq, Skv]: 0 for the leading dimensions it lacks and
/// for those of size 1, where it broadcasts. Without a mask: a null address.
void appendMask(OpBuilder &b, Location loc, Value mask,
                SmallVectorImpl<Value> &args) {
  Value zero = arith::ConstantIntOp::create(b, loc, 0, 64);
  if (!mask) {
    args.push_back(LLVM::ZeroOp::create(
        b, loc, LLVM::LLVMPointerType::get(b.getContext())));
    args.push_back(arith::ConstantIntOp::create(b, loc, 0, 32));
    args.append(4, zero);
    return;
  }
  auto type = cast<RankedTensorType>(mask.getType());
  Value buffer = createReadOnlyBuffer(b, loc, mask);
  auto [pointer, metadata] = getFirstElementPointer(b, loc, buffer);
  args.push_back(pointer);
  args.push_back(arith::ConstantIntOp::create(
      b, loc, maskTypeCode(type.getElementType()), 32));
  int64_t missing = 4 - type.getRank();
  args.append(missing, zero);
  for (int64_t dim = 0; dim < type.getRank(); ++dim) {
    Value stride = arith::IndexCastOp::create(b, loc, b.getI64Type(),
                                              metadata.getStrides()[dim]);
    if (type.getDimSize(dim) == 1) {
      args.push_back(zero);
      continue;
    }
    if (!type.isDynamicDim(dim)) {
      args.push_back(stride);
      continue;
    }
    Value size = metadata.getSizes()[dim];
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    Value broadcast =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, size, one);
    args.push_back(arith::SelectOp::create(b, loc, broadcast, zero, stride));
  }
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
  args.append({ptr, i32, i64, i64, i64, i64});
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
  appendMask(b, loc, op.getMask(), args);
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
