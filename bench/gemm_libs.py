#!/usr/bin/env python3
"""The matrix-product libraries side by side, for the Llama-3-8B layer's shapes.

Builds bench/gemm_libs.cpp against libgqa_runtime (BUILD/lib), oneDNN and
OpenBLAS, then runs each library in its own process, round after round
(interleaved), with PyTorch's F.linear as one more contestant. Every process
times C[M,N] = A[M,K] W[N,K]^T for M in --m and (K, N) in the layer's
projections. Prints per row the median GFLOP/s of each library, the ratio of
gqa-runtime (what compiled code calls) to the fastest other, and, for M = 1,
the weight bytes per second against gqa-run's read probe; the FMA probe is
printed for scale. The load average of every round is printed: the machines
are shared.

    bench/gemm_libs.py [--build build] [--rounds 3] [--m 1 16 512]
                       [--dtypes f32 bf16] [--json OUT]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from machine import cpu_model, probe_row  # noqa: E402
ROOT = os.path.dirname(HERE)
LLVM_LIB = "/usr/lib/llvm-22/lib"
LIBS = {"f32": ["gqa-runtime", "dnnl-matmul", "dnnl-sgemm", "openblas", "torch"],
        "bf16": ["gqa-runtime", "dnnl-matmul", "torch"]}
SHAPES = [(4096, 4096), (4096, 1024), (4096, 14336), (14336, 4096)]

TORCH_WORKER = r"""
import sys, time, statistics, torch
torch.set_num_threads(int(sys.argv[1]))
dtype = {"f32": torch.float32, "bf16": torch.bfloat16}[sys.argv[2]]
for m in map(int, sys.argv[3:]):
    for k, n in SHAPES:
        wbytes = n * k * (4 if dtype == torch.float32 else 2)
        copies = max(1, (512 << 20) // wbytes + 1)
        ws = [torch.rand(n, k, dtype=dtype) - 0.5 for _ in range(copies)]
        x = torch.rand(m, k, dtype=dtype) - 0.5
        torch.nn.functional.linear(x, ws[0])
        times, i, begin = [], 0, time.perf_counter()
        while len(times) < 3 or (time.perf_counter() - begin < 0.4 and len(times) < 50):
            t = time.perf_counter()
            torch.nn.functional.linear(x, ws[i % copies])
            times.append(time.perf_counter() - t)
            i += 1
        sec = statistics.median(times)
        print(f"torch {sys.argv[2]} {m} {k} {n} {sec * 1e3:.4f} {2 * m * k * n / sec / 1e9:.1f}", flush=True)
"""


def build_binary(build):
    out = os.path.join(build, "bench", "gemm_libs")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    lib = os.path.join(os.path.abspath(build), "lib")
    subprocess.run(
        ["clang++-22", "-O2", "-std=c++17", f"-I{ROOT}/include",
         os.path.join(HERE, "gemm_libs.cpp"), "-o", out,
         f"-L{lib}", f"-Wl,-rpath,{lib}", "-lgqa_runtime",
         f"-L{LLVM_LIB}", f"-Wl,-rpath,{LLVM_LIB}", "-lomp", "-ldnnl",
         "-lopenblas"], check=True)
    return out


def run_lib(binary, lib, dtype, ms, threads):
    env = dict(os.environ, OMP_NUM_THREADS=str(threads),
               OPENBLAS_NUM_THREADS=str(threads))
    if lib == "torch":
        code = f"SHAPES = {SHAPES!r}\n" + TORCH_WORKER
        cmd = [sys.executable, "-c", code, str(threads), dtype] + [str(m) for m in ms]
    else:
        cmd = [binary, lib, dtype] + [str(m) for m in ms]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True,
                         env=env).stdout
    rows = {}
    for line in out.strip().splitlines():
        _, _, m, k, n, ms_, _ = line.split()
        rows[(int(m), int(k), int(n))] = float(ms_)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--m", type=int, nargs="+", default=[1, 16, 512])
    parser.add_argument("--dtypes", nargs="+", default=["f32", "bf16"])
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--json", help="write every sample here")
    args = parser.parse_args()

    binary = build_binary(args.build)
    model = cpu_model()
    print(f"machine: {model}, {args.threads} threads")
    samples = {}
    read, fma, amx = [], [], []
    for r in range(args.rounds):
        row = probe_row(args.build)
        gbps, gflops = row["probe_read_gbps"], row["probe_fma_gflops"]
        read.append(gbps)
        fma.append(gflops)
        amx.append(row.get("probe_amx_gflops", 0.0))
        print(f"round {r + 1}/{args.rounds}: load {os.getloadavg()[0]:.2f}, "
              f"read probe {gbps:.1f} GB/s, FMA probe {gflops:.0f} GFLOP/s, "
              f"AMX probe {amx[-1]:.0f} GFLOP/s", flush=True)
        for dtype in args.dtypes:
            for lib in LIBS[dtype]:
                for key, ms in run_lib(binary, lib, dtype, args.m,
                                       args.threads).items():
                    samples.setdefault((dtype, lib) + key, []).append(ms)
    read_probe, fma_probe = statistics.median(read), statistics.median(fma)
    amx_probe = statistics.median(amx)
    print(f"\nmedian probes: read {read_probe:.1f} GB/s, FMA {fma_probe:.0f} "
          f"GFLOP/s, AMX {amx_probe:.0f} GFLOP/s\n")
    for dtype in args.dtypes:
        libs = LIBS[dtype]
        # bf16 products run on AMX tiles where the CPU has them.
        peak, peak_name = ((amx_probe, "gqa/AMX") if dtype == "bf16" and
                           amx_probe > 0 else (fma_probe, "gqa/FMA"))
        print(f"{dtype}: GFLOP/s (median of {args.rounds} rounds)")
        print(f"{'M':>4s} {'K':>6s} {'N':>6s} " +
              " ".join(f"{lib:>12s}" for lib in libs) +
              f" {'gqa/best':>9s} {peak_name:>8s} {'read frac':>9s}")
        for m in args.m:
            for k, n in SHAPES:
                flops = 2 * m * k * n
                rate = {lib: flops / statistics.median(
                    samples[(dtype, lib, m, k, n)]) / 1e6 for lib in libs}
                best = max(v for lib, v in rate.items() if lib != "gqa-runtime")
                ms = statistics.median(samples[(dtype, "gqa-runtime", m, k, n)])
                wbytes = n * k * (4 if dtype == "f32" else 2)
                frac = (f"{wbytes / ms / 1e6 / read_probe:9.2f}" if m <= 16
                        else f"{'':9s}")
                print(f"{m:4d} {k:6d} {n:6d} " +
                      " ".join(f"{rate[lib]:12.1f}" for lib in libs) +
                      f" {rate['gqa-runtime'] / best:9.2f}"
                      f" {rate['gqa-runtime'] / peak:8.2f} {frac}")
        print()
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"machine": model, "read_probe": read, "fma_probe": fma,
                       "amx_probe": amx,
                       "samples": {" ".join(map(str, k)): v
                                   for k, v in samples.items()}}, f)


if __name__ == "__main__":
    main()
