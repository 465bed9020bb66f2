//===- HostTensor.h - Dense host tensors for gqa-run ------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// A dense, row-major host tensor of one of the case element types, with
// element access through `double`. Its storage is 8-byte aligned so that it
// can back a memref of any of those types.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_RUN_HOSTTENSOR_H
#define GQA_TOOLS_GQA_RUN_HOSTTENSOR_H

#include "gqa/Import/ONNXAttention.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mlir::gqa::run {

using onnx::DType;

/// A dense row-major tensor in host memory.
class HostTensor {
public:
  /// A tensor of `shape` whose bytes are all `fillByte` (0xff makes every
  /// float element a NaN, which exposes elements a kernel never wrote).
  HostTensor(DType dtype, llvm::ArrayRef<int64_t> shape, uint8_t fillByte = 0);

  /// A tensor holding a copy of `bytes` (which must have the right size).
  static HostTensor fromBytes(DType dtype, llvm::ArrayRef<int64_t> shape,
                              llvm::ArrayRef<uint8_t> bytes);

  DType getDType() const { return dtype; }
  llvm::ArrayRef<int64_t> getShape() const { return shape; }
  int64_t getRank() const { return shape.size(); }
  int64_t getNumElements() const { return numElements; }

  /// The first element; valid (and 8-byte aligned) even for an empty tensor.
  void *data() { return storage.data(); }
  const void *data() const { return storage.data(); }

  /// Element `index` (row-major) as a double; exact for every element type.
  double get(int64_t index) const;

  /// Stores `value` into element `index`, rounded to the element type
  /// (nearest even for floats; integers and booleans truncate toward zero,
  /// booleans store `value != 0`).
  void set(int64_t index, double value);

  /// Row-major strides, in elements.
  llvm::SmallVector<int64_t> getStrides() const;

  /// `[i, j, k]` of the element at row-major `index`.
  std::string formatIndex(int64_t index) const;

private:
  DType dtype;
  llvm::SmallVector<int64_t> shape;
  int64_t numElements;
  std::vector<uint64_t> storage;
};

/// Rounds `value` to the nearest value of the float type `dtype`.
double roundToDType(double value, DType dtype);

/// The difference between 1 and the next larger value of the float type
/// `dtype` (2^-23, 2^-10, 2^-7).
double getEpsilon(DType dtype);

} // namespace mlir::gqa::run

#endif // GQA_TOOLS_GQA_RUN_HOSTTENSOR_H
