//===- AmxProduct.h - Blocked bf16 products on AMX tiles --------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The product of many rows of bf16 activations with a weight in the Linear
// layout (W[N, K], K contiguous) on AMX tiles, blocked for the caches. See
// AmxProduct.cpp and docs/contractions.md.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_RUNTIME_AMXPRODUCT_H
#define GQA_RUNTIME_AMXPRODUCT_H

#include <cstdint>

namespace gqa::runtime {

/// One bf16 product C[M, N] (+)= A[M, K] W[N, K]^T: A's rows `aRowStride`
/// elements apart with K contiguous, W's rows `wRowStride` apart with K
/// contiguous, and C (GQA_RT_F32 or GQA_RT_BF16 `cType`) at
/// `cRowStride` x `cColStride`. Accumulates in f32 and adds C's values when
/// `accumulate`. False, computing nothing, when the process may not use AMX
/// (amxAvailable) or scratch memory could not be had.
bool amxProduct(int64_t m, int64_t n, int64_t k, const uint16_t *a,
                int64_t aRowStride, const uint16_t *w, int64_t wRowStride,
                void *c, int32_t cType, int64_t cRowStride, int64_t cColStride,
                bool accumulate);

} // namespace gqa::runtime

#endif // GQA_RUNTIME_AMXPRODUCT_H
