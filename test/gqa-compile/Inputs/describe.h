// Memref descriptors for the C++ drivers of the gqa-compile tests: one
// template for every descriptor type of a generated header.

#ifndef GQA_TEST_GQA_COMPILE_DESCRIBE_H
#define GQA_TEST_GQA_COMPILE_DESCRIBE_H

#include <cstdint>
#include <initializer_list>

/// A descriptor of type `Memref` (e.g. `gqa_memref_f32_2d`) for the
/// contiguous row-major buffer `data` of `sizes`.
template <typename Memref, typename T>
Memref describe(T *data, std::initializer_list<int64_t> sizes) {
  Memref d;
  d.allocated = d.aligned = data;
  d.offset = 0;
  int rank = static_cast<int>(sizes.size());
  int64_t stride = 1;
  for (int i = rank - 1; i >= 0; --i) {
    d.sizes[i] = sizes.begin()[i];
    d.strides[i] = stride;
    stride *= d.sizes[i];
  }
  return d;
}

#endif // GQA_TEST_GQA_COMPILE_DESCRIBE_H
