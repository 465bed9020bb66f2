//===- Codegen.h - LLVM dialect module to object code ------------*- C++
//-*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The back half of gqa-compile: translate an LLVM dialect module to LLVM IR,
// optimize it and emit an object file or assembly with an
// llvm::TargetMachine, and find out which runtime libraries the object needs.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_COMPILE_CODEGEN_H
#define GQA_TOOLS_GQA_COMPILE_CODEGEN_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"
#include "llvm/Target/TargetMachine.h"

#include <memory>
#include <string>
#include <vector>

namespace llvm {
class Module;
class LLVMContext;
} // namespace llvm

namespace mlir::gqa::compile {

/// What gqa-compile writes to its output file. PTX is the only kind of
/// `--target=cuda` besides MLIR; the others are `--target=cpu`'s.
enum class EmitKind { Object, Assembly, LLVMIR, MLIR, PTX };

/// A target machine for this machine's triple and `cpu` (`native` is the
/// host CPU with its features), position-independent code at -O3; an error
/// naming the CPU when LLVM does not know it.
llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
createTargetMachine(llvm::StringRef cpu);

/// Runs LLVM's -O3 module pipeline on `module` for `targetMachine`,
/// skipping `optnone` functions.
void optimizeModule(llvm::Module &module, llvm::TargetMachine &targetMachine);

/// Translates the LLVM dialect `module` to LLVM IR for `targetMachine` and
/// optimizes it at -O3 (`optimizeModule`).
llvm::Expected<std::unique_ptr<llvm::Module>>
translateAndOptimize(ModuleOp module, llvm::LLVMContext &context,
                     llvm::TargetMachine &targetMachine);

/// Code generation of `module` into object code or assembly.
llvm::Expected<llvm::SmallVector<char, 0>>
emitMachineCode(llvm::Module &module, llvm::TargetMachine &targetMachine,
                bool assembly);

/// A runtime library an object needs, and the symbols it needs from it.
struct RuntimeLibrary {
  /// What the library is, for a header comment ("the OpenMP runtime").
  std::string description;
  /// The linker arguments, empty for what every C/C++ link already has.
  std::string linkFlags;
  std::vector<std::string> symbols;
};

/// The runtime libraries the undefined symbols of the ELF object `object`
/// come from, in a fixed order. An undefined symbol no known library
/// provides (a compiler-runtime helper such as `__truncsfbf2` that the
/// system's libgcc lacks) is an error naming it.
llvm::Expected<std::vector<RuntimeLibrary>>
getRuntimeLibraries(llvm::ArrayRef<char> object);

/// The linker arguments of all of `libraries`, space-separated.
std::string getLinkFlags(llvm::ArrayRef<RuntimeLibrary> libraries);

} // namespace mlir::gqa::compile

#endif // GQA_TOOLS_GQA_COMPILE_CODEGEN_H
