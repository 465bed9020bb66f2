//===- Compare.h - Tolerance checks of gqa-run ------------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Element-wise comparison of computed outputs with expected values: an
// element passes when `|out - expected| <= abs + rel * |expected|`. A NaN
// output never passes, except against a NaN where the tolerance says so
// (two lowerings of one function that agree on a NaN).
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_RUN_COMPARE_H
#define GQA_TOOLS_GQA_RUN_COMPARE_H

#include "HostTensor.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace mlir::gqa::run {

/// The tolerance of a comparison.
struct ToleranceSpec {
  double abs = 0.0;
  double rel = 0.0;
  /// A NaN matches a NaN (gqa-run --mlir, where the expected values come
  /// from another lowering of the same function, not from a reference).
  bool nanMatchesNaN = false;
};

/// The outcome of comparing one or more outputs.
class Comparison {
public:
  explicit Comparison(ToleranceSpec tolerance) : tolerance(tolerance) {}

  /// Compares every element of `actual` (named `name` in messages) with
  /// `expected(index)`.
  void compare(llvm::StringRef name, const HostTensor &actual,
               llvm::function_ref<double(int64_t)> expected);

  bool passed() const { return numViolations == 0; }

  /// Prints `PASS <label> max_err=... allowed=...`, or the same with `FAIL`
  /// and the worst element, as one line.
  void print(llvm::raw_ostream &os, llvm::StringRef label) const;

private:
  ToleranceSpec tolerance;
  /// The largest |out - expected| and the tolerance at that element.
  double maxError = 0.0;
  double allowedAtMax = 0.0;
  bool sawNaN = false;
  int64_t numCompared = 0;
  /// The element that exceeds its tolerance by the largest factor.
  int64_t numViolations = 0;
  double worstRatio = 0.0;
  std::string worstDescription;
};

} // namespace mlir::gqa::run

#endif // GQA_TOOLS_GQA_RUN_COMPARE_H
