//===- fuzz-dialect.cpp - Fuzz the gqa dialect's parser and verifier ------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The input is MLIR text. It is parsed with the dialects attention functions
// are written in (builtin, func, arith, tensor, gqa, tm_tensor) and
// verified; text that parses and verifies must print, in the custom and the
// generic form, to text that parses and verifies again and prints the same.
// The seed corpus is the dialect's tests, one split-file case per input.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Parser/Parser.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace mlir;
using namespace mlir::gqa::fuzz;

namespace {

std::string print(ModuleOp module, bool generic) {
  std::string text;
  llvm::raw_string_ostream os(text);
  OpPrintingFlags flags;
  if (generic)
    flags.printGenericOpForm();
  module->print(os, flags);
  return text;
}

/// Prints `module` in one form, parses that back and compares the prints.
void checkRoundTrip(ModuleOp module, bool generic, llvm::StringRef input) {
  std::string first = print(module, generic);
  std::unique_ptr<MLIRContext> context = createFuzzContext(FuzzDialects::Attention);
  ErrorCounter errors(context.get());
  OwningOpRef<ModuleOp> reparsed =
      parseModule(first, context.get());
  if (!reparsed)
    reportDefect(generic ? "the generic print of verified IR does not parse"
                         : "the print of verified IR does not parse",
                 input);
  if (print(*reparsed, generic) != first)
    reportDefect("verified IR prints differently after a round trip", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef input(reinterpret_cast<const char *>(data), size);
  std::unique_ptr<MLIRContext> context = createFuzzContext(FuzzDialects::Attention);
  ErrorCounter errors(context.get());
  OwningOpRef<ModuleOp> module =
      parseModule(input, context.get());
  if (!module) {
    if (errors.getNumErrors() == 0)
      reportDefect("the parser failed without an error", input);
    return 0;
  }
  checkRoundTrip(*module, /*generic=*/false, input);
  checkRoundTrip(*module, /*generic=*/true, input);
  return 0;
}
