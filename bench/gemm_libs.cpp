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
//
//   gemm_libs <dnnl-sgemm|dnnl-matmul|openblas> <f32|bf16> [M...]
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

double timeDnnlMatmul(const Shape &s, bool bf16, void *a, void *w, void *c) {
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
  dnnl::memory aMem(aDesc, engine, a), wMem(wDesc, engine, w),
      cMem(cDesc, engine, c);
  return medianSeconds([&] {
    prim.execute(stream, {{DNNL_ARG_SRC, aMem},
                          {DNNL_ARG_WEIGHTS, wMem},
                          {DNNL_ARG_DST, cMem}});
    stream.wait();
  });
}

double timeShape(const std::string &lib, bool bf16, const Shape &s) {
  size_t aSize = s.m * s.k, wSize = s.n * s.k, cSize = s.m * s.n;
  std::vector<float> a(aSize), w(wSize), c(cSize);
  for (size_t i = 0; i < aSize; ++i)
    a[i] = static_cast<float>((i * 7919) % 1000) / 1000.0f - 0.5f;
  for (size_t i = 0; i < wSize; ++i)
    w[i] = static_cast<float>((i * 104729) % 1000) / 1000.0f - 0.5f;
  std::vector<uint16_t> a16, w16, c16(cSize);
  if (bf16) {
    a16.resize(aSize);
    w16.resize(wSize);
    for (size_t i = 0; i < aSize; ++i)
      a16[i] = toBf16(a[i]);
    for (size_t i = 0; i < wSize; ++i)
      w16[i] = toBf16(w[i]);
  }
  if (lib == "dnnl-matmul")
    return bf16 ? timeDnnlMatmul(s, true, a16.data(), w16.data(), c16.data())
                : timeDnnlMatmul(s, false, a.data(), w.data(), c.data());
  if (lib == "dnnl-sgemm" && !bf16) // oneDNN 2.6 has no bf16 gemm API
    return medianSeconds([&] {
      dnnl_sgemm('N', 'T', s.m, s.n, s.k, 1.0f, a.data(), s.k, w.data(), s.k,
                 0.0f, c.data(), s.n);
    });
  if (lib == "openblas" && !bf16) // Debian builds it without sbgemm
    return medianSeconds([&] {
      cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, s.m, s.n, s.k, 1.0f,
                  a.data(), s.k, w.data(), s.k, 0.0f, c.data(), s.n);
    });
  std::fprintf(stderr, "gemm_libs: unknown library '%s'\n", lib.c_str());
  std::exit(2);
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: gemm_libs <dnnl-sgemm|dnnl-matmul|openblas> "
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
