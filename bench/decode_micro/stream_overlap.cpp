//===- stream_overlap.cpp - Does one core overlap compute with streaming? -===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// A measurement, not part of the compiler: one core reads S streams of
// 512 MiB / S each, visiting them in turn `blk` bytes at a time, and does
// `F` register-only FMAs per 64-byte line (8 per line is about the decode
// kernel's work per line of K and V). Prefetching (`pd` bytes ahead, 0:
// none): `spread` issues one prefetcht0 next to each line it loads, `burst`
// issues the prefetches of a whole 8 KiB ahead at once, as an unrolled
// KV block does once LLVM has scheduled it.
// Build: clang++-22 -O3 -march=native stream_overlap.cpp -o stream_overlap
// Run:   ./stream_overlap BLK PD spread|burst   (README.md has the results)
//
//===----------------------------------------------------------------------===//

#include <immintrin.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {
size_t prefetchDistance = 0;
bool burst = false;

template <int F>
__attribute__((noinline)) float run(float *const *streams, int numStreams,
                                    size_t perStream, size_t blk) {
  __m512 acc[8];
  for (__m512 &a : acc)
    a = _mm512_set1_ps(0.f);
  __m512 m = _mm512_set1_ps(1.0000001f);
  for (size_t b = 0; b < perStream; b += blk)
    for (int s = 0; s < numStreams; ++s) {
      const char *p = reinterpret_cast<const char *>(streams[s]) + b;
      if (burst && prefetchDistance && b % 8192 == 0)
        for (size_t l = 0; l < 8192; l += 64)
          if (b + prefetchDistance + l < perStream)
            _mm_prefetch(p + prefetchDistance + l, _MM_HINT_T0);
      for (size_t i = 0; i < blk; i += 64) {
        if (!burst && prefetchDistance)
          _mm_prefetch(p + i + prefetchDistance, _MM_HINT_T0);
        __m512 a = _mm512_load_ps(reinterpret_cast<const float *>(p + i));
        acc[0] = _mm512_add_ps(acc[0], a);
#pragma unroll
        for (int f = 0; f < F; ++f)
          acc[2 + f % 6] = _mm512_fmadd_ps(acc[2 + f % 6], m, a);
      }
    }
  __m512 sum = acc[0];
  for (int j = 1; j < 8; ++j)
    sum = _mm512_add_ps(sum, acc[j]);
  return _mm512_reduce_add_ps(sum);
}
} // namespace

int main(int argc, char **argv) {
  size_t total = size_t(1) << 29;
  size_t blk = argc > 1 ? atol(argv[1]) : 16384;
  prefetchDistance = argc > 2 ? atol(argv[2]) : 0;
  burst = argc > 3 && !strcmp(argv[3], "burst");
  auto *buffer = static_cast<float *>(aligned_alloc(4096, total));
  memset(buffer, 0, total);
  for (int numStreams : {2, 4})
    for (int f : {0, 8}) {
      float *streams[4];
      size_t perStream = total / numStreams;
      for (int s = 0; s < numStreams; ++s)
        streams[s] = buffer + s * perStream / 4;
      std::vector<double> times;
      for (int rep = 0; rep < 5; ++rep) {
        auto t0 = std::chrono::steady_clock::now();
        volatile float x = f ? run<8>(streams, numStreams, perStream, blk)
                             : run<0>(streams, numStreams, perStream, blk);
        (void)x;
        times.push_back(std::chrono::duration<double>(
                            std::chrono::steady_clock::now() - t0)
                            .count());
      }
      std::sort(times.begin(), times.end());
      printf("blk %6zu pd %6zu %-6s S=%d F=%d %6.2f GB/s\n", blk,
             prefetchDistance, burst ? "burst" : "spread", numStreams, f,
             total / times[2] / 1e9);
    }
}
