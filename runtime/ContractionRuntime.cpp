//===- ContractionRuntime.cpp - gqa_rt_matmul on oneDNN -------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// gqa_rt_matmul runs a strided, batched matrix product through oneDNN's matmul
// primitive (brgemm kernels: AVX-512, AVX512-BF16, AMX where the CPU has
// them), f32 matrix-vector products (M = 1) through dnnl_sgemm, and bf16/f16
// ones over a weight with contiguous rows (the Linear layout) through our
// own streamed dot products. The primitive of each distinct problem (types,
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

#include "ElementConversions.h"

#include <dnnl.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
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

/// Rows of the weight each kernel call streams at once: independent
/// accumulators for the FMA latency, and concurrent streams for the memory
/// system (one stream per core leaves bandwidth unused).
constexpr int64_t kRows = 4;

__attribute__((always_inline)) inline float halfToFloat(uint16_t h, bool bf16) {
  return bf16 ? bf16ToFloat(h) : f16ToFloat(h);
}

/// The dot products of `x` (f32) with `kRows` rows of `count` contiguous
/// bf16 (`bf16`) or f16 values, `stride` apart from `w`, into `out`.
/// Compiled once per instruction set, chosen at load time by the CPU.
template <bool bf16>
__attribute__((always_inline)) inline void
dotRows(const float *x, const uint16_t *w, int64_t stride, int64_t count,
        float *out) {
  float lanes[kRows][kLanes] = {};
  int64_t k = 0;
  for (; k + kLanes <= count; k += kLanes)
    for (int64_t r = 0; r < kRows; ++r)
      for (int64_t l = 0; l < kLanes; ++l)
        lanes[r][l] += x[k + l] * halfToFloat(w[r * stride + k + l], bf16);
  for (int64_t r = 0; r < kRows; ++r) {
    float sum = 0.0f;
    for (int64_t tail = k; tail < count; ++tail)
      sum += x[tail] * halfToFloat(w[r * stride + tail], bf16);
    for (float lane : lanes[r])
      sum += lane;
    out[r] = sum;
  }
}

__attribute__((target_clones("avx512f", "avx2", "default"))) void
dotRowsBf16(const float *x, const uint16_t *w, int64_t stride, int64_t count,
            float *out) {
  dotRows<true>(x, w, stride, count, out);
}

__attribute__((target_clones("avx512f", "avx2", "default"))) void
dotRowsF16(const float *x, const uint16_t *w, int64_t stride, int64_t count,
           float *out) {
  dotRows<false>(x, w, stride, count, out);
}

/// A half-precision matrix-vector product (M = 1, A and B bf16 or f16) whose
/// B rows are contiguous in K (the Linear layout, W[N, K]): one streamed dot
/// product per output, outputs split over the threads. oneDNN 2.6's matmul
/// primitive reads such a weight at half the read bandwidth
/// (bench/gemm_libs.py). False if the strides do not fit.
bool runHalfGemv(const Problem &p, const void *a, const void *b, void *c) {
  const std::array<int64_t, 9> &s = p.strides;
  if (p.m != 1 || p.abType == GQA_RT_F32 || s[4] != 1)
    return false;
  auto dot = p.abType == GQA_RT_BF16 ? dotRowsBf16 : dotRowsF16;
  std::vector<float> x(size_t(p.k));
  for (int64_t batch = 0; batch < p.batch; ++batch) {
    for (int64_t k = 0; k < p.k; ++k)
      x[k] = loadElement(a, batch * s[0] + k * s[2], p.abType);
    const uint16_t *w = static_cast<const uint16_t *>(b) + batch * s[3];
    int64_t cBase = batch * s[6];
    auto store = [&](int64_t row, float value) {
      int64_t index = cBase + row * s[8];
      if (p.accumulate)
        value += loadElement(c, index, p.cType);
      storeElement(c, index, p.cType, value);
    };
    int64_t groups = p.n / kRows;
#pragma omp parallel for schedule(static)
    for (int64_t group = 0; group < groups; ++group) {
      float values[kRows];
      dot(x.data(), w + group * kRows * s[5], s[5], p.k, values);
      for (int64_t r = 0; r < kRows; ++r)
        store(group * kRows + r, values[r]);
    }
    // The last rows, each streamed alone (stride 0: kRows copies of it).
    for (int64_t row = groups * kRows; row < p.n; ++row) {
      float values[kRows];
      dot(x.data(), w + row * s[5], 0, p.k, values);
      store(row, values[0]);
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
    return;
  }
  if (runSgemv(p, a, b, c) || runHalfGemv(p, a, b, c) || runDnnl(p, a, b, c))
    return;
  runThroughF32(p, a, b, c);
}
