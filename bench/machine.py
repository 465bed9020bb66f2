"""What bench/gemm_libs.py and bench/layer.py report about the machine: the
lscpu model name, and gqa-run's in-run probes (streaming read, FMA peak),
taken from a tiny `--bench` run, which measures them with the kernels'
compiler and threads."""
import json
import os
import subprocess


def cpu_model():
    """`lscpu`'s model name."""
    out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    return next((line.split(":", 1)[1].strip() for line in out.splitlines()
                 if line.startswith("Model name")), "unknown")


def probes(build):
    """(read GB/s, FMA GFLOP/s) of gqa-run's probes, measured now."""
    row = probe_row(build)
    return row["probe_read_gbps"], row["probe_fma_gflops"]


def probe_row(build):
    """gqa-run's probes, measured now: probe_read_gbps, probe_fma_gflops and,
    on a CPU with AMX, probe_amx_gflops (bf16 tile products from registers)."""
    out = subprocess.run(
        [os.path.join(build, "bin", "gqa-run"), "--bench",
         "b=1,hq=1,hkv=1,sq=1,skv=64,d=16", "--json", "--bench-repeats", "3"],
        check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])
