#!/usr/bin/env bash
# Writes the seed corpus of one fuzz target into OUT_DIR, from inputs the
# repository already holds (docs/fuzzing.md):
#
#   utils/fuzz/seeds.sh TARGET OUT_DIR [CONFORMANCE_DIR]
#
#   dialect       each split-file case of test/Dialect/GQA (IR and passes);
#   onnx-case     every conformance case, packed as fuzz-onnx-case reads it
#                 (case.json, then "%%NAME" and the bytes of each file);
#   problem-spec  every --random/--bench spec the gqa-run tests use, after
#                 the mode byte fuzz-problem-spec reads first;
#   pipeline      test/fuzz/corpus/pipeline (inputs kept from long runs:
#                 the bytes are decisions of the generator, not text);
#   raise         the exported model graphs of test/models.
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
target=$1
out=$2
conformance=${3:-$src/../shared/conformance/onnx-attention}
mkdir -p "$out"

case $target in
dialect)
  for file in "$src"/test/Dialect/GQA/*.mlir "$src"/test/Dialect/GQA/*/*.mlir; do
    awk -v out="$out/$(basename "$file" .mlir)" \
      '/^\/\/ -----/ { n++; next } { print > (out "-" n + 0 ".mlir") }' "$file"
  done
  ;;
onnx-case)
  i=0
  for case in $(find "$conformance" -name case.json | sort); do
    dir=$(dirname "$case")
    i=$((i + 1))
    {
      cat "$case"
      for file in "$dir"/*.bin; do
        printf '\n%%%%%s\n' "$(basename "$file")"
        cat "$file"
      done
    } >"$out/case-$i"
  done
  ;;
problem-spec)
  i=0
  grep -ho -- '--\(random\|bench\)[= ][a-z0-9=,_.:-]*=[a-z0-9=,_.:-]*' \
    "$src"/test/gqa-run/*.test | sort -u | while read -r flag spec; do
    i=$((i + 1))
    mode='\x00'
    [[ $flag == --bench* ]] && mode='\x01'
    { printf "$mode"; printf '%s' "${spec#=}"; } >"$out/spec-$i"
  done
  ;;
pipeline)
  if [[ -d $src/test/fuzz/corpus/pipeline ]]; then
    cp "$src"/test/fuzz/corpus/pipeline/* "$out"/
  fi
  ;;
raise)
  cp "$src"/test/models/*.mlir "$out"/
  ;;
*)
  echo "seeds.sh: unknown target '$target' (dialect, onnx-case, problem-spec, pipeline, raise)" >&2
  exit 2
  ;;
esac
