//===- Amx.h - What the runtime's AMX kernels share -------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The permission check, target attribute and tile configuration of the
// runtime's AMX code (the attention of AttentionRuntime.cpp and the products
// of ContractionRuntime.cpp). See docs/amx.md.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_RUNTIME_AMX_H
#define GQA_RUNTIME_AMX_H

#include <cstdint>

/// The instruction sets of a function that runs AMX tiles and the AVX-512
/// code around them.
#define GQA_AMX_TARGET                                                         \
  __attribute__((target("amx-tile,amx-bf16,avx512f,avx512bw,avx512vl,"         \
                        "avx512dq,avx512bf16")))

namespace gqa::runtime {

/// Tile geometry (the architecture's, not a tuning): 16 rows of 64 bytes,
/// that is 16 f32 or 32 bf16 (16 pairs) per row.
constexpr int64_t kTileRows = 16;

/// Whether this process may use AMX tiles: GQA_RT_AMX is not "0", the CPU
/// has AMX-BF16 (and AVX512-BF16), and Linux granted the permission for the
/// tile data state (arch_prctl ARCH_REQ_XCOMP_PERM), asked once per process.
bool amxAvailable();

/// Loads the configuration of 8 tiles of 16 x 64 bytes on the calling
/// thread (palette 1). Each thread that runs tile instructions loads it
/// first and releases the tiles (releaseTiles) when it is done.
void configureTiles();
void releaseTiles();

} // namespace gqa::runtime

#endif // GQA_RUNTIME_AMX_H
