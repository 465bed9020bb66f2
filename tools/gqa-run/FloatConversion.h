//===- FloatConversion.h - Host f16/bf16 conversions ------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Bit-exact conversions between `float` and the 16-bit formats IEEE half
// (f16) and bfloat16 (bf16), rounding to nearest even. Written from the
// format definitions; they do not depend on the host having _Float16.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_RUN_FLOATCONVERSION_H
#define GQA_TOOLS_GQA_RUN_FLOATCONVERSION_H

#include <cstdint>

namespace mlir::gqa::run {

/// The exact value of the IEEE half `bits`.
float halfToFloat(uint16_t bits);

/// `value` rounded to the nearest IEEE half (ties to even); overflow gives
/// infinity, NaN stays NaN.
uint16_t floatToHalf(float value);

/// The exact value of the bfloat16 `bits`.
float bfloat16ToFloat(uint16_t bits);

/// `value` rounded to the nearest bfloat16 (ties to even); NaN stays NaN.
uint16_t floatToBFloat16(float value);

} // namespace mlir::gqa::run

#endif // GQA_TOOLS_GQA_RUN_FLOATCONVERSION_H
