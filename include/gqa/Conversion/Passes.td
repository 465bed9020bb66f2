//===- Passes.td - GQA conversion passes -------------------*- tablegen -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_CONVERSION_PASSES_TD
#define GQA_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

//===----------------------------------------------------------------------===//
// GQAToLinalg
//===----------------------------------------------------------------------===//

def ConvertGQAToLinalgPass : Pass<"convert-gqa-to-linalg"> {
  let summary = "Lower gqa.attention to linalg, tensor, arith and math ops";
  let description = [{
    Replaces every `gqa.attention` with the reference decomposition: a chain
    of `linalg.generic` ops on tensors that computes exactly the semantics in
    the op's description, with all arithmetic in `f32`. It is written for
    clarity, not speed, and is the project's numerical oracle.

    The key/value head read by query head `h` is visible in the indexing maps
    of the two generics that read `key` and `value`: `h floordiv G` for
    `head_mapping = contiguous` and `h mod Hkv` for `interleaved`.

    Before:

    ```mlir
    %o = gqa.attention %q, %k, %v causal
        : tensor<2x8x16x64xf16>, tensor<2x2x16x64xf16>, tensor<2x2x16x64xf16>
        -> tensor<2x8x16x64xf16>
    ```

    After (abridged):

    ```mlir
    // s[b,h,i,j] = sum_d extf(q[b,h,i,d]) * extf(k[b,h floordiv 4,j,d])
    %scores = linalg.generic {indexing_maps = [
        affine_map<(b, h, i, j, d) -> (b, h, i, d)>,
        affine_map<(b, h, i, j, d) -> (b, h floordiv 4, j, d)>,
        affine_map<(b, h, i, j, d) -> (b, h, i, j)>], ...}
    // scale, softcap, then -inf where j > i (causal)
    %logits = linalg.generic ... ins(%scores) ...
    %max = linalg.generic ... // row maximum, -inf for an empty row
    %exp = linalg.generic ... // exp(s - max), 0 for an empty row
    %sum = linalg.generic ... // row sum
    %acc = linalg.generic ... // sum_j exp[b,h,i,j] * extf(v[b,h floordiv 4,j,e])
    %o = linalg.generic ...   // truncf(acc / sum), 0 when sum == 0
    ```

    The pass fails if a `gqa.attention` remains.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

//===----------------------------------------------------------------------===//
// TMTensorToLoops
//===----------------------------------------------------------------------===//

def ConvertTMTensorToLoopsPass : Pass<"convert-tm-tensor-to-loops"> {
  let summary = "Lower torch-mlir's tm_tensor scan, scatter and sort to loops "
                "on tensors";
  let description = [{
    Replaces every `tm_tensor.scan`, `tm_tensor.scatter` and
    `tm_tensor.sort` (see the `tm_tensor` dialect) with `scf.for` loops on
    tensors: `tensor.extract` the elements, the op's region inlined on them,
    `tensor.insert` the results into loop-carried tensors, which one-shot
    bufferization turns into in-place updates of one buffer. These ops are
    rare and small in model graphs (a cumulative sum of position ids, a
    cache update, a top-k), so the loops are scalar:

    - scan: one loop over the scanned dimension per position of the others;
    - scatter: one loop nest over the updates; an update whose position is
      outside the original is skipped;
    - sort: a stable bubble sort along the dimension (n passes of n - 1
      compare-and-swaps) per position of the others.

    Every pipeline runs this pass first.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

#endif // GQA_CONVERSION_PASSES_TD
