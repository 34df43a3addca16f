//===- Diagnostic.h - Source-located compile-time errors --------*- C++ -*-===//
//
// Lexer, parser and compiler report failures as a SyntaxError carrying the
// Python exception class name (SyntaxError, IndentationError, TabError), a
// CPython-style message and a position. Tools render it LLVM-style with
// llvm::SourceMgr; the library API renders it as a one-line string.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LEX_DIAGNOSTIC_H
#define PYR_LEX_DIAGNOSTIC_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <string>

namespace pyr {

class SyntaxError : public llvm::ErrorInfo<SyntaxError> {
public:
  static char ID;

  SyntaxError(const char *ExcType, std::string Msg, uint32_t Offset,
              uint32_t Line, uint32_t Col)
      : ExcType(ExcType), Msg(std::move(Msg)), Offset(Offset), Line(Line),
        Col(Col) {}

  /// "SyntaxError: invalid syntax (line 1, column 3)".
  void log(llvm::raw_ostream &OS) const override;
  std::error_code convertToErrorCode() const override;

  const char *ExcType;
  std::string Msg;
  uint32_t Offset, Line, Col;
};

/// Build a SyntaxError-class error.
llvm::Error makeSyntaxError(std::string Msg, uint32_t Offset, uint32_t Line,
                            uint32_t Col, const char *ExcType = "SyntaxError");

/// Print \p E for a tool: SyntaxErrors become "FILE:LINE:COL: error: MSG"
/// with the source line and a caret; anything else "TOOL: error: MSG".
/// \p Source is the whole buffer the error refers to. Returns nothing: the
/// error is consumed.
void reportError(llvm::Error E, llvm::StringRef ToolName,
                 llvm::StringRef FileName, llvm::StringRef Source,
                 llvm::raw_ostream &OS);

/// Read a whole input file, or standard input for "-". Errors name the file.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readInputFile(llvm::StringRef Path);

/// Run \p Main and return its result; for inputs of more than a few
/// kilobytes (\p InputSize), on a thread with a large stack. The tools use
/// it so that the deepest input the stages accept (see the parser's nesting
/// limits) is safe even in sanitizer builds, whose stack frames are several
/// times larger, while small programs start without creating a thread.
int runWithLargeStack(size_t InputSize, llvm::function_ref<int()> Main);

/// Print the tool's version line; used as the cl::SetVersionPrinter hook.
void printToolVersion(llvm::raw_ostream &OS);

/// What every pyr tool sets up after InitLLVM: its --version line, and a
/// crash report that names pyr rather than asking for an LLVM bug report.
void initTool();

} // namespace pyr

#endif
