// Calls @step of update-cache-row.mlir, compiled with --update-in-place:
// the row goes into the caller's cache, out1 is the doubled cache, and a
// size mismatch between the cache and out1 (a check on the result that the
// argument now stands for) returns status 1 without writing the cache.

#include "update-cache-row.h"

#include <cstdio>
#include <vector>

static gqa_memref_f32_2d describe(std::vector<float> &data, int64_t rows,
                                  int64_t columns) {
  return {data.data(), data.data(), 0, {rows, columns}, {columns, 1}};
}

int main() {
  const int64_t rows = 4, columns = 3;
  std::vector<float> cache(rows * columns), row(columns), doubled(rows * columns);
  for (int64_t i = 0; i < rows * columns; ++i)
    cache[i] = static_cast<float>(i);
  for (int64_t j = 0; j < columns; ++j)
    row[j] = 100.0f + j;
  gqa_memref_f32_2d newRow = describe(row, 1, columns);
  gqa_memref_f32_2d cacheArg = describe(cache, rows, columns);
  gqa_memref_f32_2d out = describe(doubled, rows, columns);
  int32_t status = _mlir_ciface_step(&newRow, &cacheArg, 2, &out);
  int errors = 0;
  for (int64_t i = 0; i < rows * columns; ++i) {
    float want = i / columns == 2 ? 100.0f + i % columns : static_cast<float>(i);
    errors += cache[i] != want || doubled[i] != 2 * want;
  }
  std::printf("consistent: status %d, %d wrong elements\n", status, errors);

  std::vector<float> before = cache, shortOut((rows - 1) * columns);
  gqa_memref_f32_2d mismatched = describe(shortOut, rows - 1, columns);
  status = _mlir_ciface_step(&newRow, &cacheArg, 1, &mismatched);
  std::printf("out1 rows %lld, cache rows %lld: status %d, cache %s\n",
              static_cast<long long>(rows - 1), static_cast<long long>(rows),
              status, cache == before ? "untouched" : "written");
  return 0;
}
