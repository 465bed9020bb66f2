//===- BenchMode.cpp - gqa-run --bench and --bench-suite ------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Benchmarks, never tests: `--bench SPEC` times one problem of the `--random`
// spec syntax (plus `repeat_kv=1`, the repeated-KV baseline);
// `--bench-suite standard` times a fixed list of model shapes and the
// baselines of their memory-bound GQA decode rows. Both compile once, fill
// seeded random inputs, warm up, report the median per-call time of repeated
// samples and turn it into GB/s and GFLOP/s of useful work only (Q, O and
// the K/V rows some query may attend, each read once; FLOPs of allowed
// query-key pairs), next to the streaming-read and FMA probes (Probes.cpp)
// measured in the same run with the same threads. docs/gqa-run.md has the
// counting rules, bench/README.md the targets and the latest results.
//
//===----------------------------------------------------------------------===//

#include "Bench.h"
#include "Compare.h"
#include "ProblemSpec.h"

#include "gqa/Pipelines/Passes.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <string>
#include <thread>
#include <vector>

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::run;

//===----------------------------------------------------------------------===//
// Timing
//===----------------------------------------------------------------------===//

llvm::Expected<SmallVector<Timing>> mlir::gqa::run::timeInterleaved(
    ArrayRef<llvm::function_ref<llvm::Error(int64_t)>> calls, unsigned samples,
    int64_t minWarmupCalls) {
  using Clock = std::chrono::steady_clock;
  auto secondsSince = [](Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
  };
  constexpr double kMinWarmupSeconds = 0.1;

  // Warm-up: the OpenMP threads start, caches and clocks settle.
  SmallVector<int64_t> indices(calls.size(), 0);
  for (auto [call, index] : llvm::zip_equal(calls, indices)) {
    Clock::time_point warmupStart = Clock::now();
    while (index < minWarmupCalls ||
           secondsSince(warmupStart) < kMinWarmupSeconds)
      if (llvm::Error error = call(index++))
        return std::move(error);
  }

  SmallVector<Timing> timings(calls.size());
  std::vector<std::vector<double>> perCall(calls.size());
  for (unsigned sample = 0; sample < samples; ++sample) {
    for (size_t k = 0; k < calls.size(); ++k) {
      int64_t numCalls = 0;
      double elapsed = 0.0;
      Clock::time_point start = Clock::now();
      do {
        if (llvm::Error error = calls[k](indices[k]++))
          return std::move(error);
        ++numCalls;
        elapsed = secondsSince(start);
      } while (elapsed < kMinSampleSeconds);
      perCall[k].push_back(elapsed / numCalls);
      timings[k].calls += numCalls;
    }
  }
  for (auto [timing, times] : llvm::zip_equal(timings, perCall)) {
    llvm::sort(times);
    size_t middle = times.size() / 2;
    timing.medianSeconds = times.size() % 2
                               ? times[middle]
                               : 0.5 * (times[middle - 1] + times[middle]);
    timing.minSeconds = times.front();
    timing.maxSeconds = times.back();
    timing.samples = samples;
  }
  return timings;
}

llvm::Expected<Timing>
mlir::gqa::run::timeCalls(llvm::function_ref<llvm::Error(int64_t)> call,
                          unsigned samples, int64_t minWarmupCalls) {
  llvm::Expected<SmallVector<Timing>> timings =
      timeInterleaved({call}, samples, minWarmupCalls);
  if (!timings)
    return timings.takeError();
  return timings->front();
}

namespace {

//===----------------------------------------------------------------------===//
// Useful work
//===----------------------------------------------------------------------===//

/// The work a problem needs, whatever a kernel does beyond it.
struct UsefulWork {
  /// Q and O once, and once per KV head the K/V rows that at least one query
  /// row may attend.
  double bytes = 0.0;
  /// 2 * D (Q K^T) + 2 * Dv (P V) per allowed (query head, row, key).
  double flops = 0.0;
  /// The element type of Q, K and V (bf16 work is what AMX tiles multiply).
  DType dtype = DType::F32;
};

/// The useful work of `spec` with the kv_lengths and q_offset of `inputs`.
/// Keys are allowed by kv_lengths, causal and window only: a boolean or
/// float mask does not reduce the count (it is data, not structure).
UsefulWork countUsefulWork(const ProblemSpec &s, const ProblemInputs &inputs) {
  double elementBytes = onnx::getDTypeSize(s.dtype);
  double allowedPairs = 0.0;
  double attendedKeyRows = 0.0;
  for (int64_t b = 0; b < s.batch; ++b) {
    int64_t length =
        inputs.kvLengths
            ? std::clamp<int64_t>(
                  static_cast<int64_t>(inputs.kvLengths->get(b)), 0, s.kvLength)
            : s.kvLength;
    int64_t offset = 0;
    if (inputs.queryOffset)
      offset = static_cast<int64_t>(inputs.queryOffset->get(b));
    else if (s.alignment == Alignment::BottomRight)
      offset = length - s.queryLength;
    // Row i attends [low, high]; both ends grow with i, so the union of the
    // rows' ranges is one sweep.
    int64_t covered = -1;
    for (int64_t i = 0; i < s.queryLength; ++i) {
      int64_t position = i + offset;
      int64_t low = 0, high = length - 1;
      if (s.causal)
        high = std::min(high, position);
      if (s.window)
        low = std::max(low, position - *s.window);
      if (high < low)
        continue;
      allowedPairs += double(high - low + 1);
      int64_t start = std::max(low, covered + 1);
      if (high >= start)
        attendedKeyRows += double(high - start + 1);
      covered = std::max(covered, high);
    }
  }
  UsefulWork work;
  double queryRows = double(s.batch) * s.numQueryHeads * s.queryLength;
  work.bytes = elementBytes * (queryRows * (s.headDim + s.valueHeadDim) +
                               double(s.numKvHeads) * attendedKeyRows *
                                   (s.headDim + s.valueHeadDim));
  work.flops = double(s.numQueryHeads) * allowedPairs *
               (2.0 * s.headDim + 2.0 * s.valueHeadDim);
  work.dtype = s.dtype;
  return work;
}

//===----------------------------------------------------------------------===//
// Setup
//===----------------------------------------------------------------------===//

/// The timed calls rotate over copies of the inputs and results until the
/// bytes the calls touch (the useful bytes of the problem each kernel
/// computes, e.g. only the window of a sliding-window cache) add up to at
/// least this many bytes and `kRotationCacheFactor` times the last-level
/// cache, so that each call finds its data in memory, as a decode step
/// does, not in a cache the previous calls warmed. At most `kMaxCopies`
/// copies, holding at most `kMaxCopyBytes` together.
constexpr double kMinRotationBytes = double(int64_t(256) << 20);
constexpr double kRotationCacheFactor = 4.0;
constexpr int64_t kMaxCopies = 256;
constexpr double kMaxCopyBytes = double(int64_t(4) << 30);

llvm::Error benchError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// What every measurement of one run shares.
struct BenchSetup {
  unsigned threads = 1;
  unsigned samples = 7;
  uint64_t seed = 1;
  /// The kernels' pipeline, with `numThreads` set when it is
  /// gqa-cpu-pipeline.
  PipelineChoice pipeline;
  /// The CPU the kernels are compiled for, and so the probes.
  std::string targetCpu = "native";
  const RunConfig *config = nullptr;
};

/// The options between the braces of `text` when it is exactly one
/// gqa-cpu-pipeline (`gqa-cpu-pipeline` or `gqa-cpu-pipeline{...}`).
std::optional<std::string> getCpuPipelineOptions(StringRef text) {
  StringRef name = "gqa-cpu-pipeline";
  text = text.trim();
  if (!text.consume_front(name))
    return std::nullopt;
  text = text.trim();
  if (text.empty())
    return std::string();
  if (text.size() >= 2 && text.front() == '{' && text.back() == '}' &&
      text.count('{') == 1 && text.count('}') == 1)
    return text.drop_front().drop_back().trim().str();
  return std::nullopt;
}

/// The options struct of gqa-cpu-pipeline parsed from `spelling`, the text
/// between its braces.
llvm::Expected<std::unique_ptr<CpuPipelineOptions>>
parseCpuPipelineOptions(StringRef spelling) {
  std::unique_ptr<CpuPipelineOptions> options =
      CpuPipelineOptions::createFromString(spelling);
  if (!options)
    return benchError("invalid options of gqa-cpu-pipeline: '" + spelling +
                      "'");
  return options;
}

/// gqa-cpu-pipeline built from `options`, parsed from `spelling`, with
/// `numThreads` set to `threads`. Its text, which the reports print and
/// gqa-opt takes for the same passes, is
/// `gqa-cpu-pipeline{<spelling> num-threads=<threads>}`.
PipelineChoice makeCpuPipeline(std::unique_ptr<CpuPipelineOptions> options,
                               StringRef spelling, unsigned threads) {
  options->numThreads = threads;
  std::string text =
      llvm::formatv("gqa-cpu-pipeline{{{0}{1}num-threads={2}}", spelling,
                    spelling.empty() ? "" : " ", threads)
          .str();
  std::shared_ptr<const CpuPipelineOptions> shared = std::move(options);
  PipelineChoice pipeline{text, text};
  pipeline.build = [shared](OpPassManager &pm) {
    buildCpuPipeline(pm, *shared);
  };
  return pipeline;
}

/// The target CPU named by `target-cpu=` in the text of a pipeline other
/// than gqa-cpu-pipeline, else `native`.
std::string findTargetCpu(StringRef text) {
  size_t at = text.find("target-cpu=");
  if (at == StringRef::npos)
    return "native";
  return text.drop_front(at + StringRef("target-cpu=").size())
      .take_until([](char c) { return c == ' ' || c == '}' || c == ','; })
      .str();
}

/// Resolves the thread count (OMP_NUM_THREADS is set here, before the first
/// JIT-compiled call starts the OpenMP runtime), the kernels' pipeline and
/// the target CPU.
llvm::Expected<BenchSetup> prepare(const BenchOptions &options,
                                   const RunConfig &config) {
  BenchSetup setup;
  setup.threads = options.threads
                      ? options.threads
                      : std::max(1u, std::thread::hardware_concurrency());
  setup.samples = options.samples;
  setup.seed = options.seed;
  setup.config = &config;
  setenv("OMP_NUM_THREADS", std::to_string(setup.threads).c_str(),
         /*overwrite=*/1);

  if (StringRef(config.pipeline.text).contains("num-threads"))
    return benchError("give the thread count of a benchmark with --threads, "
                      "not with num-threads in --pipeline");
  // The kernels' pipeline and their target CPU, for the probes.
  std::optional<std::string> spelling =
      getCpuPipelineOptions(config.pipeline.text);
  if (!spelling) {
    setup.pipeline = config.pipeline;
    setup.targetCpu = findTargetCpu(config.pipeline.text);
    return setup;
  }
  llvm::Expected<std::unique_ptr<CpuPipelineOptions>> cpuOptions =
      parseCpuPipelineOptions(*spelling);
  if (!cpuOptions)
    return cpuOptions.takeError();
  setup.targetCpu = (*cpuOptions)->targetCpu;
  setup.pipeline =
      makeCpuPipeline(std::move(*cpuOptions), *spelling, setup.threads);
  return setup;
}

//===----------------------------------------------------------------------===//
// Measuring one kernel
//===----------------------------------------------------------------------===//

int64_t getByteSize(const HostTensor &tensor) {
  return tensor.getNumElements() * onnx::getDTypeSize(tensor.getDType());
}

/// One kernel compiled and ready to be timed, with the copies of its inputs
/// and results that its calls rotate over.
class PreparedKernel {
public:
  /// Compiles `spec`, whose inputs are `inputs`, through `pipeline`, and
  /// makes the copies.
  static llvm::Expected<std::unique_ptr<PreparedKernel>>
  create(const ProblemSpec &spec, ProblemInputs inputs,
         const PipelineChoice &pipeline, const RunConfig &config) {
    std::unique_ptr<PreparedKernel> kernel(new PreparedKernel());
    kernel->context = std::make_unique<MLIRContext>(
        *config.registry, MLIRContext::Threading::DISABLED);
    kernel->context->loadDialect<func::FuncDialect, GQADialect>();
    OwningOpRef<ModuleOp> module =
        ModuleOp::create(UnknownLoc::get(kernel->context.get()));
    llvm::Expected<func::FuncOp> func =
        buildAttentionFunction(*module, spec, SpecUse::Bench);
    if (!func)
      return func.takeError();
    SmallVector<int64_t> argumentRanks;
    for (HostTensor *tensor : inputs.getArguments())
      argumentRanks.push_back(tensor->getRank());
    llvm::Expected<std::unique_ptr<JitFunction>> function =
        JitFunction::compile(*module, "attention", pipeline, argumentRanks, {4},
                             config.jit);
    if (!function)
      return function.takeError();
    kernel->function = std::move(*function);

    // As many copies as the rotation needs; results start as NaNs.
    HostTensor output(spec.dtype, getResultShape(spec), /*fillByte=*/0xff);
    double footprint = getByteSize(output);
    for (HostTensor *tensor : inputs.getArguments())
      footprint += getByteSize(*tensor);
    double touched = std::max(countUsefulWork(spec, inputs).bytes, 1.0);
    double rotationBytes = std::max(
        kMinRotationBytes, kRotationCacheFactor * getLastLevelCacheBytes());
    double copyLimit = std::max(1.0, std::floor(kMaxCopyBytes / footprint));
    int64_t copies = static_cast<int64_t>(
        std::clamp(std::ceil(rotationBytes / touched), 1.0,
                   std::min<double>(kMaxCopies, copyLimit)));
    kernel->inputs.reserve(copies);
    for (int64_t copy = 1; copy < copies; ++copy)
      kernel->inputs.push_back(inputs);
    kernel->inputs.push_back(std::move(inputs));
    kernel->outputs.assign(copies, output);
    for (ProblemInputs &copy : kernel->inputs)
      kernel->arguments.push_back(copy.getArguments());
    return kernel;
  }

  /// Call number `index`: on copy `index mod copies`.
  llvm::Error call(int64_t index) {
    size_t copy = static_cast<size_t>(index) % outputs.size();
    return function->call(arguments[copy], {&outputs[copy]});
  }

  int64_t getNumCopies() const { return outputs.size(); }

  /// The result of the first copy.
  const HostTensor &getOutput() const { return outputs.front(); }

  /// Fails unless the result of the first copy is finite everywhere (no
  /// valid problem has a NaN or infinite result).
  llvm::Error checkOutput() const {
    const HostTensor &output = outputs.front();
    for (int64_t i = 0; i < output.getNumElements(); ++i)
      if (!std::isfinite(output.get(i)))
        return benchError("the result holds " +
                          llvm::formatv("{0}", output.get(i)) + " at O" +
                          output.formatIndex(i) +
                          " (every valid problem has a finite result)");
    return llvm::Error::success();
  }

private:
  PreparedKernel() = default;

  std::unique_ptr<MLIRContext> context;
  std::unique_ptr<JitFunction> function;
  std::vector<ProblemInputs> inputs;
  std::vector<HostTensor> outputs;
  std::vector<SmallVector<HostTensor *>> arguments;
};

/// Times `kernels` with interleaved samples (one sample of each in turn, so
/// that they meet the same machine noise), and checks their results.
llvm::Expected<SmallVector<Timing>>
timeKernels(ArrayRef<PreparedKernel *> kernels, const BenchSetup &setup) {
  SmallVector<std::function<llvm::Error(int64_t)>> callables;
  for (PreparedKernel *kernel : kernels)
    callables.push_back(
        [kernel](int64_t index) { return kernel->call(index); });
  SmallVector<llvm::function_ref<llvm::Error(int64_t)>> calls(callables.begin(),
                                                              callables.end());
  llvm::Expected<SmallVector<Timing>> timings =
      timeInterleaved(calls, setup.samples, /*minWarmupCalls=*/2);
  if (!timings)
    return benchError("a call failed: " + llvm::toString(timings.takeError()));
  for (PreparedKernel *kernel : kernels)
    if (llvm::Error error = kernel->checkOutput())
      return std::move(error);
  return timings;
}

/// A benchmark's numbers.
struct BenchResult {
  std::string name;
  std::string spec;
  std::string pipeline;
  UsefulWork work;
  Timing timing;
  int64_t copies = 1;
  double ms = 0.0, gbps = 0.0, gflops = 0.0;
  double bwFraction = 0.0, flopFraction = 0.0;
  /// GFLOP/s / the AMX probe's, for bf16 work (which AMX tiles multiply)
  /// when the probe ran; none otherwise.
  std::optional<double> amxFraction;
};

BenchResult makeResult(StringRef name, StringRef spec,
                       const PipelineChoice &pipeline, UsefulWork work,
                       const Timing &timing, int64_t copies,
                       const ProbeResults &probes) {
  BenchResult result;
  result.name = name.str();
  result.spec = spec.str();
  result.pipeline = pipeline.text;
  result.work = work;
  result.timing = timing;
  result.copies = copies;
  double seconds = timing.medianSeconds;
  result.ms = seconds * 1e3;
  result.gbps = work.bytes / seconds * 1e-9;
  result.gflops = work.flops / seconds * 1e-9;
  result.bwFraction = result.gbps / probes.readGBps;
  result.flopFraction = result.gflops / probes.fmaGFlops;
  if (probes.amxGFlops > 0 && work.dtype == DType::BF16)
    result.amxFraction = result.gflops / probes.amxGFlops;
  return result;
}

/// The inputs of the kernel of `spec`: `inputs` themselves, or with
/// `repeat_kv=1` their K and V repeated to Hq heads.
ProblemInputs getKernelInputs(const ProblemSpec &spec,
                              const ProblemInputs &inputs) {
  return spec.repeatKv ? repeatKeyValues(spec, inputs) : inputs;
}

/// The problem the kernel of `spec` computes.
ProblemSpec getKernelSpec(const ProblemSpec &spec) {
  return spec.repeatKv ? getRepeatedKvSpec(spec) : spec;
}

//===----------------------------------------------------------------------===//
// Printing
//===----------------------------------------------------------------------===//

/// A JSON number with 6 significant digits (null when not finite).
void writeNumber(llvm::json::OStream &json, StringRef key, double value) {
  json.attributeBegin(key);
  if (std::isfinite(value))
    json.rawValue(llvm::formatv("{0}", llvm::format("%.6g", value)).str());
  else
    json.value(nullptr);
  json.attributeEnd();
}

void writeProbes(llvm::json::OStream &json, const ProbeResults &probes) {
  writeNumber(json, "probe_read_gbps", probes.readGBps);
  writeNumber(json, "probe_fma_gflops", probes.fmaGFlops);
  json.attribute("probe_read_bytes", probes.readBytes);
  json.attribute("probe_vector_bits", probes.vectorBits);
  if (probes.amxGFlops > 0)
    writeNumber(json, "probe_amx_gflops", probes.amxGFlops);
}

void writeResult(llvm::json::OStream &json, const BenchResult &result) {
  if (!result.name.empty())
    json.attribute("name", result.name);
  json.attribute("spec", result.spec);
  json.attribute("pipeline", result.pipeline);
  writeNumber(json, "ms", result.ms);
  writeNumber(json, "gbps", result.gbps);
  writeNumber(json, "gflops", result.gflops);
  writeNumber(json, "bw_fraction", result.bwFraction);
  writeNumber(json, "flop_fraction", result.flopFraction);
  if (result.amxFraction)
    writeNumber(json, "amx_fraction", *result.amxFraction);
  // Counts, exact (integers below 2^53).
  json.attribute("useful_bytes", static_cast<int64_t>(result.work.bytes));
  json.attribute("useful_flops", static_cast<int64_t>(result.work.flops));
  writeNumber(json, "min_ms", result.timing.minSeconds * 1e3);
  writeNumber(json, "max_ms", result.timing.maxSeconds * 1e3);
  json.attribute("samples", result.timing.samples);
  json.attribute("calls", result.timing.calls);
  json.attribute("input_copies", result.copies);
}

void printProbes(llvm::raw_ostream &os, const ProbeResults &probes) {
  os << llvm::format("probes (%u threads): streaming read %.2f GB/s over "
                     "%lld MiB; FMA %.1f GFLOP/s (vector<%lldxf32>, %lld "
                     "chains per thread); balance %.1f FLOP/byte",
                     probes.threads, probes.readGBps,
                     static_cast<long long>(probes.readBytes >> 20),
                     probes.fmaGFlops,
                     static_cast<long long>(probes.vectorBits / 32),
                     static_cast<long long>(probes.fmaChains),
                     probes.fmaGFlops / probes.readGBps);
  if (probes.amxGFlops > 0)
    os << llvm::format("; AMX %.1f GFLOP/s (bf16 tile products)",
                       probes.amxGFlops);
  os << "\n";
}

/// True when `work` needs fewer FLOPs per byte than the machine balance of
/// the probes: memory bandwidth, not the FMA units, bounds it.
bool isMemoryBound(const UsefulWork &work, const ProbeResults &probes) {
  return work.flops / work.bytes < probes.fmaGFlops / probes.readGBps;
}

/// The 1-minute load average when the run starts (other processes compete
/// with the benchmark on a small machine), or none outside Linux.
std::optional<double> getLoadAverage() {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFileAsStream("/proc/loadavg");
  double load;
  if (!file || (*file)->getBuffer().split(' ').first.getAsDouble(load))
    return std::nullopt;
  return load;
}

/// ", load average L" when known.
std::string formatLoadAverage(std::optional<double> load) {
  if (!load)
    return "";
  return llvm::formatv(", load average {0:f2} at start", *load).str();
}

void reportFailure(StringRef what, llvm::Error error) {
  reportError(what + ": " + llvm::toString(std::move(error)));
}

//===----------------------------------------------------------------------===//
// The standard suite
//===----------------------------------------------------------------------===//

/// What a suite row is held to (bench/README.md).
enum class RowKind { Decode, Prefill };

/// A row of a suite: a causal problem of the `--bench` spec syntax.
struct SuiteRow {
  llvm::StringLiteral name;
  int64_t batch, numQueryHeads, numKvHeads, queryLength, kvLength, headDim;
  llvm::StringLiteral dtype;
  /// The sliding window, 0 for none.
  int64_t window = 0;
};

/// Llama-3-8B (32 query heads, 8 KV heads, D = 128), Mistral-7B (the same
/// heads, a 4096-key sliding window), Falcon-7B (71 query heads, 1 KV head,
/// D = 64) and a D = 64 multi-head prefill.
constexpr SuiteRow kStandardSuite[] = {
    // clang-format off
    // name                        b  hq hkv    sq    skv    d  dtype  window
    {"llama3-decode-b1-8k-f32",    1, 32,  8,    1,  8192, 128, "f32"},
    {"llama3-decode-b1-8k-f16",    1, 32,  8,    1,  8192, 128, "f16"},
    {"llama3-decode-b1-8k-bf16",   1, 32,  8,    1,  8192, 128, "bf16"},
    {"llama3-decode-b1-32k-f32",   1, 32,  8,    1, 32768, 128, "f32"},
    {"llama3-decode-b1-32k-f16",   1, 32,  8,    1, 32768, 128, "f16"},
    {"llama3-decode-b8-4k-f16",    8, 32,  8,    1,  4096, 128, "f16"},
    {"mistral-swa-decode-16k-f16", 1, 32,  8,    1, 16384, 128, "f16", 4095},
    {"falcon-mqa-decode-8k-f16",   1, 71,  1,    1,  8192,  64, "f16"},
    {"llama3-prefill-2k-f16",      1, 32,  8, 2048,  2048, 128, "f16"},
    {"llama3-prefill-2k-f32",      1, 32,  8, 2048,  2048, 128, "f32"},
    {"llama3-prefill-2k-bf16",     1, 32,  8, 2048,  2048, 128, "bf16"},
    {"mha-d64-prefill-1k-f16",     1, 16, 16, 1024,  1024,  64, "f16"},
    // clang-format on
};

/// A decode row computes one query row per head, at the end of its cache;
/// any other row is a prefill.
RowKind getKind(const SuiteRow &row) {
  return row.queryLength == 1 ? RowKind::Decode : RowKind::Prefill;
}

/// The spec of `row`: `b=1,hq=32,hkv=8,sq=1,skv=8192,d=128,dtype=f16,
/// causal=1`, then `,alignment=bottom_right` for a decode and `,window=W`.
std::string getSpec(const SuiteRow &row) {
  std::string spec =
      llvm::formatv("b={0},hq={1},hkv={2},sq={3},skv={4},d={5},dtype={6},"
                    "causal=1",
                    row.batch, row.numQueryHeads, row.numKvHeads,
                    row.queryLength, row.kvLength, row.headDim, row.dtype)
          .str();
  if (getKind(row) == RowKind::Decode)
    spec += ",alignment=bottom_right";
  if (row.window)
    spec += ",window=" + std::to_string(row.window);
  return spec;
}

/// Target fractions of the probes (issue 4).
constexpr double kDecodeBwTarget = 0.80;
constexpr double kPrefillFlopTarget = 0.40;
constexpr double kSpeedupTargetPerGroup = 0.75;

/// One printed row of the suite: a kernel, or a baseline with its speedup.
struct SuiteLine {
  BenchResult result;
  std::string label;
  /// "memory" or "compute".
  StringRef bound;
  /// Baselines only: baseline ms / packed ms.
  std::optional<double> speedup;
  /// The target, e.g. `bw>=0.80`, and whether it is met (none: no target).
  std::string target;
  std::optional<bool> met;
  /// Baselines only: whether the packed and baseline results agree.
  std::optional<bool> agrees;
};

void printSuiteHeader(llvm::raw_ostream &os) {
  os << llvm::format("%-28s %9s %8s %8s %7s %7s %8s %-7s %7s  %s\n", "name",
                     "ms", "GB/s", "GFLOP/s", "bw_frac", "fl_frac", "amx_frac",
                     "bound", "speedup", "target");
}

void printSuiteLine(llvm::raw_ostream &os, const SuiteLine &line) {
  const BenchResult &r = line.result;
  std::string speedup =
      line.speedup ? llvm::formatv("{0:f2}", *line.speedup).str() : "-";
  std::string target = line.target;
  if (line.met)
    target += *line.met ? " met" : " MISSED";
  std::string amx =
      r.amxFraction ? llvm::formatv("{0:f3}", *r.amxFraction).str() : "-";
  os << llvm::format("%-28s %9.3f %8.2f %8.2f %7.3f %7.3f %8s %-7s %7s  %s\n",
                     line.label.c_str(), r.ms, r.gbps, r.gflops, r.bwFraction,
                     r.flopFraction, amx.c_str(), line.bound.str().c_str(),
                     speedup.c_str(), target.c_str());
  os.flush();
}

/// The tolerance between the packed result and the repeated-KV baseline's:
/// both are within about one unit in the last place of the exact result.
ToleranceSpec getCrossCheckTolerance(DType dtype) {
  if (dtype == DType::F32)
    return {2e-5, 2e-5};
  return {4.0 * getEpsilon(dtype), 4.0 * getEpsilon(dtype)};
}

/// What the rows of a suite share, and what they add up to.
struct SuiteRun {
  const BenchSetup &setup;
  /// The repeated-KV baselines' pipeline.
  const PipelineChoice &baselinePipeline;
  const ProbeResults &probes;
  const RunConfig &config;
  llvm::raw_ostream &os;
  /// The printed lines, for the JSON report.
  std::vector<SuiteLine> lines = {};
  int numFailed = 0;

  /// Reports that `name` failed with `error`.
  void fail(const llvm::Twine &name, llvm::Error error) {
    reportFailure(name.str(), std::move(error));
    ++numFailed;
  }

  /// Prints `line` and keeps it for the JSON report.
  void add(const SuiteLine &line) {
    printSuiteLine(os, line);
    lines.push_back(line);
  }
};

/// The line of the kernel of `row` (whose spec is `spec`), held to the
/// target of its kind.
SuiteLine makeKernelLine(const SuiteRow &row, StringRef spec,
                         const UsefulWork &work, const Timing &timing,
                         int64_t copies, const SuiteRun &suite) {
  SuiteLine line;
  line.label = row.name.str();
  line.result = makeResult(row.name, spec, suite.setup.pipeline, work, timing,
                           copies, suite.probes);
  line.bound = isMemoryBound(work, suite.probes) ? "memory" : "compute";
  if (getKind(row) == RowKind::Decode) {
    line.target = llvm::formatv("bw>={0:f2}", kDecodeBwTarget).str();
    line.met = line.result.bwFraction >= kDecodeBwTarget;
  } else {
    line.target = llvm::formatv("flop>={0:f2}", kPrefillFlopTarget).str();
    line.met = line.result.flopFraction >= kPrefillFlopTarget;
  }
  return line;
}

/// The line of the repeated-KV baseline `name` of a row whose spec is
/// `spec` and whose groups have `group` query heads: its speedup over
/// `kernelLine`, held to `kSpeedupTargetPerGroup` per query head of a group
/// when the row is memory-bound.
SuiteLine makeBaselineLine(StringRef name, StringRef spec, int64_t group,
                           const UsefulWork &work, const Timing &timing,
                           int64_t copies, const SuiteLine &kernelLine,
                           const SuiteRun &suite) {
  SuiteLine line;
  line.label = "  + repeat_kv baseline";
  line.result =
      makeResult(name, (spec + ",repeat_kv=1").str(), suite.baselinePipeline,
                 work, timing, copies, suite.probes);
  line.bound = kernelLine.bound;
  line.speedup = line.result.ms / kernelLine.result.ms;
  double targetSpeedup = kSpeedupTargetPerGroup * group;
  if (line.bound == "memory") {
    line.target = llvm::formatv("x>={0:f2}", targetSpeedup).str();
    line.met = *line.speedup >= targetSpeedup;
  } else {
    line.target = "n/a (compute-bound)";
  }
  return line;
}

/// Compares the result of `packed` with its repeated-KV `baseline`'s: the
/// deduplication of K/V must not change it (both were checked finite).
Comparison compareWithBaseline(DType dtype, const PreparedKernel &packed,
                               const PreparedKernel &baseline) {
  Comparison comparison(getCrossCheckTolerance(dtype));
  const HostTensor &expected = baseline.getOutput();
  comparison.compare("O", packed.getOutput(),
                     [&](int64_t i) { return expected.get(i); });
  return comparison;
}

/// Measures `row`: its kernel and, for GQA decode, its repeated-KV baseline
/// on the same data, timed with interleaved samples. Prints their lines; a
/// row that cannot run, or whose baseline disagrees, counts as failed.
void runSuiteRow(const SuiteRow &row, SuiteRun &suite) {
  std::string specText = getSpec(row);
  llvm::Expected<ProblemSpec> spec = parseProblemSpec(specText, SpecUse::Bench);
  if (!spec) {
    suite.fail(row.name, spec.takeError());
    return;
  }
  int64_t group = spec->numQueryHeads / spec->numKvHeads;
  bool withBaseline = getKind(row) == RowKind::Decode && group > 1;
  Random random(suite.setup.seed);
  ProblemInputs inputs = generateInputs(*spec, random);
  UsefulWork work = countUsefulWork(*spec, inputs);

  SmallVector<std::unique_ptr<PreparedKernel>, 2> kernels;
  std::optional<ProblemInputs> repeated;
  if (withBaseline)
    repeated = repeatKeyValues(*spec, inputs);
  llvm::Expected<std::unique_ptr<PreparedKernel>> packed =
      PreparedKernel::create(*spec, std::move(inputs), suite.setup.pipeline,
                             suite.config);
  if (!packed) {
    suite.fail(row.name, packed.takeError());
    return;
  }
  kernels.push_back(std::move(*packed));
  std::string baselineName = (row.name + "/repeat_kv").str();
  if (withBaseline) {
    llvm::Expected<std::unique_ptr<PreparedKernel>> baseline =
        PreparedKernel::create(getRepeatedKvSpec(*spec), std::move(*repeated),
                               suite.baselinePipeline, suite.config);
    if (!baseline) {
      suite.fail(baselineName, baseline.takeError());
      return;
    }
    kernels.push_back(std::move(*baseline));
  }
  SmallVector<PreparedKernel *, 2> kernelPointers;
  for (std::unique_ptr<PreparedKernel> &kernel : kernels)
    kernelPointers.push_back(kernel.get());
  llvm::Expected<SmallVector<Timing>> timings =
      timeKernels(kernelPointers, suite.setup);
  if (!timings) {
    suite.fail(row.name, timings.takeError());
    return;
  }

  SuiteLine line = makeKernelLine(row, specText, work, (*timings)[0],
                                  kernels[0]->getNumCopies(), suite);
  suite.add(line);
  if (!withBaseline)
    return;
  SuiteLine baselineLine =
      makeBaselineLine(baselineName, specText, group, work, (*timings)[1],
                       kernels[1]->getNumCopies(), line, suite);
  Comparison comparison =
      compareWithBaseline(spec->dtype, *kernels[0], *kernels[1]);
  baselineLine.agrees = comparison.passed();
  suite.add(baselineLine);
  if (!comparison.passed()) {
    std::string message;
    llvm::raw_string_ostream messageOs(message);
    comparison.print(messageOs, "packed vs repeated-KV result");
    suite.fail(row.name, benchError(StringRef(message).trim()));
  }
}

/// The last line of `--bench-suite --json`: the run, the probes, every
/// line of `suite` and the number of failures.
void writeSuiteJson(llvm::raw_ostream &os, const SuiteRun &suite,
                    std::optional<double> load) {
  llvm::json::OStream json(os);
  json.object([&] {
    json.attribute("suite", "standard");
    json.attribute("threads", static_cast<int64_t>(suite.setup.threads));
    json.attribute("pipeline", suite.setup.pipeline.text);
    json.attribute("baseline_pipeline", suite.baselinePipeline.text);
    if (load)
      writeNumber(json, "load_average", *load);
    writeProbes(json, suite.probes);
    json.attributeArray("rows", [&] {
      for (const SuiteLine &line : suite.lines) {
        json.object([&] {
          writeResult(json, line.result);
          json.attribute("bound", line.bound);
          if (line.speedup)
            writeNumber(json, "speedup", *line.speedup);
          if (!line.target.empty())
            json.attribute("target", line.target);
          if (line.met)
            json.attribute("target_met", *line.met);
          if (line.agrees)
            json.attribute("matches_packed_result", *line.agrees);
        });
      }
    });
    json.attribute("failed", suite.numFailed);
  });
  os << "\n";
}

} // namespace

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

int mlir::gqa::run::runBenchMode(StringRef specText,
                                 const BenchOptions &options,
                                 const RunConfig &config) {
  llvm::Expected<ProblemSpec> spec = parseProblemSpec(specText, SpecUse::Bench);
  if (!spec) {
    reportError(llvm::toString(spec.takeError()));
    return kExitError;
  }
  llvm::Expected<BenchSetup> setup = prepare(options, config);
  if (!setup) {
    reportError("--bench: " + llvm::toString(setup.takeError()));
    return kExitError;
  }

  std::optional<double> load = getLoadAverage();
  llvm::Expected<ProbeResults> probes =
      runProbes(setup->targetCpu, setup->threads, setup->samples, config);
  if (!probes) {
    reportFailure("--bench", probes.takeError());
    return kExitFailed;
  }

  // Work is counted on the original problem, also for repeat_kv=1.
  Random random(setup->seed);
  ProblemInputs inputs = generateInputs(*spec, random);
  UsefulWork work = countUsefulWork(*spec, inputs);
  llvm::Expected<std::unique_ptr<PreparedKernel>> kernel =
      PreparedKernel::create(getKernelSpec(*spec),
                             getKernelInputs(*spec, inputs), setup->pipeline,
                             config);
  if (!kernel) {
    reportFailure("--bench", kernel.takeError());
    return kExitFailed;
  }
  llvm::Expected<SmallVector<Timing>> timing =
      timeKernels({kernel->get()}, *setup);
  if (!timing) {
    reportFailure("--bench", timing.takeError());
    return kExitFailed;
  }
  BenchResult r =
      makeResult("", specText, setup->pipeline, work, timing->front(),
                 (*kernel)->getNumCopies(), *probes);

  llvm::raw_ostream &os = llvm::outs();
  int64_t group = spec->numQueryHeads / spec->numKvHeads;
  os << "bench " << specText << "\n";
  os << "pipeline " << r.pipeline << ", " << setup->threads << " threads"
     << formatLoadAverage(load)
     << (spec->repeatKv ? ", repeated-KV baseline (work of the original "
                          "GQA problem)"
                        : "")
     << "\n";
  printProbes(os, *probes);
  os << llvm::format("useful work: %.4g MB, %.4g MFLOP (G = %lld, %.2f "
                     "FLOP/byte: %s-bound)\n",
                     r.work.bytes * 1e-6, r.work.flops * 1e-6,
                     static_cast<long long>(group), r.work.flops / r.work.bytes,
                     isMemoryBound(r.work, *probes) ? "memory" : "compute");
  os << llvm::format("time: median %.4f ms of %lld samples (min %.4f, max "
                     "%.4f ms; %lld timed calls over %lld input copies)\n",
                     r.ms, static_cast<long long>(r.timing.samples),
                     r.timing.minSeconds * 1e3, r.timing.maxSeconds * 1e3,
                     static_cast<long long>(r.timing.calls),
                     static_cast<long long>(r.copies));
  os << llvm::format("result: %.4f ms, %.2f GB/s, %.2f GFLOP/s, bw_fraction "
                     "%.3f, flop_fraction %.3f",
                     r.ms, r.gbps, r.gflops, r.bwFraction, r.flopFraction);
  if (r.amxFraction)
    os << llvm::format(", amx_fraction %.3f", *r.amxFraction);
  os << "\n";
  if (options.json) {
    llvm::json::OStream json(os);
    json.object([&] {
      writeResult(json, r);
      json.attribute("threads", static_cast<int64_t>(setup->threads));
      json.attribute("repeat_kv", spec->repeatKv);
      if (load)
        writeNumber(json, "load_average", *load);
      writeProbes(json, *probes);
    });
    os << "\n";
  }
  os.flush();
  return kExitPassed;
}

int mlir::gqa::run::runBenchSuite(StringRef suiteName,
                                  const BenchOptions &options,
                                  const RunConfig &config) {
  if (suiteName != "standard") {
    reportError("--bench-suite: unknown suite '" + suiteName +
                "' (known: standard)");
    return kExitError;
  }
  llvm::Expected<BenchSetup> setup = prepare(options, config);
  if (!setup) {
    reportError("--bench-suite: " + llvm::toString(setup.takeError()));
    return kExitError;
  }
  // The baseline: packing off, otherwise the kernels' CPU pipeline.
  std::string baselineSpelling = "pack=false target-cpu=" + setup->targetCpu;
  llvm::Expected<std::unique_ptr<CpuPipelineOptions>> baselineOptions =
      parseCpuPipelineOptions(baselineSpelling);
  if (!baselineOptions) {
    reportFailure("--bench-suite", baselineOptions.takeError());
    return kExitError;
  }
  PipelineChoice baselinePipeline = makeCpuPipeline(
      std::move(*baselineOptions), baselineSpelling, setup->threads);

  llvm::raw_ostream &os = llvm::outs();
  std::optional<double> load = getLoadAverage();
  os << "bench-suite standard: " << setup->threads << " threads, pipeline "
     << setup->pipeline.text << ", baseline " << baselinePipeline.text
     << formatLoadAverage(load) << "\n";
  os.flush();
  llvm::Expected<ProbeResults> probes =
      runProbes(setup->targetCpu, setup->threads, setup->samples, config);
  if (!probes) {
    reportFailure("--bench-suite", probes.takeError());
    return kExitFailed;
  }
  printProbes(os, *probes);
  printSuiteHeader(os);
  os.flush();

  SuiteRun suite{*setup, baselinePipeline, *probes, config, os};
  for (const SuiteRow &row : kStandardSuite)
    runSuiteRow(row, suite);
  if (options.json)
    writeSuiteJson(os, suite, load);
  os.flush();
  if (suite.numFailed) {
    reportError(
        llvm::formatv("--bench-suite: {0} row(s) failed", suite.numFailed));
    return kExitFailed;
  }
  return kExitPassed;
}
