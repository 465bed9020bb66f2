//===- RaiseAttention.cpp - Raise linalg attention to gqa.attention -------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Recognizes attention in linalg-on-tensors graphs and replaces it with
// `gqa.attention`. The matcher starts at a softmax and works outwards:
//
//   1. the softmax itself (`linalg.softmax` or max/sub/exp/sum/div);
//   2. the scores, walked back to the `Q K^T` contraction, collecting the
//      scale, softcap and masks applied on the way;
//   3. the probabilities, walked forward to the `P V` contraction;
//   4. `Q`, `K` and `V`, walked back through layout changes to values whose
//      dimensions are exactly batch, heads, sequence and head dim, undoing at
//      most one broadcast that repeats the key/value heads.
//
// Dimensions are tracked with labels ("this dimension is the batch times the
// heads", "this one is the key sequence") that are propagated through
// reshapes, transposes and broadcasts. Masks computed from indices only are
// evaluated at every position by a small interpreter and fitted to the
// causal/window attributes of the op.
//
// Nothing is created before the whole attention has matched; every
// non-match is reported with `notifyMatchFailure`. Failures carry a typed
// kind (`RaiseFailure`): ops that are not softmaxes at all are not attention
// candidates, and only the reasons of candidates are reported to users.
//
// The raise is split over these files, each with its header:
//
//   - `RaiseSupport`: failure reasons and small helpers on linalg ops;
//   - `RaiseLabels`: dimension labels and their propagation;
//   - `RaiseIndexEvaluator`: the interpreter for index-only tensors;
//   - `RaiseSoftmax`: the softmax (step 1);
//   - `RaiseScores`: the score chain and the masks (step 2);
//   - `RaiseOperands`: the contractions and the tracing of Q, K, V (step 4);
//   - `RaisePlan`: the whole attention (step 3 and the checks) and the build
//     of `gqa.attention`;
//
// and this file holds the entry points and the pass.
//
//===----------------------------------------------------------------------===//

#include "RaisePlan.h"
#include "RaiseSoftmax.h"
#include "RaiseSupport.h"

#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Dialect/GQA/Transforms/Transforms.h"

#include "gqa/Dialect/GQA/IR/GQADialect.h"
#include "gqa/Dialect/GQA/IR/GQAOps.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <set>
#include <string>
#include <utility>

namespace mlir::gqa {
#define GEN_PASS_DEF_GQARAISEATTENTIONPASS
#include "gqa/Dialect/GQA/Transforms/Passes.h.inc"
} // namespace mlir::gqa

using namespace mlir;
using namespace mlir::gqa;
using namespace mlir::gqa::raise;

namespace {

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

/// Reports, as remarks, why attention candidates were not raised: once per
/// candidate and reason.
class CandidateReporter {
public:
  void report(Location loc, const std::string &message) {
    if (!reported.insert({loc.getAsOpaquePointer(), message}).second)
      return;
    emitRemark(loc) << message;
  }

private:
  std::set<std::pair<const void *, std::string>> reported;
};

/// Raises the attention around the softmax `softmaxOp`. On failure, changing
/// nothing, reports the reason through `notifyMatchFailure` and, for
/// attention candidates, to `reporter` if there is one.
FailureOr<AttentionOp> raiseAndReport(RewriterBase &rewriter,
                                      Operation *softmaxOp,
                                      CandidateReporter *reporter,
                                      MaskGridCache *cache) {
  Reason why;
  FailureOr<Softmax> softmax = matchSoftmax(softmaxOp, why);
  FailureOr<AttentionPlan> plan = failure();
  if (succeeded(softmax))
    plan = planAttention(*softmax, cache, why);
  if (failed(plan)) {
    std::string message = why.message();
    if (reporter && why.kind == RaiseFailure::Unsupported)
      reporter->report(softmaxOp->getLoc(), message);
    return rewriter.notifyMatchFailure(softmaxOp, message);
  }
  return buildAttention(rewriter, *plan);
}

/// Raises the attention around the softmax at the root of the pattern: a
/// `linalg.softmax` (`Base` is `OpRewritePattern`), or any linalg op for the
/// row maximum of a decomposed softmax, a `linalg.generic` or a
/// `linalg.reduce` (`Base` is `OpInterfaceRewritePattern`).
template <template <typename> class Base, typename OpTy>
struct RaiseAttentionPattern : public Base<OpTy> {
  RaiseAttentionPattern(MLIRContext *context, CandidateReporter *reporter,
                        MaskGridCache *cache)
      : Base<OpTy>(context), reporter(reporter), cache(cache) {}

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (failed(raiseAndReport(rewriter, op, reporter, cache)))
      return failure();
    return success();
  }

private:
  CandidateReporter *reporter;
  MaskGridCache *cache;
};

/// Adds the raise patterns, reporting to `reporter` and looking masks up in
/// `cache` where there are ones.
void populateRaisePatterns(RewritePatternSet &patterns,
                           CandidateReporter *reporter, MaskGridCache *cache) {
  patterns
      .add<RaiseAttentionPattern<OpRewritePattern, linalg::SoftmaxOp>,
           RaiseAttentionPattern<OpInterfaceRewritePattern, linalg::LinalgOp>>(
          patterns.getContext(), reporter, cache);
}

/// Drops the cached masks of every tensor an erased op defined, so that a
/// value allocated where an erased one was is never taken for it.
class ForgetErasedMasks : public RewriterBase::Listener {
public:
  explicit ForgetErasedMasks(MaskGridCache &cache) : cache(cache) {}

  void notifyOperationErased(Operation *op) override {
    for (Value result : op->getResults())
      cache.forget(result);
  }

private:
  MaskGridCache &cache;
};

} // namespace

FailureOr<AttentionOp> mlir::gqa::raiseAttention(RewriterBase &rewriter,
                                                 Operation *softmaxOp) {
  return raiseAndReport(rewriter, softmaxOp, /*reporter=*/nullptr,
                        /*cache=*/nullptr);
}

void mlir::gqa::populateRaiseAttentionPatterns(RewritePatternSet &patterns) {
  populateRaisePatterns(patterns, /*reporter=*/nullptr, /*cache=*/nullptr);
}

//===----------------------------------------------------------------------===//
// Pass
//===----------------------------------------------------------------------===//

namespace {

struct GQARaiseAttentionPass
    : public mlir::gqa::impl::GQARaiseAttentionPassBase<GQARaiseAttentionPass> {
  using GQARaiseAttentionPassBase::GQARaiseAttentionPassBase;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    // With `explain`, the reasons attention candidates were not raised
    // become remarks.
    CandidateReporter reporter;
    // The layers of a graph read one index-built mask: it is evaluated once.
    MaskGridCache cache;
    ForgetErasedMasks forgetErased(cache);
    populateRaisePatterns(patterns, explain ? &reporter : nullptr, &cache);
    // A graph with nothing to raise is left exactly as it was: the raise
    // itself neither folds nor merges equal constants. Only once attention
    // has been raised does a folding sweep remove the reshapes that the
    // rewrites leave around it (a collapse_shape of an expand_shape).
    auto countRaised = [&] {
      unsigned count = 0;
      getOperation()->walk([&](AttentionOp) { ++count; });
      return count;
    };
    unsigned before = countRaised();
    GreedyRewriteConfig config;
    config.enableFolding(false).enableConstantCSE(false);
    config.setRegionSimplificationLevel(GreedySimplifyRegionLevel::Disabled);
    config.setListener(&forgetErased);
    if (failed(
            applyPatternsGreedily(getOperation(), std::move(patterns), config)))
      return signalPassFailure();
    if (countRaised() == before)
      return;
    if (failed(applyPatternsGreedily(getOperation(),
                                     RewritePatternSet(&getContext()))))
      signalPassFailure();
  }
};

} // namespace
