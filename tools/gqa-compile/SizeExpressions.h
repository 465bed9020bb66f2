//===- SizeExpressions.h - Launch sizes as argument expressions -*- C++ -*-===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The integers of a launch (grids, blocks, scalar kernel arguments, buffer
// sizes and bytes) as expressions of a host function's arguments:
// `ceildiv(arg0.dim2 * 4, 16)`, folded to a constant where they are one.
// The launch manifest (LaunchManifest.h) records them; docs/gqa-compile.md
// describes the syntax.
//
//===----------------------------------------------------------------------===//

#ifndef GQA_TOOLS_GQA_COMPILE_SIZEEXPRESSIONS_H
#define GQA_TOOLS_GQA_COMPILE_SIZEEXPRESSIONS_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/JSON.h"

#include <optional>
#include <string>

namespace mlir::gqa::compile {

/// How tightly an expression binds, loosest first.
enum class Precedence {
  Conditional,
  Comparison,
  Additive,
  Multiplicative,
  Atom
};

/// A non-negative integer of the launch, as a constant or as the text of an
/// expression of the function's argument sizes (`arg0.dim2`), with the
/// precedence of its outermost operator.
struct SizeExpr {
  std::optional<int64_t> constant;
  std::string text;
  Precedence precedence = Precedence::Atom;
  /// The outermost operator, if it is associative (`+` or `*`).
  StringRef associativeOp = "";

  /// The constant `value`.
  static SizeExpr of(int64_t value) { return {value, "", Precedence::Atom}; }
  /// The atom `name` (an argument, a dimension or a call).
  static SizeExpr symbol(std::string name) {
    return {std::nullopt, std::move(name), Precedence::Atom};
  }

  /// The constant or the text.
  std::string str() const {
    return constant ? std::to_string(*constant) : text;
  }
  /// The text, parenthesized unless it binds at least as tightly as `min`.
  std::string str(Precedence min) const {
    return precedence < min ? "(" + str() + ")" : str();
  }
  /// An integer when constant, else the text.
  llvm::json::Value toJSON() const {
    if (constant)
      return *constant;
    return text;
  }
};

/// The product of the dimensions of a row-major buffer of `shape`, times
/// `factor`: the dynamic sizes first, then one constant.
SizeExpr product(ArrayRef<SizeExpr> shape, int64_t factor);

/// The argument number of `value` if it is an argument of `func`.
std::optional<unsigned> getArgNumber(func::FuncOp func, Value value);

/// Expresses the index values and buffer sizes of one host function in
/// terms of its arguments: scalar arguments by name (`arg3`), dimensions
/// of buffer arguments as `arg0.dim2`, of out-parameters as `out0.dim2`.
class SizeExpressions {
public:
  /// `argNames` names each argument of `func` (`arg0`, ..., `out0`, ...).
  SizeExpressions(func::FuncOp func, ArrayRef<std::string> argNames)
      : func(func), argNames(argNames) {}

  /// The expression of the integer `value`, or failure after an error at
  /// the op that computes it when it is not a modeled function of the
  /// arguments.
  FailureOr<SizeExpr> get(Value value);

  /// The expression of dimension `dim` of the memref `buffer`.
  FailureOr<SizeExpr> getDim(Value buffer, int64_t dim);

  /// The expression of an affine map's only result applied to `operands`.
  FailureOr<SizeExpr> getAffine(AffineExpr expr, ValueRange operands,
                                unsigned numDims, Operation *op);

private:
  /// `get` without the cache: an argument, or the result of its op.
  FailureOr<SizeExpr> compute(Value value);
  /// The expression of the one result of `op`, by the kind of `op`.
  FailureOr<SizeExpr> computeResult(Operation *op);

  func::FuncOp func;
  ArrayRef<std::string> argNames;
  DenseMap<Value, SizeExpr> cache;
};

} // namespace mlir::gqa::compile

#endif // GQA_TOOLS_GQA_COMPILE_SIZEEXPRESSIONS_H
