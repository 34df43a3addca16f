//===- Parser.h - Python 3.11 parser ----------------------------*- C++ -*-===//
//
// A recursive-descent parser for the Python grammar pyr understands. It
// reads a token array (see pyr/Lex/Lexer.h) and builds a tree in an
// ASTContext. Constructs that are valid Python but not implemented yet are
// refused with "... is not supported yet" at their position.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_PARSE_PARSER_H
#define PYR_PARSE_PARSER_H

#include "pyr/Lex/Token.h"
#include "pyr/Lex/TokenBuffer.h"
#include "pyr/Parse/AST.h"
#include "llvm/Support/Error.h"

namespace pyr {

/// Parse a module from tokens lexed from \p Buffer. The tokens must be
/// exactly what pyr::lex() produced for \p Buffer (offsets and lengths are
/// trusted, not re-checked); to parse text, use parseModule().
llvm::Expected<ModuleStmt *> parseTokens(llvm::StringRef Buffer,
                                         llvm::ArrayRef<Token> Toks,
                                         ASTContext &Ctx);

/// Lex and parse \p Buffer. \p Scratch receives the tokens and may be reused
/// between calls to avoid reallocating.
llvm::Expected<ModuleStmt *> parseModule(llvm::StringRef Buffer,
                                         ASTContext &Ctx, TokenBuffer &Scratch);

} // namespace pyr

#endif
