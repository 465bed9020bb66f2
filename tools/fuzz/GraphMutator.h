//===- GraphMutator.h - Structured mutations of model graphs -----*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Mutates an exported model graph (linalg on tensors, as torch-mlir writes
// it) the way a different model or exporter would differ: a constant takes
// another value, a broadcast or transposing indexing map changes, an op is
// dropped (its result replaced by an operand of the same type), the operands
// of an op are swapped, independent ops are reordered, or a size changes in
// every tensor type that has it. A mutation may make the graph invalid; the
// callers verify and try again. The raise fuzz target and `gqa-mutate` use
// it to check that gqa-raise-attention raises only what it proves.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_FUZZ_GRAPHMUTATOR_H
#define GQA_TOOLS_FUZZ_GRAPHMUTATOR_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <random>
#include <string>

namespace mlir::gqa::fuzz {

/// The kinds of mutation, in the order `mutateGraph` numbers them.
enum class MutationKind {
  Constant,
  IndexingMap,
  DropOp,
  SwapOperands,
  ReorderOps,
  Size,
};

/// Applies one mutation chosen by `random` to `module` in place. Returns the
/// kind and a line saying what changed, or std::nullopt when the mutation
/// found nothing to change (the module is then unchanged).
std::optional<std::pair<MutationKind, std::string>>
mutateGraph(ModuleOp module, std::mt19937_64 &random);

} // namespace mlir::gqa::fuzz

#endif // GQA_TOOLS_FUZZ_GRAPHMUTATOR_H
