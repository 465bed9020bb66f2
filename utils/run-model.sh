#!/usr/bin/env bash
# Compiles an exported model graph whole with gqa-compile, runs it on the
# inputs saved at export, checks its results against PyTorch's and prints
# the time per call: the fast path (attention raised, gqa-cpu-pipeline) and
# the reference (the graph as written, gqa-reference-pipeline), both from
# one object.
#
#   utils/run-model.sh GRAPH.mlir [DATA] [BUILD_DIR]
#
# DATA (default: GRAPH.data next to the graph) is a manifest written by
# test/models/export_families.py: the inputs and PyTorch's results. Exit
# status 0 when both pass.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
mlir=$1
data=${2:-${mlir%.mlir}.data}
build=${3:-$src/build}
cxx=/usr/lib/llvm-22/bin/clang++
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

raised=$("$build/bin/gqa-opt" "$mlir" --gqa-raise-attention | grep -c 'gqa.attention ' || true)
echo "$mlir: $(wc -c <"$mlir") bytes, $raised attention op(s) raised to gqa.attention"

start=$(date +%s.%N)
"$build/bin/gqa-compile" "$mlir" --reference -o "$work/model.o" --header "$work/model.h"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" \
  'BEGIN { printf "gqa-compile: %.2f s for the object with both entries\n", e - s }'

flags=$(sed -n 's/^ \*   c++ your_program.cpp OBJECT.o//p' "$work/model.h")
# shellcheck disable=SC2086
"$cxx" -O2 -std=c++17 -I"$work" "$src/examples/run-model.cpp" "$work/model.o" \
  $flags -o "$work/fast"
# shellcheck disable=SC2086
"$cxx" -O2 -std=c++17 -I"$work" \
  -D_mlir_ciface_forward=_mlir_ciface_reference_forward \
  "$src/examples/run-model.cpp" "$work/model.o" $flags -o "$work/reference"

status=0
"$work/fast" "$data" --time 50 --name "forward (gqa-cpu-pipeline) vs PyTorch" || status=1
"$work/reference" "$data" --time 10 --name "reference_forward (as written) vs PyTorch" || status=1
exit $status
