#!/bin/sh
# Compiles every graph that export_families.py wrote into DIR with
# gqa-compile (attention raised, --pipeline=cpu, plus the graph as written
# through the reference pipeline in the same object), runs both on the
# manifest's inputs against PyTorch's logits with examples/run-model.cpp,
# checks that a token id out of range gives GQA_STATUS_ASSERT_FAILED, and
# prints one row per graph.
#
#   test/models/check_families.sh DIR [BUILD_DIR]
#
# Exit status 0 when every row passes.
set -u
dir=$1
build=${2:-build}
src=$(cd "$(dirname "$0")" && pwd)
cxx=${CXX:-clang++-22}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
printf '%-24s %-10s %-30s %-30s %s\n' graph attention "cpu vs PyTorch (abs, rel)" \
  "reference vs PyTorch" "bad token"
for mlir in "$dir"/*.mlir; do
  name=$(basename "$mlir" .mlir)
  data="$dir/$name.data"
  [ -f "$data" ] || continue
  raised=$("$build/bin/gqa-opt" "$mlir" --gqa-raise-attention 2>/dev/null |
    grep -c 'gqa.attention')
  if ! "$build/bin/gqa-compile" "$mlir" --reference -o "$work/$name.o" \
      --header "$work/model.h" >"$work/log" 2>&1; then
    printf '%-24s %-10s compile failed: %s\n' "$name" "$raised" \
      "$(grep -m1 error "$work/log")"
    failed=1
    continue
  fi
  flags=$(sed -n 's/^ \*   c++ your_program.cpp OBJECT.o//p' "$work/model.h")
  for entry in forward reference_forward; do
    # shellcheck disable=SC2086
    "$cxx" -O1 -std=c++17 -I"$work" -D_mlir_ciface_forward=_mlir_ciface_$entry \
      "$src/../../examples/run-model.cpp" "$work/$name.o" $flags -o "$work/$entry" ||
      failed=1
  done
  cpu=$("$work/forward" "$data") || failed=1
  ref=$("$work/reference_forward" "$data") || failed=1
  # Graphs of single ops (tm_*) have no token ids.
  case $name in
    tm_*) bad="status - n/a" ;;
    *) bad=$("$work/forward" "$data" --bad-token) || failed=1 ;;
  esac
  printf '%-24s %-10s %-30s %-30s %s\n' "$name" "$raised" \
    "$(echo "$cpu" | sed 's/.*abs error \([^,]*\), max rel error \([^,]*\),.* \([A-Z]*\)$/\1, \2 \3/')" \
    "$(echo "$ref" | sed 's/.*abs error \([^,]*\), max rel error \([^,]*\),.* \([A-Z]*\)$/\1, \2 \3/')" \
    "$(echo "$bad" | sed 's/.*status \([0-9]*\),.* \([A-Z]*\)$/status \1 \2/')"
done
exit $failed
