//===- RuntimeLibrary.h - Where libgqa_runtime is ---------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The location of libgqa_runtime (runtime/), which code compiled by
// gqa-cpu-pipeline calls: gqa-run loads it, gqa-compile names it in the
// header's link line.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_SUPPORT_RUNTIMELIBRARY_H
#define GQA_SUPPORT_RUNTIMELIBRARY_H

#include <string>

namespace mlir::gqa {

/// The directory holding libgqa_runtime.so: `lib/` beside the running tool's
/// `bin/`, which is where both the build tree and an install put it.
std::string getRuntimeLibraryDir();

/// The path of libgqa_runtime.so in getRuntimeLibraryDir().
std::string getRuntimeLibraryPath();

} // namespace mlir::gqa

#endif // GQA_SUPPORT_RUNTIMELIBRARY_H
