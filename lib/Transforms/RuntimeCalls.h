//===- RuntimeCalls.h - Building calls of libgqa_runtime --------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// What the passes that route work to libgqa_runtime
// (include/gqa-runtime/gqa_runtime.h) share: declaring a runtime function
// and passing a memref as its first element's address.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_LIB_TRANSFORMS_RUNTIMECALLS_H
#define GQA_LIB_TRANSFORMS_RUNTIMECALLS_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinOps.h"

namespace mlir::gqa {

/// The private declaration of runtime function `name` with argument types
/// `args` and no results, created at the start of `module` if absent.
func::FuncOp getOrDeclareRuntimeFunction(ModuleOp module, StringRef name,
                                         ArrayRef<Type> args);

/// The address of the first element of `memref` (its aligned pointer plus
/// its offset) as an `!llvm.ptr`, with the strided metadata it was read
/// from.
std::pair<Value, memref::ExtractStridedMetadataOp>
getFirstElementPointer(OpBuilder &b, Location loc, Value memref);

} // namespace mlir::gqa

#endif // GQA_LIB_TRANSFORMS_RUNTIMECALLS_H
