#!/usr/bin/env bash
# Installs what gqa-mlir needs to build and test on Debian 12 (run as root).
# Skips apt entirely when everything is already there.
set -euo pipefail

# libdnnl-dev: oneDNN, which libgqa_runtime calls for matrix products;
# libopenblas-dev: only for bench/gemm_libs.py, which compares the two.
packages=(llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools clang-22
          lld libomp-22-dev cmake ninja-build python3 libdnnl-dev
          libopenblas-dev)

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" ||
    missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
