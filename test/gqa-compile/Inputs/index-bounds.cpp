// Calls @decode and @clamped of index-bounds.mlir, compiled by gqa-compile
// with --reference, through both pipelines.
//
// @decode takes kv_lengths and q_offset as arguments: values in [0, Skv]
// give status 0 and the same output from both pipelines; any other value
// (-1, Skv + 1, INT32_MIN/MAX, INT64_MIN/MAX) gives
// GQA_STATUS_INDEX_OUT_OF_RANGE with the output untouched (filled with a
// sentinel first). @clamped computes lengths 100 and -3 for Skv = 6: both
// pipelines clamp them to 6 and 0 and agree.

#include "index-bounds.h"

#include "describe.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

namespace {

constexpr int kBatch = 2, kHeads = 4, kKvHeads = 2, kHeadDim = 8, kSkv = 6;
constexpr float kSentinel = -12345.0f;

std::vector<float> values(size_t count, float scale) {
  std::vector<float> data(count);
  for (size_t i = 0; i < count; ++i)
    data[i] = scale * std::sin(0.37f * static_cast<float>(i) + scale);
  return data;
}

/// The largest difference between `a` and `b`, or infinity if either holds
/// a value that is not finite.
float maxDifference(const std::vector<float> &a, const std::vector<float> &b) {
  float worst = 0.0f;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!std::isfinite(a[i]) || !std::isfinite(b[i]))
      return INFINITY;
    worst = std::fmax(worst, std::fabs(a[i] - b[i]));
  }
  return worst;
}

bool untouched(const std::vector<float> &out) {
  for (float x : out)
    if (x != kSentinel)
      return false;
  return true;
}

/// Runs @decode and @reference_decode with `lengths` and `offsets`.
bool runDecode(const char *name, std::vector<int32_t> lengths,
               std::vector<int64_t> offsets, int expectedStatus) {
  std::vector<float> q = values(kBatch * kHeads * kHeadDim, 0.5f);
  std::vector<float> k = values(kBatch * kKvHeads * kSkv * kHeadDim, 0.7f);
  std::vector<float> v = values(kBatch * kKvHeads * kSkv * kHeadDim, 0.9f);
  auto qD = describe<gqa_memref_f32_4d>(q.data(), {kBatch, kHeads, 1, kHeadDim});
  auto kD = describe<gqa_memref_f32_4d>(k.data(), {kBatch, kKvHeads, kSkv, kHeadDim});
  auto vD = describe<gqa_memref_f32_4d>(v.data(), {kBatch, kKvHeads, kSkv, kHeadDim});
  auto lD = describe<gqa_memref_i32_1d>(lengths.data(), {kBatch});
  auto oD = describe<gqa_memref_i64_1d>(offsets.data(), {kBatch});
  std::vector<float> fast(q.size(), kSentinel), reference(q.size(), kSentinel);
  auto fastD = describe<gqa_memref_f32_4d>(fast.data(), {kBatch, kHeads, 1, kHeadDim});
  auto refD = describe<gqa_memref_f32_4d>(reference.data(), {kBatch, kHeads, 1, kHeadDim});
  int32_t fastStatus = _mlir_ciface_decode(&qD, &kD, &vD, &lD, &oD, &fastD);
  int32_t refStatus =
      _mlir_ciface_reference_decode(&qD, &kD, &vD, &lD, &oD, &refD);
  bool right;
  if (expectedStatus == GQA_STATUS_OK)
    right = maxDifference(fast, reference) <= 1e-5f && !untouched(fast);
  else
    right = untouched(fast) && untouched(reference);
  bool pass = fastStatus == expectedStatus && refStatus == expectedStatus && right;
  std::printf("%s: status %d/%d, outputs %s, %s\n", name, fastStatus, refStatus,
              expectedStatus == GQA_STATUS_OK ? (right ? "agree" : "differ")
                                              : (right ? "untouched" : "written"),
              pass ? "PASS" : "FAIL");
  return pass;
}

/// Runs @clamped and @reference_clamped: lengths computed out of range.
bool runClamped() {
  constexpr int kRows = 3;
  std::vector<float> q = values(kBatch * kHeads * kRows * kHeadDim, 0.5f);
  std::vector<float> k = values(kBatch * kKvHeads * kSkv * kHeadDim, 0.7f);
  std::vector<float> v = values(kBatch * kKvHeads * kSkv * kHeadDim, 0.9f);
  auto qD = describe<gqa_memref_f32_4d>(q.data(), {kBatch, kHeads, kRows, kHeadDim});
  auto kD = describe<gqa_memref_f32_4d>(k.data(), {kBatch, kKvHeads, kSkv, kHeadDim});
  auto vD = describe<gqa_memref_f32_4d>(v.data(), {kBatch, kKvHeads, kSkv, kHeadDim});
  std::vector<float> fast(q.size(), kSentinel), reference(q.size(), kSentinel);
  auto fastD = describe<gqa_memref_f32_4d>(fast.data(), {kBatch, kHeads, kRows, kHeadDim});
  auto refD = describe<gqa_memref_f32_4d>(reference.data(), {kBatch, kHeads, kRows, kHeadDim});
  int32_t fastStatus = _mlir_ciface_clamped(&qD, &kD, &vD, &fastD);
  int32_t refStatus = _mlir_ciface_reference_clamped(&qD, &kD, &vD, &refD);
  // Batch 1 has no key (length -3 -> 0): its rows are zeros.
  bool zeros = true;
  for (size_t i = fast.size() / 2; i < fast.size(); ++i)
    zeros = zeros && fast[i] == 0.0f;
  float difference = maxDifference(fast, reference);
  bool pass = fastStatus == 0 && refStatus == 0 && difference <= 1e-5f && zeros;
  std::printf("computed lengths 100, -3: status %d/%d, max difference %g, "
              "batch 1 %s, %s\n",
              fastStatus, refStatus, difference, zeros ? "zeros" : "not zeros",
              pass ? "PASS" : "FAIL");
  return pass;
}

} // namespace

int main() {
  constexpr int32_t i32min = std::numeric_limits<int32_t>::min();
  constexpr int32_t i32max = std::numeric_limits<int32_t>::max();
  constexpr int64_t i64min = std::numeric_limits<int64_t>::min();
  constexpr int64_t i64max = std::numeric_limits<int64_t>::max();
  bool pass = true;
  pass &= runDecode("lengths 6, 4, offsets 5, 3", {kSkv, 4}, {5, 3}, GQA_STATUS_OK);
  pass &= runDecode("lengths 0, 6, offsets 0, 6", {0, kSkv}, {0, kSkv}, GQA_STATUS_OK);
  pass &= runDecode("length -1", {-1, 4}, {5, 3}, GQA_STATUS_INDEX_OUT_OF_RANGE);
  pass &= runDecode("length Skv + 1", {kSkv, kSkv + 1}, {5, 3}, GQA_STATUS_INDEX_OUT_OF_RANGE);
  pass &= runDecode("length INT32_MIN", {i32min, 4}, {5, 3}, GQA_STATUS_INDEX_OUT_OF_RANGE);
  pass &= runDecode("length INT32_MAX", {kSkv, i32max}, {5, 3}, GQA_STATUS_INDEX_OUT_OF_RANGE);
  pass &= runDecode("offset -1", {kSkv, 4}, {-1, 3}, GQA_STATUS_INDEX_OUT_OF_RANGE);
  pass &= runDecode("offset Skv + 1", {kSkv, 4}, {5, kSkv + 1}, GQA_STATUS_INDEX_OUT_OF_RANGE);
  pass &= runDecode("offset INT32_MAX", {kSkv, 4}, {i32max, 3}, GQA_STATUS_INDEX_OUT_OF_RANGE);
  pass &= runDecode("offset INT64_MIN", {kSkv, 4}, {5, i64min}, GQA_STATUS_INDEX_OUT_OF_RANGE);
  pass &= runDecode("offset INT64_MAX", {kSkv, 4}, {i64max, 3}, GQA_STATUS_INDEX_OUT_OF_RANGE);
  pass &= runClamped();
  return pass ? 0 : 1;
}
