//===- Lexer.h - Python 3.11 tokenizer --------------------------*- C++ -*-===//
//
// Turns a UTF-8 source buffer into the token stream CPython's tokenizer
// produces: NEWLINE/INDENT/DEDENT layout tokens, implicit joining inside
// brackets, backslash continuation, and the same errors for bad layout.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LEX_LEXER_H
#define PYR_LEX_LEXER_H

#include "pyr/Lex/Token.h"
#include "pyr/Lex/TokenBuffer.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

namespace pyr {

/// Tokenize the whole of \p Buffer into \p Out (cleared first, capacity
/// kept so a caller can reuse it). The stream always ends with EndOfFile.
llvm::Error lex(llvm::StringRef Buffer, TokenBuffer &Out);

/// Print one token per line: "LINE:COL Kind 'spelling'".
void dumpTokens(llvm::StringRef Buffer, llvm::ArrayRef<Token> Toks,
                llvm::raw_ostream &OS);

} // namespace pyr

#endif
