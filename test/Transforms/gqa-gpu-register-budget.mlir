// RUN: gqa-opt %s -split-input-file -verify-diagnostics --pass-pipeline="builtin.module(gpu.module(gqa-gpu-register-budget))" | FileCheck %s
// RUN: gqa-opt %s -split-input-file -verify-diagnostics --pass-pipeline="builtin.module(gpu.module(gqa-gpu-register-budget{blocks-per-multiprocessor=4}))" | FileCheck %s --check-prefix=FOUR

// Two blocks of 512 threads in 65536 registers: 64 per thread; of 128
// threads: 256, capped at 255. Four blocks: 32 and 128. Non-kernels are
// left alone.
// CHECK-LABEL: gpu.func @prefill
// CHECK-SAME:    nvvm.maxnreg = 64 : i32
// CHECK-LABEL: gpu.func @decode
// CHECK-SAME:    nvvm.maxnreg = 255 : i32
// CHECK-LABEL: gpu.func @odd
// CHECK-SAME:    nvvm.maxnreg = 168 : i32
// CHECK-LABEL: gpu.func @helper
// CHECK-NOT:     nvvm.maxnreg
// FOUR-LABEL: gpu.func @prefill
// FOUR-SAME:    nvvm.maxnreg = 32 : i32
// FOUR-LABEL: gpu.func @decode
// FOUR-SAME:    nvvm.maxnreg = 128 : i32
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @prefill() kernel attributes {known_block_size = array<i32: 32, 16, 1>} {
      gpu.return
    }
    gpu.func @decode() kernel attributes {known_block_size = array<i32: 32, 4, 1>} {
      gpu.return
    }
    // 65536 / (2 * 192) = 170.67, down to a multiple of 8.
    gpu.func @odd() kernel attributes {known_block_size = array<i32: 32, 6, 1>} {
      gpu.return
    }
    gpu.func @helper() {
      gpu.return
    }
  }
}

// -----

module attributes {gpu.container_module} {
  gpu.module @kernels {
    // expected-error @below {{'gpu.func' op has no known_block_size: no register budget can be derived for it}}
    gpu.func @unknown() kernel {
      gpu.return
    }
  }
}

// -----

module attributes {gpu.container_module} {
  gpu.module @kernels {
    // expected-error-re @below {{'gpu.func' op cannot run {{[24]}} blocks of 4096 threads on one multiprocessor}}
    gpu.func @huge() kernel attributes {known_block_size = array<i32: 32, 128, 1>} {
      gpu.return
    }
  }
}
