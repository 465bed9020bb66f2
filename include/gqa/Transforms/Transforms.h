//===- Transforms.h - GQA project-wide transforms ---------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The library functions behind the passes in gqa/Transforms/Passes.td, for
// use by other passes, pipelines and tools.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TRANSFORMS_TRANSFORMS_H
#define GQA_TRANSFORMS_TRANSFORMS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Support/LLVM.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mlir {
namespace func {
class FuncOp;
} // namespace func

namespace gqa {

/// Sets `llvm.emit_c_interface` on every public `func.func` definition in
/// `module` (not on private functions nor on declarations). Returns the
/// number of functions that gained the attribute.
int64_t addCInterfaceToPublicFunctions(RewriterBase &rewriter, ModuleOp module);

/// Checks the LLVM backend contract: every operation nested in `module` is
/// in the LLVM dialect (or, with `allowOpenMP`, in the OpenMP dialect, which
/// the LLVM IR translation lowers to runtime calls). On failure, emits an
/// error on the first operation (in pre-order) that is not, naming it.
LogicalResult verifyLLVMContract(ModuleOp module, bool allowOpenMP = false);

/// The CPU that `cpu` names for LLVM: the host CPU for `native`, else `cpu`.
std::string resolveTargetCPU(StringRef cpu);

/// The vector register width in bits of `cpu` (512 with AVX-512, 256 with
/// AVX, else 128), or failure with `error` set when LLVM does not know
/// `cpu`.
FailureOr<int64_t> getTargetVectorBits(StringRef cpu, std::string &error);

/// Whether `cpu` (`native`, or a CPU name LLVM knows) has the LLVM subtarget
/// feature `feature` (such as "amx-bf16"); false for a CPU LLVM does not
/// know.
bool targetHasFeature(StringRef cpu, StringRef feature);

//===----------------------------------------------------------------------===//
// Checked entries (gqa-annotate-entry-dims, gqa-entry-status)
//===----------------------------------------------------------------------===//

/// Function attribute of `gqa-annotate-entry-dims`: the classes of entry
/// dimensions that must be equal, `array<i64: SIZE, ARG, DIM, ...>` each.
inline constexpr llvm::StringLiteral kEntryDimsAttrName = "gqa.entry_dims";

/// Function attribute of `gqa-annotate-entry-dims`: `array<i64: CLASS, ARG,
/// DIM>` for each dimension that must be 1 or the size of class `CLASS`.
inline constexpr llvm::StringLiteral kEntryBroadcastDimsAttrName =
    "gqa.entry_broadcast_dims";

/// Function attribute of `gqa-annotate-entry-dims`: `array<i64: ARG, SIZE,
/// BOUND_ARG, BOUND_DIM>` for each argument that an attention reads as
/// `kv_lengths` or `q_offset`: every element must lie in `[0, Skv]`, `Skv`
/// being `SIZE` if it is static (else -1) and the size of dimension
/// `BOUND_DIM` of entry argument `BOUND_ARG` if one has it (else -1, -1).
inline constexpr llvm::StringLiteral kEntryIndexBoundsAttrName =
    "gqa.entry_index_bounds";

/// Function attribute of `gqa-hoist-entry-asserts`: the private function
/// computing the conjunction of the function's assertions.
inline constexpr llvm::StringLiteral kEntryCheckAttrName = "gqa.entry_check";

/// The statuses an entry made by `addEntryStatus` returns, all of them: the
/// generated C header declares this enum as `gqa_status`, and a new status
/// takes the next number.
enum EntryStatus : int32_t {
  /// The body ran.
  kEntryStatusOk = 0,
  /// The sizes of the memref arguments disagree with each other or with
  /// their static sizes; the body did not run.
  kEntryStatusShapeMismatch = 1,
  /// An assertion of the function (`gqa.entry_check`), such as an index
  /// bounds check, does not hold for the inputs; the body did not run.
  kEntryStatusAssertFailed = 2,
  /// An element of an argument that an attention reads as `kv_lengths` or
  /// `q_offset` is outside `[0, Skv]` (`gqa.entry_index_bounds`); the body
  /// did not run.
  kEntryStatusIndexOutOfRange = 3,
};

/// Sets `gqa.entry_dims` (and `gqa.entry_broadcast_dims` if there are any)
/// on the tensor-level function definition `func`: which dimensions of its
/// arguments and out-parameters-to-be must be equal. Does nothing on a
/// declaration.
LogicalResult annotateEntryDims(func::FuncOp func);

/// Moves the assertions (`cf.assert`) of the tensor-level public function
/// definition `func` into a private check function named by
/// `gqa.entry_check` (see `gqa-hoist-entry-asserts`). Does nothing when
/// `func` has none.
LogicalResult hoistEntryAsserts(func::FuncOp func);

/// Splits the memref-level public function definition `func`, which must
/// have no results, into a private body `__gqa_impl_<name>` and an entry
/// `<name>` that checks the memref sizes (static sizes and the annotations
/// of `annotateEntryDims`) and the `gqa.entry_check` function, and returns
/// `kEntryStatusOk` after calling the body, or `kEntryStatusShapeMismatch`,
/// `kEntryStatusIndexOutOfRange` (`gqa.entry_index_bounds`) or
/// `kEntryStatusAssertFailed` without calling it, checked in that order.
LogicalResult addEntryStatus(func::FuncOp func);

//===----------------------------------------------------------------------===//
// Arguments updated in place (gqa-mark-entry-arguments,
// gqa-drop-updated-results)
//===----------------------------------------------------------------------===//

/// Argument attribute of `gqa-mark-entry-arguments`: the index of the result
/// of the tensor-level function that is this argument after the function's
/// writes. The entry then updates the argument in place, and that result is
/// no out-parameter.
inline constexpr llvm::StringLiteral kUpdatedByResultAttrName =
    "gqa.updated_by_result";

/// The argument of the function definition `func` that result `resultIndex`
/// is an update of: the result, of the argument's type, is reached from the
/// argument through destination-style writes only (the init operand of a
/// `DestinationStyleOpInterface` op such as `tensor.insert_slice` or a
/// `linalg` op, the outputs of a `tm_tensor` op, the iteration arguments of
/// `scf.for`). None when it is not.
std::optional<unsigned> getUpdatedArgument(func::FuncOp func,
                                           unsigned resultIndex);

/// Marks the tensor arguments of the function definition `func` for
/// bufferization: read-only (`bufferization.writable = false`), so that the
/// entry never writes a buffer its caller passes as an input. With
/// `updateInPlace`, each argument that a result is an update of
/// (`getUpdatedArgument`; the first such result) is writable instead and
/// records the result in `gqa.updated_by_result`.
void markEntryArguments(func::FuncOp func, bool updateInPlace);

} // namespace gqa
} // namespace mlir

#endif // GQA_TRANSFORMS_TRANSFORMS_H
