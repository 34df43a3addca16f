//===- Lexer.cpp - Python 3.11 tokenizer ----------------------------------===//

#include "pyr/Lex/Lexer.h"
#include "pyr/Lex/CharInfo.h"
#include "SourceEncoding.h"
#include "pyr/Lex/Diagnostic.h"
#include "llvm/ADT/StringSwitch.h"
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

/// Character classes for the scanning loops, one table lookup per byte.
enum CharClassBits : uint8_t {
  CC_Digit = 1 << 0,
  /// May start an identifier: ASCII letters, '_' and every non-ASCII byte.
  CC_IdentStart = 1 << 1,
  CC_Space = 1 << 2, ///< ' ', '\t', '\f'.
  /// NUL or not ASCII: the buffer needs checkEncoding().
  CC_Unchecked = 1 << 3,
  /// Where a scan over a comment stops: a line end or a CC_Unchecked byte.
  CC_CommentStop = 1 << 4,
  /// Where a scan over a string's body stops: CC_CommentStop, a quote or a
  /// backslash.
  CC_StringStop = 1 << 5,
  /// At the start of a line, anything but these means column 0.
  CC_Layout = 1 << 6,
  /// May continue an operator ("+=", "->", "**", "//", "<<", ...).
  CC_OperatorTail = 1 << 7,
};

struct CharClassTable {
  uint8_t Bits[256];
};

constexpr CharClassTable makeCharClassTable() {
  CharClassTable T{};
  for (unsigned C = 0; C < 256; ++C) {
    uint8_t B = 0;
    if (C >= '0' && C <= '9')
      B |= CC_Digit;
    if ((C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || C == '_' ||
        C >= 0x80)
      B |= CC_IdentStart;
    if (C == ' ' || C == '\t' || C == '\f')
      B |= CC_Space | CC_Layout;
    if (C == 0 || C >= 0x80)
      B |= CC_Unchecked | CC_CommentStop | CC_StringStop;
    if (C == '\n' || C == '\r')
      B |= CC_CommentStop | CC_StringStop | CC_Layout;
    if (C == '\'' || C == '"' || C == '\\')
      B |= CC_StringStop;
    if (C == '#')
      B |= CC_Layout;
    if (C == '=' || C == '<' || C == '>' || C == '*' || C == '/')
      B |= CC_OperatorTail;
    T.Bits[C] = B;
  }
  return T;
}

constexpr CharClassTable CharClass = makeCharClassTable();

/// The operators that are a single character unless a CC_OperatorTail
/// character follows; NumTokenKinds for the other characters. Brackets,
/// '.' (which may start a number) and '!' need lexPunct().
struct OperatorTable {
  TokenKind Kinds[256];
};

constexpr OperatorTable makeOperatorTable() {
  OperatorTable T{};
  for (TokenKind &K : T.Kinds)
    K = TokenKind::NumTokenKinds;
  T.Kinds[unsigned(':')] = TokenKind::Colon;
  T.Kinds[unsigned(',')] = TokenKind::Comma;
  T.Kinds[unsigned(';')] = TokenKind::Semi;
  T.Kinds[unsigned('+')] = TokenKind::Plus;
  T.Kinds[unsigned('-')] = TokenKind::Minus;
  T.Kinds[unsigned('*')] = TokenKind::Star;
  T.Kinds[unsigned('/')] = TokenKind::Slash;
  T.Kinds[unsigned('|')] = TokenKind::VBar;
  T.Kinds[unsigned('&')] = TokenKind::Amper;
  T.Kinds[unsigned('^')] = TokenKind::Circumflex;
  T.Kinds[unsigned('%')] = TokenKind::Percent;
  T.Kinds[unsigned('@')] = TokenKind::At;
  T.Kinds[unsigned('~')] = TokenKind::Tilde;
  T.Kinds[unsigned('=')] = TokenKind::Equal;
  T.Kinds[unsigned('<')] = TokenKind::Less;
  T.Kinds[unsigned('>')] = TokenKind::Greater;
  return T;
}

constexpr OperatorTable SingleCharOperators = makeOperatorTable();

bool hasClass(char C, uint8_t Bits) {
  return CharClass.Bits[static_cast<unsigned char>(C)] & Bits;
}
bool isIdentStart(unsigned char C) { return hasClass(C, CC_IdentStart); }
bool isIdentChar(unsigned char C) {
  return hasClass(C, CC_IdentStart | CC_Digit);
}
bool isDigit(char C) { return C >= '0' && C <= '9'; }
bool isHexDigit(char C) {
  return isDigit(C) || (C >= 'a' && C <= 'f') || (C >= 'A' && C <= 'F');
}

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

class Lexer {
public:
  Lexer(StringRef Buf, TokenBuffer &Out) : Buf(Buf), Out(Out) {
    Indents[0] = AltIndents[0] = 0;
  }
  Error run();

private:
  StringRef Buf;
  TokenBuffer &Out;
  /// Where the next token goes and the end of Out's capacity: tokens are
  /// written past Out.end() and adopted with setEnd() at the end.
  Token *NextTok = nullptr;
  Token *TokLimit = nullptr;
  /// Make room for at least one more token.
  LLVM_ATTRIBUTE_NOINLINE void growTokens() {
    size_t N = NextTok - Out.begin();
    Out.reserve(std::max<size_t>(N + 1, 64));
    NextTok = Out.begin() + N;
    TokLimit = Out.capacityEnd();
  }
  // The scan state the sub-lexers work on; lexAll() sets them.
  size_t Pos;
  uint32_t Line;
  size_t LineStart;

  /// checkEncoding() looks at the whole buffer, which costs more than
  /// lexing a short one. Pure ASCII without NUL bytes or a comment where a
  /// coding cookie could be is always fine, so the scanning loops note the
  /// bytes that need the check and the check runs only for them, or to
  /// find an encoding error that comes before a tokenizer error.
  bool NeedsEncodingCheck = false;
  bool EncodingChecked = false;
  bool BadEncoding = false;
  // Next to the flags above, so that the constructor's stores to them merge.
  bool HasBadChar = false;
  /// Set by the errors CPython's tokenizer reports only when the parser
  /// asks for the offending token (indentation, tabs, a misplaced
  /// backslash, an unclosed bracket at the end): a bad character before
  /// them comes first.
  bool LazyError = false;
  Error ensureEncodingChecked() {
    if (EncodingChecked)
      return Error::success();
    EncodingChecked = true;
    Error E = checkEncoding();
    BadEncoding = static_cast<bool>(E);
    return E;
  }

  // Fixed arrays: the limits are small, and setting up SmallVectors would
  // cost more than lexing a short buffer. Only the first NumIndents and
  // NumBrackets entries are initialised.
  unsigned NumIndents = 1;
  unsigned Indents[MaxIndent];
  unsigned AltIndents[MaxIndent];
  struct OpenBracket {
    char C;
    uint32_t Offset, Line, Col;
  };
  unsigned NumBrackets = 0;
  OpenBracket Brackets[MaxParenLevel];

  char peek(size_t Ahead = 0) const {
    return Pos + Ahead < Buf.size() ? Buf[Pos + Ahead] : '\0';
  }
  uint32_t colOf(size_t Off) const {
    return static_cast<uint32_t>(Off - LineStart + 1);
  }
  void push(TokenKind K, size_t Start, size_t Len, uint32_t TokLine,
            uint32_t Col) {
    if (NextTok == TokLimit)
      growTokens();
    new (NextTok++) Token(K, static_cast<uint32_t>(Start),
                          static_cast<uint32_t>(Len), TokLine, Col);
  }
  /// A token from \p Start to the current position.
  void push(TokenKind K, size_t Start) {
    push(K, Start, Pos - Start, Line, colOf(Start));
  }
  /// An empty token (NEWLINE, INDENT, DEDENT, ENDMARKER) at \p Off.
  void pushEmpty(TokenKind K, size_t Off) { push(K, Off, 0, Line, colOf(Off)); }
  Error errorAt(size_t Off, const llvm::Twine &Msg,
                const char *Type = "SyntaxError") {
    return makeSyntaxError(Msg.str(), static_cast<uint32_t>(Off), Line,
                           colOf(Off), Type);
  }

  /// A character that starts no token ('$', '?', '!' alone, ...). CPython's
  /// tokenizer passes it to the parser as an operator, which rejects it
  /// with "invalid syntax", so a tokenizer error further on (an unterminated
  /// string, say) is still reported instead. The lexer remembers the first
  /// one (valid if HasBadChar) and goes on; the stream is cut back to the
  /// tokens before it.
  struct {
    size_t Offset, NumToks;
    uint32_t Line, Col;
  } BadChar;
  Error lazyErrorAt(size_t Off, const llvm::Twine &Msg,
                    const char *Type = "SyntaxError") {
    LazyError = true;
    return errorAt(Off, Msg, Type);
  }
  /// Indentation errors, at the column CPython reports: 1 for tab and
  /// depth errors, the end of the line for a bad dedent.
  Error indentError(const llvm::Twine &Msg, const char *Type,
                    bool AtEndOfLine = false) {
    LazyError = true;
    size_t Off = LineStart;
    if (AtEndOfLine) {
      Off = Buf.find_first_of("\r\n", Pos);
      if (Off == StringRef::npos)
        Off = Buf.size();
    }
    return errorAt(Off, Msg, Type);
  }

  Error lexAll();
  /// The DEDENTs that close the blocks still open at the end of the input.
  LLVM_ATTRIBUTE_NOINLINE void emitFinalDedents() {
    while (NumIndents > 1) {
      --NumIndents;
      pushEmpty(TokenKind::Dedent, Pos);
    }
  }
  void newLine() {
    ++Line;
    LineStart = Pos;
  }

  /// Skip a comment up to the end of its line.
  void skipComment() {
    // Lines 1 and 2 may declare the encoding.
    if (Line <= 2)
      NeedsEncodingCheck = true;
    for (; Pos < Buf.size(); ++Pos) {
      char C = Buf[Pos];
      if (!hasClass(C, CC_CommentStop))
        continue;
      if (C == '\n' || C == '\r')
        return;
      NeedsEncodingCheck = true;
    }
  }

  Error checkEncoding();
  Error lexIndentation(bool &SkipLine);
  Error lexNumber();
  Error lexString(size_t Start);
  Error lexIdentifier();
  Error lexPunct();
  Error verifyEndOfNumber(const char *Kind);
  Error badChar(size_t Start) {
    if (!HasBadChar) {
      HasBadChar = true;
      BadChar = {Start, static_cast<size_t>(NextTok - Out.begin()), Line,
                 colOf(Start)};
    }
    ++Pos;
    return Error::success();
  }
  Error unclosedBracketError() {
    LazyError = true;
    const OpenBracket &B = Brackets[NumBrackets - 1];
    return makeSyntaxError(
        (llvm::Twine("'") + llvm::Twine(B.C) + "' was never closed").str(),
        B.Offset, B.Line, B.Col);
  }
};

/// Whether a decimal integer without '_' that nothing continues, the
/// commonest number, starts with digit \p C at \p Start; if so, sets \p End
/// to where it ends. Such a number needs none of lexNumber()'s checks.
LLVM_ATTRIBUTE_ALWAYS_INLINE bool
plainInteger(const char *Data, size_t Size, size_t Start, char C, size_t &End) {
  size_t E = Start + 1;
  char N;
  while (true) {
    N = E < Size ? Data[E] : '\0';
    if (!isDigit(N))
      break;
    ++E;
  }
  // The digits end at N, which may not continue the number; and "0" is the
  // only integer that may start with 0.
  if (N == '.' || hasClass(N, CC_IdentStart) || (C == '0' && E != Start + 1))
    return false;
  End = E;
  return true;
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

Error Lexer::run() {
  Error E = lexAll();
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

Error Lexer::lexAll() {
  Out.clear();
  NextTok = Out.begin();
  TokLimit = Out.capacityEnd();
  // Members are reloaded from memory after every store and call, which
  // costs more than lexing a short token. This loop keeps the position,
  // line and token write pointer in locals and hands them to the member
  // sub-lexers, which lex the rarer and longer tokens, around each call.
  const size_t Size = Buf.size();
  size_t P = 0;
  uint32_t L = 1;
  size_t LS = 0;
  if (Buf.startswith("\xEF\xBB\xBF")) {
    P = LS = 3;
    NeedsEncodingCheck = true;
  }
  Token *T = NextTok, *TLimit = TokLimit;
  auto StoreState = [&] {
    Pos = P;
    Line = L;
    LineStart = LS;
    NextTok = T;
  };
  auto LoadState = [&] {
    P = Pos;
    L = Line;
    LS = LineStart;
    T = NextTok;
    TLimit = TokLimit;
  };
  const char *const Data = Buf.data();
  auto PeekAt = [&](size_t I) { return I < Size ? Data[I] : '\0'; };
  auto Emit = [&](TokenKind K, size_t Start, size_t Len) {
    if (T == TLimit) {
      NextTok = T;
      growTokens();
      T = NextTok;
      TLimit = TokLimit;
    }
    new (T++) Token(K, static_cast<uint32_t>(Start), static_cast<uint32_t>(Len),
                    L, static_cast<uint32_t>(Start - LS + 1));
  };
  auto NewLine = [&] {
    ++L;
    LS = P;
  };
  // The first line is at the outermost level: only its first character
  // decides whether lexIndentation() need look at it (see the loop).
  bool AtLineStart = hasClass(PeekAt(P), CC_Layout);

  while (true) {
    // A line that starts with a token at column 0 at the outermost level
    // changes no indentation. (AtLineStart is only set outside brackets.)
    if (AtLineStart && (NumIndents > 1 || hasClass(PeekAt(P), CC_Layout))) {
      bool Skip = false;
      StoreState();
      Error E = lexIndentation(Skip);
      LoadState();
      if (E)
        return E;
      if (Skip)
        continue;
    }
    AtLineStart = false;

    // Skip horizontal whitespace, comments and continuation lines.
    char C = PeekAt(P);
    while (hasClass(C, CC_Space))
      C = PeekAt(++P);
    size_t Start = P;
    // The commonest tokens first.
    if (isDigit(C)) {
      if (size_t End; plainInteger(Data, Size, Start, C, End)) {
        P = End;
        Emit(TokenKind::Integer, Start, End - Start);
        continue;
      }
      StoreState();
      Error E = lexNumber();
      LoadState();
      if (E)
        return E;
      continue;
    }
    if (isIdentStart(static_cast<unsigned char>(C))) {
      StoreState();
      Error E = lexIdentifier();
      LoadState();
      if (E)
        return E;
      continue;
    }
    TokenKind Op = SingleCharOperators.Kinds[static_cast<unsigned char>(C)];
    if (Op != TokenKind::NumTokenKinds &&
        !hasClass(PeekAt(P + 1), CC_OperatorTail)) {
      ++P;
      Emit(Op, Start, 1);
      continue;
    }

    // Like CPython's tokenizer, put a NEWLINE that follows a comment where
    // the comment starts.
    if (C == '#') {
      StoreState();
      skipComment();
      LoadState();
      C = PeekAt(P);
    }
    if (P >= Size) {
      if (NumBrackets != 0) {
        StoreState();
        return unclosedBracketError();
      }
      // A final line without its newline still ends a logical line.
      if (T != Out.begin() && T[-1].Kind != TokenKind::Newline) {
        Emit(TokenKind::Newline, Start, 0);
        NewLine();
      }
      if (LLVM_UNLIKELY(NumIndents > 1)) {
        StoreState();
        emitFinalDedents();
        LoadState();
      }
      Emit(TokenKind::EndOfFile, P, 0);
      NextTok = T;
      return Error::success();
    }

    if (C == '\n' || C == '\r') {
      if (NumBrackets == 0) {
        Emit(TokenKind::Newline, Start, 0);
        AtLineStart = true;
      }
      ++P;
      if (C == '\r' && PeekAt(P) == '\n')
        ++P;
      NewLine();
      continue;
    }
    if (C == '\\') {
      // CPython puts these errors just after the backslash.
      ++P;
      char N = PeekAt(P);
      if (N == '\n' || N == '\r') {
        if (P + 1 + (N == '\r' && PeekAt(P + 1) == '\n') >= Size) {
          StoreState();
          return lazyErrorAt(P, "unexpected EOF while parsing");
        }
        ++P;
        if (N == '\r' && PeekAt(P) == '\n')
          ++P;
        NewLine();
        continue;
      }
      StoreState();
      if (P >= Size)
        return lazyErrorAt(P, "unexpected EOF while parsing");
      return lazyErrorAt(
          P, "unexpected character after line continuation character");
    }
    if (C == '.' && isDigit(PeekAt(P + 1))) {
      StoreState();
      Error E = lexNumber();
      LoadState();
      if (E)
        return E;
      continue;
    }
    if (C == '"' || C == '\'') {
      StoreState();
      Error E = lexString(Start);
      LoadState();
      if (E)
        return E;
      continue;
    }
    StoreState();
    Error E = lexPunct();
    LoadState();
    if (E)
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
    if (C == '#')
      skipComment();
    if (Pos >= Buf.size())
      return Error::success();
    C = Buf[Pos++];
    if (C == '\r' && peek() == '\n')
      ++Pos;
    newLine();
    SkipLine = true;
    return Error::success();
  }
  const char *TabMsg = "inconsistent use of tabs and spaces in indentation";
  unsigned Top = NumIndents - 1;
  if (Col == Indents[Top]) {
    if (AltCol != AltIndents[Top])
      return indentError(TabMsg, "TabError");
  } else if (Col > Indents[Top]) {
    if (NumIndents >= MaxIndent)
      return indentError("too many levels of indentation", "IndentationError");
    if (AltCol <= AltIndents[Top])
      return indentError(TabMsg, "TabError");
    Indents[NumIndents] = Col;
    AltIndents[NumIndents] = AltCol;
    ++NumIndents;
    pushEmpty(TokenKind::Indent, Pos);
  } else {
    // Check the level dedented to before emitting anything: like CPython,
    // a bad dedent leaves no DEDENT tokens behind.
    unsigned Level = Top;
    while (Level > 0 && Col < Indents[Level])
      --Level;
    if (Col != Indents[Level])
      return indentError("unindent does not match any outer indentation level",
                         "IndentationError", /*AtEndOfLine=*/true);
    if (AltCol != AltIndents[Level])
      return indentError(TabMsg, "TabError");
    while (NumIndents > Level + 1) {
      --NumIndents;
      pushEmpty(TokenKind::Dedent, Pos);
    }
  }
  return Error::success();
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
    if (NumBrackets >= MaxParenLevel)
      return errorAt(Start, "too many nested parentheses");
    Brackets[NumBrackets++] = {C, static_cast<uint32_t>(Start), Line,
                               colOf(Start)};
    K = C == '(' ? TokenKind::LParen
        : C == '[' ? TokenKind::LSquare
                   : TokenKind::LBrace;
    break;
  case ')':
  case ']':
  case '}': {
    if (NumBrackets == 0)
      return errorAt(Start, llvm::Twine("unmatched '") + llvm::Twine(C) + "'");
    const OpenBracket &B = Brackets[NumBrackets - 1];
    char Open = B.C;
    char Want = Open == '(' ? ')' : Open == '[' ? ']' : '}';
    if (C != Want) {
      std::string Msg = (llvm::Twine("closing parenthesis '") + llvm::Twine(C) +
                         "' does not match opening parenthesis '" +
                         llvm::Twine(Open) + "'")
                            .str();
      if (B.Line != Line)
        Msg += (llvm::Twine(" on line ") + llvm::Twine(B.Line)).str();
      return errorAt(Start, Msg);
    }
    --NumBrackets;
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
      return badChar(Start);
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
    return badChar(Start);
  }
  Pos += Len;
  push(K, Start);
  return Error::success();
}

} // namespace

Error pyr::lex(StringRef Buffer, TokenBuffer &Out) {
  if (Buffer.size() >= UINT32_MAX)
    return makeSyntaxError("source file too large", 0, 1, 1);
  return Lexer(Buffer, Out).run();
}

void pyr::dumpTokens(StringRef Buffer, llvm::ArrayRef<Token> Toks,
                     llvm::raw_ostream &OS) {
  for (const Token &T : Toks) {
    OS << T.Line << ':' << T.Col << ' ' << getTokenKindName(T.Kind) << " '";
    OS.write_escaped(T.text(Buffer));
    OS << "'\n";
  }
}
