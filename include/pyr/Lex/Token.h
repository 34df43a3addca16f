//===- Token.h - A lexed Python token ---------------------------*- C++ -*-===//
//
// A token is a kind plus a slice of the source buffer and its 1-based
// position. Tokens do not own text; the buffer must outlive them.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LEX_TOKEN_H
#define PYR_LEX_TOKEN_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>

namespace pyr {

enum class TokenKind : uint8_t {
#define TOK(Name, Str) Name,
#include "pyr/Lex/TokenKinds.def"
  NumTokenKinds
};

/// The enumerator's name, e.g. "LParen", "kw_def", "Identifier".
const char *getTokenKindName(TokenKind K);
/// The fixed spelling of a punctuator or keyword, or nullptr.
const char *getTokenSpelling(TokenKind K);

struct Token {
  TokenKind Kind = TokenKind::EndOfFile;
  uint32_t Offset = 0; ///< Byte offset into the buffer.
  uint32_t Length = 0;
  uint32_t Line = 1; ///< 1-based.
  uint32_t Col = 1;  ///< 1-based, in bytes.

  Token() = default;
  // Lets the lexer construct a token in place without first storing the
  // defaults.
  Token(TokenKind Kind, uint32_t Offset, uint32_t Length, uint32_t Line,
        uint32_t Col)
      : Kind(Kind), Offset(Offset), Length(Length), Line(Line), Col(Col) {}

  bool is(TokenKind K) const { return Kind == K; }
  bool isNot(TokenKind K) const { return Kind != K; }
  llvm::StringRef text(llvm::StringRef Buffer) const {
    return Buffer.substr(Offset, Length);
  }
};

} // namespace pyr

#endif
