//===- ElementConversions.h - bf16 and f16 to and from f32 ------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The scalar element conversions of libgqa_runtime's kernels and fallbacks
// (round to nearest even, as arith.truncf). Internal to the runtime.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_RUNTIME_ELEMENTCONVERSIONS_H
#define GQA_RUNTIME_ELEMENTCONVERSIONS_H

#include <cstdint>
#include <cstring>

namespace gqa::runtime {

inline float bitsToFloat(uint32_t bits) {
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

inline uint32_t floatToBits(float f) {
  uint32_t bits;
  std::memcpy(&bits, &f, sizeof(bits));
  return bits;
}

inline float bf16ToFloat(uint16_t h) { return bitsToFloat(uint32_t(h) << 16); }

inline uint16_t floatToBf16(float f) {
  uint32_t bits = floatToBits(f);
  if ((bits & 0x7fffffffu) > 0x7f800000u)
    return uint16_t((bits >> 16) | 0x40);
  return uint16_t((bits + 0x7fffu + ((bits >> 16) & 1)) >> 16);
}

// f16 through clang's _Float16: F16C instructions where the CPU has them,
// libgcc's __extendhfsf2/__truncsfhf2 elsewhere.
inline float f16ToFloat(uint16_t h) {
  _Float16 value;
  std::memcpy(&value, &h, sizeof(value));
  return static_cast<float>(value);
}

inline uint16_t floatToF16(float f) {
  _Float16 value = static_cast<_Float16>(f);
  uint16_t h;
  std::memcpy(&h, &value, sizeof(h));
  return h;
}

} // namespace gqa::runtime

#endif // GQA_RUNTIME_ELEMENTCONVERSIONS_H
