//===- Compare.cpp - Tolerance checks of gqa-run --------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "Compare.h"

#include "llvm/Support/Format.h"

#include <cmath>
#include <limits>

using namespace mlir::gqa::run;

void Comparison::compare(llvm::StringRef name, const HostTensor &actual,
                         llvm::function_ref<double(int64_t)> expected) {
  for (int64_t i = 0, e = actual.getNumElements(); i < e; ++i) {
    double out = actual.get(i);
    double want = expected(i);
    double allowed = tolerance.abs + tolerance.rel * std::fabs(want);
    if (std::isnan(allowed))
      allowed = tolerance.abs;
    // Equal values (including equal infinities, and NaNs where the
    // tolerance matches them) have no error; anything else involving a NaN
    // has an infinite one.
    double error;
    if (out == want ||
        (tolerance.nanMatchesNaN && std::isnan(out) && std::isnan(want)))
      error = 0.0;
    else if (std::isnan(out) || std::isnan(want))
      error = std::numeric_limits<double>::infinity();
    else
      error = std::fabs(out - want);
    if (std::isnan(out) && !std::isnan(want))
      sawNaN = true;
    if (!numCompared || error > maxError ||
        (error == maxError && allowed < allowedAtMax)) {
      maxError = error;
      allowedAtMax = allowed;
    }
    ++numCompared;
    if (error <= allowed)
      continue;
    ++numViolations;
    double ratio = allowed > 0.0 ? error / allowed
                                 : std::numeric_limits<double>::infinity();
    if (numViolations == 1 || ratio > worstRatio) {
      worstRatio = ratio;
      std::string text;
      llvm::raw_string_ostream os(text);
      os << name << actual.formatIndex(i) << " = " << llvm::format("%.6g", out)
         << ", expected " << llvm::format("%.6g", want);
      worstDescription = text;
    }
  }
}

void Comparison::print(llvm::raw_ostream &os, llvm::StringRef label) const {
  os << (passed() ? "PASS " : "FAIL ") << label
     << llvm::format(" max_err=%.3e allowed=%.3e", maxError, allowedAtMax);
  if (!passed()) {
    os << " (" << numViolations << " element" << (numViolations == 1 ? "" : "s")
       << " out of tolerance";
    if (sawNaN)
      os << ", NaN in the output";
    os << "; worst: " << worstDescription << ")";
  }
  os << "\n";
}
