// tm_scan_cumsum: exported by test/models/export_families.py with torch 2.15.0+cu132, transformers 5.25.0, torch-mlir.
module {
  func.func @forward(%arg0: tensor<3x10xf32>, %arg1: tensor<2x7xi64>) -> (tensor<3x10xf32>, tensor<2x7xi64>) {
    %cst = arith.constant 0.000000e+00 : f32
    %c0_i64 = arith.constant 0 : i64
    %0 = tensor.empty() : tensor<3x10xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<3x10xf32>) -> tensor<3x10xf32>
    %2 = tensor.empty() : tensor<3xf32>
    %3 = linalg.fill ins(%cst : f32) outs(%2 : tensor<3xf32>) -> tensor<3xf32>
    %4:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%arg0 : tensor<3x10xf32>) outs(%1, %3 : tensor<3x10xf32>, tensor<3xf32>) {
    ^bb0(%arg2: f32, %arg3: f32):
      %10 = arith.addf %arg2, %arg3 : f32
      tm_tensor.yield %10 : f32
    } -> tensor<3x10xf32>, tensor<3xf32>
    %5 = tensor.empty() : tensor<2x7xi64>
    %6 = linalg.fill ins(%c0_i64 : i64) outs(%5 : tensor<2x7xi64>) -> tensor<2x7xi64>
    %7 = tensor.empty() : tensor<2xi64>
    %8 = linalg.fill ins(%c0_i64 : i64) outs(%7 : tensor<2xi64>) -> tensor<2xi64>
    %9:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%arg1 : tensor<2x7xi64>) outs(%6, %8 : tensor<2x7xi64>, tensor<2xi64>) {
    ^bb0(%arg2: i64, %arg3: i64):
      %10 = arith.addi %arg2, %arg3 : i64
      tm_tensor.yield %10 : i64
    } -> tensor<2x7xi64>, tensor<2xi64>
    return %4#0, %9#0 : tensor<3x10xf32>, tensor<2x7xi64>
  }
}
