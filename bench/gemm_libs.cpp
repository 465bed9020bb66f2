//===- gemm_libs.cpp - The contraction libraries side by side -------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Times C[M,N] = A[M,K] * W[N,K]^T (a Linear layer, torch's weight layout) in
// one library, for the Llama-3-8B layer's shapes. bench/gemm_libs.py builds
// it, runs every library in turn (interleaved rounds) and prints the table
// that chose the library the compiler calls (docs/contractions.md).
// `gqa-runtime` is gqa_rt_matmul, called as gqa-contractions-to-library's
// code calls it.
//
//   gemm_libs <gqa-runtime|dnnl-sgemm|dnnl-matmul|openblas> <f32|bf16> [M...]
//
// Weights rotate through enough copies to span 512 MiB, so that no call
// finds its weight in the last-level cache, as in a model whose layers each
// have their own.
//
// Prints one line per shape: library dtype M K N median-ms GFLOP/s.
//
//===----------------------------------------------------------------------===//

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "gqa-runtime/gqa_runtime.h"

#include <cblas.h>
#include <dnnl.h>
#include <dnnl.hpp>

namespace {

struct Shape {
  int64_t m, k, n;
};

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

uint16_t toBf16(float f) {
  uint32_t bits;
  std::memcpy(&bits, &f, 4);
  return static_cast<uint16_t>((bits + 0x7fff + ((bits >> 16) & 1)) >> 16);
}

/// Runs `call` until at least 0.4 s and 3 calls have passed, after one
/// warm-up call, and returns the median seconds per call.
template <typename Call> double medianSeconds(Call call) {
  call();
  std::vector<double> times;
  auto begin = Clock::now();
  while (times.size() < 3 || (secondsSince(begin) < 0.4 && times.size() < 50)) {
    auto start = Clock::now();
    call();
    times.push_back(secondsSince(start));
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

dnnl::memory::desc matrixDesc(int64_t rows, int64_t cols, int64_t rowStride,
                              int64_t colStride, dnnl::memory::data_type t) {
  return dnnl::memory::desc({rows, cols}, t, {rowStride, colStride});
}

/// Runs `call(weight)` over rotating weight copies; see medianSeconds.
template <typename T, typename Call>
double medianOverCopies(std::vector<std::vector<T>> &weights, Call call) {
  size_t next = 0;
  return medianSeconds([&] {
    call(weights[next].data());
    next = (next + 1) % weights.size();
  });
}

double timeDnnlMatmul(const Shape &s, bool bf16, void *a,
                      const std::vector<void *> &weights, void *c) {
  using dt = dnnl::memory::data_type;
  dt in = bf16 ? dt::bf16 : dt::f32;
  dnnl::engine engine(dnnl::engine::kind::cpu, 0);
  dnnl::stream stream(engine);
  auto aDesc = matrixDesc(s.m, s.k, s.k, 1, in);
  auto wDesc = matrixDesc(s.k, s.n, 1, s.k, in); // W^T: column-major [K,N]
  auto cDesc = matrixDesc(s.m, s.n, s.n, 1, in);
  dnnl::matmul::primitive_desc pd(dnnl::matmul::desc(aDesc, wDesc, cDesc),
                                  engine);
  dnnl::matmul prim(pd);
  dnnl::memory aMem(aDesc, engine, a), cMem(cDesc, engine, c);
  std::vector<dnnl::memory> wMems;
  for (void *w : weights)
    wMems.emplace_back(wDesc, engine, w);
  size_t next = 0;
  return medianSeconds([&] {
    prim.execute(stream, {{DNNL_ARG_SRC, aMem},
                          {DNNL_ARG_WEIGHTS, wMems[next]},
                          {DNNL_ARG_DST, cMem}});
    stream.wait();
    next = (next + 1) % wMems.size();
  });
}

template <typename T>
std::vector<void *> pointers(std::vector<std::vector<T>> &copies) {
  std::vector<void *> result;
  for (auto &copy : copies)
    result.push_back(copy.data());
  return result;
}

double timeShape(const std::string &lib, bool bf16, const Shape &s) {
  size_t aSize = s.m * s.k, wSize = s.n * s.k, cSize = s.m * s.n;
  size_t wBytes = wSize * (bf16 ? 2 : 4);
  size_t copies = std::max<size_t>(1, ((size_t)512 << 20) / wBytes + 1);
  std::vector<float> a(aSize), c(cSize);
  for (size_t i = 0; i < aSize; ++i)
    a[i] = static_cast<float>((i * 7919) % 1000) / 1000.0f - 0.5f;
  std::vector<std::vector<float>> w;
  std::vector<std::vector<uint16_t>> w16;
  std::vector<uint16_t> a16, c16(cSize);
  for (size_t copy = 0; copy < copies; ++copy) {
    std::vector<float> weight(wSize);
    for (size_t i = 0; i < wSize; ++i)
      weight[i] = static_cast<float>((i * 104729 + copy) % 1000) / 1000.0f -
                  0.5f;
    if (bf16) {
      std::vector<uint16_t> weight16(wSize);
      for (size_t i = 0; i < wSize; ++i)
        weight16[i] = toBf16(weight[i]);
      w16.push_back(std::move(weight16));
    } else {
      w.push_back(std::move(weight));
    }
  }
  if (bf16)
    for (float x : a)
      a16.push_back(toBf16(x));
  if (lib == "gqa-runtime") {
    // B is W read as [K, N]: strides (1, K). C is bf16 for bf16 inputs, as
    // torch-mlir's bf16 Linear is.
    auto call = [&](const void *weight) {
      gqa_rt_matmul(bf16 ? GQA_RT_BF16 : GQA_RT_F32,
                    bf16 ? GQA_RT_BF16 : GQA_RT_F32, 1, s.m, s.n, s.k,
                    bf16 ? (const void *)a16.data() : a.data(), 0, s.k, 1,
                    weight, 0, 1, s.k,
                    bf16 ? (void *)c16.data() : c.data(), 0, s.n, 1, 0);
    };
    return bf16 ? medianOverCopies(w16, call) : medianOverCopies(w, call);
  }
  if (lib == "dnnl-matmul")
    return bf16 ? timeDnnlMatmul(s, true, a16.data(), pointers(w16),
                                 c16.data())
                : timeDnnlMatmul(s, false, a.data(), pointers(w), c.data());
  if (lib == "dnnl-sgemm" && !bf16) // oneDNN 2.6 has no bf16 gemm API
    return medianOverCopies(w, [&](const float *weight) {
      dnnl_sgemm('N', 'T', s.m, s.n, s.k, 1.0f, a.data(), s.k, weight, s.k,
                 0.0f, c.data(), s.n);
    });
  if (lib == "openblas" && !bf16) // Debian builds it without sbgemm
    return medianOverCopies(w, [&](const float *weight) {
      cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, s.m, s.n, s.k, 1.0f,
                  a.data(), s.k, weight, s.k, 0.0f, c.data(), s.n);
    });
  std::fprintf(stderr, "gemm_libs: no '%s' for %s\n", lib.c_str(),
               bf16 ? "bf16" : "f32");
  std::exit(2);
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: gemm_libs <gqa-runtime|dnnl-sgemm|dnnl-matmul|"
                 "openblas> "
                 "<f32|bf16> [M...]\n");
    return 2;
  }
  std::string lib = argv[1];
  bool bf16 = std::string(argv[2]) == "bf16";
  std::vector<int64_t> ms;
  for (int i = 3; i < argc; ++i)
    ms.push_back(std::atoll(argv[i]));
  if (ms.empty())
    ms = {1, 16, 512};
  // The Llama-3-8B layer: q/o 4096x4096, k/v 4096->1024, gate/up
  // 4096->14336, down 14336->4096.
  const Shape kn[] = {{0, 4096, 4096}, {0, 4096, 1024}, {0, 4096, 14336},
                      {0, 14336, 4096}};
  for (int64_t m : ms)
    for (Shape s : kn) {
      s.m = m;
      double sec = timeShape(lib, bf16, s);
      std::printf("%s %s %lld %lld %lld %.4f %.1f\n", lib.c_str(), argv[2],
                  (long long)s.m, (long long)s.k, (long long)s.n, sec * 1e3,
                  2.0 * s.m * s.k * s.n / sec / 1e9);
      std::fflush(stdout);
    }
  return 0;
}
