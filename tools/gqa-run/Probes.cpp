//===- Probes.cpp - Streaming-read and FMA probes of gqa-run --------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The two machine probes the benchmarks compare the kernels with, written as
// small MLIR modules (scf.parallel over one chunk per thread, vector ops of
// the target's width) and JIT-compiled like the kernels: the same LLVM, the
// same target CPU (gqa-set-target-cpu), the same OpenMP runtime and thread
// count (convert-scf-to-openmp). So a kernel's fraction of a probe compares
// it with what the same compiler and threads reach on the simplest possible
// loop, not with a datasheet.
//
//===----------------------------------------------------------------------===//

#include "Bench.h"

#include "gqa/Transforms/Transforms.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/Parser/Parser.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstdint>

using namespace mlir;
using namespace mlir::gqa::run;

namespace {

/// The read probe's buffer is at least this large, and at least
/// `kReadCacheFactor` times the last-level cache.
constexpr int64_t kMinReadBytes = int64_t(512) << 20;
constexpr int64_t kReadCacheFactor = 16;
/// Sequential streams each thread of the read probe reads at once, and
/// vectors per stream and loop trip (each summed into its own accumulator).
/// Several streams per core keep more cache-line fills in flight than one:
/// on the 2-core Zen 4 VMs this reads about 5-10% faster than one stream,
/// as fast as the attention kernels' own K/V streams.
constexpr int64_t kReadStreams = 4;
constexpr int64_t kReadVectorsPerStream = 2;
/// Independent FMA chains per thread: more than latency x FMA ports on the
/// machines this runs on (4 x 2 on AVX-512 cores), so the FMA units, not the
/// chains' latency, bound the loop.
constexpr int64_t kFmaChains = 12;
/// The AMX probe: independent accumulator tiles per thread, and tile
/// products chained into each per loop trip (the accumulators are zeroed
/// and stored once per trip, as the dialect carries no tile across a loop
/// iteration). Four chains cover the product's latency (about 4 times its
/// issue interval) with the 2 input tiles: 6 of the 8 tile registers.
constexpr int64_t kAmxChains = 4;
constexpr int64_t kAmxDepth = 16;
/// AMX loop trips per call and thread.
constexpr int64_t kAmxIterations = int64_t(1) << 12;

/// FMA loop trips per call and thread.
constexpr int64_t kFmaIterations = int64_t(1) << 20;

llvm::Error probeError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "probe: " + message);
}

/// `vector<{lanes}xf32>`.
std::string vectorType(int64_t lanes) {
  return llvm::formatv("vector<{0}xf32>", lanes).str();
}

/// `%c<k> = arith.constant k : index` for every k in `values`.
void printIndexConstants(llvm::raw_ostream &os, ArrayRef<int64_t> values) {
  for (int64_t value : values)
    os << llvm::formatv("    %c{0} = arith.constant {0} : index\n", value);
}

/// `<prefix>0, <prefix>1, ...`: `count` numbered values.
std::string formatNumbered(StringRef prefix, int64_t count) {
  std::string items;
  for (int64_t k = 0; k < count; ++k)
    items += (k ? ", " : "") + prefix.str() + std::to_string(k);
  return items;
}

/// `<type>, <type>, ...`: `count` times `type`.
std::string formatRepeated(StringRef type, int64_t count) {
  std::string items;
  for (int64_t k = 0; k < count; ++k)
    items += (k ? ", " : "") + type.str();
  return items;
}

/// The end of a probe: sums the `count` vectors `%acc#k` that its
/// `scf.for` yields, stores the sum of their lanes to `%sums[%t]` and
/// closes the parallel loop, the function and the module.
void printSumAndStore(llvm::raw_ostream &os, int64_t count, StringRef vec) {
  os << "      %sum0 = arith.addf %acc#0, %acc#1 : " << vec << "\n";
  for (int64_t k = 2; k < count; ++k)
    os << llvm::formatv("      %sum{0} = arith.addf %sum{1}, %acc#{2} : {3}\n",
                        k - 1, k - 2, k, vec);
  os << "      %total = vector.reduction <add>, %sum" << count - 2 << " : "
     << vec << " into f32\n"
     << "      memref.store %total, %sums[%t] : memref<?xf32>\n"
     << "    }\n"
     << "    return\n"
     << "  }\n"
     << "}\n";
}

/// `@read_probe(%buffer, %range, %sums)`: thread `t` sums elements
/// `[range[0] + t * range[1], range[0] + (t + 1) * range[1])` of `buffer`
/// and stores the sum to `sums[t]`. It reads its chunk as `kReadStreams`
/// sequential streams at once (as an attention tile reads K and V rows of
/// several heads), `kReadVectorsPerStream` vectors per stream and trip, each
/// into its own accumulator.
std::string buildReadProbe(int64_t lanes) {
  std::string text;
  llvm::raw_string_ostream os(text);
  std::string vec = vectorType(lanes);
  int64_t numAccumulators = kReadStreams * kReadVectorsPerStream;

  os << "module {\n"
     << "  func.func @read_probe(%buffer: memref<?xf32>, %range: "
        "memref<?xi64>, %sums: memref<?xf32>) attributes "
        "{llvm.emit_c_interface} {\n";
  SmallVector<int64_t> constants = {0, 1, kReadStreams,
                                    kReadVectorsPerStream * lanes};
  for (int64_t v = 1; v < kReadVectorsPerStream; ++v)
    constants.push_back(v * lanes);
  for (int64_t stream = 1; stream < kReadStreams; ++stream)
    constants.push_back(stream);
  llvm::sort(constants);
  constants.erase(llvm::unique(constants), constants.end());
  printIndexConstants(os, constants);
  os << "    %first64 = memref.load %range[%c0] : memref<?xi64>\n"
     << "    %chunk64 = memref.load %range[%c1] : memref<?xi64>\n"
     << "    %first = arith.index_cast %first64 : i64 to index\n"
     << "    %chunk = arith.index_cast %chunk64 : i64 to index\n"
     << "    %stream = arith.divui %chunk, %c" << kReadStreams << " : index\n"
     << "    %threads = memref.dim %sums, %c0 : memref<?xf32>\n"
     << "    %zero = arith.constant dense<0.0> : " << vec << "\n"
     << "    scf.parallel (%t) = (%c0) to (%threads) step (%c1) {\n"
     << "      %offset = arith.muli %t, %chunk : index\n"
     << "      %begin = arith.addi %first, %offset : index\n";
  for (int64_t stream = 0; stream < kReadStreams; ++stream)
    os << llvm::formatv("      %skip{0} = arith.muli %stream, %c{0} : index\n"
                        "      %base{0} = arith.addi %begin, %skip{0} : "
                        "index\n",
                        stream);
  os << "      %acc:" << numAccumulators
     << " = scf.for %i = %c0 to %stream step %c"
     << kReadVectorsPerStream * lanes << " iter_args(";
  for (int64_t k = 0; k < numAccumulators; ++k)
    os << (k ? ", " : "") << "%a" << k << " = %zero";
  os << ") -> (" << formatRepeated(vec, numAccumulators) << ") {\n";
  for (int64_t stream = 0; stream < kReadStreams; ++stream) {
    for (int64_t v = 0; v < kReadVectorsPerStream; ++v) {
      int64_t k = stream * kReadVectorsPerStream + v;
      if (v == 0)
        os << llvm::formatv("        %j{0} = arith.addi %base{1}, %i : index\n",
                            k, stream);
      else
        os << llvm::formatv("        %j{0} = arith.addi %j{1}, %c{2} : index\n",
                            k, k - v, v * lanes);
      os << llvm::formatv("        %v{0} = vector.load %buffer[%j{0}] : "
                          "memref<?xf32>, {1}\n"
                          "        %s{0} = arith.addf %a{0}, %v{0} : {1}\n",
                          k, vec);
    }
  }
  os << "        scf.yield " << formatNumbered("%s", numAccumulators) << " : "
     << formatRepeated(vec, numAccumulators) << "\n"
     << "      }\n";
  printSumAndStore(os, numAccumulators, vec);
  return text;
}

/// `@fma_probe(%seeds, %sums)`: thread `t` runs `kFmaChains` independent
/// chains `a = fma(a, x, y)` for `kFmaIterations` trips, with `x`, `y` and
/// each chain's start loaded from `seeds` (so nothing folds and no two
/// chains are alike), and stores the sum of the chains to `sums[t]`.
std::string buildFmaProbe(int64_t lanes) {
  std::string text;
  llvm::raw_string_ostream os(text);
  std::string vec = vectorType(lanes);
  os << "module {\n"
     << "  func.func @fma_probe(%seeds: memref<?xf32>, %sums: memref<?xf32>) "
        "attributes {llvm.emit_c_interface} {\n";
  SmallVector<int64_t> constants = {0, 1, kFmaIterations};
  for (int64_t k = 1; k < kFmaChains + 2; ++k)
    constants.push_back(k * lanes);
  llvm::sort(constants);
  constants.erase(llvm::unique(constants), constants.end());
  printIndexConstants(os, constants);
  os << "    %threads = memref.dim %sums, %c0 : memref<?xf32>\n"
     << "    scf.parallel (%t) = (%c0) to (%threads) step (%c1) {\n"
     << "      %x = vector.load %seeds[%c0] : memref<?xf32>, " << vec << "\n"
     << "      %y = vector.load %seeds[%c" << lanes << "] : memref<?xf32>, "
     << vec << "\n";
  for (int64_t k = 0; k < kFmaChains; ++k)
    os << llvm::formatv("      %init{0} = vector.load %seeds[%c{1}] : "
                        "memref<?xf32>, {2}\n",
                        k, (k + 2) * lanes, vec);
  os << "      %acc:" << kFmaChains << " = scf.for %i = %c0 to %c"
     << kFmaIterations << " step %c1 iter_args(";
  for (int64_t k = 0; k < kFmaChains; ++k)
    os << (k ? ", " : "") << "%a" << k << " = %init" << k;
  os << ") -> (" << formatRepeated(vec, kFmaChains) << ") {\n";
  for (int64_t k = 0; k < kFmaChains; ++k)
    os << llvm::formatv("        %n{0} = vector.fma %a{0}, %x, %y : {1}\n", k,
                        vec);
  os << "        scf.yield " << formatNumbered("%n", kFmaChains) << " : "
     << formatRepeated(vec, kFmaChains) << "\n      }\n";
  printSumAndStore(os, kFmaChains, vec);
  return text;
}

/// `@amx_probe(%a, %b, %out, %range, %status)`: asks libgqa_runtime whether
/// AMX may run (`gqa_rt_amx_available`, which requests the tile state from
/// Linux) and stores the answer to `status[0]`; if so, thread `t` runs
/// `range[0]` trips of `kAmxChains` chains of `kAmxDepth` bf16 tile
/// products (`amx.tile_mulf` of the 16x32 tiles `a` and `b` into a 16x16
/// f32 accumulator) and stores the accumulators to `out[t]`.
std::string buildAmxProbe() {
  std::string text;
  llvm::raw_string_ostream os(text);
  StringRef input = "!amx.tile<16x32xbf16>", acc = "!amx.tile<16x16xf32>";
  os << "module {\n"
     << "  func.func private @gqa_rt_amx_available() -> i32\n"
     << "  func.func @amx_probe(%a: memref<16x32xbf16>, %b: "
        "memref<16x32xbf16>, %out: memref<?x" << 16 * kAmxChains
     << "x16xf32>, %range: memref<?xi64>, %status: memref<?xi32>) "
        "attributes {llvm.emit_c_interface} {\n";
  SmallVector<int64_t> constants = {0, 1};
  for (int64_t k = 1; k < kAmxChains; ++k)
    constants.push_back(16 * k);
  printIndexConstants(os, constants);
  os << "    %available = func.call @gqa_rt_amx_available() : () -> i32\n"
     << "    memref.store %available, %status[%c0] : memref<?xi32>\n"
     << "    %zero = arith.constant 0 : i32\n"
     << "    %run = arith.cmpi ne, %available, %zero : i32\n"
     << "    %iters64 = memref.load %range[%c0] : memref<?xi64>\n"
     << "    %iters = arith.index_cast %iters64 : i64 to index\n"
     << "    %threads = memref.dim %out, %c0 : memref<?x" << 16 * kAmxChains
     << "x16xf32>\n"
     << "    scf.if %run {\n"
     << "    scf.parallel (%t) = (%c0) to (%threads) step (%c1) {\n"
     << "      %ta = amx.tile_load %a[%c0, %c0] : memref<16x32xbf16> into "
     << input << "\n"
     << "      %tb = amx.tile_load %b[%c0, %c0] : memref<16x32xbf16> into "
     << input << "\n";
  std::string view = llvm::formatv("memref<{0}x16xf32, strided<[16, 1], "
                                   "offset: ?>>",
                                   16 * kAmxChains)
                         .str();
  os << "      %s = memref.subview %out[%t, 0, 0] [1, " << 16 * kAmxChains
     << ", 16] [1, 1, 1] : memref<?x" << 16 * kAmxChains << "x16xf32> to "
     << view << "\n"
     << "      scf.for %i = %c0 to %iters step %c1 {\n";
  for (int64_t k = 0; k < kAmxChains; ++k)
    os << llvm::formatv("        %m{0}_0 = amx.tile_zero : {1}\n", k, acc);
  for (int64_t d = 1; d <= kAmxDepth; ++d)
    for (int64_t k = 0; k < kAmxChains; ++k)
      os << llvm::formatv("        %m{0}_{1} = amx.tile_mulf %ta, %tb, "
                          "%m{0}_{2} : {3}, {3}, {4}\n",
                          k, d, d - 1, input, acc);
  for (int64_t k = 0; k < kAmxChains; ++k)
    os << llvm::formatv("        amx.tile_store %s[%c{0}, %c0], %m{1}_{2} : "
                        "{3}, {4}\n",
                        16 * k, k, kAmxDepth, view, acc);
  os << "      }\n"
     << "      scf.reduce\n"
     << "    }\n"
     << "    }\n"
     << "    return\n"
     << "  }\n"
     << "}\n";
  return text;
}

/// The lowering of the probes (on the builtin.module, no anchor): the tail
/// of gqa-cpu-pipeline (OpenMP, vector and memref to LLVM, target CPU),
/// without its attention passes.
std::string getProbePipeline(StringRef targetCpu, unsigned threads) {
  return llvm::formatv(
             "convert-scf-to-openmp{{num-threads={0}},canonicalize,"
             "lower-affine,convert-scf-to-cf,expand-strided-metadata,"
             "lower-affine,convert-vector-to-llvm{{reassociate-fp-reductions="
             "true enable-amx=true},finalize-memref-to-llvm,convert-arith-to-llvm,"
             "convert-index-to-llvm,convert-openmp-to-llvm,"
             "convert-func-to-llvm,convert-cf-to-llvm,"
             "reconcile-unrealized-casts,gqa-set-target-cpu{{cpu={1}}",
             threads, targetCpu)
      .str();
}

/// Parses `text` and JIT-compiles its `funcName` with the probe pipeline.
llvm::Expected<std::unique_ptr<JitFunction>>
compileProbe(MLIRContext &context, StringRef text, StringRef funcName,
             ArrayRef<int64_t> argumentRanks, StringRef targetCpu,
             unsigned threads, const RunConfig &config) {
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &context);
  if (!module)
    return probeError("the " + funcName + " module does not parse");
  PipelineChoice pipeline{"probe", getProbePipeline(targetCpu, threads)};
  llvm::Expected<std::unique_ptr<JitFunction>> function = JitFunction::compile(
      *module, funcName, pipeline, argumentRanks, {}, config.jit);
  if (!function)
    return probeError("@" + funcName + ": " +
                      llvm::toString(function.takeError()));
  return function;
}

/// The AMX probe's GFLOP/s, or 0 when the process may not run AMX (the CPU
/// that runs it lacks it, or Linux refuses the tile state).
llvm::Expected<double> runAmxProbe(MLIRContext &context, StringRef targetCpu,
                                   unsigned threads, unsigned samples,
                                   const RunConfig &config) {
  llvm::Expected<std::unique_ptr<JitFunction>> function =
      compileProbe(context, buildAmxProbe(), "amx_probe", {2, 2, 3, 1, 1},
                   targetCpu, threads, config);
  if (!function)
    return function.takeError();
  HostTensor a(DType::BF16, {16, 32}), b(DType::BF16, {16, 32});
  for (int64_t i = 0; i < 16 * 32; ++i) {
    a.set(i, 0.01 * (i % 7));
    b.set(i, 0.02 * (i % 5));
  }
  HostTensor out(DType::F32, {threads, 16 * kAmxChains, 16});
  HostTensor range(DType::I64, {1});
  range.set(0, static_cast<double>(kAmxIterations));
  HostTensor status(DType::I32, {1});
  llvm::Expected<Timing> timing = timeCalls(
      [&](int64_t) {
        return (*function)->call({&a, &b, &out, &range, &status}, {});
      },
      samples, /*minWarmupCalls=*/2);
  if (!timing)
    return timing.takeError();
  if (status.get(0) == 0)
    return 0.0;
  // 16 x 16 x 32 multiply-adds per tile product.
  double flops = 2.0 * 16 * 16 * 32 * kAmxChains * kAmxDepth *
                 double(kAmxIterations) * threads;
  return flops / timing->medianSeconds * 1e-9;
}

} // namespace

int64_t mlir::gqa::run::getLastLevelCacheBytes() {
  int64_t largest = 0;
  for (int index = 0; index < 8; ++index) {
    std::string path =
        llvm::formatv("/sys/devices/system/cpu/cpu0/cache/index{0}/size", index)
            .str();
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
        llvm::MemoryBuffer::getFileAsStream(path);
    if (!file)
      continue;
    // "32768K", "1M", ...
    StringRef size = (*file)->getBuffer().trim();
    int64_t scale = 1;
    if (size.consume_back("K"))
      scale = int64_t(1) << 10;
    else if (size.consume_back("M"))
      scale = int64_t(1) << 20;
    else if (size.consume_back("G"))
      scale = int64_t(1) << 30;
    int64_t value;
    if (!size.getAsInteger(10, value))
      largest = std::max(largest, value * scale);
  }
  return largest > 0 ? largest : int64_t(32) << 20;
}

llvm::Expected<ProbeResults>
mlir::gqa::run::runProbes(StringRef targetCpu, unsigned threads,
                          unsigned samples, const RunConfig &config) {
  std::string error;
  FailureOr<int64_t> vectorBits = getTargetVectorBits(targetCpu, error);
  if (failed(vectorBits))
    return probeError(error);
  int64_t lanes = *vectorBits / 32;

  ProbeResults results;
  results.vectorBits = *vectorBits;
  results.fmaChains = kFmaChains;
  results.threads = threads;
  MLIRContext context(*config.registry, MLIRContext::Threading::DISABLED);

  // Streaming read. The buffer is written once (never left to the kernel's
  // shared zero page) and read from its first 64-byte aligned element.
  {
    llvm::Expected<std::unique_ptr<JitFunction>> function =
        compileProbe(context, buildReadProbe(lanes), "read_probe", {1, 1, 1},
                     targetCpu, threads, config);
    if (!function)
      return function.takeError();
    int64_t bytes =
        std::max(kMinReadBytes, kReadCacheFactor * getLastLevelCacheBytes());
    int64_t elements = bytes / 4;
    HostTensor buffer(DType::F32, {elements + 16}, /*fillByte=*/0x3c);
    auto address = reinterpret_cast<uintptr_t>(buffer.data());
    int64_t first = static_cast<int64_t>((64 - address % 64) % 64) / 4;
    int64_t block = kReadStreams * kReadVectorsPerStream * lanes;
    int64_t chunk = elements / threads / block * block;
    HostTensor range(DType::I64, {2});
    range.set(0, static_cast<double>(first));
    range.set(1, static_cast<double>(chunk));
    HostTensor sums(DType::F32, {threads});
    llvm::Expected<Timing> timing = timeCalls(
        [&](int64_t) {
          return (*function)->call({&buffer, &range, &sums}, {});
        },
        samples, /*minWarmupCalls=*/2);
    if (!timing)
      return timing.takeError();
    results.readBytes = chunk * threads * 4;
    results.readGBps = results.readBytes / timing->medianSeconds * 1e-9;
  }

  // FMA peak: x = 0.9999 and y = 1e-4 keep every chain near 1 (no overflow,
  // no denormals).
  {
    llvm::Expected<std::unique_ptr<JitFunction>> function =
        compileProbe(context, buildFmaProbe(lanes), "fma_probe", {1, 1},
                     targetCpu, threads, config);
    if (!function)
      return function.takeError();
    HostTensor seeds(DType::F32, {(kFmaChains + 2) * lanes});
    for (int64_t i = 0; i < lanes; ++i) {
      seeds.set(i, 0.9999);
      seeds.set(lanes + i, 1e-4);
    }
    for (int64_t k = 0; k < kFmaChains; ++k)
      for (int64_t i = 0; i < lanes; ++i)
        seeds.set((k + 2) * lanes + i, 0.5 + 0.01 * k + 0.001 * i);
    HostTensor sums(DType::F32, {threads});
    llvm::Expected<Timing> timing = timeCalls(
        [&](int64_t) {
          return (*function)->call({&seeds, &sums}, {});
        },
        samples, /*minWarmupCalls=*/2);
    if (!timing)
      return timing.takeError();
    double flops = 2.0 * lanes * kFmaChains * double(kFmaIterations) * threads;
    results.fmaGFlops = flops / timing->medianSeconds * 1e-9;
  }

  if (targetHasFeature(targetCpu, "amx-bf16")) {
    llvm::Expected<double> gflops =
        runAmxProbe(context, targetCpu, threads, samples, config);
    if (!gflops)
      return gflops.takeError();
    results.amxGFlops = *gflops;
  }
  return results;
}
