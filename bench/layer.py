#!/usr/bin/env python3
"""A Llama-3-8B decoder layer compiled by gqa-compile against PyTorch eager.

The layer is Hugging Face's LlamaDecoderLayer at real sizes (hidden 4096,
32 query heads over 8 KV heads, D = 128, MLP 14336, SDPA attention) with
random weights, in three settings:

- prefill: 512 tokens, causal;
- decode: 1 token over a 4096-token cache;
- decode8: batch 8, 1 token each over a 4096-token cache;
- static: decode on a static cache of 4096 positions (Hugging Face's
  StaticCache): the step writes the new key and value into the cache inputs
  with index_copy_ at its position (the last, 4095) and attends over all
  4096 under an additive mask input. Compiled with --update-in-place, the
  entry writes the new row into the caller's cache;
- static_copy: the same graph compiled without it: every argument is
  read-only and the updated caches are out-parameters, so the step copies
  both caches (the baseline the in-place update removes);
- static8: static for a batch of 8 sequences at the same position, the
  caches updated in place.

Each is exported by torch-mlir with its weights as forward inputs
(torch.func.functional_call, as test/models/export_families.py's
WeightsAsInputs), compiled by `gqa-compile` (CPU pipeline) and linked into a
shared library that a worker process calls through ctypes, with its inputs
read by numpy (that worker never imports torch, whose GNU OpenMP would
otherwise take oneDNN's calls). PyTorch runs the
same module on the same inputs in another worker. The two alternate, round
after round (interleaved), each timing --calls calls; the script prints
median ms, the ratio, the load, the in-run read and FMA probes (gqa-run),
and for decode the bytes of weights and KV cache (each counted once) per
second as a fraction of the read probe. The compiled layer's output is
checked against PyTorch's.

The decode step concatenates the new key and value to the cache (what
DynamicCache does) and attends over 4097 positions; RoPE's cos and sin are
inputs. The bytes of a step count every weight and KV byte once (for
static_copy too: what it reads and writes more is its cost). Benchmark, not a test: nothing here is asserted.

    bench/layer.py [--build build] [--settings prefill decode decode8 ...]
                   [--dtypes f32 bf16] [--rounds 3] [--work /tmp/gqa-layer]
                   [--reuse]
"""
import argparse
import ctypes
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from machine import cpu_model, probes  # noqa: E402
ROOT = os.path.dirname(HERE)
HIDDEN, HEADS, KV_HEADS, HEAD_DIM, MLP = 4096, 32, 8, 128, 14336
SETTINGS = {"prefill": (1, 512, 0), "decode": (1, 1, 4096),
            "decode8": (8, 1, 4096), "static": (1, 1, 4096),
            "static_copy": (1, 1, 4096), "static8": (8, 1, 4096)}
STATIC = ("static", "static_copy", "static8")
IN_PLACE = ("static", "static8")


def make_module(setting, dtype):
    """The layer wrapped for `setting`, its example inputs and weights."""
    import torch
    from transformers import LlamaConfig
    from transformers.models.llama.modeling_llama import (
        LlamaDecoderLayer, LlamaRotaryEmbedding)

    torch.manual_seed(0)
    config = LlamaConfig(hidden_size=HIDDEN, intermediate_size=MLP,
                         num_attention_heads=HEADS, num_key_value_heads=KV_HEADS,
                         head_dim=HEAD_DIM, num_hidden_layers=1, vocab_size=64,
                         max_position_embeddings=8192, rms_norm_eps=1e-5)
    config._attn_implementation = "sdpa"
    layer = LlamaDecoderLayer(config, 0).eval().to(dtype)
    batch, tokens, past = SETTINGS[setting]
    if setting in STATIC:
        past -= tokens  # the new token takes the cache's last position
    positions = torch.arange(past, past + tokens).unsqueeze(0)
    cos, sin = LlamaRotaryEmbedding(config)(torch.zeros(1, dtype=dtype),
                                           positions)
    cos, sin = cos.expand(batch, -1, -1), sin.expand(batch, -1, -1)
    hidden = torch.randn(batch, tokens, HIDDEN, dtype=dtype)
    inputs = [hidden, cos.contiguous(), sin.contiguous()]
    if setting in STATIC:
        length = past + tokens
        shape = (batch, KV_HEADS, length, HEAD_DIM)
        mask = torch.zeros(batch, 1, tokens, length, dtype=dtype)
        mask[..., past + tokens:] = float("-inf")
        inputs += [mask, positions[0].clone(), torch.randn(shape, dtype=dtype),
                   torch.randn(shape, dtype=dtype)]
    elif past:
        shape = (batch, KV_HEADS, past, HEAD_DIM)
        inputs += [torch.randn(shape, dtype=dtype), torch.randn(shape, dtype=dtype)]

    class Cache:
        """DynamicCache's update: the new key and value appended."""

        def __init__(self, keys, values):
            self.keys, self.values = keys, values

        def update(self, key, value, layer_idx, **kwargs):
            return (torch.cat([self.keys, key], dim=2),
                    torch.cat([self.values, value], dim=2))

    class StaticCache:
        """StaticCache's update: the new key and value written in place at
        their positions, the whole cache attended."""

        def __init__(self, position, keys, values):
            self.position, self.keys, self.values = position, keys, values

        def update(self, key, value, layer_idx, **kwargs):
            self.keys.index_copy_(2, self.position, key)
            self.values.index_copy_(2, self.position, value)
            return self.keys, self.values

    class Step(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.layer = layer

        def forward(self, hidden, cos, sin, *kv):
            if setting in STATIC:
                mask, position, keys, values = kv
                return self.layer(hidden, attention_mask=mask,
                                  position_embeddings=(cos, sin),
                                  cache=StaticCache(position, keys, values))
            cache = Cache(*kv) if kv else None
            return self.layer(hidden, position_embeddings=(cos, sin),
                              cache=cache)

    step = Step()
    names = [name for name, _ in step.named_parameters()]
    weights = [p.detach().clone() for _, p in step.named_parameters()]

    class WithWeights(torch.nn.Module):
        def forward(self, *args):
            count = len(names)
            return torch.func.functional_call(
                step, dict(zip(names, args[-count:])), tuple(args[:-count]))

    return step, WithWeights(), inputs, weights


def export(setting, dtype_name, work):
    """Writes the layer's MLIR, inputs and PyTorch output under `work`."""
    import numpy as np
    import torch
    from torch_mlir import fx

    dtype = {"f32": torch.float32, "bf16": torch.bfloat16}[dtype_name]
    step, with_weights, inputs, weights = make_module(setting, dtype)
    base = os.path.join(work, f"{setting}_{dtype_name}")
    with torch.no_grad():
        module = fx.export_and_import(with_weights,
                                      *[t.clone() for t in inputs], *weights,
                                      output_type="linalg-on-tensors",
                                      func_name="forward")
    with open(base + ".mlir", "w") as f:
        f.write(str(module))
    # The compiled side's worker reads its inputs with numpy alone: a process
    # that imports torch has torch's GNU OpenMP in its global scope, and
    # oneDNN in libgqa_runtime would bind to that pool (docs/contractions.md).
    arrays = {}
    for i, t in enumerate(inputs + weights):
        t = t.contiguous()
        arrays[f"arg{i}"] = (t.view(torch.int16).numpy()
                             if t.dtype == torch.bfloat16 else t.numpy())
    np.savez(base + ".npz", **arrays)
    print(f"exported {base}.mlir", flush=True)


def compile_shared(mlir, out, build, flags):
    """gqa-compile `mlir` with `flags` into OUT.o and OUT.h, then link
    OUT.so with the link line the header names."""
    subprocess.run([os.path.join(build, "bin", "gqa-compile"), mlir,
                    "-o", out + ".o", "--header", out + ".h"] + flags,
                   check=True)
    link = ""
    with open(out + ".h") as f:
        for line in f:
            if "c++ your_program.cpp OBJECT.o" in line:
                link = line.split("OBJECT.o", 1)[1].strip()
    subprocess.run(f"clang++-22 -shared -o {out}.so {out}.o {link}",
                   shell=True, check=True)


def compile_layer(setting, dtype_name, work, build):
    base = os.path.join(work, f"{setting}_{dtype_name}")
    flags = ["--update-in-place"] if setting in IN_PLACE else []
    compile_shared(base + ".mlir", base, build, flags)


def descriptor(array):
    """A ranked memref descriptor (allocated, aligned, offset, sizes,
    strides) of a numpy array."""
    rank = array.ndim

    class Memref(ctypes.Structure):
        _fields_ = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p),
                    ("offset", ctypes.c_int64),
                    ("sizes", ctypes.c_int64 * rank),
                    ("strides", ctypes.c_int64 * rank)]

    pointer = array.ctypes.data
    strides = [s // array.itemsize for s in array.strides]
    return Memref(pointer, pointer, 0, (ctypes.c_int64 * rank)(*array.shape),
                  (ctypes.c_int64 * rank)(*strides))


def to_f32(array):
    """f32 values of an f32 array or of bf16 bits held as int16."""
    import numpy as np
    if array.dtype == np.float32:
        return array
    return (array.astype(np.uint16).astype(np.uint32) << 16).view(np.float32)


def torch_worker(step, base, calls):
    import numpy as np
    import torch
    data = np.load(base + ".npz")
    bf16 = data["arg0"].dtype == np.int16
    count = len(data.files) - len(list(step.parameters()))
    inputs = [torch.from_numpy(data[f"arg{i}"]) for i in range(count)]
    if bf16:
        inputs = [t.view(torch.bfloat16) if t.dtype == torch.int16 else t
                  for t in inputs]

    def call():
        with torch.no_grad():
            return step(*inputs)
    result = time_calls(call, calls)
    np.save(base + ".expected.npy", result[1].float().numpy())
    return result[0], None


def gqa_worker(base, calls):
    import numpy as np
    data = np.load(base + ".npz")
    arrays = [data[f"arg{i}"] for i in range(len(data.files))]
    lib = ctypes.CDLL(base + ".so")
    entry = lib._mlir_ciface_forward
    entry.restype = ctypes.c_int32
    # One buffer per out-parameter of the header (the layer's output last;
    # the updated caches before it unless they are updated in place).
    outs = [np.empty(shape, dtype=arrays[0].dtype)
            for shape in out_shapes(base + ".h")]
    out = outs[-1]
    args = [descriptor(a) for a in arrays] + [descriptor(o) for o in outs]
    pointers = [ctypes.byref(a) for a in args]

    def call():
        status = entry(*pointers)
        if status != 0:
            raise RuntimeError(f"entry returned status {status}")
        return out
    ms, result = time_calls(call, calls)
    expected = np.load(base + ".expected.npy")
    return ms, float(np.abs(to_f32(result) - expected).max())


def out_shapes(header):
    """The shapes of the out-parameters of @forward in `header`."""
    shapes = []
    with open(header) as f:
        for line in f:
            if line.startswith("/* @") and shapes:
                break
            if line.startswith(" *   out") and "sizes {" in line:
                sizes = line.split("sizes {", 1)[1].split("}", 1)[0]
                shapes.append(tuple(int(s) for s in sizes.split(",")))
    return shapes


def time_calls(call, calls):
    """Median ms of `calls` calls after one warm-up call, and its result."""
    result = call()
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3, result


def worker(kind, setting, dtype_name, work, calls, threads):
    """Times `calls` calls of one side; prints one JSON line. The gqa side
    never imports torch."""
    base = os.path.join(work, f"{setting}_{dtype_name}")
    if kind == "torch":
        import torch
        torch.set_num_threads(threads)
        dtype = {"f32": torch.float32, "bf16": torch.bfloat16}[dtype_name]
        step = make_module(setting, dtype)[0]
        ms, error = torch_worker(step, base, calls)
    else:
        ms, error = gqa_worker(base, calls)
    print(json.dumps({"ms": ms, "error": error}))


def step_bytes(setting, dtype_name):
    """Weights plus KV cache, each byte once."""
    element = 4 if dtype_name == "f32" else 2
    weights = (2 * HIDDEN * HIDDEN + 2 * HIDDEN * KV_HEADS * HEAD_DIM +
               3 * HIDDEN * MLP + 2 * HIDDEN)
    batch, _, past = SETTINGS[setting]
    kv = 2 * batch * KV_HEADS * past * HEAD_DIM
    return (weights + kv) * element


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--settings", nargs="+", default=list(SETTINGS))
    parser.add_argument("--dtypes", nargs="+", default=["f32", "bf16"])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=0,
                        help="calls per worker (default 3 prefill, 10 decode)")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--work", default="/tmp/gqa-layer")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the exports and objects already in --work "
                        "(made by an earlier run of the same build)")
    parser.add_argument("--reuse-exports", action="store_true",
                        help="keep the exports already in --work, compile "
                        "them again")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, setting, dtype_name = args.worker
        return worker(kind, setting, dtype_name, args.work, args.calls,
                      args.threads)

    os.makedirs(args.work, exist_ok=True)
    build = os.path.abspath(args.build)
    model = cpu_model()
    print(f"machine: {model}, {args.threads} threads")
    for setting in args.settings:
        for dtype_name in args.dtypes:
            base = os.path.join(args.work, f"{setting}_{dtype_name}")
            if args.reuse and os.path.exists(base + ".so"):
                continue
            if not (args.reuse_exports and os.path.exists(base + ".npz")):
                export(setting, dtype_name, args.work)
            compile_layer(setting, dtype_name, args.work, build)
    rows = []
    for setting in args.settings:
        calls = args.calls or (3 if setting == "prefill" else 10)
        for dtype_name in args.dtypes:
            times = {"gqa": [], "torch": []}
            errors, read, fma = [], [], []
            for r in range(args.rounds):
                gbps, gflops = probes(build)
                read.append(gbps)
                fma.append(gflops)
                for kind in ("torch", "gqa"):
                    out = subprocess.run(
                        [sys.executable, __file__, "--worker", kind, setting,
                         dtype_name, "--work", args.work, "--calls",
                         str(calls), "--threads", str(args.threads)],
                        check=True, capture_output=True, text=True).stdout
                    row = json.loads(out.strip().splitlines()[-1])
                    times[kind].append(row["ms"])
                    if row["error"] is not None:
                        errors.append(row["error"])
                print(f"{setting} {dtype_name} round {r + 1}: load "
                      f"{os.getloadavg()[0]:.2f}, gqa {times['gqa'][-1]:.2f} ms, "
                      f"torch {times['torch'][-1]:.2f} ms", flush=True)
            gqa, torch_ms = statistics.median(times["gqa"]), statistics.median(times["torch"])
            read_probe = statistics.median(read)
            fraction = step_bytes(setting, dtype_name) / gqa / 1e6 / read_probe
            rows.append((setting, dtype_name, gqa, torch_ms, torch_ms / gqa,
                         fraction, read_probe, statistics.median(fma),
                         max(errors) if errors else float("nan")))
    print(f"\n{'setting':8s} {'dtype':5s} {'gqa ms':>9s} {'torch ms':>9s} "
          f"{'speedup':>8s} {'bytes/read':>10s} {'read GB/s':>9s} "
          f"{'FMA GF/s':>8s} {'max err':>9s}")
    for row in rows:
        print(f"{row[0]:8s} {row[1]:5s} {row[2]:9.2f} {row[3]:9.2f} "
              f"{row[4]:8.2f} {row[5]:10.2f} {row[6]:9.1f} {row[7]:8.0f} "
              f"{row[8]:9.2e}")


if __name__ == "__main__":
    main()
