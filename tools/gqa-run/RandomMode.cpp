//===- RandomMode.cpp - gqa-run --random ----------------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Parses a problem spec such as
//   b=2,hq=12,hkv=4,sq=7,skv=100,d=64,dtype=bf16,causal=1,mask=bool
// builds a function with one gqa.attention for it, fills seeded random
// inputs, runs the function through the chosen pipeline and compares the
// result with the independent double-precision reference
// (ReferenceAttention.cpp). The keys `ref_*` change only the reference: they
// are self-tests proving the checker can fail.
//
//===----------------------------------------------------------------------===//

#include "Compare.h"
#include "Modes.h"
#include "ReferenceAttention.h"

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <limits>
#include <random>

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::run;

namespace {

/// Problem sizes above which the spec is refused (memory and reference
/// time stay reasonable).
constexpr int64_t kMaxDim = 1 << 16;
constexpr int64_t kMaxElements = int64_t(1) << 26;
constexpr int64_t kMaxScores = int64_t(1) << 28;

/// What the mask of a random problem is.
enum class MaskKind { None, Boolean, Float };

/// How q_offset is given.
enum class QueryOffsetKind { None, Constant, Random };

/// A parsed `--random` spec.
struct RandomSpec {
  int64_t batch = 1, numQueryHeads = 1, numKvHeads = 1;
  int64_t queryLength = 1, kvLength = 1, headDim = 16, valueHeadDim = -1;
  DType dtype = DType::F32;
  bool causal = false;
  Alignment alignment = Alignment::TopLeft;
  HeadMapping mapping = HeadMapping::Contiguous;
  std::optional<int64_t> window;
  std::optional<double> softcap;
  std::optional<double> scale;
  MaskKind mask = MaskKind::None;
  /// One letter per mask dimension, trailing-aligned to `bhqk`; `1` marks a
  /// broadcast dimension.
  std::string maskShape = "bhqk";
  std::optional<DType> maskDType;
  bool kvLengths = false;
  int64_t kvMin = 0;
  QueryOffsetKind queryOffset = QueryOffsetKind::None;
  int64_t queryOffsetValue = 0;
  DType indexType = DType::I32;
  bool dynamic = false;
  /// Checker self-tests: perturb the reference only.
  std::optional<HeadMapping> refMapping;
  std::optional<double> refScale;
};

llvm::Error specError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "--random: " + message);
}

llvm::Error badValue(StringRef key, StringRef value, StringRef expected) {
  return specError("bad value '" + value + "' for key '" + key +
                   "': expected " + expected);
}

} // namespace

/// Parses `key=value,key=value,...`.
static llvm::Expected<RandomSpec> parseSpec(StringRef text) {
  RandomSpec spec;
  llvm::StringSet<> seen;
  SmallVector<StringRef> items;
  text.split(items, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  if (items.empty())
    return specError("empty spec");
  for (StringRef item : items) {
    std::pair<StringRef, StringRef> parts = item.split('=');
    StringRef key = parts.first.trim();
    StringRef value = parts.second.trim();
    if (!item.contains('=') || key.empty())
      return specError("'" + item + "' is not key=value");
    if (!seen.insert(key).second)
      return specError("key '" + key + "' is given twice");

    auto integer = [&](int64_t &slot, int64_t min, int64_t max) -> llvm::Error {
      int64_t parsed;
      if (value.getAsInteger(10, parsed) || parsed < min || parsed > max)
        return badValue(
            key, value,
            llvm::formatv("an integer in [{0}, {1}]", min, max).str());
      slot = parsed;
      return llvm::Error::success();
    };
    auto flag = [&](bool &slot) -> llvm::Error {
      if (value != "0" && value != "1")
        return badValue(key, value, "0 or 1");
      slot = value == "1";
      return llvm::Error::success();
    };
    auto positiveReal = [&](std::optional<double> &slot,
                            bool zeroMeansNone) -> llvm::Error {
      double parsed;
      if (value.getAsDouble(parsed) || std::isnan(parsed) ||
          std::isinf(parsed) || parsed < 0.0 ||
          (parsed == 0.0 && !zeroMeansNone))
        return badValue(key, value,
                        zeroMeansNone ? "a finite number >= 0 (0: none)"
                                      : "a finite number > 0");
      slot = parsed == 0.0 ? std::nullopt : std::optional<double>(parsed);
      return llvm::Error::success();
    };
    auto mapping = [&](HeadMapping &slot) -> llvm::Error {
      std::optional<HeadMapping> parsed = symbolizeHeadMapping(value);
      if (!parsed)
        return badValue(key, value, "contiguous or interleaved");
      slot = *parsed;
      return llvm::Error::success();
    };
    auto floatType = [&](DType &slot) -> llvm::Error {
      std::optional<onnx::DType> parsed = onnx::parseDType(value);
      if (!parsed || !onnx::isFloatDType(*parsed))
        return badValue(key, value, "f32, f16 or bf16");
      slot = *parsed;
      return llvm::Error::success();
    };

    llvm::Error err = llvm::Error::success();
    if (key == "b")
      err = integer(spec.batch, 1, kMaxDim);
    else if (key == "hq")
      err = integer(spec.numQueryHeads, 1, kMaxDim);
    else if (key == "hkv")
      err = integer(spec.numKvHeads, 1, kMaxDim);
    else if (key == "sq")
      err = integer(spec.queryLength, 1, kMaxDim);
    else if (key == "skv")
      err = integer(spec.kvLength, 1, kMaxDim);
    else if (key == "d")
      err = integer(spec.headDim, 1, kMaxDim);
    else if (key == "dv")
      err = integer(spec.valueHeadDim, 1, kMaxDim);
    else if (key == "dtype")
      err = floatType(spec.dtype);
    else if (key == "causal")
      err = flag(spec.causal);
    else if (key == "alignment") {
      std::optional<Alignment> parsed = symbolizeAlignment(value);
      if (!parsed)
        err = badValue(key, value, "top_left or bottom_right");
      else
        spec.alignment = *parsed;
    } else if (key == "mapping")
      err = mapping(spec.mapping);
    else if (key == "window") {
      int64_t window;
      err = integer(window, -1, kMaxDim);
      if (!err && window >= 0)
        spec.window = window;
    } else if (key == "softcap")
      err = positiveReal(spec.softcap, /*zeroMeansNone=*/true);
    else if (key == "scale")
      err = positiveReal(spec.scale, /*zeroMeansNone=*/false);
    else if (key == "mask") {
      if (value == "none")
        spec.mask = MaskKind::None;
      else if (value == "bool")
        spec.mask = MaskKind::Boolean;
      else if (value == "float")
        spec.mask = MaskKind::Float;
      else
        err = badValue(key, value, "none, bool or float");
    } else if (key == "mask_shape") {
      spec.maskShape = value.str();
      StringRef letters = "bhqk";
      bool ok = !value.empty() && value.size() <= 4;
      for (size_t i = 0; ok && i < value.size(); ++i) {
        char letter = letters[4 - value.size() + i];
        ok = value[i] == letter || value[i] == '1';
      }
      if (!ok)
        err = badValue(key, value,
                       "1 to 4 trailing letters of 'bhqk', each possibly "
                       "replaced by 1 (e.g. bhqk, b1qk, qk, 1k)");
    } else if (key == "mask_dtype") {
      DType type;
      err = floatType(type);
      if (!err)
        spec.maskDType = type;
    } else if (key == "kv_lengths")
      err = flag(spec.kvLengths);
    else if (key == "kv_min")
      err = integer(spec.kvMin, 0, kMaxDim);
    else if (key == "q_offset") {
      if (value == "random") {
        spec.queryOffset = QueryOffsetKind::Random;
      } else {
        spec.queryOffset = QueryOffsetKind::Constant;
        err = integer(spec.queryOffsetValue, -kMaxDim, kMaxDim);
      }
    } else if (key == "index_type") {
      if (value == "i32")
        spec.indexType = DType::I32;
      else if (value == "i64")
        spec.indexType = DType::I64;
      else
        err = badValue(key, value, "i32 or i64");
    } else if (key == "dynamic")
      err = flag(spec.dynamic);
    else if (key == "ref_mapping") {
      HeadMapping parsed;
      err = mapping(parsed);
      if (!err)
        spec.refMapping = parsed;
    } else if (key == "ref_scale")
      err = positiveReal(spec.refScale, /*zeroMeansNone=*/false);
    else
      return specError(
          "unknown key '" + key +
          "' (known: b, hq, hkv, sq, skv, d, dv, dtype, causal, alignment, "
          "mapping, window, softcap, scale, mask, mask_shape, mask_dtype, "
          "kv_lengths, kv_min, q_offset, index_type, dynamic, ref_mapping, "
          "ref_scale)");
    if (err)
      return std::move(err);
  }

  if (spec.valueHeadDim < 0)
    spec.valueHeadDim = spec.headDim;
  if (spec.numQueryHeads % spec.numKvHeads != 0)
    return specError(llvm::formatv("hq = {0} is not a multiple of hkv = {1}",
                                   spec.numQueryHeads, spec.numKvHeads)
                         .str());
  if (spec.kvMin > spec.kvLength)
    return specError("kv_min must not exceed skv");
  if (seen.contains("kv_min") && !spec.kvLengths)
    return specError("kv_min needs kv_lengths=1");
  if (seen.contains("mask_shape") && spec.mask == MaskKind::None)
    return specError("mask_shape needs mask=bool or mask=float");
  if (spec.maskDType && spec.mask != MaskKind::Float)
    return specError("mask_dtype needs mask=float");
  if (spec.queryOffset != QueryOffsetKind::None &&
      spec.alignment != Alignment::TopLeft)
    return specError("q_offset cannot be combined with "
                     "alignment=bottom_right (q_offset gives the position)");
  if (seen.contains("index_type") && !spec.kvLengths &&
      spec.queryOffset == QueryOffsetKind::None)
    return specError("index_type needs kv_lengths=1 or q_offset");

  // Sizes: every tensor and the score matrix stay bounded.
  double queryElements = double(spec.batch) * spec.numQueryHeads *
                         spec.queryLength *
                         std::max(spec.headDim, spec.valueHeadDim);
  double keyElements = double(spec.batch) * spec.numKvHeads * spec.kvLength *
                       std::max(spec.headDim, spec.valueHeadDim);
  double scores = double(spec.batch) * spec.numQueryHeads * spec.queryLength *
                  spec.kvLength;
  if (queryElements > kMaxElements || keyElements > kMaxElements ||
      scores > kMaxScores)
    return specError("the problem is too large for gqa-run --random");
  return spec;
}

namespace {

/// Seeded random numbers; the same seed gives the same problem everywhere.
class Random {
public:
  explicit Random(uint64_t seed) : engine(seed) {}

  /// Uniform in [low, high).
  double uniform(double low, double high) {
    double unit = static_cast<double>(engine() >> 11) * 0x1p-53;
    return low + (high - low) * unit;
  }

  /// Uniform integer in [low, high].
  int64_t integer(int64_t low, int64_t high) {
    uint64_t span = static_cast<uint64_t>(high - low) + 1;
    return low + static_cast<int64_t>(engine() % span);
  }

  /// True with probability `p`.
  bool chance(double p) { return uniform(0.0, 1.0) < p; }

private:
  std::mt19937_64 engine;
};

/// The shape of the mask of `spec`, and which of its dimensions are B, Sq
/// and Skv (dynamic with `dynamic=1`).
struct MaskLayout {
  SmallVector<int64_t> shape;
  SmallVector<bool> isDynamicDim;
};

MaskLayout getMaskLayout(const RandomSpec &spec) {
  MaskLayout layout;
  StringRef letters = spec.maskShape;
  for (char letter : letters) {
    switch (letter) {
    case 'b':
      layout.shape.push_back(spec.batch);
      break;
    case 'h':
      layout.shape.push_back(spec.numQueryHeads);
      break;
    case 'q':
      layout.shape.push_back(spec.queryLength);
      break;
    case 'k':
      layout.shape.push_back(spec.kvLength);
      break;
    default:
      layout.shape.push_back(1);
      break;
    }
    layout.isDynamicDim.push_back(
        spec.dynamic && (letter == 'b' || letter == 'q' || letter == 'k'));
  }
  return layout;
}

/// The element type of a float mask.
DType getMaskDType(const RandomSpec &spec) {
  if (spec.mask == MaskKind::Boolean)
    return DType::I1;
  return spec.maskDType.value_or(spec.dtype);
}

/// The host tensors of one random problem, in argument order.
struct RandomInputs {
  HostTensor query, key, value;
  std::optional<HostTensor> mask, kvLengths, queryOffset;
};

/// Fills the inputs of `spec` from `random`.
RandomInputs generateInputs(const RandomSpec &spec, Random &random) {
  const RandomSpec &s = spec;
  RandomInputs inputs{
      HostTensor(s.dtype, {s.batch, s.numQueryHeads, s.queryLength, s.headDim}),
      HostTensor(s.dtype, {s.batch, s.numKvHeads, s.kvLength, s.headDim}),
      HostTensor(s.dtype, {s.batch, s.numKvHeads, s.kvLength, s.valueHeadDim}),
      std::nullopt,
      std::nullopt,
      std::nullopt};
  // Q and K in [-2, 2] give scores of standard deviation about 1.3 with the
  // default scale, so the softmax is neither flat nor one-hot.
  for (int64_t i = 0; i < inputs.query.getNumElements(); ++i)
    inputs.query.set(i, random.uniform(-2.0, 2.0));
  for (int64_t i = 0; i < inputs.key.getNumElements(); ++i)
    inputs.key.set(i, random.uniform(-2.0, 2.0));
  for (int64_t i = 0; i < inputs.value.getNumElements(); ++i)
    inputs.value.set(i, random.uniform(-1.0, 1.0));

  if (s.mask != MaskKind::None) {
    MaskLayout layout = getMaskLayout(s);
    HostTensor mask(getMaskDType(s), layout.shape);
    int64_t rowLength = layout.shape.back();
    int64_t numRows = mask.getNumElements() / rowLength;
    double negativeInfinity = -std::numeric_limits<double>::infinity();
    for (int64_t row = 0; row < numRows; ++row) {
      // Every fifth row (from the second on) masks every key.
      bool wholeRowMasked = row % 5 == 1;
      for (int64_t j = 0; j < rowLength; ++j) {
        int64_t index = row * rowLength + j;
        if (s.mask == MaskKind::Boolean)
          mask.set(index, !wholeRowMasked && random.chance(0.75) ? 1.0 : 0.0);
        else if (wholeRowMasked || random.chance(0.2))
          mask.set(index, negativeInfinity);
        else
          mask.set(index, random.uniform(-2.0, 2.0));
      }
    }
    inputs.mask = std::move(mask);
  }
  if (s.kvLengths) {
    HostTensor lengths(s.indexType, {s.batch});
    for (int64_t b = 0; b < s.batch; ++b)
      lengths.set(b, static_cast<double>(random.integer(s.kvMin, s.kvLength)));
    inputs.kvLengths = std::move(lengths);
  }
  if (s.queryOffset != QueryOffsetKind::None) {
    HostTensor offsets(s.indexType, {s.batch});
    for (int64_t b = 0; b < s.batch; ++b)
      offsets.set(b, static_cast<double>(
                         s.queryOffset == QueryOffsetKind::Random
                             ? random.integer(-s.queryLength, s.kvLength)
                             : s.queryOffsetValue));
    inputs.queryOffset = std::move(offsets);
  }
  return inputs;
}

/// All element values of `tensor` as doubles.
std::vector<double> toDoubles(const HostTensor &tensor) {
  std::vector<double> values(tensor.getNumElements());
  for (int64_t i = 0; i < tensor.getNumElements(); ++i)
    values[i] = tensor.get(i);
  return values;
}

/// All element values of the integer `tensor`.
std::vector<int64_t> toIntegers(const HostTensor &tensor) {
  std::vector<int64_t> values(tensor.getNumElements());
  for (int64_t i = 0; i < tensor.getNumElements(); ++i)
    values[i] = static_cast<int64_t>(tensor.get(i));
  return values;
}

/// The reference problem for `spec` on `inputs` (with the `ref_*`
/// perturbations applied).
ReferenceProblem makeReferenceProblem(const RandomSpec &s,
                                      const RandomInputs &inputs) {
  ReferenceProblem p;
  p.batch = s.batch;
  p.numQueryHeads = s.numQueryHeads;
  p.numKvHeads = s.numKvHeads;
  p.queryLength = s.queryLength;
  p.kvLength = s.kvLength;
  p.headDim = s.headDim;
  p.valueHeadDim = s.valueHeadDim;
  p.query = toDoubles(inputs.query);
  p.key = toDoubles(inputs.key);
  p.value = toDoubles(inputs.value);
  if (inputs.mask) {
    p.maskKind = s.mask == MaskKind::Boolean
                     ? ReferenceProblem::MaskKind::Boolean
                     : ReferenceProblem::MaskKind::Bias;
    p.maskShape.assign(inputs.mask->getShape().begin(),
                       inputs.mask->getShape().end());
    p.mask = toDoubles(*inputs.mask);
  }
  if (inputs.kvLengths)
    p.kvLengths = toIntegers(*inputs.kvLengths);
  if (inputs.queryOffset)
    p.queryOffset = toIntegers(*inputs.queryOffset);
  p.scale = s.refScale.value_or(
      s.scale.value_or(1.0 / std::sqrt(static_cast<double>(s.headDim))));
  p.softcap = s.softcap;
  p.causal = s.causal;
  p.window = s.window;
  p.interleaved = s.refMapping.value_or(s.mapping) == HeadMapping::Interleaved;
  p.bottomRight = s.alignment == Alignment::BottomRight;
  return p;
}

/// The tolerance of `--random` for outputs of `dtype` (docs/gqa-run.md).
ToleranceSpec getRandomTolerance(DType dtype) {
  switch (dtype) {
  case DType::F16:
  case DType::BF16:
    // Two units in the last place: the output is rounded once to the
    // element type, inputs are already representable.
    return {2.0 * getEpsilon(dtype), 2.0 * getEpsilon(dtype)};
  default:
    return {1e-5, 1e-5};
  }
}

} // namespace

/// Builds `func.func @attention` with one gqa.attention for `spec`.
static llvm::Expected<func::FuncOp> buildFunction(ModuleOp module,
                                                  const RandomSpec &s) {
  MLIRContext *context = module.getContext();
  OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
  Location loc = NameLoc::get(b.getStringAttr("gqa-run.random"));
  int64_t dynamic = ShapedType::kDynamic;
  int64_t batch = s.dynamic ? dynamic : s.batch;
  int64_t queryLength = s.dynamic ? dynamic : s.queryLength;
  int64_t kvLength = s.dynamic ? dynamic : s.kvLength;
  Type elementType = onnx::getDTypeElementType(context, s.dtype);

  SmallVector<Type> argumentTypes = {
      RankedTensorType::get({batch, s.numQueryHeads, queryLength, s.headDim},
                            elementType),
      RankedTensorType::get({batch, s.numKvHeads, kvLength, s.headDim},
                            elementType),
      RankedTensorType::get({batch, s.numKvHeads, kvLength, s.valueHeadDim},
                            elementType)};
  if (s.mask != MaskKind::None) {
    MaskLayout layout = getMaskLayout(s);
    SmallVector<int64_t> shape = layout.shape;
    for (auto [size, isDynamic] : llvm::zip_equal(shape, layout.isDynamicDim))
      if (isDynamic)
        size = dynamic;
    argumentTypes.push_back(RankedTensorType::get(
        shape, onnx::getDTypeElementType(context, getMaskDType(s))));
  }
  Type indexType = onnx::getDTypeElementType(context, s.indexType);
  if (s.kvLengths)
    argumentTypes.push_back(RankedTensorType::get({batch}, indexType));
  if (s.queryOffset != QueryOffsetKind::None)
    argumentTypes.push_back(RankedTensorType::get({batch}, indexType));
  auto resultType = RankedTensorType::get(
      {batch, s.numQueryHeads, queryLength, s.valueHeadDim}, elementType);

  auto func = func::FuncOp::create(
      b, loc, "attention", b.getFunctionType(argumentTypes, {resultType}));
  func->setAttr("llvm.emit_c_interface", b.getUnitAttr());
  Block *entry = func.addEntryBlock();
  b.setInsertionPointToStart(entry);
  unsigned next = 3;
  Value mask = s.mask != MaskKind::None ? entry->getArgument(next++) : Value();
  Value kvLengths = s.kvLengths ? entry->getArgument(next++) : Value();
  Value queryOffset = s.queryOffset != QueryOffsetKind::None
                          ? entry->getArgument(next++)
                          : Value();
  auto attention = AttentionOp::create(
      b, loc, resultType, entry->getArgument(0), entry->getArgument(1),
      entry->getArgument(2), mask, kvLengths, queryOffset,
      s.scale ? b.getF64FloatAttr(*s.scale) : FloatAttr(),
      s.softcap ? b.getF64FloatAttr(*s.softcap) : FloatAttr(), s.causal,
      s.window ? b.getI64IntegerAttr(*s.window) : IntegerAttr(), s.mapping,
      s.alignment);
  func::ReturnOp::create(b, loc, attention.getResult());

  std::string messages;
  {
    ScopedDiagnosticHandler handler(context, [&](Diagnostic &diag) {
      messages += (messages.empty() ? "" : "; ") + diag.str();
      return success();
    });
    if (succeeded(verify(func)))
      return func;
  }
  return specError("the spec gives an invalid gqa.attention: " + messages);
}

int mlir::gqa::run::runRandomMode(StringRef specText, uint64_t seed,
                                  const RunConfig &config) {
  llvm::Expected<RandomSpec> specOrErr = parseSpec(specText);
  if (!specOrErr) {
    reportError(llvm::toString(specOrErr.takeError()));
    return kExitError;
  }
  const RandomSpec &spec = *specOrErr;

  MLIRContext context(*config.registry, MLIRContext::Threading::DISABLED);
  context.loadDialect<func::FuncDialect, GQADialect>();
  OwningOpRef<ModuleOp> module = ModuleOp::create(UnknownLoc::get(&context));
  llvm::Expected<func::FuncOp> func = buildFunction(*module, spec);
  if (!func) {
    reportError(llvm::toString(func.takeError()));
    return kExitError;
  }

  Random random(seed);
  RandomInputs inputs = generateInputs(spec, random);
  SmallVector<HostTensor *> arguments = {&inputs.query, &inputs.key,
                                         &inputs.value};
  for (std::optional<HostTensor> *optional :
       {&inputs.mask, &inputs.kvLengths, &inputs.queryOffset})
    if (*optional)
      arguments.push_back(&**optional);
  SmallVector<int64_t> argumentRanks;
  for (HostTensor *tensor : arguments)
    argumentRanks.push_back(tensor->getRank());

  std::string label = llvm::formatv("random seed={0}", seed).str();
  auto finish = [&](bool passed) {
    llvm::outs() << (passed ? "1 passed, 0 failed\n" : "0 passed, 1 failed\n");
    llvm::outs().flush();
    return passed ? kExitPassed : kExitFailed;
  };

  llvm::Expected<std::unique_ptr<JitFunction>> function = JitFunction::compile(
      *module, "attention", config.pipeline, argumentRanks, {4}, config.jit);
  if (!function) {
    llvm::outs() << "FAIL " << label << " ("
                 << llvm::toString(function.takeError()) << ")\n";
    return finish(false);
  }
  HostTensor output(
      spec.dtype,
      {spec.batch, spec.numQueryHeads, spec.queryLength, spec.valueHeadDim},
      /*fillByte=*/0xff);
  if (llvm::Error error = (*function)->call(arguments, {&output})) {
    llvm::outs() << "FAIL " << label
                 << " (call failed: " << llvm::toString(std::move(error))
                 << ")\n";
    return finish(false);
  }

  std::vector<double> expected =
      computeReferenceAttention(makeReferenceProblem(spec, inputs));
  Comparison comparison(getRandomTolerance(spec.dtype));
  comparison.compare("O", output, [&](int64_t i) { return expected[i]; });
  comparison.print(llvm::outs(), label);
  return finish(comparison.passed());
}
