//===- AmxProduct.cpp - Blocked bf16 products on AMX tiles ----------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// C = A W^T for bf16 A[M, K] and a weight W[N, K] in the Linear layout, on
// AMX tiles, for the products of many rows (a prefill's projections).
//
// The tiles compute C^T = W A^T: W's rows are the first operand of the tile
// product as they lie in memory (16 rows of 32 K elements), so the weight is
// only copied, never rearranged; A, transposed once per call into the pair
// layout of the second operand, is the small operand. Each accumulator tile
// holds 16 outputs x 16 rows of A, and is transposed once, when it is
// written to C.
//
// Blocking (blockingFor, from the caches' sizes):
//  - a job is Nc outputs x Mc rows of A; the jobs are split over threads;
//  - per K block of Kc, the job copies its W[Nc, Kc] block into consecutive
//    tiles (it stays in L2, and each 2-tile panel of it in L1 while the rows
//    of A pass), and its partial sums stay in tiles of a per-job buffer;
//  - the register block is 2 x 2 accumulator tiles with 2 W and 2 A tiles:
//    the 8 tiles of the architecture.
//
//===----------------------------------------------------------------------===//

#include "AmxProduct.h"

#include "Amx.h"
#include "ElementConversions.h"
#include "gqa-runtime/gqa_runtime.h"

#include <immintrin.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <omp.h>
#include <vector>

namespace gqa::runtime {
namespace {

/// Elements of one bf16 tile (16 rows of 32) and of one f32 tile (16 x 16).
constexpr int64_t kTileBf16 = kTileRows * 32;
constexpr int64_t kTileF32 = kTileRows * kTileRows;
/// K elements per tile step.
constexpr int64_t kTileDepth = 32;

int64_t ceilDiv(int64_t a, int64_t b) { return (a + b - 1) / b; }

using Buffer = std::unique_ptr<void, decltype(&std::free)>;
Buffer allocate(int64_t bytes) {
  return Buffer(std::aligned_alloc(64, size_t(bytes + 63) / 64 * 64),
                &std::free);
}

//===----------------------------------------------------------------------===//
// Rearranging 16 x 16 blocks of 32-bit elements.
//===----------------------------------------------------------------------===//

/// Transposes 16 rows of 16 32-bit elements in registers: four rounds, each
/// swapping one bit of the row index with the same bit of the column index.
GQA_AMX_TARGET inline void transpose16(__m512i rows[16]) {
  for (int bit = 1; bit < 16; bit <<= 1) {
    alignas(64) int32_t low[16], high[16];
    for (int c = 0; c < 16; ++c) {
      low[c] = (c & bit) ? (16 | (c ^ bit)) : c;
      high[c] = (c & bit) ? (16 | c) : (c ^ bit);
    }
    __m512i lowIndex = _mm512_load_si512(low);
    __m512i highIndex = _mm512_load_si512(high);
    for (int i = 0; i < 16; ++i) {
      if (i & bit)
        continue;
      __m512i first = rows[i], second = rows[i | bit];
      rows[i] = _mm512_permutex2var_epi32(first, lowIndex, second);
      rows[i | bit] = _mm512_permutex2var_epi32(first, highIndex, second);
    }
  }
}

/// The bf16 elements [0, count) of a row of 32, zero beyond.
GQA_AMX_TARGET inline __m512i loadBf16Row(const uint16_t *row, int64_t count) {
  if (count >= kTileDepth)
    return _mm512_loadu_si512(row);
  return _mm512_maskz_loadu_epi16((__mmask32(1) << count) - 1, row);
}

/// Packs row tile `mt` of A (M rows, `stride` apart) into tiles of A^T in
/// the pair layout: tile (mt, kb) at packed + (mt * kBlocks + kb) *
/// kTileBf16 holds, in row p and column j, A[16 mt + j][32 kb + 2p .. + 1];
/// zero beyond M and K.
GQA_AMX_TARGET void packTransposedRows(const uint16_t *a, int64_t stride,
                                       int64_t m, int64_t k, int64_t mt,
                                       uint16_t *packed) {
  int64_t kBlocks = ceilDiv(k, kTileDepth);
  for (int64_t kb = 0; kb < kBlocks; ++kb) {
    __m512i rows[16];
    int64_t count = std::min(kTileDepth, k - kb * kTileDepth);
    for (int64_t r = 0; r < kTileRows; ++r) {
      int64_t row = mt * kTileRows + r;
      rows[r] = row < m ? loadBf16Row(a + row * stride + kb * kTileDepth, count)
                        : _mm512_setzero_si512();
    }
    transpose16(rows);
    uint16_t *tile = packed + (mt * kBlocks + kb) * kTileBf16;
    for (int r = 0; r < kTileRows; ++r)
      _mm512_store_si512(tile + r * 32, rows[r]);
  }
}

/// All of A's row tiles, split over the threads. (Not itself a target
/// function: OpenMP's outlined loop body would not inherit the target.)
void packTransposed(const uint16_t *a, int64_t stride, int64_t m, int64_t k,
                    uint16_t *packed) {
  int64_t mTiles = ceilDiv(m, kTileRows);
#pragma omp parallel for schedule(static)
  for (int64_t mt = 0; mt < mTiles; ++mt)
    packTransposedRows(a, stride, m, k, mt, packed);
}

/// Copies W[n0 .. n0 + 16 nTiles, k0 .. k0 + 32 kBlocks) into consecutive
/// tiles: tile (nt, kb) at block + (nt * kBlocks + kb) * kTileBf16; zero
/// beyond N and K.
GQA_AMX_TARGET void copyWeightBlock(const uint16_t *w, int64_t stride,
                                    int64_t n, int64_t k, int64_t n0,
                                    int64_t nTiles, int64_t k0,
                                    int64_t kBlocks, uint16_t *block) {
  for (int64_t nt = 0; nt < nTiles; ++nt)
    for (int64_t r = 0; r < kTileRows; ++r) {
      int64_t row = n0 + nt * kTileRows + r;
      for (int64_t kb = 0; kb < kBlocks; ++kb) {
        int64_t col = k0 + kb * kTileDepth;
        __m512i values =
            row < n ? loadBf16Row(w + row * stride + col,
                                  std::min(kTileDepth, k - col))
                    : _mm512_setzero_si512();
        _mm512_store_si512(block + (nt * kBlocks + kb) * kTileBf16 + r * 32,
                           values);
      }
    }
}

//===----------------------------------------------------------------------===//
// The tile kernel.
//===----------------------------------------------------------------------===//

/// Where the W tiles of a tile block are: tile (i, kb) at
/// w + i * tileStep + kb * kStep, its rows rowBytes apart. In a copied block
/// (copyWeightBlock) or in the weight itself.
struct WeightTiles {
  const uint16_t *w;
  int64_t tileStep, kStep, rowBytes;
};

/// Prefetches the weight block a job copies next into L2, a line or two per
/// tile step, between the tile products, so that the copy finds the block in
/// L2. (Issued in bursts between tile blocks, the prefetches waited on the
/// line fill buffers, and the copy still waited on memory.)
class WeightPrefetch {
public:
  /// Nothing to prefetch.
  WeightPrefetch() = default;

  /// `rows` rows of `lineBytes` bytes from `first`, `rowBytes` apart, over
  /// `steps` calls of step().
  WeightPrefetch(const void *first, int64_t rowBytes, int64_t rows,
                 int64_t lineBytes, int64_t steps)
      : next(static_cast<const char *>(first)), rowStart(next),
        rowBytes(rowBytes), rows(rows), linesPerRow(ceilDiv(lineBytes, 64)) {
    perStep = ceilDiv(rows * linesPerRow, std::max<int64_t>(1, steps));
  }

  void step() {
    for (int64_t i = 0; i < perStep && row < rows; ++i) {
      _mm_prefetch(next, _MM_HINT_T1);
      next += 64;
      if (++column == linesPerRow) {
        column = 0;
        ++row;
        rowStart += rowBytes;
        next = rowStart;
      }
    }
  }

private:
  const char *next = nullptr, *rowStart = nullptr;
  int64_t rowBytes = 0, rows = 0, linesPerRow = 1, perStep = 0;
  int64_t row = 0, column = 0;
};

/// Accumulates NT x MT tiles of C^T over `kBlocks` tile steps: W tiles from
/// `wt`, A^T tiles from `at` (`atStep` between row tiles). The partial sums
/// live in `sums` (tile (i, j) at sums[(i * sumStep + j) * kTileF32]),
/// loaded first unless `fresh`. Each tile step also takes a step of
/// `prefetch`. Tiles: 0-3 sums, 4-5 W, 6-7 A^T.
template <int NT, int MT>
GQA_AMX_TARGET void tileBlock(WeightTiles wt, WeightPrefetch *prefetch,
                              const uint16_t *at, int64_t atStep,
                              int64_t kBlocks, float *sums, int64_t sumStep,
                              bool fresh) {
  float *sum00 = sums, *sum01 = sums + kTileF32;
  float *sum10 = sums + sumStep * kTileF32, *sum11 = sum10 + kTileF32;
  if (fresh) {
    _tile_zero(0);
    _tile_zero(1);
    _tile_zero(2);
    _tile_zero(3);
  } else {
    _tile_loadd(0, sum00, 64);
    if (MT == 2)
      _tile_loadd(1, sum01, 64);
    if (NT == 2) {
      _tile_loadd(2, sum10, 64);
      if (MT == 2)
        _tile_loadd(3, sum11, 64);
    }
  }
  for (int64_t kb = 0; kb < kBlocks; ++kb) {
    int64_t offset = kb * kTileBf16;
    const uint16_t *w = wt.w + kb * wt.kStep;
    prefetch->step();
    _tile_loadd(4, w, wt.rowBytes);
    _tile_loadd(6, at + offset, 64);
    _tile_dpbf16ps(0, 4, 6);
    if (MT == 2) {
      _tile_loadd(7, at + atStep + offset, 64);
      _tile_dpbf16ps(1, 4, 7);
    }
    if (NT == 2) {
      _tile_loadd(5, w + wt.tileStep, wt.rowBytes);
      _tile_dpbf16ps(2, 5, 6);
      if (MT == 2)
        _tile_dpbf16ps(3, 5, 7);
    }
  }
  _tile_stored(0, sum00, 64);
  if (MT == 2)
    _tile_stored(1, sum01, 64);
  if (NT == 2) {
    _tile_stored(2, sum10, 64);
    if (MT == 2)
      _tile_stored(3, sum11, 64);
  }
}

using TileBlockFn = void (*)(WeightTiles, WeightPrefetch *, const uint16_t *,
                             int64_t, int64_t, float *, int64_t, bool);
constexpr TileBlockFn kTileBlocks[2][2] = {
    {tileBlock<1, 1>, tileBlock<1, 2>}, {tileBlock<2, 1>, tileBlock<2, 2>}};

//===----------------------------------------------------------------------===//
// Writing C.
//===----------------------------------------------------------------------===//

/// Where C is and how it is written. `stream`: whole aligned rows of 16 f32
/// go to memory with non-temporal stores, which skip reading the lines
/// first; for a C larger than L2, which the next operation reads from
/// memory anyway (1.05x on the bf16 prefill layer, whose f32 products are
/// up to 29 MiB).
struct Output {
  void *c;
  int32_t type;
  int64_t rowStride, colStride;
  bool accumulate;
  int64_t m, n;
  bool stream;
};

GQA_AMX_TARGET inline __m512 loadOutputRow(const Output &out, int64_t index,
                                           __mmask16 lanes) {
  if (out.type == GQA_RT_F32)
    return _mm512_maskz_loadu_ps(lanes, static_cast<float *>(out.c) + index);
  __m256i half = _mm256_maskz_loadu_epi16(
      lanes, static_cast<uint16_t *>(out.c) + index);
  return _mm512_castsi512_ps(
      _mm512_slli_epi32(_mm512_cvtepu16_epi32(half), 16));
}

GQA_AMX_TARGET inline void storeOutputRow(const Output &out, int64_t index,
                                          __mmask16 lanes, __m512 values) {
  if (out.type == GQA_RT_F32) {
    _mm512_mask_storeu_ps(static_cast<float *>(out.c) + index, lanes, values);
    return;
  }
  __m256i half = (__m256i)_mm512_cvtneps_pbh(values);
  _mm256_mask_storeu_epi16(static_cast<uint16_t *>(out.c) + index, lanes,
                           half);
}

/// Writes the finished C^T tile `sums` (16 outputs from n0 x 16 rows of A
/// from m0) to C.
GQA_AMX_TARGET void writeTile(const Output &out, const float *sums,
                              int64_t m0, int64_t n0) {
  __m512i rows[16];
  for (int r = 0; r < kTileRows; ++r)
    rows[r] = _mm512_load_si512(sums + r * kTileRows);
  transpose16(rows);
  int64_t rowCount = std::min(kTileRows, out.m - m0);
  int64_t colCount = std::min(kTileRows, out.n - n0);
  __mmask16 lanes = __mmask16((1u << colCount) - 1);
  for (int64_t r = 0; r < rowCount; ++r) {
    __m512 values = _mm512_castsi512_ps(rows[r]);
    int64_t index = (m0 + r) * out.rowStride + n0 * out.colStride;
    float *row32 = static_cast<float *>(out.c) + index;
    if (out.stream && colCount == kTileRows &&
        (reinterpret_cast<uintptr_t>(row32) & 63) == 0) {
      _mm512_stream_ps(row32, values);
      continue;
    }
    if (out.colStride == 1) {
      if (out.accumulate)
        values = _mm512_add_ps(values, loadOutputRow(out, index, lanes));
      storeOutputRow(out, index, lanes, values);
      continue;
    }
    alignas(64) float row[16];
    _mm512_store_ps(row, values);
    for (int64_t j = 0; j < colCount; ++j) {
      int64_t at = index + j * out.colStride;
      if (out.type == GQA_RT_F32) {
        float *c = static_cast<float *>(out.c);
        c[at] = out.accumulate ? c[at] + row[j] : row[j];
      } else {
        uint16_t *c = static_cast<uint16_t *>(out.c);
        c[at] = floatToBf16(out.accumulate ? bf16ToFloat(c[at]) + row[j]
                                           : row[j]);
      }
    }
  }
}

/// Writes the NT x MT finished tiles of a tile block (sums as tileBlock
/// leaves them) whose first tile is C^T's tile (nt0, mt0).
GQA_AMX_TARGET void writeBlock(const Output &out, const float *sums,
                               int64_t sumStep, int nt, int mt, int64_t nt0,
                               int64_t mt0) {
  for (int i = 0; i < nt; ++i)
    for (int j = 0; j < mt; ++j)
      writeTile(out, sums + (i * sumStep + j) * kTileF32,
                (mt0 + j) * kTileRows, (nt0 + i) * kTileRows);
}

//===----------------------------------------------------------------------===//
// Blocking and jobs.
//===----------------------------------------------------------------------===//

/// Job and K block sizes, in tiles, from the data caches:
///  - the W panel of a 2 x 2 tile block (2 tiles x 16 rows x Kc bf16) takes
///    a third of L1, next to the A^T tiles passing through and the sums;
///  - a job of Nc outputs x Mc = 2 Nc rows of A keeps its W block
///    (Nc x Kc bf16), the rows of A^T it meets (Mc x Kc) and its sums
///    (Nc x Mc f32) in half of L2.
/// On a Xeon with 48 KiB of L1 and 2 MiB of L2 that is Kc = 256, Nc = 256,
/// Mc = 512: the best of the sizes tried there (docs/contractions.md).
/// GQA_RT_AMX_BLOCKING="nTiles,mTiles,kBlocks" sets them, for tests and
/// measurements. `l2Bytes` is the L2 size the other decisions read too.
struct Blocking {
  int64_t nTiles, mTiles, kBlocks;
  int64_t l2Bytes;
};

Blocking blockingFor() {
  static const Blocking blocking = [] {
    long l1 = sysconf(_SC_LEVEL1_DCACHE_SIZE);
    long l2 = sysconf(_SC_LEVEL2_CACHE_SIZE);
    if (l1 <= 0)
      l1 = 32 << 10;
    if (l2 <= 0)
      l2 = 1 << 20;
    Blocking b;
    b.l2Bytes = l2;
    // A K block of one tile step: 2 W tiles of 1 KiB.
    b.kBlocks = std::max<int64_t>(2, l1 / 3 / (2 * kTileBf16 * 2));
    int64_t kc = b.kBlocks * kTileDepth;
    auto bytes = [&](int64_t nc) {
      int64_t mc = 2 * nc;
      return mc * kc * 2 + nc * kc * 2 + nc * mc * 4;
    };
    int64_t nc = 2 * kTileRows;
    while (bytes(nc + 2 * kTileRows) <= l2 / 2)
      nc += 2 * kTileRows;
    b.nTiles = nc / kTileRows;
    b.mTiles = 2 * b.nTiles;
    if (const char *setting = std::getenv("GQA_RT_AMX_BLOCKING")) {
      long nt, mt, kb;
      if (std::sscanf(setting, "%ld,%ld,%ld", &nt, &mt, &kb) == 3 && nt > 0 &&
          mt > 0 && kb > 0)
        b = {nt, mt, kb, b.l2Bytes};
    }
    return b;
  }();
  return blocking;
}

/// A job: outputs [16 nt0, + 16 nTiles) x rows of A [16 mt0, + 16 mTiles).
struct Job {
  int64_t nt0, nTiles, mt0, mTiles;
  bool direct;
};

/// Whether the weight's tiles are read where they lie rather than copied
/// block by block: each is then used by few tile blocks, and the product
/// runs at the weight's read rate. Measured on the Xeon of
/// docs/contractions.md: in place wins up to 4 row tiles of A (64 rows) at
/// every K (1.5-2x), and up to 8 (128 rows) while A^T's rows fit in half of
/// L2 (1.1x at K = 4096; the copies win by 1.15x at K = 14336).
bool readsWeightInPlace(int64_t mTiles, int64_t k, const Blocking &blocking) {
  if (k % kTileDepth != 0)
    return false;
  int64_t rowsBytes = mTiles * kTileRows * k * 2;
  return mTiles <= 4 || (mTiles <= 8 && rowsBytes <= blocking.l2Bytes / 2);
}

/// A job of at most 2 whole output tiles over A's few rows: the weight's
/// tiles are read in place, over all of K, with the sums kept in tiles.
GQA_AMX_TARGET void runDirectJob(const Output &out, const uint16_t *w,
                                 int64_t wStride, int64_t k,
                                 const uint16_t *at, const Job &job,
                                 float *sums) {
  int64_t kBlocks = k / kTileDepth;
  WeightTiles wt{w + job.nt0 * kTileRows * wStride, kTileRows * wStride,
                 kTileDepth, wStride * 2};
  int nt = int(job.nTiles);
  WeightPrefetch none;
  for (int64_t j = 0; j < job.mTiles; j += 2) {
    int mt = job.mTiles - j >= 2 ? 2 : 1;
    kTileBlocks[nt - 1][mt - 1](wt, &none, at + j * kBlocks * kTileBf16,
                                kBlocks * kTileBf16, kBlocks, sums, 2, true);
    writeBlock(out, sums, 2, nt, mt, job.nt0, j);
  }
}

/// One job: outputs [16 nt0, + 16 nTiles) x rows of A [16 mt0, + 16 mTiles),
/// over all of K. Each finished tile is written to C as soon as its last K
/// block is summed, while it is in L1.
GQA_AMX_TARGET void runCopiedJob(const Output &out, const uint16_t *w,
                                 int64_t wStride, int64_t k,
                                 const uint16_t *at, const Job &job,
                                 int64_t kBlocksPerStep, uint16_t *block,
                                 float *sums) {
  int64_t nt0 = job.nt0, nTiles = job.nTiles, mt0 = job.mt0,
          mTiles = job.mTiles;
  int64_t kBlocks = ceilDiv(k, kTileDepth);
  int64_t calls = ceilDiv(nTiles, 2) * ceilDiv(mTiles, 2);
  int64_t validRows = std::min(nTiles * kTileRows, out.n - nt0 * kTileRows);
  for (int64_t kb0 = 0; kb0 < kBlocks; kb0 += kBlocksPerStep) {
    int64_t steps = std::min(kBlocksPerStep, kBlocks - kb0);
    bool last = kb0 + steps == kBlocks;
    copyWeightBlock(w, wStride, out.n, k, nt0 * kTileRows, nTiles,
                    kb0 * kTileDepth, steps, block);
    // The next K block of the same rows, over this block's tile steps.
    WeightPrefetch prefetch;
    if (!last) {
      int64_t k1 = (kb0 + steps) * kTileDepth;
      prefetch = WeightPrefetch(
          w + nt0 * kTileRows * wStride + k1, wStride * 2, validRows,
          std::min(kBlocksPerStep * kTileDepth, k - k1) * 2, calls * steps);
    }
    for (int64_t i = 0; i < nTiles; i += 2)
      for (int64_t j = 0; j < mTiles; j += 2) {
        int nt = nTiles - i >= 2 ? 2 : 1, mt = mTiles - j >= 2 ? 2 : 1;
        float *tileSums = sums + (i * mTiles + j) * kTileF32;
        WeightTiles wt{block + i * steps * kTileBf16, steps * kTileBf16,
                       kTileBf16, 64};
        kTileBlocks[nt - 1][mt - 1](
            wt, &prefetch, at + ((mt0 + j) * kBlocks + kb0) * kTileBf16,
            kBlocks * kTileBf16, steps, tileSums, mTiles, kb0 == 0);
        if (last)
          writeBlock(out, tileSums, mTiles, nt, mt, nt0 + i, mt0 + j);
      }
  }
}

/// The jobs of a product, in the order the threads' static shares take
/// them.
std::vector<Job> jobsFor(int64_t m, int64_t n, int64_t k,
                         const Blocking &blocking) {
  int64_t mTiles = ceilDiv(m, kTileRows), nTiles = ceilDiv(n, kTileRows);
  std::vector<Job> jobs;
  if (readsWeightInPlace(mTiles, k, blocking)) {
    // Whole output tiles in place; a last partial one through a copy.
    int64_t whole = n / kTileRows;
    for (int64_t nt0 = 0; nt0 < whole; nt0 += 2)
      jobs.push_back({nt0, std::min<int64_t>(2, whole - nt0), 0, mTiles, true});
    if (whole < nTiles)
      jobs.push_back({whole, 1, 0, mTiles, false});
    return jobs;
  }
  for (int64_t nt0 = 0; nt0 < nTiles; nt0 += blocking.nTiles)
    for (int64_t mt0 = 0; mt0 < mTiles; mt0 += blocking.mTiles)
      jobs.push_back({nt0, std::min(blocking.nTiles, nTiles - nt0), mt0,
                      std::min(blocking.mTiles, mTiles - mt0), false});
  return jobs;
}

} // namespace

bool amxProduct(int64_t m, int64_t n, int64_t k, const uint16_t *a,
                int64_t aRowStride, const uint16_t *w, int64_t wRowStride,
                void *c, int32_t cType, int64_t cRowStride, int64_t cColStride,
                bool accumulate) {
  if (!amxAvailable() || (cType != GQA_RT_F32 && cType != GQA_RT_BF16))
    return false;
  Blocking blocking = blockingFor();
  int64_t mTiles = ceilDiv(m, kTileRows), kBlocks = ceilDiv(k, kTileDepth);
  Buffer packed = allocate(mTiles * kBlocks * kTileBf16 * 2);
  if (!packed)
    return false;
  auto *at = static_cast<uint16_t *>(packed.get());
  bool stream = cType == GQA_RT_F32 && cColStride == 1 && !accumulate &&
                m * n * 4 > blocking.l2Bytes;
  Output out{c, cType, cRowStride, cColStride, accumulate, m, n, stream};
  std::vector<Job> jobs = jobsFor(m, n, k, blocking);
  // Every thread's scratch first: a product either runs whole or not at all
  // (with `accumulate`, a partial one could not be redone).
  std::vector<Buffer> blocks, sums;
  int64_t sumTiles = std::max<int64_t>(4, blocking.nTiles * blocking.mTiles);
  for (int thread = 0, threads = omp_get_max_threads(); thread < threads;
       ++thread) {
    blocks.push_back(
        allocate(blocking.nTiles * blocking.kBlocks * kTileBf16 * 2));
    sums.push_back(allocate(sumTiles * kTileF32 * 4));
    if (!blocks.back() || !sums.back())
      return false;
  }
  packTransposed(a, aRowStride, m, k, at);
#pragma omp parallel
  {
    int thread = omp_get_thread_num();
    auto *block = static_cast<uint16_t *>(blocks[thread].get());
    auto *sum = static_cast<float *>(sums[thread].get());
    configureTiles();
#pragma omp for schedule(static)
    for (size_t i = 0; i < jobs.size(); ++i) {
      if (jobs[i].direct)
        runDirectJob(out, w, wRowStride, k, at, jobs[i], sum);
      else
        runCopiedJob(out, w, wRowStride, k, at, jobs[i], blocking.kBlocks,
                     block, sum);
    }
    // The streamed stores reach memory before the threads' barrier.
    _mm_sfence();
    releaseTiles();
  }
  return true;
}

} // namespace gqa::runtime
