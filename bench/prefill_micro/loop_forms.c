//===- loop_forms.c - One core's FMA rate in the prefill kernel's loops ---===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The two products of the f32 prefill kernel of gqa-tile-cpu (transposed
// keys), written by hand with AVX-512 intrinsics, to see what rate their loop
// forms reach on one core apart from the rest of the kernel:
//
//   scores R x C: R rows x C vectors of 16 keys as accumulators; per element
//     d of D, C loads of the key panel and R broadcast query elements;
//   P*V R x C: accumulators of R rows x C chunks of Dv, read from and written
//     back to a [16, 128] buffer (rescaled on the way in) per step; per key,
//     C loads of the V row and R broadcast probabilities. The V blocks
//     stream from a buffer of NBLOCKS blocks of 16 keys (64 blocks: 512 KiB,
//     in L2; 1024: 8 MiB, from memory).
//   reg: register-only FMAs (12 chains), the core's peak, like gqa-run's
//     FMA probe.
//
//   clang-22 -O2 -march=native loop_forms.c -o loop_forms
//   ./loop_forms [NBLOCKS] [REPS]
//
//===----------------------------------------------------------------------===//

#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

static float q[16 * 128] __attribute__((aligned(64)));
static float panel[128 * 32] __attribute__((aligned(64)));

#define SCORES(R, C)                                                           \
  {                                                                            \
    __m512 acc[R * C];                                                         \
    for (int i = 0; i < R * C; i++)                                            \
      acc[i] = _mm512_setzero_ps();                                            \
    long iters = 200000;                                                       \
    double t0 = now();                                                         \
    for (long it = 0; it < iters; it++) {                                      \
      for (int d = 0; d < 128; d++) {                                          \
        __m512 k[C];                                                           \
        for (int c = 0; c < C; c++)                                            \
          k[c] = _mm512_load_ps(panel + d * 16 * C + 16 * c);                  \
        for (int r = 0; r < R; r++) {                                          \
          __m512 b = _mm512_set1_ps(q[r * 128 + d]);                           \
          for (int c = 0; c < C; c++)                                          \
            acc[r * C + c] = _mm512_fmadd_ps(b, k[c], acc[r * C + c]);         \
        }                                                                      \
      }                                                                        \
      __asm__ volatile("" ::: "memory");                                       \
    }                                                                          \
    double t = now() - t0;                                                     \
    float s = 0;                                                               \
    for (int i = 0; i < R * C; i++)                                            \
      s += _mm512_reduce_add_ps(acc[i]);                                       \
    printf("scores %2dx%d: %6.1f GFLOP/s (%g)\n", R, C,                        \
           iters * 128.0 * R * C * 32 / t / 1e9, s);                           \
  }

#define PV(R, C)                                                               \
  {                                                                            \
    double t0 = now();                                                         \
    for (long rep = 0; rep < reps; rep++)                                      \
      for (long blk = 0; blk < nblocks; blk++) {                               \
        const float *vb = v + blk * 16 * 128;                                  \
        for (int r0 = 0; r0 < 16; r0 += R)                                     \
          for (int c0 = 0; c0 < 8; c0 += C) {                                  \
            __m512 a[R * C];                                                   \
            for (int i = 0; i < R; i++) {                                      \
              __m512 s = _mm512_set1_ps(rescale[r0 + i]);                      \
              for (int c = 0; c < C; c++)                                      \
                a[i * C + c] = _mm512_mul_ps(                                  \
                    _mm512_load_ps(acc + (r0 + i) * 128 + (c0 + c) * 16), s);  \
            }                                                                  \
            for (int j = 0; j < 16; j++) {                                     \
              __m512 vv[C];                                                    \
              for (int c = 0; c < C; c++)                                      \
                vv[c] = _mm512_load_ps(vb + j * 128 + (c0 + c) * 16);          \
              for (int i = 0; i < R; i++) {                                    \
                __m512 p = _mm512_set1_ps(probs[(r0 + i) * 16 + j]);           \
                for (int c = 0; c < C; c++)                                    \
                  a[i * C + c] = _mm512_fmadd_ps(p, vv[c], a[i * C + c]);      \
              }                                                                \
            }                                                                  \
            for (int i = 0; i < R; i++)                                        \
              for (int c = 0; c < C; c++)                                      \
                _mm512_store_ps(acc + (r0 + i) * 128 + (c0 + c) * 16,          \
                                a[i * C + c]);                                 \
          }                                                                    \
        __asm__ volatile("" ::: "memory");                                     \
      }                                                                        \
    double t = now() - t0;                                                     \
    printf("P*V    %2dx%d: %6.1f GFLOP/s\n", R, C,                             \
           reps * nblocks * 16.0 * 16 * 128 * 2 / t / 1e9);                    \
  }

int main(int argc, char **argv) {
  long nblocks = argc > 1 ? atol(argv[1]) : 64;
  long reps = argc > 2 ? atol(argv[2]) : 1000;
  for (int i = 0; i < 16 * 128; i++)
    q[i] = i * 1e-6f;
  for (int i = 0; i < 128 * 32; i++)
    panel[i] = i * 1e-6f;
  float *v = aligned_alloc(64, nblocks * 16 * 128 * sizeof(float));
  for (long i = 0; i < nblocks * 16 * 128; i++)
    v[i] = 1e-3f * (i % 1000);
  float *acc = aligned_alloc(64, 16 * 128 * sizeof(float));
  for (int i = 0; i < 16 * 128; i++)
    acc[i] = 0;
  float probs[16 * 16] __attribute__((aligned(64)));
  float rescale[16] __attribute__((aligned(64)));
  for (int i = 0; i < 256; i++)
    probs[i] = 1e-3f * i;
  for (int i = 0; i < 16; i++)
    rescale[i] = 0.999f;

  for (int round = 0; round < 2; round++) {
    __m512 a[12];
    for (int r = 0; r < 12; r++)
      a[r] = _mm512_set1_ps(r);
    __m512 x = _mm512_set1_ps(0.999f), y = _mm512_set1_ps(0.001f);
    long iters = 30000000;
    double t0 = now();
    for (long it = 0; it < iters; it++)
      for (int r = 0; r < 12; r++)
        a[r] = _mm512_fmadd_ps(a[r], x, y);
    double t = now() - t0;
    float s = 0;
    for (int r = 0; r < 12; r++)
      s += _mm512_reduce_add_ps(a[r]);
    printf("reg        : %6.1f GFLOP/s (%g)\n", iters * 12.0 * 32 / t / 1e9, s);
    SCORES(16, 1) SCORES(8, 2)
    PV(16, 1) PV(8, 2) PV(4, 4) PV(2, 8)
  }
  printf("%g\n", acc[3]);
  free(v);
  free(acc);
  return 0;
}
