//===- fuzz-raise.cpp - Fuzz gqa-raise-attention with mutated graphs ------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The input is a model graph as MLIR text; the seed corpus is the exported
// graphs of test/models. The custom mutator parses an input and applies one
// to three GraphMutator mutations (constants, indexing maps, dropped,
// swapped or reordered ops, sizes), keeping only mutants that verify. It
// never falls back to libFuzzer's byte mutations, and there is no cross-over:
// every input is a seed or the printer's output, so the target fuzzes the
// raise, not the parsers of upstream dialects (MLIR 22's linalg.transpose
// parser crashes on a malformed permutation, docs/fuzzing.md; the parsers are
// gqa-fuzz-dialect's). Each input is checked
// with checkRaise: the raise either raises or leaves the graph alone. With
// GQA_FUZZ_RAISED_DIR set, a sample of the inputs that raised (one in 16, at
// most 400) is written there, for the differential check of
// utils/fuzz/raise-differential.sh, which runs each graph with and without
// the raise on random inputs.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "GraphMutator.h"
#include "RaiseCheck.h"

#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <cstdlib>
#include <cstring>

using namespace mlir;
using namespace mlir::gqa::fuzz;

namespace {

/// Graphs recordRaised writes at most: a long run raises tens of thousands
/// of graphs of up to 600 KB; the differential check samples them.
constexpr unsigned kMaxRecorded = 400;

/// Writes a graph that raised into GQA_FUZZ_RAISED_DIR, named by its hash,
/// one in 16 until kMaxRecorded are written.
void recordRaised(llvm::StringRef input) {
  static unsigned seen = 0, recorded = 0;
  const char *directory = std::getenv("GQA_FUZZ_RAISED_DIR");
  if (!directory || seen++ % 16 != 0 || recorded >= kMaxRecorded)
    return;
  ++recorded;
  llvm::SmallString<256> path(directory);
  llvm::sys::path::append(
      path, llvm::formatv("raised-{0:x16}.mlir", llvm::xxh3_64bits(input)).str());
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec);
  if (!ec)
    os << input;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  registerFuzzPasses();
  return 0;
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size,
                                          size_t maxSize, unsigned int seed) {
  std::unique_ptr<MLIRContext> context = createFuzzContext();
  ErrorCounter errors(context.get());
  llvm::StringRef input(reinterpret_cast<const char *>(data), size);
  OwningOpRef<ModuleOp> module = parseModule(input, context.get());
  // Only a seed or a regression input can fail to parse; leave it as it is.
  if (!module)
    return size;
  std::mt19937_64 random(seed);
  for (int attempt = 0; attempt < 8; ++attempt) {
    OwningOpRef<ModuleOp> mutant = module->clone();
    unsigned numMutations = 1 + random() % 3;
    for (unsigned i = 0; i < numMutations; ++i)
      (void)mutateGraph(*mutant, random);
    if (failed(verify(*mutant)))
      continue;
    std::string text = printModule(*mutant);
    if (text.size() > maxSize)
      continue;
    std::memcpy(data, text.data(), text.size());
    return text.size();
  }
  return size;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef input(reinterpret_cast<const char *>(data), size);
  std::unique_ptr<MLIRContext> context = createFuzzContext();
  ErrorCounter errors(context.get());
  OwningOpRef<ModuleOp> module = parseModule(input, context.get());
  if (!module) {
    if (errors.getNumErrors() == 0)
      reportDefect("the parser failed without an error", input);
    return 0;
  }
  RaiseOutcome outcome = checkRaise(*module);
  if (outcome.kind == RaiseOutcome::Defect)
    reportDefect(outcome.defect, input);
  if (outcome.kind == RaiseOutcome::Raised)
    recordRaised(input);
  return 0;
}
