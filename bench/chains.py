#!/usr/bin/env python3
"""The elementwise and reduction chains of a Llama layer, compiled by
gqa-compile, against PyTorch eager and the in-run read probe.

Each chain is a small PyTorch module at Llama-3-8B sizes (hidden 4096, MLP
14336, 32/8 heads of 128), exported by torch-mlir with every tensor as a
forward input:

- rmsnorm: Hugging Face's LlamaRMSNorm of [T, 4096] (f32 statistics), its
  weight an input;
- residual_rmsnorm: h = x + r, then RMSNorm of h; returns h and the norm;
- silu_mul: silu(gate) * up of [T, 14336];
- gelu_tanh: gelu(x, approximate="tanh") of [T, 14336];
- rope: apply_rotary_pos_emb of q [1, 32, T, 128] and k [1, 8, T, 128];
- softmax: softmax over the last dim of logits [T/4, 32000], in f32;
- embedding: the rows of ids [1, T] gathered from a [32000, 4096] table.

Bytes count each chain's inputs and outputs once (for the embedding only
the rows it reads), not the traffic of an unfused version; the fraction is
those bytes per second over the in-run read probe (gqa-run). The baseline is the same chain compiled
with --fuse-elementwise=false (each op its own pass); the build with
--prefetch-streams=false is timed too. Sides run in
separate worker processes, interleaved round by round; the compiled side
never imports torch (see bench/layer.py). Benchmark, not a test: nothing
here is asserted.

    bench/chains.py [--build build] [--chains ...] [--dtypes f32 bf16]
                    [--tokens 512] [--rounds 3] [--calls 30]
                    [--work /tmp/gqa-chains] [--reuse]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from layer import (compile_shared, descriptor, out_shapes,  # noqa: E402
                   time_calls, to_f32)
from machine import cpu_model, probes  # noqa: E402

ROOT = os.path.dirname(HERE)
HIDDEN, MLP, HEADS, KV_HEADS, HEAD_DIM, VOCAB = 4096, 14336, 32, 8, 128, 32000
CHAINS = ["rmsnorm", "residual_rmsnorm", "silu_mul", "gelu_tanh", "rope",
          "softmax", "embedding"]


def make_chain(name, dtype, tokens):
    """The module of chain `name` and its example inputs."""
    import torch
    from transformers.models.llama.modeling_llama import apply_rotary_pos_emb

    generator = torch.Generator().manual_seed(0)

    def randn(*shape):
        return torch.randn(*shape, generator=generator).to(dtype)

    class Norm(torch.nn.Module):
        """LlamaRMSNorm's forward, with the weight as an input."""

        def forward(self, x, weight):
            h = x.to(torch.float32)
            variance = h.pow(2).mean(-1, keepdim=True)
            h = h * torch.rsqrt(variance + 1e-5)
            return weight * h.to(x.dtype)

    class ResidualNorm(Norm):
        def forward(self, x, residual, weight):
            h = x + residual
            return h, super().forward(h, weight)

    class SiluMul(torch.nn.Module):
        def forward(self, gate, up):
            return torch.nn.functional.silu(gate) * up

    class GeluTanh(torch.nn.Module):
        def forward(self, x):
            return torch.nn.functional.gelu(x, approximate="tanh")

    class Rope(torch.nn.Module):
        def forward(self, q, k, cos, sin):
            return apply_rotary_pos_emb(q, k, cos, sin)

    class Softmax(torch.nn.Module):
        def forward(self, logits):
            return torch.softmax(logits.float(), dim=-1)

    class Embedding(torch.nn.Module):
        def forward(self, ids, table):
            return torch.nn.functional.embedding(ids, table)

    if name == "rmsnorm":
        return Norm(), [randn(tokens, HIDDEN), randn(HIDDEN)]
    if name == "residual_rmsnorm":
        return ResidualNorm(), [randn(tokens, HIDDEN), randn(tokens, HIDDEN),
                                randn(HIDDEN)]
    if name == "silu_mul":
        return SiluMul(), [randn(tokens, MLP), randn(tokens, MLP)]
    if name == "gelu_tanh":
        return GeluTanh(), [randn(tokens, MLP)]
    if name == "rope":
        angles = torch.rand(1, tokens, HEAD_DIM, generator=generator) * 6.28
        return Rope(), [randn(1, HEADS, tokens, HEAD_DIM),
                        randn(1, KV_HEADS, tokens, HEAD_DIM),
                        angles.cos().to(dtype), angles.sin().to(dtype)]
    if name == "softmax":
        return Softmax(), [randn(max(1, tokens // 4), VOCAB)]
    if name == "embedding":
        ids = torch.randint(0, VOCAB, (1, tokens), generator=generator)
        return Embedding(), [ids, randn(VOCAB, HIDDEN)]
    raise ValueError(name)


def chain_bytes(name, inputs, outputs):
    """Inputs and outputs once; the embedding reads only its rows."""
    total = sum(t.numel() * t.element_size() for t in outputs)
    if name == "embedding":
        ids, table = inputs
        return total + ids.numel() * 8 + ids.numel() * HIDDEN * \
            table.element_size()
    return total + sum(t.numel() * t.element_size() for t in inputs)


def export(name, dtype_name, tokens, work):
    import numpy as np
    import torch
    from torch_mlir import fx

    dtype = {"f32": torch.float32, "bf16": torch.bfloat16}[dtype_name]
    module, inputs = make_chain(name, dtype, tokens)
    base = os.path.join(work, f"{name}_{dtype_name}")
    with torch.no_grad():
        outputs = module(*[t.clone() for t in inputs])
        exported = fx.export_and_import(module, *[t.clone() for t in inputs],
                                        output_type="linalg-on-tensors",
                                        func_name="forward")
    outputs = list(outputs) if isinstance(outputs, tuple) else [outputs]
    with open(base + ".mlir", "w") as f:
        f.write(str(exported))
    arrays = {}
    for i, t in enumerate(inputs):
        arrays[f"arg{i}"] = (t.view(torch.int16).numpy()
                             if t.dtype == torch.bfloat16 else t.numpy())
    for i, t in enumerate(outputs):
        arrays[f"expected{i}"] = t.float().numpy()
        arrays[f"outtype{i}"] = np.array(
            1 if t.dtype == torch.bfloat16 else 0)
    np.savez(base + ".npz", **arrays)
    with open(base + ".json", "w") as f:
        json.dump({"bytes": chain_bytes(name, inputs, outputs)}, f)


# The compiled variants: the default, the baseline without elementwise
# fusion (each op its own pass over memory), and the default without the
# streams' software prefetch (gqa-prefetch-streams).
VARIANTS = {"gqa": [], "unfused": ["--fuse-elementwise=false"],
            "noprefetch": ["--prefetch-streams=false"]}


def compile_chain(base, build):
    for variant, flags in VARIANTS.items():
        compile_shared(base + ".mlir", f"{base}.{variant}", build, flags)


def gqa_worker(base, variant, calls):
    import ctypes
    import numpy as np
    data = np.load(base + ".npz")
    args = [data[f"arg{i}"] for i in range(
        sum(1 for f in data.files if f.startswith("arg")))]
    outs = []
    for i, shape in enumerate(out_shapes(f"{base}.{variant}.h")):
        bf16 = int(data[f"outtype{i}"]) == 1
        outs.append(np.empty(shape, dtype=np.int16 if bf16 else np.float32))
    lib = ctypes.CDLL(f"{base}.{variant}.so")
    entry = lib._mlir_ciface_forward
    entry.restype = ctypes.c_int32
    descriptors = [descriptor(a) for a in args + outs]
    pointers = [ctypes.byref(d) for d in descriptors]

    def call():
        status = entry(*pointers)
        if status != 0:
            raise RuntimeError(f"entry returned status {status}")
    ms, _ = time_calls(call, calls)
    error = max(float(np.abs(to_f32(o) - data[f"expected{i}"]).max())
                for i, o in enumerate(outs))
    return ms, error


def torch_worker(name, dtype_name, base, tokens, calls):
    import numpy as np
    import torch
    dtype = {"f32": torch.float32, "bf16": torch.bfloat16}[dtype_name]
    module, _ = make_chain(name, dtype, tokens)
    data = np.load(base + ".npz")
    inputs = []
    for i in range(sum(1 for f in data.files if f.startswith("arg"))):
        t = torch.from_numpy(data[f"arg{i}"])
        inputs.append(t.view(torch.bfloat16) if t.dtype == torch.int16 else t)

    def call():
        with torch.no_grad():
            return module(*inputs)
    ms, _ = time_calls(call, calls)
    return ms, None


def worker(args):
    base = os.path.join(args.work, f"{args.worker_chain}_{args.worker_dtype}")
    if args.worker == "torch":
        import torch
        torch.set_num_threads(args.threads)
        ms, error = torch_worker(args.worker_chain, args.worker_dtype, base,
                                 args.tokens, args.calls)
    else:
        ms, error = gqa_worker(base, args.worker, args.calls)
    print(json.dumps({"ms": ms, "error": error}))


def run_worker(kind, chain, dtype_name, args):
    command = [sys.executable, os.path.abspath(__file__), "--worker", kind,
               "--worker-chain", chain, "--worker-dtype", dtype_name,
               "--work", args.work, "--calls", str(args.calls),
               "--tokens", str(args.tokens), "--threads", str(args.threads)]
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads))
    out = subprocess.run(command, check=True, capture_output=True, text=True,
                         env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--chains", nargs="+", default=CHAINS)
    parser.add_argument("--dtypes", nargs="+", default=["f32", "bf16"])
    parser.add_argument("--tokens", type=int, default=512)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--work", default="/tmp/gqa-chains")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the exports and objects of an earlier run")
    parser.add_argument("--worker", choices=["torch"] + list(VARIANTS))
    parser.add_argument("--worker-chain")
    parser.add_argument("--worker-dtype")
    args = parser.parse_args()
    if args.worker:
        return worker(args)

    os.makedirs(args.work, exist_ok=True)
    cases = [(c, d) for c in args.chains for d in args.dtypes]
    for chain, dtype_name in cases:
        base = os.path.join(args.work, f"{chain}_{dtype_name}")
        if not (args.reuse and os.path.exists(base + ".gqa.so")):
            export(chain, dtype_name, args.tokens, args.work)
            compile_chain(base, args.build)

    kinds = list(VARIANTS) + ["torch"]
    times = {case: {kind: [] for kind in kinds} for case in cases}
    errors = {}
    read_probes = []
    for round_index in range(args.rounds):
        read_probes.append(probes(args.build)[0])
        for case in cases:
            for kind in kinds:
                result = run_worker(kind, *case, args)
                times[case][kind].append(result["ms"])
                if kind == "gqa":
                    errors[case] = result["error"]
        print(f"round {round_index + 1}: load {os.getloadavg()[0]:.2f}",
              flush=True)

    read = statistics.median(read_probes)
    print(f"\nmachine: {cpu_model()}, {args.threads} threads, T = "
          f"{args.tokens}, read probe {read:.1f} GB/s (median of "
          f"{', '.join(f'{p:.1f}' for p in read_probes)}), load "
          f"{os.getloadavg()[0]:.2f}")
    print(f"{'chain':<18} {'dtype':<5} {'MB':>7} {'gqa ms':>8} "
          f"{'unfused':>8} {'no-pf ms':>9} {'torch ms':>9} {'vs torch':>8} "
          f"{'vs unfused':>10} {'vs no-pf':>8} "
          f"{'gqa/read':>9} {'unfused/read':>12} {'torch/read':>10} "
          f"{'max err':>9}")
    for chain, dtype_name in cases:
        base = os.path.join(args.work, f"{chain}_{dtype_name}")
        with open(base + ".json") as f:
            size = json.load(f)["bytes"]
        gqa = statistics.median(times[(chain, dtype_name)]["gqa"])
        unfused = statistics.median(times[(chain, dtype_name)]["unfused"])
        noprefetch = statistics.median(
            times[(chain, dtype_name)]["noprefetch"])
        torch_ms = statistics.median(times[(chain, dtype_name)]["torch"])
        print(f"{chain:<18} {dtype_name:<5} {size / 1e6:7.1f} {gqa:8.3f} "
              f"{unfused:8.3f} {noprefetch:9.3f} {torch_ms:9.3f} "
              f"{torch_ms / gqa:8.2f} {unfused / gqa:10.2f} "
              f"{noprefetch / gqa:8.2f} {size / gqa / 1e6 / read:9.2f} "
              f"{size / unfused / 1e6 / read:12.2f} "
              f"{size / torch_ms / 1e6 / read:10.2f} "
              f"{errors[(chain, dtype_name)]:9.2g}")


if __name__ == "__main__":
    sys.exit(main())
