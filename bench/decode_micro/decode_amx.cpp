//===- decode_amx.cpp - A bf16 decode attention kernel on AMX, measured ---===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// A measurement, not part of the compiler: Llama-3 decode attention (G = 4
// query heads per KV head, D = 128, bf16) with both products on AMX tiles,
// to see how far a kernel with little compute per key gets on this memory
// system. Per block of 32 keys:
//   S^T [32 x 4] = K [32 x 128] * Q^T     K read in place as the A operand
//   online softmax on S (AVX-512), P rounded to bf16
//   O [4 x 128] += P * V                  V rows read in place as the B
//                                         operand: P is laid out twice in
//                                         A (even and odd pair slots), so
//                                         the product gives the even and
//                                         the odd columns of V separately
// Checked against a double-precision reference on head 0, then timed on 8
// KV heads x n keys with `copies` copies of K/V (so every call reads from
// memory). Modes (the `pf` loop): 0 plain; 1 each block's K and V first
// read with vector loads; others prefetch at several distances and hints.
// Build: clang++-22 -O3 -march=native -fopenmp decode_amx.cpp -o decode_amx
// Run:   ./decode_amx THREADS [n_keys=8192] [copies=16] [reps]
//
//===----------------------------------------------------------------------===//

#include <immintrin.h>
#include <omp.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
#include <algorithm>
#include <cstdint>
#include <sys/syscall.h>
#include <unistd.h>
constexpr int D = 128, G = 4;
#ifndef HINT
#define HINT _MM_HINT_T0
#endif
struct alignas(64) TileConfig {
  uint8_t palette = 1, startRow = 0, reserved[14] = {};
  uint16_t colBytes[16] = {};
  uint8_t rows[16] = {};
  TileConfig() { for (int t = 0; t < 8; ++t) { colBytes[t] = 64; rows[t] = 16; } }
};
static inline __m512 vexp(__m512 x) {
  x = _mm512_max_ps(x, _mm512_set1_ps(-87.f));
  __m512 t = _mm512_mul_ps(x, _mm512_set1_ps(1.44269504f));
  __m512 r = _mm512_roundscale_ps(t, 0);
  __m512 f = _mm512_sub_ps(t, r);
  __m512 p = _mm512_set1_ps(1.535336188e-4f);
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(1.339887440e-3f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(9.618437357e-3f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(5.550332471e-2f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(2.402264791e-1f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(6.931472028e-1f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(1.f));
  return _mm512_scalef_ps(p, r);
}
static inline __m512 max4(__m512 m) { // every 128-bit lane: max over the 4 lanes-of-128 per column
  m = _mm512_max_ps(m, _mm512_shuffle_f32x4(m, m, 0x4E));
  return _mm512_max_ps(m, _mm512_shuffle_f32x4(m, m, 0xB1));
}
static inline __m512 add4(__m512 m) {
  m = _mm512_add_ps(m, _mm512_shuffle_f32x4(m, m, 0x4E));
  return _mm512_add_ps(m, _mm512_shuffle_f32x4(m, m, 0xB1));
}

struct alignas(64) DecodeConfig {
  uint8_t palette = 1, startRow = 0, reserved[14] = {};
  uint16_t colBytes[16] = {};
  uint8_t rows[16] = {};
  DecodeConfig() {
    // 0,1: S^T [16 keys x 4 heads] f32; 2: Q^T chunk [16 d pairs x 4 heads]; 3: K [16 keys x 32 d]
    // 4: O part [8 x 16 dv] f32; 5,6: P [8 x 16 keys (pairs)]; 7: V [16 keys x 32 dv]
    rows[0] = rows[1] = 16; colBytes[0] = colBytes[1] = 16;
    rows[2] = 16; colBytes[2] = 16;
    rows[3] = 16; colBytes[3] = 64;
    rows[4] = 8; colBytes[4] = 64;
    rows[5] = rows[6] = 8; colBytes[5] = colBytes[6] = 64;
    rows[7] = 16; colBytes[7] = 64;
  }
};
static inline void transpose4x4blocks(__m512 &a, __m512 &b, __m512 &c, __m512 &d) {
  // a..d: [4 keys][4 g] each (keys 0-3, 4-7, 8-11, 12-15); result a..d = row g: 16 keys
  // step 1: 4x4 transpose within each 128-bit lane pairing
  __m512 t0 = _mm512_unpacklo_ps(a, b), t1 = _mm512_unpackhi_ps(a, b), t2 = _mm512_unpacklo_ps(c, d), t3 = _mm512_unpackhi_ps(c, d);
  // lane L of t0: [a(L,0), b(L,0), a(L,1), b(L,1)], L = key within block; t1: g 2,3
  __m512 u0 = _mm512_castpd_ps(_mm512_unpacklo_pd(_mm512_castps_pd(t0), _mm512_castps_pd(t2))); // [aL0 bL0 cL0 dL0]
  __m512 u1 = _mm512_castpd_ps(_mm512_unpackhi_pd(_mm512_castps_pd(t0), _mm512_castps_pd(t2))); // g1
  __m512 u2 = _mm512_castpd_ps(_mm512_unpacklo_pd(_mm512_castps_pd(t1), _mm512_castps_pd(t3))); // g2
  __m512 u3 = _mm512_castpd_ps(_mm512_unpackhi_pd(_mm512_castps_pd(t1), _mm512_castps_pd(t3))); // g3
  // u_g lane L = [key L of a, key L of b, key L of c, key L of d] = keys L, 4+L, 8+L, 12+L
  a = u0; b = u1; c = u2; d = u3; // key order within a row: position 4L+j -> key 4j+L (fixed permutation)
}
void head(const uint16_t *q, const uint16_t *K, const uint16_t *V, float *o, int n, int pf) {
  alignas(64) uint16_t qt[4][16][8] = {};
  for (int t = 0; t < 4; ++t) for (int r = 0; r < 16; ++r) for (int c = 0; c < G; ++c) for (int i = 0; i < 2; ++i) qt[t][r][2*c+i] = q[c*D + 32*t + 2*r + i];
  alignas(64) float S[32][4];
  alignas(64) uint32_t Ap[2][8][16];
  alignas(64) float Ot[4][8][16];
  float m[G], l[G];
  for (int g = 0; g < G; ++g) { m[g] = -INFINITY; l[g] = 0; }
  __m512 O[G][8];
  for (int g = 0; g < G; ++g) for (int c = 0; c < 8; ++c) O[g][c] = _mm512_setzero_ps();
  __m512i sink = _mm512_setzero_si512();
  const __m512i natural = _mm512_set_epi32(15, 11, 7, 3, 14, 10, 6, 2, 13, 9, 5, 1, 12, 8, 4, 0);
  for (int k0 = 0; k0 < n; k0 += 32) {
    const uint16_t *kb = K + (size_t)k0 * D, *vb = V + (size_t)k0 * D;
    if (pf >= 10) { int dist = pf % 10, step = (pf / 10) % 10 == 2 ? 128 : 64; int hint = pf / 100;
      if (k0 + dist * 32 < n) for (int c = 0; c < 32 * D * 2; c += step) {
        const char *a = (const char*)(kb + dist*32*D) + c, *b = (const char*)(vb + dist*32*D) + c;
        if (hint == 0) { _mm_prefetch(a, _MM_HINT_T0); _mm_prefetch(b, _MM_HINT_T0); } else if (hint == 1) { _mm_prefetch(a, _MM_HINT_T1); _mm_prefetch(b, _MM_HINT_T1); } else { _mm_prefetch(a, _MM_HINT_T2); _mm_prefetch(b, _MM_HINT_T2); } } }
    else if (pf == 1) { __m512i t = _mm512_setzero_si512(); for (int c = 0; c < 32 * D; c += 32) t = _mm512_or_si512(t, _mm512_or_si512(_mm512_loadu_si512(kb + c), _mm512_loadu_si512(vb + c))); sink = _mm512_or_si512(sink, t); }
    else if (pf == 2) { __m512i t = _mm512_setzero_si512(); for (int c = 0; c < 32 * D; c += 32) t = _mm512_or_si512(t, _mm512_loadu_si512(kb + c)); for (int c = 0; c < 32 * D; c += 32) t = _mm512_or_si512(t, _mm512_loadu_si512(vb + c)); sink = _mm512_or_si512(sink, t); }
    else if (pf == 3 && k0 + 32 < n) { __m512i t = _mm512_setzero_si512(); for (int c = 0; c < 32 * D; c += 32) t = _mm512_or_si512(t, _mm512_or_si512(_mm512_loadu_si512(kb + 32*D + c), _mm512_loadu_si512(vb + 32*D + c))); sink = _mm512_or_si512(sink, t); }
    _tile_zero(0); _tile_zero(1);
#define QK(t) _tile_loadd(2, qt[t], 16); _tile_loadd(3, kb + 32*t, D*2); _tile_dpbf16ps(0, 3, 2); _tile_loadd(3, kb + 16*D + 32*t, D*2); _tile_dpbf16ps(1, 3, 2);
    QK(0) QK(1) QK(2) QK(3)
    _tile_stored(0, S[0], 16); _tile_stored(1, S[16], 16);
    __m512 s[8];
    for (int j = 0; j < 8; ++j) s[j] = _mm512_load_ps(S[4*j]);
    transpose4x4blocks(s[0], s[1], s[2], s[3]);
    transpose4x4blocks(s[4], s[5], s[6], s[7]);
    // row g: s[g] keys 0-15 (permuted), s[4+g] keys 16-31
    for (int g = 0; g < G; ++g) {
      float bm = _mm512_reduce_max_ps(_mm512_max_ps(s[g], s[4+g]));
      float nm = std::max(m[g], bm);
      float alpha = std::exp(m[g] - nm);
      m[g] = nm;
      __m512 vm = _mm512_set1_ps(nm);
      __m512 p0 = vexp(_mm512_sub_ps(s[g], vm)), p1 = vexp(_mm512_sub_ps(s[4+g], vm));
      l[g] = l[g] * alpha + _mm512_reduce_add_ps(_mm512_add_ps(p0, p1));
      __m512i b0 = _mm512_cvtepu16_epi32((__m256i)_mm512_cvtneps_pbh(p0)), b1 = _mm512_cvtepu16_epi32((__m256i)_mm512_cvtneps_pbh(p1));
      b0 = _mm512_permutexvar_epi32(natural, b0); b1 = _mm512_permutexvar_epi32(natural, b1);
      _mm512_store_si512(Ap[0][g], b0); _mm512_store_si512(Ap[0][4+g], _mm512_slli_epi32(b0, 16));
      _mm512_store_si512(Ap[1][g], b1); _mm512_store_si512(Ap[1][4+g], _mm512_slli_epi32(b1, 16));
      __m512 va = _mm512_set1_ps(alpha);
      for (int c = 0; c < 8; ++c) O[g][c] = _mm512_mul_ps(O[g][c], va);
    }
    // V rows of the block, in the permuted key order: A column r (pair slot) <-> key perm(r) = 4*(r%4) + r/4 within each 16.
    // B row r must be V row of key perm(r): tile rows are strided loads, so use row stride... perm breaks the stride.
    _tile_loadd(5, Ap[0], 64); _tile_loadd(6, Ap[1], 64);
    for (int c = 0; c < 4; ++c) {
      _tile_zero(4);
      _tile_loadd(7, vb + 32*c, D*2); _tile_dpbf16ps(4, 5, 7);
      _tile_loadd(7, vb + 16*D + 32*c, D*2); _tile_dpbf16ps(4, 6, 7);
      _tile_stored(4, Ot[c], 64);
    }
    for (int g = 0; g < G; ++g) for (int c = 0; c < 4; ++c) {
      O[g][2*c] = _mm512_add_ps(O[g][2*c], _mm512_load_ps(Ot[c][g]));      // even dv of chunk c
      O[g][2*c+1] = _mm512_add_ps(O[g][2*c+1], _mm512_load_ps(Ot[c][4+g])); // odd dv
    }
  }
  if (_mm512_reduce_or_epi32(sink) == 12345) o[0] += 1;
  for (int g = 0; g < G; ++g) {
    alignas(64) float t[D];
    for (int c = 0; c < 8; ++c) _mm512_store_ps(t + 16*c, O[g][c]);
    for (int c = 0; c < 4; ++c) for (int j = 0; j < 16; ++j) { o[g*D + 32*c + 2*j] = t[32*c + j] / l[g]; o[g*D + 32*c + 2*j + 1] = t[32*c + 16 + j] / l[g]; }
  }
}
int main(int argc, char **argv) {
  syscall(SYS_arch_prctl, 0x1023, 18);
  int threads = argc > 1 ? atoi(argv[1]) : 1;
  int n = argc > 2 ? atoi(argv[2]) : 8192; int copies = argc > 3 ? atoi(argv[3]) : 16;
  int H = 8;
  size_t per = (size_t)H * n * D;
  std::vector<uint16_t> K(per * copies), V(per * copies), q(H * G * D);
  auto bf = [](float f) { uint32_t u; memcpy(&u, &f, 4); return (uint16_t)(u >> 16); };
  for (size_t i = 0; i < K.size(); ++i) { K[i] = bf((rand() % 1000) / 1000.f - 0.5f); V[i] = bf((rand() % 1000) / 1000.f - 0.5f); }
  for (auto &x : q) x = bf((rand() % 1000) / 1000.f - 0.5f);
  std::vector<float> o(H * G * D);
  // check head 0 against double reference
  {
    DecodeConfig cfg; _tile_loadconfig(&cfg);
    head(q.data(), K.data(), V.data(), o.data(), n, 0);
    auto f = [](uint16_t b) { uint32_t u = (uint32_t)b << 16; float x; memcpy(&x, &u, 4); return (double)x; };
    double err = 0;
    for (int g = 0; g < G; ++g) {
      std::vector<double> s(n); double mx = -1e300;
      for (int k = 0; k < n; ++k) { double a = 0; for (int d = 0; d < D; ++d) a += f(q[g*D+d]) * f(K[(size_t)k*D+d]); s[k] = a; mx = std::max(mx, a); }
      double sum = 0; for (auto &x : s) { x = std::exp(x - mx); sum += x; }
      std::vector<double> ref(D, 0); for (int k = 0; k < n; ++k) for (int d = 0; d < D; ++d) ref[d] += s[k] * f(V[(size_t)k*D+d]);
      for (int d = 0; d < D; ++d) err = std::max(err, std::fabs(o[g*D+d] - ref[d]/sum));
    }
    printf("max abs err vs double: %.3g\n", err);
  }
  for (int pf : {0, 1, 0, 1, 0}) {
    std::vector<double> ts;
    int reps = argc > 4 ? atoi(argv[4]) : 5 * copies;
    for (int rep = 0; rep < reps; ++rep) {
      int c = rep % copies;
      auto t0 = std::chrono::steady_clock::now();
#pragma omp parallel num_threads(threads)
      {
        DecodeConfig cfg; _tile_loadconfig(&cfg);
#pragma omp for schedule(static)
        for (int h = 0; h < H; ++h) head(q.data() + h*G*D, K.data() + c*per + (size_t)h*n*D, V.data() + c*per + (size_t)h*n*D, o.data() + h*G*D, n, pf);
      }
      ts.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ts.begin(), ts.end());
    double t = ts[ts.size()/2];
    printf("amx bf16 pf=%d threads=%d: %.3f ms %.2f GB/s\n", pf, threads, t*1e3, 2.0*per*2/t/1e9);
  }
}
