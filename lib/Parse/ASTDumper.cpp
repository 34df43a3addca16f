//===- ASTDumper.cpp - Textual syntax tree dump ---------------------------===//
//
// Format (documented in docs/pyr-parse.md): one node per line, indented two
// spaces per level, "Kind [details] <line:col>". Statement lists that are
// not a node's only children are introduced by a "body:"/"orelse:" label.
//
//===----------------------------------------------------------------------===//

#include "pyr/Parse/AST.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace pyr;
using llvm::cast;

static const char *const NodeNames[] = {
#define EXPR(Name) #Name,
#include "pyr/Parse/ASTNodes.def"
#define STMT(Name) #Name,
#include "pyr/Parse/ASTNodes.def"
};
static const char *const BinNames[] = {
#define BINOP(Name, Symbol, Dunder) #Name,
#include "pyr/Parse/ASTNodes.def"
};
static const char *const BinSymbols[] = {
#define BINOP(Name, Symbol, Dunder) Symbol,
#include "pyr/Parse/ASTNodes.def"
};
static const char *const UnNames[] = {
#define UNARYOP(Name, Symbol) #Name,
#include "pyr/Parse/ASTNodes.def"
};
static const char *const UnSymbols[] = {
#define UNARYOP(Name, Symbol) Symbol,
#include "pyr/Parse/ASTNodes.def"
};
static const char *const CmpNames[] = {
#define CMPOP(Name, Symbol) #Name,
#include "pyr/Parse/ASTNodes.def"
};
static const char *const CmpSymbols[] = {
#define CMPOP(Name, Symbol) Symbol,
#include "pyr/Parse/ASTNodes.def"
};

const char *pyr::getNodeKindName(NodeKind K) { return NodeNames[unsigned(K)]; }
const char *pyr::getBinaryOpName(BinaryOp Op) { return BinNames[unsigned(Op)]; }
const char *pyr::getBinaryOpSymbol(BinaryOp Op) {
  return BinSymbols[unsigned(Op)];
}
const char *pyr::getUnaryOpName(UnaryOp Op) { return UnNames[unsigned(Op)]; }
const char *pyr::getUnaryOpSymbol(UnaryOp Op) {
  return UnSymbols[unsigned(Op)];
}
const char *pyr::getCmpOpName(CmpOp Op) { return CmpNames[unsigned(Op)]; }
const char *pyr::getCmpOpSymbol(CmpOp Op) { return CmpSymbols[unsigned(Op)]; }

namespace {

class Dumper {
public:
  explicit Dumper(llvm::raw_ostream &OS) : OS(OS) {}

  void dump(const Node *N, unsigned Indent);

private:
  llvm::raw_ostream &OS;

  void line(unsigned Indent, const Node *N) {
    OS.indent(Indent * 2) << getNodeKindName(N->getKind());
  }
  void end(const Node *N) {
    OS << " <" << N->getPos().Line << ':' << N->getPos().Col << ">\n";
  }
  void label(unsigned Indent, const char *L) {
    OS.indent(Indent * 2) << L << ":\n";
  }
  void stmts(StmtList L, unsigned Indent) {
    for (const Stmt *S : L)
      dump(S, Indent);
  }
  void exprs(ExprList L, unsigned Indent) {
    for (const Expr *E : L)
      dump(E, Indent);
  }
  void quoted(llvm::StringRef S) {
    OS << '\'';
    OS.write_escaped(S);
    OS << '\'';
  }
  static const char *ctx(ExprContext C) {
    return C == ExprContext::Load ? "" : C == ExprContext::Store ? " store"
                                                                 : " del";
  }
  void params(const Parameters &P, unsigned Indent);
  /// A compound statement's "body" and, if any, "orelse" blocks.
  void bodyAndElse(StmtList Body, StmtList OrElse, unsigned Indent) {
    label(Indent + 1, "body");
    stmts(Body, Indent + 2);
    if (!OrElse.empty()) {
      label(Indent + 1, "orelse");
      stmts(OrElse, Indent + 2);
    }
  }
};

void Dumper::params(const Parameters &P, unsigned Indent) {
  OS << " (";
  for (size_t I = 0; I < P.Params.size(); ++I)
    OS << (I ? ", " : "") << P.Params[I].Name;
  OS << ')';
  if (P.HasPosOnly)
    OS << " posonly";
  if (P.HasVarArgs)
    OS << " varargs";
  if (P.HasKwOnly)
    OS << " kwonly";
  if (P.HasVarKw)
    OS << " varkw";
}

void Dumper::dump(const Node *N, unsigned Indent) {
  line(Indent, N);
  switch (N->getKind()) {
  case NodeKind::Name: {
    auto *E = cast<NameExpr>(N);
    OS << ' ';
    quoted(E->Id);
    OS << ctx(E->Ctx);
    end(N);
    return;
  }
  case NodeKind::Constant: {
    auto *C = cast<ConstantExpr>(N);
    switch (C->CK) {
    case ConstantExpr::None: OS << " None"; break;
    case ConstantExpr::True: OS << " True"; break;
    case ConstantExpr::False: OS << " False"; break;
    case ConstantExpr::Ellipsis: OS << " Ellipsis"; break;
    case ConstantExpr::Int:
      if (C->IsBigInt)
        OS << " int " << C->Text;
      else
        OS << " int " << C->IntVal;
      break;
    case ConstantExpr::Float:
      OS << " float " << C->Text;
      break;
    case ConstantExpr::Imaginary:
      OS << " imaginary " << C->Text;
      break;
    case ConstantExpr::Str:
      OS << " str ";
      quoted(C->Text);
      break;
    case ConstantExpr::Bytes:
      OS << " bytes ";
      quoted(C->Text);
      break;
    }
    end(N);
    return;
  }
  case NodeKind::BinOp: {
    auto *E = cast<BinOpExpr>(N);
    OS << ' ' << getBinaryOpName(E->Op);
    end(N);
    dump(E->LHS, Indent + 1);
    dump(E->RHS, Indent + 1);
    return;
  }
  case NodeKind::UnaryOp: {
    auto *E = cast<UnaryOpExpr>(N);
    OS << ' ' << getUnaryOpName(E->Op);
    end(N);
    dump(E->Operand, Indent + 1);
    return;
  }
  case NodeKind::BoolOp: {
    auto *E = cast<BoolOpExpr>(N);
    OS << (E->Op == BoolOpKind::And ? " And" : " Or");
    end(N);
    exprs(E->Values, Indent + 1);
    return;
  }
  case NodeKind::Compare: {
    auto *E = cast<CompareExpr>(N);
    for (CmpOp Op : E->Ops)
      OS << ' ' << getCmpOpName(Op);
    end(N);
    dump(E->Left, Indent + 1);
    exprs(E->Comparators, Indent + 1);
    return;
  }
  case NodeKind::Call: {
    auto *E = cast<CallExpr>(N);
    end(N);
    dump(E->Func, Indent + 1);
    exprs(E->Args, Indent + 1);
    for (const Keyword &K : E->Keywords) {
      OS.indent((Indent + 1) * 2) << "keyword ";
      if (K.Arg.empty())
        OS << "**";
      else
        OS << K.Arg;
      OS << " <" << K.Pos.Line << ':' << K.Pos.Col << ">\n";
      dump(K.Value, Indent + 2);
    }
    return;
  }
  case NodeKind::IfExp: {
    auto *E = cast<IfExpExpr>(N);
    end(N);
    dump(E->Test, Indent + 1);
    dump(E->Body, Indent + 1);
    dump(E->OrElse, Indent + 1);
    return;
  }
  case NodeKind::Lambda: {
    auto *E = cast<LambdaExpr>(N);
    params(E->Params, Indent);
    end(N);
    for (const Parameter &P : E->Params.Params)
      if (P.Default)
        dump(P.Default, Indent + 1);
    dump(E->Body, Indent + 1);
    return;
  }
  case NodeKind::NamedExpr: {
    auto *E = cast<NamedExprExpr>(N);
    end(N);
    dump(E->Target, Indent + 1);
    dump(E->Value, Indent + 1);
    return;
  }
  case NodeKind::Attribute: {
    auto *E = cast<AttributeExpr>(N);
    OS << ' ';
    quoted(E->Attr);
    OS << ctx(E->Ctx);
    end(N);
    dump(E->Value, Indent + 1);
    return;
  }
  case NodeKind::Subscript: {
    auto *E = cast<SubscriptExpr>(N);
    OS << ctx(E->Ctx);
    end(N);
    dump(E->Value, Indent + 1);
    dump(E->Index, Indent + 1);
    return;
  }
  case NodeKind::Slice: {
    auto *E = cast<SliceExpr>(N);
    end(N);
    for (const Expr *Part : {E->Lower, E->Upper, E->Step}) {
      if (Part)
        dump(Part, Indent + 1);
      else
        OS.indent((Indent + 1) * 2) << "<none>\n";
    }
    return;
  }
  case NodeKind::Starred: {
    auto *E = cast<StarredExpr>(N);
    OS << ctx(E->Ctx);
    end(N);
    dump(E->Value, Indent + 1);
    return;
  }
  case NodeKind::Tuple:
  case NodeKind::List:
  case NodeKind::Set: {
    auto *E = cast<SequenceExpr>(N);
    OS << ctx(E->Ctx);
    end(N);
    exprs(E->Elts, Indent + 1);
    return;
  }
  case NodeKind::Dict: {
    auto *E = cast<DictExpr>(N);
    end(N);
    for (size_t I = 0; I < E->Keys.size(); ++I) {
      if (E->Keys[I])
        dump(E->Keys[I], Indent + 1);
      else
        OS.indent((Indent + 1) * 2) << "**\n";
      dump(E->Values[I], Indent + 1);
    }
    return;
  }
  case NodeKind::ListComp:
  case NodeKind::SetComp:
  case NodeKind::DictComp:
  case NodeKind::GeneratorExp: {
    auto *E = cast<ComprehensionExpr>(N);
    end(N);
    dump(E->Elt, Indent + 1);
    if (E->Value)
      dump(E->Value, Indent + 1);
    for (const Comprehension &Gen : E->Generators) {
      OS.indent((Indent + 1) * 2)
          << "for <" << Gen.Pos.Line << ':' << Gen.Pos.Col << ">\n";
      dump(Gen.Target, Indent + 2);
      dump(Gen.Iter, Indent + 2);
      for (const Expr *If : Gen.Ifs) {
        label(Indent + 2, "if");
        dump(If, Indent + 3);
      }
    }
    return;
  }
  case NodeKind::JoinedStr:
    end(N);
    exprs(cast<JoinedStrExpr>(N)->Values, Indent + 1);
    return;
  case NodeKind::FormattedValue: {
    auto *E = cast<FormattedValueExpr>(N);
    if (E->Conversion != -1)
      OS << " !" << char(E->Conversion);
    end(N);
    dump(E->Value, Indent + 1);
    if (E->FormatSpec) {
      label(Indent + 1, "format_spec");
      dump(E->FormatSpec, Indent + 2);
    }
    return;
  }
  case NodeKind::Module:
    end(N);
    stmts(cast<ModuleStmt>(N)->Body, Indent + 1);
    return;
  case NodeKind::FunctionDef: {
    auto *S = cast<FunctionDefStmt>(N);
    OS << ' ';
    quoted(S->Name);
    params(S->Params, Indent);
    end(N);
    for (const Parameter &P : S->Params.Params)
      if (P.Default) {
        OS.indent((Indent + 1) * 2) << "default " << P.Name << ":\n";
        dump(P.Default, Indent + 2);
      }
    stmts(S->Body, Indent + 1);
    return;
  }
  case NodeKind::Return: {
    auto *S = cast<ReturnStmt>(N);
    end(N);
    if (S->Value)
      dump(S->Value, Indent + 1);
    return;
  }
  case NodeKind::Assign: {
    auto *S = cast<AssignStmt>(N);
    end(N);
    exprs(S->Targets, Indent + 1);
    dump(S->Value, Indent + 1);
    return;
  }
  case NodeKind::AugAssign: {
    auto *S = cast<AugAssignStmt>(N);
    OS << ' ' << getBinaryOpName(S->Op);
    end(N);
    dump(S->Target, Indent + 1);
    dump(S->Value, Indent + 1);
    return;
  }
  case NodeKind::ExprStmt:
    end(N);
    dump(cast<ExprStmt>(N)->Value, Indent + 1);
    return;
  case NodeKind::If:
  case NodeKind::While: {
    auto *S = cast<CondStmt>(N);
    end(N);
    dump(S->Test, Indent + 1);
    bodyAndElse(S->Body, S->OrElse, Indent);
    return;
  }
  case NodeKind::For: {
    auto *S = cast<ForStmt>(N);
    end(N);
    dump(S->Target, Indent + 1);
    dump(S->Iter, Indent + 1);
    bodyAndElse(S->Body, S->OrElse, Indent);
    return;
  }
  case NodeKind::Pass:
  case NodeKind::Break:
  case NodeKind::Continue:
    end(N);
    return;
  case NodeKind::Global:
  case NodeKind::Nonlocal: {
    for (llvm::StringRef Name : cast<NamesStmt>(N)->Names)
      OS << ' ' << Name;
    end(N);
    return;
  }
  case NodeKind::Del:
    end(N);
    exprs(cast<DelStmt>(N)->Targets, Indent + 1);
    return;
  case NodeKind::Assert: {
    auto *S = cast<AssertStmt>(N);
    end(N);
    dump(S->Test, Indent + 1);
    if (S->Msg)
      dump(S->Msg, Indent + 1);
    return;
  }
  }
}

} // namespace

void pyr::dumpAST(const Node *N, llvm::raw_ostream &OS) {
  Dumper(OS).dump(N, 0);
}
