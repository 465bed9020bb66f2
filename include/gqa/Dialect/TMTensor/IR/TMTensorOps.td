//===- TMTensorOps.td - torch-mlir's TMTensor ops, as imported -*- tablegen -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The TMTensor ops that torch-mlir's linalg-on-tensors output contains, in
// torch-mlir's textual form, on tensors only, so that gqa-mlir parses such
// graphs. `convert-tm-tensor-to-loops` lowers them; nothing else reads them.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_DIALECT_TMTENSOR_IR_TMTENSOROPS_TD
#define GQA_DIALECT_TMTENSOR_IR_TMTENSOROPS_TD

include "mlir/IR/OpBase.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def TMTensor_Dialect : Dialect {
  let name = "tm_tensor";
  let cppNamespace = "::mlir::gqa::tm_tensor";
  let summary = "torch-mlir's TMTensor ops, for import";
  let description = [{
    torch-mlir lowers a few PyTorch ops that linalg has no structured op for
    to its own `tm_tensor` dialect, and its `linalg-on-tensors` output keeps
    them: `tm_tensor.scan` (a cumulative sum, such as the position ids that
    Hugging Face models compute from an attention mask or without one),
    `tm_tensor.scatter` (`index_put`, a static KV cache update) and
    `tm_tensor.sort` (`sort`, `topk`). This dialect gives those three ops
    (and their terminator) the same syntax and semantics on tensors, so
    that gqa-mlir reads such graphs; `convert-tm-tensor-to-loops` lowers
    them to `scf.for` loops over `tensor.extract`/`tensor.insert`, which
    every pipeline runs first.

    torch-mlir's other TMTensor ops (`attention`, `topk`) are not part of
    this dialect: a graph with one is rejected at parsing, naming the op.
    torch-mlir does not emit them in `linalg-on-tensors` output with its
    default decompositions.
  }];
}

class TMTensor_Op<string mnemonic, list<Trait> traits = []>
    : Op<TMTensor_Dialect, mnemonic,
         !listconcat(traits, [AttrSizedOperandSegments, Pure,
                              SingleBlockImplicitTerminator<"YieldOp">])> {
  let hasVerifier = 1;
  let results = (outs Variadic<AnyRankedTensor>:$results);
  let regions = (region SizedRegion<1>:$region);
}

def TMTensor_ScanOp : TMTensor_Op<"scan"> {
  let summary = "Inclusive or exclusive scan along one dimension";
  let description = [{
    `ins(%input) outs(%output, %accumulator)`: the region combines the
    previous output element (first block argument) with an input element
    (second) along `dimension`:

    - inclusive: `out[0] = in[0]`, `out[i] = f(out[i-1], in[i])`;
    - exclusive: `out[0] = acc`, `out[i] = f(out[i-1], in[i-1])`.

    The first result is the output; the second, of the input's shape
    without `dimension`, is the last combined value (`out[n-1]`), or the
    initial accumulator when the dimension has a single element. The
    output's initial value is not read.

    ```mlir
    %r:2 = tm_tensor.scan dimension(1) inclusive(true)
        ins(%x : tensor<1x16xi64>) outs(%o, %a : tensor<1x16xi64>, tensor<1xi64>) {
    ^bb0(%prev: i64, %cur: i64):
      %s = arith.addi %prev, %cur : i64
      tm_tensor.yield %s : i64
    } -> tensor<1x16xi64>, tensor<1xi64>
    ```
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs,
                       Variadic<AnyRankedTensor>:$outputs,
                       I64Attr:$dimension,
                       BoolAttr:$inclusive);
  let assemblyFormat = [{
    `dimension` `(` $dimension `)`
    `inclusive` `(` $inclusive `)`
    attr-dict
    `ins` `(` $inputs `:` type($inputs) `)`
    `outs` `(` $outputs `:` type($outputs) `)`
    $region (`->` type($results)^)?
  }];
}

def TMTensor_ScatterOp : TMTensor_Op<"scatter"> {
  let summary = "Combine slices of updates into a tensor at given indices";
  let description = [{
    `ins(%updates, %indices) outs(%original)`: `%indices` is `N x depth`
    integers and `%updates` has `N` slices. Update element `(n, u...)` goes to
    the original's position whose trailing dimensions are `u...` (aligned to
    the end), to which index `k` of row `n` is added at dimension
    `dimension_map[k]`. The region combines the update (first block
    argument) with the original element (second) into the new element.
    A position outside the original is skipped: such an update has no
    element to combine with.

    ```mlir
    %r = tm_tensor.scatter {dimension_map = array<i64: 0, 1, 2, 3>}
        unique_indices(true)
        ins(%u, %i : tensor<8x1x1x1x1xf32>, tensor<8x4xi64>)
        outs(%cache : tensor<1x2x8x4xf32>) {
    ^bb0(%new: f32, %old: f32):
      tm_tensor.yield %new : f32
    } -> tensor<1x2x8x4xf32>
    ```
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs,
                       Variadic<AnyRankedTensor>:$outputs,
                       DenseI64ArrayAttr:$dimension_map,
                       DefaultValuedAttr<BoolAttr, "true">:$unique_indices);
  let assemblyFormat = [{
    attr-dict `unique_indices` `(` $unique_indices `)`
    (`ins` `(` $inputs^ `:` type($inputs) `)`)?
    `outs` `(` $outputs `:` type($outputs) `)`
    $region (`->` type($results)^)?
  }];
}

def TMTensor_SortOp : TMTensor_Op<"sort"> {
  let summary = "Sort tensors along one dimension by a comparator";
  let description = [{
    `outs(%t0, %t1, ...)`, all of one shape, are sorted together along
    `dimension`. The region takes the elements of a pair of positions, two
    block arguments per tensor (`t0[i], t0[j], t1[i], t1[j], ...`), and
    yields whether position `i` may stay before `j`. The sort is stable.

    ```mlir
    %r:2 = tm_tensor.sort dimension(1)
        outs(%x, %idx : tensor<4x8xf32>, tensor<4x8xi64>) {
    ^bb0(%a: f32, %b: f32, %ia: i64, %ib: i64):
      %le = arith.cmpf ole, %a, %b : f32
      tm_tensor.yield %le : i1
    } -> tensor<4x8xf32>, tensor<4x8xi64>
    ```
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs,
                       Variadic<AnyRankedTensor>:$outputs,
                       I64Attr:$dimension);
  let assemblyFormat = [{
    attr-dict
    `dimension` `(` $dimension `)`
    (`ins` `(` $inputs^ `:` type($inputs) `)`)?
    `outs` `(` $outputs `:` type($outputs) `)`
    $region (`->` type($results)^)?
  }];
}

def TMTensor_YieldOp : Op<TMTensor_Dialect, "yield",
                          [Pure, ReturnLike, Terminator,
                           ParentOneOf<["ScanOp", "ScatterOp", "SortOp"]>]> {
  let summary = "Terminator of the regions of tm_tensor ops";
  let arguments = (ins Variadic<AnyType>:$operands);
  let builders = [OpBuilder<(ins), [{ /* no operands */ }]>];
  let assemblyFormat = "attr-dict ($operands^ `:` type($operands))?";
}

#endif // GQA_DIALECT_TMTENSOR_IR_TMTENSOROPS_TD
