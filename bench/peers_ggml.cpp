// Times ggml's CPU flash attention (ggml_flash_attn_ext, the attention op of
// llama.cpp) on one problem, for bench/peers.py.
//
//   peers_ggml B HQ HKV SQ SKV D KVTYPE CAUSAL WINDOW THREADS CALLS MINSEC INDIR
//
// INDIR holds q.f32 [B, HQ, SQ, D], k.f32 and v.f32 [B, HKV, SKV, D] (raw
// little-endian float32, row-major). Q stays f32, as llama.cpp passes it; K
// and V are converted to KVTYPE (f16, f32 or bf16). The scale is 1/sqrt(D).
// With CAUSAL or WINDOW >= 0 an f16 additive mask is built with the
// bottom-right alignment of gqa-run (query row i sits at position
// i + SKV - SQ; key j is allowed iff j <= p, and j >= p - WINDOW when
// windowed); without either, no mask is passed.
//
// The graph is built once per copy of the inputs: as gqa-run does, the calls
// rotate over enough copies that their bytes add up to at least 256 MiB, so
// a decode reads its K/V from memory rather than from the last-level cache.
// One persistent ggml thread pool of THREADS threads runs every call. After
// a warm-up pass over the copies, calls are timed one by one, at least CALLS
// of them and at least MINSEC seconds in all; prints
//   ggml <median ms> <min ms> copies=<n> calls=<n>
// and writes the output of copy 0 to INDIR/out_ggml.f32 as [B, HQ, SQ, D].
#include "ggml-cpu.h"
#include "ggml.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

std::vector<float> readFloats(const std::string &path, size_t count) {
  std::vector<float> data(count);
  FILE *file = std::fopen(path.c_str(), "rb");
  if (!file || std::fread(data.data(), sizeof(float), count, file) != count) {
    std::fprintf(stderr, "peers_ggml: cannot read %zu floats from %s\n", count,
                 path.c_str());
    std::exit(2);
  }
  std::fclose(file);
  return data;
}

// Fills `tensor` (contiguous, of type f32, f16 or bf16) from `values`.
void fill(ggml_tensor *tensor, const std::vector<float> &values) {
  int64_t n = static_cast<int64_t>(values.size());
  switch (tensor->type) {
  case GGML_TYPE_F32:
    std::copy(values.begin(), values.end(), static_cast<float *>(tensor->data));
    break;
  case GGML_TYPE_F16:
    ggml_fp32_to_fp16_row(values.data(),
                          static_cast<ggml_fp16_t *>(tensor->data), n);
    break;
  case GGML_TYPE_BF16:
    ggml_fp32_to_bf16_row(values.data(),
                          static_cast<ggml_bf16_t *>(tensor->data), n);
    break;
  default:
    std::fprintf(stderr, "peers_ggml: unexpected tensor type\n");
    std::exit(2);
  }
}

struct Copy {
  ggml_tensor *out = nullptr;
  ggml_cgraph *graph = nullptr;
};

} // namespace

int main(int argc, char **argv) {
  if (argc != 14) {
    std::fprintf(stderr,
                 "usage: %s B HQ HKV SQ SKV D KVTYPE CAUSAL WINDOW THREADS "
                 "CALLS MINSEC INDIR\n",
                 argv[0]);
    return 2;
  }
  const int64_t b = std::atoll(argv[1]), hq = std::atoll(argv[2]),
                hkv = std::atoll(argv[3]), sq = std::atoll(argv[4]),
                skv = std::atoll(argv[5]), d = std::atoll(argv[6]);
  const std::string kvTypeName = argv[7];
  const bool causal = std::atoi(argv[8]) != 0;
  const int64_t window = std::atoll(argv[9]);
  const int threads = std::atoi(argv[10]);
  const int calls = std::atoi(argv[11]);
  const double minSeconds = std::atof(argv[12]);
  const std::string inDir = argv[13];

  ggml_type kvType;
  if (kvTypeName == "f16")
    kvType = GGML_TYPE_F16;
  else if (kvTypeName == "f32")
    kvType = GGML_TYPE_F32;
  else if (kvTypeName == "bf16")
    kvType = GGML_TYPE_BF16;
  else {
    std::fprintf(stderr, "peers_ggml: unknown K/V type %s\n", argv[7]);
    return 2;
  }

  const size_t qCount = b * hq * sq * d, kvCount = b * hkv * skv * d;
  const std::vector<float> q = readFloats(inDir + "/q.f32", qCount);
  const std::vector<float> k = readFloats(inDir + "/k.f32", kvCount);
  const std::vector<float> v = readFloats(inDir + "/v.f32", kvCount);
  const bool masked = causal || window >= 0;

  // Bytes one call touches: Q, K, V, the mask and the output.
  const size_t kvBytes = kvCount * ggml_type_size(kvType);
  const size_t maskBytes = masked ? skv * sq * sizeof(ggml_fp16_t) : 0;
  const size_t callBytes =
      qCount * sizeof(float) * 2 + 2 * kvBytes + maskBytes;
  const size_t minBytes = size_t(256) << 20;
  const int copies =
      static_cast<int>(std::max<size_t>(1, (minBytes + callBytes - 1) / callBytes));

  ggml_init_params params;
  params.mem_size = copies * (callBytes + 16 * ggml_tensor_overhead() +
                              ggml_graph_overhead() + 1024) +
                    (size_t(1) << 20);
  params.mem_buffer = nullptr;
  params.no_alloc = false;
  ggml_context *ctx = ggml_init(params);
  if (!ctx) {
    std::fprintf(stderr, "peers_ggml: ggml_init failed\n");
    return 1;
  }

  // The mask: one [SKV, SQ] plane of 0 / -inf, shared by heads and batches.
  std::vector<float> maskValues;
  if (masked) {
    maskValues.assign(skv * sq, 0.0f);
    for (int64_t i = 0; i < sq; ++i) {
      int64_t p = i + skv - sq;
      for (int64_t j = 0; j < skv; ++j) {
        bool allowed = (!causal || j <= p) && (window < 0 || j >= p - window);
        if (!allowed)
          maskValues[i * skv + j] = -INFINITY;
      }
    }
  }

  const float scale = 1.0f / std::sqrt(static_cast<float>(d));
  std::vector<Copy> graphs(copies);
  for (Copy &copy : graphs) {
    // ne = {innermost, ...}: [B, H, S, D] row-major is ne = {D, S, H, B}.
    ggml_tensor *qt = ggml_new_tensor_4d(ctx, GGML_TYPE_F32, d, sq, hq, b);
    ggml_tensor *kt = ggml_new_tensor_4d(ctx, kvType, d, skv, hkv, b);
    ggml_tensor *vt = ggml_new_tensor_4d(ctx, kvType, d, skv, hkv, b);
    fill(qt, q);
    fill(kt, k);
    fill(vt, v);
    ggml_tensor *mt = nullptr;
    if (masked) {
      mt = ggml_new_tensor_4d(ctx, GGML_TYPE_F16, skv, sq, 1, 1);
      fill(mt, maskValues);
    }
    copy.out = ggml_flash_attn_ext(ctx, qt, kt, vt, mt, scale, 0.0f, 0.0f);
    copy.graph = ggml_new_graph(ctx);
    ggml_build_forward_expand(copy.graph, copy.out);
  }

  ggml_threadpool_params poolParams = ggml_threadpool_params_default(threads);
  ggml_threadpool *pool = ggml_threadpool_new(&poolParams);
  size_t workSize = 0;
  for (Copy &copy : graphs)
    workSize = std::max(workSize,
                        ggml_graph_plan(copy.graph, threads, pool).work_size);
  std::vector<uint8_t> work(workSize + 64);

  auto compute = [&](Copy &copy) {
    ggml_cplan plan = ggml_graph_plan(copy.graph, threads, pool);
    plan.work_data = work.data();
    if (ggml_graph_compute(copy.graph, &plan) != GGML_STATUS_SUCCESS) {
      std::fprintf(stderr, "peers_ggml: graph compute failed\n");
      std::exit(1);
    }
  };

  for (int i = 0; i < std::max(2, copies); ++i)
    compute(graphs[i % copies]);

  std::vector<double> times;
  double totalMs = 0;
  for (int call = 0; (call < calls || totalMs < minSeconds * 1e3) &&
                     call < 1000;
       ++call) {
    Copy &copy = graphs[call % copies];
    auto start = std::chrono::steady_clock::now();
    compute(copy);
    auto stop = std::chrono::steady_clock::now();
    times.push_back(std::chrono::duration<double, std::milli>(stop - start)
                        .count());
    totalMs += times.back();
  }
  std::vector<double> sorted = times;
  std::sort(sorted.begin(), sorted.end());
  size_t n = sorted.size();
  double median =
      n % 2 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);

  // The result is [D, HQ, SQ, B] (ne order): row-major [B][SQ][HQ][D].
  const float *out = static_cast<const float *>(graphs[0].out->data);
  std::vector<float> result(qCount);
  for (int64_t bi = 0; bi < b; ++bi)
    for (int64_t i = 0; i < sq; ++i)
      for (int64_t h = 0; h < hq; ++h)
        std::copy(out + ((bi * sq + i) * hq + h) * d,
                  out + ((bi * sq + i) * hq + h + 1) * d,
                  result.data() + ((bi * hq + h) * sq + i) * d);
  FILE *file = std::fopen((inDir + "/out_ggml.f32").c_str(), "wb");
  if (!file ||
      std::fwrite(result.data(), sizeof(float), qCount, file) != qCount) {
    std::fprintf(stderr, "peers_ggml: cannot write the output\n");
    return 1;
  }
  std::fclose(file);

  std::printf("ggml %.6f %.6f copies=%d calls=%zu\n", median, sorted.front(),
              copies, n);
  ggml_threadpool_free(pool);
  ggml_free(ctx);
  return 0;
}
