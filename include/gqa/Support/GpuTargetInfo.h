//===- GpuTargetInfo.h - The NVIDIA GPUs gqa-mlir compiles for --*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The one table of GPU facts: every pass, pipeline and tool that needs the
// number of multiprocessors, the shared memory or the registers of a GPU, or
// the PTX features to compile for it, reads them here. CPU facts (cache
// sizes, vector width) are a different quantity and live with the CPU
// tiling (`CpuTargetInfo` in gqa/Dialect/GQA/Transforms/Transforms.h).
//
//===----------------------------------------------------------------------===//

#ifndef GQA_SUPPORT_GPUTARGETINFO_H
#define GQA_SUPPORT_GPUTARGETINFO_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mlir::gqa {

/// The NVIDIA GPU architectures the project compiles for.
enum class GpuChip {
  /// Ampere (A100): `mma.sync`, `cp.async`, `ldmatrix`.
  Sm80,
  /// Hopper (H100, H200) without the architecture-specific features.
  Sm90,
  /// Hopper with `wgmma` and TMA, which PTX offers only for `sm_90a`.
  Sm90a,
};

/// What the compiler knows of one chip. Counts that differ between parts of
/// one architecture (multiprocessors) are those of its flagship data-center
/// part; passes that use them take an override.
struct GpuTargetInfo {
  GpuChip chip;
  /// The architecture as NVVM, ptxas and PTX's `.target` spell it.
  llvm::StringRef name;
  /// The flagship part the per-part counts come from.
  llvm::StringRef part;
  /// Streaming multiprocessors.
  int64_t numMultiprocessors;
  /// Threads of a warp.
  int64_t warpSize;
  /// Shared memory a block may use without opting in, in bytes.
  int64_t sharedMemoryPerBlock;
  /// Shared memory a block may use after opting in
  /// (`CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES`), in bytes.
  int64_t sharedMemoryPerBlockOptIn;
  /// Shared memory of one multiprocessor, in bytes.
  int64_t sharedMemoryPerMultiprocessor;
  /// 32-bit registers of one multiprocessor.
  int64_t registersPerMultiprocessor;
  /// The most registers one thread may have.
  int64_t maxRegistersPerThread;
  /// The LLVM NVPTX features to compile with (the PTX ISA version).
  llvm::StringRef ptxFeatures;
  /// Warpgroup MMA (`wgmma.mma_async`).
  bool hasWgmma;
  /// The tensor memory accelerator (`cp.async.bulk.tensor`).
  bool hasTma;
};

/// The facts of `chip`.
const GpuTargetInfo &getGpuTargetInfo(GpuChip chip);

/// The chip named `name` (`sm_80`, `sm_90`, `sm_90a`), or nothing.
std::optional<GpuChip> parseGpuChip(llvm::StringRef name);

/// `sm_80`, `sm_90` or `sm_90a`.
llvm::StringRef stringifyGpuChip(GpuChip chip);

/// The values of a command-line or pass option of type `GpuChip`, shared by
/// every option that names a chip.
llvm::cl::ValuesClass getGpuChipOptionValues();

/// The names of all chips, for messages: "sm_80, sm_90 or sm_90a".
std::string getGpuChipNames();

} // namespace mlir::gqa

#endif // GQA_SUPPORT_GPUTARGETINFO_H
