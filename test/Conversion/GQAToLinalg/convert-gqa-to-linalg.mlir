// RUN: gqa-opt %s -split-input-file --convert-gqa-to-linalg | FileCheck %s

/// The whole decomposition for contiguous heads (G = 8 / 2 = 4): query head h
/// reads key/value head h floordiv 4 in both generics that read K and V, the
/// softmax is guarded against rows without an allowed key (max = -inf gives
/// weight 0, sum = 0 gives output 0), and with no mask nothing is selected to
/// -inf.
// CHECK-DAG: #[[$QUERY:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4)>
// CHECK-DAG: #[[$KEY:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1 floordiv 4, d3, d4)>
// CHECK-DAG: #[[$VALUE:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1 floordiv 4, d4, d3)>
// CHECK-DAG: #[[$SCORES:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[$ID4:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[$ROW:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @contiguous(
// CHECK-SAME:      %[[QUERY:.*]]: tensor<2x8x3x16xf32>, %[[KEY:.*]]: tensor<2x2x5x16xf32>, %[[VALUE:.*]]: tensor<2x2x5x4xf32>)
// CHECK:         %[[ZERO_SCORES:.*]] = linalg.fill {{.*}} -> tensor<2x8x3x5xf32>
// CHECK:         %[[SCORES:.*]] = linalg.generic {indexing_maps = [#[[$QUERY]], #[[$KEY]], #[[$SCORES]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME:        ins(%[[QUERY]], %[[KEY]] : {{.*}}) outs(%[[ZERO_SCORES]] :
// CHECK:           arith.mulf
// CHECK:           arith.addf
// CHECK:         %[[LOGITS:.*]] = linalg.generic {{.*}} ins(%[[SCORES]] :
// CHECK:           %[[SCALE:.*]] = arith.constant 2.500000e-01 : f32
// CHECK:           %[[SCALED:.*]] = arith.mulf %{{.*}}, %[[SCALE]]
// CHECK-NOT:       arith.select
// CHECK:           linalg.yield %[[SCALED]]
// CHECK:         %[[NEG_INF:.*]] = arith.constant 0xFF800000 : f32
// CHECK:         %[[MAX_INIT:.*]] = linalg.fill ins(%[[NEG_INF]] : f32) {{.*}} -> tensor<2x8x3xf32>
// CHECK:         %[[MAX:.*]] = linalg.generic {indexing_maps = [#[[$ID4]], #[[$ROW]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%[[LOGITS]] : {{.*}}) outs(%[[MAX_INIT]] :
// CHECK:           arith.maximumf
// CHECK:         %[[WEIGHTS:.*]] = linalg.generic {{.*}} ins(%[[LOGITS]], %[[MAX]] :
// CHECK:         ^bb0(%[[LOGIT:.*]]: f32, %[[ROW_MAX:.*]]: f32,
// CHECK:           %[[EMPTY_ROW:.*]] = arith.cmpf oeq, %[[ROW_MAX]], %{{.*}} : f32
// CHECK:           %[[SHIFTED:.*]] = arith.subf %[[LOGIT]], %[[ROW_MAX]]
// CHECK:           %[[EXP:.*]] = math.exp %[[SHIFTED]]
// CHECK:           arith.select %[[EMPTY_ROW]], %{{.*}}, %[[EXP]]
// CHECK:         %[[SUM:.*]] = linalg.generic {{.*}} ins(%[[WEIGHTS]] :
// CHECK:           arith.addf
// CHECK:         %[[ACC:.*]] = linalg.generic {indexing_maps = [#[[$QUERY]], #[[$VALUE]], #[[$SCORES]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME:        ins(%[[WEIGHTS]], %[[VALUE]] :
// CHECK:         %[[OUT:.*]] = linalg.generic {{.*}} ins(%[[ACC]], %[[SUM]] :
// CHECK:         ^bb0(%[[NUM:.*]]: f32, %[[DEN:.*]]: f32,
// CHECK:           %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:           %[[NO_KEY:.*]] = arith.cmpf oeq, %[[DEN]], %[[ZERO]]
// CHECK:           %[[QUOTIENT:.*]] = arith.divf %[[NUM]], %[[DEN]]
// CHECK:           arith.select %[[NO_KEY]], %[[ZERO]], %[[QUOTIENT]]
// CHECK:         -> tensor<2x8x3x4xf32>
// CHECK:         return %[[OUT]]
func.func @contiguous(%query: tensor<2x8x3x16xf32>, %key: tensor<2x2x5x16xf32>, %value: tensor<2x2x5x4xf32>) -> tensor<2x8x3x4xf32> {
  %0 = gqa.attention %query, %key, %value : tensor<2x8x3x16xf32>, tensor<2x2x5x16xf32>, tensor<2x2x5x4xf32> -> tensor<2x8x3x4xf32>
  return %0 : tensor<2x8x3x4xf32>
}

// -----

/// Interleaved heads: query head h reads key/value head h mod Hkv, in both
/// the key and the value maps.
// CHECK-DAG: #[[$KEY:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1 mod 2, d3, d4)>
// CHECK-DAG: #[[$VALUE:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1 mod 2, d4, d3)>
// CHECK-LABEL: func.func @interleaved(
// CHECK-SAME:      %[[QUERY:.*]]: tensor<2x8x3x16xf32>, %[[KEY:.*]]: tensor<2x2x5x16xf32>, %[[VALUE:.*]]: tensor<2x2x5x4xf32>)
// CHECK:         linalg.generic {indexing_maps = [#{{.*}}, #[[$KEY]], #{{.*}}], {{.*}} ins(%[[QUERY]], %[[KEY]] :
// CHECK:         linalg.generic {indexing_maps = [#{{.*}}, #[[$VALUE]], #{{.*}}], {{.*}} ins(%{{.*}}, %[[VALUE]] :
func.func @interleaved(%query: tensor<2x8x3x16xf32>, %key: tensor<2x2x5x16xf32>, %value: tensor<2x2x5x4xf32>) -> tensor<2x8x3x4xf32> {
  %0 = gqa.attention %query, %key, %value head_mapping = interleaved : tensor<2x8x3x16xf32>, tensor<2x2x5x16xf32>, tensor<2x2x5x4xf32> -> tensor<2x8x3x4xf32>
  return %0 : tensor<2x8x3x4xf32>
}

// -----

/// Every boolean restriction at once: j < kv_lengths[b], j <= p (causal) and
/// j >= p - 2 (window), with p = i + q_offset[b], and the i1 mask
/// broadcast from [Sq, Skv] (read at [i, j]). The per-batch operands are read
/// through a (b, h, i, j) -> (b) map and cast to index from i32 and i64.
// CHECK-DAG: #[[$PER_BATCH:.+]] = affine_map<(d0, d1, d2, d3) -> (d0)>
// CHECK-LABEL: func.func @boolean_restrictions(
// CHECK-SAME:      %[[MASK:[^:]*]]: tensor<3x5xi1>, %[[LENGTHS:[^:]*]]: tensor<2xi32>, %[[OFFSET:[^:]*]]: tensor<2xi64>)
// CHECK:         linalg.generic {indexing_maps = [#{{.*}}, #[[$PER_BATCH]], #[[$PER_BATCH]], #{{.*}}], {{.*}} ins(%{{.*}}, %[[LENGTHS]], %[[OFFSET]] :
// CHECK:         ^bb0(%{{.*}}: f32, %[[LENGTH_I32:.*]]: i32, %[[OFFSET_I64:.*]]: i64,
// CHECK-DAG:       %[[GIVEN:.*]] = arith.index_cast %[[LENGTH_I32]] : i32 to index
// CHECK-DAG:       %[[MIN:.*]] = arith.minsi %[[GIVEN]], %{{.*}} : index
// CHECK-DAG:       %[[LENGTH:.*]] = arith.maxsi %{{.*}}, %[[MIN]] : index
// CHECK-DAG:       %[[OFF:.*]] = arith.index_cast %[[OFFSET_I64]] : i64 to index
// CHECK-DAG:       %[[SCORE:.*]] = arith.mulf
// CHECK-DAG:       %[[J:.*]] = linalg.index 3 : index
// CHECK-DAG:       %[[IN_LENGTH:.*]] = arith.cmpi slt, %[[J]], %[[LENGTH]] : index
// CHECK-DAG:       %[[I:.*]] = linalg.index 2 : index
// CHECK:           %[[POSITION:.*]] = arith.addi %[[I]], %[[OFF]] : index
// CHECK:           %[[CAUSAL:.*]] = arith.cmpi sle, %[[J]], %[[POSITION]] : index
// CHECK:           %[[ALLOWED0:.*]] = arith.andi %[[IN_LENGTH]], %[[CAUSAL]]
// CHECK:           %[[WINDOW:.*]] = arith.constant 2 : index
// CHECK:           %[[START:.*]] = arith.subi %[[POSITION]], %[[WINDOW]] : index
// CHECK:           %[[IN_WINDOW:.*]] = arith.cmpi sge, %[[J]], %[[START]] : index
// CHECK:           %[[ALLOWED1:.*]] = arith.andi %[[ALLOWED0]], %[[IN_WINDOW]]
// CHECK:           %[[MASKED:.*]] = tensor.extract %[[MASK]][%[[I]], %[[J]]] : tensor<3x5xi1>
// CHECK:           %[[ALLOWED:.*]] = arith.andi %[[ALLOWED1]], %[[MASKED]]
// CHECK:           %[[NEG_INF:.*]] = arith.constant 0xFF800000 : f32
// CHECK:           %[[LOGIT:.*]] = arith.select %[[ALLOWED]], %[[SCORE]], %[[NEG_INF]]
// CHECK:           linalg.yield %[[LOGIT]]
func.func @boolean_restrictions(%query: tensor<2x4x3x16xf32>, %key: tensor<2x4x5x16xf32>, %value: tensor<2x4x5x8xf32>, %mask: tensor<3x5xi1>, %lengths: tensor<2xi32>, %offset: tensor<2xi64>) -> tensor<2x4x3x8xf32> {
  %0 = gqa.attention %query, %key, %value mask(%mask : tensor<3x5xi1>) kv_lengths(%lengths : tensor<2xi32>) q_offset(%offset : tensor<2xi64>) causal window = 2 : tensor<2x4x3x16xf32>, tensor<2x4x5x16xf32>, tensor<2x4x5x8xf32> -> tensor<2x4x3x8xf32>
  return %0 : tensor<2x4x3x8xf32>
}

// -----

/// bf16 operands are extended to f32 where they are read and the result is
/// truncated back; the f16 bias (its own type) is extended too. The softcap
/// c * tanh(s / c) applies to the scaled score before the bias is added, and
/// the bias [B, 1, 1, Skv] is read at [b, 0, 0, j].
// CHECK-LABEL: func.func @bf16_softcap_bias(
// CHECK-SAME:      %[[QUERY:[^:]*]]: tensor<2x4x3x16xbf16>, %[[KEY:[^:]*]]: tensor<2x1x5x16xbf16>, %[[VALUE:[^:]*]]: tensor<2x1x5x8xbf16>, %[[BIAS:[^:]*]]: tensor<2x1x1x5xf16>)
// CHECK:         linalg.generic {{.*}} ins(%[[QUERY]], %[[KEY]] :
// CHECK:         ^bb0(%[[Q:.*]]: bf16, %[[K:.*]]: bf16, %{{.*}}: f32):
// CHECK:           arith.extf %[[Q]] : bf16 to f32
// CHECK:           arith.extf %[[K]] : bf16 to f32
// CHECK:         linalg.generic
// CHECK:           %[[SCALE:.*]] = arith.constant 5.000000e-01 : f32
// CHECK:           %[[SCALED:.*]] = arith.mulf %{{.*}}, %[[SCALE]]
// CHECK:           %[[CAP:.*]] = arith.constant 3.000000e+01 : f32
// CHECK:           %[[DIVIDED:.*]] = arith.divf %[[SCALED]], %[[CAP]]
// CHECK:           %[[TANH:.*]] = math.tanh %[[DIVIDED]] : f32
// CHECK:           %[[CAPPED:.*]] = arith.mulf %[[CAP]], %[[TANH]]
// CHECK-DAG:       %[[B:.*]] = linalg.index 0 : index
// CHECK-DAG:       %[[J:.*]] = linalg.index 3 : index
// CHECK-DAG:       %[[C0:.*]] = arith.constant 0 : index
// CHECK:           %[[BIAS_F16:.*]] = tensor.extract %[[BIAS]][%[[B]], %[[C0]], %{{.*}}, %[[J]]] : tensor<2x1x1x5xf16>
// CHECK:           %[[BIAS_F32:.*]] = arith.extf %[[BIAS_F16]] : f16 to f32
// CHECK:           %[[LOGIT:.*]] = arith.addf %[[CAPPED]], %[[BIAS_F32]]
// CHECK-NOT:       arith.select
// CHECK:           linalg.yield %[[LOGIT]]
// CHECK:         linalg.generic {{.*}} ins(%{{.*}}, %[[VALUE]] :
// CHECK:           arith.extf %{{.*}} : bf16 to f32
// CHECK:         %[[OUT:.*]] = linalg.generic
// CHECK:           %[[SELECTED:.*]] = arith.select
// CHECK:           %[[TRUNCATED:.*]] = arith.truncf %[[SELECTED]] : f32 to bf16
// CHECK:           linalg.yield %[[TRUNCATED]] : bf16
// CHECK:         -> tensor<2x4x3x8xbf16>
// CHECK:         return %[[OUT]]
func.func @bf16_softcap_bias(%query: tensor<2x4x3x16xbf16>, %key: tensor<2x1x5x16xbf16>, %value: tensor<2x1x5x8xbf16>, %bias: tensor<2x1x1x5xf16>) -> tensor<2x4x3x8xbf16> {
  %0 = gqa.attention %query, %key, %value mask(%bias : tensor<2x1x1x5xf16>) scale = 0.5 softcap = 30.0 : tensor<2x4x3x16xbf16>, tensor<2x1x5x16xbf16>, tensor<2x1x5x8xbf16> -> tensor<2x4x3x8xbf16>
  return %0 : tensor<2x4x3x8xbf16>
}

// -----

/// Dynamic B, Sq and Skv come from tensor.dim of the query and key and size
/// every tensor.empty. With bottom_right alignment and no kv_lengths the row
/// offset is Skv - Sq. A dynamic mask dimension broadcasts when its runtime
/// size is 1, so its index is selected at run time. f16 is extended and
/// truncated like bf16.
// CHECK-LABEL: func.func @dynamic_bottom_right(
// CHECK-SAME:      %[[QUERY:[^:]*]]: tensor<?x4x?x16xf16>, %[[KEY:[^:]*]]: tensor<?x2x?x16xf16>, %[[VALUE:[^:]*]]: tensor<?x2x?x8xf16>, %[[BIAS:[^:]*]]: tensor<?x?xf32>)
// CHECK-DAG:     %[[B:.*]] = tensor.dim %[[QUERY]], %{{.*}} : tensor<?x4x?x16xf16>
// CHECK-DAG:     %[[SQ:.*]] = tensor.dim %[[QUERY]], %{{.*}} : tensor<?x4x?x16xf16>
// CHECK-DAG:     %[[SKV:.*]] = tensor.dim %[[KEY]], %{{.*}} : tensor<?x2x?x16xf16>
// CHECK:         tensor.empty(%[[B]], %[[SQ]], %[[SKV]]) : tensor<?x4x?x?xf32>
// CHECK:         arith.extf %{{.*}} : f16 to f32
// CHECK:         %[[BIAS_ROWS:.*]] = tensor.dim %[[BIAS]], %{{.*}} : tensor<?x?xf32>
// CHECK:         %[[BIAS_COLS:.*]] = tensor.dim %[[BIAS]], %{{.*}} : tensor<?x?xf32>
// CHECK:         linalg.generic
// CHECK:           %[[OFF:.*]] = arith.subi %[[SKV]], %[[SQ]] : index
// CHECK:           %[[I:.*]] = linalg.index 2 : index
// CHECK:           %[[POSITION:.*]] = arith.addi %[[I]], %[[OFF]] : index
// CHECK:           %[[J:.*]] = linalg.index 3 : index
// CHECK:           %[[CAUSAL:.*]] = arith.cmpi sle, %[[J]], %[[POSITION]] : index
// CHECK:           %[[ONE_ROW:.*]] = arith.cmpi eq, %[[BIAS_ROWS]], %{{.*}} : index
// CHECK:           %[[ROW:.*]] = arith.select %[[ONE_ROW]], %{{.*}}, %[[I]] : index
// CHECK:           %[[ONE_COL:.*]] = arith.cmpi eq, %[[BIAS_COLS]], %{{.*}} : index
// CHECK:           %[[COL:.*]] = arith.select %[[ONE_COL]], %{{.*}}, %[[J]] : index
// CHECK:           %[[BIAS_VALUE:.*]] = tensor.extract %[[BIAS]][%[[ROW]], %[[COL]]] : tensor<?x?xf32>
// CHECK:           %[[BIASED:.*]] = arith.addf %{{.*}}, %[[BIAS_VALUE]] : f32
// CHECK:           arith.select %[[CAUSAL]], %[[BIASED]], %{{.*}} : f32
// CHECK:         tensor.empty(%[[B]], %[[SQ]]) : tensor<?x4x?x8xf16>
// CHECK:           arith.truncf %{{.*}} : f32 to f16
// CHECK:         -> tensor<?x4x?x8xf16>
func.func @dynamic_bottom_right(%query: tensor<?x4x?x16xf16>, %key: tensor<?x2x?x16xf16>, %value: tensor<?x2x?x8xf16>, %bias: tensor<?x?xf32>) -> tensor<?x4x?x8xf16> {
  %0 = gqa.attention %query, %key, %value mask(%bias : tensor<?x?xf32>) causal alignment = bottom_right : tensor<?x4x?x16xf16>, tensor<?x2x?x16xf16>, tensor<?x2x?x8xf16> -> tensor<?x4x?x8xf16>
  return %0 : tensor<?x4x?x8xf16>
}

// -----

/// With kv_lengths, bottom_right aligns the last query row with key
/// L_b - 1: the offset is kv_lengths[b] - Sq, not Skv - Sq, with L_b
/// clamped to [0, Skv] as the tiled paths do.
// CHECK-LABEL: func.func @bottom_right_lengths(
// CHECK:         ^bb0(%{{.*}}: f32, %[[LENGTH_I64:.*]]: i64,
// CHECK:           %[[GIVEN:.*]] = arith.index_cast %[[LENGTH_I64]] : i64 to index
// CHECK:           %[[ZERO:.*]] = arith.constant 0 : index
// CHECK:           %[[SKV:.*]] = arith.constant 5 : index
// CHECK:           %[[MIN:.*]] = arith.minsi %[[GIVEN]], %[[SKV]] : index
// CHECK:           %[[LENGTH:.*]] = arith.maxsi %[[ZERO]], %[[MIN]] : index
// CHECK:           %[[SQ:.*]] = arith.constant 3 : index
// CHECK:           %[[OFF:.*]] = arith.subi %[[LENGTH]], %[[SQ]] : index
// CHECK:           arith.addi %{{.*}}, %[[OFF]] : index
func.func @bottom_right_lengths(%query: tensor<2x4x3x16xf32>, %key: tensor<2x4x5x16xf32>, %value: tensor<2x4x5x8xf32>, %lengths: tensor<2xi64>) -> tensor<2x4x3x8xf32> {
  %0 = gqa.attention %query, %key, %value kv_lengths(%lengths : tensor<2xi64>) causal alignment = bottom_right : tensor<2x4x3x16xf32>, tensor<2x4x5x16xf32>, tensor<2x4x5x8xf32> -> tensor<2x4x3x8xf32>
  return %0 : tensor<2x4x3x8xf32>
}

// -----

/// A function without gqa.attention is left alone.
// CHECK-LABEL: func.func @negative_no_attention(
// CHECK-NEXT:    return %{{.*}} : tensor<2x4xf32>
func.func @negative_no_attention(%input: tensor<2x4xf32>) -> tensor<2x4xf32> {
  return %input : tensor<2x4xf32>
}
