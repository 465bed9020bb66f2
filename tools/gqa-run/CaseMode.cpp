//===- CaseMode.cpp - gqa-run --case --------------------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Loads each ONNX conformance case, imports it with the library importer,
// lowers and JIT-compiles it through the chosen pipeline, runs it on the
// case's inputs and compares every output listed in the case with the
// case's tolerance.
//
//===----------------------------------------------------------------------===//

#include "Compare.h"
#include "Modes.h"

#include "gqa/Import/ONNXCase.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::run;

namespace {

/// The outcome of one case.
enum class CaseOutcome { Passed, Failed, Error };

/// Prints `[b, h, ...]`.
std::string formatShape(ArrayRef<int64_t> shape) {
  std::string text = "[";
  llvm::raw_string_ostream os(text);
  llvm::interleaveComma(shape, os);
  os << "]";
  return text;
}

} // namespace

/// Runs the case in `directory`, printing its PASS/FAIL line or its error.
static CaseOutcome runCase(StringRef directory, const RunConfig &config) {
  llvm::SmallString<256> jsonPath(directory);
  llvm::sys::path::append(jsonPath, "case.json");

  llvm::Expected<onnx::AttentionCase> loaded =
      onnx::loadAttentionCase(directory);
  if (!loaded) {
    reportError(llvm::toString(loaded.takeError()));
    return CaseOutcome::Error;
  }
  onnx::AttentionCase &c = *loaded;

  MLIRContext context(*config.registry, MLIRContext::Threading::DISABLED);
  OwningOpRef<ModuleOp> module = ModuleOp::create(UnknownLoc::get(&context));
  llvm::Expected<onnx::ImportedAttention> imported =
      onnx::importAttention(*module, c.node, "attention");
  if (!imported) {
    reportError(jsonPath + ": " + llvm::toString(imported.takeError()));
    return CaseOutcome::Error;
  }

  // Every output the case lists must be one the import produces, with the
  // same shape and element type.
  SmallVector<unsigned> resultOfOutput;
  for (const onnx::TensorData &output : c.outputs) {
    const onnx::TensorInfo &info = output.info;
    auto *it =
        llvm::find_if(imported->results, [&](const onnx::TensorInfo &result) {
          return result.name == info.name;
        });
    if (it == imported->results.end()) {
      reportError(jsonPath + ": unsupported output '" + info.name +
                  "' (the importer produces Y, and present_key/present_value "
                  "with a past cache)");
      return CaseOutcome::Error;
    }
    if (it->shape != info.shape || it->dtype != info.dtype) {
      reportError(jsonPath + ": output '" + info.name + "' is " +
                  formatShape(info.shape) + " " +
                  onnx::stringifyDType(info.dtype) + " but the inputs give " +
                  formatShape(it->shape) + " " +
                  onnx::stringifyDType(it->dtype));
      return CaseOutcome::Error;
    }
    resultOfOutput.push_back(it - imported->results.begin());
  }

  SmallVector<int64_t> argumentRanks, resultRanks;
  for (const onnx::TensorInfo &info : imported->arguments)
    argumentRanks.push_back(info.shape.size());
  for (const onnx::TensorInfo &info : imported->results)
    resultRanks.push_back(info.shape.size());

  auto fail = [&](const llvm::Twine &why) {
    llvm::outs() << "FAIL " << c.name << " (" << why << ")\n";
    llvm::outs().flush();
    return CaseOutcome::Failed;
  };

  llvm::Expected<std::unique_ptr<JitFunction>> function =
      JitFunction::compile(*module, "attention", config.pipeline, argumentRanks,
                           resultRanks, config.jit);
  if (!function)
    return fail(llvm::toString(function.takeError()));

  SmallVector<HostTensor> arguments, results;
  for (const onnx::TensorData &input : c.inputs)
    arguments.push_back(
        HostTensor::fromBytes(input.info.dtype, input.info.shape, input.bytes));
  for (const onnx::TensorInfo &info : imported->results)
    results.push_back(HostTensor(info.dtype, info.shape, /*fillByte=*/0xff));
  SmallVector<HostTensor *> argumentPointers, resultPointers;
  for (HostTensor &tensor : arguments)
    argumentPointers.push_back(&tensor);
  for (HostTensor &tensor : results)
    resultPointers.push_back(&tensor);
  if (llvm::Error error = (*function)->call(argumentPointers, resultPointers))
    return fail("call failed: " + llvm::toString(std::move(error)));
  if (std::optional<int64_t> bytes = (*function)->getKvBytesRead())
    llvm::outs() << "KV " << c.name << " kv_bytes_read=" << *bytes << "\n";

  Comparison comparison({c.tolerance.abs, c.tolerance.rel});
  for (auto [output, resultIndex] :
       llvm::zip_equal(c.outputs, resultOfOutput)) {
    HostTensor expected = HostTensor::fromBytes(
        output.info.dtype, output.info.shape, output.bytes);
    comparison.compare(output.info.name, results[resultIndex],
                       [&](int64_t i) { return expected.get(i); });
  }
  comparison.print(llvm::outs(), c.name);
  llvm::outs().flush();
  return comparison.passed() ? CaseOutcome::Passed : CaseOutcome::Failed;
}

int mlir::gqa::run::runCaseMode(StringRef path, const RunConfig &config) {
  llvm::Expected<std::vector<std::string>> directories =
      onnx::findCaseDirectories(path);
  if (!directories) {
    reportError(llvm::toString(directories.takeError()));
    return kExitError;
  }
  if (directories->empty()) {
    reportError(path + ": no case found (no case.json at or below it)");
    return kExitError;
  }

  unsigned passed = 0, failed = 0, errors = 0;
  for (const std::string &directory : *directories) {
    switch (runCase(directory, config)) {
    case CaseOutcome::Passed:
      ++passed;
      break;
    case CaseOutcome::Failed:
      ++failed;
      break;
    case CaseOutcome::Error:
      ++errors;
      break;
    }
  }
  if (errors)
    reportError(llvm::Twine(errors) + " case" + (errors == 1 ? "" : "s") +
                " could not be run (malformed or unsupported)");
  llvm::outs() << passed << " passed, " << failed << " failed\n";
  llvm::outs().flush();
  if (errors)
    return kExitError;
  return failed ? kExitFailed : kExitPassed;
}
