//===- ContractionRuntime.cpp - gqa_rt_matmul on oneDNN -------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// gqa_rt_matmul runs a strided, batched matrix product through oneDNN's matmul
// primitive (brgemm kernels: AVX-512, AVX512-BF16, AMX where the CPU has
// them), f32 matrix-vector products (M = 1) through dnnl_sgemm, and the other
// products of up to 8 rows of A over a weight with contiguous rows (the
// Linear layout: decode steps of a few sequences) through our own streamed
// dot products, and bf16 products of more rows in the Linear layout on AMX
// tiles (AmxProduct.cpp). The primitive of each distinct problem (types,
// sizes, strides) is created once and kept. oneDNN's primitive cache would also
// keep it, but creating the descriptor each call costs more than a decode-sized
// product.
//
// What oneDNN rejects (f16 on CPUs without AVX512-FP16, strides it cannot
// express) is computed through contiguous f32 copies, and what it rejects
// even then by plain loops: every call computes its product.
//
//===----------------------------------------------------------------------===//

#include "gqa-runtime/gqa_runtime.h"

#include "Amx.h"
#include "AmxProduct.h"
#include "ElementConversions.h"

#include <dnnl.h>
#include <immintrin.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

using namespace gqa::runtime;

namespace {

float loadElement(const void *base, int64_t index, int32_t type) {
  if (type == GQA_RT_F32)
    return static_cast<const float *>(base)[index];
  uint16_t h = static_cast<const uint16_t *>(base)[index];
  return type == GQA_RT_BF16 ? bf16ToFloat(h) : f16ToFloat(h);
}

void storeElement(void *base, int64_t index, int32_t type, float value) {
  if (type == GQA_RT_F32) {
    static_cast<float *>(base)[index] = value;
    return;
  }
  static_cast<uint16_t *>(base)[index] =
      type == GQA_RT_BF16 ? floatToBf16(value) : floatToF16(value);
}

//===----------------------------------------------------------------------===//
// The problem and its oneDNN primitive.
//===----------------------------------------------------------------------===//

/// Everything of a call but its pointers.
struct Problem {
  int32_t abType, cType;
  int64_t batch, m, n, k;
  // Batch, row and column strides of A, B and C.
  std::array<int64_t, 9> strides;
  int32_t accumulate;

  bool operator==(const Problem &other) const {
    return abType == other.abType && cType == other.cType &&
           batch == other.batch && m == other.m && n == other.n &&
           k == other.k && strides == other.strides &&
           accumulate == other.accumulate;
  }
};

struct ProblemHash {
  size_t operator()(const Problem &p) const {
    size_t h = std::hash<int64_t>()(p.abType * 7 + p.cType * 3 + p.accumulate);
    for (int64_t value : {p.batch, p.m, p.n, p.k})
      h = h * 1000003u ^ std::hash<int64_t>()(value);
    for (int64_t value : p.strides)
      h = h * 1000003u ^ std::hash<int64_t>()(value);
    return h;
  }
};

/// A created primitive with its operands' descriptors; `primitive` is null
/// when oneDNN rejected the problem.
struct Primitive {
  dnnl_primitive_t primitive = nullptr;
  dnnl_memory_desc_t a, b, c;
};

dnnl_data_type_t toDnnlType(int32_t type) {
  switch (type) {
  case GQA_RT_BF16:
    return dnnl_bf16;
  case GQA_RT_F16:
    return dnnl_f16;
  default:
    return dnnl_f32;
  }
}

/// The descriptor of one operand: a 3-D batch of `rows` x `cols` matrices,
/// with the batch broadcast (size 1) where its stride is 0.
bool describe(dnnl_memory_desc_t &desc, const Problem &p, int operand,
              int64_t rows, int64_t cols, int32_t type) {
  const int64_t *strides = &p.strides[operand * 3];
  dnnl_dims_t dims = {strides[0] == 0 ? 1 : p.batch, rows, cols};
  dnnl_dims_t dnnlStrides = {strides[0] == 0 ? rows * cols : strides[0],
                             strides[1], strides[2]};
  return dnnl_memory_desc_init_by_strides(&desc, 3, dims, toDnnlType(type),
                                          dnnlStrides) == dnnl_success;
}

struct Context {
  dnnl_engine_t engine = nullptr;
  dnnl_stream_t stream = nullptr;
  std::mutex mutex;
  std::unordered_map<Problem, Primitive, ProblemHash> primitives;

  Context() {
    if (dnnl_engine_create(&engine, dnnl_cpu, 0) != dnnl_success ||
        dnnl_stream_create(&stream, engine, dnnl_stream_default_flags) !=
            dnnl_success)
      engine = nullptr;
  }
};

Context &getContext() {
  static Context context;
  return context;
}

Primitive createPrimitive(Context &context, const Problem &p) {
  Primitive result;
  if (!context.engine)
    return result;
  if (!describe(result.a, p, 0, p.m, p.k, p.abType) ||
      !describe(result.b, p, 1, p.k, p.n, p.abType) ||
      !describe(result.c, p, 2, p.m, p.n, p.cType))
    return result;
  dnnl_matmul_desc_t desc;
  if (dnnl_matmul_desc_init(&desc, &result.a, &result.b, nullptr, &result.c) !=
      dnnl_success)
    return result;
  dnnl_primitive_attr_t attr = nullptr;
  dnnl_post_ops_t postOps = nullptr;
  if (p.accumulate) {
    dnnl_primitive_attr_create(&attr);
    dnnl_post_ops_create(&postOps);
    dnnl_post_ops_append_sum(postOps, 1.0f);
    dnnl_primitive_attr_set_post_ops(attr, postOps);
  }
  dnnl_primitive_desc_t pd = nullptr;
  if (dnnl_primitive_desc_create(&pd, &desc, attr, context.engine, nullptr) ==
      dnnl_success) {
    if (dnnl_primitive_create(&result.primitive, pd) != dnnl_success)
      result.primitive = nullptr;
    dnnl_primitive_desc_destroy(pd);
  }
  if (postOps)
    dnnl_post_ops_destroy(postOps);
  if (attr)
    dnnl_primitive_attr_destroy(attr);
  return result;
}

/// Runs `p` through oneDNN; false if oneDNN rejects it.
bool runDnnl(const Problem &p, const void *a, const void *b, void *c) {
  Context &context = getContext();
  Primitive primitive;
  {
    std::lock_guard<std::mutex> lock(context.mutex);
    auto it = context.primitives.find(p);
    if (it == context.primitives.end())
      it = context.primitives.emplace(p, createPrimitive(context, p)).first;
    primitive = it->second;
  }
  if (!primitive.primitive)
    return false;
  dnnl_memory_t memories[3] = {nullptr, nullptr, nullptr};
  const dnnl_memory_desc_t *descs[3] = {&primitive.a, &primitive.b,
                                        &primitive.c};
  void *pointers[3] = {const_cast<void *>(a), const_cast<void *>(b), c};
  bool ok = true;
  for (int i = 0; i < 3; ++i)
    ok = ok && dnnl_memory_create(&memories[i], descs[i], context.engine,
                                  pointers[i]) == dnnl_success;
  if (ok) {
    dnnl_exec_arg_t args[3] = {{DNNL_ARG_SRC, memories[0]},
                               {DNNL_ARG_WEIGHTS, memories[1]},
                               {DNNL_ARG_DST, memories[2]}};
    ok = dnnl_primitive_execute(primitive.primitive, context.stream, 3, args) ==
             dnnl_success &&
         dnnl_stream_wait(context.stream) == dnnl_success;
  }
  for (dnnl_memory_t memory : memories)
    if (memory)
      dnnl_memory_destroy(memory);
  return ok;
}

/// A matrix-vector product (M = 1, f32) through dnnl_sgemm, whose GEMV
/// kernels read the weight at about twice the rate of the matmul primitive's
/// (bench/gemm_libs.py); false if the strides do not fit its interface.
bool runSgemv(const Problem &p, const void *a, const void *b, void *c) {
  const std::array<int64_t, 9> &s = p.strides;
  if (p.m != 1 || p.abType != GQA_RT_F32 || p.cType != GQA_RT_F32 ||
      s[8] != 1 || s[2] < 1)
    return false;
  // A, a row of K: as a K x 1 matrix ('T') its elements are lda apart.
  char transB;
  int64_t ldb;
  if (s[5] == 1 && s[4] >= p.n) {
    transB = 'N';
    ldb = s[4];
  } else if (s[4] == 1 && s[5] >= p.k) {
    transB = 'T';
    ldb = s[5];
  } else {
    return false;
  }
  for (int64_t batch = 0; batch < p.batch; ++batch) {
    const float *aBatch = static_cast<const float *>(a) + batch * s[0];
    const float *bBatch = static_cast<const float *>(b) + batch * s[3];
    float *cBatch = static_cast<float *>(c) + batch * s[6];
    if (dnnl_sgemm('T', transB, 1, p.n, p.k, 1.0f, aBatch, s[2], bBatch, ldb,
                   p.accumulate ? 1.0f : 0.0f, cBatch, p.n) != dnnl_success)
      return false;
  }
  return true;
}

/// Lanes of each dot product's accumulator: one 512-bit register of f32.
constexpr int64_t kLanes = 16;

/// The most rows of A the streamed products take. Each weight element read
/// feeds M FMAs; beyond 8 rows, oneDNN's blocked kernels reach the FMA rate
/// (bench/gemm_libs.py --m).
constexpr int64_t kMaxStreamedRows = 8;

/// Rows of the weight each kernel call streams at once: independent
/// accumulators for the FMA latency, and concurrent streams for the memory
/// system (one stream per core leaves bandwidth unused). Their R x M
/// accumulators take at most 24 of the 32 vector registers of AVX-512.
constexpr int64_t streamedWeightRows(int64_t m) { return m <= 6 ? 4 : 3; }

template <int32_t Type>
__attribute__((always_inline)) inline float weightAt(const void *w,
                                                     int64_t index) {
  if constexpr (Type == GQA_RT_F32)
    return static_cast<const float *>(w)[index];
  else if constexpr (Type == GQA_RT_BF16)
    return bf16ToFloat(static_cast<const uint16_t *>(w)[index]);
  else
    return f16ToFloat(static_cast<const uint16_t *>(w)[index]);
}

/// out[r * M + m] = dot(x row m, weight row r) for R rows of `count`
/// contiguous weight elements, `stride` apart from `w`, and M rows of f32
/// `x`, `xStride` apart. Every weight element is read once for all M rows.
template <int32_t Type, int M>
__attribute__((always_inline)) inline void
dotTile(const float *x, int64_t xStride, const void *w, int64_t stride,
        int64_t count, float *out) {
  constexpr int R = streamedWeightRows(M);
  float lanes[R][M][kLanes] = {};
  int64_t k = 0;
  for (; k + kLanes <= count; k += kLanes)
    for (int r = 0; r < R; ++r) {
      float weights[kLanes];
      for (int64_t l = 0; l < kLanes; ++l)
        weights[l] = weightAt<Type>(w, r * stride + k + l);
      for (int m = 0; m < M; ++m)
        for (int64_t l = 0; l < kLanes; ++l)
          lanes[r][m][l] += x[m * xStride + k + l] * weights[l];
    }
  for (int r = 0; r < R; ++r)
    for (int m = 0; m < M; ++m) {
      float sum = 0.0f;
      for (int64_t tail = k; tail < count; ++tail)
        sum += x[m * xStride + tail] * weightAt<Type>(w, r * stride + tail);
      for (float lane : lanes[r][m])
        sum += lane;
      out[r * M + m] = sum;
    }
}

/// Calls `kernel(std::integral_constant<int, M>())` with M = m, in [1, 8]:
/// each row count gets its own kernel, with its loops unrolled.
template <typename Kernel>
__attribute__((always_inline)) inline void withRowCount(int64_t m,
                                                        Kernel &&kernel) {
  switch (m) {
  case 1:
    return kernel(std::integral_constant<int, 1>());
  case 2:
    return kernel(std::integral_constant<int, 2>());
  case 3:
    return kernel(std::integral_constant<int, 3>());
  case 4:
    return kernel(std::integral_constant<int, 4>());
  case 5:
    return kernel(std::integral_constant<int, 5>());
  case 6:
    return kernel(std::integral_constant<int, 6>());
  case 7:
    return kernel(std::integral_constant<int, 7>());
  default:
    return kernel(std::integral_constant<int, 8>());
  }
}

template <int32_t Type>
__attribute__((always_inline)) inline void
dotTileOfRows(int64_t m, const float *x, int64_t xStride, const void *w,
              int64_t stride, int64_t count, float *out) {
  withRowCount(
      m, [&](auto rows) __attribute__((always_inline)) {
        dotTile<Type, decltype(rows)::value>(x, xStride, w, stride, count, out);
      });
}

// Compiled once per instruction set, chosen at load time by the CPU.
using DotTileFn = void (*)(int64_t, const float *, int64_t, const void *,
                           int64_t, int64_t, float *);

__attribute__((target_clones("avx512f", "avx2", "default"))) void
dotTileF32(int64_t m, const float *x, int64_t xStride, const void *w,
           int64_t stride, int64_t count, float *out) {
  dotTileOfRows<GQA_RT_F32>(m, x, xStride, w, stride, count, out);
}

__attribute__((target_clones("avx512f", "avx2", "default"))) void
dotTileBf16(int64_t m, const float *x, int64_t xStride, const void *w,
            int64_t stride, int64_t count, float *out) {
  dotTileOfRows<GQA_RT_BF16>(m, x, xStride, w, stride, count, out);
}

__attribute__((target_clones("avx512f", "avx2", "default"))) void
dotTileF16(int64_t m, const float *x, int64_t xStride, const void *w,
           int64_t stride, int64_t count, float *out) {
  dotTileOfRows<GQA_RT_F16>(m, x, xStride, w, stride, count, out);
}

/// The bf16 products on AVX512-BF16: `vdpbf16ps` multiplies pairs of bf16
/// weights and activations into f32 lanes, 32 weight elements per
/// instruction, with no conversion of the weights. `x` holds the M rows of A
/// in bf16, `xStride` (a multiple of 32) apart and zero beyond K.
#define GQA_BF16_TARGET __attribute__((target("avx512f,avx512bw,avx512bf16")))

template <int M>
GQA_BF16_TARGET inline void dotTileBf16Pairs(const uint16_t *x, int64_t xStride,
                                             const uint16_t *w, int64_t stride,
                                             int64_t count, float *out) {
  constexpr int R = streamedWeightRows(M);
  __m512 acc[R][M];
  for (int r = 0; r < R; ++r)
    for (int m = 0; m < M; ++m)
      acc[r][m] = _mm512_setzero_ps();
  for (int64_t k = 0; k < count; k += 32) {
    __mmask32 lanes =
        count - k >= 32 ? ~__mmask32(0) : (__mmask32(1) << (count - k)) - 1;
    __m512i weights[R];
    for (int r = 0; r < R; ++r)
      weights[r] = _mm512_maskz_loadu_epi16(lanes, w + r * stride + k);
    for (int m = 0; m < M; ++m) {
      __m512i activations = _mm512_load_si512(x + m * xStride + k);
      for (int r = 0; r < R; ++r)
        acc[r][m] = _mm512_dpbf16_ps(acc[r][m], (__m512bh)activations,
                                     (__m512bh)weights[r]);
    }
  }
  for (int r = 0; r < R; ++r)
    for (int m = 0; m < M; ++m)
      out[r * M + m] = _mm512_reduce_add_ps(acc[r][m]);
}

GQA_BF16_TARGET void dotTileBf16Native(int64_t m, const uint16_t *x,
                                       int64_t xStride, const uint16_t *w,
                                       int64_t stride, int64_t count,
                                       float *out) {
  withRowCount(m, [&](auto rows) GQA_BF16_TARGET {
    dotTileBf16Pairs<decltype(rows)::value>(x, xStride, w, stride, count, out);
  });
}

bool hasAvx512Bf16() {
  static const bool has = __builtin_cpu_supports("avx512bf16");
  return has;
}

/// Weight rows per AMX work item: one tile of 16 rows. Each row is a stream
/// from memory; items of four tiles (64 streams per core) read the weight
/// at 0.81-0.90x the rate of one tile (bench/results-gemm-few-rows-xeon.txt).
/// With one tile, the tiles read it faster than the AVX512-BF16 pairs at
/// every M from 1 to 8 (1.03-1.07x at M = 1, 1.6-1.7x at M = 8).
constexpr int64_t kAmxItemRows = kTileRows;

/// Packs the M rows of bf16 A (K contiguous, `k` a multiple of 32) into the
/// pair layout of B tiles, transposed: packed[p][m][2] = A[m][2p .. 2p + 1],
/// with the columns m >= M zero.
void packRowsForTiles(const uint16_t *a, int64_t rowStride, int64_t m,
                      int64_t k, uint16_t *packed) {
  std::memset(packed, 0, size_t(k * kTileRows * 2));
  for (int64_t row = 0; row < m; ++row)
    for (int64_t pair = 0; pair < k / 2; ++pair) {
      packed[pair * 32 + row * 2] = a[row * rowStride + 2 * pair];
      packed[pair * 32 + row * 2 + 1] = a[row * rowStride + 2 * pair + 1];
    }
}

/// out[n][m] (16 columns) = dot(weight row n, A row m) for the 16 weight
/// rows from `w`, `stride` elements apart: C^T = W A^T on AMX tiles. The
/// weight rows are the A operand of the tile product as they lie in memory
/// (16 rows of 32 elements), and A, packed by packRowsForTiles, the B
/// operand, so the weight streams from memory without packing.
GQA_AMX_TARGET void amxWeightRows(const uint16_t *w, int64_t stride, int64_t k,
                                  const uint16_t *packed, float *out) {
  int64_t bytes = stride * 2;
  _tile_zero(0);
  for (int64_t kc = 0; kc < k; kc += 32) {
    _tile_loadd(1, packed + kc * kTileRows, 64);
    _tile_loadd(2, w + kc, bytes);
    _tile_dpbf16ps(0, 2, 1);
  }
  _tile_stored(0, out, 64);
}

/// Whether the streamed products are switched off (GQA_RT_STREAMED=0, for
/// comparison with oneDNN).
bool streamedDisabled() {
  static const bool disabled = [] {
    const char *value = std::getenv("GQA_RT_STREAMED");
    return value && std::string(value) == "0";
  }();
  return disabled;
}

/// One batch of a streamed product: A's rows converted once (to f32, to bf16
/// pairs, or packed for tiles), then the weight's rows split over the
/// threads.
class StreamedProduct {
public:
  StreamedProduct(const Problem &p, const void *a, const void *b, void *c)
      : p(p), s(p.strides), a(a), b(b), c(c) {
    tile = p.abType == GQA_RT_F32    ? dotTileF32
           : p.abType == GQA_RT_BF16 ? dotTileBf16
                                     : dotTileF16;
    pairs = p.abType == GQA_RT_BF16 && hasAvx512Bf16();
    tiles = p.abType == GQA_RT_BF16 && s[2] == 1 && p.k % 32 == 0 &&
            p.n >= kAmxItemRows && amxAvailable();
    elementBytes = p.abType == GQA_RT_F32 ? 4 : 2;
    xStride = pairs ? (p.k + 31) / 32 * 32 : p.k;
    if (pairs)
      xPairs = allocate(p.m * xStride);
    else
      x.resize(size_t(p.m * xStride));
    if (tiles)
      packed = allocate(p.k * kTileRows);
  }

  /// False if memory for A's copies could not be had.
  bool valid() const { return (!pairs || xPairs) && (!tiles || packed); }

  void run(int64_t batch) {
    loadRows(batch);
    w = static_cast<const char *>(b) + batch * s[3] * elementBytes;
    cBase = batch * s[6];
    int64_t first = tiles ? runTiles() : 0;
    int64_t rows = streamedWeightRows(p.m);
    int64_t groups = (p.n - first) / rows;
#pragma omp parallel for schedule(static)
    for (int64_t group = 0; group < groups; ++group) {
      float values[4 * kMaxStreamedRows];
      int64_t row = first + group * rows;
      dot(row, s[5], values);
      for (int64_t r = 0; r < rows; ++r)
        store(row + r, values + r * p.m);
    }
    // The last rows, each streamed alone (stride 0: copies of it).
    for (int64_t row = first + groups * rows; row < p.n; ++row) {
      float values[4 * kMaxStreamedRows];
      dot(row, 0, values);
      store(row, values);
    }
  }

private:
  using Buffer = std::unique_ptr<uint16_t, decltype(&std::free)>;
  static Buffer allocate(int64_t elements) {
    return Buffer(static_cast<uint16_t *>(std::aligned_alloc(
                      64, size_t(elements * 2 + 63) / 64 * 64)),
                  &std::free);
  }

  void loadRows(int64_t batch) {
    const uint16_t *half = static_cast<const uint16_t *>(a) + batch * s[0];
    if (tiles)
      packRowsForTiles(half, s[1], p.m, p.k, packed.get());
    for (int64_t m = 0; m < p.m; ++m)
      for (int64_t k = 0; k < xStride; ++k) {
        int64_t index = batch * s[0] + m * s[1] + k * s[2];
        if (!pairs)
          x[m * xStride + k] = loadElement(a, index, p.abType);
        else
          xPairs.get()[m * xStride + k] =
              k < p.k ? static_cast<const uint16_t *>(a)[index] : 0;
      }
  }

  /// The weight rows [0, 64 * items) on AMX tiles; returns the first row
  /// left.
  int64_t runTiles() {
    int64_t items = p.n / kAmxItemRows;
#pragma omp parallel
    {
      configureTiles();
      alignas(64) float out[kAmxItemRows * kTileRows];
#pragma omp for schedule(static)
      for (int64_t item = 0; item < items; ++item) {
        int64_t row = item * kAmxItemRows;
        amxWeightRows(
            reinterpret_cast<const uint16_t *>(w + row * s[5] * elementBytes),
            s[5], p.k, packed.get(), out);
        for (int64_t r = 0; r < kAmxItemRows; ++r)
          store(row + r, out + r * kTileRows);
      }
      releaseTiles();
    }
    return items * kAmxItemRows;
  }

  void dot(int64_t row, int64_t stride, float *values) const {
    const char *first = w + row * s[5] * elementBytes;
    if (pairs)
      dotTileBf16Native(p.m, xPairs.get(), xStride,
                        reinterpret_cast<const uint16_t *>(first), stride, p.k,
                        values);
    else
      tile(p.m, x.data(), xStride, first, stride, p.k, values);
  }

  /// C[m][row] (+)= values[m] for A's M rows.
  void store(int64_t row, const float *values) const {
    for (int64_t m = 0; m < p.m; ++m) {
      int64_t index = cBase + m * s[7] + row * s[8];
      float value = values[m];
      if (p.accumulate)
        value += loadElement(c, index, p.cType);
      storeElement(c, index, p.cType, value);
    }
  }

  const Problem &p;
  const std::array<int64_t, 9> &s;
  const void *a, *b;
  void *c;
  DotTileFn tile;
  bool pairs, tiles;
  int64_t elementBytes, xStride;
  std::vector<float> x;
  Buffer xPairs{nullptr, &std::free}, packed{nullptr, &std::free};
  const char *w = nullptr;
  int64_t cBase = 0;
};

/// A product with few rows of A (M <= kMaxStreamedRows) whose B rows are
/// contiguous in K (the Linear layout, W[N, K]): the weight is streamed once,
/// each element multiplied into every row of A (on AMX tiles for bf16 where
/// the CPU has them), with the outputs split over the threads. oneDNN 2.6's
/// matmul primitive reads such a weight at about half the read bandwidth at
/// M = 1 and runs at a fraction of the FMA rate at M = 8
/// (bench/gemm_libs.py). False if the problem does not fit.
bool runStreamed(const Problem &p, const void *a, const void *b, void *c) {
  if (p.m > kMaxStreamedRows || p.strides[4] != 1 || streamedDisabled())
    return false;
  StreamedProduct product(p, a, b, c);
  if (!product.valid())
    return false;
  for (int64_t batch = 0; batch < p.batch; ++batch)
    product.run(batch);
  return true;
}

void runLoops(const Problem &p, const void *a, const void *b, void *c);

/// A bf16 product of more rows than the streamed products take, with A's
/// and the weight's rows contiguous in K (the Linear layout), on AMX tiles
/// (AmxProduct.cpp). oneDNN 2.6's AMX kernels reach about two thirds of the
/// rate of PyTorch's newer oneDNN at a prefill's shapes
/// (bench/results-gemm-amx-xeon.txt). False if the problem does not fit or
/// the CPU has no AMX.
bool runAmx(const Problem &p, const void *a, const void *b, void *c) {
  const std::array<int64_t, 9> &s = p.strides;
  // Fewer rows are the streamed products' (or, with GQA_RT_STREAMED=0,
  // oneDNN's).
  if (p.abType != GQA_RT_BF16 || p.m <= kMaxStreamedRows || s[2] != 1 ||
      s[4] != 1)
    return false;
  for (int64_t batch = 0; batch < p.batch; ++batch) {
    const auto *aBatch = static_cast<const uint16_t *>(a) + batch * s[0];
    const auto *bBatch = static_cast<const uint16_t *>(b) + batch * s[3];
    void *cBatch = static_cast<char *>(c) +
                   batch * s[6] * (p.cType == GQA_RT_F32 ? 4 : 2);
    if (!amxProduct(p.m, p.n, p.k, aBatch, s[1], bBatch, s[5], cBatch,
                    p.cType, s[7], s[8], p.accumulate)) {
      // Without scratch memory: oneDNN if nothing was computed yet, else
      // this batch in loops.
      if (batch == 0)
        return false;
      Problem one = p;
      one.batch = 1;
      runLoops(one, aBatch, bBatch, cBatch);
    }
  }
  return true;
}

//===----------------------------------------------------------------------===//
// The fallbacks.
//===----------------------------------------------------------------------===//

/// The product in plain loops, accumulating in f32.
void runLoops(const Problem &p, const void *a, const void *b, void *c) {
  const std::array<int64_t, 9> &s = p.strides;
  for (int64_t batch = 0; batch < p.batch; ++batch)
    for (int64_t i = 0; i < p.m; ++i)
      for (int64_t j = 0; j < p.n; ++j) {
        int64_t cIndex = batch * s[6] + i * s[7] + j * s[8];
        float sum = p.accumulate ? loadElement(c, cIndex, p.cType) : 0.0f;
        for (int64_t l = 0; l < p.k; ++l)
          sum += loadElement(a, batch * s[0] + i * s[1] + l * s[2], p.abType) *
                 loadElement(b, batch * s[3] + l * s[4] + j * s[5], p.abType);
        storeElement(c, cIndex, p.cType, sum);
      }
}

/// A contiguous f32 copy of one operand (`batch` matrices of rows x cols).
std::vector<float> copyToF32(const void *base, int32_t type, int64_t batch,
                             int64_t rows, int64_t cols,
                             const int64_t *strides) {
  std::vector<float> copy(size_t(batch * rows * cols));
  size_t index = 0;
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t i = 0; i < rows; ++i)
      for (int64_t j = 0; j < cols; ++j)
        copy[index++] = loadElement(
            base, b * strides[0] + i * strides[1] + j * strides[2], type);
  return copy;
}

/// The product through contiguous f32 copies of the operands.
void runThroughF32(const Problem &p, const void *a, const void *b, void *c) {
  const std::array<int64_t, 9> &s = p.strides;
  int64_t aBatch = s[0] == 0 ? 1 : p.batch, bBatch = s[3] == 0 ? 1 : p.batch;
  std::vector<float> a32 = copyToF32(a, p.abType, aBatch, p.m, p.k, &s[0]);
  std::vector<float> b32 = copyToF32(b, p.abType, bBatch, p.k, p.n, &s[3]);
  std::vector<float> c32 =
      p.accumulate ? copyToF32(c, p.cType, p.batch, p.m, p.n, &s[6])
                   : std::vector<float>(size_t(p.batch * p.m * p.n));
  Problem contiguous = p;
  contiguous.abType = contiguous.cType = GQA_RT_F32;
  contiguous.strides = {aBatch == 1 ? 0 : p.m * p.k,
                        p.k,
                        1,
                        bBatch == 1 ? 0 : p.k * p.n,
                        p.n,
                        1,
                        p.m * p.n,
                        p.n,
                        1};
  if (!runDnnl(contiguous, a32.data(), b32.data(), c32.data()))
    runLoops(contiguous, a32.data(), b32.data(), c32.data());
  size_t index = 0;
  for (int64_t batch = 0; batch < p.batch; ++batch)
    for (int64_t i = 0; i < p.m; ++i)
      for (int64_t j = 0; j < p.n; ++j)
        storeElement(c, batch * s[6] + i * s[7] + j * s[8], p.cType,
                     c32[index++]);
}

/// With GQA_RT_VERBOSE=1, names on stderr the route each distinct problem
/// took, the first time it runs (as oneDNN's ONEDNN_VERBOSE does for its
/// primitives): which products a compiled graph sends where.
void report(const Problem &p, const char *route) {
  static const bool verbose = [] {
    const char *value = std::getenv("GQA_RT_VERBOSE");
    return value && std::string(value) == "1";
  }();
  if (!verbose)
    return;
  static std::mutex mutex;
  static std::unordered_map<Problem, bool, ProblemHash> seen;
  std::lock_guard<std::mutex> lock(mutex);
  if (!seen.emplace(p, true).second)
    return;
  auto name = [](int32_t type) {
    return type == GQA_RT_F32 ? "f32" : type == GQA_RT_BF16 ? "bf16" : "f16";
  };
  std::fprintf(stderr,
               "gqa_rt_matmul: %s x %s -> %s, batch %lld, M %lld, N %lld, "
               "K %lld%s: %s\n",
               name(p.abType), name(p.abType), name(p.cType),
               (long long)p.batch, (long long)p.m, (long long)p.n,
               (long long)p.k, p.accumulate ? ", accumulating" : "", route);
}

} // namespace

extern "C" void gqa_rt_matmul(int32_t ab_type, int32_t c_type, int64_t batch,
                              int64_t m, int64_t n, int64_t k, const void *a,
                              int64_t a_batch_stride, int64_t a_row_stride,
                              int64_t a_col_stride, const void *b,
                              int64_t b_batch_stride, int64_t b_row_stride,
                              int64_t b_col_stride, void *c,
                              int64_t c_batch_stride, int64_t c_row_stride,
                              int64_t c_col_stride, int32_t accumulate) {
  if (batch <= 0 || m <= 0 || n <= 0)
    return;
  Problem p{ab_type,
            c_type,
            batch,
            m,
            n,
            k,
            {a_batch_stride, a_row_stride, a_col_stride, b_batch_stride,
             b_row_stride, b_col_stride, c_batch_stride, c_row_stride,
             c_col_stride},
            accumulate != 0};
  // An empty reduction: C keeps its values, or becomes 0.
  if (k <= 0) {
    p.k = 0;
    runLoops(p, a, b, c);
    report(p, "loops");
    return;
  }
  const char *route = runSgemv(p, a, b, c)      ? "sgemv"
                      : runStreamed(p, a, b, c) ? "streamed"
                      : runAmx(p, a, b, c)      ? "amx-tiles"
                      : runDnnl(p, a, b, c)     ? "onednn"
                                                : nullptr;
  if (!route) {
    runThroughF32(p, a, b, c);
    route = "f32-copies";
  }
  report(p, route);
}
