#!/usr/bin/env bash
# Configures and builds gqa-mlir against Debian's LLVM/MLIR 22.
#   utils/build.sh [BUILD_DIR] [extra cmake arguments...]
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
shift || true
llvm=/usr/lib/llvm-22

cmake -G Ninja -S "$src" -B "$build" \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_COMPILER="$llvm/bin/clang" \
  -DCMAKE_CXX_COMPILER="$llvm/bin/clang++" \
  -DLLVM_USE_LINKER=lld \
  -DMLIR_DIR="$llvm/lib/cmake/mlir" \
  -DMLIR_LINK_MLIR_DYLIB=ON \
  -DLLVM_EXTERNAL_LIT="$llvm/bin/lit" \
  "$@"
ninja -C "$build"
