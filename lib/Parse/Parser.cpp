//===- Parser.cpp - Python 3.11 parser ------------------------------------===//

#include "pyr/Parse/Parser.h"
#include "pyr/Lex/CharInfo.h"
#include "pyr/Lex/Diagnostic.h"
#include "pyr/Lex/Lexer.h"
#include "pyr/Lex/LexerImpl.h"
#include "pyr/Lex/StrEncoding.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <array>
#include <cmath>
#include <cstdlib>

using namespace pyr;
using llvm::Error;
using llvm::Expected;
using llvm::SmallVector;
using llvm::SmallVectorImpl;
using llvm::StringRef;

namespace {

/// Nesting beyond this many expression levels is refused before it can
/// exhaust the C stack (the lexer already caps brackets at 200).
constexpr unsigned MaxExprDepth = 1000;

/// Expression trees higher than this are refused (CPython gives up on
/// such input too, with a RecursionError during compilation).
constexpr unsigned MaxTreeHeight = 2500;

/// Operator binding powers, loosest first (Python's precedence table).
enum : unsigned {
  PrecOr = 1,
  PrecAnd,
  PrecNot,
  PrecCmp,
  PrecBitOr,
  PrecBitXor,
  PrecBitAnd,
  PrecShift,
  PrecArith,
  PrecTerm,
  PrecUnary,
  PrecPower,
};

/// Parse failures travel as a flag plus the first error; every parse
/// routine returns null after a failure and callers bail out.
class Parser {
public:
  /// Parses [Begin, End), which is not empty.
  Parser(StringRef Buf, const Token *Begin, const Token *End, ASTContext &Ctx)
      : Buf(Buf), Toks(Begin), Ctx(Ctx), Cur(Begin), LastTok(End - 1) {}
  ~Parser() {
    if (Failed)
      Err.~Error();
  }
  Parser(const Parser &) = delete;
  Parser &operator=(const Parser &) = delete;
  Parser(StringRef Buf, llvm::ArrayRef<Token> Toks, ASTContext &Ctx)
      : Parser(Buf, Toks.begin(), Toks.end(), Ctx) {}

  /// Inlined into its callers, as are parseStatements() and
  /// parseStatement(): a typical short input is a single simple statement,
  /// for which these levels cost more in calls than in work.
  LLVM_ATTRIBUTE_ALWAYS_INLINE Expected<ModuleStmt *> parseFile();
  /// The error a failed parse ends with: its first syntax error, or else
  /// the first error found only once the whole module has parsed.
  LLVM_ATTRIBUTE_NOINLINE Error takeError() {
    if (Failed)
      return takeSyntaxError();
    for (const DeferredError *D : {DeferredSymtable, DeferredCompile})
      if (D)
        return makeSyntaxError(D->Msg.str(), D->Offset, D->Pos.Line,
                               D->Pos.Col);
    llvm_unreachable("no error to take");
  }
  /// The furthest token the parser looked at.
  size_t getMaxIdx() const { return std::max({idx(), PeekIdx, SpeculatedIdx}); }

private:
  StringRef Buf;
  /// The first token. (Not an ArrayRef: working out its size would divide
  /// by sizeof(Token) in every parse; LastTok bounds the tokens instead.)
  const Token *const Toks;
  ASTContext &Ctx;
  /// The current token, and the last one (ENDMARKER, or where lexing
  /// failed), which the parser never moves past. A pointer rather than an
  /// index: reading the current token is the parser's most frequent step.
  const Token *Cur;
  const Token *const LastTok;
  // The members from here on start out zero, and are laid out so that a
  // parser is set up with a few wide stores: keep them together.
  unsigned Depth = 0;
  unsigned Speculating = 0;
  bool Failed = false;
  /// Whether defer() kept an error. Next to Failed, so that the end of a
  /// parse tests both with one instruction.
  bool Deferred = false;
  bool SawNameDecls = false;
  bool SawFunctions = false;
  /// The first syntax error, which exists only while Failed: not setting
  /// it up saves a store for every parse.
  union {
    Error Err;
  };
  /// Err, or success if there is none.
  Error takeSyntaxError() { return Failed ? std::move(Err) : Error::success(); }

  /// How far the parser has looked: the furthest token peeked at, and
  /// reached inside speculate(). (idx() itself only moves forward outside
  /// speculate().) CPython reports a plain "invalid syntax" at the last
  /// token its first parsing pass fetched, which does no such speculation:
  /// PlainPeekIdx leaves it out.
  mutable size_t PeekIdx = 0, PlainPeekIdx = 0;
  size_t SpeculatedIdx = 0;

  const Token &tok() const { return *Cur; }
  /// The index of the current token.
  size_t idx() const { return Cur - Toks; }
  size_t lastIdx() const { return LastTok - Toks; }
  const Token &peekTok(size_t N = 1) const {
    size_t I = std::min(idx() + N, lastIdx());
    PeekIdx = std::max(PeekIdx, I);
    if (!Speculating)
      PlainPeekIdx = std::max(PlainPeekIdx, I);
    return Toks[I];
  }
  bool is(TokenKind K) const { return tok().Kind == K; }
  void advance() {
    if (Cur != LastTok)
      ++Cur;
  }
  /// advance() past a token that cannot be the last one (a name, a number
  /// or an operator), sparing the hot paths the bounds check.
  void skip() {
    assert(Cur != LastTok && "moving past the last token");
    ++Cur;
  }
  /// Only ENDMARKER, or the kind no rule accepts that marks where lexing
  /// failed, is last, and neither is asked for here: a matching token can
  /// be skipped.
  bool consumeIf(TokenKind K) {
    assert(K != TokenKind::EndOfFile && "ENDMARKER is never consumed");
    if (!is(K))
      return false;
    skip();
    return true;
  }
  static SourcePos posOf(const Token &T) { return {T.Line, T.Col}; }
  SourcePos pos() const { return posOf(tok()); }
  /// The spelling of \p T. The tokens were lexed from Buf, so unlike
  /// Token::text() this need not clamp them to it.
  StringRef textOf(const Token &T) const {
    assert(T.Offset + uint64_t(T.Length) <= Buf.size() && "token not in Buf");
    return StringRef(Buf.data() + T.Offset, T.Length);
  }
  StringRef text() const { return textOf(tok()); }

  /// Out of line: errors are rare, and a copy inlined into each hot parse
  /// routine costs it registers and instructions.
  LLVM_ATTRIBUTE_NOINLINE std::nullptr_t
  error(SourcePos P, uint32_t Offset, const llvm::Twine &Msg,
        const char *Type = "SyntaxError") {
    if (!Failed) {
      new (&Err) Error(makeSyntaxError(Msg.str(), Offset, P.Line, P.Col, Type));
      Failed = true;
    }
    return nullptr;
  }
  std::nullptr_t error(const Token &T, const llvm::Twine &Msg,
                       const char *Type = "SyntaxError") {
    return error(errorPos(T), T.Offset, Msg, Type);
  }
  /// Where CPython reports an error at \p T. DEDENT and ENDMARKER have no
  /// position of their own there: it uses the tokenizer's, which is past
  /// the indentation of the line, or at the end of the file's last line.
  SourcePos errorPos(const Token &T) const {
    if (T.isNot(TokenKind::Dedent) && T.isNot(TokenKind::EndOfFile))
      return posOf(T);
    // (CPython says column 0 when the indentation is empty.)
    if (T.Offset < Buf.size())
      return {T.Line, std::max(T.Col, 2u) - 1};
    StringRef Text = Buf;
    if (Text.endswith("\n"))
      Text = Text.drop_back();
    if (Text.endswith("\r"))
      Text = Text.drop_back();
    size_t LastLine = Text.find_last_of("\r\n") + 1; // npos + 1 == 0.
    uint32_t Line = 1;
    for (size_t I = 0; I < LastLine; ++I)
      Line += Text[I] == '\n' ||
              (Text[I] == '\r' && (I + 1 == LastLine || Text[I + 1] != '\n'));
    return {Line, static_cast<uint32_t>(Text.size() - LastLine + 1)};
  }
  std::nullptr_t errorAt(const Node *N, const llvm::Twine &Msg) {
    return error(N->getPos(), 0, Msg);
  }

  /// CPython finds some errors only once the whole module has parsed, in
  /// its symbol table (e.g. a duplicate parameter) or its compiler (e.g. a
  /// repeated keyword argument), so any syntax error wins over them. The
  /// parser keeps the first of each kind and reports it at the end.
  /// They live in the context, so that a parser, made for every parse,
  /// owns nothing that needs destroying, and are created only when one is
  /// found, so that making a parser stays cheap.
  struct DeferredError {
    SourcePos Pos;
    uint32_t Offset;
    StringRef Msg;
  };
  const DeferredError *DeferredSymtable = nullptr;
  const DeferredError *DeferredCompile = nullptr;
  void defer(SourcePos P, uint32_t Offset, const llvm::Twine &Msg,
             bool Symtable) {
    const DeferredError *&D = Symtable ? DeferredSymtable : DeferredCompile;
    Deferred = true;
    if (!D)
      D = Ctx.create<DeferredError>(
          DeferredError{P, Offset, Ctx.copyString(Msg.str())});
  }
  /// The generic failure: CPython's "invalid syntax" at the current token,
  /// with its special wording for a stray indent.
  std::nullptr_t invalidSyntax() {
    // CPython puts this one on the last character of the indentation.
    if (is(TokenKind::Indent))
      return error(SourcePos{tok().Line, std::max(tok().Col, 2u) - 1},
                   tok().Offset, "unexpected indent", "IndentationError");
    return error(Toks[std::max(idx(), PlainPeekIdx)], "invalid syntax");
  }
  std::nullptr_t unsupported(const Token &T, const llvm::Twine &What) {
    return error(T, What + " is not supported yet");
  }
  bool expect(TokenKind K, const char *Msg = nullptr) {
    if (consumeIf(K))
      return true;
    if (Msg)
      error(tok(), Msg);
    else
      invalidSyntax();
    return false;
  }

  struct DepthGuard {
    Parser &P;
    bool OK;
    explicit DepthGuard(Parser &P) : P(P), OK(++P.Depth <= MaxExprDepth) {
      if (!OK)
        P.error(P.tok(), "too many nested expressions");
    }
    ~DepthGuard() { --P.Depth; }
  };

  /// Create a compound expression node and record its height, refusing
  /// trees too deep for the recursive walks of later stages.
  template <typename T, typename... Args> T *make(Args &&...As) {
    T *E = Ctx.create<T>(std::forward<Args>(As)...);
    unsigned H = 1 + childHeight(E);
    if (H > MaxTreeHeight) {
      error(E->getPos(), 0, "too many nested expressions");
      return nullptr;
    }
    E->setHeight(H);
    return E;
  }
  static unsigned childHeight(const Expr *E);
  // The most common compound node, spared the dispatch on its kind.
  static unsigned childHeight(const BinOpExpr *E) {
    return std::max(E->LHS->getHeight(), E->RHS->getHeight());
  }

  template <typename T> llvm::ArrayRef<T> copy(const SmallVectorImpl<T> &V) {
    return Ctx.copy(llvm::ArrayRef<T>(V));
  }

  // Statements.
  LLVM_ATTRIBUTE_ALWAYS_INLINE bool
  parseStatements(SmallVectorImpl<Stmt *> &Out, bool TopLevel);
  LLVM_ATTRIBUTE_ALWAYS_INLINE bool parseStatement(SmallVectorImpl<Stmt *> &Out,
                                                   bool TopLevel);
  /// Inlined too: it is where a typical short input's statement is parsed.
  LLVM_ATTRIBUTE_ALWAYS_INLINE bool
  parseSimpleStatements(SmallVectorImpl<Stmt *> &Out);
  // The expression statement path of these is inlined into
  // parseSimpleStatements(); keyword statements and assignments are parsed
  // out of line.
  LLVM_ATTRIBUTE_ALWAYS_INLINE Stmt *parseSimpleStatement();
  LLVM_ATTRIBUTE_NOINLINE Stmt *parseKeywordStatement();
  LLVM_ATTRIBUTE_ALWAYS_INLINE Stmt *parseExprOrAssign();
  LLVM_ATTRIBUTE_NOINLINE Stmt *parseAssignment(Expr *First, SourcePos P);
  bool parseBlock(StmtList &Body, const llvm::Twine &After, uint32_t Line,
                  bool ColonAtEOL = false);
  Stmt *parseIf(bool IsElif);
  bool parseLoopBody(StmtList &Body, StmtList &OrElse, const char *What,
                     uint32_t KWLine);
  Stmt *parseWhile();
  Stmt *parseFor();
  Stmt *parseFunctionDef();
  bool parseParameters(Parameters &Out, TokenKind Close);
  Stmt *parseNames(NodeKind K);

  // Expressions.
  // The common paths of parseStarExpressions() and parseExpression() are
  // inlined into their callers, which saves two calls for every
  // expression; their rarer constructs live out of line.
  LLVM_ATTRIBUTE_ALWAYS_INLINE Expr *parseStarExpressions();
  LLVM_ATTRIBUTE_NOINLINE Expr *parseTupleRest(Expr *First, SourcePos P);
  LLVM_ATTRIBUTE_NOINLINE Expr *parseStarred();
  Expr *parseForTarget();
  Expr *parseComprehension(NodeKind K, SourcePos P, Expr *Elt, Expr *Value);
  Expr *finishComprehension(NodeKind K, SourcePos P, Expr *Elt, Expr *Value,
                            TokenKind Close);
  Expr *parseNamedExpression(bool AssignHint = true);
  LLVM_ATTRIBUTE_ALWAYS_INLINE Expr *parseExpression();
  LLVM_ATTRIBUTE_NOINLINE Expr *parseConditional(Expr *Body, SourcePos P);
  Expr *parseOperand(unsigned MinPrec) {
    DepthGuard G(*this);
    if (!G.OK)
      return nullptr;
    return parseOperandBody(MinPrec);
  }
  /// parseOperand() without its depth check, which the caller has made.
  Expr *parseOperandBody(unsigned MinPrec);
  LLVM_ATTRIBUTE_NOINLINE Expr *parsePrefixedOperand(SourcePos P,
                                                     unsigned MinPrec);
  LLVM_ATTRIBUTE_NOINLINE Expr *parseComparisonChain(Expr *L, SourcePos P);
  LLVM_ATTRIBUTE_NOINLINE Expr *parseBoolChain(Expr *L, SourcePos P,
                                               TokenKind K);
  Expr *parseBitOr() { return parseOperand(PrecBitOr); }
  Expr *parsePrimary();
  bool endsAfterLeafAfterOp(unsigned MinPrec) const;
  /// The name or integer \p T, the current token or one after it, as
  /// parseOperand() would parse it; moves past it.
  Expr *parseLeafAt(const Token &T);
  LLVM_ATTRIBUTE_NOINLINE Expr *parseTrailers(Expr *E, SourcePos Start);
  LLVM_ATTRIBUTE_NOINLINE Expr *parseAtom();
  Expr *parseCall(Expr *Func, SourcePos Start);
  Expr *parseSubscript(Expr *Value, SourcePos Start);
  Expr *parseSliceItem();
  Expr *parseStarNamedExpression();
  Expr *parseParenthesized();
  Expr *parseListDisplay();
  Expr *parseBraceDisplay();
  Expr *parseLambda();
  /// Inlined: both of its callers, parsePrimary() and parseLeafAt(), are on
  /// parseOperand()'s hot path.
  LLVM_ATTRIBUTE_ALWAYS_INLINE Expr *parseNumber() {
    return parseNumberAt(tok());
  }
  /// parseNumber() for the integer \p T, the current token or one after it.
  LLVM_ATTRIBUTE_ALWAYS_INLINE Expr *parseNumberAt(const Token &T);
  LLVM_ATTRIBUTE_NOINLINE Expr *parseOtherNumber();
  LLVM_ATTRIBUTE_NOINLINE Expr *parseStrings();
  bool decodeString(const Token &T, const Token &After, std::string &Out,
                    bool &IsBytes);
  bool decodeBody(const Token &T, const Token &After, StringRef Body, bool Raw,
                  bool IsBytes, std::string &Out);

  // f-strings, parsed as CPython 3.11 does: the token's body is scanned
  // for replacement fields, and each field's expression is lexed and
  // parsed on its own, wrapped in parentheses.
  struct FStringState {
    const Token &T;
    const Token &After;
    StringRef Body;
    size_t BodyOffset; ///< Of Body in Buf.
    bool Raw;
    SourcePos StrPos; ///< Where the whole literal starts.
    size_t Pos = 0;
  };
  bool parseFString(const Token &T, const Token &After, SourcePos StrPos,
                    std::string &Pending, SmallVectorImpl<Expr *> &Parts);
  bool parseFStringParts(FStringState &F, unsigned Level, std::string &Pending,
                         SmallVectorImpl<Expr *> &Parts);
  bool parseFStringField(FStringState &F, unsigned Level, std::string &Pending,
                         SmallVectorImpl<Expr *> &Parts);
  Expr *parseFStringExpr(FStringState &F, size_t Start, size_t End);
  Expr *parseFStringInput();
  std::nullptr_t fstringError(const FStringState &F, const llvm::Twine &Msg);
  void flushLiteral(SourcePos P, std::string &Pending,
                    SmallVectorImpl<Expr *> &Parts);

  // Target checking.
  bool checkTarget(Expr *E, ExprContext Ctx, const Expr *Hinted = nullptr);
  static const char *describe(const Expr *E);
  void checkNotStarred(const Expr *E);

  /// Run \p F as a lookahead: the position and any error it leaves are
  /// undone. Returns what \p F returned.
  bool speculate(llvm::function_ref<bool()> F) {
    const Token *Save = Cur;
    bool SaveFailed = Failed;
    ++Speculating;
    bool R = F() && !Failed;
    --Speculating;
    SpeculatedIdx = std::max(SpeculatedIdx, idx());
    Cur = Save;
    if (Failed && !SaveFailed) {
      llvm::consumeError(std::move(Err));
      Err.~Error();
      Failed = false;
    }
    return R;
  }
  /// At a token that cannot continue the element that starts at token
  /// \p StartIdx of a bracketed display or argument list.
  std::nullptr_t expectedComma(size_t StartIdx);
};

} // namespace

unsigned Parser::childHeight(const Expr *E) {
  unsigned H = 0;
  auto Take = [&H](const Expr *C) {
    if (C && C->getHeight() > H)
      H = C->getHeight();
  };
  switch (E->getKind()) {
  case NodeKind::BinOp:
    Take(llvm::cast<BinOpExpr>(E)->LHS);
    Take(llvm::cast<BinOpExpr>(E)->RHS);
    break;
  case NodeKind::UnaryOp:
    Take(llvm::cast<UnaryOpExpr>(E)->Operand);
    break;
  case NodeKind::BoolOp:
    for (const Expr *V : llvm::cast<BoolOpExpr>(E)->Values)
      Take(V);
    break;
  case NodeKind::Compare:
    Take(llvm::cast<CompareExpr>(E)->Left);
    for (const Expr *V : llvm::cast<CompareExpr>(E)->Comparators)
      Take(V);
    break;
  case NodeKind::Call:
    Take(llvm::cast<CallExpr>(E)->Func);
    for (const Expr *V : llvm::cast<CallExpr>(E)->Args)
      Take(V);
    for (const Keyword &K : llvm::cast<CallExpr>(E)->Keywords)
      Take(K.Value);
    break;
  case NodeKind::IfExp:
    Take(llvm::cast<IfExpExpr>(E)->Test);
    Take(llvm::cast<IfExpExpr>(E)->Body);
    Take(llvm::cast<IfExpExpr>(E)->OrElse);
    break;
  case NodeKind::Lambda:
    for (const Parameter &P : llvm::cast<LambdaExpr>(E)->Params.Params)
      Take(P.Default);
    Take(llvm::cast<LambdaExpr>(E)->Body);
    break;
  case NodeKind::NamedExpr:
    Take(llvm::cast<NamedExprExpr>(E)->Value);
    break;
  case NodeKind::Attribute:
    Take(llvm::cast<AttributeExpr>(E)->Value);
    break;
  case NodeKind::Subscript:
    Take(llvm::cast<SubscriptExpr>(E)->Value);
    Take(llvm::cast<SubscriptExpr>(E)->Index);
    break;
  case NodeKind::Slice:
    Take(llvm::cast<SliceExpr>(E)->Lower);
    Take(llvm::cast<SliceExpr>(E)->Upper);
    Take(llvm::cast<SliceExpr>(E)->Step);
    break;
  case NodeKind::Starred:
    Take(llvm::cast<StarredExpr>(E)->Value);
    break;
  case NodeKind::Tuple:
  case NodeKind::List:
  case NodeKind::Set:
    for (const Expr *V : llvm::cast<SequenceExpr>(E)->Elts)
      Take(V);
    break;
  case NodeKind::Dict:
    for (const Expr *V : llvm::cast<DictExpr>(E)->Keys)
      Take(V);
    for (const Expr *V : llvm::cast<DictExpr>(E)->Values)
      Take(V);
    break;
  case NodeKind::JoinedStr:
    for (const Expr *V : llvm::cast<JoinedStrExpr>(E)->Values)
      Take(V);
    break;
  case NodeKind::FormattedValue:
    Take(llvm::cast<FormattedValueExpr>(E)->Value);
    Take(llvm::cast<FormattedValueExpr>(E)->FormatSpec);
    break;
  case NodeKind::ListComp:
  case NodeKind::SetComp:
  case NodeKind::DictComp:
  case NodeKind::GeneratorExp: {
    auto *C = llvm::cast<ComprehensionExpr>(E);
    Take(C->Elt);
    Take(C->Value);
    for (const Comprehension &Gen : C->Generators) {
      Take(Gen.Target);
      Take(Gen.Iter);
      for (const Expr *If : Gen.Ifs)
        Take(If);
    }
    break;
  }
  default:
    break;
  }
  return H;
}

/// Whether checkTarget() would accept \p E as an assignment target.
static bool isValidTarget(const Expr *E) {
  switch (E->getKind()) {
  case NodeKind::Name:
  case NodeKind::Attribute:
  case NodeKind::Subscript:
    return true;
  case NodeKind::Starred:
    return isValidTarget(llvm::cast<StarredExpr>(E)->Value);
  case NodeKind::Tuple:
  case NodeKind::List:
    return llvm::all_of(llvm::cast<SequenceExpr>(E)->Elts, isValidTarget);
  default:
    return false;
  }
}

/// Whether a token can begin an expression.
static bool startsExpression(TokenKind K) {
  switch (K) {
  case TokenKind::Identifier:
  case TokenKind::Integer:
  case TokenKind::Float:
  case TokenKind::Imaginary:
  case TokenKind::String:
  case TokenKind::kw_True:
  case TokenKind::kw_False:
  case TokenKind::kw_None:
  case TokenKind::Ellipsis:
  case TokenKind::LParen:
  case TokenKind::LSquare:
  case TokenKind::LBrace:
  case TokenKind::Plus:
  case TokenKind::Minus:
  case TokenKind::Tilde:
  case TokenKind::kw_not:
  case TokenKind::kw_lambda:
  case TokenKind::kw_await:
    return true;
  default:
    return false;
  }
}

/// Whether \p E is what CPython's bitwise_or rule produces, i.e. binds
/// tighter than comparisons.
static bool isBitOrLevel(const Expr *E) {
  switch (E->getKind()) {
  case NodeKind::Compare:
  case NodeKind::BoolOp:
  case NodeKind::IfExp:
  case NodeKind::Lambda:
  case NodeKind::NamedExpr:
  case NodeKind::Starred:
    return false;
  case NodeKind::UnaryOp:
    return llvm::cast<UnaryOpExpr>(E)->Op != UnaryOp::Not;
  default:
    return true;
  }
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

Expected<ModuleStmt *> Parser::parseFile() {
  SmallVector<Stmt *, 32> Body;
  parseStatements(Body, /*TopLevel=*/true);
  if (LLVM_UNLIKELY(Failed | Deferred))
    return takeError();
  // The flags are passed to the constructor, which would otherwise store
  // them twice.
  if (Body.size() == 1)
    return Ctx.create<ModuleStmt>(SourcePos{1, 1}, Body[0], SawNameDecls,
                                  SawFunctions);
  return Ctx.create<ModuleStmt>(SourcePos{1, 1}, copy(Body), SawNameDecls,
                                SawFunctions);
}

bool Parser::parseStatements(SmallVectorImpl<Stmt *> &Out, bool TopLevel) {
  while (true) {
    if (TopLevel ? is(TokenKind::EndOfFile) : is(TokenKind::Dedent))
      return true;
    if (is(TokenKind::Newline)) { // A lone ';'-free empty logical line.
      advance();
      continue;
    }
    if (!parseStatement(Out, TopLevel))
      return false;
  }
}

static const char *unsupportedStatement(TokenKind K) {
  switch (K) {
  case TokenKind::kw_class: return "class definition";
  case TokenKind::kw_try: return "'try' statement";
  case TokenKind::kw_with: return "'with' statement";
  case TokenKind::kw_async: return "'async' statement";
  case TokenKind::At: return "decorator";
  case TokenKind::kw_import: return "'import' statement";
  case TokenKind::kw_from: return "'import' statement";
  case TokenKind::kw_raise: return "'raise' statement";
  case TokenKind::kw_yield: return "'yield' expression";
  default: return nullptr;
  }
}

bool Parser::parseStatement(SmallVectorImpl<Stmt *> &Out, bool TopLevel) {
  TokenKind K = tok().Kind;
  // A literal, a bracket or an operator can only start a simple statement,
  // and not one that starts with a keyword: at module level, where a short
  // input's statements are, a range check spares those the switch's jump
  // table and parseSimpleStatements() its keyword switch. (In blocks, the
  // second inlined copy of parseSimpleStatements() costs more than that.)
  if (TopLevel && K > TokenKind::Identifier && K < TokenKind::At)
    return parseSimpleStatements(Out);
  Stmt *S = nullptr;
  switch (K) {
  case TokenKind::kw_def: S = parseFunctionDef(); break;
  case TokenKind::kw_if: S = parseIf(false); break;
  case TokenKind::kw_while: S = parseWhile(); break;
  case TokenKind::kw_for:
    S = parseFor();
    break;
  case TokenKind::kw_class:
  case TokenKind::kw_try:
  case TokenKind::kw_with:
  case TokenKind::kw_async:
  case TokenKind::At:
    return unsupported(tok(), unsupportedStatement(tok().Kind)), false;
  case TokenKind::Indent:
    return invalidSyntax(), false;
  case TokenKind::Identifier:
    // 'match' is a keyword only where a match statement can start:
    // "match" subject ':' NEWLINE.
    if (text() == "match" && speculate([&] {
          advance();
          return (startsExpression(tok().Kind) || is(TokenKind::Star)) &&
                 parseStarExpressions() && is(TokenKind::Colon) &&
                 peekTok().is(TokenKind::Newline);
        }))
      return unsupported(tok(), "'match' statement"), false;
    LLVM_FALLTHROUGH;
  default:
    return parseSimpleStatements(Out);
  }
  if (!S)
    return false;
  Out.push_back(S);
  return true;
}

bool Parser::parseSimpleStatements(SmallVectorImpl<Stmt *> &Out) {
  while (true) {
    Stmt *S = parseSimpleStatement();
    if (!S)
      return false;
    Out.push_back(S);
    // A line of one statement, the commonest, first.
    if (consumeIf(TokenKind::Newline))
      return true;
    if (consumeIf(TokenKind::Semi)) {
      if (consumeIf(TokenKind::Newline))
        return true;
      continue;
    }
    // CPython's hint for Python 2's print and exec statements.
    if (Out.back()->getKind() == NodeKind::ExprStmt) {
      auto *E = llvm::cast<ExprStmt>(Out.back())->Value;
      if (auto *N = llvm::dyn_cast<NameExpr>(E))
        if ((N->Id == "print" || N->Id == "exec") &&
            (startsExpression(tok().Kind) || is(TokenKind::Star)))
          return error(E->getPos(), 0,
                       "Missing parentheses in call to '" + N->Id +
                           "'. Did you mean " + N->Id + "(...)?"),
                 false;
    }
    return invalidSyntax(), false;
  }
}

Stmt *Parser::parseSimpleStatement() {
  switch (tok().Kind) {
  case TokenKind::kw_pass:
  case TokenKind::kw_break:
  case TokenKind::kw_continue:
  case TokenKind::kw_return:
  case TokenKind::kw_global:
  case TokenKind::kw_nonlocal:
  case TokenKind::kw_del:
  case TokenKind::kw_assert:
  case TokenKind::kw_import:
  case TokenKind::kw_from:
  case TokenKind::kw_raise:
  case TokenKind::kw_yield:
    return parseKeywordStatement();
  default:
    return parseExprOrAssign();
  }
}

/// A simple statement that starts with its keyword.
Stmt *Parser::parseKeywordStatement() {
  const Token &T = tok();
  SourcePos P = pos();
  switch (T.Kind) {
  case TokenKind::kw_pass:
    advance();
    return Ctx.create<SimpleStmt>(NodeKind::Pass, P);
  case TokenKind::kw_break:
    advance();
    return Ctx.create<SimpleStmt>(NodeKind::Break, P);
  case TokenKind::kw_continue:
    advance();
    return Ctx.create<SimpleStmt>(NodeKind::Continue, P);
  case TokenKind::kw_return: {
    advance();
    Expr *V = nullptr;
    if (!is(TokenKind::Newline) && !is(TokenKind::Semi)) {
      V = parseStarExpressions();
      if (!V)
        return nullptr;
      checkNotStarred(V);
    }
    return Ctx.create<ReturnStmt>(P, V);
  }
  case TokenKind::kw_global:
    return parseNames(NodeKind::Global);
  case TokenKind::kw_nonlocal:
    return parseNames(NodeKind::Nonlocal);
  case TokenKind::kw_del: {
    advance();
    SmallVector<Expr *, 4> Targets;
    do {
      if (is(TokenKind::Newline) || is(TokenKind::Semi))
        break;
      if (is(TokenKind::Star))
        return error(tok(), "cannot delete starred");
      Expr *E = parseBitOr();
      if (!E || !checkTarget(E, ExprContext::Del))
        return nullptr;
      Targets.push_back(E);
    } while (consumeIf(TokenKind::Comma));
    if (Targets.empty())
      return invalidSyntax();
    return Ctx.create<DelStmt>(P, copy(Targets));
  }
  case TokenKind::kw_assert: {
    advance();
    Expr *Test = parseExpression();
    if (!Test)
      return nullptr;
    Expr *Msg = nullptr;
    if (consumeIf(TokenKind::Comma) && !(Msg = parseExpression()))
      return nullptr;
    return Ctx.create<AssertStmt>(P, Test, Msg);
  }
  case TokenKind::kw_import:
  case TokenKind::kw_from:
  case TokenKind::kw_raise:
  case TokenKind::kw_yield:
    return unsupported(T, unsupportedStatement(T.Kind));
  default:
    llvm_unreachable("not a keyword statement");
  }
}

Stmt *Parser::parseNames(NodeKind K) {
  SawNameDecls = true;
  SourcePos P = pos();
  advance();
  SmallVector<StringRef, 4> Names;
  do {
    if (!is(TokenKind::Identifier))
      return invalidSyntax();
    Names.push_back(text());
    advance();
  } while (consumeIf(TokenKind::Comma));
  return Ctx.create<NamesStmt>(K, P, copy(Names));
}

static bool augAssignOp(TokenKind K, BinaryOp &Op) {
  switch (K) {
  case TokenKind::PlusEqual: Op = BinaryOp::Add; return true;
  case TokenKind::MinEqual: Op = BinaryOp::Sub; return true;
  case TokenKind::StarEqual: Op = BinaryOp::Mult; return true;
  case TokenKind::AtEqual: Op = BinaryOp::MatMult; return true;
  case TokenKind::SlashEqual: Op = BinaryOp::Div; return true;
  case TokenKind::DoubleSlashEqual: Op = BinaryOp::FloorDiv; return true;
  case TokenKind::PercentEqual: Op = BinaryOp::Mod; return true;
  case TokenKind::DoubleStarEqual: Op = BinaryOp::Pow; return true;
  case TokenKind::LeftShiftEqual: Op = BinaryOp::LShift; return true;
  case TokenKind::RightShiftEqual: Op = BinaryOp::RShift; return true;
  case TokenKind::VBarEqual: Op = BinaryOp::BitOr; return true;
  case TokenKind::CircumflexEqual: Op = BinaryOp::BitXor; return true;
  case TokenKind::AmperEqual: Op = BinaryOp::BitAnd; return true;
  default: return false;
  }
}

/// A starred expression where CPython's compiler wants a value.
void Parser::checkNotStarred(const Expr *E) {
  if (llvm::isa<StarredExpr>(E))
    defer(E->getPos(), 0, "can't use starred expression here",
          /*Symtable=*/false);
}

Stmt *Parser::parseExprOrAssign() {
  // The token rather than its position is kept while the expression is
  // parsed: it is one register.
  const Token &Start = tok();
  Expr *First = parseStarExpressions();
  if (!First)
    return nullptr;

  // An expression statement ending its line, by far the most common case:
  // none of the checks below applies.
  if (is(TokenKind::Newline)) {
    checkNotStarred(First);
    return Ctx.create<ExprStmt>(posOf(Start), First);
  }
  return parseAssignment(First, posOf(Start));
}

/// The rest of a simple statement that starts with expression \p First at
/// \p P and is not alone on its line: an assignment, or an expression
/// followed by ';' or an error.
Stmt *Parser::parseAssignment(Expr *First, SourcePos P) {
  BinaryOp Op;
  if (augAssignOp(tok().Kind, Op)) {
    if (!llvm::isa<NameExpr, AttributeExpr, SubscriptExpr>(First)) {
      // CPython names the target only if a value follows.
      if (!speculate([&] {
            advance();
            return is(TokenKind::kw_yield) || parseStarExpressions();
          }))
        return invalidSyntax();
      return errorAt(First, llvm::Twine("'") + describe(First) +
                                "' is an illegal expression for augmented "
                                "assignment");
    }
    advance();
    if (is(TokenKind::kw_yield))
      return unsupported(tok(), "'yield' expression");
    Expr *V = parseStarExpressions();
    if (!V)
      return nullptr;
    checkNotStarred(V);
    checkTarget(First, ExprContext::Store);
    return Ctx.create<AugAssignStmt>(P, First, Op, V);
  }
  if (is(TokenKind::Colon)) {
    // CPython's invalid_assignment rules name a bad annotation target, if
    // an annotation follows.
    bool Target = llvm::isa<NameExpr, AttributeExpr, SubscriptExpr>(First);
    if (!speculate([&] {
          advance();
          return parseExpression() != nullptr;
        })) {
      // CPython's error is at the ':' after a target it cannot annotate.
      if (Target)
        advance();
      return invalidSyntax();
    }
    if (Target)
      return unsupported(tok(), "annotated assignment");
    if (llvm::isa<SequenceExpr>(First) && First->getKind() != NodeKind::Set)
      return errorAt(First, llvm::Twine("only single target (not ") +
                                describe(First) + ") can be annotated");
    return errorAt(First, "illegal target for annotation");
  }
  if (is(TokenKind::ColonEqual) && !llvm::isa<NameExpr>(First) &&
      speculate([&] {
        advance();
        return parseExpression() != nullptr;
      }))
    return errorAt(First, llvm::Twine("cannot use assignment expressions "
                                      "with ") +
                              describe(First));
  if (!is(TokenKind::Equal)) {
    checkNotStarred(First);
    return Ctx.create<ExprStmt>(P, First);
  }

  SmallVector<Expr *, 2> Targets{First};
  while (is(TokenKind::Equal)) {
    // Each target is checked when its '=' is reached, as CPython does.
    Expr *T = Targets.back();
    const Expr *Hinted = nullptr;
    if (Targets.size() == 1 && !isValidTarget(T) && speculate([&] {
          advance();
          return parseBitOr() && !is(TokenKind::Equal) &&
                 !is(TokenKind::ColonEqual);
        })) {
      // CPython's invalid_named_expression suggests '==' for 'a = b', or
      // for the last element of an unparenthesized tuple.
      Hinted = T;
      if (auto *Tup = llvm::dyn_cast<SequenceExpr>(T))
        if (Tup->getKind() == NodeKind::Tuple && !Tup->Elts.empty() &&
            Tup->Elts.front()->getPos().Col == Tup->getPos().Col &&
            Tup->Elts.front()->getPos().Line == Tup->getPos().Line)
          Hinted = Tup->Elts.back();
    }
    if (!checkTarget(T, ExprContext::Store, Hinted))
      return nullptr;
    if (llvm::isa<StarredExpr>(T))
      defer(T->getPos(), 0,
            "starred assignment target must be in a list or tuple",
            /*Symtable=*/false);
    advance();
    if (is(TokenKind::kw_yield))
      return unsupported(tok(), "'yield' expression");
    Expr *E = parseStarExpressions();
    if (!E)
      return nullptr;
    Targets.push_back(E);
  }
  Expr *Value = Targets.pop_back_val();
  checkNotStarred(Value);
  return Ctx.create<AssignStmt>(P, copy(Targets), Value);
}

const char *Parser::describe(const Expr *E) {
  switch (E->getKind()) {
  case NodeKind::Constant: {
    auto *C = llvm::cast<ConstantExpr>(E);
    if (C->CK == ConstantExpr::True)
      return "True";
    if (C->CK == ConstantExpr::False)
      return "False";
    if (C->CK == ConstantExpr::None)
      return "None";
    if (C->CK == ConstantExpr::Ellipsis)
      return "ellipsis";
    return "literal";
  }
  case NodeKind::Call: return "function call";
  case NodeKind::Compare: return "comparison";
  case NodeKind::Lambda: return "lambda";
  case NodeKind::IfExp: return "conditional expression";
  case NodeKind::NamedExpr: return "named expression";
  case NodeKind::Dict: return "dict literal";
  case NodeKind::JoinedStr:
    return "f-string expression";
  case NodeKind::Set: return "set display";
  case NodeKind::Tuple: return "tuple";
  case NodeKind::List: return "list";
  case NodeKind::Starred: return "starred";
  case NodeKind::Name: return "name";
  case NodeKind::Attribute: return "attribute";
  case NodeKind::Subscript: return "subscript";
  default: return "expression";
  }
}

/// Mark \p E as a target in context \p C, or report CPython's error for
/// the first part of it that cannot be one. If that part is \p Hinted,
/// the message suggests '==' instead of '='.
bool Parser::checkTarget(Expr *E, ExprContext C, const Expr *Hinted) {
  switch (E->getKind()) {
  case NodeKind::Name:
    llvm::cast<NameExpr>(E)->Ctx = C;
    return true;
  case NodeKind::Attribute:
    llvm::cast<AttributeExpr>(E)->Ctx = C;
    return true;
  case NodeKind::Subscript:
    llvm::cast<SubscriptExpr>(E)->Ctx = C;
    return true;
  case NodeKind::Starred:
    if (C == ExprContext::Del) {
      errorAt(E, "cannot delete starred");
      return false;
    }
    llvm::cast<StarredExpr>(E)->Ctx = C;
    return checkTarget(llvm::cast<StarredExpr>(E)->Value, C, Hinted);
  case NodeKind::Tuple:
  case NodeKind::List:
    if (C == ExprContext::Store &&
        llvm::count_if(llvm::cast<SequenceExpr>(E)->Elts, [](const Expr *Elt) {
          return llvm::isa<StarredExpr>(Elt);
        }) > 1)
      defer(E->getPos(), 0, "multiple starred expressions in assignment",
            /*Symtable=*/false);
    llvm::cast<SequenceExpr>(E)->Ctx = C;
    for (Expr *Elt : llvm::cast<SequenceExpr>(E)->Elts)
      if (!checkTarget(Elt, C, Hinted))
        return false;
    return true;
  default:
    break;
  }
  const char *What = describe(E);
  StringRef W(What);
  if (C == ExprContext::Del)
    errorAt(E, llvm::Twine("cannot delete ") + What);
  else if (E == Hinted && isBitOrLevel(E) && W != "True" && W != "False" &&
           W != "None")
    errorAt(E, llvm::Twine("cannot assign to ") + What +
                   " here. Maybe you meant '==' instead of '='?");
  else
    errorAt(E, llvm::Twine("cannot assign to ") + What);
  return false;
}

/// block: NEWLINE INDENT statements DEDENT | simple_stmts
/// \p ColonAtEOL: CPython says "expected ':'" after an 'if', 'elif' or
/// 'while' condition only when the line ends there.
bool Parser::parseBlock(StmtList &Body, const llvm::Twine &After, uint32_t Line,
                        bool ColonAtEOL) {
  if (!is(TokenKind::Colon)) {
    if (ColonAtEOL && !is(TokenKind::Newline))
      return invalidSyntax(), false;
    return error(tok(), "expected ':'"), false;
  }
  advance();
  SmallVector<Stmt *, 8> Stmts;
  if (consumeIf(TokenKind::Newline)) {
    if (!is(TokenKind::Indent)) {
      error(tok(),
            "expected an indented block after " + After + " on line " +
                llvm::Twine(Line),
            "IndentationError");
      return false;
    }
    advance();
    if (!parseStatements(Stmts, /*TopLevel=*/false))
      return false;
    if (!expect(TokenKind::Dedent))
      return false;
  } else if (!parseSimpleStatements(Stmts)) {
    return false;
  }
  Body = copy(Stmts);
  return true;
}

Stmt *Parser::parseIf(bool IsElif) {
  const Token &KW = tok();
  SourcePos P = pos();
  advance();
  Expr *Test = parseNamedExpression();
  if (!Test)
    return nullptr;
  StmtList Body, OrElse;
  if (!parseBlock(Body, IsElif ? "'elif' statement" : "'if' statement", KW.Line,
                  /*ColonAtEOL=*/true))
    return nullptr;
  if (is(TokenKind::kw_elif)) {
    Stmt *Elif = parseIf(true);
    if (!Elif)
      return nullptr;
    OrElse = Ctx.copy(llvm::ArrayRef<Stmt *>(Elif));
  } else if (is(TokenKind::kw_else)) {
    uint32_t L = tok().Line;
    advance();
    if (!parseBlock(OrElse, "'else' statement", L))
      return nullptr;
  }
  return Ctx.create<CondStmt>(NodeKind::If, P, Test, Body, OrElse);
}

/// A loop's ':' block and its optional 'else' block.
bool Parser::parseLoopBody(StmtList &Body, StmtList &OrElse, const char *What,
                           uint32_t KWLine) {
  if (!parseBlock(Body, What, KWLine, /*ColonAtEOL=*/true))
    return false;
  if (is(TokenKind::kw_else)) {
    uint32_t L = tok().Line;
    advance();
    if (!parseBlock(OrElse, "'else' statement", L))
      return false;
  }
  return true;
}

Stmt *Parser::parseWhile() {
  const Token &KW = tok();
  SourcePos P = pos();
  advance();
  Expr *Test = parseNamedExpression();
  if (!Test)
    return nullptr;
  StmtList Body, OrElse;
  if (!parseLoopBody(Body, OrElse, "'while' statement", KW.Line))
    return nullptr;
  return Ctx.create<CondStmt>(NodeKind::While, P, Test, Body, OrElse);
}

/// for_stmt: 'for' star_targets 'in' star_expressions ':' block
///           ['else' ':' block]
Stmt *Parser::parseFor() {
  const Token &KW = tok();
  SourcePos P = pos();
  advance();
  Expr *Target = parseForTarget();
  if (!Target)
    return nullptr;
  advance();
  Expr *Iter = parseStarExpressions();
  if (!Iter)
    return nullptr;
  StmtList Body, OrElse;
  if (!parseLoopBody(Body, OrElse, "'for' statement", KW.Line))
    return nullptr;
  return Ctx.create<ForStmt>(P, Target, Iter, Body, OrElse);
}

/// The star_targets of a for statement or comprehension clause, up to the
/// 'in' after them (which is left for the caller).
Expr *Parser::parseForTarget() {
  // The targets stop before 'in', so they are parsed at bitwise-or level.
  SourcePos TP = pos();
  SmallVector<Expr *, 4> Elts;
  bool Comma = false;
  while (true) {
    Expr *E = is(TokenKind::Star) ? parseStarred() : parseBitOr();
    if (!E)
      return nullptr;
    Elts.push_back(E);
    if (!consumeIf(TokenKind::Comma))
      break;
    Comma = true;
    if (is(TokenKind::kw_in))
      break;
  }
  Expr *Target = Comma ? make<SequenceExpr>(NodeKind::Tuple, TP, copy(Elts))
                       : Elts.front();
  if (!Target)
    return nullptr;
  if (!is(TokenKind::kw_in))
    return invalidSyntax();
  if (!checkTarget(Target, ExprContext::Store))
    return nullptr;
  if (llvm::isa<StarredExpr>(Target))
    return errorAt(Target, "starred assignment target must be in a list or "
                           "tuple");
  return Target;
}

/// for_if_clauses: the clauses after a comprehension's element \p Elt (a
/// dict comprehension's key, with \p Value), which starts at \p P. The
/// caller checks the closing bracket.
Expr *Parser::parseComprehension(NodeKind K, SourcePos P, Expr *Elt,
                                 Expr *Value) {
  DepthGuard G(*this);
  if (!G.OK)
    return nullptr;
  SawFunctions = true; // A comprehension is a scope of its own.
  SmallVector<Comprehension, 2> Gens;
  while (is(TokenKind::kw_for) || is(TokenKind::kw_async)) {
    if (is(TokenKind::kw_async))
      return unsupported(tok(), "asynchronous comprehension");
    SourcePos FP = pos();
    advance();
    Expr *Target = parseForTarget();
    if (!Target)
      return nullptr;
    advance(); // 'in'
    Expr *Iter = parseOperand(PrecOr);
    if (!Iter)
      return nullptr;
    SmallVector<Expr *, 2> Ifs;
    while (consumeIf(TokenKind::kw_if)) {
      Expr *Cond = parseOperand(PrecOr);
      if (!Cond)
        return nullptr;
      Ifs.push_back(Cond);
    }
    Gens.push_back({FP, Target, Iter, copy(Ifs)});
  }
  return make<ComprehensionExpr>(K, P, Elt, Value, copy(Gens));
}

Stmt *Parser::parseFunctionDef() {
  const Token &KW = tok();
  SourcePos P = pos();
  advance();
  if (!is(TokenKind::Identifier))
    return invalidSyntax();
  StringRef Name = text();
  advance();
  if (!expect(TokenKind::LParen, "expected '('"))
    return nullptr;
  Parameters Params;
  if (!parseParameters(Params, TokenKind::RParen))
    return nullptr;
  if (!expect(TokenKind::RParen))
    return nullptr;
  Expr *Returns = nullptr;
  if (is(TokenKind::RArrow)) {
    // CPython then insists on ':' at the '->' if no annotation follows.
    const Token &Arrow = tok();
    if (!speculate([&] {
          advance();
          return parseExpression() != nullptr;
        }))
      return error(Arrow, "expected ':'");
    advance();
    if (!(Returns = parseExpression()))
      return nullptr;
  }
  StmtList Body;
  if (!parseBlock(Body, "function definition", KW.Line))
    return nullptr;
  SawFunctions = true;
  auto *F = Ctx.create<FunctionDefStmt>(P, Name, Params, Body);
  F->Returns = Returns;
  return F;
}

/// Parameters of a def (Close is ')') or a lambda (Close is ':'), with
/// CPython's diagnostics for a misplaced '/', '*' or '**' (the invalid_
/// parameters, invalid_star_etc and invalid_kwds rules of its grammar).
bool Parser::parseParameters(Parameters &Out, TokenKind Close) {
  const bool IsDef = Close == TokenKind::RParen;
  SmallVector<Parameter, 8> Params;
  SmallVector<StringRef, 8> Names; // Including the '*' and '**' ones.
  bool SeenDefault = false, SeenSlash = false, SeenStar = false;
  bool SeenMarker = false;
  auto Marker = [&](const Token &T) {
    if (!SeenMarker)
      Out.ExtrasPos = posOf(T);
    SeenMarker = true;
  };
  // A name; a repeat is the symbol table's error in CPython, so it only
  // counts once the whole module has parsed.
  auto TakeName = [&]() -> StringRef {
    const Token &T = tok();
    StringRef Name = T.text(Buf);
    if (llvm::is_contained(Names, Name))
      defer(posOf(T), T.Offset,
            "duplicate argument '" + Name + "' in function definition",
            /*Symtable=*/true);
    Names.push_back(Name);
    advance();
    return Name;
  };
  // ':' annotation after a def parameter; '*' is allowed for '*args'.
  auto Annotation = [&](bool AllowStar) -> bool {
    if (!IsDef || !is(TokenKind::Colon))
      return true;
    if (!Out.HasAnnotations && !SeenMarker)
      Out.ExtrasPos = pos();
    Out.HasAnnotations = true;
    advance();
    if (AllowStar && is(TokenKind::Star)) {
      advance();
      if (!parseBitOr())
        return false;
      // A starred annotation cannot take a default.
      if (is(TokenKind::Equal))
        return invalidSyntax(), false;
      return true;
    }
    return parseExpression() != nullptr;
  };
  // Only parameters without defaults so far, as CPython's check for
  // parenthesized parameters wants.
  bool OnlyPlain = true;

  while (!is(Close)) {
    const Token &T = tok();
    if (is(TokenKind::Slash)) {
      if (Params.empty() && !SeenStar) {
        if (peekTok().is(TokenKind::Comma))
          return error(T, "at least one argument must precede /"), false;
        return invalidSyntax(), false;
      }
      if (SeenStar)
        return error(T, "/ must be ahead of *"), false;
      if (SeenSlash)
        return error(T, "/ may appear only once"), false;
      advance();
      if (is(TokenKind::Star))
        return error(tok(), "expected comma between / and *"), false;
      SeenSlash = true;
      Out.HasPosOnly = true;
      Out.NumPosOnly = Params.size();
      Marker(T);
    } else if (is(TokenKind::Star)) {
      if (SeenStar) {
        if (peekTok().is(TokenKind::Identifier) ||
            peekTok().is(TokenKind::Comma))
          return error(T, "* argument may appear only once"), false;
        return invalidSyntax(), false;
      }
      advance();
      SeenStar = true;
      Marker(T);
      if (is(TokenKind::Identifier)) {
        Out.VarArg = Parameter{pos(), tok().text(Buf), nullptr};
        TakeName();
        Out.HasVarArgs = true;
        if (!Annotation(/*AllowStar=*/true))
          return false;
        if (is(TokenKind::Equal))
          return error(tok(), "var-positional argument cannot have default "
                              "value"),
                 false;
      } else {
        if (is(Close) ||
            (is(TokenKind::Comma) &&
             (peekTok().is(Close) || peekTok().is(TokenKind::DoubleStar))))
          // At the '*' of a def, at the last token looked at in a lambda.
          return error(IsDef       ? T
                       : is(Close) ? tok()
                                   : peekTok(),
                       "named arguments must follow bare *"),
                 false;
        if (!is(TokenKind::Comma))
          return invalidSyntax(), false;
        Out.HasKwOnly = true;
      }
    } else if (is(TokenKind::DoubleStar)) {
      advance();
      if (!is(TokenKind::Identifier))
        return invalidSyntax(), false;
      Out.VarKw = Parameter{pos(), tok().text(Buf), nullptr};
      TakeName();
      Out.HasVarKw = true;
      Marker(T);
      if (!Annotation(/*AllowStar=*/false))
        return false;
      if (is(TokenKind::Equal))
        return error(tok(), "var-keyword argument cannot have default value"),
               false;
      if (consumeIf(TokenKind::Comma) && !is(Close)) {
        if (is(TokenKind::Identifier) || is(TokenKind::Star) ||
            is(TokenKind::DoubleStar) || is(TokenKind::Slash))
          return error(tok(), "arguments cannot follow var-keyword argument"),
                 false;
        return invalidSyntax(), false;
      }
      break;
    } else if (is(TokenKind::Identifier)) {
      Parameter Param{pos(), T.text(Buf), nullptr};
      TakeName();
      if (!Annotation(/*AllowStar=*/false))
        return false;
      if (is(TokenKind::Equal)) {
        const Token &Eq = tok();
        advance();
        if (is(TokenKind::RParen) || is(TokenKind::Comma))
          return error(Eq, "expected default value expression"), false;
        if (!(Param.Default = parseExpression()))
          return false;
        if (!SeenStar)
          SeenDefault = true;
        OnlyPlain = false;
      } else if (SeenDefault && !SeenStar) {
        return error(T, "non-default argument follows default argument"),
               false;
      }
      Params.push_back(Param);
      if (SeenStar)
        ++Out.NumKwOnly;
    } else if (is(TokenKind::LParen) && OnlyPlain && !SeenSlash && !SeenStar) {
      // '(' NAME (',' NAME)* ','? ')' is CPython's hint for Python 2's
      // tuple parameters; anything else in parentheses is plain invalid.
      // (Looked at without counting as reached: CPython's first pass
      // stops at the '('.)
      auto Ahead = [&](size_t N) -> const Token & {
        return Toks[std::min(idx() + N, lastIdx())];
      };
      size_t N = 1;
      bool SawName = false;
      while (Ahead(N).is(TokenKind::Identifier)) {
        SawName = true;
        if (!Ahead(++N).is(TokenKind::Comma))
          break;
        ++N;
      }
      if (SawName && Ahead(N).is(TokenKind::RParen))
        return error(T, IsDef ? "Function parameters cannot be parenthesized"
                              : "Lambda expression parameters cannot be "
                                "parenthesized"),
               false;
      return invalidSyntax(), false;
    } else {
      return invalidSyntax(), false;
    }
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  Out.Params = copy(Params);
  return true;
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// CPython's invalid_expression and invalid_legacy_expression rules: two
/// expressions side by side inside brackets.
std::nullptr_t Parser::expectedComma(size_t StartIdx) {
  const Token &Start = Toks[StartIdx];
  StringRef First = Start.text(Buf);
  if (Start.is(TokenKind::Identifier) && idx() == StartIdx + 1 &&
      (First == "print" || First == "exec") &&
      (startsExpression(tok().Kind) || is(TokenKind::Star)))
    return error(Start, "Missing parentheses in call to '" + First +
                            "'. Did you mean " + First + "(...)?");
  // Not after a string prefix lookalike or a soft keyword.
  bool Excluded = Start.is(TokenKind::Identifier) &&
                  (Toks[StartIdx + 1].is(TokenKind::String) ||
                   First == "match" || First == "case" || First == "_");
  if (!Excluded && startsExpression(tok().Kind) &&
      speculate([&] { return parseExpression() != nullptr; }))
    return error(Start, "invalid syntax. Perhaps you forgot a comma?");
  return invalidSyntax();
}

/// star_expressions: a tuple display without brackets, or one expression.
inline Expr *Parser::parseStarExpressions() {
  const Token &Start = tok(); // Only a tuple needs its position.
  Expr *First = is(TokenKind::Star) ? parseStarred() : parseExpression();
  if (!First || !is(TokenKind::Comma))
    return First;
  return parseTupleRest(First, posOf(Start));
}

/// The elements after the first of an unbracketed tuple starting at \p P.
Expr *Parser::parseTupleRest(Expr *First, SourcePos P) {
  SmallVector<Expr *, 4> Elts{First};
  while (consumeIf(TokenKind::Comma)) {
    switch (tok().Kind) {
    case TokenKind::Newline: case TokenKind::Semi: case TokenKind::Equal:
    case TokenKind::RParen: case TokenKind::Colon:
      goto Done;
    default: {
      BinaryOp Ignored;
      if (augAssignOp(tok().Kind, Ignored))
        goto Done;
      break;
    }
    }
    Expr *E = is(TokenKind::Star) ? parseStarred() : parseExpression();
    if (!E)
      return nullptr;
    Elts.push_back(E);
  }
Done:
  return make<SequenceExpr>(NodeKind::Tuple, P, copy(Elts));
}

/// '*' bitwise_or
Expr *Parser::parseStarred() {
  SourcePos SP = pos();
  advance();
  Expr *V = parseBitOr();
  if (!V)
    return nullptr;
  return make<StarredExpr>(SP, V);
}

/// named_expression: NAME ':=' expression | expression
Expr *Parser::parseNamedExpression(bool AssignHint) {
  if (is(TokenKind::Identifier) && peekTok().is(TokenKind::ColonEqual)) {
    SourcePos P = pos();
    auto *Target = Ctx.create<NameExpr>(P, text());
    Target->Ctx = ExprContext::Store;
    advance();
    advance();
    Expr *V = parseExpression();
    if (!V)
      return nullptr;
    return make<NamedExprExpr>(P, Target, V);
  }
  const Token &Start = tok();
  Expr *E = parseExpression();
  if (!E)
    return nullptr;
  if (is(TokenKind::ColonEqual)) {
    if (!speculate([&] {
          advance();
          return parseExpression() != nullptr;
        }))
      return E;
    return errorAt(E, llvm::Twine("cannot use assignment expressions with ") +
                          describe(E));
  }
  if (!AssignHint || !is(TokenKind::Equal))
    return E;
  // CPython's invalid_named_expression: 'a = b' where a condition or an
  // element was expected, unless another '=' or ':=' follows 'b'.
  bool RHS = speculate([&] {
    advance();
    return parseBitOr() && !is(TokenKind::Equal) && !is(TokenKind::ColonEqual);
  });
  if (!RHS)
    return E;
  if (Start.is(TokenKind::Identifier) && llvm::isa<NameExpr>(E))
    return errorAt(E, "invalid syntax. Maybe you meant '==' or ':=' instead "
                      "of '='?");
  bool Display = Start.is(TokenKind::LSquare) ||
                 (Start.is(TokenKind::LParen) && llvm::isa<SequenceExpr>(E));
  if (Display || Start.is(TokenKind::kw_True) ||
      Start.is(TokenKind::kw_False) || Start.is(TokenKind::kw_None) ||
      !isBitOrLevel(E))
    return E;
  return errorAt(E, llvm::Twine("cannot assign to ") + describe(E) +
                        " here. Maybe you meant '==' instead of '='?");
}

inline Expr *Parser::parseExpression() {
  if (is(TokenKind::kw_lambda)) {
    DepthGuard G(*this);
    if (!G.OK)
      return nullptr;
    return parseLambda();
  }
  // This level and that of the operand it starts with are counted and
  // checked at once: no token is consumed between them, so either check
  // would fail at the same token with the same error.
  // Every parse routine leaves Depth as it found it, so the depth is kept
  // in a register across the calls rather than reloaded.
  unsigned D = Depth + 2;
  if (D > MaxExprDepth)
    return error(tok(), "too many nested expressions");
  Depth = D;
  // The token rather than its position is kept: it is one register, and
  // the position is needed only for a conditional expression.
  const Token &Start = tok();
  Expr *Body = parseOperandBody(PrecOr);
  if (!Body || !is(TokenKind::kw_if)) {
    Depth = D - 2;
    return Body;
  }
  Depth = D - 1;
  Expr *E = parseConditional(Body, posOf(Start));
  Depth = D - 2;
  return E;
}

/// The rest of "Body if Test else OrElse" from the 'if'.
Expr *Parser::parseConditional(Expr *Body, SourcePos P) {
  advance();
  Expr *Test = parseOperand(PrecOr);
  if (!Test)
    return nullptr;
  if (!is(TokenKind::kw_else)) {
    if (is(TokenKind::Colon))
      return invalidSyntax();
    return error(P, tok().Offset, "expected 'else' after 'if' expression");
  }
  advance();
  Expr *OrElse = parseExpression();
  if (!OrElse)
    return nullptr;
  return make<IfExpExpr>(P, Test, Body, OrElse);
}

Expr *Parser::parseLambda() {
  SourcePos P = pos();
  advance();
  Parameters Params;
  if (!parseParameters(Params, TokenKind::Colon))
    return nullptr;
  if (!expect(TokenKind::Colon))
    return nullptr;
  Expr *Body = parseExpression();
  if (!Body)
    return nullptr;
  SawFunctions = true;
  return make<LambdaExpr>(P, Params, Body);
}

static constexpr bool comparisonOp(TokenKind K, CmpOp &Op) {
  switch (K) {
  case TokenKind::EqEqual: Op = CmpOp::Eq; return true;
  case TokenKind::NotEqual: Op = CmpOp::NotEq; return true;
  case TokenKind::Less: Op = CmpOp::Lt; return true;
  case TokenKind::LessEqual: Op = CmpOp::LtE; return true;
  case TokenKind::Greater: Op = CmpOp::Gt; return true;
  case TokenKind::GreaterEqual: Op = CmpOp::GtE; return true;
  case TokenKind::kw_in: Op = CmpOp::In; return true;
  default: return false;
  }
}

/// Binding power of a left-associative binary operator token (0 if none).
static constexpr unsigned binaryPrecedence(TokenKind K, BinaryOp &Op) {
  switch (K) {
  case TokenKind::VBar: Op = BinaryOp::BitOr; return PrecBitOr;
  case TokenKind::Circumflex: Op = BinaryOp::BitXor; return PrecBitXor;
  case TokenKind::Amper: Op = BinaryOp::BitAnd; return PrecBitAnd;
  case TokenKind::LeftShift: Op = BinaryOp::LShift; return PrecShift;
  case TokenKind::RightShift: Op = BinaryOp::RShift; return PrecShift;
  case TokenKind::Plus: Op = BinaryOp::Add; return PrecArith;
  case TokenKind::Minus: Op = BinaryOp::Sub; return PrecArith;
  case TokenKind::Star: Op = BinaryOp::Mult; return PrecTerm;
  case TokenKind::Slash: Op = BinaryOp::Div; return PrecTerm;
  case TokenKind::DoubleSlash: Op = BinaryOp::FloorDiv; return PrecTerm;
  case TokenKind::Percent: Op = BinaryOp::Mod; return PrecTerm;
  case TokenKind::At: Op = BinaryOp::MatMult; return PrecTerm;
  default: return 0;
  }
}

namespace {
/// How a token continues an operand: the binding power of the operator it
/// starts (0 if it ends the operand) and, for an arithmetic or bitwise
/// operator, which one. A table lookup keeps the test for the end of an
/// operand, by far the most common outcome, to a single load.
struct InfixInfo {
  uint8_t Prec = 0;
  BinaryOp Op = BinaryOp::Add;
  /// The loosest operator the right operand may contain: '**' is
  /// right-associative and its exponent is a factor (may be unary); the
  /// other operators are left-associative.
  uint8_t RPrec = 0;
  /// A lone name or integer followed by this token is a whole operand
  /// when this is below the operand's loosest operator: Prec, except that
  /// 'not' (which may start 'not in') and trailers always continue it.
  /// Folding those exceptions in keeps endsAfterLeaf() to one comparison.
  uint8_t LeafEndPrec = 0;
};
} // namespace

/// Indexed by token kind, including NumTokenKinds, which parseModule()
/// uses to mark where lexing failed.
static constexpr auto InfixTable = [] {
  std::array<InfixInfo, size_t(TokenKind::NumTokenKinds) + 1> T{};
  for (size_t I = 0; I < size_t(TokenKind::NumTokenKinds); ++I) {
    auto K = static_cast<TokenKind>(I);
    BinaryOp Op = BinaryOp::Add;
    CmpOp COp = CmpOp::Eq;
    if (unsigned Prec = binaryPrecedence(K, Op))
      T[I] = {uint8_t(Prec), Op};
    else if (K == TokenKind::DoubleStar)
      T[I] = {PrecPower, BinaryOp::Pow};
    else if (comparisonOp(K, COp) || K == TokenKind::kw_is ||
             K == TokenKind::kw_not)
      T[I].Prec = PrecCmp;
    else if (K == TokenKind::kw_and)
      T[I].Prec = PrecAnd;
    else if (K == TokenKind::kw_or)
      T[I].Prec = PrecOr;
    bool Continues = K == TokenKind::kw_not || K == TokenKind::LParen ||
                     K == TokenKind::LSquare || K == TokenKind::Dot;
    T[I].LeafEndPrec = Continues ? UINT8_MAX : T[I].Prec;
    T[I].RPrec = T[I].Prec == PrecPower ? unsigned(PrecUnary) : T[I].Prec + 1u;
  }
  return T;
}();

/// The rest of a comparison chain "L op1 x op2 y ..." starting at P.
Expr *Parser::parseComparisonChain(Expr *L, SourcePos P) {
  SmallVector<CmpOp, 2> Ops;
  SmallVector<Expr *, 2> Comparators;
  CmpOp COp;
  while (true) {
    if (comparisonOp(tok().Kind, COp)) {
      advance();
    } else if (is(TokenKind::kw_not) && peekTok().is(TokenKind::kw_in)) {
      advance();
      advance();
      COp = CmpOp::NotIn;
    } else if (is(TokenKind::kw_is)) {
      advance();
      COp = consumeIf(TokenKind::kw_not) ? CmpOp::IsNot : CmpOp::Is;
    } else {
      break;
    }
    Expr *R = parseOperand(PrecBitOr);
    if (!R)
      return nullptr;
    Ops.push_back(COp);
    Comparators.push_back(R);
  }
  return make<CompareExpr>(P, L, copy(Ops), copy(Comparators));
}

/// The rest of "L and x and y ..." (K is kw_and) or the same with 'or'.
Expr *Parser::parseBoolChain(Expr *L, SourcePos P, TokenKind K) {
  unsigned Prec = K == TokenKind::kw_and ? PrecAnd : PrecOr;
  SmallVector<Expr *, 4> Values{L};
  while (consumeIf(K)) {
    Expr *E = parseOperand(Prec + 1);
    if (!E)
      return nullptr;
    Values.push_back(E);
  }
  return make<BoolOpExpr>(P, K == TokenKind::kw_and ? BoolOpKind::And
                                                   : BoolOpKind::Or,
                          copy(Values));
}

/// An operand that starts at \p P with a prefix operator ('not', '+', '-',
/// '~'), or with an atom other than a name or number, up to its first infix
/// operator.
Expr *Parser::parsePrefixedOperand(SourcePos P, unsigned MinPrec) {
  Expr *L;
  switch (tok().Kind) {
  case TokenKind::kw_not: {
    if (MinPrec > PrecNot)
      return invalidSyntax();
    advance();
    Expr *E = parseOperand(PrecNot);
    if (!E)
      return nullptr;
    L = make<UnaryOpExpr>(P, UnaryOp::Not, E);
    break;
  }
  case TokenKind::Plus:
  case TokenKind::Minus:
  case TokenKind::Tilde: {
    UnaryOp Op = is(TokenKind::Plus)    ? UnaryOp::UAdd
                 : is(TokenKind::Minus) ? UnaryOp::USub
                                        : UnaryOp::Invert;
    advance();
    Expr *E = parseOperand(PrecUnary);
    if (!E)
      return nullptr;
    L = make<UnaryOpExpr>(P, Op, E);
    break;
  }
  case TokenKind::kw_await:
    return unsupported(tok(), "'await' expression");
  default:
    L = parsePrimary();
    break;
  }
  return L;
}

/// Everything from 'or' down to '**' in one precedence-climbing loop: the
/// grammar's disjunction, conjunction, inversion, comparison, bitwise,
/// shift, arithmetic, term, factor and power rules. \p MinPrec is the
/// loosest operator this operand may contain. Nodes start where their
/// leftmost operand (or prefix operator) starts, as in CPython.
Expr *Parser::parseOperandBody(unsigned MinPrec) {
  SourcePos P = pos();
  // Names and numbers, the commonest operands, first; the prefix operators
  // and other atoms are parsed out of line.
  TokenKind First = tok().Kind;
  Expr *L = First == TokenKind::Identifier || First == TokenKind::Integer
                ? parsePrimary()
                : parsePrefixedOperand(P, MinPrec);

  while (L) {
    TokenKind K = tok().Kind;
    InfixInfo Info = InfixTable[size_t(K)];
    if (!Info.Prec)
      break;
    // 'not' continues an operand only as part of 'not in'.
    if (K == TokenKind::kw_not && !peekTok().is(TokenKind::kw_in))
      break;
    if (Info.Prec < MinPrec)
      return L;
    if (Info.Prec == PrecCmp) {
      L = parseComparisonChain(L, P);
      continue;
    }
    if (Info.Prec <= PrecAnd) {
      L = parseBoolChain(L, P, K);
      continue;
    }
    // make<BinOpExpr>(), except that the height of a leaf operand, which is
    // no higher than L, need not be read.
    Expr *R;
    unsigned H;
    if (endsAfterLeafAfterOp(Info.RPrec)) {
      // The operator is passed over with the leaf, which saves a store of
      // the cursor (it may not stay in a register across the allocation).
      R = parseLeafAt(Cur[1]);
      if (!R)
        return nullptr;
      H = L->getHeight() + 1;
    } else {
      skip();
      R = parseOperand(Info.RPrec);
      if (!R)
        return nullptr;
      H = std::max(L->getHeight(), R->getHeight()) + 1;
    }
    // The height goes to the constructor, which stores it with the kind.
    if (H > MaxTreeHeight)
      return error(P, 0, "too many nested expressions");
    L = Ctx.create<BinOpExpr>(P, Info.Op, L, R, H);
  }
  return L;
}

/// Whether the operand after the current token, an infix operator, is a
/// lone name or integer, the most common operand by far, that
/// parseOperand(\p MinPrec) would return as it is: no trailer and no
/// operator it may contain follows. Such an operand is then built by
/// parseLeafAt() without the recursive call. ('not' is left to
/// parseOperand, which looks past it for 'in'.)
bool Parser::endsAfterLeafAfterOp(unsigned MinPrec) const {
  // An operator is never the last token, nor is a name or number:
  // ENDMARKER, or the token where lexing failed, ends every stream.
  TokenKind K = Cur[1].Kind;
  if ((K != TokenKind::Identifier && K != TokenKind::Integer) ||
      Depth >= MaxExprDepth)
    return false;
  return InfixTable[size_t(Cur[2].Kind)].LeafEndPrec < MinPrec;
}

inline Expr *Parser::parseLeafAt(const Token &T) {
  if (T.is(TokenKind::Integer))
    return parseNumberAt(T);
  auto *N = Ctx.create<NameExpr>(posOf(T), textOf(T));
  Cur = &T + 1;
  return N;
}

/// An atom and its trailers. A trailer node starts where the atom does,
/// including the opening parenthesis of a parenthesized atom.
///
/// Names and plain integers without trailers, most operands by far, are
/// built inline; the rest of the grammar is kept out of line so that the
/// operand parser stays small.
inline Expr *Parser::parsePrimary() {
  const Token &T = tok();
  SourcePos Start = posOf(T);
  Expr *E;
  if (T.is(TokenKind::Identifier)) {
    E = Ctx.create<NameExpr>(Start, textOf(T));
    skip();
  } else if (T.is(TokenKind::Integer)) {
    E = parseNumber();
  } else {
    E = parseAtom();
    if (!E)
      return nullptr;
  }
  switch (tok().Kind) {
  case TokenKind::LParen:
  case TokenKind::LSquare:
  case TokenKind::Dot:
    return parseTrailers(E, Start);
  default:
    return E;
  }
}

Expr *Parser::parseTrailers(Expr *E, SourcePos Start) {
  while (E) {
    if (is(TokenKind::LParen)) {
      E = parseCall(E, Start);
    } else if (is(TokenKind::LSquare)) {
      E = parseSubscript(E, Start);
    } else if (is(TokenKind::Dot)) {
      advance();
      if (!is(TokenKind::Identifier))
        return invalidSyntax();
      E = make<AttributeExpr>(Start, E, text());
      advance();
    } else {
      break;
    }
  }
  return E;
}

/// Arguments of a call, with CPython's invalid_arguments and invalid_kwarg
/// diagnostics.
Expr *Parser::parseCall(Expr *Func, SourcePos Start) {
  DepthGuard G(*this);
  if (!G.OK)
    return nullptr;
  SourcePos Paren = pos();
  advance(); // '('
  SourcePos FirstArg = pos();
  SmallVector<Expr *, 4> Args;
  SmallVector<Keyword, 2> Keywords;
  bool SeenKwUnpack = false;
  // CPython reports a positional argument after a keyword one only after
  // reading all the arguments, at the token that ends them.
  const char *Misplaced = nullptr;
  size_t ElemIdx = idx(); // Start of the last expression parsed.
  while (!is(TokenKind::RParen)) {
    const Token &T = tok();
    ElemIdx = idx() + (is(TokenKind::Star) || is(TokenKind::DoubleStar));
    if (is(TokenKind::Star)) {
      // "args ',' '*'" that does not parse is reported with this wording
      // even without a '**' before it.
      if (SeenKwUnpack || ((!Args.empty() || !Keywords.empty()) &&
                           !startsExpression(peekTok().Kind)))
        return error(FirstArg, tok().Offset,
                     "iterable argument unpacking follows keyword argument "
                     "unpacking");
      advance();
      Expr *V = parseExpression();
      if (!V)
        return nullptr;
      Expr *S = make<StarredExpr>(posOf(T), V);
      if (!S)
        return nullptr;
      if (is(TokenKind::kw_for) || is(TokenKind::kw_async))
        return errorAt(S, "iterable unpacking cannot be used in "
                          "comprehension");
      Args.push_back(S);
    } else if (consumeIf(TokenKind::DoubleStar)) {
      Expr *V = parseExpression();
      if (!V)
        return nullptr;
      Keywords.push_back({posOf(T), StringRef(), V});
      SeenKwUnpack = true;
    } else if (is(TokenKind::Identifier) && peekTok().is(TokenKind::Equal)) {
      StringRef Name = text();
      advance();
      advance();
      ElemIdx = idx();
      Expr *V = parseExpression();
      if (!V)
        return nullptr;
      if (is(TokenKind::kw_for) || is(TokenKind::kw_async))
        return error(T, "invalid syntax. Maybe you meant '==' or ':=' "
                        "instead of '='?");
      for (const Keyword &K : Keywords)
        if (K.Arg == Name)
          defer(posOf(T), T.Offset, "keyword argument repeated: " + Name,
                /*Symtable=*/false);
      Keywords.push_back({posOf(T), Name, V});
    } else if ((is(TokenKind::kw_True) || is(TokenKind::kw_False) ||
                is(TokenKind::kw_None)) &&
               peekTok().is(TokenKind::Equal)) {
      return error(T, llvm::Twine("cannot assign to ") + T.text(Buf));
    } else {
      Expr *V = parseNamedExpression(/*AssignHint=*/false);
      if (!V)
        return nullptr;
      if (is(TokenKind::kw_for) || is(TokenKind::kw_async)) {
        if (!Args.empty() || !Keywords.empty())
          return errorAt(V, "Generator expression must be parenthesized");
        // The sole argument: a generator expression without parentheses
        // of its own, which start at the call's.
        Expr *Gen =
            parseComprehension(NodeKind::GeneratorExp, Paren, V, nullptr);
        if (!Gen)
          return nullptr;
        if (!is(TokenKind::RParen))
          return errorAt(V, "Generator expression must be parenthesized");
        advance();
        Args.push_back(Gen);
        return make<CallExpr>(Start, Func, copy(Args), copy(Keywords));
      }
      if (is(TokenKind::Equal))
        return errorAt(V, "expression cannot contain assignment, perhaps you "
                          "meant \"==\"?");
      if (!Keywords.empty() && !Misplaced)
        Misplaced = SeenKwUnpack ? "positional argument follows keyword "
                                   "argument unpacking"
                                 : "positional argument follows keyword "
                                   "argument";
      Args.push_back(V);
    }
    if (!consumeIf(TokenKind::Comma))
      break;
    // Nothing valid follows: CPython blames the misplaced argument.
    if (Misplaced && !startsExpression(tok().Kind) && !is(TokenKind::Star) &&
        !is(TokenKind::DoubleStar))
      break;
  }
  if (Misplaced)
    return error(tok(), Misplaced);
  if (!is(TokenKind::RParen))
    return expectedComma(ElemIdx);
  advance();
  return make<CallExpr>(Start, Func, copy(Args), copy(Keywords));
}

Expr *Parser::parseSliceItem() {
  SourcePos P = pos();
  Expr *Lower = nullptr, *Upper = nullptr, *Step = nullptr;
  if (!is(TokenKind::Colon)) {
    if (is(TokenKind::Star)) {
      advance();
      Expr *V = parseBitOr();
      return V ? make<StarredExpr>(P, V) : nullptr;
    }
    Lower = parseNamedExpression();
    if (!Lower || !is(TokenKind::Colon))
      return Lower;
  }
  advance(); // ':'
  if (!is(TokenKind::Colon) && !is(TokenKind::RSquare) &&
      !is(TokenKind::Comma) && !(Upper = parseExpression()))
    return nullptr;
  if (consumeIf(TokenKind::Colon) && !is(TokenKind::RSquare) &&
      !is(TokenKind::Comma) && !(Step = parseExpression()))
    return nullptr;
  return make<SliceExpr>(P, Lower, Upper, Step);
}

Expr *Parser::parseSubscript(Expr *Value, SourcePos Start) {
  DepthGuard G(*this);
  if (!G.OK)
    return nullptr;
  advance(); // '['
  SourcePos P = pos(); // A tuple of indices starts at its first element.
  Expr *First = parseSliceItem();
  if (!First)
    return nullptr;
  Expr *Index = First;
  // 'a[*b]' indexes with the tuple '(*b,)'.
  if (is(TokenKind::Comma) || llvm::isa<StarredExpr>(First)) {
    SmallVector<Expr *, 4> Elts{First};
    while (consumeIf(TokenKind::Comma) && !is(TokenKind::RSquare)) {
      Expr *E = parseSliceItem();
      if (!E)
        return nullptr;
      Elts.push_back(E);
    }
    Index = make<SequenceExpr>(NodeKind::Tuple, P, copy(Elts));
  }
  if (!expect(TokenKind::RSquare))
    return nullptr;
  return make<SubscriptExpr>(Start, Value, Index);
}

Expr *Parser::parseAtom() {
  const Token &T = tok();
  SourcePos P = pos();
  switch (T.Kind) {
  case TokenKind::Identifier:
    advance();
    return Ctx.create<NameExpr>(P, T.text(Buf));
  case TokenKind::Integer:
  case TokenKind::Float:
  case TokenKind::Imaginary:
    return parseNumber();
  case TokenKind::String:
    return parseStrings();
  case TokenKind::kw_True:
    advance();
    return Ctx.create<ConstantExpr>(P, ConstantExpr::True);
  case TokenKind::kw_False:
    advance();
    return Ctx.create<ConstantExpr>(P, ConstantExpr::False);
  case TokenKind::kw_None:
    advance();
    return Ctx.create<ConstantExpr>(P, ConstantExpr::None);
  case TokenKind::Ellipsis:
    advance();
    return Ctx.create<ConstantExpr>(P, ConstantExpr::Ellipsis);
  case TokenKind::LParen:
    return parseParenthesized();
  case TokenKind::LSquare:
    return parseListDisplay();
  case TokenKind::LBrace:
    return parseBraceDisplay();
  case TokenKind::kw_yield:
    return unsupported(T, "'yield' expression");
  default:
    return invalidSyntax();
  }
}

/// star_named_expression: '*' bitwise_or | named_expression.
Expr *Parser::parseStarNamedExpression() {
  if (!is(TokenKind::Star))
    return parseNamedExpression();
  return parseStarred();
}

Expr *Parser::parseParenthesized() {
  DepthGuard G(*this);
  if (!G.OK)
    return nullptr;
  SourcePos P = pos();
  advance(); // '('
  if (consumeIf(TokenKind::RParen))
    return make<SequenceExpr>(NodeKind::Tuple, P, ExprList());
  if (is(TokenKind::kw_yield))
    return unsupported(tok(), "'yield' expression");
  SmallVector<Expr *, 4> Elts;
  bool SawComma = false;
  size_t ElemIdx;
  while (true) {
    ElemIdx = idx();
    Expr *E = parseStarNamedExpression();
    if (!E)
      return nullptr;
    if ((is(TokenKind::kw_for) || is(TokenKind::kw_async)) && Elts.empty())
      return finishComprehension(NodeKind::GeneratorExp, P, E, nullptr,
                                 TokenKind::RParen);
    Elts.push_back(E);
    if (!consumeIf(TokenKind::Comma))
      break;
    SawComma = true;
    if (is(TokenKind::RParen))
      break;
  }
  if (!is(TokenKind::RParen))
    return expectedComma(ElemIdx);
  advance();
  if (!SawComma) {
    if (llvm::isa<StarredExpr>(Elts[0]))
      return errorAt(Elts[0], "cannot use starred expression here");
    return Elts[0];
  }
  return make<SequenceExpr>(NodeKind::Tuple, P, copy(Elts));
}

/// The rest of a comprehension whose element \p Elt was just parsed, up to
/// and including its closing bracket \p Close.
Expr *Parser::finishComprehension(NodeKind K, SourcePos P, Expr *Elt,
                                  Expr *Value, TokenKind Close) {
  if (llvm::isa<StarredExpr>(Elt))
    return errorAt(Elt, "iterable unpacking cannot be used in comprehension");
  Expr *E = parseComprehension(K, P, Elt, Value);
  if (!E)
    return nullptr;
  if (!consumeIf(Close))
    return invalidSyntax();
  return E;
}

Expr *Parser::parseListDisplay() {
  DepthGuard G(*this);
  if (!G.OK)
    return nullptr;
  SourcePos P = pos();
  advance(); // '['
  SmallVector<Expr *, 4> Elts;
  size_t ElemIdx = idx();
  while (!is(TokenKind::RSquare)) {
    if (is(TokenKind::kw_for) && !Elts.empty())
      return errorAt(Elts[0], "did you forget parentheses around the "
                              "comprehension target?");
    ElemIdx = idx();
    Expr *E = parseStarNamedExpression();
    if (!E)
      return nullptr;
    if (is(TokenKind::kw_for) || is(TokenKind::kw_async)) {
      if (Elts.empty())
        return finishComprehension(NodeKind::ListComp, P, E, nullptr,
                                   TokenKind::RSquare);
      return errorAt(Elts[0], "did you forget parentheses around the "
                              "comprehension target?");
    }
    Elts.push_back(E);
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  if (!is(TokenKind::RSquare))
    return expectedComma(ElemIdx);
  advance();
  return make<SequenceExpr>(NodeKind::List, P, copy(Elts));
}

/// A set or dict display, with CPython's invalid_double_starred_kvpairs and
/// invalid_kvpair diagnostics.
Expr *Parser::parseBraceDisplay() {
  DepthGuard G(*this);
  if (!G.OK)
    return nullptr;
  SourcePos P = pos();
  advance(); // '{'
  SmallVector<Expr *, 4> Keys, Values;
  bool IsSet = false, IsDict = false;
  size_t ElemIdx = idx(); // Start of the last expression parsed.
  while (!is(TokenKind::RBrace)) {
    if (is(TokenKind::DoubleStar)) {
      if (IsSet)
        return invalidSyntax();
      const Token &Stars = tok();
      advance();
      IsDict = true;
      ElemIdx = idx();
      Expr *V = parseBitOr();
      if (!V)
        return nullptr;
      if (is(TokenKind::kw_for) || is(TokenKind::kw_async))
        return error(Stars,
                     "dict unpacking cannot be used in dict comprehension");
      Keys.push_back(nullptr);
      Values.push_back(V);
    } else {
      ElemIdx = idx();
      Expr *K = parseStarNamedExpression();
      if (!K)
        return nullptr;
      if (is(TokenKind::Colon)) {
        if (IsSet || llvm::isa<StarredExpr>(K))
          return invalidSyntax();
        const Token &Colon = tok();
        advance();
        IsDict = true;
        if (is(TokenKind::Star))
          return error(tok(), "cannot use a starred expression in a "
                              "dictionary value");
        if (is(TokenKind::RBrace) || is(TokenKind::Comma))
          return error(Colon,
                       "expression expected after dictionary key and ':'");
        ElemIdx = idx();
        Expr *V = parseExpression();
        if (!V)
          return nullptr;
        Keys.push_back(K);
        Values.push_back(V);
      } else if (IsDict) {
        // At the key's last character, as CPython puts it.
        const Token &Last = Cur[-1];
        return error(SourcePos{Last.Line, Last.Col + Last.Length - 1},
                     Last.Offset + Last.Length - 1,
                     "':' expected after dictionary key");
      } else {
        IsSet = true;
        Keys.push_back(K);
      }
      if (is(TokenKind::kw_for) || is(TokenKind::kw_async)) {
        if (Keys.size() > 1)
          return errorAt(Keys[0], "did you forget parentheses around the "
                                  "comprehension target?");
        return IsDict ? finishComprehension(NodeKind::DictComp, P, Keys[0],
                                            Values[0], TokenKind::RBrace)
                      : finishComprehension(NodeKind::SetComp, P, Keys[0],
                                            nullptr, TokenKind::RBrace);
      }
    }
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  if (!is(TokenKind::RBrace))
    return expectedComma(ElemIdx);
  advance();
  if (IsSet)
    return make<SequenceExpr>(NodeKind::Set, P, copy(Keys));
  return make<DictExpr>(P, copy(Keys), copy(Values));
}

/// Plain decimal integers that certainly fit in int64 are converted here,
/// small enough to inline; every other number goes to parseOtherNumber().
inline Expr *Parser::parseNumberAt(const Token &T) {
  StringRef Text = textOf(T);
  if (T.Kind == TokenKind::Integer && Text.size() <= 18) {
    // An integer token starts with a digit ('0' for "0x..."), so a
    // one-digit literal, the commonest, takes no loop.
    assert(!Text.empty() && llvm::isDigit(Text[0]) &&
           "integer without a digit");
    const char *Ch = Text.begin();
    int64_t V = static_cast<unsigned char>(*Ch) - unsigned('0');
    while (++Ch != Text.end()) {
      unsigned D = static_cast<unsigned char>(*Ch) - unsigned('0');
      if (D > 9)
        break;
      V = V * 10 + D;
    }
    if (Ch == Text.end()) {
      auto *C = Ctx.create<ConstantExpr>(posOf(T), ConstantExpr::Int);
      C->IntVal = V;
      C->Text = Text;
      Cur = &T + 1;
      return C;
    }
  }
  Cur = &T;
  return parseOtherNumber();
}

Expr *Parser::parseOtherNumber() {
  const Token &T = tok();
  SourcePos P = pos();
  advance();
  StringRef Text = T.text(Buf);
  SmallVector<char, 32> Clean;
  for (char C : Text)
    if (C != '_')
      Clean.push_back(C);
  Clean.push_back('\0');
  StringRef Digits(Clean.data(), Clean.size() - 1);

  if (T.Kind == TokenKind::Imaginary) {
    auto *C = Ctx.create<ConstantExpr>(P, ConstantExpr::Imaginary);
    C->Text = Ctx.copyString(Text);
    C->FloatVal = std::strtod(Clean.data(), nullptr);
    return C;
  }
  if (T.Kind == TokenKind::Float) {
    auto *C = Ctx.create<ConstantExpr>(P, ConstantExpr::Float);
    C->FloatVal = std::strtod(Clean.data(), nullptr);
    C->Text = Ctx.copyString(Text);
    return C;
  }
  auto *C = Ctx.create<ConstantExpr>(P, ConstantExpr::Int);
  C->Text = Ctx.copyString(Digits);
  unsigned Radix = 10;
  if (Digits.size() > 1 && Digits[0] == '0' && llvm::isAlpha(Digits[1])) {
    char B = Digits[1] | 0x20;
    Radix = B == 'x' ? 16 : B == 'o' ? 8 : 2;
    Digits = Digits.drop_front(2);
  }
  uint64_t V = 0;
  for (char Ch : Digits) {
    unsigned D = llvm::hexDigitValue(Ch);
    if (__builtin_mul_overflow(V, Radix, &V) ||
        __builtin_add_overflow(V, D, &V) || V > uint64_t(INT64_MAX)) {
      C->IsBigInt = true;
      return C;
    }
  }
  C->IntVal = static_cast<int64_t>(V);
  return C;
}

/// Decode string token \p T onto \p Out. Errors are reported at \p After,
/// the token after the literal's last piece, as CPython does, with the
/// positions CPython's decoder gives: offsets into the literal's body in
/// which every non-ASCII character counts 10 (it is first rewritten as a
/// \U escape).
bool Parser::decodeString(const Token &T, const Token &After, std::string &Out,
                          bool &IsBytes) {
  StringRef Text = T.text(Buf);
  size_t Q = Text.find_first_of("'\"");
  StringRef Prefix = Text.take_front(Q);
  bool Raw = Prefix.find_insensitive("r") != StringRef::npos;
  IsBytes = Prefix.find_insensitive("b") != StringRef::npos;
  StringRef Body = Text.drop_front(Q);
  size_t QLen = Body.size() >= 6 && Body[0] == Body[1] && Body[1] == Body[2]
                    ? 3
                    : 1;
  Body = Body.drop_front(QLen).drop_back(QLen);
  return decodeBody(T, After, Body, Raw, IsBytes, Out);
}

/// Decode the body \p Body of string token \p T (or a literal piece of an
/// f-string's body) onto \p Out; errors as for decodeString().
bool Parser::decodeBody(const Token &T, const Token &After, StringRef Body,
                        bool Raw, bool IsBytes, std::string &Out) {

  auto DecoderPos = [&](size_t I) {
    size_t P = 0;
    for (size_t K = 0; K < I; ++K) {
      unsigned char C = static_cast<unsigned char>(Body[K]);
      P += C < 0x80 ? 1 : C >= 0xC0 ? 10 : 0;
    }
    return P;
  };
  // An escape from the backslash at \p Slash up to, not including, \p Stop.
  auto BadEscape = [&](size_t Slash, size_t Stop, const llvm::Twine &Why) {
    size_t P = DecoderPos(Slash);
    error(After, "(unicode error) 'unicodeescape' codec can't decode bytes "
                 "in position " +
                     llvm::Twine(P) + "-" + llvm::Twine(P + Stop - Slash - 1) +
                     ": " + Why);
    return false;
  };

  for (size_t I = 0; I < Body.size(); ++I) {
    char C = Body[I];
    if (C == '\r') { // Newlines are read as '\n', as CPython reads files.
      Out.push_back('\n');
      if (I + 1 < Body.size() && Body[I + 1] == '\n')
        ++I;
      continue;
    }
    if (IsBytes && static_cast<unsigned char>(C) >= 0x80) {
      error(After, "bytes can only contain ASCII literal characters");
      return false;
    }
    if (C != '\\' || Raw) {
      Out.push_back(C);
      continue;
    }
    size_t Slash = I;
    if (++I >= Body.size()) {
      Out.push_back('\\');
      break;
    }
    char E = Body[I];
    // \xXX, \uXXXX, \UXXXXXXXX with I at the letter.
    auto HexEscape = [&](unsigned N, const char *Kind) -> bool {
      uint32_t V = 0;
      unsigned K = 0;
      for (; K < N && I + 1 + K < Body.size() &&
             llvm::isHexDigit(Body[I + 1 + K]);
           ++K)
        V = V * 16 + llvm::hexDigitValue(Body[I + 1 + K]);
      if (K < N) {
        if (IsBytes)
          return error(After, "(value error) invalid \\x escape at position " +
                                  llvm::Twine(Slash)),
                 false;
        return BadEscape(Slash, I + 1 + K,
                         llvm::Twine("truncated ") + Kind + " escape");
      }
      I += N;
      if (IsBytes) {
        Out.push_back(static_cast<char>(V));
        return true;
      }
      if (V > 0x10FFFF)
        return BadEscape(Slash, I + 1, "illegal Unicode character");
      appendUTF8(V, Out);
      return true;
    };
    switch (E) {
    case '\n': break;
    case '\r':
      if (I + 1 < Body.size() && Body[I + 1] == '\n')
        ++I;
      break;
    case '\\': Out.push_back('\\'); break;
    case '\'': Out.push_back('\''); break;
    case '"': Out.push_back('"'); break;
    case 'a': Out.push_back('\a'); break;
    case 'b': Out.push_back('\b'); break;
    case 'f': Out.push_back('\f'); break;
    case 'n': Out.push_back('\n'); break;
    case 'r': Out.push_back('\r'); break;
    case 't': Out.push_back('\t'); break;
    case 'v': Out.push_back('\v'); break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6':
    case '7': {
      uint32_t V = E - '0';
      for (unsigned K = 0; K < 2 && I + 1 < Body.size() && Body[I + 1] >= '0' &&
                           Body[I + 1] <= '7';
           ++K)
        V = V * 8 + (Body[++I] - '0');
      if (IsBytes)
        Out.push_back(static_cast<char>(V & 0xFF));
      else
        appendUTF8(V, Out);
      break;
    }
    case 'x':
      if (!HexEscape(2, "\\xXX"))
        return false;
      break;
    case 'u':
    case 'U':
      if (IsBytes) {
        Out.push_back('\\');
        Out.push_back(E);
        break;
      }
      if (!HexEscape(E == 'u' ? 4 : 8, E == 'u' ? "\\uXXXX" : "\\UXXXXXXXX"))
        return false;
      break;
    case 'N': {
      if (IsBytes) {
        Out.append("\\N");
        break;
      }
      size_t Close = I + 1 < Body.size() && Body[I + 1] == '{'
                         ? Body.find('}', I + 2)
                         : StringRef::npos;
      if (Close == StringRef::npos || Close == I + 2) {
        size_t Stop = I + 1 >= Body.size() || Body[I + 1] != '{' ? I + 1
                      : Close == StringRef::npos                 ? Body.size()
                                                                 : Close;
        return BadEscape(Slash, Stop, "malformed \\N character escape");
      }
      uint32_t CP;
      if (!charinfo::lookupCharacterName(Body.slice(I + 2, Close), CP)) {
        size_t P = DecoderPos(Slash);
        error(After, "(unicode error) 'unicodeescape' codec can't decode "
                     "bytes in position " +
                         llvm::Twine(P) + "-" +
                         llvm::Twine(DecoderPos(Close + 1) - 1) +
                         ": unknown Unicode character name");
        return false;
      }
      appendUTF8(CP, Out);
      I = Close;
      break;
    }
    default:
      // Unknown escapes keep their backslash.
      Out.push_back('\\');
      Out.push_back(E);
      break;
    }
  }
  return true;
}

Expr *Parser::parseStrings() {
  SourcePos P = pos();
  std::string Value;
  bool AnyBytes = false, AnyStr = false, AnyF = false;
  SmallVector<Expr *, 8> Parts;
  size_t End = idx();
  while (Toks[End].is(TokenKind::String))
    ++End;
  while (is(TokenKind::String)) {
    StringRef Text = text();
    if (Text.take_front(Text.find_first_of("'\"")).find_insensitive("f") !=
        StringRef::npos) {
      if (!parseFString(tok(), Toks[End], P, Value, Parts))
        return nullptr;
      AnyF = AnyStr = true;
      advance();
      continue;
    }
    bool IsBytes;
    if (!decodeString(tok(), Toks[End], Value, IsBytes))
      return nullptr;
    (IsBytes ? AnyBytes : AnyStr) = true;
    advance();
  }
  // CPython reports this at the token after the strings.
  if (AnyBytes && AnyStr)
    return error(tok(), "cannot mix bytes and nonbytes literals");
  if (AnyF) {
    flushLiteral(P, Value, Parts);
    return make<JoinedStrExpr>(P, copy(Parts));
  }
  auto *C = Ctx.create<ConstantExpr>(P, AnyBytes ? ConstantExpr::Bytes
                                                 : ConstantExpr::Str);
  C->Text = Ctx.copyString(Value);
  return C;
}

//===----------------------------------------------------------------------===//
// f-strings
//===----------------------------------------------------------------------===//

void Parser::flushLiteral(SourcePos P, std::string &Pending,
                          SmallVectorImpl<Expr *> &Parts) {
  if (Pending.empty())
    return;
  auto *C = Ctx.create<ConstantExpr>(P, ConstantExpr::Str);
  C->Text = Ctx.copyString(Pending);
  Parts.push_back(C);
  Pending.clear();
}

/// CPython 3.11 reports the errors it finds scanning an f-string just past
/// the end of the string token.
std::nullptr_t Parser::fstringError(const FStringState &F,
                                    const llvm::Twine &Msg) {
  StringRef Text = F.T.text(Buf);
  uint32_t Line = F.T.Line, Col = F.T.Col + F.T.Length;
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '\n' ||
        (Text[I] == '\r' && (I + 1 == Text.size() || Text[I + 1] != '\n'))) {
      ++Line;
      Col = uint32_t(Text.size() - I);
    }
  }
  return error(SourcePos{Line, Col}, uint32_t(F.T.Offset + F.T.Length), Msg);
}

bool Parser::parseFString(const Token &T, const Token &After, SourcePos StrPos,
                          std::string &Pending,
                          SmallVectorImpl<Expr *> &Parts) {
  StringRef Text = T.text(Buf);
  size_t Q = Text.find_first_of("'\"");
  bool Raw = Text.take_front(Q).find_insensitive("r") != StringRef::npos;
  StringRef Body = Text.drop_front(Q);
  size_t QLen =
      Body.size() >= 6 && Body[0] == Body[1] && Body[1] == Body[2] ? 3 : 1;
  Body = Body.drop_front(QLen).drop_back(QLen);
  FStringState F{T, After, Body, T.Offset + Q + QLen, Raw, StrPos};
  if (!parseFStringParts(F, 0, Pending, Parts))
    return false;
  // Only a nested spec stops at a '}'; at the top a single one is an error
  // reported by the literal scan.
  return true;
}

/// Literals and replacement fields up to the end of the body or, in a
/// format spec (Level > 0), up to the '}' that closes it.
bool Parser::parseFStringParts(FStringState &F, unsigned Level,
                               std::string &Pending,
                               SmallVectorImpl<Expr *> &Parts) {
  StringRef B = F.Body;
  while (F.Pos < B.size()) {
    size_t Start = F.Pos, LitEnd;
    bool Doubled = false;
    char Ch = 0;
    while (true) {
      if (F.Pos >= B.size()) {
        LitEnd = F.Pos;
        Ch = 0;
        break;
      }
      Ch = B[F.Pos++];
      if (!F.Raw && Ch == '\\' && F.Pos < B.size()) {
        Ch = B[F.Pos++];
        if (Ch == 'N' && F.Pos < B.size() && B[F.Pos] == '{') {
          size_t Close = B.find('}', F.Pos);
          F.Pos = Close == StringRef::npos ? B.size() : Close + 1;
          continue;
        }
      }
      if (Ch == '{' || Ch == '}') {
        if (Level == 0) {
          if (F.Pos < B.size() && B[F.Pos] == Ch) {
            // A doubled brace: the literal keeps one.
            LitEnd = F.Pos;
            ++F.Pos;
            Doubled = true;
            break;
          }
          if (Ch == '}')
            return fstringError(F, "f-string: single '}' is not allowed"),
                   false;
        }
        --F.Pos;
        LitEnd = F.Pos;
        break;
      }
    }
    if (LitEnd > Start && !decodeBody(F.T, F.After, B.slice(Start, LitEnd),
                                      F.Raw, false, Pending))
      return false;
    if (Doubled)
      continue;
    if (F.Pos >= B.size() || B[F.Pos] == '}')
      return true;
    // A '{' opens a replacement field.
    if (!parseFStringField(F, Level, Pending, Parts))
      return false;
  }
  return true;
}

bool Parser::parseFStringField(FStringState &F, unsigned Level,
                               std::string &Pending,
                               SmallVectorImpl<Expr *> &Parts) {
  StringRef B = F.Body;
  if (Level >= 2)
    return fstringError(F, "f-string: expressions nested too deeply"), false;
  ++F.Pos; // '{'
  size_t ExprStart = F.Pos;
  char Quote = 0;
  unsigned StringType = 0;
  SmallVector<char, 8> Parens;
  for (; F.Pos < B.size(); ++F.Pos) {
    char Ch = B[F.Pos];
    if (Ch == '\\')
      return fstringError(F, "f-string expression part cannot include a "
                             "backslash"),
             false;
    if (Quote) {
      if (Ch == Quote) {
        if (StringType == 3) {
          if (F.Pos + 2 < B.size() && B[F.Pos + 1] == Ch &&
              B[F.Pos + 2] == Ch) {
            F.Pos += 2;
            StringType = 0;
            Quote = 0;
          }
        } else {
          StringType = 0;
          Quote = 0;
        }
      }
      continue;
    }
    if (Ch == '\'' || Ch == '"') {
      if (F.Pos + 2 < B.size() && B[F.Pos + 1] == Ch && B[F.Pos + 2] == Ch) {
        StringType = 3;
        F.Pos += 2;
      } else {
        StringType = 1;
      }
      Quote = Ch;
      continue;
    }
    if (Ch == '[' || Ch == '{' || Ch == '(') {
      if (Parens.size() >= 200)
        return fstringError(F, "f-string: too many nested parenthesis"), false;
      Parens.push_back(Ch);
      continue;
    }
    if (Ch == '#')
      return fstringError(F, "f-string expression part cannot include '#'"),
             false;
    if (Parens.empty() && (Ch == '!' || Ch == ':' || Ch == '}' || Ch == '=' ||
                           Ch == '>' || Ch == '<')) {
      if (F.Pos + 1 < B.size()) {
        char Next = B[F.Pos + 1];
        if (Next == '=' && (Ch == '!' || Ch == '=' || Ch == '<' || Ch == '>')) {
          ++F.Pos;
          continue;
        }
      }
      if (Ch == '>' || Ch == '<')
        continue;
      break;
    }
    if (Ch == ']' || Ch == '}' || Ch == ')') {
      if (Parens.empty())
        return fstringError(F, llvm::Twine("f-string: unmatched '") +
                                   llvm::Twine(Ch) + "'"),
               false;
      char Open = Parens.pop_back_val();
      if (!((Open == '(' && Ch == ')') || (Open == '[' && Ch == ']') ||
            (Open == '{' && Ch == '}')))
        return fstringError(F, llvm::Twine("f-string: closing parenthesis '") +
                                   llvm::Twine(Ch) +
                                   "' does not match opening parenthesis '" +
                                   llvm::Twine(Open) + "'"),
               false;
    }
  }
  size_t ExprEnd = F.Pos;
  if (Quote)
    return fstringError(F, "f-string: unterminated string"), false;
  if (!Parens.empty())
    return fstringError(F, llvm::Twine("f-string: unmatched '") +
                               llvm::Twine(Parens.back()) + "'"),
           false;
  if (F.Pos >= B.size())
    return fstringError(F, "f-string: expecting '}'"), false;
  Expr *Value = parseFStringExpr(F, ExprStart, ExprEnd);
  if (!Value)
    return false;
  // '=' shows the expression's text (and the spaces after the '=').
  StringRef ExprText;
  if (B[F.Pos] == '=') {
    ++F.Pos;
    while (F.Pos < B.size() && llvm::isSpace(B[F.Pos]))
      ++F.Pos;
    if (F.Pos >= B.size())
      return fstringError(F, "f-string: expecting '}'"), false;
    ExprText = B.slice(ExprStart, F.Pos);
  }
  int Conversion = -1;
  if (B[F.Pos] == '!') {
    ++F.Pos;
    if (F.Pos >= B.size())
      return fstringError(F, "f-string: expecting '}'"), false;
    Conversion = static_cast<unsigned char>(B[F.Pos++]);
    if (Conversion != 's' && Conversion != 'r' && Conversion != 'a')
      return fstringError(F, "f-string: invalid conversion character: "
                             "expected 's', 'r', or 'a'"),
             false;
  }
  JoinedStrExpr *Spec = nullptr;
  if (F.Pos < B.size() && B[F.Pos] == ':') {
    ++F.Pos;
    if (F.Pos >= B.size())
      return fstringError(F, "f-string: expecting '}'"), false;
    std::string SpecPending;
    SmallVector<Expr *, 4> SpecParts;
    if (!parseFStringParts(F, Level + 1, SpecPending, SpecParts))
      return false;
    flushLiteral(F.StrPos, SpecPending, SpecParts);
    Spec = make<JoinedStrExpr>(F.StrPos, copy(SpecParts));
    if (!Spec)
      return false;
  }
  if (F.Pos >= B.size() || B[F.Pos] != '}')
    return fstringError(F, "f-string: expecting '}'"), false;
  ++F.Pos;
  if (!ExprText.empty()) {
    Pending += ExprText;
    if (!Spec && Conversion == -1)
      Conversion = 'r';
  }
  flushLiteral(F.StrPos, Pending, Parts);
  Expr *FV = make<FormattedValueExpr>(F.StrPos, Value, Conversion, Spec);
  if (!FV)
    return false;
  Parts.push_back(FV);
  return true;
}

/// Lexes and parses the expression at [Start, End) of the body, wrapped in
/// parentheses as CPython does, with its tokens placed where they are in
/// the file. Errors in it are prefixed with "f-string: ".
Expr *Parser::parseFStringExpr(FStringState &F, size_t Start, size_t End) {
  StringRef Text = F.Body.slice(Start, End);
  if (Text.find_first_not_of(" \t\n\r\f\v") == StringRef::npos)
    return fstringError(F, "f-string: empty expression not allowed");
  size_t Abs = F.BodyOffset + Start; // Offset of the text in Buf.
  // The text's line and column in the file.
  uint32_t StartLine = F.T.Line, StartCol = F.T.Col;
  for (size_t I = F.T.Offset; I < Abs; ++I) {
    char C = Buf[I];
    if (C == '\n' || (C == '\r' && Buf[I + 1] != '\n')) {
      ++StartLine;
      StartCol = 1;
    } else {
      ++StartCol;
    }
  }
  auto MapPos = [&](uint32_t Line, uint32_t Col) {
    if (Line <= 1)
      return SourcePos{StartLine, StartCol + Col - std::min(Col, 2u)};
    return SourcePos{StartLine + Line - 1, Col};
  };
  StringRef Sub = Ctx.copyString(("(" + Text + ")").str());
  // Lexer errors have positions in Sub; the parser's come from tokens
  // already moved to their place in the file.
  auto Fail = [&](Error E, bool Map) -> std::nullptr_t {
    llvm::handleAllErrors(std::move(E), [&](const SyntaxError &SE) {
      SourcePos P = Map ? MapPos(SE.Line, SE.Col) : SourcePos{SE.Line, SE.Col};
      uint32_t Off = uint32_t(
          Abs + std::min<size_t>(SE.Offset ? SE.Offset - 1 : 0, Text.size()));
      // CPython prefixes the parser's messages, not the tokenizer's.
      error(P, Off, (Map ? "" : "f-string: ") + SE.Msg, SE.ExcType);
    });
    return nullptr;
  };
  TokenBuffer TB;
  if (Error E = lex(Sub, TB))
    return Fail(std::move(E), true);
  for (size_t I = 0; I < TB.size(); ++I) {
    SourcePos P = MapPos(TB[I].Line, TB[I].Col);
    TB[I].Line = P.Line;
    TB[I].Col = P.Col;
  }
  Parser Sub2(Sub, TB, Ctx);
  Sub2.Depth = Depth;
  Expr *E = Sub2.parseFStringInput();
  if (!E)
    return Fail(Sub2.takeSyntaxError(), false);
  llvm::consumeError(Sub2.takeSyntaxError());
  // What the compiler needs to know about the whole module.
  SawFunctions |= Sub2.SawFunctions;
  return E;
}

Expr *Parser::parseFStringInput() {
  Expr *E = parseStarExpressions();
  if (!E)
    return nullptr;
  consumeIf(TokenKind::Newline);
  if (!is(TokenKind::EndOfFile))
    return invalidSyntax();
  return E;
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

Expected<ModuleStmt *> pyr::parseTokens(StringRef Buffer,
                                        llvm::ArrayRef<Token> Toks,
                                        ASTContext &Ctx) {
  if (Toks.empty() || Toks.back().Kind != TokenKind::EndOfFile)
    return makeSyntaxError("token stream does not end with ENDMARKER", 0, 1,
                           1);
  return Parser(Buffer, Toks, Ctx).parseFile();
}

namespace {
/// How CPython ranks a tokenizer error against a parser error. Its
/// tokenizer runs as the parser asks for tokens, and after a parse error it
/// tokenizes the rest of the file looking for errors that it raises right
/// away; others it only reports if the parser gets to them.
enum class LexErrorKind {
  Eager,    ///< Raised when met, even after a parse error (strings, numbers,
            ///< characters, brackets that do not match).
  Lazy,     ///< Only if the parser reaches it (indentation, tabs, '\').
  Unclosed, ///< "'(' was never closed": if the parser reaches the end, or
            ///< its error is on a later line than the bracket.
  BadChar,  ///< A character that starts no token: the parser's to reject.
};
} // namespace

static LexErrorKind classifyLexError(const SyntaxError &E) {
  StringRef Msg = E.Msg, Type = E.ExcType;
  if (Msg.endswith("was never closed"))
    return LexErrorKind::Unclosed;
  if (Msg == "invalid syntax")
    return LexErrorKind::BadChar;
  if (Type != "SyntaxError" ||
      Msg.startswith("unexpected character after line continuation") ||
      Msg.startswith("unexpected EOF while parsing"))
    return LexErrorKind::Lazy;
  return LexErrorKind::Eager;
}

/// What parseModule() returns when lexing \p Buffer failed with \p LexErr:
/// that error, or the parser's if CPython's parser would fail first.
static LLVM_ATTRIBUTE_NOINLINE Expected<ModuleStmt *>
parseAfterLexError(StringRef Buffer, ASTContext &Ctx, TokenBuffer &Scratch,
                   Error LexErr) {
  std::unique_ptr<SyntaxError> LE;
  if (Error Other = llvm::handleErrors(
          std::move(LexErr),
          [&](std::unique_ptr<SyntaxError> P) { LE = std::move(P); }))
    return Other;
  LexErrorKind Kind = classifyLexError(*LE);

  // Parse the tokens before the failure, ended by a token no rule accepts,
  // to see whether the parser fails first.
  Scratch.push_back(
      Token{TokenKind::NumTokenKinds, LE->Offset, 0, LE->Line, LE->Col});
  size_t End = Scratch.size() - 1;
  Parser P(Buffer, Scratch, Ctx);
  Expected<ModuleStmt *> M = P.parseFile();
  if (M) // Cannot happen: nothing accepts the last token.
    return Error(std::move(LE));
  Error PE = M.takeError();
  if (Kind == LexErrorKind::BadChar)
    return PE;
  size_t Furthest = std::min(P.getMaxIdx(), End);
  if (Kind == LexErrorKind::Eager) {
    // Only a stray indent is reported before the full-file check.
    bool Indent = false;
    llvm::handleAllErrors(std::move(PE), [&](std::unique_ptr<SyntaxError> S) {
      Indent = Furthest < End && S->Msg == "unexpected indent";
      if (Indent)
        PE = Error(std::move(S));
    });
    return Indent ? std::move(PE) : Error(std::move(LE));
  }
  if (Furthest == End ||
      (Kind == LexErrorKind::Unclosed && Scratch[Furthest].Line > LE->Line)) {
    llvm::consumeError(std::move(PE));
    return Error(std::move(LE));
  }
  return PE;
}

Expected<ModuleStmt *> pyr::parseModule(StringRef Buffer, ASTContext &Ctx,
                                        TokenBuffer &Scratch) {
  // The error is scoped to the test, so that a successful parse does not
  // check it again to destroy it.
  // The lexer's loop is inlined: for a short module, a call of its own
  // costs more than its work.
  if (Error LexErr = lexer::lexBuffer(Buffer, Scratch))
    return parseAfterLexError(Buffer, Ctx, Scratch, std::move(LexErr));
  // A successful lex() ends the stream with ENDMARKER, which parseTokens()
  // would check again; parsing here also saves a call for every module.
  return Parser(Buffer, Scratch.begin(), Scratch.end(), Ctx).parseFile();
}
