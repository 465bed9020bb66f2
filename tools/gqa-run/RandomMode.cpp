//===- RandomMode.cpp - gqa-run --random ----------------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Builds the problem of a spec such as
//   b=2,hq=12,hkv=4,sq=7,skv=100,d=64,dtype=bf16,causal=1,mask=bool
// (parsed by ProblemSpec.cpp), fills seeded random inputs, runs the function
// through the chosen pipeline and compares the result with the independent
// double-precision reference (ReferenceAttention.cpp). The keys `ref_*`
// change only the reference: they are self-tests proving the checker can
// fail.
//
//===----------------------------------------------------------------------===//

#include "Compare.h"
#include "Modes.h"
#include "ProblemSpec.h"
#include "ReferenceAttention.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::run;

namespace {

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
ReferenceProblem makeReferenceProblem(const ProblemSpec &s,
                                      const ProblemInputs &inputs) {
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

int mlir::gqa::run::runRandomMode(StringRef specText, uint64_t seed,
                                  const RunConfig &config) {
  llvm::Expected<ProblemSpec> specOrErr =
      parseProblemSpec(specText, SpecUse::Random);
  if (!specOrErr) {
    reportError(llvm::toString(specOrErr.takeError()));
    return kExitError;
  }
  const ProblemSpec &spec = *specOrErr;

  MLIRContext context(*config.registry, MLIRContext::Threading::DISABLED);
  context.loadDialect<func::FuncDialect, GQADialect>();
  OwningOpRef<ModuleOp> module = ModuleOp::create(UnknownLoc::get(&context));
  llvm::Expected<func::FuncOp> func =
      buildAttentionFunction(*module, spec, SpecUse::Random);
  if (!func) {
    reportError(llvm::toString(func.takeError()));
    return kExitError;
  }

  Random random(seed);
  ProblemInputs inputs = generateInputs(spec, random);
  SmallVector<HostTensor *> arguments = inputs.getArguments();
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
  HostTensor output(spec.dtype, getResultShape(spec), /*fillByte=*/0xff);
  if (llvm::Error error = (*function)->call(arguments, {&output})) {
    llvm::outs() << "FAIL " << label
                 << " (call failed: " << llvm::toString(std::move(error))
                 << ")\n";
    return finish(false);
  }

  if (std::optional<int64_t> bytes = (*function)->getKvBytesRead()) {
    // What one read of each element of K and V would be.
    int64_t cacheBytes = 0;
    for (const HostTensor *tensor : {&inputs.key, &inputs.value})
      cacheBytes += tensor->getNumElements() *
                    onnx::getDTypeSize(tensor->getDType());
    llvm::outs() << llvm::formatv(
        "kv_bytes_read={0} kv_cache_bytes={1} reads_per_cache_byte={2:F2}\n",
        *bytes, cacheBytes,
        cacheBytes ? static_cast<double>(*bytes) / cacheBytes : 0.0);
  }

  std::vector<double> expected =
      computeReferenceAttention(makeReferenceProblem(spec, inputs));
  Comparison comparison(getRandomTolerance(spec.dtype));
  comparison.compare("O", output, [&](int64_t i) { return expected[i]; });
  comparison.print(llvm::outs(), label);
  return finish(comparison.passed());
}
