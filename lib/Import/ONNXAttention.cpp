//===- ONNXAttention.cpp - Import ONNX Attention onto gqa.attention -------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The mapping is documented in include/gqa/Import/ONNXAttention.h and in
// docs/gqa-run.md. Every check that can fail on user input happens before
// any IR is built, so a failed import leaves the module untouched.
//
//===----------------------------------------------------------------------===//

#include "gqa/Import/ONNXAttention.h"

#include "gqa/Dialect/GQA/IR/GQADialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::onnx;

//===----------------------------------------------------------------------===//
// Element types
//===----------------------------------------------------------------------===//

std::optional<DType> mlir::gqa::onnx::parseDType(StringRef spelling) {
  return llvm::StringSwitch<std::optional<DType>>(spelling)
      .Case("f32", DType::F32)
      .Case("f16", DType::F16)
      .Case("bf16", DType::BF16)
      .Case("i1", DType::I1)
      .Case("i32", DType::I32)
      .Case("i64", DType::I64)
      .Default(std::nullopt);
}

StringRef mlir::gqa::onnx::stringifyDType(DType dtype) {
  switch (dtype) {
  case DType::F32:
    return "f32";
  case DType::F16:
    return "f16";
  case DType::BF16:
    return "bf16";
  case DType::I1:
    return "i1";
  case DType::I32:
    return "i32";
  case DType::I64:
    return "i64";
  }
  llvm_unreachable("unknown DType");
}

int64_t mlir::gqa::onnx::getDTypeSize(DType dtype) {
  switch (dtype) {
  case DType::F32:
  case DType::I32:
    return 4;
  case DType::F16:
  case DType::BF16:
    return 2;
  case DType::I1:
    return 1;
  case DType::I64:
    return 8;
  }
  llvm_unreachable("unknown DType");
}

bool mlir::gqa::onnx::isFloatDType(DType dtype) {
  return dtype == DType::F32 || dtype == DType::F16 || dtype == DType::BF16;
}

Type mlir::gqa::onnx::getDTypeElementType(MLIRContext *context, DType dtype) {
  switch (dtype) {
  case DType::F32:
    return Float32Type::get(context);
  case DType::F16:
    return Float16Type::get(context);
  case DType::BF16:
    return BFloat16Type::get(context);
  case DType::I1:
    return IntegerType::get(context, 1);
  case DType::I32:
    return IntegerType::get(context, 32);
  case DType::I64:
    return IntegerType::get(context, 64);
  }
  llvm_unreachable("unknown DType");
}

int64_t TensorInfo::getNumElements() const {
  int64_t count = 1;
  for (int64_t size : shape)
    count *= size;
  return count;
}

void mlir::gqa::onnx::registerImportDialects(DialectRegistry &registry) {
  registry.insert<arith::ArithDialect, func::FuncDialect, linalg::LinalgDialect,
                  tensor::TensorDialect, GQADialect>();
}

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

namespace {

/// Builds the error every failed check returns.
template <typename... Ts>
llvm::Error importError(const char *format, Ts &&...values) {
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      llvm::formatv(format, std::forward<Ts>(values)...).str());
}

/// Prints a shape as `[2, 3, 4]`.
std::string shapeToString(ArrayRef<int64_t> shape) {
  std::string result = "[";
  llvm::raw_string_ostream os(result);
  llvm::interleaveComma(shape, os);
  os << "]";
  return result;
}

/// `name` `[shape]` `dtype`, for messages.
std::string describe(const TensorInfo &info) {
  return llvm::formatv("'{0}' {1} {2}", info.name, shapeToString(info.shape),
                       stringifyDType(info.dtype))
      .str();
}

/// The ONNX input names this importer understands.
constexpr llvm::StringLiteral kKnownInputs[] = {
    "Q", "K", "V", "attn_mask", "past_key", "past_value", "nonpad_kv_seqlen"};

/// The sizes of the problem, derived and checked from the input shapes.
struct ProblemShape {
  bool is3D = false;
  int64_t batch = 0;
  int64_t numQueryHeads = 0;
  int64_t numKvHeads = 0;
  int64_t queryLength = 0;
  /// Length of the new K/V (without the past).
  int64_t newKvLength = 0;
  /// Length of the past cache (0 without one).
  int64_t pastLength = 0;
  int64_t headDim = 0;
  int64_t valueHeadDim = 0;

  int64_t totalKvLength() const { return pastLength + newKvLength; }
};

/// The inputs of the node by role.
struct NodeInputs {
  const TensorInfo *query = nullptr;
  const TensorInfo *key = nullptr;
  const TensorInfo *value = nullptr;
  const TensorInfo *mask = nullptr;
  const TensorInfo *pastKey = nullptr;
  const TensorInfo *pastValue = nullptr;
  const TensorInfo *nonpad = nullptr;
  /// Argument number of each role.
  llvm::StringMap<unsigned> argumentIndex;
};

/// The attention attributes chosen for the node.
struct AttentionConfig {
  bool causal = false;
  std::optional<int64_t> window;
  std::optional<double> scale;
  std::optional<double> softcap;
  /// Constant per-batch query offset (the past length), when alignment alone
  /// cannot express it.
  std::optional<int64_t> constantQueryOffset;
  Alignment alignment = Alignment::TopLeft;
};

} // namespace

/// Sorts the inputs by name and checks there is no unknown or repeated one.
static llvm::Expected<NodeInputs> classifyInputs(const AttentionNode &node) {
  NodeInputs inputs;
  for (auto [index, info] : llvm::enumerate(node.inputs)) {
    if (!llvm::is_contained(kKnownInputs, info.name))
      return importError("unsupported input '{0}' (known inputs: Q, K, V, "
                         "attn_mask, past_key, past_value, nonpad_kv_seqlen)",
                         info.name);
    if (!inputs.argumentIndex.try_emplace(info.name, index).second)
      return importError("input '{0}' is given twice", info.name);
    for (int64_t size : info.shape)
      if (size < 0)
        return importError("input {0} has a negative dimension",
                           describe(info));
  }
  auto lookup = [&](StringRef name) -> const TensorInfo * {
    auto it = inputs.argumentIndex.find(name);
    return it == inputs.argumentIndex.end() ? nullptr
                                            : &node.inputs[it->second];
  };
  inputs.query = lookup("Q");
  inputs.key = lookup("K");
  inputs.value = lookup("V");
  inputs.mask = lookup("attn_mask");
  inputs.pastKey = lookup("past_key");
  inputs.pastValue = lookup("past_value");
  inputs.nonpad = lookup("nonpad_kv_seqlen");
  for (auto [name, info] :
       {std::pair<StringRef, const TensorInfo *>{"Q", inputs.query},
        {"K", inputs.key},
        {"V", inputs.value}})
    if (!info)
      return importError("required input '{0}' is missing", name);
  if (!inputs.pastKey != !inputs.pastValue)
    return importError("'past_key' and 'past_value' must be given together");
  return inputs;
}

/// Checks the element types: Q, K, V and the past cache share one float type,
/// the mask is boolean or float, `nonpad_kv_seqlen` is an integer.
static llvm::Error checkElementTypes(const NodeInputs &inputs) {
  DType type = inputs.query->dtype;
  if (!isFloatDType(type))
    return importError("input {0}: Q must be f32, f16 or bf16",
                       describe(*inputs.query));
  for (const TensorInfo *info :
       {inputs.key, inputs.value, inputs.pastKey, inputs.pastValue})
    if (info && info->dtype != type)
      return importError("input {0} must have Q's element type {1}",
                         describe(*info), stringifyDType(type));
  if (inputs.mask && inputs.mask->dtype != DType::I1 &&
      !isFloatDType(inputs.mask->dtype))
    return importError("input {0}: attn_mask must be i1 (bool) or a float "
                       "type",
                       describe(*inputs.mask));
  if (inputs.nonpad && inputs.nonpad->dtype != DType::I64 &&
      inputs.nonpad->dtype != DType::I32)
    return importError("input {0}: nonpad_kv_seqlen must be i64 or i32",
                       describe(*inputs.nonpad));
  return llvm::Error::success();
}

/// Splits `size` (the last dimension of a 3-D input) into `numHeads` heads.
static llvm::Expected<int64_t> splitHeads(const TensorInfo &info,
                                          std::optional<int64_t> numHeads,
                                          StringRef attribute) {
  if (!numHeads)
    return importError("3-D input {0} needs the '{1}' attribute",
                       describe(info), attribute);
  if (*numHeads <= 0)
    return importError("attribute '{0}' must be positive, got {1}", attribute,
                       *numHeads);
  int64_t size = info.shape[2];
  if (size % *numHeads != 0 || size == 0)
    return importError("3-D input {0}: last dimension {1} is not a positive "
                       "multiple of {2} = {3}",
                       describe(info), size, attribute, *numHeads);
  return size / *numHeads;
}

/// Derives the problem sizes from the shapes and checks they agree.
static llvm::Expected<ProblemShape>
computeProblemShape(const NodeInputs &inputs,
                    const AttentionAttributes &attributes) {
  const TensorInfo &q = *inputs.query;
  const TensorInfo &k = *inputs.key;
  const TensorInfo &v = *inputs.value;
  if (q.shape.size() != 3 && q.shape.size() != 4)
    return importError("input {0}: Q must be 3-D [B, S, H*D] or 4-D "
                       "[B, H, S, D]",
                       describe(q));
  for (const TensorInfo *info : {&k, &v})
    if (info->shape.size() != q.shape.size())
      return importError("input {0} must have the rank of Q ({1})",
                         describe(*info), q.shape.size());

  ProblemShape shape;
  shape.is3D = q.shape.size() == 3;
  shape.batch = q.shape[0];
  if (shape.is3D) {
    shape.queryLength = q.shape[1];
    shape.newKvLength = k.shape[1];
    llvm::Expected<int64_t> headDim =
        splitHeads(q, attributes.qNumHeads, "q_num_heads");
    if (!headDim)
      return headDim.takeError();
    llvm::Expected<int64_t> keyHeadDim =
        splitHeads(k, attributes.kvNumHeads, "kv_num_heads");
    if (!keyHeadDim)
      return keyHeadDim.takeError();
    llvm::Expected<int64_t> valueHeadDim =
        splitHeads(v, attributes.kvNumHeads, "kv_num_heads");
    if (!valueHeadDim)
      return valueHeadDim.takeError();
    shape.numQueryHeads = *attributes.qNumHeads;
    shape.numKvHeads = *attributes.kvNumHeads;
    shape.headDim = *headDim;
    if (*keyHeadDim != *headDim)
      return importError("Q head size {0} (from {1} / q_num_heads) differs "
                         "from K head size {2} (from {3} / kv_num_heads)",
                         *headDim, describe(q), *keyHeadDim, describe(k));
    shape.valueHeadDim = *valueHeadDim;
    if (v.shape[1] != k.shape[1])
      return importError("inputs {0} and {1} have different sequence lengths",
                         describe(k), describe(v));
  } else {
    shape.numQueryHeads = q.shape[1];
    shape.queryLength = q.shape[2];
    shape.headDim = q.shape[3];
    shape.numKvHeads = k.shape[1];
    shape.newKvLength = k.shape[2];
    shape.valueHeadDim = v.shape[3];
    if (k.shape[3] != shape.headDim)
      return importError("input {0}: head size {1} differs from Q's {2}",
                         describe(k), k.shape[3], shape.headDim);
    if (v.shape[1] != shape.numKvHeads || v.shape[2] != shape.newKvLength)
      return importError("input {0} does not match K {1} in heads or "
                         "sequence length",
                         describe(v), shapeToString(k.shape));
    if (attributes.qNumHeads && *attributes.qNumHeads != shape.numQueryHeads)
      return importError("attribute q_num_heads = {0} contradicts Q {1}",
                         *attributes.qNumHeads, shapeToString(q.shape));
    if (attributes.kvNumHeads && *attributes.kvNumHeads != shape.numKvHeads)
      return importError("attribute kv_num_heads = {0} contradicts K {1}",
                         *attributes.kvNumHeads, shapeToString(k.shape));
  }
  for (const TensorInfo *info : {&k, &v})
    if (info->shape[0] != shape.batch)
      return importError("input {0}: batch size differs from Q's {1}",
                         describe(*info), shape.batch);
  if (shape.batch <= 0 || shape.queryLength <= 0 || shape.newKvLength <= 0 ||
      shape.numQueryHeads <= 0 || shape.numKvHeads <= 0 || shape.headDim <= 0 ||
      shape.valueHeadDim <= 0)
    return importError("Q {0}, K {1}, V {2}: every size must be positive",
                       shapeToString(q.shape), shapeToString(k.shape),
                       shapeToString(v.shape));
  if (shape.numQueryHeads % shape.numKvHeads != 0)
    return importError("{0} query heads are not a multiple of {1} KV heads",
                       shape.numQueryHeads, shape.numKvHeads);

  // The past cache is always 4-D.
  if (inputs.pastKey) {
    const TensorInfo &pk = *inputs.pastKey;
    const TensorInfo &pv = *inputs.pastValue;
    SmallVector<int64_t> expectKey = {shape.batch, shape.numKvHeads, -1,
                                      shape.headDim};
    SmallVector<int64_t> expectValue = {shape.batch, shape.numKvHeads, -1,
                                        shape.valueHeadDim};
    for (auto [info, expect] :
         {std::pair<const TensorInfo *, ArrayRef<int64_t>>{&pk, expectKey},
          {&pv, expectValue}}) {
      bool ok = info->shape.size() == 4;
      for (unsigned i = 0; ok && i < 4; ++i)
        ok = expect[i] < 0 || info->shape[i] == expect[i];
      if (!ok)
        return importError(
            "input {0} must be [B, Hkv, P, {1}] = [{2}, {3}, P, {4}]",
            describe(*info), info == &pk ? "D" : "Dv", shape.batch,
            shape.numKvHeads, expect[3]);
    }
    if (pk.shape[2] != pv.shape[2])
      return importError("inputs {0} and {1} have different past lengths",
                         describe(pk), describe(pv));
    shape.pastLength = pk.shape[2];
  }

  // Limit sizes so that no product below can overflow.
  constexpr int64_t kMaxSize = int64_t(1) << 30;
  for (int64_t size : {shape.batch, shape.numQueryHeads, shape.queryLength,
                       shape.totalKvLength(), shape.headDim, shape.valueHeadDim,
                       shape.numQueryHeads * shape.headDim,
                       shape.numQueryHeads * shape.valueHeadDim})
    if (size > kMaxSize)
      return importError("a size of {0} is larger than supported ({1})", size,
                         kMaxSize);
  return shape;
}

/// Checks the mask broadcasts to [B, Hq, Sq, T] with a last dimension of at
/// most T, and `nonpad_kv_seqlen` is [B].
static llvm::Error checkMaskAndLengths(const NodeInputs &inputs,
                                       const ProblemShape &shape) {
  if (const TensorInfo *mask = inputs.mask) {
    int64_t rank = mask->shape.size();
    if (rank < 1 || rank > 4)
      return importError("input {0}: attn_mask must have rank 1 to 4",
                         describe(*mask));
    SmallVector<int64_t> scores = {shape.batch, shape.numQueryHeads,
                                   shape.queryLength};
    for (int64_t i = 0; i + 1 < rank; ++i) {
      int64_t size = mask->shape[i];
      int64_t target = scores[4 - rank + i];
      if (size != 1 && size != target)
        return importError(
            "input {0} does not broadcast to [B, Hq, Sq, T] = "
            "{1}: dimension {2} is {3}, expected 1 or {4}",
            describe(*mask),
            shapeToString({shape.batch, shape.numQueryHeads, shape.queryLength,
                           shape.totalKvLength()}),
            i, size, target);
    }
    int64_t last = mask->shape.back();
    if (last < 1 || last > shape.totalKvLength())
      return importError("input {0}: last dimension {1} must be in [1, {2}] "
                         "(the total KV length, past included)",
                         describe(*mask), last, shape.totalKvLength());
  }
  if (const TensorInfo *nonpad = inputs.nonpad) {
    if (nonpad->shape.size() != 1 || nonpad->shape[0] != shape.batch)
      return importError("input {0} must have shape [B] = [{1}]",
                         describe(*nonpad), shape.batch);
  }
  return llvm::Error::success();
}

/// Chooses the gqa.attention attributes for the node's attributes.
static llvm::Expected<AttentionConfig>
configureAttention(const AttentionNode &node, const NodeInputs &inputs,
                   const ProblemShape &shape) {
  const AttentionAttributes &attributes = node.attributes;
  if (!attributes.unknown.empty())
    return importError("unsupported attribute '{0}'",
                       attributes.unknown.front());
  AttentionConfig config;

  int64_t isCausal = attributes.isCausal.value_or(0);
  if (isCausal != 0 && isCausal != 1)
    return importError("attribute is_causal must be 0 or 1, got {0}", isCausal);
  config.causal = isCausal == 1;

  if (attributes.scale) {
    double scale = *attributes.scale;
    if (!(scale > 0.0) || std::isinf(scale))
      return importError("unsupported scale {0}: must be positive and finite",
                         scale);
    config.scale = scale;
  }

  if (attributes.softcap) {
    double softcap = *attributes.softcap;
    if (std::isnan(softcap) || softcap < 0.0 || std::isinf(softcap))
      return importError("unsupported softcap {0}: must be 0 (none) or "
                         "positive and finite",
                         softcap);
    if (softcap > 0.0)
      config.softcap = softcap;
  }

  int64_t left = attributes.leftWindowSize.value_or(-1);
  if (left < -1)
    return importError("attribute left_window_size must be -1 or "
                       "non-negative, got {0}",
                       left);
  if (left >= 0)
    config.window = left;
  if (attributes.rightWindowSize && *attributes.rightWindowSize != -1)
    return importError("unsupported attribute right_window_size = {0} (only "
                       "-1, unbounded, is supported)",
                       *attributes.rightWindowSize);
  if (attributes.qkMatmulOutputMode && *attributes.qkMatmulOutputMode != 0)
    return importError("unsupported attribute qk_matmul_output_mode = {0} "
                       "(the qk_matmul_output output is not produced)",
                       *attributes.qkMatmulOutputMode);
  if (attributes.softmaxPrecision && *attributes.softmaxPrecision != 1)
    return importError("unsupported attribute softmax_precision = {0} (the "
                       "softmax is computed in f32, softmax_precision = 1)",
                       *attributes.softmaxPrecision);

  // gqa.attention applies the softcap before the mask. With the softcap
  // after the mask, a masked score becomes -softcap instead of -inf, so the
  // two orders differ as soon as anything masks.
  bool anyMasking = inputs.mask || inputs.nonpad || config.causal ||
                    config.window.has_value();
  if (node.softcapOrder == SoftcapOrder::AfterMask && config.softcap &&
      anyMasking)
    return importError("unsupported combination: softcap_order = after_mask "
                       "with a softcap and masking (attn_mask, "
                       "nonpad_kv_seqlen, is_causal or left_window_size); "
                       "gqa.attention applies the softcap before the mask");

  // Where query row 0 sits: nonpad[b] - Sq with nonpad_kv_seqlen, else the
  // past length P.
  if (config.causal || config.window) {
    if (inputs.nonpad) {
      config.alignment = Alignment::BottomRight;
    } else if (shape.pastLength > 0) {
      // bottom_right puts row 0 at T - Sq = P + newKvLength - Sq.
      if (shape.newKvLength == shape.queryLength)
        config.alignment = Alignment::BottomRight;
      else
        config.constantQueryOffset = shape.pastLength;
    }
  }
  return config;
}

//===----------------------------------------------------------------------===//
// IR construction
//===----------------------------------------------------------------------===//

namespace {

/// Builds the body of the imported function.
class BodyBuilder {
public:
  BodyBuilder(OpBuilder &builder, Location loc, const ProblemShape &shape,
              Type elementType)
      : b(builder), loc(loc), shape(shape), elementType(elementType) {}

  /// [B, S, H*D] -> [B, H, S, D].
  Value splitHeads(Value input, int64_t numHeads, int64_t headDim) {
    auto type = cast<RankedTensorType>(input.getType());
    int64_t batch = type.getDimSize(0), length = type.getDimSize(1);
    auto expandedType = RankedTensorType::get(
        {batch, length, numHeads, headDim}, type.getElementType());
    SmallVector<ReassociationIndices> reassociation = {{0}, {1}, {2, 3}};
    Value expanded = tensor::ExpandShapeOp::create(b, loc, expandedType, input,
                                                   reassociation);
    return transposeMiddle(expanded);
  }

  /// [B, H, S, Dv] -> [B, S, H*Dv].
  Value mergeHeads(Value input) {
    Value transposed = transposeMiddle(input);
    SmallVector<ReassociationIndices> reassociation = {{0}, {1}, {2, 3}};
    return tensor::CollapseShapeOp::create(b, loc, transposed, reassociation);
  }

  /// Concatenates `past` [B, H, P, X] and `current` [B, H, S, X] along dim 2.
  Value concatSequence(Value past, Value current) {
    auto pastType = cast<RankedTensorType>(past.getType());
    auto currentType = cast<RankedTensorType>(current.getType());
    SmallVector<int64_t> resultShape(pastType.getShape());
    resultShape[2] += currentType.getDimSize(2);
    Value result =
        tensor::EmptyOp::create(b, loc, resultShape, pastType.getElementType());
    result = insertAt(past, result, /*dim=*/2, /*offset=*/0);
    return insertAt(current, result, /*dim=*/2, pastType.getDimSize(2));
  }

  /// Pads the last dimension of `mask` to `length` with `padValue`.
  Value padLastDim(Value mask, int64_t length, TypedAttr padValue) {
    auto type = cast<RankedTensorType>(mask.getType());
    SmallVector<int64_t> resultShape(type.getShape());
    resultShape.back() = length;
    Value empty =
        tensor::EmptyOp::create(b, loc, resultShape, type.getElementType());
    Value fillValue = arith::ConstantOp::create(b, loc, padValue);
    Value filled =
        linalg::FillOp::create(b, loc, ValueRange{fillValue}, ValueRange{empty})
            ->getResult(0);
    return insertAt(mask, filled, type.getRank() - 1, /*offset=*/0);
  }

  /// A constant [B] i64 tensor filled with `value`.
  Value constantPerBatch(int64_t value) {
    auto type = RankedTensorType::get({shape.batch}, b.getI64Type());
    return arith::ConstantOp::create(
        b, loc, DenseElementsAttr::get(type, b.getI64IntegerAttr(value)));
  }

private:
  /// [A, B, C, D] -> [A, C, B, D].
  Value transposeMiddle(Value input) {
    auto type = cast<RankedTensorType>(input.getType());
    SmallVector<int64_t> resultShape = {type.getDimSize(0), type.getDimSize(2),
                                        type.getDimSize(1), type.getDimSize(3)};
    Value init =
        tensor::EmptyOp::create(b, loc, resultShape, type.getElementType());
    SmallVector<int64_t> permutation = {0, 2, 1, 3};
    return linalg::TransposeOp::create(b, loc, input, init, permutation)
        ->getResult(0);
  }

  /// Inserts all of `source` into `dest` at `offset` along `dim`.
  Value insertAt(Value source, Value dest, int64_t dim, int64_t offset) {
    auto type = cast<RankedTensorType>(source.getType());
    SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
    offsets[dim] = b.getIndexAttr(offset);
    SmallVector<OpFoldResult> sizes;
    for (int64_t size : type.getShape())
      sizes.push_back(b.getIndexAttr(size));
    SmallVector<OpFoldResult> strides(type.getRank(), b.getIndexAttr(1));
    return tensor::InsertSliceOp::create(b, loc, source, dest, offsets, sizes,
                                         strides);
  }

  OpBuilder &b;
  Location loc;
  const ProblemShape &shape;
  Type elementType;
};

} // namespace

/// Turns the diagnostics of a failed verification into an error.
static llvm::Error verifyImported(func::FuncOp func) {
  std::string messages;
  {
    ScopedDiagnosticHandler handler(func.getContext(), [&](Diagnostic &diag) {
      if (!messages.empty())
        messages += "; ";
      messages += diag.str();
      return success();
    });
    if (succeeded(verify(func)))
      return llvm::Error::success();
  }
  return importError("the imported function does not verify: {0}", messages);
}

llvm::Expected<ImportedAttention>
mlir::gqa::onnx::importAttention(ModuleOp module, const AttentionNode &node,
                                 StringRef funcName) {
  // Checks first, so that a failure leaves the module untouched.
  llvm::Expected<NodeInputs> inputsOrErr = classifyInputs(node);
  if (!inputsOrErr)
    return inputsOrErr.takeError();
  NodeInputs &inputs = *inputsOrErr;
  if (llvm::Error error = checkElementTypes(inputs))
    return std::move(error);
  llvm::Expected<ProblemShape> shapeOrErr =
      computeProblemShape(inputs, node.attributes);
  if (!shapeOrErr)
    return shapeOrErr.takeError();
  const ProblemShape &shape = *shapeOrErr;
  if (llvm::Error error = checkMaskAndLengths(inputs, shape))
    return std::move(error);
  llvm::Expected<AttentionConfig> configOrErr =
      configureAttention(node, inputs, shape);
  if (!configOrErr)
    return configOrErr.takeError();
  const AttentionConfig &config = *configOrErr;
  if (module.lookupSymbol(funcName))
    return importError("the module already has a symbol named '{0}'", funcName);

  MLIRContext *context = module.getContext();
  context
      ->loadDialect<arith::ArithDialect, func::FuncDialect,
                    linalg::LinalgDialect, tensor::TensorDialect, GQADialect>();
  Type elementType = getDTypeElementType(context, inputs.query->dtype);

  ImportedAttention imported;
  imported.arguments.assign(node.inputs.begin(), node.inputs.end());

  // Results: Y, then the present cache.
  TensorInfo y{"Y", {}, inputs.query->dtype};
  if (shape.is3D)
    y.shape = {shape.batch, shape.queryLength,
               shape.numQueryHeads * shape.valueHeadDim};
  else
    y.shape = {shape.batch, shape.numQueryHeads, shape.queryLength,
               shape.valueHeadDim};
  imported.results.push_back(y);
  if (inputs.pastKey) {
    imported.results.push_back(TensorInfo{
        "present_key",
        {shape.batch, shape.numKvHeads, shape.totalKvLength(), shape.headDim},
        inputs.query->dtype});
    imported.results.push_back(
        TensorInfo{"present_value",
                   {shape.batch, shape.numKvHeads, shape.totalKvLength(),
                    shape.valueHeadDim},
                   inputs.query->dtype});
  }

  auto tensorType = [&](const TensorInfo &info) -> Type {
    return RankedTensorType::get(info.shape,
                                 getDTypeElementType(context, info.dtype));
  };
  SmallVector<Type> argumentTypes, resultTypes;
  for (const TensorInfo &info : imported.arguments)
    argumentTypes.push_back(tensorType(info));
  for (const TensorInfo &info : imported.results)
    resultTypes.push_back(tensorType(info));

  OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
  Location loc = NameLoc::get(b.getStringAttr("onnx.Attention"));
  auto func = func::FuncOp::create(
      b, loc, funcName, b.getFunctionType(argumentTypes, resultTypes));
  func->setAttr("llvm.emit_c_interface", b.getUnitAttr());
  Block *entry = func.addEntryBlock();
  b.setInsertionPointToStart(entry);
  auto argument = [&](StringRef name) -> Value {
    return entry->getArgument(inputs.argumentIndex.lookup(name));
  };

  BodyBuilder body(b, loc, shape, elementType);
  Value query = argument("Q"), key = argument("K"), value = argument("V");
  if (shape.is3D) {
    query = body.splitHeads(query, shape.numQueryHeads, shape.headDim);
    key = body.splitHeads(key, shape.numKvHeads, shape.headDim);
    value = body.splitHeads(value, shape.numKvHeads, shape.valueHeadDim);
  }
  if (inputs.pastKey) {
    key = body.concatSequence(argument("past_key"), key);
    value = body.concatSequence(argument("past_value"), value);
  }

  Value mask;
  if (inputs.mask) {
    mask = argument("attn_mask");
    if (inputs.mask->shape.back() < shape.totalKvLength()) {
      Type maskElementType = getDTypeElementType(context, inputs.mask->dtype);
      TypedAttr padValue;
      if (inputs.mask->dtype == DType::I1)
        padValue = b.getBoolAttr(false);
      else
        padValue = b.getFloatAttr(maskElementType,
                                  -std::numeric_limits<double>::infinity());
      mask = body.padLastDim(mask, shape.totalKvLength(), padValue);
    }
  }
  Value kvLengths = inputs.nonpad ? argument("nonpad_kv_seqlen") : Value();
  Value queryOffset;
  if (config.constantQueryOffset)
    queryOffset = body.constantPerBatch(*config.constantQueryOffset);

  auto attentionType = RankedTensorType::get(
      {shape.batch, shape.numQueryHeads, shape.queryLength, shape.valueHeadDim},
      elementType);
  auto attention = AttentionOp::create(
      b, loc, attentionType, query, key, value, mask, kvLengths, queryOffset,
      config.scale ? b.getF64FloatAttr(*config.scale) : FloatAttr(),
      config.softcap ? b.getF64FloatAttr(*config.softcap) : FloatAttr(),
      config.causal,
      config.window ? b.getI64IntegerAttr(*config.window) : IntegerAttr(),
      node.headMapping, config.alignment);
  Value output = attention.getResult();
  if (shape.is3D)
    output = body.mergeHeads(output);

  SmallVector<Value> results = {output};
  if (inputs.pastKey) {
    results.push_back(key);
    results.push_back(value);
  }
  func::ReturnOp::create(b, loc, results);

  if (llvm::Error error = verifyImported(func)) {
    func.erase();
    return std::move(error);
  }
  imported.func = func;
  return imported;
}
