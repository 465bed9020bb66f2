// RUN: gqa-opt %s --split-input-file --gqa-entry-status --verify-diagnostics | FileCheck %s

/// The body becomes private with internal linkage; the entry takes fully
/// dynamic memrefs (so no check folds away), checks the static sizes, then
/// each class against its first member, calls the body only if all hold and
/// returns 0, else 1 without calling it. Attributes such as the C interface
/// move to the entry, which LLVM is told not to optimize (a model's entry
/// compares hundreds of sizes, on which -O3 spends seconds for nothing).
// CHECK-LABEL: func.func @decode(
// CHECK-SAME:      %[[Q:.*]]: memref<?x?x?xf32>, %[[K:.*]]: memref<?x?x?xf32>, %[[OUT:.*]]: memref<?x?x?xf32>) -> i32
// CHECK-SAME:      attributes {llvm.emit_c_interface, passthrough = ["noinline", "optnone"]}
// CHECK:         %[[QH:.*]] = memref.dim %[[Q]], %c1
// CHECK:         arith.cmpi eq, %[[QH]], %c4
// CHECK:         %[[QB:.*]] = memref.dim %[[Q]], %c0
// CHECK:         %[[KB:.*]] = memref.dim %[[K]], %c0
// CHECK:         arith.cmpi eq, %[[KB]], %[[QB]]
// CHECK:         %[[QC:.*]] = memref.cast %[[Q]] : memref<?x?x?xf32> to memref<?x4x8xf32>
// CHECK:         %[[STATUS:.*]] = scf.if %[[OK:.*]] -> (i32) {
// CHECK:           func.call @__gqa_impl_decode(%[[QC]],
// CHECK:           scf.yield %c0_i32
// CHECK:         } else {
// CHECK:           scf.yield %c1_i32
// CHECK:         }
// CHECK:         return %[[STATUS]] : i32
// CHECK-LABEL: func.func private @__gqa_impl_decode(
// CHECK-SAME:      %{{.*}}: memref<?x4x8xf32>, %{{.*}}: memref<?x?x8xf32>, %{{.*}}: memref<?x4x8xf32>)
// CHECK-SAME:      attributes {llvm.linkage = #llvm.linkage<internal>}
// CHECK-NOT:     gqa.entry_dims
func.func @decode(%q: memref<?x4x8xf32>, %k: memref<?x?x8xf32>,
                  %out: memref<?x4x8xf32>)
    attributes {llvm.emit_c_interface,
                gqa.entry_dims = [array<i64: -1, 0, 0, 1, 0, 2, 0>]} {
  return
}

// -----

/// A broadcast dimension is 1 or the size of its class.
// CHECK-LABEL: func.func @mask(
// CHECK-SAME:      %[[K:.*]]: memref<?x?xf32>, %{{.*}}: memref<?x?xf32>, %[[MASK:.*]]: memref<?xf32>)
// CHECK:         %[[KB:.*]] = memref.dim %[[K]], %c0
// CHECK:         %[[M:.*]] = memref.dim %[[MASK]], %c0
// CHECK:         %[[ONE:.*]] = arith.cmpi eq, %[[M]], %c1
// CHECK:         %[[SAME:.*]] = arith.cmpi eq, %[[M]], %[[KB]]
// CHECK:         arith.ori %[[ONE]], %[[SAME]]
func.func @mask(%k: memref<?x8xf32>, %v: memref<?x8xf32>, %mask: memref<?xf32>)
    attributes {gqa.entry_dims = [array<i64: -1, 0, 0, 1, 0>],
                gqa.entry_broadcast_dims = [array<i64: 0, 2, 0>]} {
  return
}

// -----

/// A class may be only a static size, for a broadcast dimension that no other
/// entry dimension shares.
// CHECK-LABEL: func.func @mask_to_static(
// CHECK:         %[[M:.*]] = memref.dim %arg0, %c0
// CHECK:         %[[ONE:.*]] = arith.cmpi eq, %[[M]], %c1
// CHECK:         %[[SAME:.*]] = arith.cmpi eq, %[[M]], %c4
// CHECK:         arith.ori %[[ONE]], %[[SAME]]
func.func @mask_to_static(%mask: memref<?x8xf32>)
    attributes {gqa.entry_dims = [array<i64: 4>],
                gqa.entry_broadcast_dims = [array<i64: 0, 0, 0>]} {
  return
}

// -----

/// Private functions and declarations are not entries.
// CHECK-LABEL: func.func private @negative_private(
// CHECK-SAME:      %{{.*}}: memref<4xf32>) {
// CHECK-LABEL: func.func private @negative_declaration(memref<4xf32>)
func.func private @negative_private(%x: memref<4xf32>) {
  return
}
func.func private @negative_declaration(memref<4xf32>)

// -----

/// A result left after buffer-results-to-out-params has nowhere to go.
// expected-error @below {{'func.func' op still has 1 result(s) after buffer-results-to-out-params; only functions whose results are all tensors can return a status}}
func.func @scalar_result(%x: memref<?xf32>) -> index {
  %c0 = arith.constant 0 : index
  %n = memref.dim %x, %c0 : memref<?xf32>
  return %n : index
}

// -----

/// An annotation naming a dimension the memref does not have is malformed.
// expected-error @below {{'func.func' op gqa.entry_dims names dimension 3 of argument 0, which is not a memref dimension}}
func.func @bad_dim(%x: memref<?xf32>, %y: memref<?xf32>)
    attributes {gqa.entry_dims = [array<i64: -1, 0, 3, 1, 0>]} {
  return
}

// -----

/// With a gqa.entry_check (gqa-hoist-entry-asserts), the entry calls it on
/// the inputs once the sizes agree, and the body only if it holds: 0, or 2
/// without calling the body.
// CHECK-LABEL: func.func @embed(
// CHECK-SAME:      %[[IDS:.*]]: memref<?xi64>, %[[OUT:.*]]: memref<?x?xf32>) -> i32
// CHECK:         %[[STATUS:.*]] = scf.if %{{.*}} -> (i32) {
// CHECK:           %[[HOLDS:.*]] = func.call @__gqa_check_embed(%{{.*}}) : (memref<4xi64>) -> i1
// CHECK:           scf.if %[[HOLDS]] {
// CHECK:             func.call @__gqa_impl_embed(
// CHECK:           }
// CHECK:           %[[ASSERTED:.*]] = arith.select %[[HOLDS]], %c0_i32, %c2_i32
// CHECK:           scf.yield %[[ASSERTED]]
// CHECK:         } else {
// CHECK:           scf.yield %c1_i32
// CHECK:         }
// CHECK:         return %[[STATUS]] : i32
// CHECK-NOT:     gqa.entry_check
func.func private @__gqa_check_embed(%ids: memref<4xi64>) -> i1 {
  %true = arith.constant true
  return %true : i1
}
func.func @embed(%ids: memref<4xi64>, %out: memref<4x8xf32>)
    attributes {gqa.entry_check = @__gqa_check_embed} {
  return
}

// -----

func.func private @__gqa_check_wrong(%ids: memref<4xi32>) -> i1 {
  %true = arith.constant true
  return %true : i1
}
/// The check must take the leading arguments and return i1.
// expected-error @below {{'func.func' op gqa.entry_check names @__gqa_check_wrong, which is not a function of the leading arguments returning i1}}
func.func @wrong(%ids: memref<4xi64>, %out: memref<4x8xf32>)
    attributes {gqa.entry_check = @__gqa_check_wrong} {
  return
}

// -----

/// With gqa.entry_index_bounds (gqa-annotate-entry-dims), once the sizes
/// agree the entry reads every kv_lengths element and checks 0 <= L <= Skv,
/// Skv being the static size here; out of range, it returns 3 without
/// calling the body.
// CHECK-LABEL: func.func @lengths(
// CHECK-SAME:      %{{.*}}: memref<?x?x?x?xf32>, %[[LENGTHS:.*]]: memref<?xi32>, %{{.*}}: memref<?x?x?x?xf32>) -> i32
// CHECK:         %[[STATUS:.*]] = scf.if %{{.*}} -> (i32) {
// CHECK:           %[[N:.*]] = memref.dim %[[LENGTHS]], %c0
// CHECK:           %[[ALL:.*]] = scf.for %[[I:.*]] = %c0{{.*}} to %[[N]] step %c1{{.*}} iter_args(%[[ACC:.*]] = %true) -> (i1) {
// CHECK:             %[[L:.*]] = memref.load %[[LENGTHS]][%[[I]]] : memref<?xi32>
// CHECK:             %[[L64:.*]] = arith.extsi %[[L]] : i32 to i64
// CHECK:             %[[ABOVE:.*]] = arith.cmpi sge, %[[L64]], %c0_i64
// CHECK:             %[[BELOW:.*]] = arith.cmpi sle, %[[L64]], %c16_i64
// CHECK:           %[[INDEXED:.*]] = scf.if %[[ALL]] -> (i32) {
// CHECK:             func.call @__gqa_impl_lengths(
// CHECK:             scf.yield %c0_i32
// CHECK:           } else {
// CHECK:             scf.yield %c3_i32
// CHECK:           }
// CHECK:           scf.yield %[[INDEXED]]
// CHECK:         } else {
// CHECK:           scf.yield %c1_i32
// CHECK:         }
// CHECK:         return %[[STATUS]] : i32
// CHECK-NOT:     gqa.entry_index_bounds
func.func @lengths(%key: memref<?x2x16x8xf32>, %lengths: memref<?xi32>,
                   %out: memref<?x4x1x8xf32>)
    attributes {gqa.entry_index_bounds = [array<i64: 1, 16, 0, 2>]} {
  return
}

// -----

/// Without a static Skv, the bound is the size of the named dimension.
// CHECK-LABEL: func.func @dynamic_bound(
// CHECK-SAME:      %[[KEY:[^:]*]]: memref<?x?x?x?xf32>, %[[OFFSETS_ARG:[^:]*]]: memref<?xi64>
// CHECK-DAG:       %[[KEY_CAST:.*]] = memref.cast %[[KEY]] : memref<?x?x?x?xf32> to memref<1x2x?x8xf32>
// CHECK-DAG:       %[[OFFSETS:.*]] = memref.cast %[[OFFSETS_ARG]] : memref<?xi64> to memref<1xi64>
// CHECK:           %[[SKV:.*]] = memref.dim %[[KEY_CAST]], %c2
// CHECK:           %[[LIMIT:.*]] = arith.index_cast %[[SKV]] : index to i64
// CHECK:           scf.for
// CHECK:             %[[OFF:.*]] = memref.load %[[OFFSETS]]
// CHECK:             arith.cmpi sle, %[[OFF]], %[[LIMIT]]
func.func @dynamic_bound(%key: memref<1x2x?x8xf32>, %offsets: memref<1xi64>,
                         %out: memref<1x4x1x8xf32>)
    attributes {gqa.entry_index_bounds = [array<i64: 1, -1, 0, 2>]} {
  return
}

// -----

/// The bounded argument must be a 1-D integer memref, and a dynamic bound
/// must name a memref dimension.
// expected-error @below {{'func.func' op malformed gqa.entry_index_bounds entry array<i64: 0, -1, 0, 2>}}
func.func @not_integers(%key: memref<1x2x?x8xf32>, %out: memref<1x4x1x8xf32>)
    attributes {gqa.entry_index_bounds = [array<i64: 0, -1, 0, 2>]} {
  return
}

// -----

// expected-error @below {{'func.func' op malformed gqa.entry_index_bounds entry array<i64: 1, -1, 0, 7>}}
func.func @no_such_dim(%key: memref<1x2x?x8xf32>, %offsets: memref<1xi64>)
    attributes {gqa.entry_index_bounds = [array<i64: 1, -1, 0, 7>]} {
  return
}
