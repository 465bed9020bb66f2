//===- AllocatorRuntime.cpp - Temporaries that keep their pages -----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The allocation functions of code compiled by gqa-cpu-pipeline
// (finalize-memref-to-llvm with use-generic-functions). A model's entry
// allocates the same temporaries on every call: the MLP's activations, a
// concatenated KV cache, tens of megabytes each. With malloc, blocks that
// large are mapped on every call and unmapped on free, so every call pays a
// page fault and the zeroing of every page it touches (a quarter of the
// samples of a bf16 Llama layer's prefill). Here freed blocks are kept, by
// size, and handed out again: after the first call an entry allocates no
// new memory.
//
// The blocks kept never exceed the high-water mark of the bytes live at
// once, so the memory held is at most what one call of the entry needs
// beyond what malloc would hold.
//
//===----------------------------------------------------------------------===//

#include "gqa-runtime/gqa_runtime.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <mutex>

namespace {

/// Alignment of every block, and the least room before the pointer handed
/// out: it holds the block's size and its header's length.
constexpr uint64_t kAlignment = 64;

/// Blocks below this size go straight to malloc: they come from malloc's
/// own free lists, which already keep their pages.
constexpr uint64_t kMinKeptBytes = 1 << 20;

struct Pool {
  std::mutex mutex;
  std::multimap<uint64_t, char *> kept; // size -> block (with its header)
  uint64_t keptBytes = 0;
  uint64_t liveBytes = 0;
  uint64_t highWater = 0;
};

Pool &getPool() {
  static Pool *pool = new Pool; // never destroyed: frees may run at exit
  return *pool;
}

/// Whether blocks of `size` bytes with a `header`-byte header are pooled.
bool isPooled(uint64_t size, uint64_t header) {
  return size >= kMinKeptBytes && header == kAlignment;
}

void *allocate(uint64_t size, uint64_t alignment) {
  uint64_t header = std::max(kAlignment, alignment);
  char *block = nullptr;
  if (isPooled(size, header)) {
    Pool &pool = getPool();
    std::lock_guard<std::mutex> lock(pool.mutex);
    auto it = pool.kept.find(size);
    if (it != pool.kept.end()) {
      block = it->second;
      pool.kept.erase(it);
      pool.keptBytes -= size;
    }
    pool.liveBytes += size;
    pool.highWater = std::max(pool.highWater, pool.liveBytes);
  }
  if (!block) {
    uint64_t total = (size + header + header - 1) / header * header;
    block = static_cast<char *>(std::aligned_alloc(header, total));
  }
  if (!block)
    return nullptr;
  char *pointer = block + header;
  reinterpret_cast<uint64_t *>(pointer)[-1] = header;
  reinterpret_cast<uint64_t *>(pointer)[-2] = size;
  return pointer;
}

void release(void *pointer) {
  if (!pointer)
    return;
  uint64_t header = static_cast<uint64_t *>(pointer)[-1];
  uint64_t size = static_cast<uint64_t *>(pointer)[-2];
  char *block = static_cast<char *>(pointer) - header;
  if (isPooled(size, header)) {
    Pool &pool = getPool();
    std::lock_guard<std::mutex> lock(pool.mutex);
    pool.liveBytes -= size;
    if (pool.keptBytes + size <= pool.highWater) {
      pool.kept.emplace(size, block);
      pool.keptBytes += size;
      return;
    }
  }
  std::free(block);
}

} // namespace

extern "C" void *_mlir_memref_to_llvm_alloc(uint64_t size) {
  return allocate(size, kAlignment);
}

extern "C" void *_mlir_memref_to_llvm_aligned_alloc(uint64_t alignment,
                                                    uint64_t size) {
  return allocate(size, alignment);
}

extern "C" void _mlir_memref_to_llvm_free(void *pointer) { release(pointer); }
