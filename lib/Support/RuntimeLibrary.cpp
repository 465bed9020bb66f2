//===- RuntimeLibrary.cpp - Where libgqa_runtime is -----------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Support/RuntimeLibrary.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

std::string mlir::gqa::getRuntimeLibraryDir() {
  // On Linux the executable's path comes from /proc/self/exe.
  llvm::SmallString<256> dir(llvm::sys::fs::getMainExecutable(nullptr, nullptr));
  llvm::sys::path::remove_filename(dir); // .../bin
  llvm::sys::path::remove_filename(dir); // ...
  llvm::sys::path::append(dir, "lib");
  return std::string(dir);
}

std::string mlir::gqa::getRuntimeLibraryPath() {
  llvm::SmallString<256> path(getRuntimeLibraryDir());
  llvm::sys::path::append(path, "libgqa_runtime.so");
  return std::string(path);
}
