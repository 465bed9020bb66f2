#!/usr/bin/env bash
# One long run of a fuzz target outside CI (docs/fuzzing.md):
#
#   utils/fuzz/run.sh BUILD_DIR TARGET OUT_DIR [RUNS [SECONDS]]
#
# Runs gqa-fuzz-TARGET of BUILD_DIR (configured with -DGQA_ENABLE_FUZZERS=ON)
# from its seed corpus (utils/fuzz/seeds.sh) and regression inputs, on one
# core, until RUNS executions (default 100000) or SECONDS of CPU time
# (default 7200, two CPU-hours) have passed, whichever comes first. The CPU
# time is the fuzzer process's own (utime + stime), so a run on a machine
# shared with other work still gets its full budget; a watcher interrupts
# the fuzzer (SIGINT: libFuzzer prints its final stats) once it is spent.
# OUT_DIR receives the corpus it grew (corpus/), any crashing input
# (crash-*), the log, and a summary line: executions, CPU and wall seconds,
# coverage (libFuzzer's cov and ft) and crashes.
set -uo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$1
target=$2
out=$3
runs=${4:-100000}
seconds=${5:-7200}
mkdir -p "$out/corpus" "$out/seeds"
"$src/utils/fuzz/seeds.sh" "$target" "$out/seeds"

# CPU seconds (user + system) of process $1, or nothing once it has gone.
cpu_seconds() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
  # Fields 14 and 15 (utime, stime) in clock ticks, after the "(comm)" field.
  read -r -a fields <<<"${stat##*) }"
  echo $(((fields[11] + fields[12]) / $(getconf CLK_TCK)))
}

start=$(date +%s)
"$build/bin/gqa-fuzz-$target" "$out/corpus" "$out/seeds" \
  "$src/test/fuzz/regressions/$target" \
  -runs="$runs" -seed=1 -detect_leaks=0 \
  -rss_limit_mb=4096 -timeout=120 -print_final_stats=1 \
  -artifact_prefix="$out/" >"$out/log" 2>&1 &
pid=$!
cpu=0
while kill -0 "$pid" 2>/dev/null; do
  now=$(cpu_seconds "$pid")
  cpu=${now:-$cpu}
  if ((cpu >= seconds)); then
    kill -INT "$pid"
    break
  fi
  sleep 5
done
wait "$pid"
status=$?
elapsed=$(($(date +%s) - start))

execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/log")
last=$(grep -E '^#[0-9]+' "$out/log" | tail -1)
cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
crashes=$(find "$out" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'timeout-*' -o -maxdepth 1 -name 'oom-*' | wc -l)
echo "gqa-fuzz-$target: ${execs:-?} executions in ${cpu} CPU s (${elapsed} s wall), cov ${cov:-?}, ft ${ft:-?}, corpus $(ls "$out/corpus" | wc -l), ${crashes} crashing inputs, exit ${status}" |
  tee "$out/summary"
