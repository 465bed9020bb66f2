//===- Codegen.cpp - LLVM dialect module to object code -------------------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//

#include "Codegen.h"

#include "gqa/Support/RuntimeLibrary.h"
#include "gqa/Transforms/Transforms.h"

#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/StandardInstrumentations.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

#ifndef GQA_COMPILE_LLVM_LIBRARY_DIR
#define GQA_COMPILE_LLVM_LIBRARY_DIR "/usr/lib/llvm-22/lib"
#endif

using namespace mlir;
using namespace mlir::gqa::compile;

static llvm::Error makeError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
mlir::gqa::compile::createTargetMachine(llvm::StringRef cpu) {
  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)initialized;

  std::string error;
  if (failed(getTargetVectorBits(cpu, error)))
    return makeError(error);
  llvm::Triple triple(llvm::sys::getProcessTriple());
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return makeError(error);

  // The functions carry target_cpu (and, for native, target_features) from
  // gqa-set-target-cpu; the machine gets the same so that module-level code
  // (OpenMP outlined regions, globals) agrees.
  std::string features;
  if (cpu == "native") {
    llvm::SmallVector<std::string> flags;
    for (const auto &feature : llvm::sys::getHostCPUFeatures())
      flags.push_back((feature.second ? "+" : "-") + feature.first().str());
    llvm::sort(flags);
    features = llvm::join(flags, ",");
  }
  std::unique_ptr<llvm::TargetMachine> machine(target->createTargetMachine(
      triple, resolveTargetCPU(cpu), features, llvm::TargetOptions(),
      llvm::Reloc::PIC_, std::nullopt, llvm::CodeGenOptLevel::Aggressive));
  if (!machine)
    return makeError("cannot create a target machine for " + triple.str() +
                     " and CPU '" + cpu + "'");
  return machine;
}

llvm::Expected<std::unique_ptr<llvm::Module>>
mlir::gqa::compile::translateAndOptimize(ModuleOp module,
                                         llvm::LLVMContext &context,
                                         llvm::TargetMachine &targetMachine) {
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(module, context, "gqa-compile");
  if (!llvmModule)
    return makeError("cannot translate the LLVM dialect module to LLVM IR");
  llvmModule->setTargetTriple(targetMachine.getTargetTriple());
  llvmModule->setDataLayout(targetMachine.createDataLayout());
  optimizeModule(*llvmModule, targetMachine);
  return llvmModule;
}

void mlir::gqa::compile::optimizeModule(llvm::Module &module,
                                        llvm::TargetMachine &targetMachine) {
  // LLVM's -O3 module pipeline, as `opt -O3` runs it. The standard
  // instrumentations are what make the pass managers skip `optnone`
  // functions (the checked entries, see gqa-entry-status).
  llvm::LoopAnalysisManager loops;
  llvm::FunctionAnalysisManager functions;
  llvm::CGSCCAnalysisManager sccs;
  llvm::ModuleAnalysisManager modules;
  llvm::PassInstrumentationCallbacks callbacks;
  llvm::StandardInstrumentations instrumentations(module.getContext(),
                                                  /*DebugLogging=*/false);
  instrumentations.registerCallbacks(callbacks, &modules);
  llvm::PipelineTuningOptions tuning;
  tuning.LoopUnrolling = true;
  tuning.LoopInterleaving = true;
  tuning.LoopVectorization = true;
  tuning.SLPVectorization = true;
  llvm::PassBuilder builder(&targetMachine, tuning, std::nullopt, &callbacks);
  builder.registerModuleAnalyses(modules);
  builder.registerCGSCCAnalyses(sccs);
  builder.registerFunctionAnalyses(functions);
  builder.registerLoopAnalyses(loops);
  builder.crossRegisterProxies(loops, functions, sccs, modules);
  llvm::ModulePassManager passes =
      builder.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3);
  passes.run(module, modules);
}

llvm::Expected<llvm::SmallVector<char, 0>> mlir::gqa::compile::emitMachineCode(
    llvm::Module &module, llvm::TargetMachine &targetMachine, bool assembly) {
  llvm::SmallVector<char, 0> buffer;
  llvm::raw_svector_ostream os(buffer);
  llvm::legacy::PassManager passes;
  if (targetMachine.addPassesToEmitFile(
          passes, os, /*DwoOut=*/nullptr,
          assembly ? llvm::CodeGenFileType::AssemblyFile
                   : llvm::CodeGenFileType::ObjectFile))
    return makeError("the target machine cannot emit this file type");
  passes.run(module);
  return buffer;
}

//===----------------------------------------------------------------------===//
// Runtime libraries
//===----------------------------------------------------------------------===//

namespace {
/// Which library provides an undefined symbol.
enum class Provider {
  LibC,
  LibGcc,
  LibM,
  OpenMP,
  CRunnerUtils,
  GQARuntime,
  Unknown
};
} // namespace

/// The math functions `convert-math-to-libm` may call (each also with an
/// `f` suffix for float).
static const llvm::StringSet<> &getLibmFunctions() {
  static const llvm::StringSet<> functions = [] {
    llvm::StringSet<> set;
    for (llvm::StringRef name :
         {"acos",      "acosh", "asin", "asinh",    "atan",      "atan2",
          "atanh",     "cbrt",  "ceil", "copysign", "cos",       "cosh",
          "erf",       "erfc",  "exp",  "exp2",     "expm1",     "floor",
          "fma",       "fmod",  "log",  "log10",    "log1p",     "log2",
          "nearbyint", "pow",   "rint", "round",    "roundeven", "sin",
          "sinh",      "sqrt",  "tan",  "tanh",     "trunc"}) {
      set.insert(name);
      set.insert((name + "f").str());
    }
    return set;
  }();
  return functions;
}

static Provider getProvider(llvm::StringRef symbol) {
  if (symbol.starts_with("__kmpc_") || symbol.starts_with("omp_"))
    return Provider::OpenMP;
  if (symbol == "memrefCopy")
    return Provider::CRunnerUtils;
  if (symbol.starts_with("gqa_rt_") ||
      symbol.starts_with("_mlir_memref_to_llvm_"))
    return Provider::GQARuntime;
  if (getLibmFunctions().contains(symbol))
    return Provider::LibM;
  if (llvm::is_contained({"malloc", "free", "aligned_alloc", "memcpy",
                          "memmove", "memset", "abort"},
                         symbol))
    return Provider::LibC;
  // f16 conversions on CPUs without F16C; GCC 12's libgcc has them (it does
  // not have the bf16 ones, which the pipelines expand to integer code).
  if (llvm::is_contained({"__extendhfsf2", "__truncsfhf2", "__truncdfhf2"},
                         symbol))
    return Provider::LibGcc;
  return Provider::Unknown;
}

llvm::Expected<std::vector<RuntimeLibrary>>
mlir::gqa::compile::getRuntimeLibraries(llvm::ArrayRef<char> object) {
  llvm::MemoryBufferRef buffer(llvm::StringRef(object.data(), object.size()),
                               "object");
  auto file = llvm::object::ObjectFile::createObjectFile(buffer);
  if (!file)
    return file.takeError();

  std::string llvmLib = GQA_COMPILE_LLVM_LIBRARY_DIR;
  std::string runtimeLib = mlir::gqa::getRuntimeLibraryDir();
  std::vector<RuntimeLibrary> libraries = {
      {"the C library", "", {}},
      {"the compiler runtime (libgcc, linked by default)", "", {}},
      {"the math library", "-lm", {}},
      {"the OpenMP runtime (package libomp-22-dev)",
       "-L" + llvmLib + " -Wl,-rpath," + llvmLib + " -lomp",
       {}},
      {"MLIR's C runner utilities (package libmlir-22-dev)",
       "-L" + llvmLib + " -Wl,-rpath," + llvmLib + " -lmlir_c_runner_utils",
       {}},
      {"gqa-mlir's runtime (matrix products on oneDNN, package libdnnl-dev; "
       "bf16 attention on AMX; the temporaries' allocator)",
       "-L" + runtimeLib + " -Wl,-rpath," + runtimeLib + " -lgqa_runtime",
       {}},
  };
  llvm::StringSet<> seen;
  for (const llvm::object::SymbolRef &symbol : (*file)->symbols()) {
    llvm::Expected<uint32_t> flags = symbol.getFlags();
    if (!flags)
      return flags.takeError();
    if (!(*flags & llvm::object::BasicSymbolRef::SF_Undefined))
      continue;
    llvm::Expected<llvm::StringRef> name = symbol.getName();
    if (!name)
      return name.takeError();
    if (name->empty() || !seen.insert(*name).second)
      continue;
    Provider provider = getProvider(*name);
    if (provider == Provider::Unknown)
      return makeError("the object needs '" + *name +
                       "', which none of the documented runtime libraries "
                       "provides (libc, libgcc, libm, libomp, "
                       "libmlir_c_runner_utils, libgqa_runtime)");
    libraries[static_cast<size_t>(provider)].symbols.push_back(name->str());
  }
  llvm::erase_if(libraries, [](const RuntimeLibrary &library) {
    return library.symbols.empty();
  });
  for (RuntimeLibrary &library : libraries)
    llvm::sort(library.symbols);
  return libraries;
}

std::string
mlir::gqa::compile::getLinkFlags(llvm::ArrayRef<RuntimeLibrary> libraries) {
  // Each flag once, in order (the libraries share their -L and -rpath).
  SmallVector<llvm::StringRef> flags;
  for (const RuntimeLibrary &library : libraries) {
    SmallVector<llvm::StringRef> words;
    llvm::StringRef(library.linkFlags)
        .split(words, ' ', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
    for (llvm::StringRef word : words)
      if (!llvm::is_contained(flags, word))
        flags.push_back(word);
  }
  return llvm::join(flags, " ");
}
