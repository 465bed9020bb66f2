//===- AttentionGenerator.cpp - gqa.attention functions from fuzz bytes ---===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "AttentionGenerator.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <cstdint>

using namespace mlir::gqa::fuzz;

namespace {

/// A size: static, or `?` (dynamic) with the value it would have.
struct Size {
  int64_t value;
  bool dynamic = false;

  std::string str() const { return dynamic ? "?" : std::to_string(value); }
};

template <typename T>
T pick(FuzzedDataProvider &data, llvm::ArrayRef<T> choices) {
  return choices[data.ConsumeIntegralInRange<size_t>(0, choices.size() - 1)];
}

/// True with probability about `percent`/100.
bool chance(FuzzedDataProvider &data, unsigned percent) {
  return data.ConsumeIntegralInRange<unsigned>(0, 99) < percent;
}

std::string tensorType(llvm::ArrayRef<Size> shape, llvm::StringRef element) {
  std::string text = "tensor<";
  for (const Size &size : shape)
    text += size.str() + "x";
  return text + element.str() + ">";
}

/// A size in [low, high], dynamic one time in five.
Size size(FuzzedDataProvider &data, int64_t low, int64_t high) {
  Size result{data.ConsumeIntegralInRange<int64_t>(low, high)};
  result.dynamic = chance(data, 20);
  return result;
}

/// The operands and attributes of one generated gqa.attention.
struct Problem {
  std::string element;
  Size batch, queryHeads, kvHeads, queryLength, kvLength, headDim, valueDim;
};

Problem generateProblem(FuzzedDataProvider &data) {
  Problem p;
  p.element = chance(data, 95) ? pick<const char *>(data, {"f32", "f16", "bf16"})
                               : pick<const char *>(data, {"f64", "i32", "f8E4M3FN"});
  p.batch = size(data, 0, 3);
  p.kvHeads = {data.ConsumeIntegralInRange<int64_t>(chance(data, 3) ? 0 : 1, 4)};
  int64_t group = data.ConsumeIntegralInRange<int64_t>(1, 5);
  p.queryHeads = {p.kvHeads.value * group + (chance(data, 3) ? 1 : 0)};
  if (chance(data, 3))
    p.kvHeads.dynamic = true;
  p.queryLength = size(data, 0, 9);
  p.kvLength = size(data, 0, 40);
  const int64_t dims[] = {1, 2, 3, 4, 8, 16, 17, 32, 64, 80, 128, 256};
  p.headDim = {pick<int64_t>(data, dims)};
  p.valueDim = chance(data, 70) ? p.headDim : Size{pick<int64_t>(data, dims)};
  return p;
}

/// One dimension of a mask that broadcasts to `full`: the same, 1, dynamic,
/// or (rarely) a size that does not broadcast.
Size maskDim(FuzzedDataProvider &data, Size full) {
  switch (data.ConsumeIntegralInRange<int>(0, 9)) {
  case 0:
  case 1:
  case 2:
    return {1};
  case 3:
    return {full.value, true};
  case 4:
    return chance(data, 30) ? Size{full.value + 1} : full;
  default:
    return full;
  }
}

/// `mask(...)`, `kv_lengths(...)` and `q_offset(...)` clauses and the
/// arguments they read.
struct Operands {
  llvm::SmallVector<std::string> arguments;
  std::string clauses;
};

void addIndexOperand(FuzzedDataProvider &data, const Problem &p,
                     llvm::StringRef name, Operands &operands) {
  if (!chance(data, 35))
    return;
  Size length = chance(data, 95) ? p.batch : Size{p.batch.value + 1};
  std::string element = chance(data, 95) ? pick<const char *>(data, {"i32", "i64"})
                                         : pick<const char *>(data, {"f32", "i16"});
  std::string type = tensorType({length}, element);
  std::string argument = llvm::formatv("%{0}", name).str();
  operands.arguments.push_back(argument + ": " + type);
  operands.clauses += llvm::formatv(" {0}({1} : {2})", name, argument, type);
}

Operands generateOperands(FuzzedDataProvider &data, const Problem &p) {
  Operands operands;
  if (chance(data, 40)) {
    Size full[] = {p.batch, p.queryHeads, p.queryLength, p.kvLength};
    unsigned rank = data.ConsumeIntegralInRange<unsigned>(chance(data, 5) ? 1 : 2,
                                                          chance(data, 5) ? 5 : 4);
    llvm::SmallVector<Size> shape;
    for (unsigned i = 0; i < rank; ++i)
      shape.push_back(i + 4 < rank ? Size{2} : maskDim(data, full[4 - rank + i]));
    std::string element =
        chance(data, 50) ? "i1"
                         : (chance(data, 85) ? p.element
                                             : pick<const char *>(data, {"f32", "f16", "i8"}));
    std::string type = tensorType(shape, element);
    operands.arguments.push_back("%mask: " + type);
    operands.clauses += " mask(%mask : " + type + ")";
  }
  addIndexOperand(data, p, "kv_lengths", operands);
  addIndexOperand(data, p, "q_offset", operands);
  return operands;
}

/// The attribute clauses of one op.
std::string generateAttributes(FuzzedDataProvider &data, const Problem &p) {
  std::string text;
  if (chance(data, 40))
    text += " causal";
  if (chance(data, 25))
    text += " window = " +
            std::to_string(chance(data, 5) ? -1
                                           : data.ConsumeIntegralInRange<int64_t>(
                                                 0, p.kvLength.value + 2));
  if (chance(data, 30))
    text += " scale = " + std::string(pick<const char *>(
                              data, {"0.125", "1.0", "0.0", "-1.0", "1.0e+30",
                                     "0x7FF8000000000000", "0x7FF0000000000000"}));
  if (chance(data, 20))
    text += " softcap = " + std::string(pick<const char *>(
                                data, {"30.0", "1.0", "0.0", "-5.0", "1.0e-30",
                                       "0x7FF0000000000000"}));
  if (chance(data, 30))
    text += " head_mapping = interleaved";
  if (chance(data, 30))
    text += " alignment = bottom_right";
  return text;
}

} // namespace

std::string mlir::gqa::fuzz::generateAttentionModule(FuzzedDataProvider &data) {
  Problem p = generateProblem(data);
  std::string query = tensorType({p.batch, p.queryHeads, p.queryLength, p.headDim}, p.element);
  std::string key = tensorType({p.batch, p.kvHeads, p.kvLength, p.headDim}, p.element);
  std::string value = tensorType({p.batch, p.kvHeads, p.kvLength, p.valueDim}, p.element);
  Size resultDim = chance(data, 97) ? p.valueDim : Size{p.valueDim.value + 1};
  std::string result = tensorType({p.batch, p.queryHeads, p.queryLength, resultDim}, p.element);
  Operands operands = generateOperands(data, p);

  unsigned numOps = chance(data, 20) ? 2 : 1;
  std::string body, results, resultTypes;
  for (unsigned i = 0; i < numOps; ++i) {
    std::string attributes = generateAttributes(data, p);
    body += llvm::formatv("  %r{0} = gqa.attention %query, %key, %value{1}{2} "
                          ": {3}, {4}, {5} -> {6}\n",
                          i, operands.clauses, attributes, query, key, value, result);
    results += (i ? ", %r" : "%r") + std::to_string(i);
    resultTypes += (i ? ", " : "") + result;
  }
  std::string arguments = "%query: " + query + ", %key: " + key + ", %value: " + value;
  for (const std::string &argument : operands.arguments)
    arguments += ", " + argument;
  return llvm::formatv("func.func @attention({0}) -> ({1}) attributes "
                       "{{llvm.emit_c_interface} {{\n{2}  return {3} : {1}\n}\n",
                       arguments, resultTypes, body, results)
      .str();
}

namespace {

std::string tileOptions(FuzzedDataProvider &data) {
  const int64_t tiles[] = {0, 0, 0, 1, 2, 3, 4, 8, 16, 32, 64, 128, -1};
  return llvm::formatv(" row-tile={0} kv-tile={1} kv-splits={2}",
                       pick<int64_t>(data, tiles), pick<int64_t>(data, tiles),
                       pick<int64_t>(data, {0, 0, 1, 2, 3, 8, -1}))
      .str();
}

std::string flag(FuzzedDataProvider &data, llvm::StringRef name) {
  return llvm::formatv(" {0}={1}", name, data.ConsumeBool() ? "true" : "false").str();
}

} // namespace

GeneratedPipeline mlir::gqa::fuzz::generatePipeline(FuzzedDataProvider &data) {
  auto kind = static_cast<PipelineKind>(data.ConsumeIntegralInRange<int>(0, 3));
  std::string name, options;
  switch (kind) {
  case PipelineKind::Reference:
    name = "gqa-reference-pipeline";
    options = flag(data, "entry-status");
    break;
  case PipelineKind::Cpu:
    name = "gqa-cpu-pipeline";
    options = tileOptions(data) + flag(data, "pack") + flag(data, "entry-status") +
              flag(data, "amx") + flag(data, "outline-kernels");
    options += " target-cpu=" + std::string(pick<const char *>(
        data, {"native", "x86-64", "x86-64-v3", "skylake-avx512", "znver4",
               "sapphirerapids"}));
    options += " key-layout=" +
               std::string(pick<const char *>(data, {"auto", "rows", "transposed"}));
    options += llvm::formatv(" prefetch-keys={0} num-threads={1}",
                             pick<int64_t>(data, {-1, 0, 8, 64}),
                             pick<int64_t>(data, {0, 1, 2}));
    break;
  case PipelineKind::GpuSchedule:
    name = "gqa-gpu-schedule-pipeline";
    options = tileOptions(data) + flag(data, "pack") + flag(data, "entry-status") +
              flag(data, "count-kv-bytes");
    options += " chip=" + std::string(pick<const char *>(data, {"sm_80", "sm_90", "sm_90a"}));
    break;
  case PipelineKind::Gpu:
    name = "gqa-gpu-pipeline";
    options = tileOptions(data) + flag(data, "pack");
    options += " chip=" + std::string(pick<const char *>(data, {"sm_80", "sm_90", "sm_90a"}));
    options += llvm::formatv(" opt-level={0} shared-memory-bytes={1}",
                             pick<int64_t>(data, {0, 1, 2}),
                             pick<int64_t>(data, {0, 0, 1024, 49152, 232448}));
    break;
  }
  return {kind, name + "{" + options + "}"};
}
