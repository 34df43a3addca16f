//===- pyr-parse.cpp - Print the syntax tree of a Python file -------------===//

#include "pyr/Lex/Diagnostic.h"
#include "pyr/Parse/Parser.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

static cl::OptionCategory ToolCategory("pyr-parse options");

static cl::opt<std::string> InputFilename(cl::Positional,
                                          cl::desc("<input .py file>"),
                                          cl::init("-"), cl::cat(ToolCategory));

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  pyr::initTool();
  cl::HideUnrelatedOptions(ToolCategory);
  cl::ParseCommandLineOptions(
      argc, argv, "pyr-parse: print the syntax tree of a Python source file\n");
  auto Buf = pyr::readInputFile(InputFilename);
  if (!Buf) {
    pyr::reportError(Buf.takeError(), "pyr-parse", InputFilename, "", errs());
    return 1;
  }
  StringRef Source = (*Buf)->getBuffer();
  return pyr::runWithLargeStack(Source.size(), [&]() -> int {
    pyr::ASTContext Ctx;
    pyr::TokenBuffer Toks;
    auto M = pyr::parseModule(Source, Ctx, Toks);
    if (!M) {
      pyr::reportError(M.takeError(), "pyr-parse", InputFilename, Source,
                       errs());
      return 1;
    }
    pyr::dumpAST(*M, outs());
    return 0;
  });
}
