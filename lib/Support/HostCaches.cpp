//===- HostCaches.cpp - This machine's cache sizes ------------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "gqa/Support/HostCaches.h"

#include <unistd.h>

/// `sysconf(name)` in bytes, or `fallback` where the system does not say.
static int64_t getHostCacheBytes(int name, int64_t fallback) {
  long bytes = sysconf(name);
  return bytes > 0 ? bytes : fallback;
}

int64_t mlir::gqa::getHostL1DataBytes(int64_t fallback) {
  return getHostCacheBytes(_SC_LEVEL1_DCACHE_SIZE, fallback);
}

int64_t mlir::gqa::getHostL2Bytes(int64_t fallback) {
  return getHostCacheBytes(_SC_LEVEL2_CACHE_SIZE, fallback);
}
