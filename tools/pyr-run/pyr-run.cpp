//===- pyr-run.cpp - Run a Python program ---------------------------------===//
//
// Like "python3 FILE": runs source or a pyr bytecode file (recognised by
// its magic number), from a file, stdin ("-") or -c CODE.
//
//===----------------------------------------------------------------------===//

#include "pyr/Compile/Compiler.h"
#include "pyr/Lex/Diagnostic.h"
#include "pyr/Parse/Parser.h"
#include "pyr/VM/Interpreter.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

static cl::OptionCategory ToolCategory("pyr-run options");

static cl::opt<std::string> InputFilename(cl::Positional,
                                          cl::desc("<input .py or .pyrc file>"),
                                          cl::init("-"), cl::cat(ToolCategory));
static cl::opt<bool>
    GCStress("gc-stress", cl::Hidden,
             cl::desc("Collect garbage wherever the VM may (for testing)"),
             cl::cat(ToolCategory));
static cl::opt<std::string> Code("c",
                                 cl::desc("Run the program passed as a string"),
                                 cl::value_desc("code"), cl::cat(ToolCategory));

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  pyr::initTool();
  cl::HideUnrelatedOptions(ToolCategory);
  cl::ParseCommandLineOptions(argc, argv, "pyr-run: run a Python program\n");
  std::unique_ptr<MemoryBuffer> Buf;
  std::string Name = InputFilename;
  if (Code.getNumOccurrences()) {
    Buf = MemoryBuffer::getMemBuffer(Code, "<string>", false);
    Name = "<string>";
  } else {
    auto BufOrErr = pyr::readInputFile(InputFilename);
    if (!BufOrErr) {
      pyr::reportError(BufOrErr.takeError(), "pyr-run", Name, "", errs());
      return 1;
    }
    Buf = std::move(*BufOrErr);
    if (Name == "-")
      Name = "<stdin>";
  }
  StringRef Source = Buf->getBuffer();
  std::string TracebackName = Name == "<string>" || Name == "<stdin>"
                                  ? Name
                                  : pyr::scriptTracebackName(Name);
  return pyr::runWithLargeStack(Source.size(), [&]() -> int {
    pyr::Program Prog;
    pyr::Interpreter Interp;
    Interp.setGCStress(GCStress);
    if (pyr::isBytecodeFile(Source)) {
      if (Error E = pyr::readBytecode(Source, Prog)) {
        pyr::reportError(std::move(E), "pyr-run", Name, "", errs());
        return 1;
      }
      // The file holds no source: tracebacks name it and show no lines.
      Interp.setSource(TracebackName, "");
    } else {
      pyr::ASTContext Ctx;
      pyr::TokenBuffer Toks;
      auto M = pyr::parseModule(Source, Ctx, Toks);
      Error E = M ? pyr::compileModule(*M, Prog) : M.takeError();
      if (E) {
        pyr::reportError(std::move(E), "pyr-run", Name, Source, errs());
        return 1;
      }
      // Like CPython, tracebacks show no source lines for -c and stdin,
      // which cannot be read again.
      bool Rereadable = Name != "<string>" && Name != "<stdin>";
      Interp.setSource(TracebackName, Rereadable ? Source : StringRef());
    }
    if (Error E = Interp.run(Prog, outs())) {
      outs().flush();
      handleAllErrors(
          std::move(E),
          [&](const pyr::RuntimeError &RE) {
            RE.display(errs());
          },
          [&](const ErrorInfoBase &EI) {
            WithColor::error(errs(), "pyr-run") << EI.message() << '\n';
          });
      return 1;
    }
    return 0;
  });
}
