//===- RaiseScores.h - Scores and masks of the attention raise --*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Part of the attention raise (`RaiseAttention.cpp`): the walk from the
// softmax input back to `Q K^T`, reading each elementwise body as scale,
// softcap, bias and masks, and the plan of those masks: causal/window
// masks built from indices (evaluated by `RaiseIndexEvaluator`) and at most
// one data-dependent mask.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISESCORES_H
#define GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISESCORES_H

#include "RaiseLabels.h"
#include "RaiseOperands.h"
#include "RaiseSupport.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/DenseMap.h"

#include <cstdint>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace mlir::gqa::raise {

//===----------------------------------------------------------------------===//
// Score chain
//===----------------------------------------------------------------------===//

/// One transformation of the scores between `Q K^T` and the softmax.
struct ScoreTransform {
  /// `Tanh` is a bare `tanh` of the scores: with the scales around it, a
  /// softcap spread over ops (see `planScoreTransforms`).
  enum class Kind { Scale, Softcap, Tanh, Bias, KeepIf, MaskIf };
  Kind kind;
  /// The factor, the softcap, or the value masked scores are set to.
  double value = 0.0;
  /// The op applying it and, for masks, the mask value inside its body.
  linalg::LinalgOp op;
  Value term;
  /// Labels of the op's loops.
  Labels loopLabels;
};

/// Decomposes the body of elementwise `op`, which maps the scores (block
/// argument `chain`) to its result, into score transforms, outermost first.
LogicalResult peelScoreBody(linalg::LinalgOp op, BlockArgument chain,
                            const Labels &loopLabels,
                            SmallVectorImpl<ScoreTransform> &transforms,
                            Reason &why);

/// The scores path from `Q K^T` to the softmax input.
struct ScoreChain {
  Contraction qk;
  /// Ops after the contraction, in order, with the operand that carries the
  /// scores.
  SmallVector<std::pair<Operation *, unsigned>> ops;
};

/// Walks the softmax input `scores` back to the `Q K^T` contraction.
FailureOr<ScoreChain> findScoreChain(Value scores, Reason &why);

/// Labels of the loops of the contraction `c` given the roles of its
/// batch, M, N and K dimensions.
Labels contractionLoopLabels(const Contraction &c, Role m, Role n, Role k);

//===----------------------------------------------------------------------===//
// Masks
//===----------------------------------------------------------------------===//

/// The structure of the masks applied to the scores.
struct MaskPlan {
  bool causal = false;
  /// Position of query row 0 in the key sequence.
  int64_t offset = 0;
  std::optional<int64_t> window;
  /// A data-dependent mask: an input of a score op read through its map.
  linalg::LinalgOp maskOp;
  OpOperand *maskOperand = nullptr;
  Labels maskLoopLabels;
  bool maskIsBool = false;
  /// The boolean mask is true where keys are masked (must be negated).
  bool maskNegated = false;
};

/// The allowed (query, key) positions of index-built masks already
/// evaluated, by the tensor they read, its indexing map, the query and key
/// loops, the transform's kind and the grid's size: the layers of a graph
/// read one causal
/// mask, which is then evaluated once. Entries of a tensor must be dropped
/// (`forget`) when its op is erased, before its value could be reused.
class MaskGridCache {
public:
  using Grid = std::vector<std::vector<bool>>;
  using Key =
      std::tuple<Value, AffineMap, unsigned, unsigned, int, int64_t, int64_t>;

  /// The cached result for `key` (a grid, or nullopt for a failure), or
  /// null if it was not evaluated yet.
  const std::optional<Grid> *lookup(const Key &key) const;
  void insert(const Key &key, std::optional<Grid> grid);
  /// Drops the entries that read `tensor`.
  void forget(Value tensor);

private:
  DenseMap<Key, std::optional<Grid>> grids;
};

/// Classifies the mask transforms into structural (causal/window) and at
/// most one data-dependent mask. Index-built masks are looked up in and
/// added to `cache` when there is one.
LogicalResult planMasks(ArrayRef<ScoreTransform> masks, MaskPlan &plan,
                        MaskGridCache *cache, Reason &why);

} // namespace mlir::gqa::raise

#endif // GQA_LIB_DIALECT_GQA_TRANSFORMS_RAISESCORES_H
