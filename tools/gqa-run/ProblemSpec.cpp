//===- ProblemSpec.cpp - Attention problems described by a spec -----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "ProblemSpec.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <cstring>
#include <limits>

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::run;

namespace {

/// Sizes above which a `--random` spec is refused: memory and reference time
/// stay reasonable.
constexpr int64_t kMaxRandomDim = 1 << 16;
constexpr int64_t kMaxRandomElements = int64_t(1) << 26;
constexpr int64_t kMaxRandomScores = int64_t(1) << 28;

/// Sizes above which a `--bench` spec is refused: no reference runs, so only
/// host memory bounds the problem (every input, the repeated K/V of
/// `repeat_kv=1` and the result together).
constexpr int64_t kMaxBenchDim = 1 << 20;
constexpr double kMaxBenchBytes = double(int64_t(1) << 33);

/// The flag whose spec is parsed, for error messages.
StringRef getFlag(SpecUse use) {
  return use == SpecUse::Random ? "--random" : "--bench";
}

llvm::Error specError(SpecUse use, const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 getFlag(use) + ": " + message);
}

/// The shape of the mask of `spec`, and which of its dimensions are B, Sq
/// and Skv (dynamic with `dynamic=1`).
struct MaskLayout {
  SmallVector<int64_t> shape;
  SmallVector<bool> isDynamicDim;
};

MaskLayout getMaskLayout(const ProblemSpec &spec) {
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

/// The element type of the mask.
DType getMaskDType(const ProblemSpec &spec) {
  if (spec.mask == MaskKind::Boolean)
    return DType::I1;
  return spec.maskDType.value_or(spec.dtype);
}

/// Checks the problem size of `spec` against the limits of `use`.
llvm::Error checkSize(const ProblemSpec &spec, SpecUse use) {
  if (use == SpecUse::Random) {
    // Every tensor and the score matrix stay bounded.
    double queryElements = double(spec.batch) * spec.numQueryHeads *
                           spec.queryLength *
                           std::max(spec.headDim, spec.valueHeadDim);
    double keyElements = double(spec.batch) * spec.numKvHeads * spec.kvLength *
                         std::max(spec.headDim, spec.valueHeadDim);
    double scores = double(spec.batch) * spec.numQueryHeads * spec.queryLength *
                    spec.kvLength;
    if (queryElements > kMaxRandomElements ||
        keyElements > kMaxRandomElements || scores > kMaxRandomScores)
      return specError(use, "the problem is too large for gqa-run --random");
    return llvm::Error::success();
  }

  double elementBytes = onnx::getDTypeSize(spec.dtype);
  double keyHeads =
      spec.repeatKv ? spec.numKvHeads + spec.numQueryHeads : spec.numKvHeads;
  double bytes =
      elementBytes * spec.batch *
      (double(spec.numQueryHeads) * spec.queryLength *
           (spec.headDim + spec.valueHeadDim) +
       keyHeads * spec.kvLength * (spec.headDim + spec.valueHeadDim));
  if (spec.mask != MaskKind::None) {
    double maskElements = 1.0;
    for (int64_t size : getMaskLayout(spec).shape)
      maskElements *= size;
    bytes += maskElements * onnx::getDTypeSize(getMaskDType(spec));
  }
  if (bytes > kMaxBenchBytes)
    return specError(use, llvm::formatv("the problem needs {0:f1} GiB of "
                                        "host memory; gqa-run --bench allows "
                                        "at most 8 GiB",
                                        bytes / double(1 << 30))
                              .str());
  return llvm::Error::success();
}

/// The keys of the sizes: each an integer from 1 to the mode's limit.
struct SizeKey {
  llvm::StringLiteral key;
  int64_t ProblemSpec::*member;
};

constexpr SizeKey kSizeKeys[] = {
    {"b", &ProblemSpec::batch},         {"hq", &ProblemSpec::numQueryHeads},
    {"hkv", &ProblemSpec::numKvHeads},  {"sq", &ProblemSpec::queryLength},
    {"skv", &ProblemSpec::kvLength},    {"d", &ProblemSpec::headDim},
    {"dv", &ProblemSpec::valueHeadDim},
};

/// Reads one `key=value` item of a spec for `use` into a `ProblemSpec`.
class SpecItemParser {
public:
  SpecItemParser(SpecUse use, StringRef key, StringRef value)
      : use(use), maxDim(use == SpecUse::Random ? kMaxRandomDim : kMaxBenchDim),
        key(key), value(value) {}

  /// Sets what the key says in `spec`; an error for a bad value or an
  /// unknown key.
  llvm::Error parseInto(ProblemSpec &spec);

private:
  llvm::Error badValue(StringRef expected) {
    return specError(use, "bad value '" + value + "' for key '" + key +
                              "': expected " + expected);
  }
  llvm::Error integer(int64_t &slot, int64_t min, int64_t max);
  llvm::Error flag(bool &slot);
  llvm::Error positiveReal(std::optional<double> &slot, bool zeroMeansNone);
  llvm::Error mapping(HeadMapping &slot);
  llvm::Error floatType(DType &slot);
  /// Fails unless the key applies to `use`, which only `owner` reads.
  llvm::Error onlyFor(SpecUse owner);
  /// Sets `slot` to the choice the value names; `expected` lists them.
  template <typename T>
  llvm::Error parseChoice(T &slot,
                          ArrayRef<std::pair<llvm::StringLiteral, T>> choices,
                          StringRef expected) {
    for (const auto &[name, choice] : choices) {
      if (value == name) {
        slot = choice;
        return llvm::Error::success();
      }
    }
    return badValue(expected);
  }
  /// Parses the value with `parse` into the optional `slot`, which is set
  /// only when it parses.
  template <typename T>
  llvm::Error parseOptional(std::optional<T> &slot,
                            llvm::Error (SpecItemParser::*parse)(T &)) {
    T parsed;
    if (llvm::Error err = (this->*parse)(parsed))
      return err;
    slot = parsed;
    return llvm::Error::success();
  }

  // The keys whose values are more than one number, flag or name.
  llvm::Error parseAlignment(ProblemSpec &spec);
  llvm::Error parseWindow(ProblemSpec &spec);
  llvm::Error parseMaskShape(ProblemSpec &spec);
  llvm::Error parseQueryOffset(ProblemSpec &spec);

  SpecUse use;
  int64_t maxDim;
  StringRef key, value;
};

llvm::Error SpecItemParser::integer(int64_t &slot, int64_t min, int64_t max) {
  int64_t parsed;
  if (value.getAsInteger(10, parsed) || parsed < min || parsed > max)
    return badValue(llvm::formatv("an integer in [{0}, {1}]", min, max).str());
  slot = parsed;
  return llvm::Error::success();
}

llvm::Error SpecItemParser::flag(bool &slot) {
  if (value != "0" && value != "1")
    return badValue("0 or 1");
  slot = value == "1";
  return llvm::Error::success();
}

llvm::Error SpecItemParser::positiveReal(std::optional<double> &slot,
                                         bool zeroMeansNone) {
  double parsed;
  if (value.getAsDouble(parsed) || std::isnan(parsed) || std::isinf(parsed) ||
      parsed < 0.0 || (parsed == 0.0 && !zeroMeansNone))
    return badValue(zeroMeansNone ? "a finite number >= 0 (0: none)"
                                  : "a finite number > 0");
  slot = parsed == 0.0 ? std::nullopt : std::optional<double>(parsed);
  return llvm::Error::success();
}

llvm::Error SpecItemParser::mapping(HeadMapping &slot) {
  std::optional<HeadMapping> parsed = symbolizeHeadMapping(value);
  if (!parsed)
    return badValue("contiguous or interleaved");
  slot = *parsed;
  return llvm::Error::success();
}

llvm::Error SpecItemParser::floatType(DType &slot) {
  std::optional<onnx::DType> parsed = onnx::parseDType(value);
  if (!parsed || !onnx::isFloatDType(*parsed))
    return badValue("f32, f16 or bf16");
  slot = *parsed;
  return llvm::Error::success();
}

llvm::Error SpecItemParser::onlyFor(SpecUse owner) {
  if (use == owner)
    return llvm::Error::success();
  return specError(use, "key '" + key + "' only applies to " + getFlag(owner));
}

llvm::Error SpecItemParser::parseAlignment(ProblemSpec &spec) {
  std::optional<Alignment> parsed = symbolizeAlignment(value);
  if (!parsed)
    return badValue("top_left or bottom_right");
  spec.alignment = *parsed;
  return llvm::Error::success();
}

llvm::Error SpecItemParser::parseWindow(ProblemSpec &spec) {
  int64_t window;
  if (llvm::Error err = integer(window, -1, maxDim))
    return err;
  if (window >= 0)
    spec.window = window;
  return llvm::Error::success();
}

llvm::Error SpecItemParser::parseMaskShape(ProblemSpec &spec) {
  spec.maskShape = value.str();
  StringRef letters = "bhqk";
  bool ok = !value.empty() && value.size() <= 4;
  for (size_t i = 0; ok && i < value.size(); ++i) {
    char letter = letters[4 - value.size() + i];
    ok = value[i] == letter || value[i] == '1';
  }
  if (!ok)
    return badValue("1 to 4 trailing letters of 'bhqk', each possibly "
                    "replaced by 1 (e.g. bhqk, b1qk, qk, 1k)");
  return llvm::Error::success();
}

llvm::Error SpecItemParser::parseQueryOffset(ProblemSpec &spec) {
  if (value == "random") {
    spec.queryOffset = QueryOffsetKind::Random;
    return llvm::Error::success();
  }
  spec.queryOffset = QueryOffsetKind::Constant;
  return integer(spec.queryOffsetValue, -maxDim, maxDim);
}

llvm::Error SpecItemParser::parseInto(ProblemSpec &spec) {
  for (const SizeKey &size : kSizeKeys)
    if (key == size.key)
      return integer(spec.*size.member, 1, maxDim);
  if (key == "dtype")
    return floatType(spec.dtype);
  if (key == "causal")
    return flag(spec.causal);
  if (key == "alignment")
    return parseAlignment(spec);
  if (key == "mapping")
    return mapping(spec.mapping);
  if (key == "window")
    return parseWindow(spec);
  if (key == "softcap")
    return positiveReal(spec.softcap, /*zeroMeansNone=*/true);
  if (key == "scale")
    return positiveReal(spec.scale, /*zeroMeansNone=*/false);
  if (key == "mask")
    return parseChoice<MaskKind>(spec.mask,
                                 {{"none", MaskKind::None},
                                  {"bool", MaskKind::Boolean},
                                  {"float", MaskKind::Float}},
                                 "none, bool or float");
  if (key == "mask_shape")
    return parseMaskShape(spec);
  if (key == "mask_dtype")
    return parseOptional(spec.maskDType, &SpecItemParser::floatType);
  if (key == "kv_lengths")
    return flag(spec.kvLengths);
  if (key == "kv_min")
    return integer(spec.kvMin, 0, maxDim);
  if (key == "q_offset")
    return parseQueryOffset(spec);
  if (key == "index_type")
    return parseChoice<DType>(spec.indexType,
                              {{"i32", DType::I32}, {"i64", DType::I64}},
                              "i32 or i64");
  if (key == "dynamic")
    return flag(spec.dynamic);
  // Keys that only one mode understands.
  if (key == "repeat_kv") {
    if (llvm::Error err = onlyFor(SpecUse::Bench))
      return err;
    return flag(spec.repeatKv);
  }
  if (key == "ref_mapping") {
    if (llvm::Error err = onlyFor(SpecUse::Random))
      return err;
    return parseOptional(spec.refMapping, &SpecItemParser::mapping);
  }
  if (key == "ref_scale") {
    if (llvm::Error err = onlyFor(SpecUse::Random))
      return err;
    return positiveReal(spec.refScale, /*zeroMeansNone=*/false);
  }
  return specError(
      use,
      "unknown key '" + key +
          "' (known: b, hq, hkv, sq, skv, d, dv, dtype, causal, "
          "alignment, mapping, window, softcap, scale, mask, "
          "mask_shape, mask_dtype, kv_lengths, kv_min, q_offset, "
          "index_type, dynamic, " +
          (use == SpecUse::Random ? "ref_mapping, ref_scale)" : "repeat_kv)"));
}

/// Checks the keys of `spec` against each other (`seen` holds the keys the
/// spec gave).
llvm::Error checkConsistency(const ProblemSpec &spec,
                             const llvm::StringSet<> &seen, SpecUse use) {
  auto error = [&](const llvm::Twine &message) {
    return specError(use, message);
  };
  if (spec.numQueryHeads % spec.numKvHeads != 0)
    return error(llvm::formatv("hq = {0} is not a multiple of hkv = {1}",
                               spec.numQueryHeads, spec.numKvHeads)
                     .str());
  if (spec.kvMin > spec.kvLength)
    return error("kv_min must not exceed skv");
  if (seen.contains("kv_min") && !spec.kvLengths)
    return error("kv_min needs kv_lengths=1");
  if (seen.contains("mask_shape") && spec.mask == MaskKind::None)
    return error("mask_shape needs mask=bool or mask=float");
  if (spec.maskDType && spec.mask != MaskKind::Float)
    return error("mask_dtype needs mask=float");
  if (spec.queryOffset != QueryOffsetKind::None &&
      spec.alignment != Alignment::TopLeft)
    return error("q_offset cannot be combined with "
                 "alignment=bottom_right (q_offset gives the position)");
  if (seen.contains("index_type") && !spec.kvLengths &&
      spec.queryOffset == QueryOffsetKind::None)
    return error("index_type needs kv_lengths=1 or q_offset");
  return llvm::Error::success();
}

} // namespace

llvm::Expected<ProblemSpec> mlir::gqa::run::parseProblemSpec(StringRef text,
                                                             SpecUse use) {
  ProblemSpec spec;
  llvm::StringSet<> seen;
  SmallVector<StringRef> items;
  text.split(items, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  if (items.empty())
    return specError(use, "empty spec");
  for (StringRef item : items) {
    std::pair<StringRef, StringRef> parts = item.split('=');
    StringRef key = parts.first.trim();
    StringRef value = parts.second.trim();
    if (!item.contains('=') || key.empty())
      return specError(use, "'" + item + "' is not key=value");
    if (!seen.insert(key).second)
      return specError(use, "key '" + key + "' is given twice");
    if (llvm::Error err = SpecItemParser(use, key, value).parseInto(spec))
      return std::move(err);
  }

  if (spec.valueHeadDim < 0)
    spec.valueHeadDim = spec.headDim;
  if (llvm::Error err = checkConsistency(spec, seen, use))
    return std::move(err);
  if (llvm::Error err = checkSize(spec, use))
    return std::move(err);
  return spec;
}

SmallVector<HostTensor *> ProblemInputs::getArguments() {
  SmallVector<HostTensor *> arguments = {&query, &key, &value};
  for (std::optional<HostTensor> *optional : {&mask, &kvLengths, &queryOffset})
    if (*optional)
      arguments.push_back(&**optional);
  return arguments;
}

ProblemInputs mlir::gqa::run::generateInputs(const ProblemSpec &s,
                                             Random &random) {
  ProblemInputs inputs{
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

SmallVector<int64_t> mlir::gqa::run::getResultShape(const ProblemSpec &s) {
  return {s.batch, s.numQueryHeads, s.queryLength, s.valueHeadDim};
}

ProblemSpec mlir::gqa::run::getRepeatedKvSpec(const ProblemSpec &spec) {
  ProblemSpec repeated = spec;
  repeated.numKvHeads = spec.numQueryHeads;
  repeated.repeatKv = false;
  return repeated;
}

/// `tensor` `[B, Hkv, S, D]` repeated to `[B, Hq, S, D]`: head `h` of the
/// result is a copy of head `kv(h)`.
static HostTensor repeatHeads(const HostTensor &tensor,
                              const ProblemSpec &spec) {
  ArrayRef<int64_t> shape = tensor.getShape();
  int64_t batch = shape[0], numKvHeads = shape[1];
  int64_t group = spec.numQueryHeads / numKvHeads;
  HostTensor repeated(tensor.getDType(),
                      {batch, spec.numQueryHeads, shape[2], shape[3]});
  int64_t headBytes =
      shape[2] * shape[3] * onnx::getDTypeSize(tensor.getDType());
  const auto *source = static_cast<const uint8_t *>(tensor.data());
  auto *target = static_cast<uint8_t *>(repeated.data());
  for (int64_t b = 0; b < batch; ++b) {
    for (int64_t h = 0; h < spec.numQueryHeads; ++h) {
      int64_t kvHead =
          spec.mapping == HeadMapping::Interleaved ? h % numKvHeads : h / group;
      std::memcpy(target + (b * spec.numQueryHeads + h) * headBytes,
                  source + (b * numKvHeads + kvHead) * headBytes, headBytes);
    }
  }
  return repeated;
}

ProblemInputs mlir::gqa::run::repeatKeyValues(const ProblemSpec &spec,
                                              const ProblemInputs &inputs) {
  return ProblemInputs{inputs.query,
                       repeatHeads(inputs.key, spec),
                       repeatHeads(inputs.value, spec),
                       inputs.mask,
                       inputs.kvLengths,
                       inputs.queryOffset};
}

llvm::Expected<func::FuncOp>
mlir::gqa::run::buildAttentionFunction(ModuleOp module, const ProblemSpec &s,
                                       SpecUse use) {
  MLIRContext *context = module.getContext();
  OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
  Location loc = NameLoc::get(b.getStringAttr(
      use == SpecUse::Random ? "gqa-run.random" : "gqa-run.bench"));
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
  func.erase();
  return specError(use, "the spec gives an invalid gqa.attention: " + messages);
}
