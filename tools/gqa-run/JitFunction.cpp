//===- JitFunction.cpp - Lower, JIT-compile and call one function ---------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "JitFunction.h"

#include "gqa/Dialect/GQA/Transforms/Transforms.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>

using namespace mlir;
using namespace mlir::gqa::run;

namespace {

llvm::Error jitError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// Collects the diagnostics emitted while it is alive into one string.
class DiagnosticCollector {
public:
  explicit DiagnosticCollector(MLIRContext *context)
      : handler(context, [this](Diagnostic &diag) {
          std::string text;
          llvm::raw_string_ostream os(text);
          os << diag.getLocation() << ": " << diag;
          for (const Diagnostic &note : diag.getNotes())
            os << "\n  note: " << note;
          messages.push_back(text);
          return success();
        }) {}

  /// The diagnostics, one per line, or `fallback` when there were none.
  std::string str(llvm::StringRef fallback) const {
    if (messages.empty())
      return fallback.str();
    return llvm::join(messages, "\n");
  }

private:
  llvm::SmallVector<std::string> messages;
  ScopedDiagnosticHandler handler;
};

/// Number of scalar arguments a memref of rank `rank` expands into:
/// allocated and aligned pointers, offset, sizes and strides.
int64_t expandedMemRefSize(int64_t rank) { return 3 + 2 * rank; }

} // namespace

void mlir::gqa::run::initializeNativeTarget() {
  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)initialized;
}

/// Checks that the lowered module defines `funcName` with the expected
/// calling convention, and tells whether it has a C interface wrapper.
static llvm::Expected<bool> checkLoweredSignature(ModuleOp module,
                                                  StringRef funcName,
                                                  ArrayRef<int64_t> argRanks,
                                                  ArrayRef<int64_t> resRanks) {
  auto func = module.lookupSymbol<LLVM::LLVMFuncOp>(funcName);
  if (!func)
    return jitError("the lowered module has no llvm.func @" + funcName +
                    " (does the pipeline lower everything to the LLVM "
                    "dialect?)");
  int64_t expected = 0;
  for (int64_t rank : llvm::concat<const int64_t>(argRanks, resRanks))
    expected += expandedMemRefSize(rank);
  LLVM::LLVMFunctionType type = func.getFunctionType();
  if (!isa<LLVM::LLVMVoidType>(type.getReturnType()) ||
      static_cast<int64_t>(type.getNumParams()) != expected)
    return jitError(
        "the lowered @" + funcName + " has type " +
        llvm::formatv("{0}", Type(type)) + "; expected no result and " +
        llvm::Twine(expected) + " parameters (the memref descriptors of " +
        llvm::Twine(argRanks.size()) + " arguments and " +
        llvm::Twine(resRanks.size()) +
        " out-params: does the pipeline run buffer-results-to-out-params?)");
  auto wrapper =
      module.lookupSymbol<LLVM::LLVMFuncOp>(("_mlir_ciface_" + funcName).str());
  if (!wrapper)
    return false;
  LLVM::LLVMFunctionType wrapperType = wrapper.getFunctionType();
  if (!isa<LLVM::LLVMVoidType>(wrapperType.getReturnType()) ||
      wrapperType.getNumParams() != argRanks.size() + resRanks.size())
    return jitError("the lowered @_mlir_ciface_" + funcName +
                    " does not take one descriptor pointer per memref");
  return true;
}

llvm::Expected<std::unique_ptr<JitFunction>>
JitFunction::compile(ModuleOp module, StringRef funcName,
                     const PipelineChoice &pipeline,
                     ArrayRef<int64_t> argumentRanks,
                     ArrayRef<int64_t> resultRanks, const JitOptions &options) {
  MLIRContext *context = module.getContext();
  if (options.printInputIR) {
    module.print(llvm::outs());
    llvm::outs() << "\n";
    llvm::outs().flush();
  }

  {
    PassManager pm(context, ModuleOp::getOperationName());
    if (failed(applyPassManagerCLOptions(pm)))
      return jitError("invalid pass manager options");
    if (llvm::Error error = addPipeline(pipeline, pm))
      return std::move(error);
    DiagnosticCollector diagnostics(context);
    if (failed(pm.run(module)))
      return jitError("pipeline '" + pipeline.name + "' failed:\n" +
                      diagnostics.str("(no diagnostic)"));
  }
  if (options.printLoweredIR) {
    module.print(llvm::outs());
    llvm::outs() << "\n";
    llvm::outs().flush();
  }

  llvm::Expected<bool> hasCInterface =
      checkLoweredSignature(module, funcName, argumentRanks, resultRanks);
  if (!hasCInterface)
    return hasCInterface.takeError();

  initializeNativeTarget();
  std::function<llvm::Error(llvm::Module *)> transformer =
      makeOptimizingTransformer(options.optLevel, /*sizeLevel=*/0,
                                /*targetMachine=*/nullptr);
  SmallVector<StringRef> libraries(options.sharedLibraries.begin(),
                                   options.sharedLibraries.end());
  ExecutionEngineOptions engineOptions;
  engineOptions.transformer = transformer;
  engineOptions.jitCodeGenOptLevel =
      static_cast<llvm::CodeGenOptLevel>(options.optLevel);
  engineOptions.sharedLibPaths = libraries;
  engineOptions.enableGDBNotificationListener = false;
  engineOptions.enablePerfNotificationListener = false;

  DiagnosticCollector diagnostics(context);
  llvm::Expected<std::unique_ptr<ExecutionEngine>> engine =
      ExecutionEngine::create(module, engineOptions);
  if (!engine)
    return jitError(
        "JIT compilation failed: " + llvm::toString(engine.takeError()) + "\n" +
        diagnostics.str(""));
  (*engine)->initialize();

  std::unique_ptr<JitFunction> function(new JitFunction());
  function->engine = std::move(*engine);
  function->funcName = funcName.str();
  function->useCInterface = *hasCInterface;
  function->argumentRanks.assign(argumentRanks.begin(), argumentRanks.end());
  function->resultRanks.assign(resultRanks.begin(), resultRanks.end());

  // The K/V byte counter, if the pipeline left one.
  if (module.lookupSymbol<LLVM::GlobalOp>(kKvBytesCounterName)) {
    llvm::Expected<void *> counter =
        function->engine->lookup(kKvBytesCounterName);
    if (!counter)
      return jitError("cannot find the JIT-compiled K/V byte counter: " +
                      llvm::toString(counter.takeError()));
    function->kvBytesCounter = static_cast<int64_t *>(*counter);
  }

  // Resolve the entry point now, so that a missing symbol is a compile error.
  std::string entry = function->useCInterface
                          ? ("_mlir_ciface_" + funcName).str()
                          : funcName.str();
  if (llvm::Expected<void (*)(void **)> packed =
          function->engine->lookupPacked(entry);
      !packed)
    return jitError("cannot find the JIT-compiled entry point '" + entry +
                    "': " + llvm::toString(packed.takeError()));
  return function;
}

llvm::Error JitFunction::call(ArrayRef<HostTensor *> arguments,
                              ArrayRef<HostTensor *> results) {
  if (arguments.size() != argumentRanks.size() ||
      results.size() != resultRanks.size())
    return jitError("wrong number of arguments or results for @" + funcName);

  if (kvBytesCounter)
    *kvBytesCounter = 0;

  // One descriptor per memref: {allocated, aligned, offset, sizes, strides},
  // every field 8 bytes wide.
  SmallVector<SmallVector<int64_t>> descriptors;
  auto addDescriptor = [&](HostTensor *tensor,
                           int64_t expectedRank) -> llvm::Error {
    if (tensor->getRank() != expectedRank)
      return jitError("a tensor of rank " + llvm::Twine(tensor->getRank()) +
                      " is passed where @" + funcName + " expects rank " +
                      llvm::Twine(expectedRank));
    SmallVector<int64_t> words;
    auto pointer =
        static_cast<int64_t>(reinterpret_cast<intptr_t>(tensor->data()));
    words.push_back(pointer);
    words.push_back(pointer);
    words.push_back(0);
    llvm::append_range(words, tensor->getShape());
    llvm::append_range(words, tensor->getStrides());
    descriptors.push_back(std::move(words));
    return llvm::Error::success();
  };
  for (auto [tensor, rank] : llvm::zip_equal(arguments, argumentRanks))
    if (llvm::Error error = addDescriptor(tensor, rank))
      return error;
  for (auto [tensor, rank] : llvm::zip_equal(results, resultRanks))
    if (llvm::Error error = addDescriptor(tensor, rank))
      return error;

  if (useCInterface) {
    // _mlir_ciface_f(Desc *, Desc *, ...): the packed wrapper takes a pointer
    // to each descriptor pointer.
    SmallVector<void *> descriptorPointers;
    for (SmallVector<int64_t> &words : descriptors)
      descriptorPointers.push_back(words.data());
    SmallVector<void *> packed;
    for (void *&pointer : descriptorPointers)
      packed.push_back(&pointer);
    return engine->invokePacked("_mlir_ciface_" + funcName, packed);
  }
  // f(alloc, align, offset, sizes..., strides..., ...): the packed wrapper
  // takes a pointer to each scalar.
  SmallVector<void *> packed;
  for (SmallVector<int64_t> &words : descriptors)
    for (int64_t &word : words)
      packed.push_back(&word);
  return engine->invokePacked(funcName, packed);
}

std::optional<int64_t> JitFunction::getKvBytesRead() const {
  if (!kvBytesCounter)
    return std::nullopt;
  return *kvBytesCounter;
}
