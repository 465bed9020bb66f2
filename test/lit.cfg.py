# -*- Python -*-
# lit configuration of the gqa-mlir regression suite.

import os

import lit.formats
import lit.util
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "GQA"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.gqa_obj_root, "test")
config.excludes = ["CMakeLists.txt", "README.md", "lit.cfg.py",
                   "lit.site.cfg.py", "lib", "Inputs"]

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%gqa_docs_dir", config.gqa_docs_dir))
config.substitutions.append(("%gqa_src_root", config.gqa_src_root))
config.substitutions.append(("%conformance", config.gqa_conformance_dir))
# The build tree (test/packaging installs it) and its libraries (the plugin).
config.substitutions.append(("%gqa_obj_root", config.gqa_obj_root))
config.substitutions.append(("%gqa_libs", config.gqa_libs_dir))

# Code built with the sanitizers cannot be loaded into, or linked with,
# uninstrumented programs (the plugin in mlir-opt, the installed libraries in
# another project).
if lit.util.pythonize_bool(config.gqa_sanitizers):
    config.available_features.add("sanitizers")

# The libFuzzer targets of tools/fuzz (-DGQA_ENABLE_FUZZERS=ON).
if lit.util.pythonize_bool(config.gqa_fuzzers):
    config.available_features.add("fuzzers")

llvm_config.use_default_substitutions()

# FileCheck, not and count live beside the LLVM tools.
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

tool_dirs = [config.gqa_tools_dir, config.llvm_tools_dir]
tools = ["gqa-compile", "gqa-opt", "gqa-run", "gqa-mutate", "mlir-opt",
         "mlir-runner", "llvm-nm"]
if "fuzzers" in config.available_features:
    tools += ["gqa-fuzz-dialect", "gqa-fuzz-onnx-case", "gqa-fuzz-pipeline",
              "gqa-fuzz-problem-spec", "gqa-fuzz-raise"]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# The runtime libraries that mlir-runner loads for the end-to-end tests.
llvm_lib_dir = os.path.join(os.path.dirname(config.llvm_tools_dir), "lib")
config.substitutions.append(("%mlir_c_runner_utils", os.path.join(
    llvm_lib_dir, "libmlir_c_runner_utils.so")))
config.substitutions.append(("%mlir_runner_utils", os.path.join(
    llvm_lib_dir, "libmlir_runner_utils.so")))

# The C++ compiler the gqa-compile tests link compiled objects with: LLVM's
# clang++ (package clang-22), else the system's c++.
import shutil
host_cxx = os.path.join(config.llvm_tools_dir, "clang++")
if not os.path.exists(host_cxx):
    host_cxx = shutil.which("c++") or "c++"
config.substitutions.append(("%host_cxx", host_cxx))

# ptxas, to assemble the PTX of the GPU path: the CUDA toolkit's, else one
# on PATH. Tests that need it require the `ptxas` feature.
ptxas = "/usr/local/cuda/bin/ptxas"
if not os.path.exists(ptxas):
    ptxas = shutil.which("ptxas")
if ptxas:
    config.available_features.add("ptxas")
    config.substitutions.append(("%ptxas", ptxas))

# Intel AMX (tiles with bf16 products): the tests that run attention on AMX
# tiles need a CPU that has them; elsewhere they are skipped.
try:
    with open("/proc/cpuinfo") as cpuinfo:
        flags = cpuinfo.read().split()
    if "amx_bf16" in flags and "amx_tile" in flags:
        config.available_features.add("amx")
except OSError:
    pass
