#!/usr/bin/env python3
"""Compile time of a whole exported model: `gqa-compile` on a deep tiny
Llama as torch-mlir exports it, with its weights as literals.

The graph is the one of issue 14's defect 7: a 32-layer Llama (hidden 256,
8 query and 2 key/value heads, sdpa attention), prefill of `input_ids`
[1, 16] with an `attention_mask`, exported with
`fx.export_and_import(..., output_type="linalg-on-tensors")` and random
weights (nothing is downloaded). The export is cached in --work-dir.

For each setting the script runs `gqa-compile` --repeat times, interleaved,
and prints the median wall time, the peak resident memory and, from
`--mlir-timing`, the phases of the median run (parse, raise, the pipeline
after parsing, LLVM translation and -O3, code generation). The goal
(issue 14): under 5 s of wall time for gqa-compile, parsing included, and
under 2 s for the pipeline after parsing.

This is a benchmark, never a test. Usage (needs torch, torch-mlir and
transformers from PyPI):

    python3 bench/compile_time.py [--build build] [--repeat 3]
        [--layers 32] [--intermediate 688] [--vocab 32000]
        [--weights-as-inputs]
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "test", "models"))


def export(args, path):
    """Writes the exported graph to `path`."""
    import torch
    import transformers
    import export_families as ef

    torch.manual_seed(0)
    config = transformers.LlamaConfig(
        vocab_size=args.vocab,
        hidden_size=args.hidden,
        intermediate_size=args.intermediate,
        num_hidden_layers=args.layers,
        num_attention_heads=args.heads,
        num_key_value_heads=args.kv_heads,
        max_position_embeddings=128,
    )
    config._attn_implementation = "sdpa"
    model = transformers.AutoModelForCausalLM.from_config(config).eval()
    for module in model.modules():
        module._non_persistent_buffers_set.clear()
    ids = torch.randint(0, args.vocab, (1, args.tokens))
    mask = torch.ones(1, args.tokens, dtype=torch.int64)
    wrapper, inputs = ef.Prefill(model).eval(), [ids, mask]
    if args.weights_as_inputs:
        wrapper = ef.WeightsAsInputs(wrapper).eval()
        inputs += wrapper.weights()
    with torch.no_grad():
        module = ef.to_linalg(wrapper, inputs)
    with open(path, "w") as f:
        f.write(str(module))


# gqa-compile's phases (tools/gqa-compile); the passes nest under "Lower".
PHASES = ("Parse", "Raise attention", "Lower (gqa-cpu-pipeline)",
          "Lower (reference)", "Translate and optimize LLVM IR",
          "Code generation", "Rest", "Total")
TIME = re.compile(r"([0-9.]+) \(\s*[0-9.]+%\)")


def phases(report):
    """Wall seconds of gqa-compile's phases in its --mlir-timing report (the
    last column of times is the wall time)."""
    found = {}
    for line in report.splitlines():
        times = TIME.findall(line)
        name = TIME.sub("", line).strip()
        if times and name in PHASES:
            found[name] = float(times[-1])
    return found


def compile_once(args, graph, setting):
    """Wall seconds, peak resident MiB and phases of one gqa-compile."""
    obj = os.path.join(args.work_dir, "model.o")
    log = os.path.join(args.work_dir, "timing.txt")
    command = [os.path.join(args.build, "bin", "gqa-compile"), graph,
               "-o", obj, "--mlir-timing"] + setting
    with open(log, "w") as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    with open(log) as f:
        report = f.read()
    if status != 0:
        sys.exit(f"gqa-compile failed:\n{report[-4000:]}")
    return wall, usage.ru_maxrss / 2**10, phases(report)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build")
    parser.add_argument("--work-dir", default="/tmp/gqa-compile-time")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--layers", type=int, default=32)
    parser.add_argument("--hidden", type=int, default=256)
    parser.add_argument("--heads", type=int, default=8)
    parser.add_argument("--kv-heads", type=int, default=2)
    parser.add_argument("--intermediate", type=int, default=688)
    parser.add_argument("--vocab", type=int, default=32000)
    parser.add_argument("--tokens", type=int, default=16)
    parser.add_argument(
        "--weights-as-inputs", action="store_true",
        help="export the parameters as forward inputs (function arguments) "
             "instead of literals")
    parser.add_argument(
        "--settings", default="default",
        help="comma-separated: default (--raise), reference, or any "
             "gqa-compile flags joined by '+'")
    args = parser.parse_args()
    os.makedirs(args.work_dir, exist_ok=True)
    name = (f"llama_l{args.layers}_h{args.hidden}_i{args.intermediate}"
            f"_v{args.vocab}_t{args.tokens}"
            f"{'_weights' if args.weights_as_inputs else ''}.mlir")
    graph = os.path.join(args.work_dir, name)
    if not os.path.exists(graph):
        export(args, graph + ".part")
        os.rename(graph + ".part", graph)
    size = os.path.getsize(graph) / 2**20
    with open("/proc/loadavg") as f:
        load = f.read().split()[:3]
    print(f"graph {name}: {size:.0f} MiB; cpus {os.cpu_count()}; "
          f"load {' '.join(load)}")

    settings = {}
    for text in args.settings.split(","):
        flags = {"default": ["--raise"],
                 "reference": ["--pipeline=reference"]}.get(text)
        settings[text] = flags if flags is not None else text.split("+")
    runs = {label: [] for label in settings}
    for _ in range(args.repeat):
        for label, flags in settings.items():
            runs[label].append(compile_once(args, graph, flags))
    for label, samples in runs.items():
        if not samples:
            continue
        samples.sort(key=lambda s: s[0])
        wall, _, phase = samples[len(samples) // 2]
        peak = f"{max(s[1] for s in samples):.0f} MiB"
        print(f"\n{label}: median {wall:.2f} s wall of "
              f"{[round(s[0], 2) for s in samples]}, peak RSS {peak}")
        for key, seconds in phase.items():
            print(f"  {seconds:8.3f} s  {key}")


if __name__ == "__main__":
    main()
