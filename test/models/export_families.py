#!/usr/bin/env python3
"""Exports whole tiny Hugging Face causal LMs to linalg-on-tensors MLIR, with
inputs and PyTorch's own logits, for the compiled-model tests.

Twelve configurations, built from `transformers` config classes with random
weights (nothing is downloaded): Llama, Llama with G = 3, Mistral (sliding
window), Qwen2, Qwen3, Gemma2, Gemma3, Phi3, GPT-2, Falcon (multi-query),
GPT-NeoX and OLMo2. Each is exported with torch-mlir's
`fx.export_and_import(..., output_type="linalg-on-tensors")` with the eager
and the sdpa attention, in two forms:

- prefill: `input_ids` [1, 16] and `attention_mask` (all ones) -> logits;
- decode: one token, `cache_position` and the past keys and values of every
  layer as inputs, wrapped into a `DynamicCache` inside `forward` -> logits;

and on request decode_static: the same step on a `StaticCache` of
2 * PAST positions (the first PAST filled), which writes the new keys and
values into the cache inputs with `index_copy_`; torch-mlir's graph returns
the updated caches, then the logits (see `DecodeStatic`); and
decode_static_bf16: that step with the model, caches and mask in bf16.

For each graph NAME = <family>_<attention>_<form> the script writes

- NAME.mlir: the graph, with a first comment naming the versions;
- NAME.data: a text manifest for examples/run-model.cpp: one line
  per argument (`arg TYPE d0xd1x...`, then its values), one per result
  (`result TYPE d0x...`, then PyTorch's values). Values are written with 9
  significant digits, so the f32 and bf16 values round-trip exactly.

Gemma2 and Gemma3 use GELU with the tanh approximation, which torch-mlir
decomposes with the constant 7.977240e-01 where sqrt(2/pi) = 0.7978846. The
script saves PyTorch's logits computed with that same constant (the GELU
swapped for one that spells the decomposition), so that the comparison
tests the compiler, and prints how far those are from the exact ones.

Usage (CPU only; needs torch, torch-mlir, transformers and numpy from PyPI):

    python3 test/models/export_families.py --out-dir DIR [--only SUBSTRING]
    python3 test/models/export_families.py --out-dir test/models/families --suite

See test/models/README.md.
"""

import argparse
import math
import os
import sys

import torch
import transformers
from torch_mlir import fx
from transformers import DynamicCache, StaticCache

PREFILL = 16
PAST = 8
VOCAB = 64

# torch-mlir's constant for sqrt(2/pi) in the decomposition of
# gelu(approximate="tanh").
TORCH_MLIR_GELU_TANH_BETA = 7.977240e-01


# The graphs committed under test/models/families (`--suite`): one of each
# kind of attention, cache and op the lit tests must cover, small enough
# for the suite.
SUITE = [
    "llama_g3_sdpa_prefill",  # G = 3, sdpa, RoPE, RMSNorm (fpowi)
    "llama_eager_prefill_nomask",  # positions by cumsum: tm_tensor.scan
    "qwen2_sdpa_prefill_weights",  # weights as function arguments
    "mistral_eager_decode",  # sliding window, DynamicCache decode
    "llama_sdpa_decode_static",  # StaticCache: the caches updated in place
    "llama_sdpa_decode_static_bf16",  # the same in bf16: widened Q/K/V, mask
    "qwen3_sdpa_decode",  # q/k norms, decode
    "gemma2_eager_prefill",  # softcap in three generics, GELU-tanh
    "falcon_sdpa_decode",  # multi-query, LayerNorm (rsqrt)
    "gpt2_eager_prefill",  # multi-head, GELU with pow(3)
    "tm_scan_cumsum",
    "tm_scatter_index_put",
    "tm_sort_topk",
    "tm_sort_ties",
]


def common(**kwargs):
    """Fields every configuration shares; `kwargs` override them."""
    fields = dict(
        vocab_size=VOCAB,
        max_position_embeddings=128,
        initializer_range=0.2,
    )
    fields.update(kwargs)
    return fields


def llama_like(cls, heads, kv_heads, **kwargs):
    return cls(
        **common(
            hidden_size=heads * 8,
            intermediate_size=64,
            num_hidden_layers=2,
            num_attention_heads=heads,
            num_key_value_heads=kv_heads,
            head_dim=8,
            **kwargs,
        )
    )


def configs():
    """The twelve configurations, by family name."""
    t = transformers
    return {
        "llama": lambda: llama_like(t.LlamaConfig, 4, 2),
        "llama_g3": lambda: llama_like(t.LlamaConfig, 6, 2),
        "mistral": lambda: llama_like(t.MistralConfig, 4, 2, sliding_window=6),
        "qwen2": lambda: llama_like(t.Qwen2Config, 4, 2),
        "qwen3": lambda: llama_like(t.Qwen3Config, 4, 2),
        "gemma2": lambda: llama_like(
            t.Gemma2Config,
            4,
            2,
            sliding_window=6,
            query_pre_attn_scalar=8,
            attn_logit_softcapping=50.0,
            final_logit_softcapping=30.0,
        ),
        "gemma3": lambda: llama_like(
            t.Gemma3TextConfig,
            4,
            2,
            sliding_window=6,
            query_pre_attn_scalar=8,
            layer_types=["sliding_attention", "full_attention"],
        ),
        "phi3": lambda: llama_like(t.Phi3Config, 4, 4, pad_token_id=0),
        "gpt2": lambda: t.GPT2Config(
            **common(n_embd=32, n_layer=2, n_head=4, n_positions=128)
        ),
        "falcon": lambda: t.FalconConfig(
            **common(
                hidden_size=32,
                num_hidden_layers=2,
                num_attention_heads=4,
                multi_query=True,
                new_decoder_architecture=False,
                parallel_attn=True,
                alibi=False,
                bias=False,
            )
        ),
        "gpt_neox": lambda: t.GPTNeoXConfig(
            **common(
                hidden_size=32,
                intermediate_size=64,
                num_hidden_layers=2,
                num_attention_heads=4,
                rotary_pct=0.5,
            )
        ),
        "olmo2": lambda: llama_like(t.Olmo2Config, 4, 2),
    }


def use_torch_mlir_gelu_tanh(model):
    """Replaces every GELU-tanh activation of `model` by the decomposition
    torch-mlir writes, constant included. Returns how many it replaced."""

    class GeluTanhAsTorchMlir(torch.nn.Module):
        def forward(self, x):
            inner = TORCH_MLIR_GELU_TANH_BETA * (x + 0.044715 * x * x * x)
            return 0.5 * x * (1.0 + torch.tanh(inner))

    replaced = 0
    for module in list(model.modules()):
        for name, child in list(module.named_children()):
            if type(child).__name__ in ("PytorchGELUTanh", "GELUTanh"):
                setattr(module, name, GeluTanhAsTorchMlir())
                replaced += 1
    return replaced


class Prefill(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return self.model(
            input_ids=input_ids, attention_mask=attention_mask, use_cache=False
        ).logits


class Decode(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def make_cache(self, past, cache_position):
        pairs = [(past[i], past[i + 1]) for i in range(0, len(past), 2)]
        return DynamicCache(pairs, config=self.model.config)

    def forward(self, input_ids, cache_position, *past):
        return self.model(
            input_ids=input_ids,
            cache_position=cache_position,
            position_ids=cache_position.unsqueeze(0),
            past_key_values=self.make_cache(past, cache_position),
            use_cache=True,
        ).logits


class DecodeStatic(Decode):
    """One decode step on a `StaticCache` whose layers hold the cache inputs:
    `index_copy_` writes the new keys and values into them at
    `cache_position`, as a serving loop does. torch.export turns these
    writes into results (the updated caches, before the logits), which
    gqa-compile --update-in-place ties back to the inputs."""

    def make_cache(self, caches, cache_position):
        cache = StaticCache(config=self.model.config,
                            max_cache_len=caches[0].shape[2])
        for i, layer in enumerate(cache.layers):
            keys, values = caches[2 * i], caches[2 * i + 1]
            layer.device = keys.device
            layer.batch_size, layer.num_heads = keys.shape[:2]
            layer.k_head_dim, layer.v_head_dim = keys.shape[-1], values.shape[-1]
            layer.keys, layer.values = keys, values
            # Each layer advances its own length by the new tokens.
            layer.cumulative_length = cache_position.clone().reshape(())
            layer.is_initialized = True
        return cache


class PrefillWithoutMask(torch.nn.Module):
    """Prefill without `attention_mask`: Hugging Face then derives the
    positions with a cumulative sum, which torch-mlir writes as
    `tm_tensor.scan`."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids):
        return self.model(input_ids=input_ids, use_cache=False).logits


class WeightsAsInputs(torch.nn.Module):
    """`inner` with the parameters of its `model` as trailing `forward`
    inputs, in the order of `model.named_parameters()`, through
    `torch.func.functional_call`: torch-mlir then writes them as function
    arguments instead of freezing them into the graph as literals. Buffers
    (such as the rotary `inv_freq`) stay literals."""

    def __init__(self, inner):
        super().__init__()
        self.inner = inner
        self.names = [name for name, _ in inner.named_parameters()]

    def weights(self):
        return [p.detach().clone() for _, p in self.inner.named_parameters()]

    def forward(self, *args):
        count = len(self.names)
        inputs, weights = args[: len(args) - count], args[len(args) - count :]
        return torch.func.functional_call(
            self.inner, dict(zip(self.names, weights)), tuple(inputs)
        )


class CumulativeSum(torch.nn.Module):
    """tm_tensor.scan, inclusive, on f32 and i64."""

    def forward(self, x, ids):
        return torch.cumsum(x, dim=1), torch.cumsum(ids, dim=-1)


class CacheUpdate(torch.nn.Module):
    """`index_put` of one new key into a static cache at a position given
    as a tensor: tm_tensor.scatter."""

    def forward(self, cache, position, new):
        cache = cache.clone()
        cache[:, :, position] = new
        return cache


class SortAndTopK(torch.nn.Module):
    """tm_tensor.sort, ascending (values and indices) and descending (top-k)."""

    def forward(self, x):
        values, indices = torch.sort(x, dim=-1)
        top, top_indices = torch.topk(x, 3)
        return values, indices, top, top_indices


class SortWithTies(torch.nn.Module):
    """tm_tensor.sort on values with ties, ascending and descending. The
    order of equal elements is the implementation's unless `stable=True`
    (which torch-mlir does not lower), so the expected results are
    PyTorch's stable sort (export_tm_tensor checks that the default one
    agrees); top-k returns ties in no particular order and is left out."""

    def forward(self, x):
        up, up_indices = torch.sort(x, dim=-1)
        down, down_indices = torch.sort(x, dim=-1, descending=True)
        return up, up_indices, down, down_indices


def tm_tensor_graphs():
    """Graphs with TMTensor ops, by name: (module, example inputs)."""
    generator = torch.Generator().manual_seed(2)
    ties = torch.randint(0, 4, (4, 8), generator=generator).float()
    return {
        "tm_scan_cumsum": (
            CumulativeSum(),
            [
                torch.randn(3, 10, generator=generator),
                torch.randint(-5, 5, (2, 7), generator=generator),
            ],
        ),
        "tm_scatter_index_put": (
            CacheUpdate(),
            [
                torch.randn(1, 2, 8, 4, generator=generator),
                torch.tensor([5]),
                torch.randn(1, 2, 1, 4, generator=generator),
            ],
        ),
        "tm_sort_topk": (SortAndTopK(), [torch.randn(4, 8, generator=generator)]),
        "tm_sort_ties": (SortWithTies(), [ties]),
    }


def to_linalg(module, inputs):
    """`module` on copies of `inputs`, exported by torch-mlir to
    linalg-on-tensors with the function name `forward`."""
    return fx.export_and_import(
        module,
        *[t.clone() for t in inputs],
        output_type="linalg-on-tensors",
        func_name="forward",
    )


def export_tm_tensor(name, out_dir):
    module, inputs = tm_tensor_graphs()[name]
    with torch.no_grad():
        expected = module(*[t.clone() for t in inputs])
        exported = to_linalg(module, inputs)
    if isinstance(expected, torch.Tensor):
        expected = [expected]
    if isinstance(module, SortWithTies):
        x = inputs[0]
        stable = [*torch.sort(x, dim=-1, stable=True),
                  *torch.sort(x, dim=-1, descending=True, stable=True)]
        if any(not torch.equal(a, b) for a, b in zip(expected, stable)):
            raise RuntimeError("PyTorch's default sort is not stable here")
    write_graph(name, exported, inputs, expected, out_dir, "")
    print(f"{name}: {len(expected)} result(s)", flush=True)


def write_graph(name, module, inputs, results, out_dir, note):
    header = (
        f"// {name}: exported by test/models/export_families.py with "
        f"torch {torch.__version__}, transformers {transformers.__version__}, "
        f"torch-mlir.\n"
    )
    with open(os.path.join(out_dir, name + ".mlir"), "w") as f:
        f.write(header + str(module))
    with open(os.path.join(out_dir, name + ".data"), "w") as f:
        f.write(f"# {name}: inputs and PyTorch's results{note}\n")
        for tensor in inputs:
            write_tensor(f, "arg", tensor)
        for tensor in results:
            write_tensor(f, "result", tensor)


def kv_shape(config):
    text = config.get_text_config(decoder=True)
    heads = text.num_attention_heads
    kv_heads = getattr(text, "num_key_value_heads", None) or heads
    if getattr(text, "multi_query", False):
        kv_heads = 1
    head_dim = getattr(text, "head_dim", None) or text.hidden_size // heads
    layers = text.num_hidden_layers
    return layers, (1, kv_heads, PAST, head_dim)


def build(family, attention):
    torch.manual_seed(0)
    config = configs()[family]()
    config._attn_implementation = attention
    model = transformers.AutoModelForCausalLM.from_config(config).eval()
    # torch-mlir's importer needs every buffer in the state dict (the
    # rotary inv_freq is registered as non-persistent).
    for module in model.modules():
        module._non_persistent_buffers_set.clear()
    return config, model


def example_inputs(form, config):
    generator = torch.Generator().manual_seed(1)
    if form.startswith("prefill"):
        ids = torch.randint(0, VOCAB, (1, PREFILL), generator=generator)
        if form == "prefill_nomask":
            return [ids]
        return [ids, torch.ones(1, PREFILL, dtype=torch.int64)]
    layers, shape = kv_shape(config)
    ids = torch.randint(0, VOCAB, (1, 1), generator=generator)
    position = torch.tensor([PAST], dtype=torch.int64)
    past = [torch.randn(shape, generator=generator) for _ in range(2 * layers)]
    if form.startswith("decode_static"):
        # 2 * PAST positions, the first PAST of them filled.
        past = [torch.cat([p, torch.zeros_like(p)], dim=2) for p in past]
    if form.endswith("_bf16"):
        past = [p.to(torch.bfloat16) for p in past]
    return [ids, position] + past


def run_step(form, wrapper, inputs):
    """PyTorch's results of `wrapper` on copies of `inputs`, in the order of
    the exported graph's results: for decode_static the caches it updated,
    then the logits."""
    copies = [t.clone() for t in inputs]
    logits = wrapper(*copies)
    if form.startswith("decode_static"):
        return copies[2:] + [logits]
    return [logits]


def result_shapes(module):
    """The shapes of the results of @forward in `module`, as `AxBxC`."""
    text = str(module)
    signature = text[text.index("func.func @forward("):]
    signature = signature[: signature.index("{")]
    returned = signature[signature.rindex("->"):]
    return [s.rsplit("x", 1)[0] for s in returned.split("tensor<")[1:]]


TYPE_NAMES = {torch.float32: "f32", torch.bfloat16: "bf16",
              torch.int64: "i64"}


def write_tensor(out, kind, tensor):
    shape = "x".join(str(d) for d in tensor.shape) or "scalar"
    out.write(f"{kind} {TYPE_NAMES[tensor.dtype]} {shape}\n")
    # bf16 values are written as the floats they are (exact in 9 digits).
    values = tensor.flatten().float().tolist() if tensor.is_floating_point() \
        else tensor.flatten().tolist()
    if tensor.is_floating_point():
        text = [f"{v:.9g}" for v in values]
    else:
        text = [str(v) for v in values]
    for i in range(0, len(text), 16):
        out.write(" ".join(text[i : i + 16]) + "\n")


def export(family, attention, form, out_dir):
    name = f"{family}_{attention}_{form}"
    config, model = build(family, attention)
    if form.endswith("_bf16"):
        model = model.to(torch.bfloat16)
    inputs = example_inputs(form, config)
    wrapper = {
        "prefill": Prefill,
        "prefill_weights": Prefill,
        "decode": Decode,
        "decode_static": DecodeStatic,
        "decode_static_bf16": DecodeStatic,
        "prefill_nomask": PrefillWithoutMask,
    }[form](model).eval()
    if form == "prefill_weights":
        wrapper = WeightsAsInputs(wrapper).eval()
        inputs = inputs + wrapper.weights()
    with torch.no_grad():
        exact = run_step(form, wrapper, inputs)[-1]
        module = to_linalg(wrapper, inputs)
        # The graph is exported with the model's own GELU; only PyTorch's
        # expected logits use torch-mlir's constant.
        replaced = use_torch_mlir_gelu_tanh(model)
        results = run_step(form, wrapper, inputs)
    shapes = ["x".join(str(d) for d in r.shape) for r in results]
    if result_shapes(module) != shapes:
        raise RuntimeError(f"the graph returns {result_shapes(module)}, "
                           f"PyTorch {shapes}")
    expected = results[-1]
    note = " (GELU-tanh with torch-mlir's constant)" if replaced else ""
    write_graph(name, module, inputs, results, out_dir, note)
    gelu_gap = (exact - expected).abs().max().item()
    print(
        f"{name}: logits {tuple(expected.shape)}, max |logit| "
        f"{expected.abs().max().item():.3g}"
        + (f", exact GELU-tanh differs by {gelu_gap:.3g}" if replaced else ""),
        flush=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", required=True)
    parser.add_argument("--only", default="", help="names containing this")
    parser.add_argument(
        "--suite",
        action="store_true",
        help="only the graphs of the test suite (test/models/families)",
    )
    parser.add_argument("--attention", default="eager,sdpa")
    parser.add_argument(
        "--forms",
        default="prefill,decode",
        help="prefill, decode, decode_static (a StaticCache updated in "
        "place), prefill_nomask (no attention_mask) and/or "
        "prefill_weights (the parameters as trailing inputs)",
    )
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    failures = 0
    wanted = (lambda name: name in SUITE) if args.suite else (
        lambda name: args.only in name)
    for name in tm_tensor_graphs():
        if wanted(name):
            try:
                export_tm_tensor(name, args.out_dir)
            except Exception as error:  # report and go on
                failures += 1
                print(f"{name}: export failed: {error}", file=sys.stderr)
    forms = args.forms.split(",")
    if args.suite:
        forms = ["prefill", "decode", "prefill_nomask", "prefill_weights",
                 "decode_static", "decode_static_bf16"]
    for family in configs():
        for attention in args.attention.split(","):
            for form in forms:
                name = f"{family}_{attention}_{form}"
                if not wanted(name):
                    continue
                try:
                    export(family, attention, form, args.out_dir)
                except Exception as error:  # report and go on
                    failures += 1
                    print(f"{name}: export failed: {error}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
