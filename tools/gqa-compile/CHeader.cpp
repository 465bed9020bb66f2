//===- CHeader.cpp - The C header of a compiled module --------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "CHeader.h"

#include "gqa/Transforms/Transforms.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

using namespace mlir;
using namespace mlir::gqa::compile;

namespace {
/// The C spelling of an element type and the suffix of descriptor names.
struct CType {
  std::string name;
  std::string suffix;
  std::string note;
};
} // namespace

/// The C type of `type` (integer, index or float), or failure.
static FailureOr<CType> getCType(Type type) {
  if (type.isF32())
    return CType{"float", "f32", ""};
  if (type.isF64())
    return CType{"double", "f64", ""};
  if (type.isF16())
    return CType{"uint16_t", "f16", "IEEE half-precision bits"};
  if (type.isBF16())
    return CType{"uint16_t", "bf16", "bfloat16 bits (the top half of a float)"};
  if (type.isIndex())
    return CType{"int64_t", "index", ""};
  if (auto integer = dyn_cast<IntegerType>(type)) {
    switch (integer.getWidth()) {
    case 1:
      return CType{"bool", "i1", "one byte per element"};
    case 8:
    case 16:
    case 32:
    case 64:
      return CType{"int" + std::to_string(integer.getWidth()) + "_t",
                   "i" + std::to_string(integer.getWidth()), ""};
    default:
      break;
    }
  }
  return failure();
}

/// The shaped type of a memref-to-be argument or result, or null.
static ShapedType getBufferType(Type type) {
  if (auto tensor = dyn_cast<RankedTensorType>(type))
    return tensor;
  if (auto memref = dyn_cast<MemRefType>(type))
    if (memref.getLayout().isIdentity())
      return memref;
  return nullptr;
}

LogicalResult mlir::gqa::compile::checkCSignature(func::FuncOp func) {
  for (auto [index, type] : llvm::enumerate(func.getArgumentTypes())) {
    ShapedType shaped = getBufferType(type);
    Type element = shaped ? shaped.getElementType() : type;
    if ((!shaped && isa<ShapedType>(type)) || failed(getCType(element)))
      return func.emitError()
             << "argument #" << index << " of @" << func.getSymName()
             << " has type " << type
             << ", which has no C interface: expected a ranked tensor or "
                "identity-layout memref of f32, f64, f16, bf16, i1, i8-i64 "
                "or index, or a scalar of those types";
  }
  for (auto [index, type] : llvm::enumerate(func.getResultTypes())) {
    auto tensor = dyn_cast<RankedTensorType>(type);
    if (!tensor || failed(getCType(tensor.getElementType())))
      return func.emitError()
             << "result #" << index << " of @" << func.getSymName()
             << " has type " << type
             << ": only ranked tensor results of f32, f64, f16, bf16, i1, "
                "i8-i64 or index are supported (each becomes an "
                "out-parameter the caller allocates)";
  }
  return success();
}

/// The descriptor type name for `element` and `rank`.
static std::string getDescriptorName(const CType &element, int64_t rank) {
  return "gqa_memref_" + element.suffix + "_" + std::to_string(rank) + "d";
}

/// `{2, ?, 64}`.
static std::string formatSizes(ShapedType type) {
  std::string text = "{";
  for (auto [i, size] : llvm::enumerate(type.getShape())) {
    if (i)
      text += ", ";
    text += ShapedType::isDynamic(size) ? "?" : std::to_string(size);
  }
  return text + "}";
}

static std::string typeToString(Type type) {
  std::string text;
  llvm::raw_string_ostream os(text);
  type.print(os);
  return text;
}

/// The public function definitions of `modules`, in order.
static SmallVector<func::FuncOp> getPublicFuncs(ArrayRef<ModuleOp> modules) {
  SmallVector<func::FuncOp> funcs;
  for (ModuleOp module : modules)
    for (auto func : module.getOps<func::FuncOp>())
      if (func.isPublic() && !func.isExternal())
        funcs.push_back(func);
  return funcs;
}

namespace {
/// The descriptor types the functions use, by name: element type and rank.
using DescriptorMap = std::map<std::string, std::pair<CType, int64_t>>;
} // namespace

/// The descriptor types of the arguments and results of `funcs`.
static DescriptorMap getDescriptors(ArrayRef<func::FuncOp> funcs) {
  DescriptorMap descriptors;
  auto noteDescriptor = [&](Type type) {
    if (ShapedType shaped = getBufferType(type)) {
      CType element = *getCType(shaped.getElementType());
      descriptors.insert({getDescriptorName(element, shaped.getRank()),
                          {element, shaped.getRank()}});
    }
  };
  for (func::FuncOp func : funcs) {
    llvm::for_each(func.getArgumentTypes(), noteDescriptor);
    llvm::for_each(func.getResultTypes(), noteDescriptor);
  }
  return descriptors;
}

/// The comment at the top (the calling convention, the runtime libraries
/// and the link line), the include guard, the includes and the status
/// macros.
static void printPreamble(llvm::raw_ostream &os, llvm::StringRef guard,
                          llvm::StringRef source,
                          llvm::ArrayRef<RuntimeLibrary> libraries) {
  os << "/* Generated by gqa-compile from " << source << ". Do not edit.\n"
     << " *\n"
     << " * Every public function of the module is declared below as\n"
     << " * `_mlir_ciface_<name>`. Tensor arguments are passed as pointers to\n"
     << " * memref descriptors; each tensor result becomes a trailing\n"
     << " * out-parameter (a descriptor of a buffer the caller allocates and\n"
     << " * the function fills), but for a result that is an argument updated\n"
     << " * in place (gqa-compile --update-in-place; the argument says so).\n"
     << " * The function writes no other argument. The data of every buffer is dense and\n"
     << " * row-major: `aligned` points at element [0, ..., 0], `offset` is "
        "0,\n"
     << " * `strides` are the row-major strides (strides[rank - 1] = 1) and\n"
     << " * `allocated` is not used by the callee (pass `aligned`). The "
        "callee\n"
     << " * neither frees nor keeps any pointer.\n"
     << " *\n"
     << " * Each function returns a status (enum gqa_status below):\n"
     << " *   GQA_STATUS_OK after computing its results;\n"
     << " *   GQA_STATUS_SHAPE_MISMATCH, reading and writing no buffer, when a\n"
     << " *   size in a descriptor differs from the static size below or from\n"
     << " *   a size it must equal (listed under \"Checked\");\n"
     << " *   GQA_STATUS_ASSERT_FAILED, writing no output, when an assertion\n"
     << " *   of the model does not hold for the inputs (an index out of\n"
     << " *   range, such as a token id not below the vocabulary size).\n"
     << " *\n"
     << " * Runtime libraries the object needs:\n";
  if (libraries.empty())
    os << " *   none\n";
  for (const RuntimeLibrary &library : libraries) {
    os << " *   " << library.description << ": "
       << llvm::join(library.symbols, ", ") << "\n";
  }
  std::string flags = getLinkFlags(libraries);
  os << " * Link line:\n"
     << " *   c++ your_program.cpp OBJECT.o" << (flags.empty() ? "" : " ")
     << flags << "\n"
     << " */\n\n"
     << "#ifndef " << guard << "\n#define " << guard << "\n\n"
     << "#include <stdbool.h>\n#include <stdint.h>\n\n"
     << "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n"
     << "#ifndef GQA_STATUS_DEFINED\n#define GQA_STATUS_DEFINED\n"
     << "enum gqa_status {\n"
     << "  GQA_STATUS_OK = " << gqa::kEntryStatusOk << ",\n"
     << "  GQA_STATUS_SHAPE_MISMATCH = " << gqa::kEntryStatusShapeMismatch
     << ",\n"
     << "  GQA_STATUS_ASSERT_FAILED = " << gqa::kEntryStatusAssertFailed
     << ",\n"
     << "  GQA_STATUS_INDEX_OUT_OF_RANGE = "
     << gqa::kEntryStatusIndexOutOfRange << ",\n"
     << "};\n#endif\n";
}

/// The typedef of the descriptor `name` of `rank` over `element`, guarded
/// so that two headers can define it.
static void printDescriptor(llvm::raw_ostream &os, const std::string &name,
                            const CType &element, int64_t rank) {
  std::string macro = "GQA_MEMREF_" + llvm::StringRef(element.suffix).upper() +
                      "_" + std::to_string(rank) + "D_DEFINED";
  os << "\n#ifndef " << macro << "\n#define " << macro << "\n"
     << "/* Memref descriptor of rank " << rank << " over " << element.name;
  if (!element.note.empty())
    os << " (" << element.note << ")";
  os << ". */\n"
     << "typedef struct " << name << " {\n"
     << "  " << element.name << " *allocated;\n"
     << "  " << element.name << " *aligned;\n"
     << "  int64_t offset;\n";
  if (rank > 0)
    os << "  int64_t sizes[" << rank << "];\n"
       << "  int64_t strides[" << rank << "];\n";
  os << "} " << name << ";\n#endif\n";
}

/// The checks of the entry of `func`, one line each (`arg0.sizes[0] ==
/// arg1.sizes[0]`), from the entry dimension attributes; `names` names the
/// parameters.
static SmallVector<std::string> getCheckedLines(func::FuncOp func,
                                                ArrayRef<std::string> names) {
  SmallVector<std::string> lines;
  auto classes = func->getAttrOfType<ArrayAttr>(gqa::kEntryDimsAttrName);
  if (!classes)
    return lines;
  for (Attribute attr : classes) {
    auto members = dyn_cast<DenseI64ArrayAttr>(attr);
    if (!members || members.size() < 3)
      continue;
    // A result updated in place goes by its argument's name: one term.
    SmallVector<std::string> terms;
    auto addTerm = [&](std::string term) {
      if (!llvm::is_contained(terms, term))
        terms.push_back(std::move(term));
    };
    for (int64_t i = 1; i + 1 < members.size(); i += 2)
      addTerm(names[members[i]] + ".sizes[" + std::to_string(members[i + 1]) +
              "]");
    if (members[0] >= 0)
      addTerm(std::to_string(members[0]));
    if (terms.size() > 1)
      lines.push_back(llvm::join(terms, " == "));
  }
  auto broadcasts =
      func->getAttrOfType<ArrayAttr>(gqa::kEntryBroadcastDimsAttrName);
  if (!broadcasts)
    return lines;
  for (Attribute attr : broadcasts) {
    auto triple = dyn_cast<DenseI64ArrayAttr>(attr);
    if (!triple || triple.size() != 3)
      continue;
    auto members = cast<DenseI64ArrayAttr>(classes[triple[0]]);
    std::string other =
        members.size() >= 3
            ? names[members[1]] + ".sizes[" + std::to_string(members[2]) + "]"
            : std::to_string(members[0]);
    lines.push_back(names[triple[1]] + ".sizes[" + std::to_string(triple[2]) +
                    "] == 1 or " + other);
  }
  return lines;
}

/// The comment and declaration of `_mlir_ciface_<name>` for `func`.
static void printFunction(llvm::raw_ostream &os, func::FuncOp func) {
  // Names of the parameters of the tensor-level function (arguments, then
  // results), and of the entry's (the results that are arguments updated in
  // place are none of its parameters: they go by the argument's name).
  SmallVector<std::string> names;
  SmallVector<Type> types;
  SmallVector<std::string> notes;
  for (auto [i, type] : llvm::enumerate(func.getArgumentTypes())) {
    names.push_back("arg" + std::to_string(i));
    types.push_back(type);
    notes.emplace_back();
  }
  int64_t numArgs = names.size();
  for (auto [i, type] : llvm::enumerate(func.getResultTypes())) {
    names.push_back("out" + std::to_string(i));
    types.push_back(type);
    notes.push_back(" (result #" + std::to_string(i) + ", written by the call)");
  }
  llvm::BitVector updated(names.size());
  for (int64_t arg = 0; arg < numArgs; ++arg) {
    auto result = func.getArgAttrOfType<IntegerAttr>(
        arg, gqa::kUpdatedByResultAttrName);
    if (!result)
      continue;
    updated.set(numArgs + result.getInt());
    names[numArgs + result.getInt()] = names[arg];
    notes[arg] = " (updated in place: the call writes result #" +
                 std::to_string(result.getInt()) + " into it)";
  }

  os << "\n/* @" << func.getSymName() << "\n";
  for (auto [i, type] : llvm::enumerate(types)) {
    if (updated.test(i))
      continue;
    os << " *   " << names[i] << ": " << typeToString(type);
    if (ShapedType shaped = getBufferType(type))
      os << ", sizes " << formatSizes(shaped);
    os << notes[i] << "\n";
  }
  SmallVector<std::string> lines = getCheckedLines(func, names);
  if (!lines.empty()) {
    os << " * Checked:\n";
    for (const std::string &line : lines)
      os << " *   " << line << "\n";
  }
  os << " */\n"
     << "int32_t _mlir_ciface_" << func.getSymName() << "(";
  bool first = true;
  for (auto [i, type] : llvm::enumerate(types)) {
    if (updated.test(i))
      continue;
    if (!first)
      os << ", ";
    first = false;
    if (ShapedType shaped = getBufferType(type))
      os << getDescriptorName(*getCType(shaped.getElementType()),
                              shaped.getRank())
         << " *" << names[i];
    else
      os << getCType(type)->name << " " << names[i];
  }
  if (first)
    os << "void";
  os << ");\n";
}

std::string mlir::gqa::compile::generateCHeader(
    llvm::ArrayRef<ModuleOp> modules, llvm::StringRef guard,
    llvm::StringRef source, llvm::ArrayRef<RuntimeLibrary> libraries) {
  SmallVector<func::FuncOp> funcs = getPublicFuncs(modules);
  std::string text;
  llvm::raw_string_ostream os(text);
  printPreamble(os, guard, source, libraries);
  for (auto &[name, descriptor] : getDescriptors(funcs))
    printDescriptor(os, name, descriptor.first, descriptor.second);
  for (func::FuncOp func : funcs)
    printFunction(os, func);
  os << "\n#ifdef __cplusplus\n} /* extern \"C\" */\n#endif\n\n"
     << "#endif /* " << guard << " */\n";
  return text;
}
