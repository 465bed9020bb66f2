// Calls the functions of norms.mlir, compiled by gqa-compile with
// --reference (the fast pipeline's entries and the reference pipeline's
// reference_* entries), on seeded inputs and checks both against the same
// computation in double precision with the C++ library's pow, sqrt and tanh.

#include "norms.h"

#include "describe.h"

#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace {

/// Prints the largest error of `got` against `expected`, relative to
/// max(1, |expected|), and whether it is within `tolerance`; returns that.
bool check(const char *name, int32_t status, const std::vector<float> &got,
           const std::vector<double> &expected, double tolerance) {
  double worst = 0.0;
  bool finite = true;
  for (size_t i = 0; i < got.size(); ++i) {
    finite = finite && std::isfinite(got[i]);
    worst = std::max(worst, std::fabs(got[i] - expected[i]) /
                                std::max(1.0, std::fabs(expected[i])));
  }
  bool pass = status == 0 && finite && worst <= tolerance;
  std::printf("%s: status %d, max error %.3g, %s\n", name, status, worst,
              pass ? "PASS" : "FAIL");
  return pass;
}

} // namespace

int main() {
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> uniform(-3.0f, 3.0f);
  bool pass = true;

  // RMSNorm over 4 rows of 64.
  std::vector<float> x(4 * 64), w(64), y(4 * 64);
  for (float &v : x)
    v = uniform(rng);
  for (float &v : w)
    v = uniform(rng);
  std::vector<double> expected(x.size());
  for (int r = 0; r < 4; ++r) {
    double sum = 0.0;
    for (int c = 0; c < 64; ++c)
      sum += std::pow(double(x[r * 64 + c]), 2);
    double inv = 1.0 / std::sqrt(sum / 64 + 1e-6);
    for (int c = 0; c < 64; ++c)
      expected[r * 64 + c] = x[r * 64 + c] * inv * w[c];
  }
  auto xd = describe<gqa_memref_f32_2d>(x.data(), {4, 64});
  auto yd = describe<gqa_memref_f32_2d>(y.data(), {4, 64});
  auto wd = describe<gqa_memref_f32_1d>(w.data(), {64});
  pass &= check("rms_norm", _mlir_ciface_rms_norm(&xd, &wd, &yd), y, expected, 1e-5);
  pass &= check("reference_rms_norm", _mlir_ciface_reference_rms_norm(&xd, &wd, &yd), y, expected, 1e-5);

  // GELU-tanh on 256 values.
  std::vector<float> g(256), gy(256);
  for (float &v : g)
    v = uniform(rng);
  std::vector<double> gelu(256);
  for (int i = 0; i < 256; ++i) {
    double v = g[i];
    gelu[i] = 0.5 * v * (1.0 + std::tanh(0.797884583 * (v + 0.044715 * std::pow(v, 3))));
  }
  auto gd = describe<gqa_memref_f32_1d>(g.data(), {256});
  auto gyd = describe<gqa_memref_f32_1d>(gy.data(), {256});
  pass &= check("gelu_tanh", _mlir_ciface_gelu_tanh(&gd, &gyd), gy, gelu, 1e-5);
  pass &= check("reference_gelu_tanh", _mlir_ciface_reference_gelu_tanh(&gd, &gyd), gy, gelu, 1e-5);

  // x^n with n in [-3, 4], negative bases included.
  std::vector<float> b(64), p(64);
  std::vector<int32_t> n(64);
  std::vector<double> powers(64);
  for (int i = 0; i < 64; ++i) {
    b[i] = uniform(rng);
    n[i] = i % 8 - 3;
    powers[i] = std::pow(double(b[i]), n[i]);
  }
  auto bd = describe<gqa_memref_f32_1d>(b.data(), {64});
  auto pd = describe<gqa_memref_f32_1d>(p.data(), {64});
  auto nd = describe<gqa_memref_i32_1d>(n.data(), {64});
  pass &= check("powi", _mlir_ciface_powi(&bd, &nd, &pd), p, powers, 1e-5);
  pass &= check("reference_powi", _mlir_ciface_reference_powi(&bd, &nd, &pd), p, powers, 1e-5);
  return pass ? 0 : 1;
}
