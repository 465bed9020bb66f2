//===- Amx.cpp - The permission and configuration of AMX tiles -----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "Amx.h"

#include "gqa-runtime/gqa_runtime.h"

#include <cstdlib>
#include <cstring>

#include <cpuid.h>
#include <immintrin.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace gqa::runtime {

bool amxAvailable() {
  static const bool available = [] {
    if (const char *setting = std::getenv("GQA_RT_AMX"))
      if (std::strcmp(setting, "0") == 0)
        return false;
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
      return false;
    bool amxBf16 = edx & (1u << 22), amxTile = edx & (1u << 24);
    bool avx512Bf16 = false;
    if (__get_cpuid_count(7, 1, &eax, &ebx, &ecx, &edx))
      avx512Bf16 = eax & (1u << 5);
    if (!amxBf16 || !amxTile || !avx512Bf16)
      return false;
    constexpr long kReqXcompPerm = 0x1023, kXfeatureXtiledata = 18;
    return syscall(SYS_arch_prctl, kReqXcompPerm, kXfeatureXtiledata) == 0;
  }();
  return available;
}

namespace {
/// The 64-byte tile configuration: palette 1, every tile 16 x 64 bytes.
struct alignas(64) TileConfig {
  uint8_t palette = 1, startRow = 0, reserved[14] = {};
  uint16_t colBytes[16] = {};
  uint8_t rows[16] = {};
  TileConfig() {
    for (int t = 0; t < 8; ++t) {
      colBytes[t] = 64;
      rows[t] = kTileRows;
    }
  }
};
} // namespace

GQA_AMX_TARGET void configureTiles() {
  TileConfig config;
  _tile_loadconfig(&config);
}

GQA_AMX_TARGET void releaseTiles() { _tile_release(); }

} // namespace gqa::runtime

extern "C" int32_t gqa_rt_amx_available(void) {
  return gqa::runtime::amxAvailable();
}
