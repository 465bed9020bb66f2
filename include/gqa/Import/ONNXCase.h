//===- ONNXCase.h - Load ONNX Attention conformance cases -------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Reads one case of the shared ONNX `Attention` conformance suite: a folder
// with `case.json` (the node's attributes, semantics, inputs, outputs and
// tolerance) and one raw little-endian tensor file per input and output.
// Every problem is an error naming the file and what is wrong with it; the
// loader never asserts on its input.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_IMPORT_ONNXCASE_H
#define GQA_IMPORT_ONNXCASE_H

#include "gqa/Import/ONNXAttention.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mlir::gqa::onnx {

/// A tensor of a case: its description and its raw little-endian bytes
/// (`getNumElements() * getDTypeSize(dtype)` of them, row-major).
struct TensorData {
  TensorInfo info;
  std::vector<uint8_t> bytes;
};

/// The tolerance of a case: an element passes when
/// `abs(out - expected) <= abs + rel * abs(expected)`.
struct Tolerance {
  double abs = 0.0;
  double rel = 0.0;
};

/// One loaded conformance case.
struct AttentionCase {
  /// The `case` key, or the folder name when it is absent.
  std::string name;
  /// The folder the case was read from.
  std::string directory;
  /// The node, its inputs in `case.json` order.
  AttentionNode node;
  /// The data of each input, in the order of `node.inputs`.
  llvm::SmallVector<TensorData> inputs;
  /// The expected outputs, in `case.json` order.
  llvm::SmallVector<TensorData> outputs;
  Tolerance tolerance;
};

/// Loads the case in `directory` (which holds `case.json`). Checks the JSON
/// structure, every shape, element type and file size; the semantic checks
/// (shapes consistent with each other, supported attributes) are left to
/// importAttention.
llvm::Expected<AttentionCase> loadAttentionCase(llvm::StringRef directory);

/// Loads the case in `directory` of `fileSystem` (an in-memory one in the
/// fuzz target), as above.
llvm::Expected<AttentionCase> loadAttentionCase(llvm::StringRef directory,
                                                llvm::vfs::FileSystem &fileSystem);

/// Finds every case folder (a folder holding `case.json`) at or below
/// `path`, sorted by path. Fails when `path` is not a folder.
llvm::Expected<std::vector<std::string>>
findCaseDirectories(llvm::StringRef path);

} // namespace mlir::gqa::onnx

#endif // GQA_IMPORT_ONNXCASE_H
