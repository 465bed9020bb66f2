/*===- gqa_runtime.h - The runtime library compiled code calls -----*- C -*-===*
 *
 * Part of the gqa-mlir project.
 *
 *===----------------------------------------------------------------------===*
 *
 * libgqa_runtime: what code compiled by gqa-cpu-pipeline calls for work a
 * field library does better than code generation. Today that is the
 * contractions (matmul, batch_matmul, transposed and generic forms) that
 * gqa-contractions-to-library rewrites into calls of gqa_rt_matmul; they run
 * on oneDNN (docs/contractions.md has the measurement that chose it).
 *
 * The library links LLVM's OpenMP runtime (libomp) ahead of oneDNN, so that
 * oneDNN's GNU OpenMP calls bind to libomp and one thread pool serves both
 * the compiled code and the library.
 *
 *===----------------------------------------------------------------------===*/

#ifndef GQA_RUNTIME_GQA_RUNTIME_H
#define GQA_RUNTIME_GQA_RUNTIME_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Element types of gqa_rt_matmul's operands. */
enum gqa_rt_type {
  GQA_RT_F32 = 0,
  GQA_RT_BF16 = 1,
  GQA_RT_F16 = 2,
};

/* C[b] = A[b] * B[b], or C[b] += A[b] * B[b] with `accumulate` nonzero, for
 * b < batch: A[b] is m x k, B[b] is k x n, C[b] is m x n. Each operand is
 * given by its first element and its strides in elements (batch, row,
 * column); a batch stride of 0 uses the same matrix for every b. A and B have
 * type `ab_type`, C `c_type`. Products accumulate in f32 and C is rounded
 * once (also for a bf16 or f16 C). Every combination of types and strides is
 * computed: those oneDNN rejects go through f32 copies, and those it rejects
 * too through plain loops. */
void gqa_rt_matmul(int32_t ab_type, int32_t c_type, int64_t batch, int64_t m,
                   int64_t n, int64_t k, const void *a, int64_t a_batch_stride,
                   int64_t a_row_stride, int64_t a_col_stride, const void *b,
                   int64_t b_batch_stride, int64_t b_row_stride,
                   int64_t b_col_stride, void *c, int64_t c_batch_stride,
                   int64_t c_row_stride, int64_t c_col_stride,
                   int32_t accumulate);

/* The allocation functions of compiled code (finalize-memref-to-llvm's
 * generic functions): temporaries of 1 MiB or more are kept when freed and
 * handed out again at the next allocation of their size, so that a model's
 * entry does not fault its temporaries' pages in on every call. The bytes
 * kept never exceed the most bytes ever live at once. Not for direct use. */
void *_mlir_memref_to_llvm_alloc(uint64_t size);
void *_mlir_memref_to_llvm_aligned_alloc(uint64_t alignment, uint64_t size);
void _mlir_memref_to_llvm_free(void *pointer);

#ifdef __cplusplus
}
#endif

#endif /* GQA_RUNTIME_GQA_RUNTIME_H */
