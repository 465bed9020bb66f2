#!/usr/bin/env python3
"""Compares two builds of gqa-run on `--bench-suite standard`.

Runs the suite alternately with each build (before, after, before, ...),
RUNS times each, takes the median ms of every row per build and prints the
ratio after/before. The machines are shared and noisy: the load average of
every run is printed, and only medians of interleaved runs are compared.

    bench/compare_suite.py BEFORE/gqa-run AFTER/gqa-run [--runs 5] [--json OUT]
"""
import argparse
import json
import statistics
import subprocess
import sys


def run_suite(binary):
    out = subprocess.run([binary, "--bench-suite", "standard", "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", help="write every run's suite JSON here")
    args = parser.parse_args()

    times = {"before": {}, "after": {}}
    runs = []
    for i in range(args.runs):
        for label, binary in (("before", args.before), ("after", args.after)):
            suite = run_suite(binary)
            runs.append({"label": label, "run": i, "suite": suite})
            print(f"run {i + 1}/{args.runs} {label:6s} load {suite.get('load_average')}"
                  f" read {suite.get('probe_read_gbps')} GB/s"
                  f" fma {suite.get('probe_fma_gflops')} GFLOP/s", flush=True)
            for row in suite["rows"]:
                times[label].setdefault(row["name"], []).append(row["ms"])

    print(f"\n{'row':44s} {'before ms':>10s} {'after ms':>10s} {'after/before':>12s}")
    worst = 0.0
    for name, before in times["before"].items():
        after = times["after"].get(name)
        if not after:
            continue
        b, a = statistics.median(before), statistics.median(after)
        ratio = a / b
        worst = max(worst, abs(ratio - 1.0))
        print(f"{name:44s} {b:10.3f} {a:10.3f} {ratio:12.3f}")
    print(f"\nlargest deviation of a median: {100 * worst:.1f}%")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(runs, f)


if __name__ == "__main__":
    sys.exit(main())
