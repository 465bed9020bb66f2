// RUN: gqa-opt %s -split-input-file -verify-diagnostics --gqa-verify-gpu-binary="chip=sm_90" | FileCheck %s

/// Host LLVM code and one PTX binary for the chip: accepted, unchanged.
// CHECK: gpu.binary @kernels
// CHECK: llvm.func @host
gpu.binary @kernels [#gpu.object<#nvvm.target<chip = "sm_90", features = "+ptx80">, assembly = ".version 8.0\0A.target sm_90\0A.visible .entry k()\0A{\0Aret;\0A}\0A">]
llvm.func @host() {
  llvm.return
}

// -----

/// A binary for another chip.
// expected-error @below {{'gpu.binary' op must hold one PTX (assembly) object for the NVVM target sm_90}}
gpu.binary @kernels [#gpu.object<#nvvm.target<chip = "sm_80", features = "+ptx80">, assembly = ".target sm_80\0A.entry k()">]

// -----

/// A binary in another format.
// expected-error @below {{'gpu.binary' op must hold one PTX (assembly) object for the NVVM target sm_90}}
gpu.binary @kernels [#gpu.object<#nvvm.target<chip = "sm_90">, bin = "\00\01">]

// -----

/// PTX without a kernel.
// expected-error @below {{'gpu.binary' op holds PTX without '.target sm_90' or without a kernel (.entry)}}
gpu.binary @kernels [#gpu.object<#nvvm.target<chip = "sm_90">, assembly = ".version 8.0\0A.target sm_90\0A">]

// -----

/// Host code left in another dialect.
gpu.binary @kernels [#gpu.object<#nvvm.target<chip = "sm_90">, assembly = ".target sm_90\0A.entry k()">]
// expected-error @below {{'func.func' op is neither host LLVM code nor a gpu.binary after lowering to PTX}}
func.func @host() {
  return
}

// -----

/// Nothing compiled for the GPU.
// expected-error @below {{no gpu.binary after lowering to PTX: the module had no attention to compile for the GPU}}
module {
  llvm.func @host() {
    llvm.return
  }
}
