//===- FuzzSupport.h - What the gqa-mlir fuzz targets share ------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The fuzz targets (tools/fuzz, built with -DGQA_ENABLE_FUZZERS=ON) check one
// promise: bad input gets a diagnostic, never a crash. This header gives them
// a context with every dialect the tools load, a counter of the errors
// emitted, and `reportDefect`, which prints what broke the promise and aborts
// so that libFuzzer records the input as a crash.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_FUZZ_FUZZSUPPORT_H
#define GQA_TOOLS_FUZZ_FUZZSUPPORT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringRef.h"

#include <memory>

namespace mlir::gqa::fuzz {

/// The dialects a fuzz context can load.
enum class FuzzDialects {
  /// Every dialect and extension gqa-opt registers, upstream and gqa.
  All,
  /// What attention functions are written in: builtin, func, arith, tensor
  /// and the project's dialects (gqa, tm_tensor). The dialect target fuzzes
  /// these parsers; upstream's others are not ours to fix (see
  /// docs/fuzzing.md for the crash found in linalg's).
  Attention,
};

/// A context holding `dialects`, with threading off. One per input: the
/// attributes and types an input creates are freed with it.
std::unique_ptr<MLIRContext>
createFuzzContext(FuzzDialects dialects = FuzzDialects::All);

/// Counts the errors emitted in a context while it lives and keeps them from
/// being printed (libFuzzer runs millions of inputs), unless GQA_FUZZ_PRINT
/// is set.
class ErrorCounter {
public:
  explicit ErrorCounter(MLIRContext *context);
  unsigned getNumErrors() const { return numErrors; }

private:
  unsigned numErrors = 0;
  ScopedDiagnosticHandler handler;
};

/// Parses `text` as a module. The MLIR lexer reads the byte after the text
/// to find its end: files and std::strings end in a 0 there, libFuzzer's
/// inputs do not (ASan reports the read), so the text is copied first.
OwningOpRef<ModuleOp> parseModule(llvm::StringRef text, MLIRContext *context);

/// Prints `what` (a broken promise, with the input it was found on) and
/// aborts, so that libFuzzer keeps the input as a crash.
[[noreturn]] void reportDefect(llvm::StringRef what, llvm::StringRef input);

/// Registers the gqa passes and pipelines once, so that pipelines can be
/// parsed from their textual names.
void registerFuzzPasses();

} // namespace mlir::gqa::fuzz

#endif // GQA_TOOLS_FUZZ_FUZZSUPPORT_H
