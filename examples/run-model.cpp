// Runs a model graph compiled by gqa-compile on the inputs of a `.data`
// manifest written by export_families.py and compares its results with
// PyTorch's, saved in the same manifest.
//
//   run-model DATA [--tolerance T] [--bad-token] [--time N] [--name S]
//             [--in-place R=A,...]
//
// The manifest has one line per argument (`arg TYPE d0xd1x...`) and per
// result (`result TYPE ...`), each followed by the values in row-major order;
// TYPE is f32, bf16 or i64 (bf16 values are written as the floats they are). The program calls `_mlir_ciface_forward` of the
// header it is built with, passing one memref descriptor per argument and
// result, and prints the status, the largest absolute and relative errors
// (relative to the largest |expected|) and PASS when the status is 0, nothing is NaN, the absolute error is
// at most T (1e-4 by default) and the call left its inputs unchanged (an
// entry writes no argument but those it updates in place).
//
// --in-place R=A,... is for objects compiled with --update-in-place (the
// header names the arguments): result R of the manifest is argument A after
// the call, which gets no out-parameter for it.
//
// With --time N it then calls the entry N more times and prints the median
// and the fastest wall time of one call. --name S prefixes the lines with S.
//
// With --bad-token the first argument (the token ids) gets one id equal to
// the vocabulary size (the last dimension of the logits, the last result): the entry
// must return GQA_STATUS_ASSERT_FAILED and leave the results untouched.

#include "model.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

/// One tensor of the manifest and the descriptor the callee gets for it.
struct Tensor {
  std::string type;
  std::vector<int64_t> sizes;
  std::vector<double> values;   // as read (the expected ones for results)
  std::vector<float> f32;       // the buffer, for f32
  std::vector<uint16_t> bf16;   // the buffer, for bf16 (the float's top half)
  std::vector<int64_t> i64;     // the buffer, for i64
  std::vector<int64_t> descriptor;

  int64_t getNumElements() const {
    int64_t n = 1;
    for (int64_t size : sizes)
      n *= size;
    return n;
  }

  /// Element `i` of the buffer, as a double.
  double get(size_t i) const {
    if (type == "f32")
      return f32[i];
    if (type == "bf16")
      return fromBF16(bf16[i]);
    return static_cast<double>(i64[i]);
  }

  /// Whether the buffer still holds the values (as `prepare` filled it).
  bool holdsValues() const {
    for (size_t i = 0; i < values.size(); ++i)
      if (type == "i64" ? i64[i] != static_cast<int64_t>(values[i])
                        : get(i) != static_cast<float>(values[i]))
        return false;
    return true;
  }

  /// Round to nearest even; the manifest's bf16 values are exact.
  static uint16_t toBF16(float value) {
    uint32_t bits;
    std::memcpy(&bits, &value, sizeof(bits));
    bits += 0x7fff + ((bits >> 16) & 1);
    return static_cast<uint16_t>(bits >> 16);
  }
  static float fromBF16(uint16_t half) {
    uint32_t bits = static_cast<uint32_t>(half) << 16;
    float value;
    std::memcpy(&value, &bits, sizeof(value));
    return value;
  }

  /// Fills the buffer with `fill` (or the values) and lays out the memref
  /// descriptor {allocated, aligned, offset, sizes..., strides...}.
  void prepare(bool useValues, double fill) {
    int64_t n = getNumElements();
    void *data;
    if (type == "f32") {
      f32.assign(n, static_cast<float>(fill));
      if (useValues)
        for (int64_t i = 0; i < n; ++i)
          f32[i] = static_cast<float>(values[i]);
      data = f32.data();
    } else if (type == "bf16") {
      bf16.assign(n, toBF16(static_cast<float>(fill)));
      if (useValues)
        for (int64_t i = 0; i < n; ++i)
          bf16[i] = toBF16(static_cast<float>(values[i]));
      data = bf16.data();
    } else {
      i64.assign(n, static_cast<int64_t>(fill));
      if (useValues)
        for (int64_t i = 0; i < n; ++i)
          i64[i] = static_cast<int64_t>(values[i]);
      data = i64.data();
    }
    size_t rank = sizes.size();
    descriptor.assign(3 + 2 * rank, 0);
    std::memcpy(&descriptor[0], &data, sizeof(void *));
    std::memcpy(&descriptor[1], &data, sizeof(void *));
    int64_t stride = 1;
    for (size_t i = rank; i-- > 0;) {
      descriptor[3 + i] = sizes[i];
      descriptor[3 + rank + i] = stride;
      stride *= sizes[i];
    }
  }
};

bool readManifest(const char *path, std::vector<Tensor> &args,
                  std::vector<Tensor> &results) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "run-model: cannot read '%s'\n", path);
    return false;
  }
  std::string line;
  Tensor *current = nullptr;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#')
      continue;
    std::istringstream words(line);
    std::string kind;
    words >> kind;
    if (kind == "arg" || kind == "result") {
      std::vector<Tensor> &list = kind == "arg" ? args : results;
      list.emplace_back();
      current = &list.back();
      std::string shape;
      words >> current->type >> shape;
      if (shape != "scalar") {
        std::istringstream dims(shape);
        std::string dim;
        while (std::getline(dims, dim, 'x'))
          current->sizes.push_back(std::stoll(dim));
      }
      continue;
    }
    if (!current) {
      std::fprintf(stderr, "run-model: values before a header in '%s'\n", path);
      return false;
    }
    std::istringstream values(line);
    double value;
    while (values >> value)
      current->values.push_back(value);
  }
  for (const std::vector<Tensor> *list : {&args, &results})
    for (const Tensor &t : *list)
      if (static_cast<int64_t>(t.values.size()) != t.getNumElements() ||
          (t.type != "f32" && t.type != "bf16" && t.type != "i64")) {
        std::fprintf(stderr, "run-model: malformed tensor in '%s'\n", path);
        return false;
      }
  return !args.empty() && !results.empty();
}

/// Parses `R=A,...` of --in-place into `pairs`.
bool parseInPlace(const char *text, std::vector<std::pair<size_t, size_t>> &pairs) {
  std::istringstream list(text);
  std::string item;
  while (std::getline(list, item, ',')) {
    size_t result, arg;
    char equals;
    std::istringstream pair(item);
    if (!(pair >> result >> equals >> arg) || equals != '=' || !pair.eof()) {
      std::fprintf(stderr, "run-model: --in-place expects R=A,..., got '%s'\n",
                   text);
      return false;
    }
    pairs.emplace_back(result, arg);
  }
  return true;
}

/// Calls the entry with the descriptors in `pointers`: the C interface
/// takes one pointer per memref, so a function of N pointers is the same
/// function.
template <size_t... I>
int32_t callWith(void *const *pointers, std::index_sequence<I...>) {
  using Entry = int32_t (*)(decltype(I, (void *)nullptr)...);
  return reinterpret_cast<Entry>(&_mlir_ciface_forward)(pointers[I]...);
}

template <size_t N = 1>
int32_t call(const std::vector<void *> &pointers) {
  if constexpr (N > 512) {
    std::fprintf(stderr, "run-model: more than 512 memref arguments\n");
    std::exit(2);
  } else {
    if (pointers.size() == N)
      return callWith(pointers.data(), std::make_index_sequence<N>());
    return call<N + 1>(pointers);
  }
}

/// Calls the entry `repeats` times on `pointers`; prints the median and
/// fastest time of a call.
void printTime(const char *prefix, const std::vector<void *> &pointers,
               int repeats) {
  std::vector<double> ms;
  for (int i = 0; i < repeats; ++i) {
    auto start = std::chrono::steady_clock::now();
    call(pointers);
    std::chrono::duration<double, std::milli> took =
        std::chrono::steady_clock::now() - start;
    ms.push_back(took.count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%stime per call: median %.3f ms, fastest %.3f ms (%d calls)\n",
              prefix, ms[ms.size() / 2], ms.front(), repeats);
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: run-model DATA [--tolerance T] [--bad-token] "
                         "[--time N] [--name S]\n");
    return 2;
  }
  double tolerance = 1e-4;
  bool badToken = false;
  int repeats = 0;
  std::string prefix;
  std::vector<std::pair<size_t, size_t>> inPlace; // (result, argument)
  for (int i = 2; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--tolerance") && i + 1 < argc)
      tolerance = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--bad-token"))
      badToken = true;
    else if (!std::strcmp(argv[i], "--time") && i + 1 < argc)
      repeats = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--name") && i + 1 < argc)
      prefix = std::string(argv[++i]) + ": ";
    else if (!std::strcmp(argv[i], "--in-place") && i + 1 < argc) {
      if (!parseInPlace(argv[++i], inPlace))
        return 2;
    }
    else {
      std::fprintf(stderr, "run-model: unknown argument '%s'\n", argv[i]);
      return 2;
    }
  }
  std::vector<Tensor> args, results;
  if (!readManifest(argv[1], args, results))
    return 2;
  for (auto [result, arg] : inPlace)
    if (result >= results.size() || arg >= args.size() ||
        results[result].type != args[arg].type ||
        results[result].sizes != args[arg].sizes) {
      std::fprintf(stderr, "run-model: --in-place %zu=%zu: no such result "
                   "and argument of one type and shape\n", result, arg);
      return 2;
    }
  auto isInPlace = [&](size_t index, bool isResult) {
    return std::any_of(inPlace.begin(), inPlace.end(), [&](auto pair) {
      return (isResult ? pair.first : pair.second) == index;
    });
  };

  constexpr double kSentinel = -4096.0; // exact in f32, bf16 and i64
  if (badToken)
    args[0].values[args[0].values.size() / 2] =
        static_cast<double>(results.back().sizes.back());
  std::vector<void *> pointers;
  for (Tensor &t : args) {
    t.prepare(/*useValues=*/true, 0.0);
    pointers.push_back(t.descriptor.data());
  }
  for (size_t i = 0; i < results.size(); ++i) {
    results[i].prepare(/*useValues=*/false, kSentinel);
    if (!isInPlace(i, /*isResult=*/true))
      pointers.push_back(results[i].descriptor.data());
  }
  int32_t status = call(pointers);
  // The arguments the call must not have written, and the results it wrote
  // into arguments.
  bool inputsUnchanged = true;
  for (size_t i = 0; i < args.size(); ++i)
    if (!isInPlace(i, /*isResult=*/false))
      inputsUnchanged = inputsUnchanged && args[i].holdsValues();
  bool updatedUntouched = true;
  for (auto [result, arg] : inPlace) {
    updatedUntouched = updatedUntouched && args[arg].holdsValues();
    results[result].f32 = args[arg].f32;
    results[result].bf16 = args[arg].bf16;
    results[result].i64 = args[arg].i64;
  }

  if (badToken) {
    bool untouched = inputsUnchanged && updatedUntouched;
    for (size_t i = 0; i < results.size(); ++i)
      if (!isInPlace(i, /*isResult=*/true))
        for (size_t j = 0; j < results[i].values.size(); ++j)
          untouched = untouched && results[i].get(j) == kSentinel;
    bool pass = status == GQA_STATUS_ASSERT_FAILED && untouched;
    std::printf("%stoken id out of range: status %d, results %s, %s\n", prefix.c_str(),
                status, untouched ? "untouched" : "written",
                pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
  }

  double maxAbs = 0.0, maxRel = 0.0, maxExpected = 0.0;
  bool nan = false;
  for (const Tensor &t : results)
    for (size_t i = 0; i < t.values.size(); ++i) {
      double got = t.get(i);
      double want = t.values[i];
      nan = nan || std::isnan(got);
      double error = std::fabs(got - want);
      maxAbs = std::max(maxAbs, error);
      maxExpected = std::max(maxExpected, std::fabs(want));
    }
  // Relative to the largest expected magnitude (element-wise relative
  // errors of logits near 0 say nothing).
  maxRel = maxExpected > 0.0 ? maxAbs / maxExpected : maxAbs;
  bool pass = status == GQA_STATUS_OK && !nan && maxAbs <= tolerance &&
              inputsUnchanged;
  std::printf("%sstatus %d, max |logit| %.3g, max abs error %.3g, max rel "
              "error %.3g%s, inputs %s, %s\n",
              prefix.c_str(), status, maxExpected, maxAbs, maxRel, nan ? ", NaN" : "",
              inputsUnchanged ? "unchanged" : "WRITTEN", pass ? "PASS" : "FAIL");
  if (pass && repeats > 0)
    printTime(prefix.c_str(), pointers, repeats);
  return pass ? 0 : 1;
}
