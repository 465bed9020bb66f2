// Calls @decode of examples/llama3-8b-attention.mlir, compiled by gqa-compile,
// once with consistent descriptors and real buffers, then with one size wrong
// at a time and every data pointer null: the entry must return
// GQA_STATUS_SHAPE_MISMATCH without dereferencing anything (a read or write
// through a null pointer would crash the test).

#include "llama3.h"

#include "describe.h"

#include <cstdio>
#include <cstring>
#include <vector>

namespace {

constexpr int64_t kHq = 32, kHkv = 8, kD = 128;

uint16_t toHalf(float value) {
  _Float16 half = static_cast<_Float16>(value);
  uint16_t bits;
  std::memcpy(&bits, &half, sizeof(bits));
  return bits;
}

float fromHalf(uint16_t bits) {
  _Float16 half;
  std::memcpy(&half, &bits, sizeof(bits));
  return static_cast<float>(half);
}

gqa_memref_f16_4d describe4(uint16_t *data, int64_t d0, int64_t d1, int64_t d2,
                            int64_t d3) {
  return describe<gqa_memref_f16_4d>(data, {d0, d1, d2, d3});
}

gqa_memref_i32_1d describe1(int32_t *data, int64_t size) {
  return describe<gqa_memref_i32_1d>(data, {size});
}

struct Call {
  gqa_memref_f16_4d q, k, v, out;
  gqa_memref_i32_1d lengths;
  int32_t run() { return _mlir_ciface_decode(&q, &k, &v, &lengths, &out); }
};

/// Consistent descriptors for batch `b` and `skv` keys, over null data.
Call nullCall(int64_t b, int64_t skv) {
  return {describe4(nullptr, b, kHq, 1, kD),
          describe4(nullptr, b, kHkv, skv, kD),
          describe4(nullptr, b, kHkv, skv, kD),
          describe4(nullptr, b, kHq, 1, kD), describe1(nullptr, b)};
}

/// One size made inconsistent: what the output line says, and the change
/// to consistent descriptors.
struct Mismatch {
  const char *what;
  void (*change)(Call &);
};

const Mismatch kMismatches[] = {
    {"key batch 3, query batch 2", [](Call &c) { c.k.sizes[0] = 3; }},
    {"value Skv 15, key Skv 16", [](Call &c) { c.v.sizes[2] = 15; }},
    {"kv_lengths size 3, batch 2", [](Call &c) { c.lengths.sizes[0] = 3; }},
    {"query heads 16, expected 32", [](Call &c) { c.q.sizes[1] = 16; }},
    {"result batch 1, batch 2", [](Call &c) { c.out.sizes[0] = 1; }},
    {"result Sq 2, expected 1", [](Call &c) { c.out.sizes[2] = 2; }},
};

} // namespace

int main() {
  // Batch 2, 16 cached keys, lengths 5 and 16. All keys are equal, so the
  // causal softmax is uniform over the keys j < L_b and the output is the
  // mean of V[b, kv, 0..L_b-1, d] = j: (L_b - 1) / 2.
  const int64_t b = 2, skv = 16;
  std::vector<uint16_t> q(b * kHq * kD, toHalf(0.5f)),
      k(b * kHkv * skv * kD, toHalf(0.25f)), v(b * kHkv * skv * kD),
      out(b * kHq * kD, toHalf(-1.0f));
  for (int64_t i = 0; i < b * kHkv * skv; ++i)
    for (int64_t d = 0; d < kD; ++d)
      v[i * kD + d] = toHalf(static_cast<float>(i % skv));
  std::vector<int32_t> lengths = {5, 16};
  Call call{describe4(q.data(), b, kHq, 1, kD),
            describe4(k.data(), b, kHkv, skv, kD),
            describe4(v.data(), b, kHkv, skv, kD),
            describe4(out.data(), b, kHq, 1, kD), describe1(lengths.data(), b)};
  int32_t status = call.run();
  float worst = 0;
  for (int64_t i = 0; i < b * kHq * kD; ++i) {
    float want = (lengths[i / (kHq * kD)] - 1) / 2.0f;
    float error = fromHalf(out[i]) - want;
    worst = error < 0 ? (-error > worst ? -error : worst)
                      : (error > worst ? error : worst);
  }
  std::printf("consistent: status %d, max error %g\n", status, worst);

  // Batch 2 and 16 keys but for one size, every data pointer null.
  for (const Mismatch &mismatch : kMismatches) {
    Call c = nullCall(2, 16);
    mismatch.change(c);
    std::printf("%s: status %d\n", mismatch.what, c.run());
  }
  return 0;
}
