//===- fuzz-onnx-case.cpp - Fuzz the ONNX Attention case importer ---------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The input is one case folder in a flat container: `case.json`, then each
// further file as a line `%%NAME` and its bytes, all joined by newlines:
//
//   {"op": "Attention", ...}
//   %%in_Q.bin
//   <raw bytes>
//   %%in_K.bin
//   ...
//
// The files go into an in-memory file system; the case is loaded from it and,
// when it loads, imported into a function that must verify. Either step may
// fail with an error; neither may crash. `utils/fuzz/onnx-case-seeds.sh`
// writes the conformance cases in this form.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"

#include "gqa/Import/ONNXAttention.h"
#include "gqa/Import/ONNXCase.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Verifier.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <cstddef>
#include <cstdint>

using namespace mlir;
using namespace mlir::gqa::fuzz;

namespace {

constexpr llvm::StringLiteral kFolder = "/case";
constexpr llvm::StringLiteral kSeparator = "\n%%";

/// Fills `fileSystem` with the files of `input`.
void unpack(llvm::StringRef input, llvm::vfs::InMemoryFileSystem &fileSystem) {
  auto [json, rest] = input.split(kSeparator);
  auto add = [&](llvm::StringRef name, llvm::StringRef bytes) {
    fileSystem.addFile((kFolder + "/" + name).str(), /*ModificationTime=*/0,
                       llvm::MemoryBuffer::getMemBufferCopy(bytes, name));
  };
  add("case.json", json);
  while (!rest.empty()) {
    llvm::StringRef file;
    std::tie(file, rest) = rest.split(kSeparator);
    auto [name, bytes] = file.split('\n');
    if (!name.empty() && !name.contains('\0'))
      add(name, bytes);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef input(reinterpret_cast<const char *>(data), size);
  llvm::vfs::InMemoryFileSystem fileSystem;
  unpack(input, fileSystem);
  llvm::Expected<gqa::onnx::AttentionCase> loaded =
      gqa::onnx::loadAttentionCase(kFolder, fileSystem);
  if (!loaded) {
    if (llvm::toString(loaded.takeError()).empty())
      reportDefect("the case loader failed with an empty message", input);
    return 0;
  }
  std::unique_ptr<MLIRContext> context = createFuzzContext();
  ErrorCounter errors(context.get());
  OwningOpRef<ModuleOp> module =
      ModuleOp::create(UnknownLoc::get(context.get()));
  llvm::Expected<gqa::onnx::ImportedAttention> imported =
      gqa::onnx::importAttention(*module, loaded->node, "case");
  if (!imported) {
    if (llvm::toString(imported.takeError()).empty())
      reportDefect("the importer failed with an empty message", input);
    if (!module->getBody()->empty())
      reportDefect("the importer failed and left IR in the module", input);
    return 0;
  }
  if (failed(verify(*module)))
    reportDefect("the imported function does not verify", input);
  return 0;
}
