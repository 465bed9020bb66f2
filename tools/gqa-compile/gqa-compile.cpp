//===- gqa-compile.cpp - Ahead-of-time compiler of model graphs -----------===//
//
// Part of the gqa-mlir project.
//
//===----------------------------------------------------------------------===//
//
// gqa-compile INPUT.mlir -o OUT.o [--emit=obj|asm|llvm|mlir] [--cpu=CPU]
//                                 [--header OUT.h]
// gqa-compile INPUT.mlir --target=cuda --chip=sm_90 -o OUT.ptx
//                        [--emit=ptx|mlir] [--manifest OUT.json]
//
// Raises the attention of a linalg (or TOSA) graph to gqa.attention, lowers
// it with gqa-cpu-pipeline with checked, status-returning entries, and
// writes an object file (or assembly, LLVM IR, LLVM dialect MLIR) and a C
// header declaring every public function. With --target=cuda it lowers with
// gqa-gpu-pipeline instead and writes the PTX of the kernels and a JSON
// launch manifest. See docs/gqa-compile.md.
//
//===----------------------------------------------------------------------===//

#include "CHeader.h"
#include "Codegen.h"
#include "CudaTarget.h"
#include "LaunchManifest.h"
#include "MlirFlags.h"

#include "gqa/InitAllDialects.h"
#include "gqa/Dialect/GQA/Transforms/Passes.h"
#include "gqa/Pipelines/Passes.h"
#include "gqa/Transforms/Passes.h"
#include "gqa/Transforms/Transforms.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Linker/Linker.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Transforms/Utils/Cloning.h"

using namespace mlir;
using namespace mlir::gqa::compile;

namespace cl = llvm::cl;

static cl::OptionCategory category("gqa-compile options");

static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<input.mlir>"),
                                      cl::Required, cl::cat(category));

static cl::opt<std::string> outputFile("o", cl::desc("Output file"),
                                       cl::value_desc("file"), cl::Required,
                                       cl::cat(category));

static cl::opt<std::string>
    targetKind("target",
               cl::desc("What to compile for: cpu (an object file for this "
                        "machine's triple, default) or cuda (PTX and a "
                        "launch manifest for an NVIDIA GPU)"),
               cl::init("cpu"), cl::cat(category));

static cl::opt<std::string>
    emitKind("emit",
             cl::desc("What to write: obj (ELF object, default of "
                      "--target=cpu), asm, llvm (LLVM IR after -O3) or mlir "
                      "(the LLVM dialect module); with --target=cuda, ptx "
                      "(default) or mlir (the host functions and gpu.module "
                      "the manifest describes)"),
             cl::init("obj"), cl::cat(category));

static cl::opt<std::string>
    chip("chip",
         cl::desc("With --target=cuda: the GPU, sm_80, sm_90 (default) or sm_90a"),
         cl::init("sm_90"), cl::cat(category));

static cl::opt<std::string>
    manifestFile("manifest",
                 cl::desc("With --target=cuda: where to write the launch "
                          "manifest (default: the output file with the "
                          "extension .json)"),
                 cl::value_desc("file"), cl::cat(category));

static cl::opt<std::string>
    targetCpu("cpu",
              cl::desc("Target CPU: native (this machine), znver5, "
                       "x86-64-v3, skylake-avx512, ..."),
              cl::init("native"), cl::cat(category));

static cl::opt<std::string>
    headerFile("header",
               cl::desc("Also write a C header declaring each public "
                        "function, its descriptors and the link line"),
               cl::value_desc("file"), cl::cat(category));

static cl::opt<std::string>
    pipelineKind("pipeline",
                 cl::desc("Lowering: cpu (gqa-cpu-pipeline, default) or "
                          "reference (gqa-reference-pipeline: plain loops, "
                          "no threads)"),
                 cl::init("cpu"), cl::cat(category));

static cl::opt<bool>
    raise("raise",
          cl::desc("Raise linalg attention to gqa.attention first "
                   "(gqa-raise-attention; TOSA inputs go through "
                   "gqa-import-tosa-pipeline); --raise=false compiles the "
                   "graph as written"),
          cl::init(true), cl::cat(category));

static cl::opt<std::string>
    symbolPrefix("prefix",
                 cl::desc("Prepend this to the name of every public function "
                          "(to link two compilations of one graph into one "
                          "program)"),
                 cl::init(""), cl::cat(category));

static cl::opt<bool> withReference(
    "reference",
    cl::desc("Also compile every public function as written (not raised) "
             "with gqa-reference-pipeline into the same object, as "
             "reference_<name>, to check the fast path against"),
    cl::init(false), cl::cat(category));

static cl::opt<int64_t>
    numThreads("num-threads",
               cl::desc("Threads of the parallel loops with --pipeline=cpu "
                        "(0: all cores, as the OpenMP runtime decides)"),
               cl::init(0), cl::cat(category));

static cl::opt<bool> outlineKernels(
    "outline-kernels",
    cl::desc("With --pipeline=cpu: compile each distinct kernel once, as a "
             "function the layers call (gqa-outline-kernels; default on). "
             "Off, every kernel is compiled inline where it is used"),
    cl::init(true), cl::cat(category));

static cl::opt<bool> updateInPlace(
    "update-in-place",
    cl::desc("Update in place each argument that a result is an update of "
             "(a KV cache a decode step writes into): the entry writes the "
             "caller's buffer, and that result is no out-parameter (the "
             "header says which). Without it, an entry writes no argument"),
    cl::init(false), cl::cat(category));

static cl::opt<bool> contractionLibrary(
    "contraction-library",
    cl::desc("Run matrix products on libgqa_runtime, which calls oneDNN "
             "(default on; the header's link line names it). With "
             "--contraction-library=false they stay loops."),
    cl::init(true), cl::cat(category));

static cl::opt<bool> fuseElementwise(
    "fuse-elementwise",
    cl::desc("With --pipeline=cpu: fuse chains of elementwise ops and their "
             "reductions into single passes over memory (default on)"),
    cl::init(true), cl::cat(category));

static cl::opt<bool> prefetchStreams(
    "prefetch-streams",
    cl::desc("With --pipeline=cpu: prefetch the buffers that elementwise and "
             "copy loops stream through, a fixed distance ahead (default "
             "on)"),
    cl::init(true), cl::cat(category));

static cl::opt<bool> bf16ExcessPrecision(
    "bf16-excess-precision",
    cl::desc("With --pipeline=cpu: compute the bf16 arithmetic of each "
             "elementwise or reduction body in f32 and round once, where a "
             "value leaves it (default on). With "
             "--bf16-excess-precision=false every bf16 op rounds."),
    cl::init(true), cl::cat(category));

static cl::opt<bool> runtimeAllocator(
    "runtime-allocator",
    cl::desc("Allocate temporaries through libgqa_runtime, which keeps "
             "freed blocks of 1 MiB or more for the next call (default "
             "on). With --runtime-allocator=false they come from malloc."),
    cl::init(true), cl::cat(category));

/// Prints `gqa-compile: error: <message>` and returns the exit status 1.
static int fail(const llvm::Twine &message) {
  llvm::WithColor::error(llvm::errs(), "gqa-compile") << message << "\n";
  return 1;
}

/// Prints `gqa-compile: error: <message>` and returns failure.
static LogicalResult reject(const llvm::Twine &message) {
  fail(message);
  return failure();
}

/// The include guard of a header written to `path`.
static std::string getIncludeGuard(llvm::StringRef path) {
  std::string guard = "GQA_COMPILED_";
  for (char c : llvm::sys::path::filename(path))
    guard += llvm::isAlnum(c) ? llvm::toUpper(c) : '_';
  return guard;
}

/// True if `module` holds an op of the TOSA dialect.
static bool hasTosaOps(ModuleOp module) {
  return module
      ->walk([](Operation *op) {
        return op->getName().getDialectNamespace() == "tosa"
                   ? WalkResult::interrupt()
                   : WalkResult::advance();
      })
      .wasInterrupted();
}

/// Writes `contents` to `path`; false after printing an error.
static bool writeFile(llvm::StringRef path, llvm::StringRef contents) {
  std::string error;
  std::unique_ptr<llvm::ToolOutputFile> file = openOutputFile(path, &error);
  if (!file) {
    fail("cannot write '" + path + "': " + error);
    return false;
  }
  file->os() << contents;
  file->keep();
  return true;
}

/// Lowers `module` to the LLVM dialect with `pipeline` (cpu or reference),
/// with status-returning entries and the target CPU set.
static LogicalResult lower(ModuleOp module, llvm::StringRef pipeline) {
  TimingScope phase = timePhase(pipeline == "cpu" ? "Lower (gqa-cpu-pipeline)"
                                                  : "Lower (reference)");
  PassManager pm(module.getContext());
  if (pipeline == "cpu") {
    gqa::CpuPipelineOptions options;
    options.targetCpu = targetCpu;
    options.numThreads = numThreads;
    options.entryStatus = true;
    options.outlineKernels = outlineKernels;
    options.contractionLibrary = contractionLibrary;
    options.runtimeAllocator = runtimeAllocator;
    options.fuseElementwise = fuseElementwise;
    options.prefetchStreams = prefetchStreams;
    options.bf16ExcessPrecision = bf16ExcessPrecision;
    options.updateInPlace = updateInPlace;
    gqa::buildCpuPipeline(pm, options);
  } else {
    gqa::ReferencePipelineOptions options;
    options.entryStatus = true;
    options.updateInPlace = updateInPlace;
    gqa::buildReferencePipeline(pm, options);
    gqa::GQASetTargetCPUPassOptions cpuOptions;
    cpuOptions.cpu = targetCpu;
    pm.addPass(gqa::createGQASetTargetCPUPass(cpuOptions));
  }
  if (failed(setUpPassManager(pm, phase)))
    return failure();
  return pm.run(module);
}

/// Checks the flags of `--target=cpu`: none of `--target=cuda`'s.
static LogicalResult validateCpuFlags(EmitKind emit) {
  if (emit == EmitKind::PTX)
    return reject("--emit=ptx needs --target=cuda");
  for (const cl::Option *option :
       std::initializer_list<const cl::Option *>{&chip, &manifestFile})
    if (option->getNumOccurrences())
      return reject("--" + option->ArgStr + " is an option of --target=cuda");
  if (pipelineKind != "cpu" && pipelineKind != "reference")
    return reject("unknown --pipeline='" + pipelineKind +
                  "': expected cpu or reference");
  if (withReference && emit == EmitKind::MLIR)
    return reject("--reference needs --emit=obj, asm or llvm: the reference "
                  "functions are linked in at the LLVM IR level");
  if (numThreads < 0)
    return reject("--num-threads must be 0 or positive");
  return success();
}

/// The path of the launch manifest: `--manifest`, else the output file with
/// the extension `.json`.
static std::string getManifestPath() {
  if (!manifestFile.empty())
    return manifestFile;
  llvm::SmallString<128> path(outputFile);
  llvm::sys::path::replace_extension(path, "json");
  return std::string(path);
}

/// Checks the flags of `--target=cuda`: PTX or MLIR out, a known chip, a
/// manifest path, and none of the options that only mean something for an
/// object file run on this machine's CPU.
static LogicalResult validateCudaFlags(EmitKind emit) {
  if (emit != EmitKind::PTX && emit != EmitKind::MLIR)
    return reject("--target=cuda writes --emit=ptx or --emit=mlir, not "
                  "--emit=" +
                  emitKind);
  struct CpuOnly {
    const cl::Option *option;
    const char *why;
  };
  for (const CpuOnly &cpuOnly : std::initializer_list<CpuOnly>{
           {&targetCpu, "the GPU is chosen with --chip"},
           {&headerFile, "the launch manifest describes the kernels"},
           {&withReference, "reference functions run on the CPU"},
           {&numThreads, "there are no CPU threads in GPU code"},
           {&updateInPlace, "GPU entries write no argument"},
           {&pipelineKind, "the CUDA target always runs gqa-gpu-pipeline"}})
    if (cpuOnly.option->getNumOccurrences())
      return reject("--" + cpuOnly.option->ArgStr +
                    " is an option of --target=cpu, not of --target=cuda: " +
                    cpuOnly.why);
  if (!gqa::parseGpuChip(chip))
    return reject("unknown --chip='" + chip + "': expected " +
                  gqa::getGpuChipNames());
  if (outputFile == "-" && manifestFile.empty())
    return reject("-o - with --target=cuda needs --manifest FILE: the "
                  "manifest is written beside the output file");
  if (getManifestPath() == outputFile)
    return reject("the launch manifest would overwrite the output file '" +
                  outputFile + "': choose another with --manifest FILE");
  return success();
}

/// Compiles `module` (attention raised) with `--target=cuda` and writes the
/// PTX (or the kernels module) and the launch manifest.
static int emitCuda(ModuleOp module, EmitKind emit) {
  llvm::Expected<CudaCompilation> compilation =
      compileForCuda(module, chip, setUpPassManager);
  if (!compilation)
    return fail("compiling '" + inputFile + "' with --target=cuda --chip=" +
                chip + ": " + llvm::toString(compilation.takeError()));
  std::string manifest;
  llvm::raw_string_ostream os(manifest);
  printLaunchManifest(compilation->manifest, os);
  StringRef output = emit == EmitKind::PTX
                         ? StringRef(compilation->ptx)
                         : StringRef(compilation->kernelsModule);
  if (!writeFile(outputFile, output) ||
      !writeFile(getManifestPath(), manifest))
    return 1;
  return 0;
}

/// Checks the flags before anything is read: a known `--target`, an `--emit`
/// it writes (ptx by default with `--target=cuda`) and the target's own
/// checks. Returns what to emit, or failure after printing an error.
static FailureOr<EmitKind> checkFlags() {
  if (targetKind != "cpu" && targetKind != "cuda")
    return reject("unknown --target='" + targetKind +
                  "': expected cpu or cuda");
  bool cuda = targetKind == "cuda";
  if (cuda && !emitKind.getNumOccurrences())
    emitKind = "ptx";
  std::optional<EmitKind> emit =
      llvm::StringSwitch<std::optional<EmitKind>>(emitKind)
          .Case("obj", EmitKind::Object)
          .Case("asm", EmitKind::Assembly)
          .Case("llvm", EmitKind::LLVMIR)
          .Case("mlir", EmitKind::MLIR)
          .Case("ptx", EmitKind::PTX)
          .Default(std::nullopt);
  if (!emit)
    return reject("unsupported --emit='" + emitKind +
                  "': expected obj, asm, llvm or mlir (--target=cpu), ptx or "
                  "mlir (--target=cuda)");
  if (failed(cuda ? validateCudaFlags(*emit) : validateCpuFlags(*emit)))
    return failure();
  return *emit;
}

/// Parses the input file into `context`, whose diagnostics then print with
/// `sourceMgr`'s locations for as long as `diagnostics` lives. Null after
/// printing an error.
static OwningOpRef<ModuleOp>
parseInput(MLIRContext &context, llvm::SourceMgr &sourceMgr,
           std::optional<SourceMgrDiagnosticHandler> &diagnostics) {
  TimingScope phase = timePhase("Parse");
  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> input = openInputFile(inputFile, &error);
  if (!input) {
    fail("cannot read '" + inputFile + "': " + error);
    return nullptr;
  }
  sourceMgr.AddNewSourceBuffer(std::move(input), llvm::SMLoc());
  diagnostics.emplace(sourceMgr, &context);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    fail("cannot parse '" + inputFile + "'");
  return module;
}

/// The public function definitions of `module`, the interface: renamed with
/// `--prefix` and checked to have a C signature. Failure after printing an
/// error.
static FailureOr<SmallVector<func::FuncOp>> getInterface(ModuleOp module) {
  SmallVector<func::FuncOp> publicFuncs;
  for (auto func : module.getOps<func::FuncOp>())
    if (func.isPublic() && !func.isExternal())
      publicFuncs.push_back(func);
  if (publicFuncs.empty())
    return reject("no public function in '" + inputFile +
                  "': gqa-compile compiles every public func.func definition "
                  "(private functions and declarations are not entry points)");
  if (!symbolPrefix.empty()) {
    SymbolTable symbols(module);
    for (func::FuncOp func : publicFuncs)
      if (failed(
              symbols.rename(func, (symbolPrefix + func.getSymName()).str())))
        return reject("cannot rename @" + func.getSymName());
  }
  for (func::FuncOp func : publicFuncs)
    if (failed(gqa::compile::checkCSignature(func)))
      return failure();
  return publicFuncs;
}

/// `--reference`: a copy of `module` as written, its public functions
/// renamed `reference_<name>` and their entry dimensions recorded. Null
/// after printing an error.
static OwningOpRef<ModuleOp> makeReferenceModule(ModuleOp module) {
  OwningOpRef<ModuleOp> referenceModule = module.clone();
  SymbolTable symbols(*referenceModule);
  for (auto func : llvm::to_vector(referenceModule->getOps<func::FuncOp>())) {
    if (!func.isPublic() || func.isExternal())
      continue;
    if (failed(
            symbols.rename(func, ("reference_" + func.getSymName()).str()))) {
      fail("cannot rename @" + func.getSymName());
      return nullptr;
    }
  }
  for (auto func : referenceModule->getOps<func::FuncOp>())
    if (func.isPublic() && failed(gqa::annotateEntryDims(func)))
      return nullptr;
  return referenceModule;
}

/// Raises the attention of `module` to gqa.attention (with `--raise`).
static LogicalResult raiseAttention(ModuleOp module) {
  TimingScope phase = timePhase("Raise attention");
  PassManager raisePm(module.getContext());
  if (failed(setUpPassManager(raisePm, phase)))
    return failure();
  if (raise) {
    if (hasTosaOps(module))
      gqa::buildImportTosaPipeline(raisePm, {});
    else
      raisePm.addPass(gqa::createGQARaiseAttentionPass());
  }
  if (failed(raisePm.run(module)))
    return reject("raising the attention of '" + inputFile + "' failed");
  return success();
}

/// Translates `module` (LLVM dialect) to optimized LLVM IR, with the
/// reference functions of `referenceModule` (null without `--reference`)
/// linked in. Failure after printing an error.
static FailureOr<std::unique_ptr<llvm::Module>>
translateToLLVMIR(ModuleOp module, ModuleOp referenceModule,
                  llvm::LLVMContext &llvmContext,
                  llvm::TargetMachine &targetMachine) {
  TimingScope phase = timePhase("Translate and optimize LLVM IR");
  llvm::Expected<std::unique_ptr<llvm::Module>> llvmModule =
      translateAndOptimize(module, llvmContext, targetMachine);
  if (!llvmModule)
    return reject(llvm::toString(llvmModule.takeError()));
  if (referenceModule) {
    llvm::Expected<std::unique_ptr<llvm::Module>> reference =
        translateAndOptimize(referenceModule, llvmContext, targetMachine);
    if (!reference)
      return reject(llvm::toString(reference.takeError()));
    // Internal symbols of the same name (constant globals) are renamed.
    if (llvm::Linker::linkModules(**llvmModule, std::move(*reference)))
      return reject("cannot link the reference functions into the module");
  }
  return std::move(*llvmModule);
}

/// What `--target=cpu` writes: the output file's contents and the runtime
/// libraries the object needs (for the header).
struct CpuOutput {
  std::string contents;
  std::vector<RuntimeLibrary> libraries;
};

/// The `emit` output of `llvmModule` (which code generation consumes) and
/// of `module`, its LLVM dialect form. Failure after printing an error.
static FailureOr<CpuOutput> generateCpuOutput(ModuleOp module,
                                              llvm::Module &llvmModule,
                                              EmitKind emit,
                                              llvm::TargetMachine &machine) {
  TimingScope phase = timePhase("Code generation");
  CpuOutput result;
  if (emit == EmitKind::LLVMIR) {
    llvm::raw_string_ostream os(result.contents);
    llvmModule.print(os, nullptr);
  }
  // Code generation changes the module it runs on: assembly gets a copy.
  std::unique_ptr<llvm::Module> assemblyModule;
  if (emit == EmitKind::Assembly)
    assemblyModule = llvm::CloneModule(llvmModule);
  llvm::Expected<llvm::SmallVector<char, 0>> object =
      emitMachineCode(llvmModule, machine, /*assembly=*/false);
  if (!object)
    return reject(llvm::toString(object.takeError()));
  llvm::Expected<std::vector<RuntimeLibrary>> libraries =
      getRuntimeLibraries(*object);
  if (!libraries)
    return reject(llvm::toString(libraries.takeError()));
  result.libraries = std::move(*libraries);

  switch (emit) {
  case EmitKind::Object:
    result.contents.assign(object->begin(), object->end());
    break;
  case EmitKind::Assembly: {
    llvm::Expected<llvm::SmallVector<char, 0>> assembly =
        emitMachineCode(*assemblyModule, machine, /*assembly=*/true);
    if (!assembly)
      return reject(llvm::toString(assembly.takeError()));
    result.contents.assign(assembly->begin(), assembly->end());
    break;
  }
  case EmitKind::LLVMIR:
    break;
  case EmitKind::MLIR: {
    llvm::raw_string_ostream os(result.contents);
    module.print(os);
    break;
  }
  case EmitKind::PTX:
    llvm_unreachable("--emit=ptx is refused without --target=cuda");
  }
  return result;
}

/// Compiles `module` (attention raised, entry dimensions recorded) and the
/// `--reference` functions of `referenceModule` (or null) with
/// `--target=cpu`, and writes the output file and, with `--header`, the C
/// header of `headerModules` (the tensor-level forms of both).
static int emitCpu(ModuleOp module, ModuleOp referenceModule,
                   ArrayRef<ModuleOp> headerModules, EmitKind emit,
                   llvm::TargetMachine &targetMachine) {
  // Lower to the LLVM dialect with status-returning entries.
  if (failed(lower(module, pipelineKind)))
    return fail("lowering '" + inputFile + "' with --pipeline=" + pipelineKind +
                " failed");
  if (referenceModule && failed(lower(referenceModule, "reference")))
    return fail("lowering '" + inputFile +
                "' with gqa-reference-pipeline for --reference failed");
  if (emit == EmitKind::MLIR && headerFile.empty()) {
    std::string text;
    llvm::raw_string_ostream os(text);
    module.print(os);
    return writeFile(outputFile, text) ? 0 : 1;
  }

  // LLVM IR, machine code, and the runtime libraries the object needs.
  llvm::LLVMContext llvmContext;
  FailureOr<std::unique_ptr<llvm::Module>> llvmModule =
      translateToLLVMIR(module, referenceModule, llvmContext, targetMachine);
  if (failed(llvmModule))
    return 1;
  FailureOr<CpuOutput> output =
      generateCpuOutput(module, **llvmModule, emit, targetMachine);
  if (failed(output))
    return 1;
  if (!writeFile(outputFile, output->contents))
    return 1;
  if (!headerFile.empty() &&
      !writeFile(headerFile,
                 generateCHeader(headerModules, getIncludeGuard(headerFile),
                                 llvm::sys::path::filename(inputFile),
                                 output->libraries)))
    return 1;
  return 0;
}

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  cl::HideUnrelatedOptions(category);
  // After hiding: gqa-opt's pass-manager and timing flags stay listed.
  registerMlirFlags();
  cl::ParseCommandLineOptions(
      argc, argv,
      "gqa-compile: compile the public functions of an MLIR model graph to "
      "an object file with a C interface\n");

  // Validate the flags before reading anything.
  FailureOr<EmitKind> emit = checkFlags();
  if (failed(emit))
    return 1;
  bool cuda = targetKind == "cuda";
  std::unique_ptr<llvm::TargetMachine> targetMachine;
  if (!cuda) {
    llvm::Expected<std::unique_ptr<llvm::TargetMachine>> machine =
        createTargetMachine(targetCpu);
    if (!machine)
      return fail("unknown --cpu='" + targetCpu +
                  "': " + llvm::toString(machine.takeError()));
    targetMachine = std::move(*machine);
  }

  // Every phase from here on is timed with --mlir-timing.
  CompileTiming timing;

  // Parse the input.
  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
  gqa::registerAllGQADialects(registry);
  gqa::registerGpuPipelineDependencies(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  llvm::SourceMgr sourceMgr;
  std::optional<SourceMgrDiagnosticHandler> diagnostics;
  OwningOpRef<ModuleOp> module = parseInput(context, sourceMgr, diagnostics);
  if (!module)
    return 1;
  // Signature errors name the function; the op dump would only add noise.
  context.printOpOnDiagnostic(false);

  // The public functions are the interface; the reference is the graph as
  // written, through plain loops.
  FailureOr<SmallVector<func::FuncOp>> publicFuncs = getInterface(*module);
  if (failed(publicFuncs))
    return 1;
  OwningOpRef<ModuleOp> referenceModule;
  if (withReference) {
    referenceModule = makeReferenceModule(*module);
    if (!referenceModule)
      return 1;
  }

  // Raise attention, then record the dimensions each entry checks (the
  // pipeline records them again; the header shows them).
  if (failed(raiseAttention(*module)))
    return 1;
  if (cuda) {
    context.printOpOnDiagnostic(true);
    return emitCuda(*module, *emit);
  }
  for (func::FuncOp func : *publicFuncs)
    if (failed(gqa::annotateEntryDims(func)))
      return 1;
  context.printOpOnDiagnostic(true);
  SmallVector<OwningOpRef<ModuleOp>> headerModules;
  if (!headerFile.empty()) {
    headerModules.push_back(module->clone());
    if (referenceModule)
      headerModules.push_back(referenceModule->clone());
    // The header shows which arguments the entries update in place.
    for (OwningOpRef<ModuleOp> &headerModule : headerModules)
      for (auto func : headerModule->getOps<func::FuncOp>())
        if (func.isPublic())
          gqa::markEntryArguments(func, updateInPlace);
  }
  return emitCpu(
      *module, referenceModule ? *referenceModule : ModuleOp(),
      llvm::to_vector(llvm::map_range(
          headerModules, [](OwningOpRef<ModuleOp> &m) { return m.get(); })),
      *emit, *targetMachine);
}
