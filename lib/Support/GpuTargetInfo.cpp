//===- GpuTargetInfo.cpp - The NVIDIA GPUs gqa-mlir compiles for ----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Figures from NVIDIA's CUDA C++ Programming Guide (compute capabilities
// 8.0 and 9.0) and the A100 and H100/H200 data sheets.
//
//===----------------------------------------------------------------------===//

#include "gqa/Support/GpuTargetInfo.h"

#include "llvm/ADT/STLExtras.h"

using namespace mlir::gqa;

namespace {
constexpr int64_t kKiB = 1024;

/// One row per chip, in the order of `GpuChip`. PTX ISA 8.0 (CUDA 12.0)
/// covers all three.
const GpuTargetInfo kGpuTargets[] = {
    {GpuChip::Sm80, "sm_80", "A100", /*numMultiprocessors=*/108,
     /*warpSize=*/32, /*sharedMemoryPerBlock=*/48 * kKiB,
     /*sharedMemoryPerBlockOptIn=*/163 * kKiB,
     /*sharedMemoryPerMultiprocessor=*/164 * kKiB,
     /*registersPerMultiprocessor=*/65536, /*maxRegistersPerThread=*/255,
     "+ptx80", /*hasWgmma=*/false, /*hasTma=*/false},
    {GpuChip::Sm90, "sm_90", "H100 SXM", 132, 32, 48 * kKiB, 227 * kKiB,
     228 * kKiB, 65536, 255, "+ptx80", false, false},
    {GpuChip::Sm90a, "sm_90a", "H100 SXM", 132, 32, 48 * kKiB, 227 * kKiB,
     228 * kKiB, 65536, 255, "+ptx80", true, true},
};
} // namespace

const GpuTargetInfo &mlir::gqa::getGpuTargetInfo(GpuChip chip) {
  const GpuTargetInfo &info = kGpuTargets[static_cast<int>(chip)];
  assert(info.chip == chip && "the table is in the order of GpuChip");
  return info;
}

std::optional<GpuChip> mlir::gqa::parseGpuChip(llvm::StringRef name) {
  for (const GpuTargetInfo &info : kGpuTargets)
    if (info.name == name)
      return info.chip;
  return std::nullopt;
}

llvm::StringRef mlir::gqa::stringifyGpuChip(GpuChip chip) {
  return getGpuTargetInfo(chip).name;
}

llvm::cl::ValuesClass mlir::gqa::getGpuChipOptionValues() {
  return llvm::cl::values(
      clEnumValN(GpuChip::Sm80, "sm_80", "Ampere (A100)"),
      clEnumValN(GpuChip::Sm90, "sm_90", "Hopper (H100, H200)"),
      clEnumValN(GpuChip::Sm90a, "sm_90a",
                 "Hopper with wgmma and TMA (architecture-specific PTX)"));
}

std::string mlir::gqa::getGpuChipNames() {
  std::string names;
  for (auto [i, info] : llvm::enumerate(kGpuTargets)) {
    if (i > 0)
      names += i + 1 == std::size(kGpuTargets) ? " or " : ", ";
    names += info.name;
  }
  return names;
}
