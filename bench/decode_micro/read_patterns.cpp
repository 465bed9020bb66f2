//===- read_patterns.cpp - One core's read bandwidth by access pattern ----===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// A measurement, not part of the compiler: how fast one core reads 2 x 256
// MiB in the patterns a decode kernel can use. Modes:
//   0  two sequential streams, 64-byte vector loads, interleaved
//   1  one stream, then the other
//   2  AMX tile loads of 16 rows x 64 bytes, row stride 256 (a D = 128
//      bf16 K tile read in place), both streams
//   3  AMX tile loads of 1 KiB contiguous
//   4  mode 2 with prefetcht0 of the block `dist` 4 KiB blocks ahead
//   5  mode 2 with prefetcht1
//   6  mode 0 with prefetcht0
// Build: clang++-22 -O3 -march=native read_patterns.cpp -o read_patterns
// Run:   ./read_patterns [dist]   (README.md has the results)
//
//===----------------------------------------------------------------------===//

#include <immintrin.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <vector>
#include <algorithm>
#include <sys/syscall.h>
#include <unistd.h>
struct alignas(64) Cfg { uint8_t palette = 1, startRow = 0, reserved[14] = {}; uint16_t colBytes[16] = {}; uint8_t rows[16] = {};
  Cfg() { for (int t = 0; t < 8; ++t) { colBytes[t] = 64; rows[t] = 16; } } };
int main(int argc, char **argv) {
  syscall(SYS_arch_prctl, 0x1023, 18);
  Cfg cfg; _tile_loadconfig(&cfg);
  size_t N = (size_t)1 << 28; // 256 MiB per stream total
  std::vector<uint8_t> A(N, 1), B(N, 2);
  int dist = argc > 1 ? atoi(argv[1]) : 2;
  for (int mode = 0; mode < 7; ++mode) {
    std::vector<double> ts;
    for (int rep = 0; rep < 5; ++rep) {
      auto t0 = std::chrono::steady_clock::now();
      __m512i acc = _mm512_setzero_si512();
      if (mode == 0) { // 2 streams, zmm loads
        for (size_t i = 0; i < N; i += 64) acc = _mm512_add_epi32(acc, _mm512_add_epi32(_mm512_load_si512(&A[i]), _mm512_load_si512(&B[i])));
      } else if (mode == 1) { // 1 stream zmm
        for (size_t i = 0; i < N; i += 64) acc = _mm512_add_epi32(acc, _mm512_load_si512(&A[i]));
        for (size_t i = 0; i < N; i += 64) acc = _mm512_add_epi32(acc, _mm512_load_si512(&B[i]));
      } else if (mode == 2) { // tile loads, 16 rows stride 256, 4 chunks, blocks of 4 KiB, 2 streams
        for (size_t i = 0; i < N; i += 4096) {
          for (int t = 0; t < 4; ++t) { _tile_loadd(0, &A[i + 64*t], 256); _tile_loadd(1, &B[i + 64*t], 256); }
        }
      } else if (mode == 4 || mode == 5) { // strided tile loads + prefetch dist blocks ahead
        for (size_t i = 0; i < N; i += 4096) {
          if (i + dist * 4096 < N) for (int l = 0; l < 4096; l += 64) { if (mode == 4) { _mm_prefetch((const char*)&A[i + dist*4096 + l], _MM_HINT_T0); _mm_prefetch((const char*)&B[i + dist*4096 + l], _MM_HINT_T0); } else { _mm_prefetch((const char*)&A[i + dist*4096 + l], _MM_HINT_T1); _mm_prefetch((const char*)&B[i + dist*4096 + l], _MM_HINT_T1); } }
          for (int t = 0; t < 4; ++t) { _tile_loadd(0, &A[i + 64*t], 256); _tile_loadd(1, &B[i + 64*t], 256); }
        }
      } else if (mode == 6) { // zmm loads with prefetch
        for (size_t i = 0; i < N; i += 64) { if ((i & 4095) == 0 && i + dist*4096 < N) for (int l = 0; l < 4096; l += 64) { _mm_prefetch((const char*)&A[i + dist*4096 + l], _MM_HINT_T0); _mm_prefetch((const char*)&B[i + dist*4096 + l], _MM_HINT_T0); }
          acc = _mm512_add_epi32(acc, _mm512_add_epi32(_mm512_load_si512(&A[i]), _mm512_load_si512(&B[i]))); }
      } else if (mode == 3) { // tile loads contiguous 1 KiB (stride 64)
        for (size_t i = 0; i < N; i += 1024) { _tile_loadd(0, &A[i], 64); _tile_loadd(1, &B[i], 64); }
      }
      volatile int sink = _mm512_reduce_add_epi32(acc); (void)sink;
      ts.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ts.begin(), ts.end());
    printf("mode %d: %.2f GB/s\n", mode, 2.0 * N / ts[2] / 1e9);
  }
}
