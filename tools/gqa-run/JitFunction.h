//===- JitFunction.h - Lower, JIT-compile and call one function -*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Lowers a module through a pass pipeline to the LLVM dialect, JIT-compiles
// it with mlir::ExecutionEngine and calls one of its functions on host
// tensors. The lowered function must take its tensor arguments as memrefs,
// followed by one out-param memref per tensor result (the calling convention
// of `buffer-results-to-out-params`), and return nothing. It is called
// through its `_mlir_ciface_` wrapper when the function carries
// `llvm.emit_c_interface`, else with the memref descriptors expanded into
// scalar arguments.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_RUN_JITFUNCTION_H
#define GQA_TOOLS_GQA_RUN_JITFUNCTION_H

#include "HostTensor.h"
#include "Pipeline.h"

#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <optional>
#include <string>

namespace mlir::gqa::run {

/// How to JIT-compile.
struct JitOptions {
  /// LLVM optimization level of the JIT (0-3).
  unsigned optLevel = 2;
  /// Shared libraries to load for symbol resolution (e.g. libomp.so).
  llvm::SmallVector<std::string> sharedLibraries;
  /// Print the module before lowering to stdout.
  bool printInputIR = false;
  /// Print the module after lowering to stdout.
  bool printLoweredIR = false;
};

/// One JIT-compiled function, ready to be called.
class JitFunction {
public:
  /// Lowers `module` with `pipeline`, JIT-compiles it and prepares calls to
  /// `funcName`, whose arguments have ranks `argumentRanks` and whose results
  /// (out-params after lowering) have ranks `resultRanks`. `module` is
  /// lowered in place. Fails with the pipeline's or the JIT's diagnostics.
  static llvm::Expected<std::unique_ptr<JitFunction>>
  compile(ModuleOp module, llvm::StringRef funcName,
          const PipelineChoice &pipeline, llvm::ArrayRef<int64_t> argumentRanks,
          llvm::ArrayRef<int64_t> resultRanks, const JitOptions &options);

  /// Calls the function with `arguments` and the out-params `results`, whose
  /// shapes must be those the function produces.
  llvm::Error call(llvm::ArrayRef<HostTensor *> arguments,
                   llvm::ArrayRef<HostTensor *> results);

  /// The bytes of K and V the last call read from global memory, when the
  /// module counts them (the `@gqa_kv_bytes_read` global of
  /// `gqa-gpu-schedule-pipeline`), else nothing.
  std::optional<int64_t> getKvBytesRead() const;

private:
  JitFunction() = default;

  std::unique_ptr<ExecutionEngine> engine;
  /// The module's K/V byte counter, reset before each call, or null.
  int64_t *kvBytesCounter = nullptr;
  std::string funcName;
  bool useCInterface = false;
  llvm::SmallVector<int64_t> argumentRanks;
  llvm::SmallVector<int64_t> resultRanks;
};

/// Initializes the native LLVM target once; call before compiling.
void initializeNativeTarget();

} // namespace mlir::gqa::run

#endif // GQA_TOOLS_GQA_RUN_JITFUNCTION_H
