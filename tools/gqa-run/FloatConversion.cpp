//===- FloatConversion.cpp - Host f16/bf16 conversions --------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "FloatConversion.h"

#include <cstring>

using namespace mlir::gqa::run;

/// The bits of a float.
static uint32_t floatBits(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  return bits;
}

/// The float with the given bits.
static float bitsToFloat(uint32_t bits) {
  float value;
  std::memcpy(&value, &bits, sizeof(value));
  return value;
}

float mlir::gqa::run::halfToFloat(uint16_t bits) {
  uint32_t sign = static_cast<uint32_t>(bits & 0x8000u) << 16;
  uint32_t exponent = (bits >> 10) & 0x1fu;
  uint32_t mantissa = bits & 0x3ffu;
  if (exponent == 0x1f) // Infinity or NaN (keep the payload).
    return bitsToFloat(sign | 0x7f800000u | (mantissa << 13));
  if (exponent == 0) {
    // Zero or subnormal: mantissa * 2^-24, exact in float.
    float magnitude = static_cast<float>(mantissa) * 0x1p-24f;
    return sign ? -magnitude : magnitude;
  }
  // Normal: rebias the exponent from 15 to 127.
  return bitsToFloat(sign | ((exponent + 112u) << 23) | (mantissa << 13));
}

uint16_t mlir::gqa::run::floatToHalf(float value) {
  uint32_t bits = floatBits(value);
  uint16_t sign = static_cast<uint16_t>((bits >> 16) & 0x8000u);
  uint32_t exponent = (bits >> 23) & 0xffu;
  uint32_t mantissa = bits & 0x7fffffu;
  if (exponent == 0xff) // Infinity, or a quiet NaN.
    return sign | 0x7c00u | (mantissa ? 0x200u : 0u);

  int32_t halfExponent = static_cast<int32_t>(exponent) - 127 + 15;
  if (halfExponent >= 0x1f) // Too large: infinity.
    return sign | 0x7c00u;
  if (halfExponent <= 0) {
    // Subnormal half (or zero): the result is round(|value| * 2^24) units.
    if (halfExponent < -10)
      return sign; // Below half the smallest subnormal: rounds to zero.
    uint32_t full = mantissa | 0x800000u; // 24 significant bits.
    uint32_t shift = static_cast<uint32_t>(14 - halfExponent);
    uint32_t result = full >> shift;
    uint32_t remainder = full & ((1u << shift) - 1u);
    uint32_t halfway = 1u << (shift - 1);
    if (remainder > halfway || (remainder == halfway && (result & 1u)))
      ++result; // May carry into the smallest normal: still correct.
    return sign | static_cast<uint16_t>(result);
  }
  // Normal half: keep 10 of the 23 mantissa bits, round to nearest even.
  uint32_t result =
      (static_cast<uint32_t>(halfExponent) << 10) | (mantissa >> 13);
  uint32_t remainder = mantissa & 0x1fffu;
  if (remainder > 0x1000u || (remainder == 0x1000u && (result & 1u)))
    ++result; // A carry into the exponent gives the next binade or infinity.
  return sign | static_cast<uint16_t>(result);
}

float mlir::gqa::run::bfloat16ToFloat(uint16_t bits) {
  return bitsToFloat(static_cast<uint32_t>(bits) << 16);
}

uint16_t mlir::gqa::run::floatToBFloat16(float value) {
  uint32_t bits = floatBits(value);
  if ((bits & 0x7f800000u) == 0x7f800000u && (bits & 0x7fffffu))
    return static_cast<uint16_t>((bits >> 16) | 0x40u); // Quiet NaN.
  // Round to nearest even on the 16 dropped bits; a carry moves into the
  // exponent, which is what rounding up to the next binade means.
  uint32_t rounding = 0x7fffu + ((bits >> 16) & 1u);
  return static_cast<uint16_t>((bits + rounding) >> 16);
}
