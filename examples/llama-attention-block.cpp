//===- llama-attention-block.cpp - Run a compiled Llama attention block ---===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Calls the Llama-style attention block of examples/llama-attention-block.mlir
// (exported from PyTorch: projections, RoPE, repeat_kv, causal softmax; 8
// query heads over 2 KV heads) as compiled ahead of time by
//
//   gqa-compile examples/llama-attention-block.mlir -o llama.o \
//       --header llama.h --reference
//
// `forward` is the fast path (attention raised to gqa.attention, packed,
// tiled, vectorized, threaded); `reference_forward` is the same graph as
// exported, not raised, through gqa-reference-pipeline's plain loops: the
// reference `gqa-run --mlir ... --vs gqa-reference-pipeline` compares
// against. The program runs both on the same pseudo-random input, checks
// that they agree, and checks that a call with a wrong size returns
// GQA_STATUS_SHAPE_MISMATCH without writing the output. Exit status 0 when
// every check passes.
//
//===----------------------------------------------------------------------===//

#include "llama.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace {

constexpr int64_t kBatch = 2, kSeq = 8, kHidden = 64;

/// A descriptor of the dense row-major buffer `data` of shape
/// [kBatch, kSeq, kHidden].
gqa_memref_f32_3d describe(std::vector<float> &data) {
  gqa_memref_f32_3d d;
  d.allocated = data.data();
  d.aligned = data.data();
  d.offset = 0;
  d.sizes[0] = kBatch;
  d.sizes[1] = kSeq;
  d.sizes[2] = kHidden;
  d.strides[0] = kSeq * kHidden;
  d.strides[1] = kHidden;
  d.strides[2] = 1;
  return d;
}

/// Deterministic values in [-1, 1) (xorshift64).
void fillPseudoRandom(std::vector<float> &data, uint64_t seed) {
  uint64_t state = seed;
  for (float &value : data) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    value =
        static_cast<float>(state >> 40) / static_cast<float>(1 << 23) - 1.0f;
  }
}

} // namespace

int main() {
  const size_t size = kBatch * kSeq * kHidden;
  std::vector<float> input(size), output(size), reference(size);
  fillPseudoRandom(input, 0x9e3779b97f4a7c15ull);

  gqa_memref_f32_3d in = describe(input), out = describe(output),
                    ref = describe(reference);
  int32_t status = _mlir_ciface_forward(&in, &out);
  if (status != GQA_STATUS_OK) {
    std::printf("FAIL: forward returned status %d\n", status);
    return 1;
  }
  status = _mlir_ciface_reference_forward(&in, &ref);
  if (status != GQA_STATUS_OK) {
    std::printf("FAIL: reference_forward returned status %d\n", status);
    return 1;
  }

  // The same tolerance as gqa-run's f32 comparison of two pipelines:
  // |got - want| <= atol + rtol * |want|.
  const double atol = 1e-5, rtol = 1e-5;
  double maxError = 0, maxAbs = 0;
  size_t bad = 0;
  for (size_t i = 0; i < size; ++i) {
    double error = std::fabs(double(output[i]) - double(reference[i]));
    maxError = std::fmax(maxError, error);
    maxAbs = std::fmax(maxAbs, std::fabs(double(reference[i])));
    if (!(error <= atol + rtol * std::fabs(double(reference[i]))))
      ++bad;
  }
  std::printf("forward vs reference_forward: %zu values, max |ref| = %.3e, "
              "max error = %.3e, %zu outside tolerance\n",
              size, maxAbs, maxError, bad);
  if (bad != 0 || maxAbs == 0) {
    std::printf("FAIL: the compiled block disagrees with the reference\n");
    return 1;
  }

  // A descriptor with the wrong sequence length: the entry must refuse it
  // before reading the input or writing the output.
  std::vector<float> untouched(size, -7.0f);
  gqa_memref_f32_3d wrong = describe(untouched);
  wrong.sizes[1] = kSeq + 1;
  status = _mlir_ciface_forward(&in, &wrong);
  bool written = false;
  for (float value : untouched)
    written |= value != -7.0f;
  std::printf("forward with out0.sizes[1] = %lld: status %d, output %s\n",
              static_cast<long long>(wrong.sizes[1]), status,
              written ? "written" : "untouched");
  if (status != GQA_STATUS_SHAPE_MISMATCH || written) {
    std::printf("FAIL: a mismatched size must return "
                "GQA_STATUS_SHAPE_MISMATCH and write nothing\n");
    return 1;
  }
  std::printf("PASS\n");
  return 0;
}
