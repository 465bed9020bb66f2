//===- fuzz-problem-spec.cpp - Fuzz gqa-run's problem-spec parser ---------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The input is a `--random`/`--bench` spec (`key=value,...`). The first byte
// picks the mode, the rest is the spec. A spec either fails with an error
// that starts with the mode's flag, or builds an `@attention` function that
// verifies; a small enough `--random` problem then also has its inputs
// generated (the sizes the parser admits go up to 2^26 elements, which
// would make each input take seconds).
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"

#include "../gqa-run/ProblemSpec.h"

#include "gqa/Dialect/GQA/IR/GQADialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"

#include <cstddef>
#include <cstdint>

using namespace mlir;
using namespace mlir::gqa::fuzz;
using namespace mlir::gqa::run;

namespace {

/// Inputs up to this many elements in all are generated.
constexpr int64_t kMaxGeneratedElements = 1 << 16;

/// The elements of the inputs and scores, in double: a `--bench` spec's
/// sizes may multiply past int64_t.
double countElements(const ProblemSpec &spec) {
  double dv = spec.valueHeadDim > 0 ? spec.valueHeadDim : spec.headDim;
  double rows = double(spec.batch) * double(spec.numQueryHeads) *
                double(spec.queryLength);
  double keys = double(spec.batch) * double(spec.numKvHeads) *
                double(spec.kvLength);
  return rows * double(spec.headDim) + keys * (double(spec.headDim) + dv) +
         rows * double(spec.kvLength);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  SpecUse use = data[0] % 2 ? SpecUse::Bench : SpecUse::Random;
  llvm::StringRef input(reinterpret_cast<const char *>(data + 1), size - 1);
  llvm::StringRef flag = use == SpecUse::Bench ? "--bench: " : "--random: ";

  llvm::Expected<ProblemSpec> spec = parseProblemSpec(input, use);
  if (!spec) {
    std::string message = llvm::toString(spec.takeError());
    if (!llvm::StringRef(message).starts_with(flag))
      reportDefect("a spec error does not start with the mode's flag: " +
                       message,
                   input);
    return 0;
  }
  std::unique_ptr<MLIRContext> context = createFuzzContext();
  context->loadDialect<func::FuncDialect, gqa::GQADialect>();
  ErrorCounter errors(context.get());
  OwningOpRef<ModuleOp> module =
      ModuleOp::create(UnknownLoc::get(context.get()));
  llvm::Expected<func::FuncOp> function =
      buildAttentionFunction(*module, *spec, use);
  if (!function) {
    llvm::consumeError(function.takeError());
    return 0;
  }
  (void)getResultShape(*spec);
  if (use == SpecUse::Random && countElements(*spec) <= kMaxGeneratedElements) {
    Random random(1);
    ProblemInputs inputs = generateInputs(*spec, random);
    (void)inputs.getArguments();
  }
  return 0;
}
