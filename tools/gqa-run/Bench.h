//===- Bench.h - Timing and machine probes of gqa-run's benchmarks -*- C++ -*-//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// What `--bench` and `--bench-suite` (BenchMode.cpp) share with the machine
// probes (Probes.cpp): the timing loop that reports the median of repeated
// calls, and the probes themselves, a streaming-read bandwidth probe and an
// FMA peak probe JIT-compiled from small MLIR modules with the same
// compiler, target CPU and OpenMP threads as the attention kernels.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_RUN_BENCH_H
#define GQA_TOOLS_GQA_RUN_BENCH_H

#include "Modes.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>

namespace mlir::gqa::run {

/// The per-call time of repeated calls.
struct Timing {
  /// Median, fastest and slowest sample, in seconds per call.
  double medianSeconds = 0.0;
  double minSeconds = 0.0;
  double maxSeconds = 0.0;
  /// Timed samples, and calls over all of them (warm-up excluded).
  int64_t samples = 0;
  int64_t calls = 0;
};

/// Shortest duration of one timed sample: a sample repeats the call until it
/// has lasted this long, and counts the mean time of its calls.
constexpr double kMinSampleSeconds = 0.02;

/// Calls each `calls[k](i)` (`i` counts its calls from 0) to warm up, at
/// least `minWarmupCalls` times and for at least 0.1 s, then times `samples`
/// rounds, each with one sample of at least `kMinSampleSeconds` of every
/// `calls[k]` in turn: interleaved, so that the timings of several kernels
/// meet the same machine noise and their ratio is meaningful. Returns one
/// timing per call; stops at the first call that fails.
llvm::Expected<llvm::SmallVector<Timing>>
timeInterleaved(llvm::ArrayRef<llvm::function_ref<llvm::Error(int64_t)>> calls,
                unsigned samples, int64_t minWarmupCalls);

/// `timeInterleaved` of one call.
llvm::Expected<Timing> timeCalls(llvm::function_ref<llvm::Error(int64_t)> call,
                                 unsigned samples, int64_t minWarmupCalls);

/// The size in bytes of the largest (last-level) data cache of CPU 0, from
/// sysfs, or 32 MiB when sysfs does not tell.
int64_t getLastLevelCacheBytes();

/// What the machine probes measured.
struct ProbeResults {
  /// Streaming read: every thread sums its own contiguous chunk of a buffer
  /// far larger than the last-level cache with vector loads.
  double readGBps = 0.0;
  int64_t readBytes = 0;
  /// FMA peak: every thread runs `fmaChains` independent chains of vector
  /// FMAs on `vectorBits`-wide f32 vectors (2 FLOPs per lane and FMA).
  double fmaGFlops = 0.0;
  int64_t vectorBits = 0;
  int64_t fmaChains = 0;
  /// AMX peak, for a target CPU with AMX-BF16: every thread chains bf16
  /// tile products (16 x 16 x 32 multiply-adds each) into 4 accumulator
  /// tiles. 0 when the target has no AMX or the process may not use it.
  double amxGFlops = 0.0;
  unsigned threads = 0;
};

/// Compiles both probes for `targetCpu` (as gqa-set-target-cpu names it)
/// with scf.parallel loops over `threads` OpenMP threads, runs them and
/// reports the median of `samples` samples each.
llvm::Expected<ProbeResults> runProbes(llvm::StringRef targetCpu,
                                       unsigned threads, unsigned samples,
                                       const RunConfig &config);

} // namespace mlir::gqa::run

#endif // GQA_TOOLS_GQA_RUN_BENCH_H
