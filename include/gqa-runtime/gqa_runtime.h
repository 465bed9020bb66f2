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

/* Element types of the runtime's operands: those of gqa_rt_matmul, and of
 * gqa_rt_masked_attention_bf16's mask (where GQA_RT_BOOL is one byte per
 * element, nonzero meaning "may attend"). */
enum gqa_rt_type {
  GQA_RT_F32 = 0,
  GQA_RT_BF16 = 1,
  GQA_RT_F16 = 2,
  GQA_RT_BOOL = 3,
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

/* Nonzero when this process may run AMX tiles: the CPU has AMX-BF16 (and
 * AVX512-BF16), Linux granted the tile data state, and the environment
 * variable GQA_RT_AMX is not "0" (which makes the library's attention run
 * its plain loops, for comparison). The first call asks
 * Linux for it (arch_prctl ARCH_REQ_XCOMP_PERM, XFEATURE_XTILEDATA), once
 * per process; the permission then holds for every thread. Code that runs
 * AMX instructions of its own must make this call (or that request) first,
 * or the first tile instruction faults. Each thread's tile configuration is
 * its own: gqa_rt_masked_attention_bf16 loads and releases it on every thread
 * it uses. */
int32_t gqa_rt_amx_available(void);

/* Flags of gqa_rt_masked_attention_bf16. */
enum gqa_rt_attention_flags {
  GQA_RT_ATTENTION_CAUSAL = 1, /* key j <= row i + causal_offset */
  GQA_RT_ATTENTION_WINDOW = 2, /* key j >= row i + causal_offset - window */
  GQA_RT_ATTENTION_INTERLEAVED = 4, /* query head h reads KV head h mod
                                       kv_heads, not h / (query_heads /
                                       kv_heads) */
};

/* (Named for its mask operands, which the earlier gqa_rt_attention_bf16
 * lacked: an object compiled for that one fails to link against this
 * library rather than passing too few arguments.)
 * O = softmax(scale * Q K^T + bias) V for bf16 Q [batch, query_heads,
 * query_length, head_dim], K [batch, kv_heads, key_length, head_dim], V
 * [batch, kv_heads, key_length, value_head_dim] and O [batch, query_heads,
 * query_length, value_head_dim], each given by its first element and its four
 * strides in elements. Row i attends keys j < key_length, limited by the
 * flags and by the mask; a row that attends no key is 0. The mask (none when
 * `mask` is NULL) is [batch, query_heads, query_length, key_length] by its
 * four strides in elements (0 where it broadcasts), of type `mask_type`: a
 * float bias added to the scaled scores (-inf masks the key), or a
 * GQA_RT_BOOL mask (zero masks the key). On a CPU with AMX-BF16 where Linux
 * grants the tile state (the library asks once per process with arch_prctl
 * ARCH_REQ_XCOMP_PERM), the products run on AMX tiles with f32 accumulation
 * and the softmax weights rounded to bf16, as in docs/amx.md; elsewhere the
 * same attention runs as plain f32 loops. */
void gqa_rt_masked_attention_bf16(
    int64_t batch, int64_t query_heads, int64_t kv_heads, int64_t query_length,
    int64_t key_length, int64_t head_dim, int64_t value_head_dim, float scale,
    int32_t flags, int64_t causal_offset, int64_t window, const void *q,
    int64_t q_batch_stride, int64_t q_head_stride, int64_t q_row_stride,
    int64_t q_col_stride, const void *k, int64_t k_batch_stride,
    int64_t k_head_stride, int64_t k_row_stride, int64_t k_col_stride,
    const void *v, int64_t v_batch_stride, int64_t v_head_stride,
    int64_t v_row_stride, int64_t v_col_stride, void *o, int64_t o_batch_stride,
    int64_t o_head_stride, int64_t o_row_stride, int64_t o_col_stride,
    const void *mask, int32_t mask_type, int64_t mask_batch_stride,
    int64_t mask_head_stride, int64_t mask_row_stride, int64_t mask_col_stride);

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
