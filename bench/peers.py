#!/usr/bin/env python3
"""Decode and prefill attention: gqa-run --bench against peer CPU systems,
interleaved.

Peers (each on THREADS threads, each in a fresh process per measurement):

- torch: PyTorch `scaled_dot_product_attention`, GQA both ways
  (`enable_gqa=True`, and K/V repeated to the query heads inside the timed
  call, as transformers' repeat_kv does); the faster median counts;
- ort: ONNX Runtime's CPU execution provider on a one-node ONNX graph built
  here: the opset-23 `Attention` op (`q_num_heads`/`kv_num_heads` implied by
  the 4-D shapes), intra_op_num_threads=THREADS;
- iree: an attention written here as MLIR, compiled with iree-compile for
  the local CPU (llvm-cpu, target-cpu=host) and run in-process by the IREE
  runtime (local-task, a task topology of THREADS workers), two ways, the
  faster counting: IREE's fused `iree_linalg_ext.attention` op (what its
  torch and ONNX importers lower SDPA to), and plain unfused linalg (Q K^T,
  `linalg.softmax`, P V, accumulating in f32); both take GQA through their
  indexing maps (Q viewed as [B*Hkv, G, Sq, D], no K/V repeat);
- ggml: `ggml_flash_attn_ext` (llama.cpp's attention), timed by
  bench/peers_ggml.cpp, Q in f32 and K/V in the row's dtype, against the ggml
  that bench/peers_setup.sh builds.

Every row is the causal, bottom-right aligned problem of the standard suite
(`gqa-run --bench-suite standard`); a decode row attends every key (or the
last WINDOW + 1 keys of a sliding-window row), a prefill row (Sq = Skv) is
causal. A peer gets the row as its own API states it: `is_causal` where Sq =
Skv (torch, ort), an explicit mask otherwise (torch, ort: boolean; iree,
ggml: additive 0/-inf; iree's causal prefill too). The sliding-window row
hands the peers the whole 16k cache and a mask, as the row states it; gqa
reads only the window's keys, where the peers (but ggml, which skips masked
keys) compute every key.

Each ROUND runs every row in turn: gqa-run (`--bench SPEC --json`, its own
median), then each peer (the median of at least CALLS calls and MIN_TIME
seconds after a warm-up). As gqa-run does, the peers' calls rotate over
enough copies of the inputs that one pass touches at least 256 MiB, so a
decode reads its K/V from memory. All peers see the same inputs (Q and K
uniform in [-2, 2), V in [-1, 1), rounded to the dtype); in the first round
each peer's output is compared with a float64 reference on those inputs (max
absolute error; scale 1/sqrt(D), causal and the window as in the row).
Prints the load average before every measurement, then per row the medians
over rounds, the ratio peer ms / gqa ms (above 1: gqa is faster), and
gqa-run's in-run probes; gqa-run's own inputs are its seeded ones (its
numerics are checked by check-gqa, not here). A peer that is missing or
rejects a row (ort: no bf16 Attention kernel on the CPU EP) is skipped
with its reason, as is one that fails in a later round (its earlier
rounds still count).

    bench/peers_setup.sh              # once: pip installs, ggml build
    bench/peers.py [--build build] [--threads 2] [--rounds 3] [--rows A,B]
                   [--peers torch,ort,iree,ggml] [--json OUT]
"""
import argparse
import hashlib
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import machine  # noqa: E402

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))

ROWS = [
    # name, batch, query heads, KV heads, query length, KV length, head dim,
    # dtype, window (-1: none); the standard suite's decode rows, then its
    # f32/f16 prefill rows.
    ("llama3-decode-b1-8k-f32", 1, 32, 8, 1, 8192, 128, "f32", -1),
    ("llama3-decode-b1-8k-f16", 1, 32, 8, 1, 8192, 128, "f16", -1),
    ("llama3-decode-b1-8k-bf16", 1, 32, 8, 1, 8192, 128, "bf16", -1),
    ("llama3-decode-b1-32k-f32", 1, 32, 8, 1, 32768, 128, "f32", -1),
    ("llama3-decode-b1-32k-f16", 1, 32, 8, 1, 32768, 128, "f16", -1),
    ("llama3-decode-b8-4k-f16", 8, 32, 8, 1, 4096, 128, "f16", -1),
    ("mistral-swa-decode-16k-f16", 1, 32, 8, 1, 16384, 128, "f16", 4095),
    ("falcon-mqa-decode-8k-f16", 1, 71, 1, 1, 8192, 64, "f16", -1),
    ("llama3-prefill-2k-f16", 1, 32, 8, 2048, 2048, 128, "f16", -1),
    ("llama3-prefill-2k-f32", 1, 32, 8, 2048, 2048, 128, "f32", -1),
    ("mha-d64-prefill-1k-f16", 1, 16, 16, 1024, 1024, 64, "f16", -1),
]
PEERS = ("torch", "ort", "iree", "ggml")
ELEMENT_BYTES = {"f32": 4, "f16": 2, "bf16": 2}
ROTATE_BYTES = 256 << 20


class Row:
    def __init__(self, t):
        (self.name, self.b, self.hq, self.hkv, self.sq, self.skv, self.d,
         self.dtype, self.window) = t

    @property
    def spec(self):
        """The spec of the suite row, as BenchMode.cpp's getSpec writes it."""
        spec = (f"b={self.b},hq={self.hq},hkv={self.hkv},sq={self.sq},"
                f"skv={self.skv},d={self.d},dtype={self.dtype},causal=1")
        if self.sq == 1:
            spec += ",alignment=bottom_right"
        if self.window >= 0:
            spec += f",window={self.window}"
        return spec

    @property
    def is_causal(self):
        """Whether a top-left `is_causal` flag states the row exactly: the
        row is causal with bottom-right alignment, which is the top-left
        triangle when Sq = Skv; a decode (Sq = 1) attends every key."""
        return self.sq == self.skv and self.sq > 1

    @property
    def needs_mask(self):
        """Whether the row needs an explicit mask: a window, or a causal
        problem with 1 < Sq < Skv (none in the suite)."""
        return self.window >= 0 or (1 < self.sq < self.skv)

    def allowed(self):
        """Boolean [Sq, Skv]: may query row i attend key j (bottom-right)."""
        import numpy as np
        p = np.arange(self.sq)[:, None] + self.skv - self.sq
        j = np.arange(self.skv)[None, :]
        ok = j <= p
        if self.window >= 0:
            ok &= j >= p - self.window
        return ok

    def call_bytes(self, element_bytes):
        """Bytes of Q, K, V and the output of one call."""
        return element_bytes * (2 * self.b * self.hq * self.sq * self.d +
                                2 * self.b * self.hkv * self.skv * self.d)

    def copies(self, element_bytes):
        return max(1, math.ceil(ROTATE_BYTES / self.call_bytes(element_bytes)))


def load():
    return os.getloadavg()[0]


def worker_env(threads):
    return dict(os.environ, OMP_NUM_THREADS=str(threads),
                MKL_NUM_THREADS=str(threads),
                OPENBLAS_NUM_THREADS=str(threads))


#===----------------------------------------------------------------------===#
# Inputs and the reference
#===----------------------------------------------------------------------===#

def round_to(x, dtype):
    """float32 array `x` rounded to `dtype`, returned as float32."""
    import numpy as np
    if dtype == "f32":
        return x.astype(np.float32)
    if dtype == "f16":
        return x.astype(np.float16).astype(np.float32)
    # bf16: round to nearest even on the upper 16 bits.
    u = x.astype(np.float32).view(np.uint32)
    u = ((u + np.uint32(0x7FFF) + ((u >> 16) & 1)) >> 16) << 16
    return u.astype(np.uint32).view(np.float32)


def bf16_bits(x):
    """float32 array `x`, already rounded to bf16, as its bf16 bits
    (uint16), for the runtimes that take bf16 as raw 16-bit data."""
    import numpy as np
    return (np.ascontiguousarray(x, dtype=np.float32).view(np.uint32)
            >> 16).astype(np.uint16)


def from_bf16_bits(x):
    import numpy as np
    return (x.astype(np.uint32) << 16).view(np.float32)


def prepare_row(row, root):
    """Writes q.f32, k.f32, v.f32 (rounded to the dtype) and ref.npy (the
    float64 reference, as float64) into root/NAME; returns that folder."""
    import numpy as np
    folder = os.path.join(root, row.name)
    stamp = os.path.join(folder, "ready")
    if os.path.exists(stamp) and open(stamp).read() == row.spec:
        return folder
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(20261124)
    q = round_to(rng.uniform(-2, 2, (row.b, row.hq, row.sq, row.d))
                 .astype(np.float32), row.dtype)
    k = round_to(rng.uniform(-2, 2, (row.b, row.hkv, row.skv, row.d))
                 .astype(np.float32), row.dtype)
    v = round_to(rng.uniform(-1, 1, (row.b, row.hkv, row.skv, row.d))
                 .astype(np.float32), row.dtype)
    for name, x in (("q", q), ("k", k), ("v", v)):
        x.tofile(os.path.join(folder, name + ".f32"))
    np.save(os.path.join(folder, "ref.npy"), reference(row, q, k, v))
    with open(stamp, "w") as f:
        f.write(row.spec)
    return folder


def reference(row, q, k, v):
    """float64 attention [B, Hq, Sq, D]: query head h reads KV head
    h // (Hq / Hkv), scale 1/sqrt(D), the row's causal/window mask."""
    import numpy as np
    g = row.hq // row.hkv
    allowed = row.allowed()
    out = np.empty((row.b, row.hq, row.sq, row.d), dtype=np.float64)
    scale = 1.0 / math.sqrt(row.d)
    for b in range(row.b):
        for h in range(row.hkv):
            qs = q[b, h * g:(h + 1) * g].astype(np.float64)  # [G, Sq, D]
            kh = k[b, h].astype(np.float64)
            vh = v[b, h].astype(np.float64)
            s = (qs.reshape(g * row.sq, row.d) @ kh.T).reshape(
                g, row.sq, row.skv) * scale
            s = np.where(allowed[None], s, -np.inf)
            s -= s.max(axis=-1, keepdims=True)
            np.exp(s, out=s)
            s /= s.sum(axis=-1, keepdims=True)
            out[b, h * g:(h + 1) * g] = (
                s.reshape(g * row.sq, row.skv) @ vh).reshape(g, row.sq, row.d)
    return out


#===----------------------------------------------------------------------===#
# Workers: one process per measurement, run as `peers.py --worker PEER ...`
#===----------------------------------------------------------------------===#

def load_inputs(folder, row):
    import numpy as np
    q = np.fromfile(os.path.join(folder, "q.f32"), dtype=np.float32).reshape(
        row.b, row.hq, row.sq, row.d)
    k = np.fromfile(os.path.join(folder, "k.f32"), dtype=np.float32).reshape(
        row.b, row.hkv, row.skv, row.d)
    v = np.fromfile(os.path.join(folder, "v.f32"), dtype=np.float32).reshape(
        row.b, row.hkv, row.skv, row.d)
    return q, k, v


def time_calls(fn, copies, calls, min_time):
    """Warm-up over every copy, then the median ms of at least `calls` calls
    and `min_time` seconds, the calls rotating over the copies."""
    for i in range(max(2, copies)):
        fn(i % copies)
    times = []
    start = time.perf_counter()
    i = 0
    while (len(times) < calls or time.perf_counter() - start < min_time) \
            and len(times) < 1000:
        t0 = time.perf_counter()
        fn(i % copies)
        times.append(time.perf_counter() - t0)
        i += 1
    return statistics.median(times) * 1e3, len(times)


def max_error(folder, out):
    import numpy as np
    ref = np.load(os.path.join(folder, "ref.npy"))
    return float(np.max(np.abs(np.asarray(out, dtype=np.float64) - ref)))


def finish_variants(result, best, copies, check):
    """The faster variant (name, ms, calls) counts: its time, and its error
    when checked."""
    result.update(variant=best[0], ms=best[1], calls=best[2], copies=copies)
    if check:
        result["max_abs_err"] = result["err_" + best[0]]
    return result


def worker_torch(row, folder, args):
    import numpy as np
    import torch
    import torch.nn.functional as F
    torch.set_num_threads(args.threads)
    dt = {"bf16": torch.bfloat16, "f16": torch.float16,
          "f32": torch.float32}[row.dtype]
    q, k, v = load_inputs(folder, row)
    n = row.copies(ELEMENT_BYTES[row.dtype])
    qs = [torch.from_numpy(q).to(dt) for _ in range(n)]
    ks = [torch.from_numpy(k).to(dt) for _ in range(n)]
    vs = [torch.from_numpy(v).to(dt) for _ in range(n)]
    mask = torch.from_numpy(row.allowed()) if row.needs_mask else None
    g = row.hq // row.hkv

    def gqa(i):
        return F.scaled_dot_product_attention(
            qs[i], ks[i], vs[i], attn_mask=mask, is_causal=row.is_causal,
            enable_gqa=True)

    def repeated(i):
        kr = ks[i].repeat_interleave(g, dim=1)
        vr = vs[i].repeat_interleave(g, dim=1)
        return F.scaled_dot_product_attention(
            qs[i], kr, vr, attn_mask=mask, is_causal=row.is_causal)

    result = {"version": torch.__version__}
    best = None
    with torch.inference_mode():
        for name, fn in (("enable_gqa", gqa), ("repeat_kv", repeated)):
            ms, calls = time_calls(fn, n, args.calls, args.min_time)
            result["ms_" + name] = ms
            if args.check:
                result["err_" + name] = max_error(
                    folder, fn(0).float().numpy().astype(np.float64))
            if best is None or ms < best[1]:
                best = (name, ms, calls)
    return finish_variants(result, best, n, args.check)


def ort_model(row):
    """A one-node ONNX model: opset-23 Attention on 4-D Q/K/V."""
    import onnx
    from onnx import TensorProto, helper
    et = {"f32": TensorProto.FLOAT, "f16": TensorProto.FLOAT16,
          "bf16": TensorProto.BFLOAT16}[row.dtype]
    inputs = [
        helper.make_tensor_value_info("Q", et, [row.b, row.hq, row.sq, row.d]),
        helper.make_tensor_value_info("K", et,
                                      [row.b, row.hkv, row.skv, row.d]),
        helper.make_tensor_value_info("V", et,
                                      [row.b, row.hkv, row.skv, row.d]),
    ]
    names = ["Q", "K", "V"]
    if row.needs_mask:
        inputs.append(helper.make_tensor_value_info(
            "mask", TensorProto.BOOL, [row.sq, row.skv]))
        names.append("mask")
    output = helper.make_tensor_value_info("Y", et,
                                           [row.b, row.hq, row.sq, row.d])
    node = helper.make_node("Attention", names, ["Y"],
                            is_causal=int(row.is_causal),
                            scale=1.0 / math.sqrt(row.d))
    graph = helper.make_graph([node], "attention", inputs, [output])
    model = helper.make_model(graph,
                              opset_imports=[helper.make_opsetid("", 23)])
    onnx.checker.check_model(model)
    return model.SerializeToString()


def worker_ort(row, folder, args):
    import numpy as np
    import onnxruntime as ort
    from onnx import TensorProto
    options = ort.SessionOptions()
    options.intra_op_num_threads = args.threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    session = ort.InferenceSession(ort_model(row), options,
                                   providers=["CPUExecutionProvider"])

    def value(x):
        if row.dtype == "bf16":
            return ort.OrtValue.ortvalue_from_numpy_with_onnx_type(
                bf16_bits(x), TensorProto.BFLOAT16)
        npdt = {"f32": np.float32, "f16": np.float16}[row.dtype]
        return ort.OrtValue.ortvalue_from_numpy(x.astype(npdt))

    q, k, v = load_inputs(folder, row)
    n = row.copies(ELEMENT_BYTES[row.dtype])
    feeds = []
    for _ in range(n):
        feed = {"Q": value(q), "K": value(k), "V": value(v)}
        if row.needs_mask:
            feed["mask"] = ort.OrtValue.ortvalue_from_numpy(row.allowed())
        feeds.append(feed)

    def call(i):
        return session.run_with_ort_values(["Y"], feeds[i])

    ms, calls = time_calls(call, n, args.calls, args.min_time)
    result = {"version": ort.__version__, "variant": "Attention(opset 23)",
              "ms": ms, "calls": calls, "copies": n}
    if args.check:
        out = call(0)[0]
        out = (from_bf16_bits(np.asarray(out.numpy()).view(np.uint16))
               if row.dtype == "bf16" else out.numpy())
        result["max_abs_err"] = max_error(folder, out)
    return result


IREE_FUNCTIONS = ("attention_op", "attention_linalg")
IREE_FLAGS = ["--iree-hal-target-device=local",
              "--iree-hal-local-target-device-backends=llvm-cpu",
              "--iree-llvmcpu-target-cpu=host"]


def iree_mlir(row, functions=IREE_FUNCTIONS):
    """The IREE module: the same attention twice, on Q [B*Hkv, G, Sq, D]
    (query head h * G + g reads KV head h, no K/V repeat), K/V
    [B*Hkv, Skv, D] and, where the row needs one, an additive mask [Sq, Skv]
    of 0 / -inf, returning [B*Hkv, G, Sq, D] (= [B, Hq, Sq, D]):

    - @attention_op: IREE's fused `iree_linalg_ext.attention` (what its
      torch and ONNX importers lower SDPA to), GQA through its indexing maps;
    - @attention_linalg: plain linalg, unfused: Q K^T as a contraction
      accumulating in f32, scale and mask, `linalg.softmax`, P V accumulating
      in f32, one rounding to the dtype.
    """
    g = row.hq // row.hkv
    bh = row.b * row.hkv
    et = row.dtype
    mask = row.needs_mask or row.is_causal
    tq = f"tensor<{bh}x{g}x{row.sq}x{row.d}x{et}>"
    tkv = f"tensor<{bh}x{row.skv}x{row.d}x{et}>"
    tm = f"tensor<{row.sq}x{row.skv}x{et}>"
    ts = f"tensor<{bh}x{g}x{row.sq}x{row.skv}xf32>"
    to = f"tensor<{bh}x{g}x{row.sq}x{row.d}xf32>"
    args = f"%q: {tq}, %k: {tkv}, %v: {tkv}" + (f", %mask: {tm}"
                                                if mask else "")
    scale = repr(1.0 / math.sqrt(row.d))

    out = []
    if "attention_op" in functions:
        dims = "(b, g, m, n, k1, k2)"
        maps = [f"affine_map<{dims} -> (b, g, m, k1)>",
                f"affine_map<{dims} -> (b, k2, k1)>",
                f"affine_map<{dims} -> (b, k2, n)>",
                f"affine_map<{dims} -> ()>"]
        if mask:
            maps.append(f"affine_map<{dims} -> (m, k2)>")
        maps.append(f"affine_map<{dims} -> (b, g, m, n)>")
        ins = "%q, %k, %v, %scale" + (", %mask" if mask else "")
        ins_types = f"{tq}, {tkv}, {tkv}, {et}" + (f", {tm}" if mask else "")
        sep = ",\n      "
        out.append(f"""func.func @attention_op({args}) -> {tq} {{
  %scale = arith.constant {scale} : {et}
  %empty = tensor.empty() : {tq}
  %out = iree_linalg_ext.attention <{{indexing_maps = [
      {sep.join(maps)}]}}>
      ins({ins} : {ins_types})
      outs(%empty : {tq}) {{
    ^bb0(%score: f32):
      iree_linalg_ext.yield %score : f32
  }} -> {tq}
  return %out : {tq}
}}
""")
    if "attention_linalg" in functions:
        def to_f32(value):
            return (f"arith.extf {value} : {et} to f32" if et != "f32"
                    else None)

        def f32(value, name):
            conv = to_f32(value)
            return (f"      %{name} = {conv}\n", f"%{name}") if conv else \
                ("", value)

        qa, qv = f32("%a", "af")
        ka, kv = f32("%b", "bf")
        va, vv = f32("%b", "bf")
        if mask:
            ma, mv = f32("%mk", "mf")
            mask_in = f"ins(%s, %mask : {ts}, {tm})"
            mask_map = ", affine_map<(b, g, m, k2) -> (m, k2)>"
            mask_args = f"%x: f32, %mk: {et}, %o: f32"
            mask_body = (f"{ma}      %xs = arith.mulf %x, %scale : f32\n"
                         f"      %xm = arith.addf %xs, {mv} : f32\n"
                         f"      linalg.yield %xm : f32\n")
        else:
            mask_in = f"ins(%s : {ts})"
            mask_map = ""
            mask_args = "%x: f32, %o: f32"
            mask_body = ("      %xs = arith.mulf %x, %scale : f32\n"
                         "      linalg.yield %xs : f32\n")
        if et != "f32":
            trunc = f"arith.truncf %x : f32 to {et}"
        else:
            trunc = "arith.addf %x, %zero : f32"
        out.append(f"""func.func @attention_linalg({args}) -> {tq} {{
  %zero = arith.constant 0.0 : f32
  %scale = arith.constant {scale} : f32
  %es = tensor.empty() : {ts}
  %s0 = linalg.fill ins(%zero : f32) outs(%es : {ts}) -> {ts}
  %s = linalg.generic {{indexing_maps = [
        affine_map<(b, g, m, k2, k1) -> (b, g, m, k1)>,
        affine_map<(b, g, m, k2, k1) -> (b, k2, k1)>,
        affine_map<(b, g, m, k2, k1) -> (b, g, m, k2)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel",
                        "reduction"]}}
      ins(%q, %k : {tq}, {tkv}) outs(%s0 : {ts}) {{
    ^bb0(%a: {et}, %b: {et}, %c: f32):
{qa}{ka}      %p = arith.mulf {qv}, {kv} : f32
      %r = arith.addf %c, %p : f32
      linalg.yield %r : f32
  }} -> {ts}
  %sm = linalg.generic {{indexing_maps = [
        affine_map<(b, g, m, k2) -> (b, g, m, k2)>{mask_map},
        affine_map<(b, g, m, k2) -> (b, g, m, k2)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}}
      {mask_in} outs(%es : {ts}) {{
    ^bb0({mask_args}):
{mask_body}  }} -> {ts}
  %p = linalg.softmax dimension(3) ins(%sm : {ts}) outs(%es : {ts}) -> {ts}
  %eo = tensor.empty() : {to}
  %o0 = linalg.fill ins(%zero : f32) outs(%eo : {to}) -> {to}
  %o = linalg.generic {{indexing_maps = [
        affine_map<(b, g, m, n, k2) -> (b, g, m, k2)>,
        affine_map<(b, g, m, n, k2) -> (b, k2, n)>,
        affine_map<(b, g, m, n, k2) -> (b, g, m, n)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel",
                        "reduction"]}}
      ins(%p, %v : {ts}, {tkv}) outs(%o0 : {to}) {{
    ^bb0(%a: f32, %b: {et}, %c: f32):
{va}      %pv = arith.mulf %a, {vv} : f32
      %r = arith.addf %c, %pv : f32
      linalg.yield %r : f32
  }} -> {to}
  %er = tensor.empty() : {tq}
  %res = linalg.generic {{indexing_maps = [
        affine_map<(b, g, m, n) -> (b, g, m, n)>,
        affine_map<(b, g, m, n) -> (b, g, m, n)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}}
      ins(%o : {to}) outs(%er : {tq}) {{
    ^bb0(%x: f32, %y: {et}):
      %t = {trunc}
      linalg.yield %t : {et}
  }} -> {tq}
  return %res : {tq}
}}
""")
    return "\n".join(out)


def iree_compile(row, work):
    """Compiles the row's module (cached by its text); returns the .vmfb
    path and the functions it holds. When the two functions do not compile
    together, each is tried alone; raises when neither compiles."""
    compiler = shutil.which("iree-compile", path=os.path.dirname(
        sys.executable)) or shutil.which("iree-compile")
    if not compiler:
        raise RuntimeError("iree-compile not found (pip install "
                           "iree-base-compiler)")
    folder = os.path.join(work, "iree")
    os.makedirs(folder, exist_ok=True)
    errors = []
    for functions in (IREE_FUNCTIONS,) + tuple((f,) for f in IREE_FUNCTIONS):
        text = iree_mlir(row, functions)
        key = hashlib.sha256((text + " ".join(IREE_FLAGS)).encode()
                             ).hexdigest()[:16]
        vmfb = os.path.join(folder, f"{row.name}-{key}.vmfb")
        if os.path.exists(vmfb):
            return vmfb, functions
        source = os.path.join(folder, f"{row.name}-{key}.mlir")
        with open(source, "w") as f:
            f.write(text)
        proc = subprocess.run([compiler, source, "-o", vmfb + ".tmp"] +
                              IREE_FLAGS, capture_output=True, text=True)
        if proc.returncode == 0:
            os.replace(vmfb + ".tmp", vmfb)
            return vmfb, functions
        lines = proc.stderr.strip().splitlines()
        errors.append(f"{'+'.join(functions)}: " +
                      (lines[0][:300] if lines else f"exit {proc.returncode}"))
    raise RuntimeError("iree-compile failed: " + "; ".join(errors))


def worker_iree(row, folder, args):
    import numpy as np
    import iree.runtime as rt
    rt.flags.parse_flags(f"--task_topology_group_count={args.threads}")
    config = rt.Config(driver_name="local-task")
    context = rt.SystemContext(config=config)
    with open(args.vmfb, "rb") as f:
        context.add_vm_module(rt.VmModule.copy_buffer(context.instance,
                                                      f.read()))
    device = config.device
    g = row.hq // row.hkv
    bh = row.b * row.hkv

    def array(x):
        """A device buffer view of `x` in the row's element type."""
        if row.dtype == "bf16":
            data, et = bf16_bits(x), rt.HalElementType.BFLOAT_16
        elif row.dtype == "f16":
            data, et = x.astype(np.float16), rt.HalElementType.FLOAT_16
        else:
            data, et = x.astype(np.float32), rt.HalElementType.FLOAT_32
        return device.allocator.allocate_buffer_copy(
            memory_type=rt.MemoryType.DEVICE_LOCAL,
            allowed_usage=rt.BufferUsage.DEFAULT, device=device,
            buffer=np.ascontiguousarray(data), element_type=et)

    q, k, v = load_inputs(folder, row)
    q = q.reshape(bh, g, row.sq, row.d)
    k = k.reshape(bh, row.skv, row.d)
    v = v.reshape(bh, row.skv, row.d)
    mask = None
    if row.needs_mask or row.is_causal:
        mask = np.where(row.allowed(), 0.0, -np.inf).astype(np.float32)
    n = row.copies(ELEMENT_BYTES[row.dtype])
    feeds = []
    for _ in range(n):
        feed = [array(q), array(k), array(v)]
        if mask is not None:
            feed.append(array(mask))
        feeds.append(feed)

    from importlib import metadata
    result = {"version": metadata.version("iree-base-runtime")}
    best = None
    for name in args.iree_functions.split(","):
        fn = context.modules.module[name]

        def call(i, fn=fn):
            return fn(*feeds[i])

        ms, calls = time_calls(call, n, args.calls, args.min_time)
        result["ms_" + name] = ms
        if args.check:
            out = call(0)
            if isinstance(out, rt.HalBufferView):
                out = rt.DeviceArray(device, out, override_dtype=np.uint16
                                     if row.dtype == "bf16" else None)
            out = out.to_host()
            if row.dtype == "bf16":
                out = from_bf16_bits(out.view(np.uint16))
            result["err_" + name] = max_error(
                folder, out.reshape(row.b, row.hq, row.sq, row.d))
        if best is None or ms < best[1]:
            best = (name, ms, calls)
    return finish_variants(result, best, n, args.check)


def run_worker(args):
    row = Row(next(r for r in ROWS if r[0] == args.row))
    fn = {"torch": worker_torch, "ort": worker_ort,
          "iree": worker_iree}[args.worker]
    try:
        result = fn(row, args.folder, args)
    except Exception as e:  # noqa: BLE001
        # One line for the driver's skip reason: the exception's first line
        # that says something (IREE's messages end with a stack of frames).
        lines = [line.strip() for line in str(e).splitlines() if line.strip()]
        result = {"error": f"{type(e).__name__}: " +
                  (lines[0] if lines else "")[:400]}
    print(json.dumps(result))
    return 0


#===----------------------------------------------------------------------===#
# ggml: build bench/peers_ggml.cpp against the ggml of bench/peers_setup.sh
#===----------------------------------------------------------------------===#

def ggml_binary(ggml_dir, work):
    """The timing program, compiled if missing or older than its source;
    raises with the reason when ggml is not installed or it fails."""
    include = os.path.join(ggml_dir, "include", "ggml.h")
    lib = os.path.join(ggml_dir, "lib")
    if not os.path.exists(include):
        raise RuntimeError(f"no ggml in {ggml_dir} (run bench/peers_setup.sh)")
    source = os.path.join(BENCH_DIR, "peers_ggml.cpp")
    binary = os.path.join(work, "peers_ggml")
    if os.path.exists(binary) and \
            os.path.getmtime(binary) >= os.path.getmtime(source):
        return binary
    cxx = shutil.which("clang++-22") or shutil.which("g++")
    if not cxx:
        raise RuntimeError("no clang++-22 or g++ to build peers_ggml.cpp")
    os.makedirs(work, exist_ok=True)
    proc = subprocess.run(
        [cxx, "-O2", "-std=c++17", source, "-I", os.path.dirname(include),
         "-L", lib, "-lggml", "-lggml-base", "-lggml-cpu",
         "-Wl,-rpath," + lib, "-o", binary], capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError("building peers_ggml.cpp failed: " +
                           proc.stderr.strip()[:300])
    return binary


def ggml_version(ggml_dir):
    """ggml's version, and the sdist it came from (peers_setup.sh)."""
    version = "?"
    path = os.path.join(ggml_dir, "lib", "cmake", "ggml",
                        "ggml-config-version.cmake")
    try:
        for line in open(path):
            if line.startswith("set(PACKAGE_VERSION "):
                version = line.split('"')[1]
                break
    except (OSError, IndexError):
        pass
    try:
        with open(os.path.join(ggml_dir, "SOURCE")) as f:
            version += f" ({f.read().strip()})"
    except OSError:
        pass
    return version


def run_ggml(binary, row, folder, args, version, check):
    import numpy as np
    proc = subprocess.run(
        [binary, str(row.b), str(row.hq), str(row.hkv), str(row.sq),
         str(row.skv), str(row.d), row.dtype, str(int(row.sq > 1)),
         str(row.window), str(args.threads), str(args.calls),
         str(args.min_time), folder],
        capture_output=True, text=True, env=worker_env(args.threads),
        timeout=args.timeout)
    if proc.returncode:
        raise RuntimeError(f"peers_ggml exit {proc.returncode}: " +
                           (proc.stderr.strip() or proc.stdout.strip())[-300:])
    words = proc.stdout.split()
    result = {"version": version, "variant": f"flash_attn_ext(q f32, kv "
              f"{row.dtype})", "ms": float(words[1]),
              "calls": int(words[4].split("=")[1]),
              "copies": int(words[3].split("=")[1])}
    if check:
        out = np.fromfile(os.path.join(folder, "out_ggml.f32"),
                          dtype=np.float32).reshape(row.b, row.hq, row.sq,
                                                    row.d)
        result["max_abs_err"] = max_error(folder, out)
    return result


#===----------------------------------------------------------------------===#
# The driver
#===----------------------------------------------------------------------===#

def run_gqa(build, row, threads, timeout):
    out = subprocess.run(
        [os.path.join(build, "bin", "gqa-run"), "--bench", row.spec, "--json",
         "--threads", str(threads)],
        check=True, capture_output=True, text=True, timeout=timeout).stdout
    return json.loads(out.strip().splitlines()[-1])


def run_python_worker(peer, row, folder, args, check, iree=None):
    cmd = [sys.executable, os.path.abspath(__file__), "--worker", peer,
           "--row", row.name, "--folder", folder, "--threads",
           str(args.threads), "--calls", str(args.calls), "--min-time",
           str(args.min_time)]
    if check:
        cmd.append("--check")
    if iree:
        cmd += ["--vmfb", iree[0], "--iree-functions", ",".join(iree[1])]
    proc = subprocess.run(cmd, capture_output=True, text=True,
                          env=worker_env(args.threads), timeout=args.timeout)
    if proc.returncode:
        lines = (proc.stderr.strip() or proc.stdout.strip()).splitlines()
        raise RuntimeError(lines[-1][:300] if lines else
                           f"exit {proc.returncode}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    if "error" in result:
        raise RuntimeError(result["error"])
    return result


def available_peers(args):
    """{peer: None (ready) or the reason it is skipped}, and the ggml
    binary."""
    status = {}
    wanted = args.peers.split(",")
    for peer in PEERS:
        if peer not in wanted:
            continue
        try:
            if peer == "torch":
                import torch  # noqa: F401
            elif peer == "ort":
                import onnx  # noqa: F401
                import onnxruntime  # noqa: F401
            elif peer == "iree":
                import iree.runtime  # noqa: F401
                import iree.compiler  # noqa: F401
            elif peer == "ggml":
                args.ggml_binary = ggml_binary(args.ggml_dir, args.work)
            status[peer] = None
        except Exception as e:  # noqa: BLE001
            status[peer] = f"{type(e).__name__}: {e}"
    return status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=10,
                        help="a peer's fewest timed calls per measurement")
    parser.add_argument("--min-time", type=float, default=0.5,
                        help="a peer's least timed seconds per measurement")
    parser.add_argument("--rows", help="comma-separated row names, or parts "
                        "of names ('decode', 'prefill', 'falcon')")
    parser.add_argument("--peers", default=",".join(PEERS))
    parser.add_argument("--json", metavar="OUT", help="also write the "
                        "results as JSON to OUT")
    parser.add_argument("--work", default="/work/peers/run",
                        help="inputs, references, compiled modules")
    parser.add_argument("--ggml-dir", default="/work/peers/ggml-install")
    parser.add_argument("--timeout", type=float, default=900,
                        help="seconds one measurement may take")
    # Worker mode (internal).
    parser.add_argument("--worker", choices=("torch", "ort", "iree"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--row", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--check", action="store_true",
                        help=argparse.SUPPRESS)
    parser.add_argument("--vmfb", help=argparse.SUPPRESS)
    parser.add_argument("--iree-functions", default=",".join(IREE_FUNCTIONS),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return run_worker(args)

    import numpy as np  # noqa: F401  (fail early, before any timing)
    filters = args.rows.split(",") if args.rows else None
    rows = [Row(r) for r in ROWS
            if not filters or any(f in r[0] for f in filters)]
    if not rows:
        print("no row matches --rows", file=sys.stderr)
        return 2
    os.makedirs(args.work, exist_ok=True)
    status = available_peers(args)
    peers = list(status)
    ggml_ver = ggml_version(args.ggml_dir) if "ggml" in status else None

    print(f"cpu: {machine.cpu_model()}, {args.threads} threads, "
          f"{args.rounds} rounds, load average {load():.2f} at start")
    for peer in peers:
        if status[peer]:
            print(f"skip {peer}: {status[peer]}")

    # Inputs, references and IREE modules, before any timing. A peer that
    # cannot take a row is recorded in `skip[row][peer]`.
    skip = {row.name: {} for row in rows}
    folders, vmfbs = {}, {}
    for row in rows:
        t0 = time.perf_counter()
        folders[row.name] = prepare_row(row, args.work)
        print(f"inputs {row.name}: {time.perf_counter() - t0:.1f} s",
              flush=True)
        for peer in peers:
            if status[peer]:
                skip[row.name][peer] = status[peer]
        if "iree" in peers and not status["iree"]:
            t0 = time.perf_counter()
            try:
                vmfbs[row.name] = iree_compile(row, args.work)
                print(f"iree-compile {row.name}: "
                      f"{time.perf_counter() - t0:.1f} s", flush=True)
            except Exception as e:  # noqa: BLE001
                skip[row.name]["iree"] = str(e)

    gqa_ms = {row.name: [] for row in rows}
    gqa_read = {row.name: [] for row in rows}
    row_load = {row.name: [] for row in rows}
    peer_ms = {row.name: {p: [] for p in peers} for row in rows}
    info = {row.name: {} for row in rows}
    probes = {}
    gqa_failed = {}
    for i in range(args.rounds):
        for row in rows:
            parts = []
            before = load()
            try:
                result = run_gqa(args.build, row, args.threads, args.timeout)
                gqa_ms[row.name].append(result["ms"])
                probes = {k: v for k, v in result.items()
                          if k.startswith("probe_")}
                if "probe_read_gbps" in result:
                    gqa_read[row.name].append(result["probe_read_gbps"])
                parts.append(f"load {before:.2f} gqa {result['ms']:.3f}")
            except Exception as e:  # noqa: BLE001
                gqa_failed[row.name] = str(e)
                parts.append(f"load {before:.2f} gqa FAILED")
            for peer in peers:
                if peer in skip[row.name]:
                    continue
                before = load()
                check = peer not in info[row.name]
                try:
                    if peer == "ggml":
                        r = run_ggml(args.ggml_binary, row, folders[row.name],
                                     args, ggml_ver, check)
                    else:
                        r = run_python_worker(peer, row, folders[row.name],
                                              args, check,
                                              vmfbs.get(row.name))
                except subprocess.TimeoutExpired:
                    skip[row.name][peer] = f"over {args.timeout:.0f} s"
                    continue
                except Exception as e:  # noqa: BLE001
                    skip[row.name][peer] = str(e)
                    continue
                peer_ms[row.name][peer].append(r["ms"])
                if check:
                    info[row.name][peer] = r
                else:
                    info[row.name][peer]["variant"] = r["variant"]
                parts.append(f"load {before:.2f} {peer} {r['ms']:.3f}")
            row_load[row.name].append(load())
            print(f"round {i + 1} {row.name:27s} " + "  ".join(parts) + " ms",
                  flush=True)

    # Report.
    print(f"\nprobes (gqa-run, in-run): read "
          f"{probes.get('probe_read_gbps')} GB/s, FMA "
          f"{probes.get('probe_fma_gflops')} GFLOP/s; load average "
          f"{load():.2f} at end")
    print("medians over rounds; x = peer ms / gqa ms (above 1: gqa is "
          "faster); load: load average after the row; read: gqa-run's "
          "streaming-read probe (GB/s) in the row's runs\n")
    header = f"{'row':27s} {'load':>5s} {'read':>5s} {'gqa ms':>9s}"
    for peer in peers:
        header += f" {peer + ' ms':>10s} {'x':>6s}"
    print(header)
    report_rows = []
    for row in rows:
        g = statistics.median(gqa_ms[row.name]) if gqa_ms[row.name] else None
        read = (statistics.median(gqa_read[row.name])
                if gqa_read[row.name] else None)
        lavg = statistics.median(row_load[row.name])
        line = (f"{row.name:27s} {lavg:5.2f} " +
                (f"{read:5.1f} " if read else f"{'-':>5s} ") +
                (f"{g:9.3f}" if g else f"{'-':>9s}"))
        entry = {"name": row.name, "spec": row.spec,
                 "gqa_ms": g, "gqa_round_ms": gqa_ms[row.name],
                 "probe_read_gbps": read, "load_average": lavg,
                 "peers": {}}
        if row.name in gqa_failed:
            entry["gqa_error"] = gqa_failed[row.name]
        for peer in peers:
            times = peer_ms[row.name][peer]
            p = statistics.median(times) if times else None
            pe = {"ms": p, "round_ms": times}
            if p is not None:
                ratio = p / g if g else None
                pe["ratio"] = ratio
                line += f" {p:10.3f} " + (f"{ratio:6.2f}" if ratio
                                          else f"{'-':>6s}")
            else:
                line += f" {'skip':>10s} {'-':>6s}"
            pe.update({k: v for k, v in info[row.name].get(peer, {}).items()
                       if k not in ("ms", "calls")})
            if peer in skip[row.name]:
                pe["skipped"] = skip[row.name][peer]
            entry["peers"][peer] = pe
        print(line)
        report_rows.append(entry)

    print("\nwhat ran (the faster variant counts), numerics (max abs error "
          "against the float64 reference) and each variant's ms, both of the "
          "first round; skips:")
    for entry in report_rows:
        print(f"  {entry['name']}: {entry['spec']}")
        if "gqa_error" in entry:
            print(f"    gqa: FAILED {entry['gqa_error'][:200]}")
        for peer, pe in entry["peers"].items():
            if "variant" in pe:
                errs = ""
                if "max_abs_err" in pe:
                    errs = f", max abs err {pe['max_abs_err']:.3g}"
                extra = [f"{k[4:]} {v:.3g}" for k, v in pe.items()
                         if k.startswith("err_")]
                extra += [f"{k[3:]} {v:.3f} ms" for k, v in pe.items()
                          if k.startswith("ms_")]
                if extra:
                    errs += " (" + ", ".join(extra) + ")"
                print(f"    {peer} {pe.get('version', '')}: {pe['variant']}"
                      f"{errs}, {pe.get('copies')} input copies")
            if "skipped" in pe:
                print(f"    {peer}: skipped: {pe['skipped'][:300]}")

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"cpu": machine.cpu_model(), "threads": args.threads,
                       "rounds": args.rounds, "probes": probes,
                       "load_average_end": load(),
                       "peers_unavailable": {p: s for p, s in status.items()
                                             if s},
                       "rows": report_rows}, f, indent=1)
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
