// Calls @chain of temporaries.mlir five times on different inputs: from the
// second call on, its 2 MiB temporaries are blocks libgqa_runtime's
// allocator kept, and every call must still compute (2x + 1) * 2x.

#include "temporaries.h"

#include "describe.h"

#include <cmath>
#include <cstdio>
#include <vector>

int main() {
  constexpr int kRows = 512, kCols = 1024;
  bool pass = true;
  for (int call = 0; call < 5; ++call) {
    std::vector<float> x(kRows * kCols), out(kRows * kCols, -1.0f);
    for (size_t i = 0; i < x.size(); ++i)
      x[i] = std::sin(0.001f * static_cast<float>(i) + call);
    auto xD = describe<gqa_memref_f32_2d>(x.data(), {kRows, kCols});
    auto oD = describe<gqa_memref_f32_2d>(out.data(), {kRows, kCols});
    int32_t status = _mlir_ciface_chain(&xD, &oD);
    size_t wrong = 0;
    for (size_t i = 0; i < x.size(); ++i) {
      float a = x[i] * 2.0f, want = (a + 1.0f) * a;
      if (std::fabs(out[i] - want) > 1e-6f * (1.0f + std::fabs(want)))
        ++wrong;
    }
    std::printf("call %d: status %d, %zu wrong\n", call, status, wrong);
    pass = pass && status == 0 && wrong == 0;
  }
  std::printf("%s\n", pass ? "PASS" : "FAIL");
  return pass ? 0 : 1;
}
