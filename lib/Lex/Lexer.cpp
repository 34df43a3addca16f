//===- Lexer.cpp - Python 3.11 tokenizer ----------------------------------===//

#include "pyr/Lex/Lexer.h"
#include "SourceEncoding.h"
#include "pyr/Lex/CharInfo.h"
#include "pyr/Lex/Diagnostic.h"
#include "pyr/Lex/LexerImpl.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace pyr;
using namespace pyr::lexer;
using llvm::Error;
using llvm::StringRef;

static const char *const TokenNames[] = {
#define TOK(Name, Str) #Name,
#include "pyr/Lex/TokenKinds.def"
};

static const char *const TokenSpellings[] = {
#define TOK(Name, Str) nullptr,
#define PUNCT(Name, Spelling) Spelling,
#define KEYWORD(Name, Spelling) Spelling,
#include "pyr/Lex/TokenKinds.def"
};

const char *pyr::getTokenKindName(TokenKind K) {
  return TokenNames[static_cast<unsigned>(K)];
}

const char *pyr::getTokenSpelling(TokenKind K) {
  return TokenSpellings[static_cast<unsigned>(K)];
}

namespace {
/// Decode one UTF-8 code point of a buffer checkEncoding() accepted.
uint32_t decodeUTF8(const char *P, unsigned &Len) {
  auto U = reinterpret_cast<const unsigned char *>(P);
  if (U[0] < 0x80) {
    Len = 1;
    return U[0];
  }
  if (U[0] < 0xE0) {
    Len = 2;
    return ((U[0] & 0x1F) << 6) | (U[1] & 0x3F);
  }
  if (U[0] < 0xF0) {
    Len = 3;
    return ((U[0] & 0x0F) << 12) | ((U[1] & 0x3F) << 6) | (U[2] & 0x3F);
  }
  Len = 4;
  return ((U[0] & 0x07) << 18) | ((U[1] & 0x3F) << 12) |
         ((U[2] & 0x3F) << 6) | (U[3] & 0x3F);
}
} // namespace

void Lexer::growTokens() {
  // reserve() keeps the tokens before Out.end(), which lexAll() leaves
  // unset until it is done.
  Out.setEnd(NextTok);
  size_t N = Out.size();
  Out.reserve(std::max<size_t>(N + 1, 64));
  NextTok = Out.end();
}

void Lexer::emitFinalDedents() {
  while (NumIndents > 1) {
    --NumIndents;
    pushEmpty(TokenKind::Dedent, Pos);
  }
}

Error Lexer::errorAt(size_t Off, const llvm::Twine &Msg, const char *Type) {
  return makeSyntaxError(Msg.str(), static_cast<uint32_t>(Off), Line,
                         colOf(Off), Type);
}

Error Lexer::lazyErrorAt(size_t Off, const llvm::Twine &Msg, const char *Type) {
  LazyError = true;
  return errorAt(Off, Msg, Type);
}

Error Lexer::indentError(const llvm::Twine &Msg, const char *Type,
                         bool AtEndOfLine) {
  LazyError = true;
  size_t Off = LineStart;
  if (AtEndOfLine) {
    Off = Buf.find_first_of("\r\n", Pos);
    if (Off == StringRef::npos)
      Off = Buf.size();
  }
  return errorAt(Off, Msg, Type);
}

Error Lexer::unclosedBracketError() {
  LazyError = true;
  const OpenBracket &B = Brackets[NumBrackets - 1];
  return makeSyntaxError(
      (llvm::Twine("'") + llvm::Twine(B.C) + "' was never closed").str(),
      B.Offset, B.Line, B.Col);
}

Error Lexer::finish(Error E) {
  // A successful lexAll() has set Out's end; after a failure, it is here.
  if (E)
    Out.setEnd(NextTok);
  // An error stops the scan, so bytes after it were not looked at.
  if (E || NeedsEncodingCheck) {
    if (Error EncodingError = ensureEncodingChecked()) {
      llvm::consumeError(std::move(E));
      E = std::move(EncodingError);
    }
    // CPython checks the encoding before tokenizing: no tokens.
    if (BadEncoding) {
      Out.clear();
      return E;
    }
  }
  if (!HasBadChar || (E && !LazyError))
    return E;
  llvm::consumeError(std::move(E));
  Out.setEnd(Out.begin() + BadChar.NumToks);
  return makeSyntaxError("invalid syntax",
                         static_cast<uint32_t>(BadChar.Offset), BadChar.Line,
                         BadChar.Col);
}

Error Lexer::mismatchedBracketError(size_t Start, char C) {
  const OpenBracket &B = Brackets[NumBrackets - 1];
  std::string Msg =
      (llvm::Twine("closing parenthesis '") + llvm::Twine(C) +
       "' does not match opening parenthesis '" + llvm::Twine(B.C) + "'")
          .str();
  if (B.Line != Line)
    Msg += (llvm::Twine(" on line ") + llvm::Twine(B.Line)).str();
  return errorAt(Start, Msg);
}

Error Lexer::nonPrintableError(size_t Start, char C) {
  std::string Msg;
  llvm::raw_string_ostream OS(Msg);
  OS << "invalid non-printable character U+"
     << llvm::format_hex_no_prefix(static_cast<unsigned char>(C), 4, true);
  return errorAt(Start, OS.str());
}

/// The line and column of byte \p Off of \p Buf.
static std::pair<uint32_t, uint32_t> lineAndColumn(StringRef Buf, size_t Off) {
  StringRef Before = Buf.take_front(Off);
  size_t LS = Before.rfind('\n');
  LS = LS == StringRef::npos ? 0 : LS + 1;
  return {1 + static_cast<uint32_t>(Before.count('\n')),
          static_cast<uint32_t>(Off - LS + 1)};
}

/// Find the first byte sequence that is not UTF-8, with the reason CPython's
/// decoder gives, and how many bytes it covers. Returns false if none.
static bool findInvalidUTF8(StringRef S, size_t &Bad, size_t &Len,
                            const char *&Reason) {
  for (size_t I = 0; I < S.size();) {
    unsigned char C = static_cast<unsigned char>(S[I]);
    if (C < 0x80) {
      ++I;
      continue;
    }
    unsigned N;
    unsigned char Lo = 0x80, Hi = 0xBF; // Range of the first continuation.
    if (C >= 0xC2 && C <= 0xDF) {
      N = 1;
    } else if (C >= 0xE0 && C <= 0xEF) {
      N = 2;
      Lo = C == 0xE0 ? 0xA0 : 0x80;
      Hi = C == 0xED ? 0x9F : 0xBF; // No surrogates.
    } else if (C >= 0xF0 && C <= 0xF4) {
      N = 3;
      Lo = C == 0xF0 ? 0x90 : 0x80;
      Hi = C == 0xF4 ? 0x8F : 0xBF;
    } else {
      Bad = I;
      Len = 1;
      Reason = "invalid start byte";
      return true;
    }
    for (unsigned K = 1; K <= N; ++K) {
      if (I + K >= S.size()) {
        Bad = I;
        Len = K;
        Reason = "unexpected end of data";
        return true;
      }
      unsigned char D = static_cast<unsigned char>(S[I + K]);
      if (D < (K == 1 ? Lo : 0x80) || D > (K == 1 ? Hi : 0xBF)) {
        Bad = I;
        Len = 1;
        Reason = "invalid continuation byte";
        return true;
      }
    }
    I += N + 1;
  }
  return false;
}

/// What CPython checks before tokenizing: no null bytes, a usable encoding
/// declaration (PEP 263), and text that decodes. The lexer reads UTF-8:
/// readInputFile() has already decoded a file that declares one of the
/// single-byte encodings pyr supports.
Error Lexer::checkEncoding() {
  auto ErrorAtByte = [&](size_t Off, const llvm::Twine &Msg) {
    auto [L, C] = lineAndColumn(Buf, Off);
    return makeSyntaxError(Msg.str(), static_cast<uint32_t>(Off), L, C);
  };
  if (size_t Nul = Buf.find('\0'); Nul != StringRef::npos)
    return ErrorAtByte(Nul, "source code cannot contain null bytes");

  bool BOM = Buf.startswith("\xEF\xBB\xBF");
  encoding::Codec Codec;
  Codec.Kind = encoding::CodecKind::UTF8;
  StringRef Cookie = encoding::findCodingCookie(BOM ? Buf.drop_front(3) : Buf);
  std::string Name;
  if (!Cookie.empty()) {
    Name = encoding::normalCookieName(Cookie);
    if (BOM && Name != "utf-8")
      return ErrorAtByte(0, "encoding problem: " + Name + " with BOM");
    if (Name != "utf-8")
      Codec = encoding::lookupCodec(Name);
    if (Codec.Kind == encoding::CodecKind::Unknown)
      return ErrorAtByte(0, "unknown encoding: " + Name);
    if (Codec.Kind == encoding::CodecKind::NotText)
      return ErrorAtByte(0, "'" + Name +
                                "' is not a text encoding; use codecs.decode() "
                                "to handle arbitrary codecs");
  }

  // Pure ASCII (the common case) needs no decoding; this loop vectorizes.
  unsigned char AnyHigh = 0;
  for (char C : Buf)
    AnyHigh |= static_cast<unsigned char>(C);
  if (AnyHigh < 0x80)
    return Error::success();
  size_t NonASCII = 0;
  while (static_cast<unsigned char>(Buf[NonASCII]) < 0x80)
    ++NonASCII;

  std::string Msg;
  llvm::raw_string_ostream OS(Msg);
  switch (Codec.Kind) {
  case encoding::CodecKind::ASCII:
    OS << "'ascii' codec can't decode byte 0x"
       << llvm::format_hex_no_prefix(static_cast<unsigned char>(Buf[NonASCII]),
                                     2)
       << " in position " << NonASCII << ": ordinal not in range(128)";
    return ErrorAtByte(NonASCII, OS.str());
  case encoding::CodecKind::Unsupported:
    return ErrorAtByte(0, "encoding '" + Name + "' is not supported yet");
  case encoding::CodecKind::Latin1:
  case encoding::CodecKind::Table: {
    // Not decoded yet if it is not UTF-8; find out why readInputFile()
    // could not.
    size_t Bad, Len;
    const char *Reason;
    if (!findInvalidUTF8(Buf, Bad, Len, Reason))
      return Error::success();
    std::string Decoded;
    if (!encoding::decodeSingleByte(Codec, Buf, Decoded, Bad)) {
      OS << "'charmap' codec can't decode byte 0x"
         << llvm::format_hex_no_prefix(static_cast<unsigned char>(Buf[Bad]), 2)
         << " in position " << Bad << ": character maps to <undefined>";
      return ErrorAtByte(Bad, OS.str());
    }
    break;
  }
  default:
    break;
  }
  size_t Bad, Len;
  const char *Reason;
  if (!findInvalidUTF8(Buf, Bad, Len, Reason))
    return Error::success();
  OS << "(unicode error) 'utf-8' codec can't decode ";
  if (Len == 1)
    OS << "byte 0x"
       << llvm::format_hex_no_prefix(static_cast<unsigned char>(Buf[Bad]), 2)
       << " in position " << Bad;
  else
    OS << "bytes in position " << Bad << '-' << Bad + Len - 1;
  OS << ": " << Reason;
  return ErrorAtByte(Bad, OS.str());
}

/// CPython's verify_end_of_number: a number may be directly followed by
/// one of the keywords that can legally follow an expression. The error is
/// on the number's last character.
Error Lexer::verifyEndOfNumber(const char *Kind) {
  char C = peek();
  if (!isIdentChar(static_cast<unsigned char>(C)))
    return Error::success();
  StringRef Rest = Buf.substr(Pos);
  for (StringRef KW : {"and", "else", "for", "if", "in", "is", "not", "or"})
    if (Rest.startswith(KW) &&
        (Rest.size() == KW.size() ||
         !isIdentChar(static_cast<unsigned char>(Rest[KW.size()]))))
      return Error::success();
  return errorAt(Pos - 1, llvm::Twine("invalid ") + Kind + " literal");
}

Error Lexer::lexNumber() {
  size_t Start = Pos;
  // Consume digits accepted by Pred with single '_' separators between them.
  // Returns false if a separator is misplaced, just after it. Errors are
  // reported where CPython's tokenizer stops: on the last character it
  // accepted.
  auto Digits = [&](auto Pred) {
    while (true) {
      if (Pred(peek())) {
        ++Pos;
        continue;
      }
      if (peek() == '_') {
        if (!Pred(peek(1))) {
          ++Pos;
          return false;
        }
        ++Pos;
        continue;
      }
      return true;
    }
  };

  if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' ||
                        peek(1) == 'O' || peek(1) == 'b' || peek(1) == 'B')) {
    char Base = static_cast<char>(peek(1) | 0x20);
    Pos += 2;
    const char *Kind = Base == 'x' ? "hexadecimal"
                       : Base == 'o' ? "octal"
                                     : "binary";
    if (peek() == '_')
      ++Pos;
    auto InBase = [Base](char C) {
      return Base == 'x' ? isHexDigit(C)
             : Base == 'o' ? (C >= '0' && C <= '7')
                           : (C == '0' || C == '1');
    };
    size_t DigitsStart = Pos;
    bool OK = Digits(InBase);
    if (!OK || Pos == DigitsStart) {
      if (isDigit(peek()) && Base != 'x')
        return errorAt(Pos, llvm::Twine("invalid digit '") +
                                llvm::Twine(peek()) + "' in " + Kind +
                                " literal");
      return errorAt(Pos - 1, llvm::Twine("invalid ") + Kind + " literal");
    }
    if (isDigit(peek()))
      return errorAt(Pos, llvm::Twine("invalid digit '") +
                              llvm::Twine(peek()) + "' in " + Kind +
                              " literal");
    if (Error E = verifyEndOfNumber(Kind))
      return E;
    push(TokenKind::Integer, Start);
    return Error::success();
  }

  bool IsFloat = false;
  if (peek() != '.') {
    if (!Digits(isDigit))
      return errorAt(Pos - 1, "invalid decimal literal");
  }
  if (peek() == '.') {
    IsFloat = true;
    ++Pos;
    if (isDigit(peek()) && !Digits(isDigit))
      return errorAt(Pos - 1, "invalid decimal literal");
  }
  if (peek() == 'e' || peek() == 'E') {
    size_t ESave = Pos;
    ++Pos;
    if (peek() == '+' || peek() == '-') {
      ++Pos;
      if (!isDigit(peek()))
        return errorAt(Pos - 1, "invalid decimal literal");
    }
    if (!isDigit(peek())) {
      // "1else" is 1 followed by a keyword; anything else is malformed.
      Pos = ESave;
      if (Error E = verifyEndOfNumber("decimal"))
        return E;
      push(IsFloat ? TokenKind::Float : TokenKind::Integer, Start);
      return Error::success();
    }
    if (!Digits(isDigit))
      return errorAt(Pos - 1, "invalid decimal literal");
    IsFloat = true;
  }
  if (peek() == 'j' || peek() == 'J') {
    ++Pos;
    if (Error E = verifyEndOfNumber("imaginary"))
      return E;
    push(TokenKind::Imaginary, Start);
    return Error::success();
  }
  if (!IsFloat) {
    // "0_0" and "000" are fine; "012" is not. CPython checks this before
    // what follows the number.
    StringRef Text = Buf.slice(Start, Pos);
    if (Text.size() > 1 && Text[0] == '0' &&
        Text.find_first_not_of("0_") != StringRef::npos)
      return errorAt(Start, "leading zeros in decimal integer literals are not "
                            "permitted; use an 0o prefix for octal integers");
  }
  if (Error E = verifyEndOfNumber("decimal"))
    return E;
  push(IsFloat ? TokenKind::Float : TokenKind::Integer, Start);
  return Error::success();
}

Error Lexer::lexString(size_t Start) {
  char Quote = peek();
  bool Triple = peek(1) == Quote && peek(2) == Quote;
  uint32_t StartLine = Line;
  size_t StartLineStart = LineStart;
  Pos += Triple ? 3 : 1;
  while (true) {
    if (Pos >= Buf.size()) {
      // The last line of the file, as CPython counts them.
      uint32_t DetectedAt = Line - (Line > StartLine &&
                                    (Buf.back() == '\n' || Buf.back() == '\r'));
      Line = StartLine;
      LineStart = StartLineStart;
      return errorAt(Start, llvm::Twine(Triple ? "unterminated triple-quoted "
                                                 "string literal"
                                               : "unterminated string literal") +
                                " (detected at line " + llvm::Twine(DetectedAt) +
                                ")");
    }
    char C = Buf[Pos];
    if (!hasClass(C, CC_StringStop)) {
      ++Pos;
      continue;
    }
    if (hasClass(C, CC_Unchecked)) {
      NeedsEncodingCheck = true;
      ++Pos;
      continue;
    }
    if (C == '\\') {
      ++Pos;
      if (Pos < Buf.size()) {
        char N = Buf[Pos++];
        if (hasClass(N, CC_Unchecked))
          NeedsEncodingCheck = true;
        if (N == '\r' && peek() == '\n')
          ++Pos;
        if (N == '\n' || N == '\r')
          newLine();
      }
      continue;
    }
    if (C == '\n' || C == '\r') {
      if (!Triple) {
        // A backslash may have continued the string onto later lines.
        uint32_t DetectedAt = Line;
        Line = StartLine;
        LineStart = StartLineStart;
        return errorAt(Start, llvm::Twine("unterminated string literal "
                                          "(detected at line ") +
                                  llvm::Twine(DetectedAt) + ")");
      }
      ++Pos;
      if (C == '\r' && peek() == '\n')
        ++Pos;
      newLine();
      continue;
    }
    if (C == Quote) {
      if (!Triple) {
        ++Pos;
        break;
      }
      if (peek(1) == Quote && peek(2) == Quote) {
        Pos += 3;
        break;
      }
    }
    ++Pos;
  }
  // The token starts on its first line even if it spans several.
  push(TokenKind::String, Start, Pos - Start, StartLine,
       static_cast<uint32_t>(Start - StartLineStart + 1));
  return Error::success();
}

Error Lexer::lexIdentifier() {
  size_t Start = Pos;
  // Like CPython, take the ASCII identifier characters and every non-ASCII
  // character, then check the name against Unicode's XID classes.
  bool ASCII = true;
  while (Pos < Buf.size()) {
    unsigned char C = static_cast<unsigned char>(Buf[Pos]);
    if (!isIdentChar(C))
      break;
    ASCII &= C < 0x80;
    ++Pos;
  }
  if (!ASCII)
    if (Error E = ensureEncodingChecked())
      return E;
  for (size_t I = Start; !ASCII && I < Pos;) {
    unsigned Len;
    uint32_t CP = decodeUTF8(Buf.data() + I, Len);
    if (I == Start ? charinfo::isIdentifierStart(CP)
                   : charinfo::isIdentifierContinue(CP)) {
      I += Len;
      continue;
    }
    std::string Msg;
    llvm::raw_string_ostream OS(Msg);
    if (charinfo::isPrintable(CP))
      OS << "invalid character '" << Buf.substr(I, Len) << "' (U+"
         << llvm::format_hex_no_prefix(CP, 4, /*Upper=*/true) << ")";
    else
      OS << "invalid non-printable character U+"
         << llvm::format_hex_no_prefix(CP, 4, /*Upper=*/true);
    return errorAt(I, OS.str());
  }
  StringRef Text = Buf.slice(Start, Pos);
  // A string prefix directly followed by a quote.
  char Q = peek();
  if ((Q == '"' || Q == '\'') && Text.size() <= 2) {
    std::string Lower = Text.lower();
    if (Lower == "r" || Lower == "u" || Lower == "f" || Lower == "b" ||
        Lower == "br" || Lower == "rb" || Lower == "fr" || Lower == "rf")
      return lexString(Start);
  }
  push(nameKind(Text.data(), Text.size()), Start);
  return Error::success();
}

Error lexer::sourceTooLargeError() {
  return makeSyntaxError("source file too large", 0, 1, 1);
}

Error pyr::lex(StringRef Buffer, TokenBuffer &Out) {
  return lexBuffer(Buffer, Out);
}

void pyr::dumpTokens(StringRef Buffer, llvm::ArrayRef<Token> Toks,
                     llvm::raw_ostream &OS) {
  for (const Token &T : Toks) {
    OS << T.Line << ':' << T.Col << ' ' << getTokenKindName(T.Kind) << " '";
    OS.write_escaped(T.text(Buffer));
    OS << "'\n";
  }
}
