//===- pyr-lex.cpp - Print the tokens of a Python file --------------------===//

#include "pyr/Lex/Diagnostic.h"
#include "pyr/Lex/Lexer.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

static cl::OptionCategory ToolCategory("pyr-lex options");

static cl::opt<std::string> InputFilename(cl::Positional,
                                          cl::desc("<input .py file>"),
                                          cl::init("-"), cl::cat(ToolCategory));

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  pyr::initTool();
  cl::HideUnrelatedOptions(ToolCategory);
  cl::ParseCommandLineOptions(
      argc, argv, "pyr-lex: print the tokens of a Python source file\n");
  auto Buf = pyr::readInputFile(InputFilename);
  if (!Buf) {
    pyr::reportError(Buf.takeError(), "pyr-lex", InputFilename, "", errs());
    return 1;
  }
  StringRef Source = (*Buf)->getBuffer();
  return pyr::runWithLargeStack(Source.size(), [&]() -> int {
    pyr::TokenBuffer Toks;
    if (Error E = pyr::lex(Source, Toks)) {
      pyr::reportError(std::move(E), "pyr-lex", InputFilename, Source, errs());
      return 1;
    }
    pyr::dumpTokens(Source, Toks, outs());
    return 0;
  });
}
