//===- Parser.cpp - Python 3.11 parser ------------------------------------===//

#include "pyr/Parse/Parser.h"
#include "pyr/Lex/Diagnostic.h"
#include "pyr/Lex/Lexer.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/raw_ostream.h"
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
  Parser(StringRef Buf, llvm::ArrayRef<Token> Toks, ASTContext &Ctx)
      : Buf(Buf), Toks(Toks), Ctx(Ctx) {}

  Expected<ModuleStmt *> parseFile();

private:
  StringRef Buf;
  llvm::ArrayRef<Token> Toks;
  ASTContext &Ctx;
  size_t Idx = 0;
  unsigned Depth = 0;
  Error Err = Error::success();
  bool Failed = false;
  bool SawNameDecls = false;

  const Token &tok() const { return Toks[Idx]; }
  const Token &peekTok(size_t N = 1) const {
    return Toks[std::min(Idx + N, Toks.size() - 1)];
  }
  bool is(TokenKind K) const { return tok().Kind == K; }
  void advance() {
    if (Idx + 1 < Toks.size())
      ++Idx;
  }
  bool consumeIf(TokenKind K) {
    if (!is(K))
      return false;
    advance();
    return true;
  }
  static SourcePos posOf(const Token &T) { return {T.Line, T.Col}; }
  SourcePos pos() const { return posOf(tok()); }
  StringRef text() const { return tok().text(Buf); }

  std::nullptr_t error(SourcePos P, uint32_t Offset, const llvm::Twine &Msg,
                       const char *Type = "SyntaxError") {
    if (!Failed) {
      Failed = true;
      llvm::consumeError(std::move(Err));
      Err = makeSyntaxError(Msg.str(), Offset, P.Line, P.Col, Type);
    }
    return nullptr;
  }
  std::nullptr_t error(const Token &T, const llvm::Twine &Msg,
                       const char *Type = "SyntaxError") {
    return error(posOf(T), T.Offset, Msg, Type);
  }
  std::nullptr_t errorAt(const Node *N, const llvm::Twine &Msg) {
    return error(N->getPos(), 0, Msg);
  }
  /// The generic failure: CPython's "invalid syntax" at the current token,
  /// with its special wording for a stray indent.
  std::nullptr_t invalidSyntax() {
    if (is(TokenKind::Indent))
      return error(tok(), "unexpected indent", "IndentationError");
    return error(tok(), "invalid syntax");
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

  template <typename T> llvm::ArrayRef<T> copy(const SmallVectorImpl<T> &V) {
    return Ctx.copy(llvm::ArrayRef<T>(V));
  }

  // Statements.
  bool parseStatements(SmallVectorImpl<Stmt *> &Out, bool TopLevel);
  bool parseStatement(SmallVectorImpl<Stmt *> &Out);
  bool parseSimpleStatements(SmallVectorImpl<Stmt *> &Out);
  Stmt *parseSimpleStatement();
  Stmt *parseExprOrAssign();
  bool parseBlock(StmtList &Body, const llvm::Twine &After, uint32_t Line);
  Stmt *parseIf(bool IsElif);
  Stmt *parseWhile();
  Stmt *parseFunctionDef();
  bool parseParameters(Parameters &Out, TokenKind Close);
  Stmt *parseNames(NodeKind K);

  // Expressions.
  Expr *parseStarExpressions(bool AllowStar);
  Expr *parseNamedExpression();
  Expr *parseExpression();
  Expr *parseOperand(unsigned MinPrec);
  LLVM_ATTRIBUTE_NOINLINE Expr *parseComparisonChain(Expr *L, SourcePos P);
  LLVM_ATTRIBUTE_NOINLINE Expr *parseBoolChain(Expr *L, SourcePos P,
                                               TokenKind K);
  Expr *parseBitOr() { return parseOperand(PrecBitOr); }
  LLVM_ATTRIBUTE_NOINLINE Expr *parsePrimary();
  Expr *parseAtom();
  Expr *parseCall(Expr *Func);
  Expr *parseSubscript(Expr *Value);
  Expr *parseSliceItem();
  Expr *parseParenthesized();
  Expr *parseListDisplay();
  Expr *parseBraceDisplay();
  Expr *parseLambda();
  LLVM_ATTRIBUTE_NOINLINE Expr *parseNumber();
  LLVM_ATTRIBUTE_NOINLINE Expr *parseStrings();
  bool decodeString(const Token &T, std::string &Out, bool &IsBytes);

  // Target checking.
  bool checkTarget(Expr *E, ExprContext Ctx, bool ForAssign);
  static const char *describe(const Expr *E);
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
  default:
    break;
  }
  return H;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

Expected<ModuleStmt *> Parser::parseFile() {
  SmallVector<Stmt *, 32> Body;
  parseStatements(Body, /*TopLevel=*/true);
  if (Failed)
    return std::move(Err);
  auto *M = Ctx.create<ModuleStmt>(SourcePos{1, 1}, copy(Body));
  M->HasNameDecls = SawNameDecls;
  return M;
}

bool Parser::parseStatements(SmallVectorImpl<Stmt *> &Out, bool TopLevel) {
  while (true) {
    if (TopLevel ? is(TokenKind::EndOfFile) : is(TokenKind::Dedent))
      return true;
    if (is(TokenKind::Newline)) { // A lone ';'-free empty logical line.
      advance();
      continue;
    }
    if (!parseStatement(Out))
      return false;
  }
}

static const char *unsupportedStatement(TokenKind K) {
  switch (K) {
  case TokenKind::kw_for: return "'for' statement";
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

bool Parser::parseStatement(SmallVectorImpl<Stmt *> &Out) {
  Stmt *S = nullptr;
  switch (tok().Kind) {
  case TokenKind::kw_def: S = parseFunctionDef(); break;
  case TokenKind::kw_if: S = parseIf(false); break;
  case TokenKind::kw_while: S = parseWhile(); break;
  case TokenKind::kw_for:
  case TokenKind::kw_class:
  case TokenKind::kw_try:
  case TokenKind::kw_with:
  case TokenKind::kw_async:
  case TokenKind::At:
    return unsupported(tok(), unsupportedStatement(tok().Kind)), false;
  case TokenKind::Indent:
    return invalidSyntax(), false;
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
    if (consumeIf(TokenKind::Semi)) {
      if (consumeIf(TokenKind::Newline))
        return true;
      continue;
    }
    if (consumeIf(TokenKind::Newline))
      return true;
    // CPython's hint for two expressions side by side.
    if (Out.back()->getKind() == NodeKind::ExprStmt) {
      auto *E = llvm::cast<ExprStmt>(Out.back())->Value;
      if (auto *N = llvm::dyn_cast<NameExpr>(E))
        if (N->Id == "print" && !is(TokenKind::Equal) && !is(TokenKind::Indent))
          return error(E->getPos(), 0,
                       "Missing parentheses in call to 'print'. Did you mean "
                       "print(...)?"),
                 false;
    }
    return invalidSyntax(), false;
  }
}

Stmt *Parser::parseSimpleStatement() {
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
      V = parseStarExpressions(true);
      if (!V)
        return nullptr;
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
      Expr *E = parseBitOr();
      if (!E || !checkTarget(E, ExprContext::Del, false))
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
    return parseExprOrAssign();
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

Stmt *Parser::parseExprOrAssign() {
  SourcePos P = pos();
  Expr *First = parseStarExpressions(true);
  if (!First)
    return nullptr;

  BinaryOp Op;
  if (augAssignOp(tok().Kind, Op)) {
    if (!llvm::isa<NameExpr, AttributeExpr, SubscriptExpr>(First))
      return errorAt(First, llvm::Twine("'") + describe(First) +
                                "' is an illegal expression for augmented "
                                "assignment");
    advance();
    Expr *V = parseStarExpressions(false);
    if (!V)
      return nullptr;
    if (auto *N = llvm::dyn_cast<NameExpr>(First))
      N->Ctx = ExprContext::Store;
    return Ctx.create<AugAssignStmt>(P, First, Op, V);
  }
  if (is(TokenKind::Colon))
    return unsupported(tok(), "annotated assignment");
  if (!is(TokenKind::Equal)) {
    if (llvm::isa<StarredExpr>(First))
      return errorAt(First, "can't use starred expression here");
    return Ctx.create<ExprStmt>(P, First);
  }

  SmallVector<Expr *, 2> Targets{First};
  Expr *Value = nullptr;
  while (consumeIf(TokenKind::Equal)) {
    if (is(TokenKind::kw_yield))
      return unsupported(tok(), "'yield' expression");
    Expr *E = parseStarExpressions(true);
    if (!E)
      return nullptr;
    Targets.push_back(E);
  }
  Value = Targets.pop_back_val();
  for (Expr *T : Targets)
    if (!checkTarget(T, ExprContext::Store, true))
      return nullptr;
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
  case NodeKind::Set: return "set display";
  case NodeKind::Tuple: return "tuple";
  case NodeKind::List: return "list";
  case NodeKind::Starred: return "starred";
  default: return "expression";
  }
}

bool Parser::checkTarget(Expr *E, ExprContext C, bool ForAssign) {
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
    return checkTarget(llvm::cast<StarredExpr>(E)->Value, C, ForAssign);
  case NodeKind::Tuple:
  case NodeKind::List:
    llvm::cast<SequenceExpr>(E)->Ctx = C;
    for (Expr *Elt : llvm::cast<SequenceExpr>(E)->Elts)
      if (!checkTarget(Elt, C, ForAssign))
        return false;
    return true;
  default:
    break;
  }
  const char *What = describe(E);
  StringRef W(What);
  bool Bare = W == "True" || W == "False" || W == "None" ||
              W == "comparison" || W == "lambda" || W == "starred";
  if (C == ExprContext::Del)
    errorAt(E, llvm::Twine("cannot delete ") + What);
  else if (Bare || !ForAssign)
    errorAt(E, llvm::Twine("cannot assign to ") + What);
  else
    errorAt(E, llvm::Twine("cannot assign to ") + What +
                   " here. Maybe you meant '==' instead of '='?");
  return false;
}

/// block: NEWLINE INDENT statements DEDENT | simple_stmts
bool Parser::parseBlock(StmtList &Body, const llvm::Twine &After,
                        uint32_t Line) {
  if (!expect(TokenKind::Colon, "expected ':'"))
    return false;
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
  if (!parseBlock(Body, IsElif ? "'elif' statement" : "'if' statement",
                  KW.Line))
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

Stmt *Parser::parseWhile() {
  const Token &KW = tok();
  SourcePos P = pos();
  advance();
  Expr *Test = parseNamedExpression();
  if (!Test)
    return nullptr;
  StmtList Body, OrElse;
  if (!parseBlock(Body, "'while' statement", KW.Line))
    return nullptr;
  if (is(TokenKind::kw_else)) {
    uint32_t L = tok().Line;
    advance();
    if (!parseBlock(OrElse, "'else' statement", L))
      return nullptr;
  }
  return Ctx.create<CondStmt>(NodeKind::While, P, Test, Body, OrElse);
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
  if (consumeIf(TokenKind::RArrow)) {
    if (!(Returns = parseExpression()))
      return nullptr;
  }
  StmtList Body;
  if (!parseBlock(Body, "function definition", KW.Line))
    return nullptr;
  auto *F = Ctx.create<FunctionDefStmt>(P, Name, Params, Body);
  F->Returns = Returns;
  return F;
}

/// Parameters of a def (Close is ')') or a lambda (Close is ':').
bool Parser::parseParameters(Parameters &Out, TokenKind Close) {
  SmallVector<Parameter, 8> Params;
  bool SeenDefault = false;
  while (!is(Close)) {
    const Token &T = tok();
    if (consumeIf(TokenKind::Slash)) {
      Out.HasPosOnly = true;
      Out.ExtrasPos = posOf(T);
    } else if (consumeIf(TokenKind::Star)) {
      if (is(TokenKind::Identifier)) {
        Out.HasVarArgs = true;
        advance();
      } else {
        Out.HasKwOnly = true;
      }
      Out.ExtrasPos = posOf(T);
    } else if (consumeIf(TokenKind::DoubleStar)) {
      if (!is(TokenKind::Identifier))
        return invalidSyntax(), false;
      advance();
      Out.HasVarKw = true;
      Out.ExtrasPos = posOf(T);
    } else if (is(TokenKind::Identifier)) {
      Parameter Param{pos(), text(), nullptr};
      for (const Parameter &Prev : Params)
        if (Prev.Name == Param.Name)
          return error(T, "duplicate argument '" + Param.Name +
                              "' in function definition"),
                 false;
      advance();
      if (Close == TokenKind::RParen && consumeIf(TokenKind::Colon)) {
        Out.HasAnnotations = true;
        Out.ExtrasPos = posOf(T);
        if (!parseExpression())
          return false;
      }
      if (consumeIf(TokenKind::Equal)) {
        if (!(Param.Default = parseExpression()))
          return false;
        SeenDefault = true;
      } else if (SeenDefault && !Out.HasVarArgs && !Out.HasKwOnly) {
        return error(T, "non-default argument follows default argument"),
               false;
      }
      Params.push_back(Param);
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

/// star_expressions: a tuple display without brackets, or one expression.
Expr *Parser::parseStarExpressions(bool AllowStar) {
  SourcePos P = pos();
  auto ParseOne = [&]() -> Expr * {
    if (is(TokenKind::Star)) {
      SourcePos SP = pos();
      advance();
      Expr *V = parseBitOr();
      if (!V)
        return nullptr;
      return make<StarredExpr>(SP, V);
    }
    return parseExpression();
  };
  Expr *First = ParseOne();
  if (!First)
    return nullptr;
  if (!is(TokenKind::Comma))
    return First;
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
    Expr *E = ParseOne();
    if (!E)
      return nullptr;
    Elts.push_back(E);
  }
Done:
  return make<SequenceExpr>(NodeKind::Tuple, P, copy(Elts));
}

/// named_expression: NAME ':=' expression | expression
Expr *Parser::parseNamedExpression() {
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
  Expr *E = parseExpression();
  if (E && is(TokenKind::ColonEqual))
    return errorAt(E, llvm::Twine("cannot use assignment expressions with ") +
                          describe(E));
  return E;
}

Expr *Parser::parseExpression() {
  DepthGuard G(*this);
  if (!G.OK)
    return nullptr;
  if (is(TokenKind::kw_lambda))
    return parseLambda();
  SourcePos P = pos();
  Expr *Body = parseOperand(PrecOr);
  if (!Body || !is(TokenKind::kw_if))
    return Body;
  advance();
  Expr *Test = parseOperand(PrecOr);
  if (!Test)
    return nullptr;
  if (!is(TokenKind::kw_else))
    return error(tok(), "expected 'else' after 'if' expression");
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
  return make<LambdaExpr>(P, Params, Body);
}

static bool comparisonOp(TokenKind K, CmpOp &Op) {
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
static unsigned binaryPrecedence(TokenKind K, BinaryOp &Op) {
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

/// Everything from 'or' down to '**' in one precedence-climbing loop: the
/// grammar's disjunction, conjunction, inversion, comparison, bitwise,
/// shift, arithmetic, term, factor and power rules. \p MinPrec is the
/// loosest operator this operand may contain. Nodes start where their
/// leftmost operand (or prefix operator) starts, as in CPython.
Expr *Parser::parseOperand(unsigned MinPrec) {
  DepthGuard G(*this);
  if (!G.OK)
    return nullptr;
  SourcePos P = pos();
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

  while (L) {
    TokenKind K = tok().Kind;
    BinaryOp Op;
    if (unsigned Prec = binaryPrecedence(K, Op)) {
      if (Prec < MinPrec)
        return L;
      advance();
      Expr *R = parseOperand(Prec + 1);
      if (!R)
        return nullptr;
      L = make<BinOpExpr>(P, Op, L, R);
      continue;
    }
    if (K == TokenKind::DoubleStar) {
      // Right-associative; the exponent is a factor (may be unary).
      advance();
      Expr *R = parseOperand(PrecUnary);
      if (!R)
        return nullptr;
      L = make<BinOpExpr>(P, BinaryOp::Pow, L, R);
      continue;
    }
    CmpOp COp;
    bool IsCmp = comparisonOp(K, COp) || K == TokenKind::kw_is ||
                 (K == TokenKind::kw_not && peekTok().is(TokenKind::kw_in));
    if (IsCmp) {
      if (MinPrec > PrecCmp)
        return L;
      L = parseComparisonChain(L, P);
      continue;
    }
    if (K == TokenKind::kw_and || K == TokenKind::kw_or) {
      if ((K == TokenKind::kw_and ? PrecAnd : PrecOr) < MinPrec)
        return L;
      L = parseBoolChain(L, P, K);
      continue;
    }
    break;
  }
  return L;
}

Expr *Parser::parsePrimary() {
  Expr *E = parseAtom();
  while (E) {
    if (is(TokenKind::LParen)) {
      E = parseCall(E);
    } else if (is(TokenKind::LSquare)) {
      E = parseSubscript(E);
    } else if (is(TokenKind::Dot)) {
      advance();
      if (!is(TokenKind::Identifier))
        return invalidSyntax();
      E = make<AttributeExpr>(E->getPos(), E, text());
      advance();
    } else {
      break;
    }
  }
  return E;
}

Expr *Parser::parseCall(Expr *Func) {
  DepthGuard G(*this);
  if (!G.OK)
    return nullptr;
  advance(); // '('
  SmallVector<Expr *, 4> Args;
  SmallVector<Keyword, 2> Keywords;
  bool SeenKwUnpack = false;
  while (!is(TokenKind::RParen)) {
    const Token &T = tok();
    if (consumeIf(TokenKind::Star)) {
      if (SeenKwUnpack)
        return error(T, "iterable argument unpacking follows keyword argument "
                        "unpacking");
      Expr *V = parseExpression();
      if (!V)
        return nullptr;
      Args.push_back(make<StarredExpr>(posOf(T), V));
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
      Expr *V = parseExpression();
      if (!V)
        return nullptr;
      for (const Keyword &K : Keywords)
        if (K.Arg == Name)
          return error(T, "keyword argument repeated: " + Name);
      Keywords.push_back({posOf(T), Name, V});
    } else {
      Expr *V = parseNamedExpression();
      if (!V)
        return nullptr;
      if (is(TokenKind::kw_for) || is(TokenKind::kw_async))
        return unsupported(tok(), "generator expression");
      if (!Keywords.empty()) {
        if (SeenKwUnpack)
          return errorAt(V, "positional argument follows keyword argument "
                            "unpacking");
        return errorAt(V, "positional argument follows keyword argument");
      }
      Args.push_back(V);
    }
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  if (!is(TokenKind::RParen))
    return error(tok(), "invalid syntax. Perhaps you forgot a comma?");
  advance();
  return make<CallExpr>(Func->getPos(), Func, copy(Args),
                              copy(Keywords));
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

Expr *Parser::parseSubscript(Expr *Value) {
  DepthGuard G(*this);
  if (!G.OK)
    return nullptr;
  SourcePos P = pos();
  advance(); // '['
  Expr *First = parseSliceItem();
  if (!First)
    return nullptr;
  Expr *Index = First;
  if (is(TokenKind::Comma)) {
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
  return make<SubscriptExpr>(Value->getPos(), Value, Index);
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
  while (true) {
    Expr *E;
    if (is(TokenKind::Star)) {
      SourcePos SP = pos();
      advance();
      Expr *V = parseBitOr();
      if (!V)
        return nullptr;
      E = make<StarredExpr>(SP, V);
    } else {
      E = parseNamedExpression();
    }
    if (!E)
      return nullptr;
    if (is(TokenKind::kw_for) || is(TokenKind::kw_async))
      return unsupported(tok(), "generator expression");
    Elts.push_back(E);
    if (!consumeIf(TokenKind::Comma))
      break;
    SawComma = true;
    if (is(TokenKind::RParen))
      break;
  }
  if (!is(TokenKind::RParen))
    return error(tok(), "invalid syntax. Perhaps you forgot a comma?");
  advance();
  if (!SawComma) {
    if (llvm::isa<StarredExpr>(Elts[0]))
      return errorAt(Elts[0], "cannot use starred expression here");
    return Elts[0];
  }
  return make<SequenceExpr>(NodeKind::Tuple, P, copy(Elts));
}

Expr *Parser::parseListDisplay() {
  DepthGuard G(*this);
  if (!G.OK)
    return nullptr;
  SourcePos P = pos();
  advance(); // '['
  SmallVector<Expr *, 4> Elts;
  while (!is(TokenKind::RSquare)) {
    Expr *E;
    if (is(TokenKind::Star)) {
      SourcePos SP = pos();
      advance();
      Expr *V = parseBitOr();
      if (!V)
        return nullptr;
      E = make<StarredExpr>(SP, V);
    } else {
      E = parseNamedExpression();
    }
    if (!E)
      return nullptr;
    if (is(TokenKind::kw_for) || is(TokenKind::kw_async))
      return unsupported(tok(), "list comprehension");
    Elts.push_back(E);
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  if (!is(TokenKind::RSquare))
    return error(tok(), "invalid syntax. Perhaps you forgot a comma?");
  advance();
  return make<SequenceExpr>(NodeKind::List, P, copy(Elts));
}

Expr *Parser::parseBraceDisplay() {
  DepthGuard G(*this);
  if (!G.OK)
    return nullptr;
  SourcePos P = pos();
  advance(); // '{'
  SmallVector<Expr *, 4> Keys, Values;
  bool IsSet = false, IsDict = false;
  while (!is(TokenKind::RBrace)) {
    if (consumeIf(TokenKind::DoubleStar)) {
      if (IsSet)
        return invalidSyntax();
      IsDict = true;
      Expr *V = parseBitOr();
      if (!V)
        return nullptr;
      Keys.push_back(nullptr);
      Values.push_back(V);
    } else {
      Expr *K;
      if (is(TokenKind::Star)) {
        SourcePos SP = pos();
        advance();
        Expr *V = parseBitOr();
        if (!V)
          return nullptr;
        K = make<StarredExpr>(SP, V);
      } else {
        K = parseNamedExpression();
      }
      if (!K)
        return nullptr;
      if (consumeIf(TokenKind::Colon)) {
        if (IsSet || llvm::isa<StarredExpr>(K))
          return invalidSyntax();
        IsDict = true;
        Expr *V = parseExpression();
        if (!V)
          return nullptr;
        Keys.push_back(K);
        Values.push_back(V);
      } else {
        if (IsDict)
          return invalidSyntax();
        IsSet = true;
        Keys.push_back(K);
      }
      if (is(TokenKind::kw_for) || is(TokenKind::kw_async))
        return unsupported(tok(), IsDict ? "dict comprehension"
                                         : "set comprehension");
    }
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  if (!is(TokenKind::RBrace))
    return error(tok(), "invalid syntax. Perhaps you forgot a comma?");
  advance();
  if (IsSet)
    return make<SequenceExpr>(NodeKind::Set, P, copy(Keys));
  return make<DictExpr>(P, copy(Keys), copy(Values));
}

Expr *Parser::parseNumber() {
  const Token &T = tok();
  SourcePos P = pos();
  advance();
  StringRef Text = T.text(Buf);
  // Fast path: a plain decimal literal that certainly fits in int64.
  if (T.Kind == TokenKind::Integer && Text.size() <= 18) {
    int64_t V = 0;
    bool Plain = true;
    for (char Ch : Text) {
      if (Ch < '0' || Ch > '9') {
        Plain = false;
        break;
      }
      V = V * 10 + (Ch - '0');
    }
    if (Plain) {
      auto *C = Ctx.create<ConstantExpr>(P, ConstantExpr::Int);
      C->IntVal = V;
      C->Text = Text;
      return C;
    }
  }
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

/// Append code point \p CP to \p Out as UTF-8.
static void appendUTF8(uint32_t CP, std::string &Out) {
  char Buf[4];
  char *P = Buf;
  llvm::ConvertCodePointToUTF8(CP, P);
  Out.append(Buf, P);
}

bool Parser::decodeString(const Token &T, std::string &Out, bool &IsBytes) {
  StringRef Text = T.text(Buf);
  size_t Q = Text.find_first_of("'\"");
  StringRef Prefix = Text.take_front(Q);
  bool Raw = Prefix.find_insensitive("r") != StringRef::npos;
  IsBytes = Prefix.find_insensitive("b") != StringRef::npos;
  if (Prefix.find_insensitive("f") != StringRef::npos) {
    unsupported(T, "f-string");
    return false;
  }
  StringRef Body = Text.drop_front(Q);
  size_t QLen = Body.size() >= 6 && Body[0] == Body[1] && Body[1] == Body[2]
                    ? 3
                    : 1;
  Body = Body.drop_front(QLen).drop_back(QLen);

  for (size_t I = 0; I < Body.size(); ++I) {
    char C = Body[I];
    if (C == '\r') { // Normalise newlines like CPython's universal newlines.
      Out.push_back('\n');
      if (I + 1 < Body.size() && Body[I + 1] == '\n')
        ++I;
      continue;
    }
    if (IsBytes && static_cast<unsigned char>(C) >= 0x80) {
      error(T, "bytes can only contain ASCII literal characters");
      return false;
    }
    if (C != '\\' || Raw) {
      Out.push_back(C);
      if (Raw && C == '\\' && I + 1 < Body.size()) // \" does not end it.
        Out.push_back(Body[++I]);
      continue;
    }
    if (++I >= Body.size()) {
      Out.push_back('\\');
      break;
    }
    char E = Body[I];
    auto HexEscape = [&](unsigned N, const char *Kind) -> bool {
      uint32_t V = 0;
      for (unsigned K = 0; K < N; ++K) {
        if (I + 1 + K >= Body.size() || !llvm::isHexDigit(Body[I + 1 + K])) {
          error(T, llvm::Twine("(unicode error) 'unicodeescape' codec can't "
                               "decode bytes in position ") +
                       llvm::Twine(Out.size()) + "-" +
                       llvm::Twine(Out.size() + 1 + K) + ": truncated " +
                       Kind + " escape");
          return false;
        }
        V = V * 16 + llvm::hexDigitValue(Body[I + 1 + K]);
      }
      I += N;
      if (IsBytes && N == 2) {
        Out.push_back(static_cast<char>(V));
        return true;
      }
      if (V > 0x10FFFF) {
        error(T, "(unicode error) 'unicodeescape' codec can't decode bytes: "
                 "illegal Unicode character");
        return false;
      }
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
      if (IsBytes) {
        Out.append("\\u");
        break;
      }
      if (!HexEscape(4, "\\uXXXX"))
        return false;
      break;
    case 'U':
      if (IsBytes) {
        Out.append("\\U");
        break;
      }
      if (!HexEscape(8, "\\UXXXXXXXX"))
        return false;
      break;
    case 'N':
      if (!IsBytes) {
        unsupported(T, "\\N{...} escape");
        return false;
      }
      [[fallthrough]];
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
  bool AnyBytes = false, AnyStr = false;
  const Token *First = &tok();
  while (is(TokenKind::String)) {
    bool IsBytes;
    if (!decodeString(tok(), Value, IsBytes))
      return nullptr;
    (IsBytes ? AnyBytes : AnyStr) = true;
    advance();
  }
  if (AnyBytes && AnyStr)
    return error(*First, "cannot mix bytes and nonbytes literals");
  auto *C = Ctx.create<ConstantExpr>(P, AnyBytes ? ConstantExpr::Bytes
                                                 : ConstantExpr::Str);
  C->Text = Ctx.copyString(Value);
  return C;
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

Expected<ModuleStmt *> pyr::parseModule(StringRef Buffer, ASTContext &Ctx,
                                        std::vector<Token> &Scratch) {
  if (Error E = lex(Buffer, Scratch))
    return E;
  return parseTokens(Buffer, Scratch, Ctx);
}
