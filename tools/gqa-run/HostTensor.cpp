//===- HostTensor.cpp - Dense host tensors for gqa-run --------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "HostTensor.h"

#include "FloatConversion.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <cassert>
#include <cstring>

using namespace mlir::gqa::run;

HostTensor::HostTensor(DType dtype, llvm::ArrayRef<int64_t> shape,
                       uint8_t fillByte)
    : dtype(dtype), shape(shape.begin(), shape.end()), numElements(1) {
  for (int64_t size : shape)
    numElements *= size;
  int64_t bytes = numElements * onnx::getDTypeSize(dtype);
  storage.assign(std::max<int64_t>(1, (bytes + 7) / 8), 0);
  std::memset(storage.data(), fillByte, storage.size() * sizeof(uint64_t));
}

HostTensor HostTensor::fromBytes(DType dtype, llvm::ArrayRef<int64_t> shape,
                                 llvm::ArrayRef<uint8_t> bytes) {
  HostTensor tensor(dtype, shape);
  assert(static_cast<int64_t>(bytes.size()) ==
             tensor.numElements * onnx::getDTypeSize(dtype) &&
         "byte count does not match the shape");
  if (!bytes.empty())
    std::memcpy(tensor.storage.data(), bytes.data(), bytes.size());
  return tensor;
}

/// Element `index` of the `T`s stored at `base`.
template <typename T> static T loadElement(const uint8_t *base, int64_t index) {
  T value;
  std::memcpy(&value, base + sizeof(T) * index, sizeof(T));
  return value;
}

/// Stores `value` as element `index` of the `T`s at `base`.
template <typename T>
static void storeElement(uint8_t *base, int64_t index, T value) {
  std::memcpy(base + sizeof(T) * index, &value, sizeof(T));
}

double HostTensor::get(int64_t index) const {
  assert(index >= 0 && index < numElements && "index out of range");
  const auto *base = reinterpret_cast<const uint8_t *>(storage.data());
  switch (dtype) {
  case DType::F32:
    return loadElement<float>(base, index);
  case DType::F16:
    return halfToFloat(loadElement<uint16_t>(base, index));
  case DType::BF16:
    return bfloat16ToFloat(loadElement<uint16_t>(base, index));
  case DType::I1:
    return base[index] ? 1.0 : 0.0;
  case DType::I32:
    return loadElement<int32_t>(base, index);
  case DType::I64:
    return static_cast<double>(loadElement<int64_t>(base, index));
  }
  return 0.0;
}

void HostTensor::set(int64_t index, double value) {
  assert(index >= 0 && index < numElements && "index out of range");
  auto *base = reinterpret_cast<uint8_t *>(storage.data());
  switch (dtype) {
  case DType::F32:
    storeElement(base, index, static_cast<float>(value));
    return;
  case DType::F16:
    storeElement(base, index, floatToHalf(static_cast<float>(value)));
    return;
  case DType::BF16:
    storeElement(base, index, floatToBFloat16(static_cast<float>(value)));
    return;
  case DType::I1:
    base[index] = value != 0.0 ? 1 : 0;
    return;
  case DType::I32:
    storeElement(base, index, static_cast<int32_t>(value));
    return;
  case DType::I64:
    storeElement(base, index, static_cast<int64_t>(value));
    return;
  }
}

llvm::SmallVector<int64_t> HostTensor::getStrides() const {
  llvm::SmallVector<int64_t> strides(shape.size(), 1);
  for (int64_t i = static_cast<int64_t>(shape.size()) - 2; i >= 0; --i)
    strides[i] = strides[i + 1] * shape[i + 1];
  return strides;
}

std::string HostTensor::formatIndex(int64_t index) const {
  llvm::SmallVector<int64_t> coordinates(shape.size(), 0);
  for (int64_t i = static_cast<int64_t>(shape.size()) - 1; i >= 0; --i) {
    if (shape[i] == 0)
      continue;
    coordinates[i] = index % shape[i];
    index /= shape[i];
  }
  std::string result = "[";
  llvm::raw_string_ostream os(result);
  llvm::interleaveComma(coordinates, os);
  os << "]";
  return result;
}

double mlir::gqa::run::roundToDType(double value, DType dtype) {
  switch (dtype) {
  case DType::F32:
    return static_cast<float>(value);
  case DType::F16:
    return halfToFloat(floatToHalf(static_cast<float>(value)));
  case DType::BF16:
    return bfloat16ToFloat(floatToBFloat16(static_cast<float>(value)));
  default:
    return value;
  }
}

double mlir::gqa::run::getEpsilon(DType dtype) {
  switch (dtype) {
  case DType::F16:
    return 0x1p-10;
  case DType::BF16:
    return 0x1p-7;
  default:
    return 0x1p-23;
  }
}
