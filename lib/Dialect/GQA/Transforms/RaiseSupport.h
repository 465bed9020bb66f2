//===- RaiseSupport.h - What every part of the raise uses -------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): the failure reasons
// that every matcher fills, typed by what they say about the op they started
// at, and small helpers on linalg ops and their bodies.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISESUPPORT_H
#define GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISESUPPORT_H

#include "gqa/Dialect/GQA/Transforms/Transforms.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Support/LLVM.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mlir::gqa::raise {

//===----------------------------------------------------------------------===//
// Failure reasons
//===----------------------------------------------------------------------===//

/// What a failed match says about the op it started at.
enum class RaiseFailure : uint8_t {
  /// The op is not a softmax at all: not an attention candidate, nothing to
  /// report to users.
  NotACandidate,
  /// A softmax whose attention does not match or is not supported: reported
  /// to users, after `kRaiseAttentionCandidatePrefix`.
  Unsupported,
};

/// The reason a candidate did not match; filled by the matcher functions,
/// which return `failure()` after setting it.
struct Reason {
  RaiseFailure kind = RaiseFailure::Unsupported;
  std::string text;

  /// Sets the reason why a softmax's attention does not match.
  LogicalResult operator()(const Twine &message) {
    kind = RaiseFailure::Unsupported;
    text = message.str();
    return failure();
  }

  /// Sets the reason why an op is not an attention candidate at all.
  LogicalResult notACandidate(const Twine &message) {
    kind = RaiseFailure::NotACandidate;
    text = ("not an attention candidate: " + message).str();
    return failure();
  }

  /// The reason as reported through `notifyMatchFailure`: attention
  /// candidates' reasons start with `kRaiseAttentionCandidatePrefix`.
  std::string message() const {
    if (kind == RaiseFailure::NotACandidate)
      return text;
    return (kRaiseAttentionCandidatePrefix + text).str();
  }
};

/// Prints a number the way a user would write it, for failure reasons.
std::string formatNumber(double value);

/// Prints `op` as its name, for failure reasons.
std::string describe(Operation *op);

//===----------------------------------------------------------------------===//
// Small helpers on linalg ops
//===----------------------------------------------------------------------===//

/// True if every loop of `op` is parallel.
bool isAllParallel(linalg::LinalgOp op);

/// An all-parallel linalg op with one tensor result and an identity output
/// map, whose body does not read the output: an elementwise map.
bool isElementwiseMap(linalg::LinalgOp op);

/// The value yielded for result `index` of `op`.
Value getYielded(linalg::LinalgOp op, unsigned index);

/// The scalar value of a constant: an `arith.constant` (scalar or splat), a
/// `linalg.fill` of one, or a float/int cast of one.
std::optional<double> getScalarConstant(Value value);

/// The scalar constant of a value used inside the body of `op`: a constant
/// defined in or above the body, or a block argument reading a splat input.
std::optional<double> getBodyConstant(linalg::LinalgOp op, Value value);

/// True if `value`, inside a linalg body, is computed from `arg`.
bool dependsOn(Value value, BlockArgument arg);

/// True if `value` is `-inf` or at most the lowest finite half-precision
/// float: the values exporters fill masked scores with.
bool isMaskingValue(double value);

} // namespace mlir::gqa::raise

#endif // GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISESUPPORT_H
