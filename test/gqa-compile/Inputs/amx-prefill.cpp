// Calls @prefill of amx-prefill.mlir, compiled for this (AMX) machine, three
// times on different inputs, and checks every output element against a
// double-precision attention of the same bf16 inputs, within two units in
// the last place of bf16 (the tolerance of gqa-run --random).

#include "amx-prefill.h"

#include "describe.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {
constexpr int kHeads = 8, kKvHeads = 2, kRows = 48, kKeys = 80, kDim = 64;

uint16_t toBf16(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, 4);
  return static_cast<uint16_t>((bits + 0x7fff + ((bits >> 16) & 1)) >> 16);
}

double fromBf16(uint16_t value) {
  uint32_t bits = static_cast<uint32_t>(value) << 16;
  float result;
  std::memcpy(&result, &bits, 4);
  return result;
}

/// The largest error beyond the tolerance (0 when every element is within).
double check(const std::vector<uint16_t> &q, const std::vector<uint16_t> &k,
             const std::vector<uint16_t> &v, const std::vector<uint16_t> &o) {
  const double eps = 1.0 / 128, scale = 1.0 / std::sqrt(double(kDim));
  double worst = 0;
  for (int h = 0; h < kHeads; ++h) {
    int kv = h / (kHeads / kKvHeads);
    for (int i = 0; i < kRows; ++i) {
      int last = std::min(kKeys - 1, i + (kKeys - kRows));
      std::vector<double> w(last + 1);
      double max = -INFINITY, sum = 0;
      for (int j = 0; j <= last; ++j) {
        double dot = 0;
        for (int d = 0; d < kDim; ++d)
          dot += fromBf16(q[(h * kRows + i) * kDim + d]) *
                 fromBf16(k[(kv * kKeys + j) * kDim + d]);
        w[j] = dot * scale;
        max = std::max(max, w[j]);
      }
      for (double &x : w)
        sum += x = std::exp(x - max);
      for (int d = 0; d < kDim; ++d) {
        double want = 0;
        for (int j = 0; j <= last; ++j)
          want += w[j] * fromBf16(v[(kv * kKeys + j) * kDim + d]);
        want /= sum;
        double got = fromBf16(o[(h * kRows + i) * kDim + d]);
        double excess =
            std::fabs(got - want) - 2 * eps * (1 + std::fabs(want));
        worst = std::max(worst, excess);
      }
    }
  }
  return worst;
}
} // namespace

int main() {
  bool pass = true;
  for (int call = 0; call < 3; ++call) {
    std::vector<uint16_t> q(kHeads * kRows * kDim), k(kKvHeads * kKeys * kDim),
        v(kKvHeads * kKeys * kDim), o(kHeads * kRows * kDim, 0xffff);
    for (size_t i = 0; i < q.size(); ++i)
      q[i] = toBf16(std::sin(0.37f * i + call));
    for (size_t i = 0; i < k.size(); ++i)
      k[i] = toBf16(std::cos(0.11f * i + 2 * call));
    for (size_t i = 0; i < v.size(); ++i)
      v[i] = toBf16(std::sin(0.05f * i - call));
    auto qD = describe<gqa_memref_bf16_4d>(q.data(), {1, kHeads, kRows, kDim});
    auto kD = describe<gqa_memref_bf16_4d>(k.data(), {1, kKvHeads, kKeys, kDim});
    auto vD = describe<gqa_memref_bf16_4d>(v.data(), {1, kKvHeads, kKeys, kDim});
    auto oD = describe<gqa_memref_bf16_4d>(o.data(), {1, kHeads, kRows, kDim});
    int32_t status = _mlir_ciface_prefill(&qD, &kD, &vD, &oD);
    double excess = check(q, k, v, o);
    std::printf("call %d: status %d, %s\n", call, status,
                excess > 0 ? "out of tolerance" : "within tolerance");
    pass = pass && status == 0 && excess <= 0;
  }
  std::printf("%s\n", pass ? "PASS" : "FAIL");
  return pass ? 0 : 1;
}
