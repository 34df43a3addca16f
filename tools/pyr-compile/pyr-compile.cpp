//===- pyr-compile.cpp - Compile Python to pyr bytecode -------------------===//
//
// Prints the disassembly (the default, or -S) or writes a bytecode file
// (-o FILE, "-o -" for stdout). Given a bytecode file it verifies and
// disassembles it.
//
//===----------------------------------------------------------------------===//

#include "pyr/Compile/Bytecode.h"
#include "pyr/Compile/Compiler.h"
#include "pyr/Lex/Diagnostic.h"
#include "pyr/Parse/Parser.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

static cl::OptionCategory ToolCategory("pyr-compile options");

static cl::opt<std::string> InputFilename(cl::Positional,
                                          cl::desc("<input .py or .pyrc file>"),
                                          cl::init("-"), cl::cat(ToolCategory));
static cl::opt<std::string>
    OutputFilename("o", cl::desc("Write bytecode to <file> ('-' for stdout)"),
                   cl::value_desc("file"), cl::cat(ToolCategory));
static cl::opt<bool> EmitAssembly("S",
                                  cl::desc("Print the disassembly (default)"),
                                  cl::cat(ToolCategory));

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  pyr::initTool();
  cl::HideUnrelatedOptions(ToolCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "pyr-compile: compile Python source to pyr register bytecode\n");
  auto Buf = pyr::readInputFile(InputFilename);
  if (!Buf) {
    pyr::reportError(Buf.takeError(), "pyr-compile", InputFilename, "", errs());
    return 1;
  }
  StringRef Source = (*Buf)->getBuffer();
  return pyr::runWithLargeStack(Source.size(), [&]() -> int {
    pyr::Program Prog;
    if (pyr::isBytecodeFile(Source)) {
      if (Error E = pyr::readBytecode(Source, Prog)) {
        pyr::reportError(std::move(E), "pyr-compile", InputFilename, "",
                         errs());
        return 1;
      }
    } else {
      pyr::ASTContext Ctx;
      pyr::TokenBuffer Toks;
      auto M = pyr::parseModule(Source, Ctx, Toks);
      Error E = M ? pyr::compileModule(*M, Prog) : M.takeError();
      if (E) {
        pyr::reportError(std::move(E), "pyr-compile", InputFilename, Source,
                         errs());
        return 1;
      }
    }

    if (OutputFilename.empty() || EmitAssembly) {
      if (!OutputFilename.empty()) {
        std::error_code EC;
        ToolOutputFile Out(OutputFilename, EC, sys::fs::OF_Text);
        if (EC) {
          WithColor::error(errs(), "pyr-compile") << EC.message() << '\n';
          return 1;
        }
        pyr::disassemble(Prog, Out.os());
        Out.keep();
        return 0;
      }
      pyr::disassemble(Prog, outs());
      return 0;
    }
    std::error_code EC;
    ToolOutputFile Out(OutputFilename, EC, sys::fs::OF_None);
    if (EC) {
      WithColor::error(errs(), "pyr-compile")
          << "cannot open '" << OutputFilename << "': " << EC.message() << '\n';
      return 1;
    }
    pyr::writeBytecode(Prog, Out.os());
    Out.keep();
    return 0;
  });
}
