#!/usr/bin/env bash
# Installs the peers that bench/peers.py compares gqa-run against. Nothing
# here is needed to build or test the compiler (utils/install-deps.sh does
# not call it).
#
#   bench/peers_setup.sh [PEERS_DIR]      (default: /work/peers)
#
# - ONNX Runtime (CPU) and IREE (compiler + runtime) from PyPI, into the
#   Python that runs peers.py ($PYTHON, default /work/venv/bin/python);
# - ggml, the tensor library of llama.cpp: its source from the
#   llama-cpp-python sdist on PyPI (vendor/llama.cpp/ggml), built with CMake
#   (Release, GGML_NATIVE=ON, CPU backend only, shared libraries) into
#   PEERS_DIR/ggml-build and installed under PEERS_DIR/ggml-install.
#   peers.py compiles bench/peers_ggml.cpp against that install.
set -euo pipefail

PEERS_DIR=${1:-/work/peers}
PYTHON=${PYTHON:-/work/venv/bin/python}
LLAMA_CPP_PYTHON_VERSION=${LLAMA_CPP_PYTHON_VERSION:-0.3.36}
JOBS=${JOBS:-2}

mkdir -p "$PEERS_DIR/src"

echo "== pip: onnxruntime, iree-base-compiler, iree-base-runtime"
"$PYTHON" -m pip install onnxruntime iree-base-compiler iree-base-runtime

echo "== ggml source: llama-cpp-python $LLAMA_CPP_PYTHON_VERSION sdist"
SDIST="$PEERS_DIR/src/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION.tar.gz"
if [ ! -f "$SDIST" ]; then
  "$PYTHON" -m pip download --no-binary :all: --no-deps \
    "llama-cpp-python==$LLAMA_CPP_PYTHON_VERSION" -d "$PEERS_DIR/src"
fi
SRC="$PEERS_DIR/src/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION"
[ -d "$SRC" ] || tar -xzf "$SDIST" -C "$PEERS_DIR/src"
GGML_SRC="$SRC/vendor/llama.cpp/ggml"
# The sdist leaves out ggml.pc.in, which a standalone ggml configure wants;
# a minimal pkg-config template stands in for it.
if [ ! -f "$GGML_SRC/ggml.pc.in" ]; then
  cat > "$GGML_SRC/ggml.pc.in" <<'PC'
prefix=@CMAKE_INSTALL_PREFIX@
libdir=${prefix}/lib
includedir=${prefix}/include

Name: ggml
Description: ggml (from the llama-cpp-python sdist)
Version: @GGML_VERSION@
Libs: -L${libdir} -lggml -lggml-base
Cflags: -I${includedir}
PC
fi

echo "== ggml build: $PEERS_DIR/ggml-build"
# OpenMP off: ggml's own thread pool then runs the graph with exactly the
# n_threads the timing program asks for.
nice -n 10 cmake -S "$GGML_SRC" -B "$PEERS_DIR/ggml-build" -G Ninja \
  -DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=ON -DBUILD_SHARED_LIBS=ON \
  -DGGML_OPENMP=OFF -DGGML_BLAS=OFF -DGGML_BUILD_TESTS=OFF \
  -DGGML_BUILD_EXAMPLES=OFF \
  -DCMAKE_INSTALL_PREFIX="$PEERS_DIR/ggml-install"
nice -n 10 cmake --build "$PEERS_DIR/ggml-build" -j "$JOBS"
cmake --install "$PEERS_DIR/ggml-build"
echo "from llama-cpp-python $LLAMA_CPP_PYTHON_VERSION sdist" \
  > "$PEERS_DIR/ggml-install/SOURCE"
echo "ggml installed in $PEERS_DIR/ggml-install"
