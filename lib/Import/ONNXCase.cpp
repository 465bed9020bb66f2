//===- ONNXCase.cpp - Load ONNX Attention conformance cases ---------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The case format is described in the suite's README.md (shared conformance
// folder) and summarized in docs/gqa-run.md.
//
//===----------------------------------------------------------------------===//

#include "gqa/Import/ONNXCase.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <cmath>

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::onnx;

namespace json = llvm::json;

namespace {

/// The largest tensor file the loader reads (1 GiB).
constexpr int64_t kMaxTensorBytes = int64_t(1) << 30;

/// Builds the errors of the loader: `<file>: <problem>`.
template <typename... Ts>
llvm::Error fileError(StringRef file, const char *format, Ts &&...values) {
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      (file + ": " + llvm::formatv(format, std::forward<Ts>(values)...).str())
          .str());
}

/// Reads `case.json` of one folder into an AttentionCase.
class CaseParser {
public:
  CaseParser(StringRef directory, llvm::vfs::FileSystem &fileSystem)
      : fileSystem(fileSystem), directory(directory.str()) {
    llvm::SmallString<256> path(directory);
    llvm::sys::path::append(path, "case.json");
    jsonPath = std::string(path);
  }

  llvm::Expected<AttentionCase> parse();

private:
  template <typename... Ts>
  llvm::Error error(const char *format, Ts &&...values) {
    return fileError(jsonPath, format, std::forward<Ts>(values)...);
  }

  llvm::Error parseAttributes(const json::Object &root, AttentionCase &c);
  llvm::Error parseSemantics(const json::Object &root, AttentionCase &c);
  llvm::Error parseTolerance(const json::Object &root, AttentionCase &c);
  llvm::Error parseTensors(const json::Object &root, StringRef key,
                           SmallVectorImpl<TensorData> &tensors);
  llvm::Expected<TensorData> parseTensor(const json::Value &value,
                                         StringRef key, size_t index);
  llvm::Error readTensorFile(StringRef file, TensorData &tensor);

  llvm::vfs::FileSystem &fileSystem;
  std::string directory;
  std::string jsonPath;
};

} // namespace

llvm::Expected<AttentionCase> CaseParser::parse() {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
      fileSystem.getBufferForFile(jsonPath);
  if (!buffer)
    return error("cannot read: {0}", buffer.getError().message());
  llvm::Expected<json::Value> parsed = json::parse((*buffer)->getBuffer());
  if (!parsed)
    return error("malformed JSON: {0}", llvm::toString(parsed.takeError()));
  const json::Object *root = parsed->getAsObject();
  if (!root)
    return error("the top level must be a JSON object");

  AttentionCase result;
  result.directory = directory;
  if (const json::Value *name = root->get("case")) {
    std::optional<StringRef> text = name->getAsString();
    if (!text)
      return error("'case' must be a string");
    result.name = text->str();
  } else {
    result.name = llvm::sys::path::filename(directory).str();
  }
  if (const json::Value *op = root->get("op")) {
    std::optional<StringRef> text = op->getAsString();
    if (!text || *text != "Attention")
      return error("unsupported 'op': only \"Attention\" cases are supported");
  }

  if (llvm::Error err = parseAttributes(*root, result))
    return std::move(err);
  if (llvm::Error err = parseSemantics(*root, result))
    return std::move(err);
  if (llvm::Error err = parseTolerance(*root, result))
    return std::move(err);
  if (llvm::Error err = parseTensors(*root, "inputs", result.inputs))
    return std::move(err);
  if (llvm::Error err = parseTensors(*root, "outputs", result.outputs))
    return std::move(err);
  if (result.outputs.empty())
    return error("'outputs' is empty: nothing to compare");
  for (const TensorData &input : result.inputs)
    result.node.inputs.push_back(input.info);
  return result;
}

llvm::Error CaseParser::parseAttributes(const json::Object &root,
                                        AttentionCase &c) {
  const json::Value *value = root.get("attributes");
  if (!value)
    return llvm::Error::success();
  const json::Object *object = value->getAsObject();
  if (!object)
    return error("'attributes' must be a JSON object");
  AttentionAttributes &attributes = c.node.attributes;
  // Iterate in sorted order so that messages do not depend on hashing.
  SmallVector<StringRef> keys;
  for (const auto &entry : *object)
    keys.push_back(entry.first);
  llvm::sort(keys);
  for (StringRef key : keys) {
    const json::Value &entry = *object->get(key);
    auto integer = [&](std::optional<int64_t> &slot) -> llvm::Error {
      std::optional<int64_t> number = entry.getAsInteger();
      if (!number)
        return error("attribute '{0}' must be an integer", key);
      slot = *number;
      return llvm::Error::success();
    };
    auto real = [&](std::optional<double> &slot) -> llvm::Error {
      std::optional<double> number = entry.getAsNumber();
      if (!number)
        return error("attribute '{0}' must be a number", key);
      slot = *number;
      return llvm::Error::success();
    };
    llvm::Error err = llvm::Error::success();
    if (key == "is_causal")
      err = integer(attributes.isCausal);
    else if (key == "scale")
      err = real(attributes.scale);
    else if (key == "softcap")
      err = real(attributes.softcap);
    else if (key == "q_num_heads")
      err = integer(attributes.qNumHeads);
    else if (key == "kv_num_heads")
      err = integer(attributes.kvNumHeads);
    else if (key == "left_window_size")
      err = integer(attributes.leftWindowSize);
    else if (key == "right_window_size")
      err = integer(attributes.rightWindowSize);
    else if (key == "qk_matmul_output_mode")
      err = integer(attributes.qkMatmulOutputMode);
    else if (key == "softmax_precision")
      err = integer(attributes.softmaxPrecision);
    else
      attributes.unknown.push_back(key.str());
    if (err)
      return err;
  }
  return llvm::Error::success();
}

llvm::Error CaseParser::parseSemantics(const json::Object &root,
                                       AttentionCase &c) {
  const json::Object *semantics = root.getObject("semantics");
  if (!semantics)
    return error("'semantics' must be a JSON object with 'head_mapping'");
  auto text = [&](StringRef key) -> std::optional<StringRef> {
    if (const json::Value *value = semantics->get(key))
      return value->getAsString();
    return std::nullopt;
  };

  std::optional<StringRef> mapping = text("head_mapping");
  if (mapping == "contiguous")
    c.node.headMapping = HeadMapping::Contiguous;
  else if (mapping == "interleaved")
    c.node.headMapping = HeadMapping::Interleaved;
  else
    return error("'semantics.head_mapping' must be \"contiguous\" or "
                 "\"interleaved\"");

  if (semantics->get("softcap_order")) {
    std::optional<StringRef> order = text("softcap_order");
    if (order == "before_mask")
      c.node.softcapOrder = SoftcapOrder::BeforeMask;
    else if (order == "after_mask")
      c.node.softcapOrder = SoftcapOrder::AfterMask;
    else
      return error("'semantics.softcap_order' must be \"before_mask\" or "
                   "\"after_mask\"");
  }

  // Rules the runner implements; any other value is a semantics this project
  // does not compute.
  for (auto [key, expected] :
       {std::pair<StringRef, StringRef>{"causal_alignment",
                                        "top_left_plus_past_or_nonpad_offset"},
        {"fully_masked_row", "zeros"},
        {"scale_default", "1/sqrt(head_dim)"}}) {
    if (!semantics->get(key))
      continue;
    if (text(key) != expected)
      return error("unsupported 'semantics.{0}': only \"{1}\" is supported",
                   key, expected);
  }
  return llvm::Error::success();
}

llvm::Error CaseParser::parseTolerance(const json::Object &root,
                                       AttentionCase &c) {
  const json::Object *tolerance = root.getObject("tolerance");
  if (!tolerance)
    return error("'tolerance' must be a JSON object with 'abs' and 'rel'");
  for (auto [key, slot] :
       {std::pair<StringRef, double *>{"abs", &c.tolerance.abs},
        {"rel", &c.tolerance.rel}}) {
    std::optional<double> value = tolerance->getNumber(key);
    if (!value || !(*value >= 0.0) || std::isinf(*value))
      return error("'tolerance.{0}' must be a finite non-negative number", key);
    *slot = *value;
  }
  return llvm::Error::success();
}

llvm::Error CaseParser::parseTensors(const json::Object &root, StringRef key,
                                     SmallVectorImpl<TensorData> &tensors) {
  const json::Array *array = root.getArray(key);
  if (!array)
    return error("'{0}' must be a JSON array", key);
  llvm::StringSet<> names;
  for (auto [index, value] : llvm::enumerate(*array)) {
    llvm::Expected<TensorData> tensor = parseTensor(value, key, index);
    if (!tensor)
      return tensor.takeError();
    if (!names.insert(tensor->info.name).second)
      return error("{0}: '{1}' appears twice", key, tensor->info.name);
    tensors.push_back(std::move(*tensor));
  }
  return llvm::Error::success();
}

llvm::Expected<TensorData>
CaseParser::parseTensor(const json::Value &value, StringRef key, size_t index) {
  const json::Object *object = value.getAsObject();
  if (!object)
    return error("{0}[{1}] must be a JSON object", key, index);
  // `input 'Q'` / `output 'Y'` in messages.
  StringRef kind = key == "inputs" ? "input" : "output";
  std::optional<StringRef> name = object->getString("name");
  if (!name || name->empty())
    return error("{0}[{1}] needs a non-empty string 'name'", key, index);
  TensorData tensor;
  tensor.info.name = name->str();

  std::optional<StringRef> dtype = object->getString("dtype");
  if (!dtype)
    return error("{0} '{1}': 'dtype' must be a string", kind, *name);
  std::optional<DType> parsed = parseDType(*dtype);
  if (!parsed)
    return error("{0} '{1}': unknown dtype '{2}' (expected f32, f16, bf16, "
                 "i1, i32 or i64)",
                 kind, *name, *dtype);
  tensor.info.dtype = *parsed;

  const json::Array *shape = object->getArray("shape");
  if (!shape)
    return error("{0} '{1}': 'shape' must be an array of sizes", kind, *name);
  int64_t numBytes = getDTypeSize(tensor.info.dtype);
  for (const json::Value &size : *shape) {
    std::optional<int64_t> dim = size.getAsInteger();
    if (!dim || *dim < 0)
      return error("{0} '{1}': 'shape' must hold non-negative integers", kind,
                   *name);
    if (*dim > 0 && numBytes > kMaxTensorBytes / *dim)
      return error("{0} '{1}': the tensor is larger than {2} bytes", kind,
                   *name, kMaxTensorBytes);
    numBytes *= *dim;
    tensor.info.shape.push_back(*dim);
  }

  std::optional<StringRef> file = object->getString("file");
  if (!file || file->empty())
    return error("{0} '{1}': 'file' must be a non-empty string", kind, *name);
  if (llvm::sys::path::is_absolute(*file))
    return error("{0} '{1}': 'file' must be relative to the case folder", kind,
                 *name);
  llvm::SmallString<256> path(directory);
  llvm::sys::path::append(path, *file);
  if (llvm::Error err = readTensorFile(path, tensor))
    return std::move(err);
  return tensor;
}

llvm::Error CaseParser::readTensorFile(StringRef file, TensorData &tensor) {
  const TensorInfo &info = tensor.info;
  int64_t expected = info.getNumElements() * getDTypeSize(info.dtype);
  std::string shape = "[";
  llvm::raw_string_ostream os(shape);
  llvm::interleaveComma(info.shape, os);
  os << "]";
  llvm::ErrorOr<llvm::vfs::Status> status = fileSystem.status(file);
  if (!status)
    return fileError(file, "cannot read tensor '{0}': {1}", info.name,
                     status.getError().message());
  uint64_t actual = status->getSize();
  if (actual != static_cast<uint64_t>(expected))
    return fileError(file,
                     "wrong size for tensor '{0}': {1} bytes, expected {2} "
                     "(shape {3} of {4}, {5} bytes each)",
                     info.name, actual, expected, shape,
                     stringifyDType(info.dtype), getDTypeSize(info.dtype));
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
      fileSystem.getBufferForFile(file, /*FileSize=*/-1,
                                  /*RequiresNullTerminator=*/false);
  if (!buffer)
    return fileError(file, "cannot read tensor '{0}': {1}", info.name,
                     buffer.getError().message());
  StringRef bytes = (*buffer)->getBuffer();
  if (bytes.size() != static_cast<size_t>(expected))
    return fileError(file,
                     "wrong size for tensor '{0}': {1} bytes, expected "
                     "{2}",
                     info.name, bytes.size(), expected);
  tensor.bytes.assign(bytes.begin(), bytes.end());
  if (info.dtype == DType::I1) {
    for (auto [index, byte] : llvm::enumerate(tensor.bytes))
      if (byte > 1)
        return fileError(file,
                         "tensor '{0}' of i1: byte {1} is {2}, expected 0 or "
                         "1",
                         info.name, index, static_cast<unsigned>(byte));
  }
  return llvm::Error::success();
}

llvm::Expected<AttentionCase>
mlir::gqa::onnx::loadAttentionCase(StringRef directory) {
  return loadAttentionCase(directory, *llvm::vfs::getRealFileSystem());
}

llvm::Expected<AttentionCase>
mlir::gqa::onnx::loadAttentionCase(StringRef directory,
                                   llvm::vfs::FileSystem &fileSystem) {
  return CaseParser(directory, fileSystem).parse();
}

llvm::Expected<std::vector<std::string>>
mlir::gqa::onnx::findCaseDirectories(StringRef path) {
  namespace fs = llvm::sys::fs;
  if (!fs::exists(path))
    return fileError(path, "no such file or folder");
  if (!fs::is_directory(path)) {
    if (llvm::sys::path::filename(path) == "case.json")
      return std::vector<std::string>{llvm::sys::path::parent_path(path).str()};
    return fileError(path, "not a folder (expected a case folder or a folder "
                           "above case folders)");
  }
  std::vector<std::string> found;
  llvm::SmallString<256> direct(path);
  llvm::sys::path::append(direct, "case.json");
  if (fs::is_regular_file(direct))
    return std::vector<std::string>{path.str()};

  std::error_code ec;
  for (fs::recursive_directory_iterator it(path, ec), end; it != end && !ec;
       it.increment(ec)) {
    if (llvm::sys::path::filename(it->path()) != "case.json")
      continue;
    if (fs::is_regular_file(it->path()))
      found.push_back(llvm::sys::path::parent_path(it->path()).str());
  }
  if (ec)
    return fileError(path, "cannot list the folder: {0}", ec.message());
  llvm::sort(found);
  return found;
}
