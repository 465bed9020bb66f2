//===- gqa-mutate.cpp - Mutants of a model graph for the raise ------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
//   gqa-mutate MODEL.mlir --seed=N [--mutations=K] [--require-raise]
//
// Writes a mutant of MODEL.mlir to standard output: K GraphMutator mutations
// (default 1-3) drawn from seed N, tried again with the next draws until the
// mutant verifies (and, with --require-raise, until gqa-raise-attention
// still raises it), at most 200 times. The mutations are listed in comments
// at the top. It checks the raise's promise (checkRaise) on the way and
// fails naming the defect when it is broken. The lit test
// test/fuzz/raise-mutants.test runs such mutants with and without the raise
// on random inputs and compares the outputs; the fuzz target fuzz-raise
// explores the same mutations at scale.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "GraphMutator.h"
#include "RaiseCheck.h"

#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::gqa::fuzz;

namespace cl = llvm::cl;

static cl::opt<std::string> inputFile(cl::Positional, cl::Required,
                                      cl::desc("<model graph .mlir>"));
static cl::opt<uint64_t> seed("seed", cl::desc("Seed of the mutations"),
                              cl::init(1));
static cl::opt<unsigned> numMutations(
    "mutations", cl::desc("Mutations per mutant (0: 1 to 3, drawn)"),
    cl::init(0));
static cl::opt<bool> requireRaise(
    "require-raise",
    cl::desc("Keep drawing until gqa-raise-attention raises the mutant"),
    cl::init(false));

namespace {

constexpr int kMaxAttempts = 200;

const char *getOutcomeName(RaiseOutcome::Kind kind) {
  switch (kind) {
  case RaiseOutcome::Failed:
    return "failed with an error";
  case RaiseOutcome::LeftAlone:
    return "left alone";
  case RaiseOutcome::Raised:
    return "raised";
  case RaiseOutcome::Defect:
    return "defect";
  }
  return "";
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(argc, argv, "gqa-mlir model graph mutator\n");
  registerFuzzPasses();

  std::unique_ptr<MLIRContext> context = createFuzzContext();
  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> file = openInputFile(inputFile, &error);
  if (!file) {
    llvm::errs() << "gqa-mutate: " << error << "\n";
    return 1;
  }
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, context.get());
  OwningOpRef<ModuleOp> original = parseSourceFile<ModuleOp>(sourceMgr, context.get());
  if (!original)
    return 1;

  std::mt19937_64 random(seed);
  for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
    OwningOpRef<ModuleOp> mutant = original->clone();
    unsigned count = numMutations ? unsigned(numMutations) : 1 + random() % 3;
    std::string log;
    for (unsigned i = 0; i < count; ++i)
      if (auto mutation = mutateGraph(*mutant, random))
        log += "// gqa-mutate: " + mutation->second + "\n";
    if (log.empty())
      continue;
    {
      ScopedDiagnosticHandler quiet(context.get(), [](Diagnostic &) { return success(); });
      if (failed(verify(*mutant)))
        continue;
    }
    RaiseOutcome outcome = checkRaise(*mutant);
    if (outcome.kind == RaiseOutcome::Defect) {
      llvm::errs() << "gqa-mutate: " << outcome.defect << " on:\n" << log
                   << printModule(*mutant);
      return 1;
    }
    if (requireRaise && outcome.kind != RaiseOutcome::Raised)
      continue;
    llvm::outs() << log << "// gqa-mutate: attempt " << attempt + 1
                 << ", the raise " << getOutcomeName(outcome.kind) << "\n"
                 << printModule(*mutant) << "\n";
    return 0;
  }
  llvm::errs() << "gqa-mutate: no mutant of '" << inputFile << "' "
               << (requireRaise ? "that raises " : "") << "verified in "
               << kMaxAttempts << " tries of seed " << seed << "\n";
  return 1;
}
