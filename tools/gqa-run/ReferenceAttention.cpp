//===- ReferenceAttention.cpp - Independent attention reference -----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Each step below is one line of the semantics table of gqa.attention:
// position, score, softcap, allowed keys, bias, softmax, zero rows.
//
//===----------------------------------------------------------------------===//

#include "ReferenceAttention.h"

#include <cmath>
#include <limits>

using namespace mlir::gqa::run;

/// The mask element that applies to scores element (b, h, i, j).
static double maskAt(const ReferenceProblem &p, int64_t b, int64_t h, int64_t i,
                     int64_t j) {
  const int64_t coordinates[4] = {b, h, i, j};
  int64_t rank = static_cast<int64_t>(p.maskShape.size());
  int64_t index = 0;
  for (int64_t d = 0; d < rank; ++d) {
    int64_t size = p.maskShape[d];
    int64_t coordinate = size == 1 ? 0 : coordinates[4 - rank + d];
    index = index * size + coordinate;
  }
  return p.mask[index];
}

std::vector<double>
mlir::gqa::run::computeReferenceAttention(const ReferenceProblem &p) {
  const double negativeInfinity = -std::numeric_limits<double>::infinity();
  const int64_t group = p.numQueryHeads / p.numKvHeads;
  std::vector<double> output(
      p.batch * p.numQueryHeads * p.queryLength * p.valueHeadDim, 0.0);
  std::vector<double> scores(p.kvLength);
  std::vector<bool> allowed(p.kvLength);

  for (int64_t b = 0; b < p.batch; ++b) {
    // L_b: the number of valid keys.
    int64_t length = p.kvLengths ? (*p.kvLengths)[b] : p.kvLength;
    // off_b: q_offset[b], else 0 (top_left) or L_b - Sq (bottom_right).
    int64_t offset = 0;
    if (p.queryOffset)
      offset = (*p.queryOffset)[b];
    else if (p.bottomRight)
      offset = length - p.queryLength;

    for (int64_t h = 0; h < p.numQueryHeads; ++h) {
      int64_t kvHead = p.interleaved ? h % p.numKvHeads : h / group;
      for (int64_t i = 0; i < p.queryLength; ++i) {
        int64_t position = i + offset;
        const double *q =
            &p.query[((b * p.numQueryHeads + h) * p.queryLength + i) *
                     p.headDim];
        double maxScore = negativeInfinity;
        bool anyAllowed = false;
        for (int64_t j = 0; j < p.kvLength; ++j) {
          const double *k =
              &p.key[((b * p.numKvHeads + kvHead) * p.kvLength + j) *
                     p.headDim];
          double s = 0.0;
          for (int64_t d = 0; d < p.headDim; ++d)
            s += q[d] * k[d];
          s *= p.scale;
          if (p.softcap)
            s = *p.softcap * std::tanh(s / *p.softcap);

          bool ok = j < length;
          if (p.causal && j > position)
            ok = false;
          if (p.window && j < position - *p.window)
            ok = false;
          if (p.maskKind == ReferenceProblem::MaskKind::Boolean &&
              maskAt(p, b, h, i, j) == 0.0)
            ok = false;
          if (p.maskKind == ReferenceProblem::MaskKind::Bias) {
            double bias = maskAt(p, b, h, i, j);
            if (bias == negativeInfinity)
              ok = false;
            else
              s += bias;
          }
          allowed[j] = ok;
          scores[j] = s;
          if (ok) {
            anyAllowed = true;
            maxScore = std::max(maxScore, s);
          }
        }
        // A row with no allowed key stays zero.
        if (!anyAllowed)
          continue;

        double sum = 0.0;
        for (int64_t j = 0; j < p.kvLength; ++j) {
          scores[j] = allowed[j] ? std::exp(scores[j] - maxScore) : 0.0;
          sum += scores[j];
        }
        double *o = &output[((b * p.numQueryHeads + h) * p.queryLength + i) *
                            p.valueHeadDim];
        for (int64_t j = 0; j < p.kvLength; ++j) {
          if (!allowed[j])
            continue;
          double weight = scores[j] / sum;
          const double *v =
              &p.value[((b * p.numKvHeads + kvHead) * p.kvLength + j) *
                       p.valueHeadDim];
          for (int64_t d = 0; d < p.valueHeadDim; ++d)
            o[d] += weight * v[d];
        }
      }
    }
  }
  return output;
}
