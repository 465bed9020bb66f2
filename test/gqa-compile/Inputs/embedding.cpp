// Calls @embed of embedding.mlir (compiled by gqa-compile) with token ids
// in range, then with one id out of range (the vocabulary size, then -1):
// status 0 and the table's rows, then GQA_STATUS_ASSERT_FAILED with both
// outputs untouched (they are filled with a sentinel first).

#include "embedding.h"

#include "describe.h"

#include <cstdio>
#include <vector>

namespace {

constexpr int kVocab = 10, kHidden = 8, kTokens = 2 * 4;
constexpr float kSentinel = -12345.0f;

/// Runs @embed on `ids`; prints the status and whether the outputs are the
/// table's rows and their sums (status 0) or untouched (otherwise).
bool run(const char *name, std::vector<int64_t> ids,
         const std::vector<float> &table, int expectedStatus) {
  std::vector<float> rows(kTokens * kHidden, kSentinel), sums(kTokens, kSentinel);
  auto idsD = describe<gqa_memref_i64_2d>(ids.data(), {2, 4});
  auto tableD = describe<gqa_memref_f32_2d>(const_cast<float *>(table.data()),
                                            {kVocab, kHidden});
  auto rowsD = describe<gqa_memref_f32_3d>(rows.data(), {2, 4, kHidden});
  auto sumsD = describe<gqa_memref_f32_2d>(sums.data(), {2, 4});
  int32_t status = _mlir_ciface_embed(&idsD, &tableD, &rowsD, &sumsD);
  bool right = true;
  for (int t = 0; t < kTokens; ++t) {
    float sum = 0.0f;
    for (int h = 0; h < kHidden; ++h) {
      float want = status == GQA_STATUS_OK ? table[ids[t] * kHidden + h] : kSentinel;
      right = right && rows[t * kHidden + h] == want;
      sum += want;
    }
    right = right && sums[t] == (status == GQA_STATUS_OK ? sum : kSentinel);
  }
  bool pass = status == expectedStatus && right;
  std::printf("%s: status %d, outputs %s, %s\n", name, status,
              status == GQA_STATUS_OK ? (right ? "right" : "wrong")
                                      : (right ? "untouched" : "written"),
              pass ? "PASS" : "FAIL");
  return pass;
}

} // namespace

int main() {
  std::vector<float> table(kVocab * kHidden);
  for (int i = 0; i < kVocab * kHidden; ++i)
    table[i] = 0.25f * i - 3.0f;
  bool pass = true;
  pass &= run("ids in range", {0, 9, 3, 3, 5, 1, 8, 2}, table, GQA_STATUS_OK);
  pass &= run("id 10 of 10", {0, 9, 3, 3, 5, 10, 8, 2}, table,
              GQA_STATUS_ASSERT_FAILED);
  pass &= run("id -1", {-1, 9, 3, 3, 5, 1, 8, 2}, table,
              GQA_STATUS_ASSERT_FAILED);
  pass &= run("id 2^40", {0, 9, 3, 3, 5, 1, 8, int64_t(1) << 40}, table,
              GQA_STATUS_ASSERT_FAILED);
  pass &= run("ids in range again", {7, 6, 5, 4, 3, 2, 1, 0}, table,
              GQA_STATUS_OK);
  return pass ? 0 : 1;
}
