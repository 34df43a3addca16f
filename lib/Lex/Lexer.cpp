//===- Lexer.cpp - Python 3.11 tokenizer ----------------------------------===//

#include "pyr/Lex/Lexer.h"
#include "pyr/Lex/Diagnostic.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace pyr;
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

/// CPython limits: MAXINDENT and MAXLEVEL in Parser/tokenizer.h.
constexpr unsigned MaxIndent = 100;
constexpr unsigned MaxParenLevel = 200;
constexpr unsigned TabSize = 8;

bool isIdentStart(unsigned char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || C == '_' ||
         C >= 0x80;
}
bool isIdentChar(unsigned char C) {
  return isIdentStart(C) || (C >= '0' && C <= '9');
}
bool isDigit(char C) { return C >= '0' && C <= '9'; }
bool isHexDigit(char C) {
  return isDigit(C) || (C >= 'a' && C <= 'f') || (C >= 'A' && C <= 'F');
}

/// Decode one UTF-8 code point (the buffer was validated up front).
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

/// Approximation of Unicode XID_Continue for non-ASCII code points: rejects
/// the punctuation, symbol and space blocks so that e.g. '€' or '→' are
/// refused like CPython does. Letters of every script are accepted.
bool isIdentCodePoint(uint32_t CP) {
  if (CP < 0x80)
    return isIdentChar(static_cast<unsigned char>(CP));
  if (CP >= 0x80 && CP <= 0xBF)
    return CP == 0xAA || CP == 0xB5 || CP == 0xBA;
  if (CP == 0xD7 || CP == 0xF7)
    return false;
  if (CP >= 0x2000 && CP <= 0x206F) // General punctuation.
    return CP == 0x203F || CP == 0x2040 || CP == 0x2054;
  if (CP >= 0x20A0 && CP <= 0x2BFF) // Currency, arrows, math, shapes, ...
    return (CP >= 0x2100 && CP <= 0x214F && CP != 0x2118) ||
           (CP >= 0x2160 && CP <= 0x2188);
  if (CP >= 0x3000 && CP <= 0x3004)
    return false;
  if (CP >= 0xFF01 && CP <= 0xFF0F)
    return false;
  if (CP == 0xFEFF || (CP >= 0xE000 && CP <= 0xF8FF))
    return false;
  return true;
}

class Lexer {
public:
  Lexer(StringRef Buf, std::vector<Token> &Out) : Buf(Buf), Out(Out) {}
  Error run();

private:
  StringRef Buf;
  std::vector<Token> &Out;
  size_t Pos = 0;
  uint32_t Line = 1;
  size_t LineStart = 0;
  bool AtLineStart = true;

  llvm::SmallVector<unsigned, 16> Indents{0};
  llvm::SmallVector<unsigned, 16> AltIndents{0};
  struct OpenBracket {
    char C;
    uint32_t Offset, Line, Col;
  };
  llvm::SmallVector<OpenBracket, 8> Brackets;

  char peek(size_t Ahead = 0) const {
    return Pos + Ahead < Buf.size() ? Buf[Pos + Ahead] : '\0';
  }
  uint32_t colOf(size_t Off) const {
    return static_cast<uint32_t>(Off - LineStart + 1);
  }
  void push(TokenKind K, size_t Start) {
    Out.push_back(Token{K, static_cast<uint32_t>(Start),
                        static_cast<uint32_t>(Pos - Start), Line,
                        colOf(Start)});
  }
  Error errorAt(size_t Off, const llvm::Twine &Msg,
                const char *Type = "SyntaxError") {
    return makeSyntaxError(Msg.str(), static_cast<uint32_t>(Off), Line,
                           colOf(Off), Type);
  }
  void newLine() {
    ++Line;
    LineStart = Pos;
  }

  Error checkEncoding();
  Error lexIndentation(bool &SkipLine);
  Error lexNumber();
  Error lexString(size_t Start);
  Error lexIdentifier();
  Error lexPunct();
  Error verifyEndOfNumber(size_t Start, const char *Kind);
  Error finish();
};

Error Lexer::checkEncoding() {
  if (size_t Nul = Buf.find('\0'); Nul != StringRef::npos)
    return makeSyntaxError("source code cannot contain null bytes",
                           static_cast<uint32_t>(Nul), 1, 1);
  const auto *Begin = reinterpret_cast<const llvm::UTF8 *>(Buf.begin());
  const auto *End = reinterpret_cast<const llvm::UTF8 *>(Buf.end());
  // Pure ASCII (the common case) needs no decoding.
  bool ASCII = true;
  for (const llvm::UTF8 *Q = Begin; Q != End; ++Q)
    ASCII &= *Q < 0x80;
  const llvm::UTF8 *P = Begin;
  if (ASCII || llvm::isLegalUTF8String(&P, End))
    return Error::success();
  size_t Bad = P - Begin;
  // Report the line of the offending byte.
  uint32_t BadLine = 1 + static_cast<uint32_t>(Buf.take_front(Bad).count('\n'));
  size_t LS = Buf.take_front(Bad).rfind('\n');
  LS = LS == StringRef::npos ? 0 : LS + 1;
  std::string Msg;
  llvm::raw_string_ostream OS(Msg);
  OS << "(unicode error) 'utf-8' codec can't decode byte 0x";
  OS << llvm::format_hex_no_prefix(static_cast<unsigned char>(Buf[Bad]), 2);
  OS << " in position " << Bad;
  return makeSyntaxError(OS.str(), static_cast<uint32_t>(Bad), BadLine,
                         static_cast<uint32_t>(Bad - LS + 1));
}

Error Lexer::run() {
  Out.clear();
  if (Error E = checkEncoding())
    return E;
  if (Buf.startswith("\xEF\xBB\xBF"))
    Pos = LineStart = 3;

  while (true) {
    if (AtLineStart && Brackets.empty()) {
      bool Skip = false;
      if (Error E = lexIndentation(Skip))
        return E;
      if (Skip)
        continue;
    }
    AtLineStart = false;

    // Skip horizontal whitespace, comments and continuation lines.
    char C = peek();
    while (C == ' ' || C == '\t' || C == '\f') {
      ++Pos;
      C = peek();
    }
    if (C == '#') {
      while (Pos < Buf.size() && Buf[Pos] != '\n' && Buf[Pos] != '\r')
        ++Pos;
      C = peek();
    }
    if (Pos >= Buf.size())
      return finish();

    size_t Start = Pos;
    if (C == '\n' || C == '\r') {
      if (Brackets.empty()) {
        Out.push_back(Token{TokenKind::Newline, static_cast<uint32_t>(Start), 0,
                            Line, colOf(Start)});
        AtLineStart = true;
      }
      ++Pos;
      if (C == '\r' && peek() == '\n')
        ++Pos;
      newLine();
      continue;
    }
    if (C == '\\') {
      ++Pos;
      char N = peek();
      if (N == '\n' || N == '\r') {
        ++Pos;
        if (N == '\r' && peek() == '\n')
          ++Pos;
        newLine();
        if (Pos >= Buf.size())
          return errorAt(Pos, "unexpected EOF while parsing");
        continue;
      }
      if (Pos >= Buf.size())
        return errorAt(Start, "unexpected EOF while parsing");
      return errorAt(Start,
                     "unexpected character after line continuation character");
    }
    if (isDigit(C) || (C == '.' && isDigit(peek(1)))) {
      if (Error E = lexNumber())
        return E;
      continue;
    }
    if (isIdentStart(static_cast<unsigned char>(C))) {
      if (Error E = lexIdentifier())
        return E;
      continue;
    }
    if (C == '"' || C == '\'') {
      if (Error E = lexString(Start))
        return E;
      continue;
    }
    if (Error E = lexPunct())
      return E;
  }
}

Error Lexer::lexIndentation(bool &SkipLine) {
  unsigned Col = 0, AltCol = 0;
  while (Pos < Buf.size()) {
    char C = Buf[Pos];
    if (C == ' ') {
      ++Col;
      ++AltCol;
    } else if (C == '\t') {
      Col = (Col / TabSize + 1) * TabSize;
      ++AltCol;
    } else if (C == '\f') {
      Col = AltCol = 0;
    } else {
      break;
    }
    ++Pos;
  }
  if (Pos >= Buf.size())
    return Error::success();
  char C = peek();
  // Blank lines and comment-only lines take no part in indentation.
  if (C == '#' || C == '\n' || C == '\r') {
    while (Pos < Buf.size() && Buf[Pos] != '\n' && Buf[Pos] != '\r')
      ++Pos;
    if (Pos >= Buf.size())
      return Error::success();
    C = Buf[Pos++];
    if (C == '\r' && peek() == '\n')
      ++Pos;
    newLine();
    SkipLine = true;
    return Error::success();
  }
  if (Col == Indents.back()) {
    if (AltCol != AltIndents.back())
      return errorAt(Pos, "inconsistent use of tabs and spaces in indentation",
                     "TabError");
  } else if (Col > Indents.back()) {
    if (Indents.size() >= MaxIndent)
      return errorAt(Pos, "too many levels of indentation",
                     "IndentationError");
    if (AltCol <= AltIndents.back())
      return errorAt(Pos, "inconsistent use of tabs and spaces in indentation",
                     "TabError");
    Indents.push_back(Col);
    AltIndents.push_back(AltCol);
    Out.push_back(Token{TokenKind::Indent, static_cast<uint32_t>(Pos), 0, Line,
                        colOf(Pos)});
  } else {
    while (Indents.size() > 1 && Col < Indents.back()) {
      Indents.pop_back();
      AltIndents.pop_back();
      Out.push_back(Token{TokenKind::Dedent, static_cast<uint32_t>(Pos), 0,
                          Line, colOf(Pos)});
    }
    if (Col != Indents.back())
      return errorAt(Pos, "unindent does not match any outer indentation level",
                     "IndentationError");
    if (AltCol != AltIndents.back())
      return errorAt(Pos, "inconsistent use of tabs and spaces in indentation",
                     "TabError");
  }
  return Error::success();
}

Error Lexer::finish() {
  if (!Brackets.empty()) {
    const OpenBracket &B = Brackets.back();
    return makeSyntaxError((llvm::Twine("'") + llvm::Twine(B.C) +
                            "' was never closed")
                               .str(),
                           B.Offset, B.Line, B.Col);
  }
  // A final line without its newline still ends a logical line.
  if (!Out.empty() && !AtLineStart &&
      Out.back().Kind != TokenKind::Newline) {
    Out.push_back(Token{TokenKind::Newline, static_cast<uint32_t>(Pos), 0,
                        Line, colOf(Pos)});
    newLine();
  }
  while (Indents.size() > 1) {
    Indents.pop_back();
    Out.push_back(Token{TokenKind::Dedent, static_cast<uint32_t>(Pos), 0, Line,
                        colOf(Pos)});
  }
  Out.push_back(Token{TokenKind::EndOfFile, static_cast<uint32_t>(Pos), 0,
                      Line, colOf(Pos)});
  return Error::success();
}

/// CPython's verify_end_of_number: a number may be directly followed by
/// one of the keywords that can legally follow an expression.
Error Lexer::verifyEndOfNumber(size_t Start, const char *Kind) {
  char C = peek();
  if (!isIdentChar(static_cast<unsigned char>(C)))
    return Error::success();
  StringRef Rest = Buf.substr(Pos);
  for (StringRef KW : {"and", "else", "for", "if", "in", "is", "not", "or"})
    if (Rest.startswith(KW))
      return Error::success();
  return errorAt(Start, llvm::Twine("invalid ") + Kind + " literal");
}

Error Lexer::lexNumber() {
  size_t Start = Pos;
  // Fast path: a plain decimal integer not followed by anything that could
  // continue a number.
  if (peek() >= '1' && peek() <= '9') {
    size_t End = Pos + 1;
    while (End < Buf.size() && isDigit(Buf[End]))
      ++End;
    char N = End < Buf.size() ? Buf[End] : '\0';
    if (N != '.' && N != '_' && N != 'e' && N != 'E' && N != 'j' &&
        N != 'J' && !isIdentChar(static_cast<unsigned char>(N))) {
      Pos = End;
      push(TokenKind::Integer, Start);
      return Error::success();
    }
  }
  // Consume digits accepted by Pred with single '_' separators between them.
  // Returns false if a separator is misplaced.
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
      if (Pos == DigitsStart && isDigit(peek()) && Base != 'x')
        return errorAt(Pos, llvm::Twine("invalid digit '") +
                                llvm::Twine(peek()) + "' in " + Kind +
                                " literal");
      return errorAt(Start, llvm::Twine("invalid ") + Kind + " literal");
    }
    if (isDigit(peek()))
      return errorAt(Pos, llvm::Twine("invalid digit '") +
                              llvm::Twine(peek()) + "' in " + Kind +
                              " literal");
    if (Error E = verifyEndOfNumber(Start, Kind))
      return E;
    push(TokenKind::Integer, Start);
    return Error::success();
  }

  bool IsFloat = false;
  if (peek() != '.') {
    if (!Digits(isDigit))
      return errorAt(Start, "invalid decimal literal");
  }
  if (peek() == '.') {
    IsFloat = true;
    ++Pos;
    if (isDigit(peek()) && !Digits(isDigit))
      return errorAt(Start, "invalid decimal literal");
  }
  if (peek() == 'e' || peek() == 'E') {
    size_t ESave = Pos;
    ++Pos;
    if (peek() == '+' || peek() == '-')
      ++Pos;
    if (!isDigit(peek())) {
      // "1else" is 1 followed by a keyword; anything else is malformed.
      Pos = ESave;
      if (Error E = verifyEndOfNumber(Start, "decimal"))
        return E;
      push(IsFloat ? TokenKind::Float : TokenKind::Integer, Start);
      return Error::success();
    }
    if (!Digits(isDigit))
      return errorAt(Start, "invalid decimal literal");
    IsFloat = true;
  }
  if (peek() == 'j' || peek() == 'J') {
    ++Pos;
    if (Error E = verifyEndOfNumber(Start, "imaginary"))
      return E;
    push(TokenKind::Imaginary, Start);
    return Error::success();
  }
  if (Error E = verifyEndOfNumber(Start, "decimal"))
    return E;
  if (!IsFloat) {
    // "0_0" and "000" are fine; "012" is not.
    StringRef Text = Buf.slice(Start, Pos);
    if (Text.size() > 1 && Text[0] == '0' &&
        Text.find_first_not_of("0_") != StringRef::npos)
      return errorAt(Start, "leading zeros in decimal integer literals are not "
                            "permitted; use an 0o prefix for octal integers");
  }
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
      uint32_t DetectedAt = Line;
      Line = StartLine;
      LineStart = StartLineStart;
      return errorAt(Start, llvm::Twine(Triple ? "unterminated triple-quoted "
                                                 "string literal"
                                               : "unterminated string literal") +
                                " (detected at line " + llvm::Twine(DetectedAt) +
                                ")");
    }
    char C = Buf[Pos];
    if (C == '\\') {
      ++Pos;
      if (Pos < Buf.size()) {
        char N = Buf[Pos++];
        if (N == '\r' && peek() == '\n')
          ++Pos;
        if (N == '\n' || N == '\r')
          newLine();
      }
      continue;
    }
    if (C == '\n' || C == '\r') {
      if (!Triple) {
        Line = StartLine;
        LineStart = StartLineStart;
        return errorAt(Start, llvm::Twine("unterminated string literal "
                                          "(detected at line ") +
                                  llvm::Twine(StartLine) + ")");
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
  Out.push_back(Token{TokenKind::String, static_cast<uint32_t>(Start),
                      static_cast<uint32_t>(Pos - Start), StartLine,
                      static_cast<uint32_t>(Start - StartLineStart + 1)});
  return Error::success();
}

Error Lexer::lexIdentifier() {
  size_t Start = Pos;
  while (Pos < Buf.size()) {
    unsigned char C = static_cast<unsigned char>(Buf[Pos]);
    if (C < 0x80) {
      if (!isIdentChar(C))
        break;
      ++Pos;
      continue;
    }
    unsigned Len;
    uint32_t CP = decodeUTF8(Buf.data() + Pos, Len);
    if (!isIdentCodePoint(CP)) {
      if (Pos == Start) {
        std::string Msg;
        llvm::raw_string_ostream OS(Msg);
        OS << "invalid character '" << Buf.substr(Pos, Len) << "' (U+"
           << llvm::format_hex_no_prefix(CP, 4, /*Upper=*/true) << ")";
        return errorAt(Pos, OS.str());
      }
      break;
    }
    Pos += Len;
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
  TokenKind K = llvm::StringSwitch<TokenKind>(Text)
#define KEYWORD(Name, Spelling) .Case(Spelling, TokenKind::kw_##Name)
#include "pyr/Lex/TokenKinds.def"
                    .Default(TokenKind::Identifier);
  push(K, Start);
  return Error::success();
}

Error Lexer::lexPunct() {
  size_t Start = Pos;
  char C = peek(), N = peek(1), N2 = peek(2);
  TokenKind K;
  unsigned Len = 1;
  auto Two = [&](char Next, TokenKind Yes, TokenKind No) {
    if (N == Next) {
      Len = 2;
      return Yes;
    }
    return No;
  };
  switch (C) {
  case '(':
  case '[':
  case '{':
    if (Brackets.size() >= MaxParenLevel)
      return errorAt(Start, "too many nested parentheses");
    Brackets.push_back({C, static_cast<uint32_t>(Start), Line, colOf(Start)});
    K = C == '(' ? TokenKind::LParen
        : C == '[' ? TokenKind::LSquare
                   : TokenKind::LBrace;
    break;
  case ')':
  case ']':
  case '}': {
    if (Brackets.empty())
      return errorAt(Start, llvm::Twine("unmatched '") + llvm::Twine(C) + "'");
    char Open = Brackets.back().C;
    char Want = Open == '(' ? ')' : Open == '[' ? ']' : '}';
    if (C != Want) {
      const OpenBracket &B = Brackets.back();
      std::string Msg = (llvm::Twine("closing parenthesis '") + llvm::Twine(C) +
                         "' does not match opening parenthesis '" +
                         llvm::Twine(Open) + "'")
                            .str();
      if (B.Line != Line)
        Msg += (llvm::Twine(" on line ") + llvm::Twine(B.Line)).str();
      return errorAt(Start, Msg);
    }
    Brackets.pop_back();
    K = C == ')' ? TokenKind::RParen
        : C == ']' ? TokenKind::RSquare
                   : TokenKind::RBrace;
    break;
  }
  case ':': K = Two('=', TokenKind::ColonEqual, TokenKind::Colon); break;
  case ',': K = TokenKind::Comma; break;
  case ';': K = TokenKind::Semi; break;
  case '+': K = Two('=', TokenKind::PlusEqual, TokenKind::Plus); break;
  case '-':
    K = N == '>' ? (Len = 2, TokenKind::RArrow)
                 : Two('=', TokenKind::MinEqual, TokenKind::Minus);
    break;
  case '*':
    if (N == '*') {
      Len = N2 == '=' ? 3 : 2;
      K = Len == 3 ? TokenKind::DoubleStarEqual : TokenKind::DoubleStar;
    } else {
      K = Two('=', TokenKind::StarEqual, TokenKind::Star);
    }
    break;
  case '/':
    if (N == '/') {
      Len = N2 == '=' ? 3 : 2;
      K = Len == 3 ? TokenKind::DoubleSlashEqual : TokenKind::DoubleSlash;
    } else {
      K = Two('=', TokenKind::SlashEqual, TokenKind::Slash);
    }
    break;
  case '|': K = Two('=', TokenKind::VBarEqual, TokenKind::VBar); break;
  case '&': K = Two('=', TokenKind::AmperEqual, TokenKind::Amper); break;
  case '^': K = Two('=', TokenKind::CircumflexEqual, TokenKind::Circumflex);
    break;
  case '%': K = Two('=', TokenKind::PercentEqual, TokenKind::Percent); break;
  case '@': K = Two('=', TokenKind::AtEqual, TokenKind::At); break;
  case '~': K = TokenKind::Tilde; break;
  case '=': K = Two('=', TokenKind::EqEqual, TokenKind::Equal); break;
  case '!':
    if (N != '=')
      return errorAt(Start, "invalid syntax");
    K = TokenKind::NotEqual;
    Len = 2;
    break;
  case '<':
    if (N == '<') {
      Len = N2 == '=' ? 3 : 2;
      K = Len == 3 ? TokenKind::LeftShiftEqual : TokenKind::LeftShift;
    } else {
      K = Two('=', TokenKind::LessEqual, TokenKind::Less);
    }
    break;
  case '>':
    if (N == '>') {
      Len = N2 == '=' ? 3 : 2;
      K = Len == 3 ? TokenKind::RightShiftEqual : TokenKind::RightShift;
    } else {
      K = Two('=', TokenKind::GreaterEqual, TokenKind::Greater);
    }
    break;
  case '.':
    if (N == '.' && N2 == '.') {
      K = TokenKind::Ellipsis;
      Len = 3;
    } else {
      K = TokenKind::Dot;
    }
    break;
  default:
    if (static_cast<unsigned char>(C) < 0x20 || C == 0x7f) {
      std::string Msg;
      llvm::raw_string_ostream OS(Msg);
      OS << "invalid non-printable character U+"
         << llvm::format_hex_no_prefix(static_cast<unsigned char>(C), 4, true);
      return errorAt(Start, OS.str());
    }
    return errorAt(Start, "invalid syntax");
  }
  Pos += Len;
  push(K, Start);
  return Error::success();
}

} // namespace

Error pyr::lex(StringRef Buffer, std::vector<Token> &Out) {
  if (Buffer.size() >= UINT32_MAX)
    return makeSyntaxError("source file too large", 0, 1, 1);
  return Lexer(Buffer, Out).run();
}

void pyr::dumpTokens(StringRef Buffer, const std::vector<Token> &Toks,
                     llvm::raw_ostream &OS) {
  for (const Token &T : Toks) {
    OS << T.Line << ':' << T.Col << ' ' << getTokenKindName(T.Kind) << " '";
    OS.write_escaped(T.text(Buffer));
    OS << "'\n";
  }
}
