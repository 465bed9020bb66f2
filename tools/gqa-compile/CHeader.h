//===- CHeader.h - The C header of a compiled module ------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// gqa-compile's `--header`: a C/C++ header declaring the C interface of every
// public function of the compiled module, with the memref descriptor layout
// of each argument, the dimensions the entry checks and the link line.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_COMPILE_CHEADER_H
#define GQA_TOOLS_GQA_COMPILE_CHEADER_H

#include "Codegen.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"

#include <string>

namespace mlir::gqa::compile {

/// Checks that `func` (a public tensor-level definition) has a C signature:
/// ranked tensor or identity-layout memref arguments of supported element
/// types, scalar arguments of integer, index or float type, and only tensor
/// results. Emits an error on `func` otherwise.
LogicalResult checkCSignature(func::FuncOp func);

/// The header declaring `_mlir_ciface_<name>` for every public function
/// definition of `modules` (tensor level, after gqa-annotate-entry-dims).
/// `guard` is the include-guard macro, `source` the input file named in the
/// comment, `libraries` what the object needs at link time.
std::string generateCHeader(llvm::ArrayRef<ModuleOp> modules,
                            llvm::StringRef guard, llvm::StringRef source,
                            llvm::ArrayRef<RuntimeLibrary> libraries);

} // namespace mlir::gqa::compile

#endif // GQA_TOOLS_GQA_COMPILE_CHEADER_H
