//===- AST.h - Python syntax tree -------------------------------*- C++ -*-===//
//
// The syntax tree the parser builds and the compiler consumes. Nodes live in
// an ASTContext's bump allocator, are never freed one by one and hold no
// owning members, so a whole tree is dropped by resetting its context.
// Names and decoded string literals point into the context too.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_PARSE_AST_H
#define PYR_PARSE_AST_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"
#include "llvm/Support/Compiler.h"
#include <cassert>
#include <cstdint>
#include <cstring>
#include <memory>

namespace llvm {
class raw_ostream;
}

namespace pyr {

enum class NodeKind : uint8_t {
#define EXPR(Name) Name,
#include "pyr/Parse/ASTNodes.def"
#define STMT(Name) Name,
#include "pyr/Parse/ASTNodes.def"
};

enum class BinaryOp : uint8_t {
#define BINOP(Name, Symbol, Dunder) Name,
#include "pyr/Parse/ASTNodes.def"
};
enum class UnaryOp : uint8_t {
#define UNARYOP(Name, Symbol) Name,
#include "pyr/Parse/ASTNodes.def"
};
enum class CmpOp : uint8_t {
#define CMPOP(Name, Symbol) Name,
#include "pyr/Parse/ASTNodes.def"
};
enum class BoolOpKind : uint8_t { And, Or };

const char *getNodeKindName(NodeKind K);
const char *getBinaryOpName(BinaryOp Op);
const char *getBinaryOpSymbol(BinaryOp Op);
const char *getUnaryOpName(UnaryOp Op);
const char *getUnaryOpSymbol(UnaryOp Op);
const char *getCmpOpName(CmpOp Op);
const char *getCmpOpSymbol(CmpOp Op);

/// Where a construct starts in the source (1-based).
struct SourcePos {
  uint32_t Line = 1, Col = 1;
};

class Node {
public:
  NodeKind getKind() const { return static_cast<NodeKind>(KindHeight); }
  SourcePos getPos() const { return Pos; }
  /// Height of an expression's subtree (1 for a leaf). The parser caps it
  /// so that every recursive walk over a tree has bounded depth.
  unsigned getHeight() const { return KindHeight >> 16; }
  void setHeight(unsigned H) {
    assert(H <= UINT16_MAX && "height out of range");
    KindHeight = (KindHeight & 0xFFFF) | H << 16;
  }

protected:
  /// \p Height is taken here when the creator knows it, so that it is
  /// stored with the kind rather than written again.
  Node(NodeKind K, SourcePos P, unsigned Height = 1)
      : Pos(P), KindHeight(static_cast<uint32_t>(K) | Height << 16) {
    static_assert(sizeof(NodeKind) == 1, "the kind is KindHeight's low byte");
    assert(Height <= UINT16_MAX && "height out of range");
  }

private:
  /// First, so that the kind and height come after it in the same eight
  /// bytes as a subclass's first small fields, which a constructor can then
  /// store together with them.
  SourcePos Pos;
  /// The kind in the low byte and the height in the high 16 bits: one
  /// field, so that a constructor stores them with one instruction even
  /// when the height is not a constant.
  uint32_t KindHeight;
};

class Expr : public Node {
public:
  static bool classof(const Node *N) { return N->getKind() < NodeKind::Module; }

protected:
  using Node::Node;
};

class Stmt : public Node {
public:
  static bool classof(const Node *N) {
    return N->getKind() >= NodeKind::Module;
  }

protected:
  using Node::Node;
};

using ExprList = llvm::ArrayRef<Expr *>;
using StmtList = llvm::ArrayRef<Stmt *>;

#define PYR_NODE_CLASSOF(Name)                                                 \
  static bool classof(const Node *N) { return N->getKind() == NodeKind::Name; }

enum class ExprContext : uint8_t { Load, Store, Del };

class NameExpr : public Expr {
public:
  NameExpr(SourcePos P, llvm::StringRef Id) : Expr(NodeKind::Name, P), Id(Id) {}
  PYR_NODE_CLASSOF(Name)
  llvm::StringRef Id;
  ExprContext Ctx = ExprContext::Load;
};

class ConstantExpr : public Expr {
public:
  enum ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes };
  ConstantExpr(SourcePos P, ConstKind K) : Expr(NodeKind::Constant, P), CK(K) {}
  PYR_NODE_CLASSOF(Constant)
  ConstKind CK;
  /// Int: true when the literal does not fit in int64 (IntVal is invalid and
  /// Text holds the literal).
  bool IsBigInt = false;
  /// Unused, but zeroed: it fills the eight bytes from the kind on, which a
  /// constructor then stores with one instruction.
  uint16_t Spare = 0;
  /// One or the other, as CK says: not zeroing both saves a store for
  /// every number.
  union {
    int64_t IntVal = 0; ///< Int.
    double FloatVal;    ///< Float and Imaginary.
  };
  /// Str/Bytes: the decoded value (UTF-8); Int: the literal's spelling.
  llvm::StringRef Text;
};

class BinOpExpr : public Expr {
public:
  BinOpExpr(SourcePos P, BinaryOp Op, Expr *L, Expr *R, unsigned Height = 1)
      : Expr(NodeKind::BinOp, P, Height), Op(Op), LHS(L), RHS(R) {}
  PYR_NODE_CLASSOF(BinOp)
  BinaryOp Op;
  Expr *LHS, *RHS;
};

class UnaryOpExpr : public Expr {
public:
  UnaryOpExpr(SourcePos P, UnaryOp Op, Expr *E)
      : Expr(NodeKind::UnaryOp, P), Op(Op), Operand(E) {}
  PYR_NODE_CLASSOF(UnaryOp)
  UnaryOp Op;
  Expr *Operand;
};

class BoolOpExpr : public Expr {
public:
  BoolOpExpr(SourcePos P, BoolOpKind Op, ExprList Values)
      : Expr(NodeKind::BoolOp, P), Op(Op), Values(Values) {}
  PYR_NODE_CLASSOF(BoolOp)
  BoolOpKind Op;
  ExprList Values;
};

class CompareExpr : public Expr {
public:
  CompareExpr(SourcePos P, Expr *Left, llvm::ArrayRef<CmpOp> Ops,
              ExprList Comparators)
      : Expr(NodeKind::Compare, P), Left(Left), Ops(Ops),
        Comparators(Comparators) {}
  PYR_NODE_CLASSOF(Compare)
  Expr *Left;
  llvm::ArrayRef<CmpOp> Ops;
  ExprList Comparators;
};

struct Keyword {
  SourcePos Pos;
  llvm::StringRef Arg; ///< Empty for **kwargs.
  Expr *Value;
};

class CallExpr : public Expr {
public:
  CallExpr(SourcePos P, Expr *Func, ExprList Args,
           llvm::ArrayRef<Keyword> Keywords)
      : Expr(NodeKind::Call, P), Func(Func), Args(Args), Keywords(Keywords) {}
  PYR_NODE_CLASSOF(Call)
  Expr *Func;
  ExprList Args;
  llvm::ArrayRef<Keyword> Keywords;
};

class IfExpExpr : public Expr {
public:
  IfExpExpr(SourcePos P, Expr *Test, Expr *Body, Expr *OrElse)
      : Expr(NodeKind::IfExp, P), Test(Test), Body(Body), OrElse(OrElse) {}
  PYR_NODE_CLASSOF(IfExp)
  Expr *Test, *Body, *OrElse;
};

struct Parameter {
  SourcePos Pos;
  llvm::StringRef Name;
  Expr *Default = nullptr;
};

/// A parameter list: the named parameters in source order (positional-only
/// ones first, keyword-only ones last), and the *args and **kwargs names.
struct Parameters {
  llvm::ArrayRef<Parameter> Params;
  unsigned NumPosOnly = 0; ///< The first NumPosOnly are before a '/'.
  unsigned NumKwOnly = 0;  ///< The last NumKwOnly are after a '*'.
  Parameter VarArg, VarKw; ///< Name empty when absent.
  bool HasVarArgs = false, HasKwOnly = false, HasVarKw = false,
       HasPosOnly = false, HasAnnotations = false;
  SourcePos ExtrasPos;
  unsigned numPositional() const { return Params.size() - NumKwOnly; }
};

class LambdaExpr : public Expr {
public:
  LambdaExpr(SourcePos P, Parameters Params, Expr *Body)
      : Expr(NodeKind::Lambda, P), Params(Params), Body(Body) {}
  PYR_NODE_CLASSOF(Lambda)
  Parameters Params;
  Expr *Body;
};

class NamedExprExpr : public Expr {
public:
  NamedExprExpr(SourcePos P, NameExpr *Target, Expr *Value)
      : Expr(NodeKind::NamedExpr, P), Target(Target), Value(Value) {}
  PYR_NODE_CLASSOF(NamedExpr)
  NameExpr *Target;
  Expr *Value;
};

class AttributeExpr : public Expr {
public:
  AttributeExpr(SourcePos P, Expr *Value, llvm::StringRef Attr)
      : Expr(NodeKind::Attribute, P), Value(Value), Attr(Attr) {}
  PYR_NODE_CLASSOF(Attribute)
  Expr *Value;
  llvm::StringRef Attr;
  ExprContext Ctx = ExprContext::Load;
};

class SubscriptExpr : public Expr {
public:
  SubscriptExpr(SourcePos P, Expr *Value, Expr *Index)
      : Expr(NodeKind::Subscript, P), Value(Value), Index(Index) {}
  PYR_NODE_CLASSOF(Subscript)
  Expr *Value, *Index;
  ExprContext Ctx = ExprContext::Load;
};

class SliceExpr : public Expr {
public:
  SliceExpr(SourcePos P, Expr *Lower, Expr *Upper, Expr *Step)
      : Expr(NodeKind::Slice, P), Lower(Lower), Upper(Upper), Step(Step) {}
  PYR_NODE_CLASSOF(Slice)
  Expr *Lower, *Upper, *Step; ///< Each may be null.
};

class StarredExpr : public Expr {
public:
  StarredExpr(SourcePos P, Expr *Value)
      : Expr(NodeKind::Starred, P), Value(Value) {}
  PYR_NODE_CLASSOF(Starred)
  Expr *Value;
  ExprContext Ctx = ExprContext::Load;
};

/// Tuple, List and Set share a layout.
class SequenceExpr : public Expr {
public:
  SequenceExpr(NodeKind K, SourcePos P, ExprList Elts)
      : Expr(K, P), Elts(Elts) {}
  static bool classof(const Node *N) {
    return N->getKind() == NodeKind::Tuple || N->getKind() == NodeKind::List ||
           N->getKind() == NodeKind::Set;
  }
  ExprList Elts;
  ExprContext Ctx = ExprContext::Load;
};

class DictExpr : public Expr {
public:
  DictExpr(SourcePos P, ExprList Keys, ExprList Values)
      : Expr(NodeKind::Dict, P), Keys(Keys), Values(Values) {}
  PYR_NODE_CLASSOF(Dict)
  ExprList Keys; ///< A null key marks a **mapping entry.
  ExprList Values;
};

/// One "for Target in Iter if Cond ..." clause of a comprehension.
struct Comprehension {
  SourcePos Pos; ///< Of the 'for'.
  Expr *Target;
  Expr *Iter;
  ExprList Ifs;
};

/// [Elt for ...], {Elt for ...}, {Elt: Value for ...} and (Elt for ...):
/// each runs in a scope of its own, as CPython compiles it to a function.
class ComprehensionExpr : public Expr {
public:
  ComprehensionExpr(NodeKind K, SourcePos P, Expr *Elt, Expr *Value,
                    llvm::ArrayRef<Comprehension> Generators)
      : Expr(K, P), Elt(Elt), Value(Value), Generators(Generators) {}
  static bool classof(const Node *N) {
    return N->getKind() == NodeKind::ListComp ||
           N->getKind() == NodeKind::SetComp ||
           N->getKind() == NodeKind::DictComp ||
           N->getKind() == NodeKind::GeneratorExp;
  }
  Expr *Elt;   ///< The key of a dict comprehension.
  Expr *Value; ///< A dict comprehension's value; null otherwise.
  llvm::ArrayRef<Comprehension> Generators; ///< At least one.
};

/// An f-string (with any literals implicitly concatenated to it): str
/// constants and FormattedValues, in order. Also a format spec that holds
/// replacement fields.
class JoinedStrExpr : public Expr {
public:
  JoinedStrExpr(SourcePos P, ExprList Values)
      : Expr(NodeKind::JoinedStr, P), Values(Values) {}
  PYR_NODE_CLASSOF(JoinedStr)
  ExprList Values;
};

/// One replacement field of an f-string: format(conversion(Value), spec).
class FormattedValueExpr : public Expr {
public:
  FormattedValueExpr(SourcePos P, Expr *Value, int Conversion,
                     JoinedStrExpr *FormatSpec)
      : Expr(NodeKind::FormattedValue, P), Value(Value), Conversion(Conversion),
        FormatSpec(FormatSpec) {}
  PYR_NODE_CLASSOF(FormattedValue)
  Expr *Value;
  int Conversion;            ///< -1, or 's', 'r', 'a'.
  JoinedStrExpr *FormatSpec; ///< Null when there is none.
};

class ModuleStmt : public Stmt {
public:
  ModuleStmt(SourcePos P, StmtList Body, bool HasNameDecls = false,
             bool HasFunctions = false)
      : Stmt(NodeKind::Module, P), Body(Body), HasNameDecls(HasNameDecls),
        HasFunctions(HasFunctions) {}
  /// A module of the one statement \p Only, kept in OnlyStmt.
  ModuleStmt(SourcePos P, Stmt *Only, bool HasNameDecls = false,
             bool HasFunctions = false)
      : Stmt(NodeKind::Module, P), Body(&OnlyStmt, 1),
        HasNameDecls(HasNameDecls), HasFunctions(HasFunctions), OnlyStmt(Only) {
  }
  PYR_NODE_CLASSOF(Module)
  StmtList Body;
  /// Whether a global or nonlocal statement appears anywhere in the module,
  /// so the compiler can skip scanning module scope for declarations.
  bool HasNameDecls = false;
  /// Whether a def, lambda or comprehension appears anywhere in the
  /// module, so the compiler can skip working out closures for a module
  /// without them.
  bool HasFunctions = false;
  /// The storage of a body of one statement, the commonest, which then
  /// needs no allocation of its own.
  Stmt *OnlyStmt = nullptr;
};

class FunctionDefStmt : public Stmt {
public:
  FunctionDefStmt(SourcePos P, llvm::StringRef Name, Parameters Params,
                  StmtList Body)
      : Stmt(NodeKind::FunctionDef, P), Name(Name), Params(Params), Body(Body) {}
  PYR_NODE_CLASSOF(FunctionDef)
  llvm::StringRef Name;
  Parameters Params;
  StmtList Body;
  ExprList Decorators;
  Expr *Returns = nullptr;
};

class ReturnStmt : public Stmt {
public:
  ReturnStmt(SourcePos P, Expr *Value) : Stmt(NodeKind::Return, P), Value(Value) {}
  PYR_NODE_CLASSOF(Return)
  Expr *Value; ///< May be null.
};

class AssignStmt : public Stmt {
public:
  AssignStmt(SourcePos P, ExprList Targets, Expr *Value)
      : Stmt(NodeKind::Assign, P), Targets(Targets), Value(Value) {}
  PYR_NODE_CLASSOF(Assign)
  ExprList Targets;
  Expr *Value;
};

class AugAssignStmt : public Stmt {
public:
  AugAssignStmt(SourcePos P, Expr *Target, BinaryOp Op, Expr *Value)
      : Stmt(NodeKind::AugAssign, P), Target(Target), Op(Op), Value(Value) {}
  PYR_NODE_CLASSOF(AugAssign)
  Expr *Target;
  BinaryOp Op;
  Expr *Value;
};

class ExprStmt : public Stmt {
public:
  ExprStmt(SourcePos P, Expr *Value) : Stmt(NodeKind::ExprStmt, P), Value(Value) {}
  PYR_NODE_CLASSOF(ExprStmt)
  Expr *Value;
};

/// If and While share a layout.
class CondStmt : public Stmt {
public:
  CondStmt(NodeKind K, SourcePos P, Expr *Test, StmtList Body, StmtList OrElse)
      : Stmt(K, P), Test(Test), Body(Body), OrElse(OrElse) {}
  static bool classof(const Node *N) {
    return N->getKind() == NodeKind::If || N->getKind() == NodeKind::While;
  }
  Expr *Test;
  StmtList Body, OrElse;
};

/// Pass, Break and Continue.
class SimpleStmt : public Stmt {
public:
  SimpleStmt(NodeKind K, SourcePos P) : Stmt(K, P) {}
  static bool classof(const Node *N) {
    return N->getKind() == NodeKind::Pass || N->getKind() == NodeKind::Break ||
           N->getKind() == NodeKind::Continue;
  }
};

/// Global and Nonlocal.
class NamesStmt : public Stmt {
public:
  NamesStmt(NodeKind K, SourcePos P, llvm::ArrayRef<llvm::StringRef> Names)
      : Stmt(K, P), Names(Names) {}
  static bool classof(const Node *N) {
    return N->getKind() == NodeKind::Global ||
           N->getKind() == NodeKind::Nonlocal;
  }
  llvm::ArrayRef<llvm::StringRef> Names;
};

class ForStmt : public Stmt {
public:
  ForStmt(SourcePos P, Expr *Target, Expr *Iter, StmtList Body, StmtList OrElse)
      : Stmt(NodeKind::For, P), Target(Target), Iter(Iter), Body(Body),
        OrElse(OrElse) {}
  PYR_NODE_CLASSOF(For)
  Expr *Target, *Iter;
  StmtList Body, OrElse;
};

class DelStmt : public Stmt {
public:
  DelStmt(SourcePos P, ExprList Targets) : Stmt(NodeKind::Del, P), Targets(Targets) {}
  PYR_NODE_CLASSOF(Del)
  ExprList Targets;
};

class AssertStmt : public Stmt {
public:
  AssertStmt(SourcePos P, Expr *Test, Expr *Msg)
      : Stmt(NodeKind::Assert, P), Test(Test), Msg(Msg) {}
  PYR_NODE_CLASSOF(Assert)
  Expr *Test, *Msg;
};

#undef PYR_NODE_CLASSOF

/// Owns the memory of one or more syntax trees. A bump allocator of its
/// own rather than llvm::BumpPtrAllocator: keeping every chunk a multiple
/// of the node alignment lets the hot path skip alignment arithmetic and
/// stay small enough to inline into each node's construction.
class ASTContext {
public:
  ASTContext() = default;
  ASTContext(const ASTContext &) = delete;
  ASTContext &operator=(const ASTContext &) = delete;
  ~ASTContext();

  template <typename T, typename... Args> T *create(Args &&...As) {
    static_assert(alignof(T) <= Align, "node over-aligned for ASTContext");
    return new (allocate(sizeof(T))) T(std::forward<Args>(As)...);
  }
  template <typename T> llvm::ArrayRef<T> copy(llvm::ArrayRef<T> A) {
    static_assert(alignof(T) <= Align, "type over-aligned for ASTContext");
    if (A.empty())
      return {};
    T *Mem = static_cast<T *>(allocate(sizeof(T) * A.size()));
    // Most lists hold one element (a module or block of one statement, a
    // call with one argument), which is cheaper to copy than to hand to
    // memmove.
    if (A.size() == 1)
      new (Mem) T(A.front());
    else
      std::uninitialized_copy(A.begin(), A.end(), Mem);
    return {Mem, A.size()};
  }
  llvm::StringRef copyString(llvm::StringRef S) {
    if (S.empty())
      return {};
    char *Mem = static_cast<char *>(allocate(S.size()));
    std::memcpy(Mem, S.data(), S.size());
    return {Mem, S.size()};
  }
  /// Drop every tree, keeping the first slab for reuse.
  void reset() {
    if (LLVM_UNLIKELY(HasExtraSlabs))
      freeExtraSlabs();
    Cur = FirstSlab;
    End = FirstSlabEnd;
    __asan_poison_memory_region(Cur, End - Cur);
  }

private:
  static constexpr size_t Align = 8;
  static constexpr size_t SlabSize = 4096;

  void *allocate(size_t Size) {
    Size = (Size + Align - 1) & ~(Align - 1);
    // Compared as integers: comparing the new end with End costs one
    // instruction less than working out the room left, and a pointer past
    // the slab (or from null) may not be formed.
    uintptr_t NewCur = reinterpret_cast<uintptr_t>(Cur) + Size;
    if (LLVM_LIKELY(NewCur <= reinterpret_cast<uintptr_t>(End))) {
      char *P = Cur;
      Cur = reinterpret_cast<char *>(NewCur);
      __asan_unpoison_memory_region(P, Size);
      return P;
    }
    return allocateSlow(Size);
  }
  void *allocateSlow(size_t Size);
  void freeExtraSlabs();

  char *Cur = nullptr, *End = nullptr;
  /// The first slab, which reset() keeps, and its end (both null before
  /// there is one): reset() is on every parse's path, and reading them
  /// costs less than asking Slabs.
  char *FirstSlab = nullptr, *FirstSlabEnd = nullptr;
  /// Whether there are slabs besides the first (standard or big).
  bool HasExtraSlabs = false;
  /// Slabs of the standard sizes, which grow like llvm::BumpPtrAllocator's.
  llvm::SmallVector<char *, 4> Slabs;
  /// Allocations too big for a standard slab each get their own.
  llvm::SmallVector<char *, 0> BigSlabs;
};

/// Print the tree, one node per line, children indented by two spaces.
void dumpAST(const Node *N, llvm::raw_ostream &OS);

} // namespace pyr

#endif
