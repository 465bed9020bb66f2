//===- ProblemSpec.h - Attention problems described by a spec ---*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// `gqa-run --random` and `gqa-run --bench` describe one gqa.attention
// problem with a spec such as
//   b=2,hq=12,hkv=4,sq=7,skv=100,d=64,dtype=bf16,causal=1,mask=bool
// This file parses such specs, fills seeded random inputs for them and builds
// the function `@attention` holding the problem's one gqa.attention.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_RUN_PROBLEMSPEC_H
#define GQA_TOOLS_GQA_RUN_PROBLEMSPEC_H

#include "HostTensor.h"

#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <optional>
#include <random>
#include <string>

namespace mlir::gqa::run {

/// What the mask of a problem is.
enum class MaskKind { None, Boolean, Float };

/// How q_offset is given.
enum class QueryOffsetKind { None, Constant, Random };

/// The mode reading a spec. It decides the keys accepted (`ref_*` only for
/// `--random`, `repeat_kv` only for `--bench`), the size limits (`--random`
/// must stay small enough for the double-precision reference) and the flag
/// named in error messages.
enum class SpecUse { Random, Bench };

/// A parsed problem spec (docs/gqa-run.md lists the keys).
struct ProblemSpec {
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
  /// `--bench` only: run the repeated-KV baseline, K and V repeated to Hq
  /// heads on the host (multi-head attention over the same data).
  bool repeatKv = false;
  /// `--random` checker self-tests: perturb the reference only.
  std::optional<HeadMapping> refMapping;
  std::optional<double> refScale;
};

/// Parses `key=value,key=value,...` for `use`. Errors start with the mode's
/// flag (`--random: `, `--bench: `).
llvm::Expected<ProblemSpec> parseProblemSpec(llvm::StringRef text, SpecUse use);

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

/// The host tensors of one problem, in argument order.
struct ProblemInputs {
  HostTensor query, key, value;
  std::optional<HostTensor> mask, kvLengths, queryOffset;

  /// The arguments of `@attention`: query, key, value, then the optional
  /// mask, kv_lengths and q_offset that are present.
  llvm::SmallVector<HostTensor *> getArguments();
};

/// Fills the inputs of `spec` from `random` (the original problem: with
/// `repeat_kv=1`, K and V still have `hkv` heads; see `repeatKeyValues`).
ProblemInputs generateInputs(const ProblemSpec &spec, Random &random);

/// The shape of the result of `spec`: `[B, Hq, Sq, Dv]`.
llvm::SmallVector<int64_t> getResultShape(const ProblemSpec &spec);

/// The spec of the repeated-KV baseline of `spec`: the same problem with
/// `hkv = hq` (multi-head attention).
ProblemSpec getRepeatedKvSpec(const ProblemSpec &spec);

/// Repeats the K and V of `inputs` (generated for `spec`) to `Hq` heads
/// following `spec`'s head mapping, so that query head `h` of the repeated
/// problem reads a copy of the KV head it reads in `spec`; the other inputs
/// are copied.
ProblemInputs repeatKeyValues(const ProblemSpec &spec,
                              const ProblemInputs &inputs);

/// Builds `func.func @attention` (with `llvm.emit_c_interface`) holding one
/// gqa.attention for `spec`, at the end of `module`. Fails when the op does
/// not verify.
llvm::Expected<func::FuncOp>
buildAttentionFunction(ModuleOp module, const ProblemSpec &spec, SpecUse use);

} // namespace mlir::gqa::run

#endif // GQA_TOOLS_GQA_RUN_PROBLEMSPEC_H
