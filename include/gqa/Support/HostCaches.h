//===- HostCaches.h - This machine's cache sizes ------------------*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The cost models size tiles and prefetch distances from the per-core
// caches; passes whose cache option is 0 read them from this machine.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_SUPPORT_HOSTCACHES_H
#define GQA_SUPPORT_HOSTCACHES_H

#include <cstdint>

namespace mlir::gqa {

/// The per-core cache sizes the cost models assume where neither an option
/// nor the system gives one.
constexpr int64_t kFallbackL1DataBytes = 48 * 1024;
constexpr int64_t kFallbackL2Bytes = 1024 * 1024;

/// This machine's per-core L1 data cache in bytes, or `fallback` where the
/// system does not say.
int64_t getHostL1DataBytes(int64_t fallback);

/// This machine's per-core L2 cache in bytes, or `fallback` where the
/// system does not say.
int64_t getHostL2Bytes(int64_t fallback);

} // namespace mlir::gqa

#endif // GQA_SUPPORT_HOSTCACHES_H
