#!/usr/bin/env python3
"""Prefill attention: gqa-run --bench against PyTorch SDPA, interleaved.

For each row, ROUNDS times in turn: `gqa-run --bench SPEC --json` (the
compiled kernel, its median over its own samples), then PyTorch's
`scaled_dot_product_attention` in a fresh process (median of CALLS calls
after a warm-up), both on THREADS threads. PyTorch runs GQA both ways
(`enable_gqa=True`, and K/V repeated to the query heads first, as
transformers' repeat_kv does) and its faster median counts. Work is counted
as gqa-run counts it: the allowed query-key pairs only, 2 * (D + Dv) FLOPs
per pair and query head, so a causal prefill counts about half the pairs.
Prints the load average before every measurement, the medians over rounds,
gqa-run's probes (FMA, and AMX on an AMX machine) and the ratios.

    bench/prefill_torch.py [--build build] [--threads 2] [--rounds 3]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import machine  # noqa: E402

ROWS = [
    # name, batch, query heads, KV heads, length, head dim, dtype
    ("llama3-prefill-2k-bf16", 1, 32, 8, 2048, 128, "bf16"),
    ("llama3-prefill-2k-f16", 1, 32, 8, 2048, 128, "f16"),
    ("llama3-prefill-2k-f32", 1, 32, 8, 2048, 128, "f32"),
    ("llama3-prefill-4k-bf16", 1, 32, 8, 4096, 128, "bf16"),
    ("mha-d64-prefill-1k-bf16", 1, 16, 16, 1024, 64, "bf16"),
]

TORCH_WORKER = r"""
import statistics, sys, time, torch
import torch.nn.functional as F
b, hq, hkv, s, d, dtype, threads, calls = sys.argv[1:]
b, hq, hkv, s, d, threads, calls = map(int, (b, hq, hkv, s, d, threads, calls))
torch.set_num_threads(threads)
dt = {"bf16": torch.bfloat16, "f16": torch.float16, "f32": torch.float32}[dtype]
g = torch.Generator().manual_seed(0)
q = torch.randn(b, hq, s, d, generator=g).to(dt)
k = torch.randn(b, hkv, s, d, generator=g).to(dt)
v = torch.randn(b, hkv, s, d, generator=g).to(dt)
def gqa():
    return F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
def repeated():
    kr = k.repeat_interleave(hq // hkv, dim=1)
    vr = v.repeat_interleave(hq // hkv, dim=1)
    return F.scaled_dot_product_attention(q, kr, vr, is_causal=True)
best = None
with torch.inference_mode():
    for name, fn in (("enable_gqa", gqa), ("repeat_kv", repeated)):
        fn(); fn()
        times = []
        for _ in range(calls):
            t0 = time.perf_counter(); fn(); times.append(time.perf_counter() - t0)
        ms = statistics.median(times) * 1e3
        if best is None or ms < best[1]:
            best = (name, ms)
print(best[0], best[1])
"""


def load():
    return os.getloadavg()[0]


def run_gqa(build, row, threads):
    name, b, hq, hkv, s, d, dtype = row
    spec = f"b={b},hq={hq},hkv={hkv},sq={s},skv={s},d={d},dtype={dtype},causal=1"
    out = subprocess.run(
        [os.path.join(build, "bin", "gqa-run"), "--bench", spec, "--json",
         "--threads", str(threads)],
        check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def run_torch(row, threads, calls):
    name, b, hq, hkv, s, d, dtype = row
    env = dict(os.environ, OMP_NUM_THREADS=str(threads))
    out = subprocess.run(
        [sys.executable, "-c", TORCH_WORKER, str(b), str(hq), str(hkv), str(s),
         str(d), dtype, str(threads), str(calls)],
        check=True, capture_output=True, text=True, env=env).stdout.split()
    return out[0], float(out[1])


def flops(row):
    name, b, hq, hkv, s, d, dtype = row
    pairs = s * (s + 1) // 2
    return 2.0 * (d + d) * pairs * hq * b


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=5)
    parser.add_argument("--rows", help="comma-separated row names")
    args = parser.parse_args()
    rows = [r for r in ROWS if not args.rows or r[0] in args.rows.split(",")]

    print(f"cpu: {machine.cpu_model()}, {args.threads} threads, "
          f"{args.rounds} rounds")
    gqa_ms = {r[0]: [] for r in rows}
    torch_ms = {r[0]: [] for r in rows}
    torch_way = {}
    probes = {}
    for i in range(args.rounds):
        for row in rows:
            before = load()
            result = run_gqa(args.build, row, args.threads)
            gqa_ms[row[0]].append(result["ms"])
            probes = {k: v for k, v in result.items() if k.startswith("probe_")}
            mid = load()
            way, ms = run_torch(row, args.threads, args.calls)
            torch_ms[row[0]].append(ms)
            torch_way[row[0]] = way
            print(f"round {i + 1} {row[0]:26s} load {before:.2f}/{mid:.2f} "
                  f"gqa {result['ms']:.2f} ms  torch({way}) {ms:.2f} ms",
                  flush=True)

    fma = probes.get("probe_fma_gflops")
    amx = probes.get("probe_amx_gflops")
    print(f"\nprobes: FMA {fma} GFLOP/s, AMX {amx} GFLOP/s, "
          f"read {probes.get('probe_read_gbps')} GB/s")
    print(f"{'row':26s} {'gqa ms':>9s} {'torch ms':>9s} {'torch/gqa':>9s} "
          f"{'gqa GF/s':>9s} {'fma_frac':>8s} {'amx_frac':>8s}")
    for row in rows:
        g, t = statistics.median(gqa_ms[row[0]]), statistics.median(torch_ms[row[0]])
        gf = flops(row) / g * 1e-6
        amx_frac = f"{gf / amx:.3f}" if amx and row[6] == "bf16" else "-"
        print(f"{row[0]:26s} {g:9.2f} {t:9.2f} {t / g:9.2f} {gf:9.1f} "
              f"{gf / fma:8.3f} {amx_frac:>8s}")


if __name__ == "__main__":
    sys.exit(main())
