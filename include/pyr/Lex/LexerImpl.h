//===- LexerImpl.h - The lexer's scanning loop ------------------*- C++ -*-===//
//
// Not an API: the lexer's state and main loop, shared by pyr::lex() and by
// pyr::parseModule(), which inlines the loop so that lexing a short module
// costs no call of its own. Everything else the lexer does (the longer and
// rarer tokens, layout and errors) is out of line in Lexer.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LEX_LEXERIMPL_H
#define PYR_LEX_LEXERIMPL_H

#include "pyr/Lex/Token.h"
#include "pyr/Lex/TokenBuffer.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Compiler.h"
#include "llvm/Support/Error.h"
#include <algorithm>
#include <cstdint>

namespace pyr {
namespace lexer {

using llvm::Error;
using llvm::StringRef;

// The loop's helper lambdas must be inlined even where the loop is inlined
// into a large function (parseModule()): out of line, the state they
// capture by reference would live in memory.
#if defined(__GNUC__)
#define PYR_LEX_INLINE __attribute__((always_inline))
#else
#define PYR_LEX_INLINE
#endif

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

inline bool hasClass(char C, uint8_t Bits) {
  return CharClass.Bits[static_cast<unsigned char>(C)] & Bits;
}
inline bool isIdentStart(unsigned char C) { return hasClass(C, CC_IdentStart); }
inline bool isIdentChar(unsigned char C) {
  return hasClass(C, CC_IdentStart | CC_Digit);
}
inline bool isDigit(char C) { return C >= '0' && C <= '9'; }
inline bool isHexDigit(char C) {
  return isDigit(C) || (C >= 'a' && C <= 'f') || (C >= 'A' && C <= 'F');
}

/// The bytes that continue an ASCII name: letters, digits and '_'.
struct NameCharTable {
  bool Bits[256];
};

constexpr NameCharTable makeNameCharTable() {
  NameCharTable T{};
  for (unsigned C = 0; C < 256; ++C)
    T.Bits[C] = (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') ||
                (C >= '0' && C <= '9') || C == '_';
  return T;
}

constexpr NameCharTable ASCIINameChar = makeNameCharTable();

/// The keywords, found by a hash of a name's first and last characters and
/// its length that sets each apart: one comparison tells a name from a
/// keyword, where a chain of them (StringSwitch) took one per keyword.
struct KeywordEntry {
  const char *Spelling;
  uint8_t Len;
  TokenKind Kind;
};

constexpr KeywordEntry Keywords[] = {
#define KEYWORD(Name, Spelling)                                                \
  {Spelling, sizeof(Spelling) - 1, TokenKind::kw_##Name},
#include "pyr/Lex/TokenKinds.def"
};
constexpr size_t NumKeywords = sizeof(Keywords) / sizeof(Keywords[0]);
constexpr size_t MinKeywordLen = 2, MaxKeywordLen = 8;

constexpr unsigned keywordHash(unsigned char First, unsigned char Last,
                               size_t Len) {
  return (First + 11 * Last + Len) & 127;
}

struct KeywordHashTable {
  /// Index into Keywords + 1, or 0.
  uint8_t Slots[128];
  /// Whether every keyword has a slot of its own and a length in
  /// [MinKeywordLen, MaxKeywordLen].
  bool Perfect;
};

constexpr KeywordHashTable makeKeywordHashTable() {
  KeywordHashTable T{};
  T.Perfect = true;
  for (size_t I = 0; I < NumKeywords; ++I) {
    const KeywordEntry &K = Keywords[I];
    if (K.Len < MinKeywordLen || K.Len > MaxKeywordLen) {
      T.Perfect = false;
      continue;
    }
    uint8_t &Slot =
        T.Slots[keywordHash(K.Spelling[0], K.Spelling[K.Len - 1], K.Len)];
    if (Slot)
      T.Perfect = false;
    Slot = static_cast<uint8_t>(I + 1);
  }
  return T;
}

constexpr KeywordHashTable KeywordSlots = makeKeywordHashTable();
static_assert(KeywordSlots.Perfect,
              "keywordHash() or the length bounds need adjusting for the "
              "keywords in TokenKinds.def");

/// The kind of the name \p S of \p Len bytes: a keyword's, or Identifier.
inline TokenKind nameKind(const char *S, size_t Len) {
  if (Len < MinKeywordLen || Len > MaxKeywordLen)
    return TokenKind::Identifier;
  unsigned Slot = KeywordSlots.Slots[keywordHash(S[0], S[Len - 1], Len)];
  if (!Slot)
    return TokenKind::Identifier;
  const KeywordEntry &K = Keywords[Slot - 1];
  if (K.Len != Len)
    return TokenKind::Identifier;
  for (size_t I = 0; I < Len; ++I)
    if (S[I] != K.Spelling[I])
      return TokenKind::Identifier;
  return K.Kind;
}

class Lexer {
public:
  Lexer(StringRef Buf, TokenBuffer &Out) : Buf(Buf), Out(Out) {
    Indents[0] = {0, 0};
  }
  LLVM_ATTRIBUTE_ALWAYS_INLINE Error run();

private:
  StringRef Buf;
  TokenBuffer &Out;
  /// checkEncoding() looks at the whole buffer, which costs more than
  /// lexing a short one. Pure ASCII without NUL bytes or a comment where a
  /// coding cookie could be is always fine, so the scanning loops note the
  /// bytes that need the check and the check runs only for them, or to
  /// find an encoding error that comes before a tokenizer error.
  bool NeedsEncodingCheck = false;
  bool EncodingChecked = false;
  bool BadEncoding = false;
  bool HasBadChar = false;
  /// Set by the errors CPython's tokenizer reports only when the parser
  /// asks for the offending token (indentation, tabs, a misplaced
  /// backslash, an unclosed bracket at the end): a bad character before
  /// them comes first.
  bool LazyError = false;
  // The flags above and these spare bytes fill eight bytes, which the
  // constructor then zeroes with one store.
  uint8_t Spare[3] = {0, 0, 0};
  /// Where the next token goes: tokens are written past Out.end() and
  /// adopted with setEnd() at the end. Like the scan state below, it is
  /// valid only while a sub-lexer runs and once lexAll() has failed; a
  /// successful lexAll() sets Out's end itself. (Not set up front: every
  /// store made for each lex() counts on a short input.)
  Token *NextTok;
  /// Make room for at least one more token; Out.capacityEnd() is then past
  /// NextTok.
  LLVM_ATTRIBUTE_NOINLINE void growTokens();
  // The scan state the sub-lexers work on; lexAll() sets them.
  size_t Pos;
  uint32_t Line;
  size_t LineStart;

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
  // NumBrackets entries are initialised. (The two counts are next to each
  // other, and the column and the tab-size-1 column of a level are kept
  // together, so that the constructor sets them up with a store each.)
  unsigned NumIndents = 1;
  unsigned NumBrackets = 0;
  struct Indent {
    /// The level's column with tabs to multiples of TabSize, and with tabs
    /// as one column: CPython checks both to find inconsistent tabs.
    unsigned Col, AltCol;
  };
  Indent Indents[MaxIndent];
  struct OpenBracket {
    char C;
    uint32_t Offset, Line, Col;
  };
  OpenBracket Brackets[MaxParenLevel];

  char peek(size_t Ahead = 0) const {
    return Pos + Ahead < Buf.size() ? Buf[Pos + Ahead] : '\0';
  }
  uint32_t colOf(size_t Off) const {
    return static_cast<uint32_t>(Off - LineStart + 1);
  }
  void push(TokenKind K, size_t Start, size_t Len, uint32_t TokLine,
            uint32_t Col) {
    if (NextTok == Out.capacityEnd())
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
  LLVM_ATTRIBUTE_NOINLINE Error errorAt(size_t Off, const llvm::Twine &Msg,
                                        const char *Type = "SyntaxError");

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
  LLVM_ATTRIBUTE_NOINLINE Error lazyErrorAt(size_t Off, const llvm::Twine &Msg,
                                            const char *Type = "SyntaxError");
  /// Indentation errors, at the column CPython reports: 1 for tab and
  /// depth errors, the end of the line for a bad dedent.
  Error indentError(const llvm::Twine &Msg, const char *Type,
                    bool AtEndOfLine = false);

  LLVM_ATTRIBUTE_ALWAYS_INLINE Error lexAll();
  /// What run() returns after lexAll() failed with \p E, or left a check
  /// of the encoding or a bad character to report.
  LLVM_ATTRIBUTE_NOINLINE Error finish(Error E);
  /// The DEDENTs that close the blocks still open at the end of the input.
  LLVM_ATTRIBUTE_NOINLINE void emitFinalDedents();
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
  // Inlined into the loop, their only caller.
  LLVM_ATTRIBUTE_ALWAYS_INLINE Error lexIndentation(bool &SkipLine);
  Error lexNumber();
  Error lexString(size_t Start);
  Error lexIdentifier();
  LLVM_ATTRIBUTE_ALWAYS_INLINE Error lexPunct();
  LLVM_ATTRIBUTE_NOINLINE Error mismatchedBracketError(size_t Start, char C);
  LLVM_ATTRIBUTE_NOINLINE Error nonPrintableError(size_t Start, char C);
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
  LLVM_ATTRIBUTE_NOINLINE Error unclosedBracketError();
};

/// Write a token with one plain store per field. GCC's straight-line
/// vectorizer would pack the four 32-bit fields into one vector store,
/// which takes more instructions to assemble than four plain stores. The
/// volatile store of the kind between them splits them into pairs, which it
/// leaves alone. (Lexer.cpp is built without that vectorizer; Parser.cpp,
/// into whose parseModule() the loop is inlined, gains from it elsewhere.)
LLVM_ATTRIBUTE_ALWAYS_INLINE void writeToken(Token *T, TokenKind K,
                                             uint32_t Offset, uint32_t Length,
                                             uint32_t Line, uint32_t Col) {
  T->Offset = Offset;
  T->Length = Length;
  *static_cast<volatile TokenKind *>(&T->Kind) = K;
  T->Line = Line;
  T->Col = Col;
}

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

inline Error Lexer::run() {
  Error E = lexAll();
  if (LLVM_UNLIKELY(E || NeedsEncodingCheck || HasBadChar))
    return finish(std::move(E));
  return E;
}

inline Error Lexer::lexAll() {
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
  Token *T = Out.begin(), *TLimit = Out.capacityEnd();
  auto StoreState = [&]() PYR_LEX_INLINE {
    Pos = P;
    Line = L;
    LineStart = LS;
    NextTok = T;
  };
  auto LoadState = [&]() PYR_LEX_INLINE {
    P = Pos;
    L = Line;
    LS = LineStart;
    T = NextTok;
    TLimit = Out.capacityEnd();
  };
  const char *const Data = Buf.data();
  auto PeekAt = [&](size_t I)
                    PYR_LEX_INLINE { return I < Size ? Data[I] : '\0'; };
  auto Emit = [&](TokenKind K, size_t Start, size_t Len) PYR_LEX_INLINE {
    if (T == TLimit) {
      NextTok = T;
      growTokens();
      T = NextTok;
      TLimit = Out.capacityEnd();
    }
    writeToken(T++, K, static_cast<uint32_t>(Start), static_cast<uint32_t>(Len),
               L, static_cast<uint32_t>(Start - LS + 1));
  };
  auto NewLine = [&]() PYR_LEX_INLINE {
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
      // An ASCII name is lexed here, unless a quote follows it (it may be a
      // string's prefix) or a non-ASCII byte (which may continue it, and
      // needs checking against Unicode's classes): lexIdentifier() takes
      // those.
      size_t End = Start + 1;
      while (End < Size &&
             ASCIINameChar.Bits[static_cast<unsigned char>(Data[End])])
        ++End;
      char N = PeekAt(End);
      if (LLVM_LIKELY(!((C | N) & 0x80) && N != '"' && N != '\'')) {
        P = End;
        Emit(nameKind(Data + Start, End - Start), Start, End - Start);
        continue;
      }
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
      Out.setEnd(T);
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

inline Error Lexer::lexIndentation(bool &SkipLine) {
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
  if (Col == Indents[Top].Col) {
    if (AltCol != Indents[Top].AltCol)
      return indentError(TabMsg, "TabError");
  } else if (Col > Indents[Top].Col) {
    if (NumIndents >= MaxIndent)
      return indentError("too many levels of indentation", "IndentationError");
    if (AltCol <= Indents[Top].AltCol)
      return indentError(TabMsg, "TabError");
    Indents[NumIndents] = {Col, AltCol};
    ++NumIndents;
    pushEmpty(TokenKind::Indent, Pos);
  } else {
    // Check the level dedented to before emitting anything: like CPython,
    // a bad dedent leaves no DEDENT tokens behind.
    unsigned Level = Top;
    while (Level > 0 && Col < Indents[Level].Col)
      --Level;
    if (Col != Indents[Level].Col)
      return indentError("unindent does not match any outer indentation level",
                         "IndentationError", /*AtEndOfLine=*/true);
    if (AltCol != Indents[Level].AltCol)
      return indentError(TabMsg, "TabError");
    while (NumIndents > Level + 1) {
      --NumIndents;
      pushEmpty(TokenKind::Dedent, Pos);
    }
  }
  return Error::success();
}

inline Error Lexer::lexPunct() {
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
  // '**', '//', '<<' and '>>': the operator doubled, each with or without
  // '=' after it.
  auto Doubled = [&](TokenKind DoubleEq, TokenKind Double, TokenKind Eq,
                     TokenKind Single) {
    if (N != C)
      return Two('=', Eq, Single);
    Len = N2 == '=' ? 3 : 2;
    return Len == 3 ? DoubleEq : Double;
  };
  switch (C) {
  case '(':
  case '[':
  case '{':
    if (NumBrackets >= MaxParenLevel)
      return errorAt(Start, "too many nested parentheses");
    Brackets[NumBrackets++] = {C, static_cast<uint32_t>(Start), Line,
                               colOf(Start)};
    K = C == '('   ? TokenKind::LParen
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
      return mismatchedBracketError(Start, C);
    }
    --NumBrackets;
    K = C == ')'   ? TokenKind::RParen
        : C == ']' ? TokenKind::RSquare
                   : TokenKind::RBrace;
    break;
  }
  case ':':
    K = Two('=', TokenKind::ColonEqual, TokenKind::Colon);
    break;
  case ',':
    K = TokenKind::Comma;
    break;
  case ';':
    K = TokenKind::Semi;
    break;
  case '+':
    K = Two('=', TokenKind::PlusEqual, TokenKind::Plus);
    break;
  case '-':
    K = N == '>' ? (Len = 2, TokenKind::RArrow)
                 : Two('=', TokenKind::MinEqual, TokenKind::Minus);
    break;
  case '*':
    K = Doubled(TokenKind::DoubleStarEqual, TokenKind::DoubleStar,
                TokenKind::StarEqual, TokenKind::Star);
    break;
  case '/':
    K = Doubled(TokenKind::DoubleSlashEqual, TokenKind::DoubleSlash,
                TokenKind::SlashEqual, TokenKind::Slash);
    break;
  case '|':
    K = Two('=', TokenKind::VBarEqual, TokenKind::VBar);
    break;
  case '&':
    K = Two('=', TokenKind::AmperEqual, TokenKind::Amper);
    break;
  case '^':
    K = Two('=', TokenKind::CircumflexEqual, TokenKind::Circumflex);
    break;
  case '%':
    K = Two('=', TokenKind::PercentEqual, TokenKind::Percent);
    break;
  case '@':
    K = Two('=', TokenKind::AtEqual, TokenKind::At);
    break;
  case '~':
    K = TokenKind::Tilde;
    break;
  case '=':
    K = Two('=', TokenKind::EqEqual, TokenKind::Equal);
    break;
  case '!':
    if (N != '=')
      return badChar(Start);
    K = TokenKind::NotEqual;
    Len = 2;
    break;
  case '<':
    K = Doubled(TokenKind::LeftShiftEqual, TokenKind::LeftShift,
                TokenKind::LessEqual, TokenKind::Less);
    break;
  case '>':
    K = Doubled(TokenKind::RightShiftEqual, TokenKind::RightShift,
                TokenKind::GreaterEqual, TokenKind::Greater);
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
    if (static_cast<unsigned char>(C) < 0x20 || C == 0x7f)
      return nonPrintableError(Start, C);
    return badChar(Start);
  }
  Pos += Len;
  push(K, Start);
  return Error::success();
}

/// The error for a buffer too large for 32-bit token offsets.
Error sourceTooLargeError();

/// pyr::lex(), for inlining.
LLVM_ATTRIBUTE_ALWAYS_INLINE Error lexBuffer(StringRef Buffer,
                                             TokenBuffer &Out) {
  if (LLVM_UNLIKELY(Buffer.size() >= UINT32_MAX))
    return sourceTooLargeError();
  return Lexer(Buffer, Out).run();
}

#undef PYR_LEX_INLINE

} // namespace lexer
} // namespace pyr

#endif
