//===- AttentionRuntime.cpp - bf16 attention on AMX tiles -----------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// gqa_rt_masked_attention_bf16: flash attention for bf16 query, key and value
// on Intel AMX, for the attention ops gqa-attention-to-library routes here
// (docs/amx.md). Per (batch, KV head) the keys and values are packed once
// into the tiles' pair-interleaved (VNNI) layout; the work items are then
// blocks of 32 packed rows (rows of the group's query heads, like
// gqa-pack-query-groups's units) that stream the packed keys and values:
//
//   S[32 x Bc]  = Q[32 x D] * K^T          tiles, f32 accumulation
//   online softmax over S's rows            AVX-512, exp2 by polynomial
//   O[32 x Dv]  = O * alpha + P[32 x Bc] * V   tiles, P rounded to bf16
//
// Bc (keys per block) follows from the L1 data cache. Without AMX at run
// time (another CPU, or a kernel that refuses the permission), the same
// attention runs as plain loops in f32.
//
//===----------------------------------------------------------------------===//

#include "gqa-runtime/gqa_runtime.h"

#include "Amx.h"
#include "ElementConversions.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <tuple>
#include <vector>

#include <immintrin.h>
#include <omp.h>
#include <unistd.h>

using namespace gqa::runtime;

namespace {

//===----------------------------------------------------------------------===//
// The problem
//===----------------------------------------------------------------------===//

/// A 4-D bf16 tensor [B, H, S, E] by its first element and strides in
/// elements.
struct Tensor {
  const uint16_t *data;
  int64_t batchStride, headStride, rowStride, colStride;
  const uint16_t *row(int64_t b, int64_t h, int64_t s) const {
    return data + b * batchStride + h * headStride + s * rowStride;
  }
  uint16_t at(int64_t b, int64_t h, int64_t s, int64_t e) const {
    return row(b, h, s)[e * colStride];
  }
};

/// The mask: [B, Hq, Sq, Skv] by its first element and strides in elements
/// (0 where it broadcasts), a float bias or GQA_RT_BOOL bytes; absent when
/// `data` is null.
struct Mask {
  const void *data = nullptr;
  int32_t type = GQA_RT_F32;
  int64_t batchStride = 0, headStride = 0, rowStride = 0, colStride = 0;

  explicit operator bool() const { return data != nullptr; }
  /// The element offset of row (b, h, i)'s key 0.
  int64_t row(int64_t b, int64_t h, int64_t i) const {
    return b * batchStride + h * headStride + i * rowStride;
  }
  /// The bias of key j of the row at `rowOffset`: -inf for a masked key.
  float bias(int64_t rowOffset, int64_t j) const {
    int64_t index = rowOffset + j * colStride;
    switch (type) {
    case GQA_RT_BF16:
      return bf16ToFloat(static_cast<const uint16_t *>(data)[index]);
    case GQA_RT_F16:
      return f16ToFloat(static_cast<const uint16_t *>(data)[index]);
    case GQA_RT_BOOL:
      return static_cast<const uint8_t *>(data)[index]
                 ? 0.0f
                 : -std::numeric_limits<float>::infinity();
    default:
      return static_cast<const float *>(data)[index];
    }
  }
};

struct Problem {
  int64_t batch, queryHeads, kvHeads, queryLength, keyLength;
  int64_t headDim, valueHeadDim;
  float scale;
  bool causal, hasWindow, interleaved;
  int64_t offset, window;
  Tensor q, k, v, o;
  Mask mask;

  int64_t group() const { return queryHeads / kvHeads; }
  /// Query head of member `m` of KV head `kv`'s group.
  int64_t queryHead(int64_t kv, int64_t m) const {
    return interleaved ? m * kvHeads + kv : kv * group() + m;
  }
  /// The keys query row `i` may attend: [lo, hi).
  std::pair<int64_t, int64_t> keyRange(int64_t i) const {
    int64_t hi = keyLength, lo = 0;
    if (causal)
      hi = std::min(hi, i + offset + 1);
    if (hasWindow)
      lo = std::max<int64_t>(0, i + offset - window);
    return {lo, std::max(lo, hi)};
  }
};

//===----------------------------------------------------------------------===//
// Plain loops, without AMX
//===----------------------------------------------------------------------===//

void attentionLoops(const Problem &p) {
  int64_t d = p.headDim, dv = p.valueHeadDim;
#pragma omp parallel for collapse(2) schedule(dynamic)
  for (int64_t b = 0; b < p.batch; ++b)
    for (int64_t h = 0; h < p.queryHeads; ++h) {
      int64_t kv = p.interleaved ? h % p.kvHeads : h / p.group();
      std::vector<float> scores(p.keyLength), acc(dv);
      for (int64_t i = 0; i < p.queryLength; ++i) {
        auto [lo, hi] = p.keyRange(i);
        int64_t maskRow = p.mask ? p.mask.row(b, h, i) : 0;
        float max = -std::numeric_limits<float>::infinity();
        for (int64_t j = lo; j < hi; ++j) {
          float dot = 0;
          for (int64_t e = 0; e < d; ++e)
            dot += bf16ToFloat(p.q.at(b, h, i, e)) *
                   bf16ToFloat(p.k.at(b, kv, j, e));
          scores[j] = dot * p.scale;
          if (p.mask)
            scores[j] += p.mask.bias(maskRow, j);
          max = std::max(max, scores[j]);
        }
        std::fill(acc.begin(), acc.end(), 0.0f);
        float sum = 0;
        for (int64_t j = lo; j < hi; ++j) {
          if (scores[j] == -std::numeric_limits<float>::infinity())
            continue;
          float weight = std::exp(scores[j] - max);
          sum += weight;
          for (int64_t e = 0; e < dv; ++e)
            acc[e] += weight * bf16ToFloat(p.v.at(b, kv, j, e));
        }
        auto *out = const_cast<uint16_t *>(p.o.row(b, h, i));
        for (int64_t e = 0; e < dv; ++e)
          out[e * p.o.colStride] = floatToBf16(sum > 0 ? acc[e] / sum : 0.0f);
      }
    }
}

//===----------------------------------------------------------------------===//
// AMX
//===----------------------------------------------------------------------===//

/// Packed rows per work item: two row tiles.
constexpr int64_t kItemRows = 2 * kTileRows;

/// Keys per block: the largest of 128, 64 and 32 whose scores, weights,
/// accumulators and queries fit the L1 data cache (the packed keys and
/// values stream from L2). Larger blocks spread each row's softmax
/// bookkeeping and each accumulator load over more keys.
int64_t chooseKeyBlock(int64_t dPad, int64_t dvPad) {
  long l1 = sysconf(_SC_LEVEL1_DCACHE_SIZE);
  if (l1 <= 0)
    l1 = 32 * 1024;
  for (int64_t keys : {128, 64}) {
    int64_t bytes = kItemRows * (keys * (4 + 2) + dvPad * 4 + dPad * 2);
    if (bytes <= l1)
      return keys;
  }
  return 32;
}

/// The packed keys and values of one (batch, KV head): keys in tiles of
/// [D pairs of one 32-wide chunk] x [16 keys x 2], values in tiles of
/// [16 key pairs] x [16 value columns x 2], zero beyond D, Dv and the keys.
struct PackedLayout {
  int64_t dChunks, dvTiles, keyTiles;
  int64_t keyElems() const { return keyTiles * dChunks * 512; }
  int64_t valueElems() const { return (keyTiles / 2) * dvTiles * 512; }
  int64_t elems() const { return keyElems() + valueElems(); }
};

/// Packs the keys and values of 32-key chunk `chunk` of one (batch, KV
/// head) into `packed`; keys beyond the end pack as zero.
GQA_AMX_TARGET void packChunk(const Problem &p, const PackedLayout &layout,
                              int64_t b, int64_t kv, int64_t chunk,
                              uint16_t *packed) {
  auto *keys = reinterpret_cast<uint32_t *>(packed);
  auto *values = reinterpret_cast<uint32_t *>(packed + layout.keyElems());
  int64_t pairs = p.headDim / 2;
  for (int64_t j = chunk * 32; j < chunk * 32 + 32; ++j) {
    uint32_t *tile = keys + (j / 16) * layout.dChunks * 256 + j % 16;
    const uint16_t *k = j < p.keyLength ? p.k.row(b, kv, j) : nullptr;
    for (int64_t e = 0; e < pairs; ++e) {
      uint32_t pair = 0;
      if (k)
        std::memcpy(&pair, k + 2 * e, 4);
      tile[(e / 16) * 256 + (e % 16) * 16] = pair;
    }
  }
  uint32_t *tile = values + chunk * layout.dvTiles * 256;
  for (int64_t j = chunk * 32; j < chunk * 32 + 32; j += 2) {
    const uint16_t *v0 = j < p.keyLength ? p.v.row(b, kv, j) : nullptr;
    const uint16_t *v1 = j + 1 < p.keyLength ? p.v.row(b, kv, j + 1) : nullptr;
    uint32_t *row = tile + (j % 32) / 2 * 16;
    for (int64_t e = 0; e < p.valueHeadDim; ++e)
      row[(e / 16) * 256 + e % 16] =
          (v0 ? v0[e] : 0) | static_cast<uint32_t>(v1 ? v1[e] : 0) << 16;
  }
}

/// A work item's buffers (per thread, 64-byte aligned): its queries
/// [32 x dPad] bf16, scores [32 x Bc] f32, weights [32 x Bc] bf16 and
/// accumulators [32 x dvPad] f32, and per row the running maximum (in
/// log2 units) and the sum of its weights in 16 lanes.
struct Scratch {
  int64_t dPad, dvPad, keyBlock;
  uint16_t *query, *weights;
  float *scores, *acc, *max, *sum;
  std::unique_ptr<char, decltype(&std::free)> memory{nullptr, &std::free};

  Scratch(int64_t dPad, int64_t dvPad, int64_t keyBlock)
      : dPad(dPad), dvPad(dvPad), keyBlock(keyBlock) {
    int64_t sizes[] = {kItemRows * dPad * 2,
                       kItemRows * keyBlock * 2,
                       kItemRows * keyBlock * 4,
                       kItemRows * dvPad * 4,
                       kItemRows * 4,
                       kItemRows * 64};
    int64_t total = 0;
    for (int64_t &size : sizes)
      total += size = (size + 63) / 64 * 64;
    memory.reset(static_cast<char *>(std::aligned_alloc(64, total)));
    char *next = memory.get();
    auto take = [&](int i) {
      char *result = next;
      next += sizes[i];
      return result;
    };
    query = reinterpret_cast<uint16_t *>(take(0));
    weights = reinterpret_cast<uint16_t *>(take(1));
    scores = reinterpret_cast<float *>(take(2));
    acc = reinterpret_cast<float *>(take(3));
    max = reinterpret_cast<float *>(take(4));
    sum = reinterpret_cast<float *>(take(5));
  }
};

/// A work item: rows [first, first + 32) of the packed rows of (batch b,
/// KV head kv), packed row r being row r mod Sq of member r / Sq.
struct Item {
  int64_t b, kv, first, rows;
  int64_t lo[kItemRows], hi[kItemRows];
  /// Each row's offset in the mask (with a mask).
  int64_t maskRow[kItemRows];
  int64_t minLo, maxHi;
};

/// 2^x for finite x <= 2^kMaxSlack: x = n + f with f in [-1/2, 1/2], 2^f
/// by its degree-4 Taylor polynomial (relative error below 5e-5, far
/// inside bf16's rounding of the weights), scaled by 2^n (0 once n is below
/// the smallest f32). Lanes that must give 0, such as masked scores, are
/// zeroed by the caller.
GQA_AMX_TARGET inline __m512 exp2Approx(__m512 x) {
  __m512 n =
      _mm512_roundscale_ps(x, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  __m512 f = _mm512_sub_ps(x, n);
  __m512 y = _mm512_set1_ps(9.6181291e-3f);
  y = _mm512_fmadd_ps(y, f, _mm512_set1_ps(5.5504109e-2f));
  y = _mm512_fmadd_ps(y, f, _mm512_set1_ps(2.4022651e-1f));
  y = _mm512_fmadd_ps(y, f, _mm512_set1_ps(6.9314718e-1f));
  y = _mm512_fmadd_ps(y, f, _mm512_set1_ps(1.0f));
  return _mm512_scalef_ps(y, n);
}

/// Copies the item's queries into s.query (zero beyond the rows and D) and
/// finds each row's keys.
void loadItem(const Problem &p, Item &item, Scratch &s) {
  std::memset(s.query, 0, kItemRows * s.dPad * 2);
  item.minLo = p.keyLength;
  item.maxHi = 0;
  for (int64_t r = 0; r < kItemRows; ++r) {
    item.lo[r] = item.hi[r] = 0;
    if (r >= item.rows)
      continue;
    int64_t packedRow = item.first + r;
    int64_t i = packedRow % p.queryLength;
    int64_t head = p.queryHead(item.kv, packedRow / p.queryLength);
    std::memcpy(s.query + r * s.dPad, p.q.row(item.b, head, i), p.headDim * 2);
    std::tie(item.lo[r], item.hi[r]) = p.keyRange(i);
    if (p.mask)
      item.maskRow[r] = p.mask.row(item.b, head, i);
    if (item.hi[r] > item.lo[r]) {
      item.minLo = std::min(item.minLo, item.lo[r]);
      item.maxHi = std::max(item.maxHi, item.hi[r]);
    }
  }
}

/// s.scores[:, 0:keys) = queries * (keys [first, first + keys))^T.
GQA_AMX_TARGET void computeScores(const PackedLayout &layout,
                                  const uint16_t *packed, int64_t first,
                                  int64_t keys, Scratch &s) {
  int64_t tileBytes = 512, qStride = s.dPad * 2, sStride = s.keyBlock * 4;
  for (int64_t c32 = 0; c32 < keys; c32 += 32) {
    const uint16_t *kt =
        packed + ((first + c32) / 16) * layout.dChunks * tileBytes;
    _tile_zero(0);
    _tile_zero(1);
    _tile_zero(2);
    _tile_zero(3);
    _tile_loadd(4, s.query, qStride);
    _tile_loadd(5, s.query + 16 * s.dPad, qStride);
    _tile_loadd(6, kt, 64);
    _tile_loadd(7, kt + layout.dChunks * tileBytes, 64);
    // Each input tile is reloaded for the next chunk as soon as its last
    // product has been issued (tile registers are not renamed).
    for (int64_t c = 0; c < layout.dChunks; ++c) {
      bool more = c + 1 < layout.dChunks;
      _tile_dpbf16ps(0, 4, 6);
      _tile_dpbf16ps(1, 4, 7);
      if (more)
        _tile_loadd(4, s.query + (c + 1) * 32, qStride);
      _tile_dpbf16ps(2, 5, 6);
      if (more)
        _tile_loadd(6, kt + (c + 1) * tileBytes, 64);
      _tile_dpbf16ps(3, 5, 7);
      if (more) {
        _tile_loadd(5, s.query + 16 * s.dPad + (c + 1) * 32, qStride);
        _tile_loadd(7, kt + (layout.dChunks + c + 1) * tileBytes, 64);
      }
    }
    float *out = s.scores + c32;
    _tile_stored(0, out, sStride);
    _tile_stored(1, out + 16, sStride);
    _tile_stored(2, out + 16 * s.keyBlock, sStride);
    _tile_stored(3, out + 16 * s.keyBlock + 16, sStride);
  }
}

/// 16 mask values of row `rowOffset` from key `key` (`count` of them, the
/// rest -inf) as f32 biases.
GQA_AMX_TARGET inline __m512 loadBias(const Mask &mask, int64_t rowOffset,
                                      int64_t key, int64_t count) {
  __mmask16 lanes =
      count >= 16 ? __mmask16(0xffff) : __mmask16((1u << count) - 1);
  const __m512 negInf = _mm512_set1_ps(-INFINITY);
  if (mask.colStride == 1) {
    int64_t index = rowOffset + key;
    switch (mask.type) {
    case GQA_RT_F32:
      return _mm512_mask_loadu_ps(
          negInf, lanes, static_cast<const float *>(mask.data) + index);
    case GQA_RT_BF16: {
      __m256i bits = _mm256_maskz_loadu_epi16(
          lanes, static_cast<const uint16_t *>(mask.data) + index);
      __m512 values = _mm512_castsi512_ps(
          _mm512_slli_epi32(_mm512_cvtepu16_epi32(bits), 16));
      return _mm512_mask_mov_ps(negInf, lanes, values);
    }
    case GQA_RT_F16: {
      __m256i bits = _mm256_maskz_loadu_epi16(
          lanes, static_cast<const uint16_t *>(mask.data) + index);
      return _mm512_mask_mov_ps(negInf, lanes, _mm512_cvtph_ps(bits));
    }
    default:
      break;
    }
  }
  alignas(64) float values[16];
  for (int64_t l = 0; l < 16; ++l)
    values[l] = l < count ? mask.bias(rowOffset, key + l) : -INFINITY;
  return _mm512_load_ps(values);
}

/// With a mask: the item's scores over keys [first, first + keys) become
/// log2-unit logits, score * scale * log2(e) + bias * log2(e). A finite bias
/// stays finite (at least -FLT_MAX), so a row masked everywhere by a finite
/// bias is the uniform average, as in the reference; a bias of -inf stays
/// -inf and the key gets weight 0.
GQA_AMX_TARGET void applyMask(const Problem &p, const Item &item, int64_t first,
                              int64_t keys, Scratch &s) {
  const __m512 log2e = _mm512_set1_ps(static_cast<float>(M_LOG2E));
  const __m512 scale = _mm512_set1_ps(p.scale * static_cast<float>(M_LOG2E));
  const __m512 lowest = _mm512_set1_ps(-FLT_MAX);
  const __m512 negInf = _mm512_set1_ps(-INFINITY);
  int64_t known = std::max<int64_t>(0, std::min(keys, p.keyLength - first));
  for (int64_t r = 0; r < item.rows; ++r) {
    float *scores = s.scores + r * s.keyBlock;
    for (int64_t j = 0; j < keys; j += 16) {
      __m512 bias = loadBias(p.mask, item.maskRow[r], first + j,
                             std::max<int64_t>(0, known - j));
      __mmask16 finite = _mm512_cmp_ps_mask(bias, negInf, _CMP_NEQ_UQ);
      __m512 biasLog2 = _mm512_mask_max_ps(negInf, finite,
                                           _mm512_mul_ps(bias, log2e), lowest);
      __m512 logits =
          _mm512_fmadd_ps(_mm512_load_ps(scores + j), scale, biasLog2);
      _mm512_store_ps(scores + j,
                      _mm512_mask_max_ps(negInf, finite, logits, lowest));
    }
  }
}

/// The mask of keys [key, key + 16) that row r attends.
GQA_AMX_TARGET inline __mmask16 attended(const Item &item, int64_t r,
                                         int64_t key) {
  __m512i keys = _mm512_add_epi32(
      _mm512_set1_epi32(static_cast<int32_t>(key)),
      _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
  return _mm512_cmpge_epi32_mask(
             keys, _mm512_set1_epi32(static_cast<int32_t>(item.lo[r]))) &
         _mm512_cmplt_epi32_mask(
             keys, _mm512_set1_epi32(static_cast<int32_t>(item.hi[r])));
}

/// How far (in log2 units) a row's scores may exceed the maximum its
/// weights are taken against before the maximum moves: weights stay below
/// 2^kMaxSlack (no overflow in f32 sums of any length, and bf16 keeps its
/// relative precision), and most blocks neither rescale the accumulators
/// nor look for the block's maximum first.
constexpr float kMaxSlack = 8.0f;

/// The largest score (in log2 units) that row r attends among keys
/// [first, first + keys), or -inf.
GQA_AMX_TARGET inline float blockMaximum(const Item &item, int64_t r,
                                         int64_t first, int64_t keys,
                                         float log2Scale, const Scratch &s) {
  const float *scores = s.scores + r * s.keyBlock;
  const __m512 negInf = _mm512_set1_ps(-INFINITY);
  bool whole = item.lo[r] <= first && first + keys <= item.hi[r];
  __m512 maximum = negInf;
  for (int64_t j = 0; j < keys; j += 16) {
    __m512 score = _mm512_load_ps(scores + j);
    if (!whole)
      score = _mm512_mask_blend_ps(attended(item, r, first + j), negInf, score);
    maximum = _mm512_max_ps(maximum, score);
  }
  return _mm512_reduce_max_ps(maximum) * log2Scale;
}

/// Writes row r's bf16 weights 2^(score * log2Scale - rowMax) over keys
/// [first, first + keys) (0 for keys it does not attend) and returns their
/// lane-wise sums. Sets `exceeds` when an attended score is more than
/// kMaxSlack above rowMax (the weights are then not to be used).
GQA_AMX_TARGET inline __m512 writeWeights(const Item &item, int64_t r,
                                          int64_t first, int64_t keys,
                                          float log2Scale, float rowMax,
                                          Scratch &s, bool &exceeds) {
  const float *scores = s.scores + r * s.keyBlock;
  auto *weights = reinterpret_cast<__m256bh *>(s.weights + r * s.keyBlock);
  bool whole = item.lo[r] <= first && first + keys <= item.hi[r];
  __m512 maximum = _mm512_set1_ps(rowMax), scale = _mm512_set1_ps(log2Scale);
  __m512 sum = _mm512_setzero_ps(), largest = _mm512_set1_ps(-INFINITY);
  for (int64_t j = 0; j < keys; j += 16) {
    __m512 t = _mm512_fmsub_ps(_mm512_load_ps(scores + j), scale, maximum);
    __mmask16 inside = whole ? __mmask16(0xffff) : attended(item, r, first + j);
    // Scores masked by a bias of -inf (and logits far below the maximum,
    // whose weight is 0 anyway) give -inf here, which 2^x must not see.
    inside &= _mm512_cmp_ps_mask(t, _mm512_set1_ps(-INFINITY), _CMP_NEQ_UQ);
    largest = _mm512_mask_max_ps(largest, inside, largest, t);
    __m512 weight = _mm512_maskz_mov_ps(inside, exp2Approx(t));
    sum = _mm512_add_ps(sum, weight);
    weights[j / 16] = _mm512_cvtneps_pbh(weight);
  }
  exceeds =
      _mm512_cmp_ps_mask(largest, _mm512_set1_ps(kMaxSlack), _CMP_GT_OQ) != 0;
  return sum;
}

/// Scales row r's accumulators by `factor`.
GQA_AMX_TARGET inline void rescaleRow(int64_t r, __m512 factor, Scratch &s) {
  float *acc = s.acc + r * s.dvPad;
  for (int64_t e = 0; e < s.dvPad; e += 16)
    _mm512_store_ps(acc + e, _mm512_mul_ps(_mm512_load_ps(acc + e), factor));
}

/// The online softmax of the item's rows over keys [first, first + keys):
/// each row's bf16 weights and sums against its running maximum, in one
/// pass while no score exceeds it by more than kMaxSlack. A row's first
/// attended block, and a block that exceeds the slack, first find the
/// block's maximum, move the running maximum there and rescale the row's
/// sums and accumulators by 2^(old - new).
GQA_AMX_TARGET void softmaxBlock(const Item &item, int64_t first, int64_t keys,
                                 float log2Scale, Scratch &s) {
  auto *sums = reinterpret_cast<__m512 *>(s.sum);
  for (int64_t r = 0; r < kItemRows; ++r) {
    float oldMax = s.max[r];
    bool exceeds = true;
    __m512 blockSum;
    if (oldMax != -INFINITY)
      blockSum =
          writeWeights(item, r, first, keys, log2Scale, oldMax, s, exceeds);
    if (!exceeds) {
      sums[r] = _mm512_add_ps(sums[r], blockSum);
      continue;
    }
    float newMax = blockMaximum(item, r, first, keys, log2Scale, s);
    if (newMax == -INFINITY) {
      std::memset(s.weights + r * s.keyBlock, 0, keys * 2);
      continue;
    }
    blockSum =
        writeWeights(item, r, first, keys, log2Scale, newMax, s, exceeds);
    s.max[r] = newMax;
    if (oldMax == -INFINITY) {
      sums[r] = blockSum;
      continue;
    }
    __m512 factor = exp2Approx(_mm512_set1_ps(oldMax - newMax));
    sums[r] = _mm512_fmadd_ps(sums[r], factor, blockSum);
    rescaleRow(r, factor, s);
  }
}

/// s.acc += s.weights[:, 0:keys) * (values [first, first + keys)).
GQA_AMX_TARGET void accumulateValues(const PackedLayout &layout,
                                     const uint16_t *packedValues,
                                     int64_t first, int64_t keys, Scratch &s) {
  int64_t aStride = s.dvPad * 4, wStride = s.keyBlock * 2;
  for (int64_t m = 0; m < layout.dvTiles; m += 2) {
    float *acc = s.acc + m * 16;
    _tile_loadd(0, acc, aStride);
    _tile_loadd(1, acc + 16, aStride);
    _tile_loadd(2, acc + 16 * s.dvPad, aStride);
    _tile_loadd(3, acc + 16 * s.dvPad + 16, aStride);
    auto values = [&](int64_t kc) {
      return packedValues + ((first + kc) / 32 * layout.dvTiles + m) * 512;
    };
    _tile_loadd(4, s.weights, wStride);
    _tile_loadd(5, s.weights + 16 * s.keyBlock, wStride);
    _tile_loadd(6, values(0), 64);
    _tile_loadd(7, values(0) + 512, 64);
    for (int64_t kc = 0; kc < keys; kc += 32) {
      bool more = kc + 32 < keys;
      _tile_dpbf16ps(0, 4, 6);
      _tile_dpbf16ps(1, 4, 7);
      if (more)
        _tile_loadd(4, s.weights + kc + 32, wStride);
      _tile_dpbf16ps(2, 5, 6);
      if (more)
        _tile_loadd(6, values(kc + 32), 64);
      _tile_dpbf16ps(3, 5, 7);
      if (more) {
        _tile_loadd(5, s.weights + 16 * s.keyBlock + kc + 32, wStride);
        _tile_loadd(7, values(kc + 32) + 512, 64);
      }
    }
    _tile_stored(0, acc, aStride);
    _tile_stored(1, acc + 16, aStride);
    _tile_stored(2, acc + 16 * s.dvPad, aStride);
    _tile_stored(3, acc + 16 * s.dvPad + 16, aStride);
  }
}

/// Writes O = acc / sum (0 for a row that attends no key) as bf16.
GQA_AMX_TARGET void storeItem(const Problem &p, const Item &item,
                              const Scratch &s) {
  for (int64_t r = 0; r < item.rows; ++r) {
    int64_t packedRow = item.first + r;
    int64_t head = p.queryHead(item.kv, packedRow / p.queryLength);
    auto *out = const_cast<uint16_t *>(
        p.o.row(item.b, head, packedRow % p.queryLength));
    float sum =
        _mm512_reduce_add_ps(reinterpret_cast<const __m512 *>(s.sum)[r]);
    __m512 inverse = _mm512_set1_ps(sum > 0 ? 1.0f / sum : 0.0f);
    const float *acc = s.acc + r * s.dvPad;
    for (int64_t e = 0; e < p.valueHeadDim; e += 16) {
      __mmask16 lanes = p.valueHeadDim - e >= 16
                            ? __mmask16(0xffff)
                            : __mmask16((1u << (p.valueHeadDim - e)) - 1);
      __m256bh row =
          _mm512_cvtneps_pbh(_mm512_mul_ps(_mm512_load_ps(acc + e), inverse));
      _mm256_mask_storeu_epi16(out + e, lanes,
                               reinterpret_cast<__m256i &>(row));
    }
  }
}

/// One work item, its key blocks aligned to 32 keys.
void runItem(const Problem &p, const PackedLayout &layout,
             const uint16_t *packed, Item &item, Scratch &s) {
  loadItem(p, item, s);
  std::fill(s.max, s.max + kItemRows, -INFINITY);
  std::fill(s.sum, s.sum + kItemRows * 16, 0.0f);
  std::memset(s.acc, 0, kItemRows * s.dvPad * 4);
  // With a mask, applyMask turns the scores into log2-unit logits.
  float log2Scale = p.mask ? 1.0f : p.scale * static_cast<float>(M_LOG2E);
  for (int64_t first = item.minLo / 32 * 32; first < item.maxHi;
       first += s.keyBlock) {
    int64_t keys = std::min(s.keyBlock, (item.maxHi - first + 31) / 32 * 32);
    computeScores(layout, packed, first, keys, s);
    if (p.mask)
      applyMask(p, item, first, keys, s);
    softmaxBlock(item, first, keys, log2Scale, s);
    accumulateValues(layout, packed + layout.keyElems(), first, keys, s);
  }
  storeItem(p, item, s);
}

/// Per (batch, KV head): pack its keys and values, then run its items,
/// heaviest (latest rows, with causal masking) first.
void attentionAmx(const Problem &p) {
  PackedLayout layout;
  layout.dChunks = (p.headDim + 31) / 32;
  layout.dvTiles = (p.valueHeadDim + 31) / 32 * 2;
  layout.keyTiles = (p.keyLength + 31) / 32 * 2;
  int64_t dPad = layout.dChunks * 32, dvPad = layout.dvTiles * 16;
  int64_t keyBlock = chooseKeyBlock(dPad, dvPad);
  int64_t packedRows = p.group() * p.queryLength;
  int64_t items = (packedRows + kItemRows - 1) / kItemRows;
  std::unique_ptr<uint16_t, decltype(&std::free)> packed(
      static_cast<uint16_t *>(
          std::aligned_alloc(64, (layout.elems() * 2 + 63) / 64 * 64)),
      &std::free);
  // Without memory for the packed keys and values, the loops need none.
  if (!packed)
    return attentionLoops(p);
  // Padding beyond D and Dv is never written by packChunk.
  std::memset(packed.get(), 0, layout.elems() * 2);
#pragma omp parallel
  {
    configureTiles();
    Scratch scratch(dPad, dvPad, keyBlock);
    for (int64_t b = 0; b < p.batch; ++b)
      for (int64_t kv = 0; kv < p.kvHeads; ++kv) {
#pragma omp for schedule(static)
        for (int64_t chunk = 0; chunk < layout.keyTiles / 2; ++chunk)
          packChunk(p, layout, b, kv, chunk, packed.get());
#pragma omp for schedule(dynamic, 1)
        for (int64_t n = items - 1; n >= 0; --n) {
          Item item;
          item.b = b;
          item.kv = kv;
          item.first = n * kItemRows;
          item.rows = std::min(kItemRows, packedRows - item.first);
          runItem(p, layout, packed.get(), item, scratch);
        }
      }
    releaseTiles();
  }
}

} // namespace

extern "C" void gqa_rt_masked_attention_bf16(
    int64_t batch, int64_t query_heads, int64_t kv_heads, int64_t query_length,
    int64_t key_length, int64_t head_dim, int64_t value_head_dim, float scale,
    int32_t flags, int64_t causal_offset, int64_t window, const void *q,
    int64_t q_batch_stride, int64_t q_head_stride, int64_t q_row_stride,
    int64_t q_col_stride, const void *k, int64_t k_batch_stride,
    int64_t k_head_stride, int64_t k_row_stride, int64_t k_col_stride,
    const void *v, int64_t v_batch_stride, int64_t v_head_stride,
    int64_t v_row_stride, int64_t v_col_stride, void *o, int64_t o_batch_stride,
    int64_t o_head_stride, int64_t o_row_stride, int64_t o_col_stride,
    const void *mask, int32_t mask_type, int64_t mask_batch_stride,
    int64_t mask_head_stride, int64_t mask_row_stride,
    int64_t mask_col_stride) {
  Problem p;
  p.batch = batch;
  p.queryHeads = query_heads;
  p.kvHeads = kv_heads;
  p.queryLength = query_length;
  p.keyLength = key_length;
  p.headDim = head_dim;
  p.valueHeadDim = value_head_dim;
  p.scale = scale;
  p.causal = flags & GQA_RT_ATTENTION_CAUSAL;
  p.hasWindow = flags & GQA_RT_ATTENTION_WINDOW;
  p.interleaved = flags & GQA_RT_ATTENTION_INTERLEAVED;
  p.offset = causal_offset;
  p.window = window;
  auto tensor = [](const void *data, int64_t b, int64_t h, int64_t s,
                   int64_t e) {
    return Tensor{static_cast<const uint16_t *>(data), b, h, s, e};
  };
  p.q = tensor(q, q_batch_stride, q_head_stride, q_row_stride, q_col_stride);
  p.k = tensor(k, k_batch_stride, k_head_stride, k_row_stride, k_col_stride);
  p.v = tensor(v, v_batch_stride, v_head_stride, v_row_stride, v_col_stride);
  p.o = tensor(o, o_batch_stride, o_head_stride, o_row_stride, o_col_stride);
  p.mask = Mask{mask,
                mask_type,
                mask_batch_stride,
                mask_head_stride,
                mask_row_stride,
                mask_col_stride};
  if (batch <= 0 || query_heads <= 0 || query_length <= 0)
    return;
  bool contiguous = q_col_stride == 1 && k_col_stride == 1 &&
                    v_col_stride == 1 && o_col_stride == 1;
  if (amxAvailable() && contiguous && head_dim % 2 == 0 && key_length > 0 &&
      scale > 0)
    attentionAmx(p);
  else
    attentionLoops(p);
}
