//===- Compiler.cpp - Syntax tree to register bytecode --------------------===//
//
// Register allocation follows Lua: a function's locals own registers
// [0, NumLocals) for the whole call, temporaries are allocated stack-wise
// above them and released when the expression that needed them is done.
// An expression is compiled into a destination register that is written
// only by its last instruction, so "x = y - x" can target x directly;
// expressions that write their destination more than once (and/or, chained
// comparisons) go through a temporary when the destination is a local.
//
//===----------------------------------------------------------------------===//

#include "pyr/Compile/Compiler.h"
#include "pyr/Lex/Diagnostic.h"
#include "pyr/StoreIfChanged.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <memory>

using namespace pyr;
using llvm::cast;
using llvm::dyn_cast;
using llvm::Error;
using llvm::isa;
using llvm::SmallVector;
using llvm::SmallVectorImpl;
using llvm::StringRef;

namespace {

/// What the symbol-table pass (buildSymtable) learns about one function
/// or lambda: how each name it uses is stored.
struct SymScope {
  std::string QualName;
  /// Parameters first, then the other names bound here, in the order of
  /// their first binding; each gets the register of its index.
  SmallVector<StringRef, 8> Locals;
  llvm::StringSet<> Globals;
  /// Locals that nested functions use: they live in cells.
  llvm::StringSet<> Cells;
  /// Variables of enclosing functions used here or by nested functions,
  /// sorted; their cells follow the locals in registers.
  std::vector<std::string> Frees;
  /// Locals assigned by ':=', which can change in the middle of an
  /// expression that reads them.
  llvm::StringSet<> WalrusLocals;
  /// Names a del statement here unbinds.
  llvm::StringSet<> Deleted;
};

struct Scope {
  CodeObject *Code = nullptr;
  Scope *Parent = nullptr;
  bool IsModule = false;
  /// Every local, cells included, by register.
  llvm::StringMap<unsigned> Locals;
  /// Locals whose register holds a cell.
  llvm::BitVector CellRegs;
  /// Free variables: the register holding each one's cell.
  llvm::StringMap<unsigned> Frees;
  llvm::StringSet<> GlobalDecls;
  unsigned FreeReg = 0;
  llvm::BitVector Bound; ///< Locals certainly holding a value here.
  /// Locals assigned by ':=': an operand reads a copy of them, taken
  /// before the operands after it run.
  llvm::BitVector WalrusRegs;
  /// Locals some del statement unbinds: never certainly bound, as the del
  /// may run (in a loop) after the code that reads them.
  llvm::BitVector Deleted;
  struct Loop {
    /// Where 'continue' jumps, or NoTarget when that is not emitted yet
    /// (a for loop's test is at its bottom): the jumps wait in
    /// ContinueJumps.
    size_t ContinueTarget;
    SmallVector<size_t, 4> BreakJumps;
    SmallVector<size_t, 4> ContinueJumps;
  };
  static constexpr size_t NoTarget = ~size_t(0);
  SmallVector<Loop, 4> Loops;
};

} // namespace

namespace {
/// One compiler serves many modules in turn (a ModuleCompiler keeps one):
/// every run leaves its tables empty again but keeps their buffers, so
/// that compiling a small module neither builds nor frees them.
class Compiler {
public:
  Compiler() { ModuleScope.IsModule = true; }
  // Inlined into its two callers, which do nothing else.
  LLVM_ATTRIBUTE_ALWAYS_INLINE Error run(const ModuleStmt *M, Program &Out,
                                         const CompileOptions &Opts);

private:
  /// run() for any module but the common shape it handles itself.
  LLVM_ATTRIBUTE_NOINLINE Error runGeneral(const CompileOptions &Opts);
  /// The checks and cleanup that end a run.
  LLVM_ATTRIBUTE_NOINLINE Error finishRun();
  /// The module's trailing expression statement and the Return of its
  /// value.
  void compileReturnedExpr(const ExprStmt *Last);

private:
  /// The program being compiled; set by run.
  Program *P = nullptr;
  /// The scope being compiled: the module's between runs.
  Scope *S = &ModuleScope;
  /// S->Code, kept apart so that emitting loads it directly.
  CodeObject *Cur = nullptr;
  llvm::StringMap<unsigned> GlobalIndex;
  Error Err = Error::success();
  bool Failed = false;
  uint32_t CurLine = 1;

  // Constant deduplication within one code object.
  llvm::DenseMap<int64_t, unsigned> IntConsts;
  llvm::DenseMap<uint64_t, unsigned> FloatConsts;
  llvm::StringMap<unsigned> StrConsts;
  Scope ModuleScope;
  /// Whether anything was added to the tables above or the ones below
  /// (Symtable, ModuleBound, ConstSetOrders), which then need emptying
  /// before the next module; also set by a failure, so that the common
  /// end of a run tests one flag for both.
  bool TablesUsed = false;
  LLVM_ATTRIBUTE_NOINLINE void clearTables();

  void fail(SourcePos Pos, const llvm::Twine &Msg) {
    if (Failed)
      return;
    Failed = TablesUsed = true;
    llvm::consumeError(std::move(Err));
    Err = makeSyntaxError(Msg.str(), 0, Pos.Line, Pos.Col);
  }
  void unsupported(const Node *N, const llvm::Twine &What) {
    fail(N->getPos(), What + " is not supported yet");
  }

  /// CurLine = \p Line, without the store when the line is the same (the
  /// operands of a statement mostly are on its line; see run()).
  void setLine(uint32_t Line) { storeIfChanged(CurLine, Line); }

  // Emission.
  // Out of line, so that the two appends are inlined into it (inlined
  // into the large emitters, they were left as two calls), and with the
  // growing done apart, so that the common case needs no frame.
  LLVM_ATTRIBUTE_NOINLINE void emit(Instr I) { append(I); }
  /// emit(), returning \p Reg (\p I's A operand, which the caller has at
  /// hand): a caller whose last step is to emit into a register and return
  /// it tail-calls this, without a frame.
  LLVM_ATTRIBUTE_NOINLINE unsigned emitToReg(Instr I, unsigned Reg) {
    if (LLVM_UNLIKELY(isFull()))
      return growAndEmitToReg(I, Reg);
    append(I);
    return Reg;
  }
  LLVM_ATTRIBUTE_NOINLINE unsigned growAndEmitToReg(Instr I, unsigned Reg) {
    growAndEmit(I);
    return Reg;
  }
  bool isFull() const {
    const CodeObject &C = *Cur;
    return C.Code.size() == C.Code.capacity() ||
           C.Lines.size() == C.Lines.capacity();
  }
  LLVM_ATTRIBUTE_ALWAYS_INLINE void append(Instr I) {
    CodeObject &C = *Cur;
    if (LLVM_UNLIKELY(isFull()))
      return growAndEmit(I);
    // Tells the compiler that the appends below do not reallocate.
    if (C.Code.size() == C.Code.capacity() ||
        C.Lines.size() == C.Lines.capacity())
      LLVM_BUILTIN_UNREACHABLE;
    C.Code.push_back(I);
    C.Lines.push_back(CurLine);
  }
  LLVM_ATTRIBUTE_NOINLINE void growAndEmit(Instr I) {
    CodeObject &C = *Cur;
    C.Code.reserve(std::max<size_t>(16, 2 * C.Code.size()));
    C.Lines.reserve(std::max<size_t>(16, 2 * C.Lines.size()));
    emit(I);
  }
  size_t here() const { return Cur->Code.size(); }
  size_t emitJump(Opcode Op, unsigned A = 0) {
    size_t At = here();
    emit(Instr::makeABx(Op, A, 0));
    return At;
  }
  void patchJump(size_t At, size_t Target) {
    Instr &I = Cur->Code[At];
    int64_t Off = static_cast<int64_t>(Target) - static_cast<int64_t>(At) - 1;
    I = Instr::makeABx(I.Op, I.A, static_cast<uint32_t>(static_cast<int32_t>(Off)));
  }
  void patchHere(llvm::ArrayRef<size_t> Jumps) {
    for (size_t J : Jumps)
      patchJump(J, here());
  }

  // Registers.
  unsigned allocTemp() {
    unsigned R = S->FreeReg++;
    if (S->FreeReg > Cur->NumRegs)
      Cur->NumRegs = S->FreeReg;
    return R;
  }
  bool isLocalReg(unsigned R) const { return R < S->Code->NumLocals; }
  /// Whether local register \p R holds a value wherever the code being
  /// compiled runs, so reading it needs no CheckBound.
  bool isCertainlyBound(unsigned R) const {
    return S->Bound.test(R) && !S->Deleted.test(R);
  }

  unsigned globalIndex(StringRef Name) {
    TablesUsed = true;
    auto [It, Inserted] = GlobalIndex.try_emplace(
        Name, static_cast<unsigned>(P->GlobalNames.size()));
    if (Inserted)
      P->GlobalNames.push_back(Name.str());
    return It->second;
  }
  unsigned addConstant(Constant K);

  // Scopes.
  /// The symbol table of every def and lambda in the module, built before
  /// compiling when the module has any.
  llvm::DenseMap<const Node *, std::unique_ptr<SymScope>> Symtable;
  void buildSymtable(const ModuleStmt *M);
  void enterScope(const SymScope &Sym, const Parameters &Params,
                  SourcePos DefPos);
  void collectTargets(const Expr *E, SmallVectorImpl<StringRef> &Out);
  /// Whether \p Name is a local of the current function held directly in
  /// a register (not in a cell), and which.
  bool isLocal(StringRef Name, unsigned &Reg) const;
  /// Whether \p Name lives in a cell (a local captured by a nested
  /// function, or a free variable), the register holding the cell, and
  /// whether it is free.
  bool isCellVar(StringRef Name, unsigned &Reg, bool &IsFree) const;
  void checkBuiltinName(const NameExpr *N);

  const ModuleStmt *Mod = nullptr;
  /// Names the program binds as module globals somewhere (assigned at
  /// module level, or assigned in a function that declares them global).
  /// Computed on first need: most programs never need it.
  std::unique_ptr<llvm::StringSet<>> ModuleBound;

  // Statements.
  void compileBody(StmtList Body);
  void compileStmt(const Stmt *St);
  /// Any statement but an expression statement; restores nothing.
  LLVM_ATTRIBUTE_NOINLINE void compileOtherStmt(const Stmt *St);
  void compileAssign(const AssignStmt *A);
  void compileFor(const ForStmt *F);
  void storeName(const NameExpr *N, unsigned Src);
  void storeTarget(const Expr *T, unsigned Src);
  void compileDel(const Expr *T);
  void compileAugAssign(const AugAssignStmt *A);
  void compileIf(const CondStmt *If);
  void compileWhile(const CondStmt *W);
  /// The two ends of a loop over an iterator (see compileFor): the top,
  /// where each item is stored into the target, and the test at the
  /// bottom.
  struct ForLoop {
    size_t ToTest, Top;
    unsigned Item;
  };
  ForLoop beginForLoop(const Expr *Target);
  void endForLoop(const ForLoop &L, unsigned It, uint32_t Line);
  void compileFunctionDef(const FunctionDefStmt *F);
  /// Compiles a def's or lambda's body into a new child code object and
  /// emits the code that makes the function (defaults and cells included)
  /// into a fresh temporary, which it returns; ~0u on failure.
  /// A function without defaults or cells goes straight into \p Direct
  /// if given.
  unsigned compileFunction(const Node *Owner, StringRef Name,
                           const Parameters &Params, StmtList Body,
                           const Expr *LambdaBody, unsigned Direct = ~0u);

  // Expressions. The per-kind emitters are kept out of line so that the
  // recursive path emitExpr -> emitter -> exprToReg uses little stack.
  void emitExpr(const Expr *E, unsigned Dest);
  unsigned exprToReg(const Expr *E);
  /// exprToReg for a name: the register of a local (or a copy of it), or
  /// ~0u if \p N is not a local. Out of line, so that exprToReg needs no
  /// large frame.
  LLVM_ATTRIBUTE_NOINLINE unsigned localToReg(const NameExpr *N);
  // The cases of exprToReg, out of line so that it needs no frame.
  LLVM_ATTRIBUTE_NOINLINE unsigned exprToTemp(const Expr *E);
  LLVM_ATTRIBUTE_NOINLINE unsigned intLiteralToReg(const ConstantExpr *C);
  LLVM_ATTRIBUTE_NOINLINE unsigned binOpToReg(const BinOpExpr *B);
  /// binOpToReg's cases but two int literals that fold to an int32.
  LLVM_ATTRIBUTE_NOINLINE unsigned binOpToRegOther(const BinOpExpr *B,
                                                   unsigned T);
  /// binOpToReg when the left operand is not an int literal.
  LLVM_ATTRIBUTE_NOINLINE unsigned binOpToRegNoLiteral(const BinOpExpr *B,
                                                       unsigned T);
  LLVM_ATTRIBUTE_NOINLINE unsigned nameToReg(const NameExpr *N);
  LLVM_ATTRIBUTE_NOINLINE void emitName(const NameExpr *N, unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitConstant(const ConstantExpr *C,
                                            unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitBinOp(const BinOpExpr *B, unsigned Dest);
  /// emitBinOp, inlined into binOpToReg.
  LLVM_ATTRIBUTE_ALWAYS_INLINE void emitBinOpInline(const BinOpExpr *B,
                                                    unsigned Dest);
  /// The operation itself, when its operands do not fold to a constant:
  /// out of line, so that a folded one needs no large frame.
  LLVM_ATTRIBUTE_NOINLINE void emitBinOpUnfolded(const BinOpExpr *B,
                                                 unsigned Dest);
  /// emitBinOp when foldIntConstant may fold it.
  LLVM_ATTRIBUTE_NOINLINE void emitBinOpFolding(const BinOpExpr *B,
                                                unsigned Dest);
  /// emitBinOp unless both operands are int literals: a left operand that
  /// is neither a literal nor an operation (a name, a call) cannot fold.
  LLVM_ATTRIBUTE_ALWAYS_INLINE void emitBinOpNotTwoLiterals(const BinOpExpr *B,
                                                            unsigned Dest) {
    if (!isa<BinOpExpr>(B->LHS) && !isa<UnaryOpExpr>(B->LHS) &&
        !isa<ConstantExpr>(B->LHS))
      return emitBinOpUnfolded(B, Dest);
    emitBinOpFolding(B, Dest);
  }
  /// Inline for the common LoadInt; the constant-table path is out of
  /// line, where its frame does not burden the common case.
  void emitIntConstant(int64_t V, unsigned Dest) {
    if (LLVM_LIKELY(V >= INT32_MIN && V <= INT32_MAX)) {
      emit(Instr::makeABx(Opcode::LoadInt, Dest,
                          static_cast<uint32_t>(static_cast<int32_t>(V))));
      return;
    }
    emitIntConstantSlow(V, Dest);
  }
  LLVM_ATTRIBUTE_NOINLINE void emitIntConstantSlow(int64_t V, unsigned Dest);
  void emitBigIntLiteral(const ConstantExpr *C, bool Negate, unsigned Dest);
  void emitFloatConstant(double V, unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitUnaryOp(const UnaryOpExpr *U,
                                           unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitIfExp(const IfExpExpr *I, unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitCompare(const CompareExpr *C,
                                           unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitBoolOp(const BoolOpExpr *B, unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitCall(const CallExpr *C, unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitCallEx(const CallExpr *C, unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitLambda(const LambdaExpr *L, unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitNamedExpr(const NamedExprExpr *N,
                                             unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitComprehension(const ComprehensionExpr *E,
                                                 unsigned Dest);
  void compileComprehensionBody(const ComprehensionExpr *C);
  void compileComprehensionLoop(const ComprehensionExpr *C, size_t Index,
                                unsigned Result);
  LLVM_ATTRIBUTE_NOINLINE void emitJoinedStr(const JoinedStrExpr *J,
                                             unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitFormattedValue(const FormattedValueExpr *FV,
                                                  unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitSequence(const SequenceExpr *E,
                                            unsigned Dest);
  /// \p Line is the display's or call's, where CPython reports errors.
  void emitStarredList(ExprList Elts, unsigned Base, uint32_t Line);
  /// The iterable of the for loop being compiled: CPython turns a set
  /// display of constants there into a frozenset constant.
  const Expr *ForIterSet = nullptr;
  /// The set displays of constants compiled so far in the module, by
  /// their items' CPython constant keys (sorted, joined): each one's
  /// items in the order they built its frozenset.
  /// Made on first use: most modules have no such display, and the
  /// expression-only ones must not pay for an empty map.
  std::unique_ptr<llvm::StringMap<std::vector<std::string>>> ConstSetOrders;
  /// The items of a set display of constants in the order CPython builds
  /// them (see emitDictOrSet).
  void orderConstantSet(llvm::SmallVectorImpl<const Expr *> &Items);
  /// {k: v, ...} and {a, b, ...}: the items into a window, then one
  /// BuildMap or BuildSet.
  LLVM_ATTRIBUTE_NOINLINE void emitDictOrSet(const Expr *E, unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitAttribute(const AttributeExpr *E,
                                             unsigned Dest);
  LLVM_ATTRIBUTE_NOINLINE void emitSubscript(const SubscriptExpr *E,
                                             unsigned Dest);
  /// A subscript's index (a slice object for a slice) in a register.
  unsigned indexToReg(const Expr *Index);
  unsigned strConstant(StringRef S);
  LLVM_ATTRIBUTE_NOINLINE void unsupportedExpr(const Expr *E);
  void compileCond(const Expr *E, bool JumpIf, SmallVectorImpl<size_t> &Jumps);
};

} // namespace

struct pyr::ModuleCompiler::Tables {
  Compiler C;
};

//===----------------------------------------------------------------------===//
// Constants and scopes
//===----------------------------------------------------------------------===//

/// DenseMap reserves two keys of its key type (for int64_t INT64_MAX and
/// INT64_MIN, for uint64_t ~0 and ~0 - 1); inserting one corrupts the map,
/// so constants equal to a reserved key are deduplicated by a linear scan.
template <typename KeyT> static bool isReservedKey(KeyT Key) {
  using Info = llvm::DenseMapInfo<KeyT>;
  return Key == Info::getEmptyKey() || Key == Info::getTombstoneKey();
}

unsigned Compiler::addConstant(Constant K) {
  TablesUsed = true;
  auto &Consts = S->Code->Consts;
  unsigned Next = static_cast<unsigned>(Consts.size());
  switch (K.K) {
  case Constant::Int: {
    if (isReservedKey(K.I)) {
      for (unsigned I = 0; I < Next; ++I)
        if (Consts[I].K == Constant::Int && Consts[I].I == K.I)
          return I;
      break;
    }
    auto [It, New] = IntConsts.try_emplace(K.I, Next);
    if (!New)
      return It->second;
    break;
  }
  case Constant::Float: {
    uint64_t Bits;
    std::memcpy(&Bits, &K.F, 8);
    if (isReservedKey(Bits)) {
      for (unsigned I = 0; I < Next; ++I)
        if (Consts[I].K == Constant::Float &&
            std::memcmp(&Consts[I].F, &K.F, 8) == 0)
          return I;
      break;
    }
    auto [It, New] = FloatConsts.try_emplace(Bits, Next);
    if (!New)
      return It->second;
    break;
  }
  case Constant::Str: {
    auto [It, New] = StrConsts.try_emplace(K.S, Next);
    if (!New)
      return It->second;
    break;
  }
  case Constant::BigInt:
  case Constant::Bytes:
    for (unsigned I = 0; I < Next; ++I)
      if (Consts[I].K == K.K && Consts[I].S == K.S)
        return I;
    break;
  default:
    break;
  }
  Consts.push_back(std::move(K));
  return Next;
}

void Compiler::collectTargets(const Expr *E, SmallVectorImpl<StringRef> &Out) {
  if (auto *N = dyn_cast<NameExpr>(E))
    Out.push_back(N->Id);
  else if (auto *Seq = dyn_cast<SequenceExpr>(E))
    for (const Expr *Elt : Seq->Elts)
      collectTargets(Elt, Out);
  else if (auto *St = dyn_cast<StarredExpr>(E))
    collectTargets(St->Value, Out);
}

/// The name CPython gives a comprehension's code.
static StringRef comprehensionName(NodeKind K) {
  switch (K) {
  case NodeKind::ListComp:
    return "<listcomp>";
  case NodeKind::SetComp:
    return "<setcomp>";
  case NodeKind::DictComp:
    return "<dictcomp>";
  default:
    return "<genexpr>";
  }
}

namespace {
/// Walks one scope's statements in source order (not nested function
/// bodies) to find its assigned names and global declarations, checking
/// CPython's rules about names used before a global statement.
class ScopeScanner {
public:
  llvm::SmallVector<StringRef, 16> Assigned;
  llvm::SmallVector<StringRef, 4> Deleted;
  llvm::StringMap<SourcePos> Globals;
  /// Names declared nonlocal, in declaration order, with the position of
  /// the first declaration.
  llvm::MapVector<StringRef, SourcePos> Nonlocals;
  /// The first global or nonlocal statement naming each declared name:
  /// where CPython reports the errors it finds when resolving names.
  llvm::StringMap<SourcePos> FirstDirective;
  /// Called for each def or lambda met directly in this scope, after its
  /// default values (which belong to this scope) have been scanned.
  llvm::function_ref<void(const Node *)> OnNested;
  /// How each name was seen so far: a parameter, used, assigned. A global
  /// statement for a name seen in any way is an error, even if the name was
  /// already declared global (CPython's symtable works the same way).
  enum : unsigned { SeenParam = 1, SeenUse = 2, SeenAssign = 4 };
  llvm::StringMap<unsigned> Seen;
  bool Failed = false;
  SourcePos ErrPos;
  std::string ErrMsg;

  // Comprehensions. A name bound by ':=' in a comprehension belongs to the
  // nearest enclosing scope that is not one.
  /// For a comprehension's scope: that enclosing scope's scanner, and
  /// whether it is the module's. Null elsewhere.
  ScopeScanner *WalrusOwner = nullptr;
  bool WalrusOwnerIsModule = false;
  /// The comprehension this one is nested in, if any.
  ScopeScanner *EnclosingComp = nullptr;
  /// The names the comprehension's for clauses bind.
  llvm::StringSet<> IterVars;
  /// Names bound here by ':=' on behalf of WalrusOwner.
  llvm::SmallVector<StringRef, 2> WalrusNames;
  /// Inside a comprehension's iterable, where ':=' is an error.
  unsigned InCompIter = 0;
  /// Scanning the target of a comprehension's for clause.
  bool InCompTarget = false;
  /// Names this scope binds with ':=' (some on behalf of comprehensions).
  llvm::StringSet<> WalrusAssigned;

  void Fail(SourcePos Pos, const llvm::Twine &Msg) {
    if (!Failed) {
      Failed = true;
      ErrPos = Pos;
      ErrMsg = Msg.str();
    }
  }

  void assign(StringRef Name, SourcePos Pos) {
    Assigned.push_back(Name);
    Seen[Name] |= SeenAssign;
  }
  void use(StringRef Name) { Seen[Name] |= SeenUse; }

  void expr(const Expr *E) {
    if (!E)
      return;
    switch (E->getKind()) {
    case NodeKind::Name: {
      auto *N = cast<NameExpr>(E);
      if (N->Ctx == ExprContext::Load) {
        use(N->Id);
      } else {
        assign(N->Id, N->getPos());
        if (InCompTarget)
          IterVars.insert(N->Id);
        if (N->Ctx == ExprContext::Del)
          Deleted.push_back(N->Id);
      }
      return;
    }
    case NodeKind::BinOp:
      expr(cast<BinOpExpr>(E)->LHS);
      expr(cast<BinOpExpr>(E)->RHS);
      return;
    case NodeKind::UnaryOp:
      expr(cast<UnaryOpExpr>(E)->Operand);
      return;
    case NodeKind::BoolOp:
      for (const Expr *V : cast<BoolOpExpr>(E)->Values)
        expr(V);
      return;
    case NodeKind::Compare:
      expr(cast<CompareExpr>(E)->Left);
      for (const Expr *V : cast<CompareExpr>(E)->Comparators)
        expr(V);
      return;
    case NodeKind::Call:
      expr(cast<CallExpr>(E)->Func);
      for (const Expr *V : cast<CallExpr>(E)->Args)
        expr(V);
      for (const Keyword &K : cast<CallExpr>(E)->Keywords)
        expr(K.Value);
      return;
    case NodeKind::IfExp:
      expr(cast<IfExpExpr>(E)->Test);
      expr(cast<IfExpExpr>(E)->Body);
      expr(cast<IfExpExpr>(E)->OrElse);
      return;
    case NodeKind::NamedExpr:
      namedExpr(cast<NamedExprExpr>(E));
      return;
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp:
      // The outermost iterable is evaluated here; the rest is the
      // comprehension's own scope.
      ++InCompIter;
      expr(cast<ComprehensionExpr>(E)->Generators[0].Iter);
      --InCompIter;
      if (OnNested)
        OnNested(E);
      return;
    case NodeKind::Attribute:
      expr(cast<AttributeExpr>(E)->Value);
      return;
    case NodeKind::Subscript:
      expr(cast<SubscriptExpr>(E)->Value);
      expr(cast<SubscriptExpr>(E)->Index);
      return;
    case NodeKind::Slice:
      expr(cast<SliceExpr>(E)->Lower);
      expr(cast<SliceExpr>(E)->Upper);
      expr(cast<SliceExpr>(E)->Step);
      return;
    case NodeKind::Starred:
      expr(cast<StarredExpr>(E)->Value);
      return;
    case NodeKind::Tuple:
    case NodeKind::List:
    case NodeKind::Set:
      for (const Expr *V : cast<SequenceExpr>(E)->Elts)
        expr(V);
      return;
    case NodeKind::Dict:
      for (const Expr *V : cast<DictExpr>(E)->Keys)
        expr(V);
      for (const Expr *V : cast<DictExpr>(E)->Values)
        expr(V);
      return;
    case NodeKind::Lambda:
      for (const Parameter &Param : cast<LambdaExpr>(E)->Params.Params)
        expr(Param.Default);
      if (OnNested)
        OnNested(E);
      return;
    case NodeKind::JoinedStr:
      for (const Expr *V : cast<JoinedStrExpr>(E)->Values)
        expr(V);
      return;
    case NodeKind::FormattedValue:
      expr(cast<FormattedValueExpr>(E)->Value);
      expr(cast<FormattedValueExpr>(E)->FormatSpec);
      return;
    default:
      return;
    }
  }

  void stmts(StmtList L) {
    for (const Stmt *St : L)
      stmt(St);
  }

  void namedExpr(const NamedExprExpr *N) {
    expr(N->Value);
    StringRef Name = N->Target->Id;
    if (InCompIter)
      return Fail(N->getPos(), "assignment expression cannot be used in a "
                               "comprehension iterable expression");
    if (!WalrusOwner) {
      WalrusAssigned.insert(Name);
      return expr(N->Target);
    }
    for (ScopeScanner *C = this; C; C = C->EnclosingComp)
      if (C->IterVars.count(Name))
        return Fail(N->getPos(), "assignment expression cannot rebind "
                                 "comprehension iteration variable '" +
                                     Name + "'");
    WalrusOwner->assign(Name, N->getPos());
    WalrusOwner->WalrusAssigned.insert(Name);
    WalrusNames.push_back(Name);
  }

  /// The body of a comprehension's own scope, in CPython's order.
  void comprehension(const ComprehensionExpr *C) {
    for (size_t I = 0; I < C->Generators.size(); ++I) {
      const Comprehension &Gen = C->Generators[I];
      InCompTarget = true;
      expr(Gen.Target);
      InCompTarget = false;
      if (I > 0) {
        ++InCompIter;
        expr(Gen.Iter);
        --InCompIter;
      }
      for (const Expr *If : Gen.Ifs)
        expr(If);
    }
    expr(C->Value);
    expr(C->Elt);
  }

  void stmt(const Stmt *St) {
    switch (St->getKind()) {
    case NodeKind::FunctionDef: {
      auto *F = cast<FunctionDefStmt>(St);
      for (const Parameter &Param : F->Params.Params)
        expr(Param.Default);
      if (OnNested)
        OnNested(F);
      assign(F->Name, F->getPos());
      return;
    }
    case NodeKind::Return:
      expr(cast<ReturnStmt>(St)->Value);
      return;
    case NodeKind::Assign:
      expr(cast<AssignStmt>(St)->Value);
      for (const Expr *T : cast<AssignStmt>(St)->Targets)
        expr(T);
      return;
    case NodeKind::AugAssign:
      expr(cast<AugAssignStmt>(St)->Value);
      expr(cast<AugAssignStmt>(St)->Target);
      return;
    case NodeKind::ExprStmt:
      expr(cast<ExprStmt>(St)->Value);
      return;
    case NodeKind::If:
    case NodeKind::While:
      expr(cast<CondStmt>(St)->Test);
      stmts(cast<CondStmt>(St)->Body);
      stmts(cast<CondStmt>(St)->OrElse);
      return;
    case NodeKind::Global:
    case NodeKind::Nonlocal: {
      bool IsGlobal = St->getKind() == NodeKind::Global;
      const char *Decl = IsGlobal ? "global" : "nonlocal";
      for (StringRef Name : cast<NamesStmt>(St)->Names) {
        auto It = Seen.find(Name);
        if (It != Seen.end() && It->second) {
          // CPython's order of precedence of the three messages.
          unsigned How = It->second;
          Fail(St->getPos(),
               "name '" + Name + "' is " +
                   (How & SeenParam ? llvm::Twine("parameter and ") + Decl
                    : How & SeenUse
                        ? llvm::Twine("used prior to ") + Decl + " declaration"
                        : llvm::Twine("assigned to before ") + Decl +
                              " declaration"));
          return;
        }
        FirstDirective.try_emplace(Name, St->getPos());
        if (IsGlobal)
          Globals.try_emplace(Name, St->getPos());
        else
          Nonlocals.insert({Name, St->getPos()});
      }
      return;
    }
    case NodeKind::Del:
      for (const Expr *T : cast<DelStmt>(St)->Targets)
        expr(T);
      return;
    case NodeKind::For:
      expr(cast<ForStmt>(St)->Iter);
      expr(cast<ForStmt>(St)->Target);
      stmts(cast<ForStmt>(St)->Body);
      stmts(cast<ForStmt>(St)->OrElse);
      return;
    case NodeKind::Assert:
      expr(cast<AssertStmt>(St)->Test);
      expr(cast<AssertStmt>(St)->Msg);
      return;
    default:
      return;
    }
  }
};
} // namespace

namespace {
/// Builds the symbol table: scans every scope in source order (CPython's
/// first pass, whose errors come first), then resolves each scope's names
/// against the functions enclosing it.
class SymtableBuilder {
public:
  explicit SymtableBuilder(
      llvm::DenseMap<const Node *, std::unique_ptr<SymScope>> &Out)
      : Out(Out) {}

  bool Failed = false;
  SourcePos ErrPos;
  std::string ErrMsg;

  void build(const ModuleStmt *M) {
    Pending Root;
    scanBody(Root, M->Body);
    if (Failed)
      return;
    analyze(Root, /*Bound=*/nullptr);
  }

private:
  llvm::DenseMap<const Node *, std::unique_ptr<SymScope>> &Out;

  /// One scope between the two passes.
  struct Pending {
    const Node *Owner = nullptr; ///< Null for the module.
    SymScope *Sym = nullptr;
    ScopeScanner Scan;
    SmallVector<StringRef, 8> Params;
    std::vector<std::unique_ptr<Pending>> Children;
  };

  void fail(SourcePos Pos, const llvm::Twine &Msg) {
    if (!Failed) {
      Failed = true;
      ErrPos = Pos;
      ErrMsg = Msg.str();
    }
  }

  void scanBody(Pending &P, StmtList Body, const Expr *LambdaBody = nullptr) {
    auto OnNested = [&](const Node *N) {
      if (!Failed && !P.Scan.Failed)
        scanNested(P, N);
    };
    P.Scan.OnNested = OnNested;
    for (StringRef Name : P.Params)
      P.Scan.Seen[Name] |= ScopeScanner::SeenParam;
    if (auto *C = llvm::dyn_cast_or_null<ComprehensionExpr>(P.Owner))
      P.Scan.comprehension(C);
    else if (LambdaBody)
      P.Scan.expr(LambdaBody);
    else
      P.Scan.stmts(Body);
    if (P.Scan.Failed)
      fail(P.Scan.ErrPos, P.Scan.ErrMsg);
  }

  void scanNested(Pending &Parent, const Node *N) {
    auto Child = std::make_unique<Pending>();
    Child->Owner = N;
    auto Sym = std::make_unique<SymScope>();
    Child->Sym = Sym.get();
    StringRef Name;
    StmtList Body;
    const Expr *LambdaBody = nullptr;
    const Parameters *Params = nullptr;
    if (auto *F = dyn_cast<FunctionDefStmt>(N)) {
      Name = F->Name;
      Params = &F->Params;
      Body = F->Body;
    } else if (auto *L = dyn_cast<LambdaExpr>(N)) {
      Name = "<lambda>";
      Params = &L->Params;
      LambdaBody = L->Body;
    } else {
      auto *C = cast<ComprehensionExpr>(N);
      Name = comprehensionName(C->getKind());
      // The outermost iterator is the argument.
      Child->Params.push_back(".0");
      ScopeScanner &Scan = Child->Scan;
      bool ParentIsComp = Parent.Owner && isa<ComprehensionExpr>(Parent.Owner);
      Scan.EnclosingComp = ParentIsComp ? &Parent.Scan : nullptr;
      Scan.WalrusOwner = ParentIsComp ? Parent.Scan.WalrusOwner : &Parent.Scan;
      Scan.WalrusOwnerIsModule =
          ParentIsComp ? Parent.Scan.WalrusOwnerIsModule : !Parent.Owner;
    }
    Sym->QualName = Parent.Owner
                        ? (Parent.Sym->QualName + ".<locals>." + Name).str()
                        : Name.str();
    if (Params) {
      // In register order: *args and **kwargs follow the named ones.
      for (const Parameter &P : Params->Params)
        Child->Params.push_back(P.Name);
      if (Params->HasVarArgs)
        Child->Params.push_back(Params->VarArg.Name);
      if (Params->HasVarKw)
        Child->Params.push_back(Params->VarKw.Name);
    }
    Out[N] = std::move(Sym);
    Pending &C = *Child;
    Parent.Children.push_back(std::move(Child));
    scanBody(C, Body, LambdaBody);
  }

  /// CPython's analysis: \p Bound holds the names of enclosing functions'
  /// variables (null for the module itself). Returns through \p FreeOut
  /// the names this scope needs from its enclosing functions.
  void analyze(Pending &P, const llvm::StringSet<> *Bound,
               llvm::StringSet<> *FreeOut = nullptr) {
    ScopeScanner &Scan = P.Scan;
    bool IsModule = !P.Owner;
    // A ':=' target in a comprehension is the enclosing function's
    // variable, or a global.
    for (StringRef Name : Scan.WalrusNames) {
      if (Scan.WalrusOwnerIsModule || Scan.WalrusOwner->Globals.count(Name))
        Scan.Globals.try_emplace(Name);
      else
        Scan.Nonlocals.insert({Name, SourcePos()});
    }
    for (auto &[Name, Pos] : Scan.Nonlocals) {
      SourcePos At = Scan.FirstDirective.lookup(Name);
      if (Scan.Globals.count(Name))
        return fail(At, "name '" + Name + "' is nonlocal and global");
      if (IsModule)
        return fail(At, "nonlocal declaration not allowed at module level");
      if (!Bound->count(Name))
        return fail(At, "no binding for nonlocal '" + Name + "' found");
    }
    llvm::StringSet<> Locals, NewBound;
    if (!IsModule) {
      SymScope &Sym = *P.Sym;
      auto AddLocal = [&](StringRef Name) {
        if (Scan.Globals.count(Name) || Scan.Nonlocals.count(Name))
          return;
        if (Locals.insert(Name).second)
          Sym.Locals.push_back(Name);
      };
      for (StringRef Name : P.Params)
        AddLocal(Name);
      for (StringRef Name : Scan.Assigned)
        AddLocal(Name);
      for (auto &W : Scan.WalrusAssigned)
        if (Locals.count(W.getKey()))
          Sym.WalrusLocals.insert(W.getKey());
      for (auto &G : Scan.Globals)
        Sym.Globals.insert(G.getKey());
      for (StringRef Name : Scan.Deleted)
        Sym.Deleted.insert(Name);
      for (auto &B : *Bound)
        if (!Scan.Globals.count(B.getKey()))
          NewBound.insert(B.getKey());
      for (auto &L : Locals)
        NewBound.insert(L.getKey());
      for (auto &NL : Scan.Nonlocals)
        NewBound.insert(NL.first);
    }
    llvm::StringSet<> ChildFree;
    for (auto &Child : P.Children) {
      analyze(*Child, &NewBound, &ChildFree);
      if (Failed)
        return;
    }
    if (IsModule)
      return;
    SymScope &Sym = *P.Sym;
    llvm::StringSet<> Free;
    auto MaybeFree = [&](StringRef Name) {
      if (!Locals.count(Name) && !Scan.Globals.count(Name) &&
          Bound->count(Name))
        Free.insert(Name);
    };
    for (auto &Entry : Scan.Seen)
      if (Entry.second & ScopeScanner::SeenUse)
        MaybeFree(Entry.getKey());
    for (auto &Name : ChildFree) {
      if (Locals.count(Name.getKey()))
        Sym.Cells.insert(Name.getKey());
      else
        MaybeFree(Name.getKey());
    }
    for (auto &NL : Scan.Nonlocals)
      Free.insert(NL.first);
    for (auto &Name : Free)
      Sym.Frees.push_back(Name.getKey().str());
    llvm::sort(Sym.Frees);
    if (FreeOut)
      for (auto &Name : Free)
        FreeOut->insert(Name.getKey());
  }
};
} // namespace

void Compiler::buildSymtable(const ModuleStmt *M) {
  TablesUsed = true;
  SymtableBuilder B(Symtable);
  B.build(M);
  if (B.Failed)
    fail(B.ErrPos, B.ErrMsg);
}

/// Lays out the frame of the function being entered: parameters, other
/// locals, then the cells of free variables.
void Compiler::enterScope(const SymScope &Sym, const Parameters &Params,
                          SourcePos DefPos) {
  for (auto &G : Sym.Globals)
    S->GlobalDecls.insert(G.getKey());
  CodeObject &C = *S->Code;
  for (StringRef Name : Sym.Locals) {
    S->Locals.try_emplace(Name, C.NumLocals++);
    C.LocalNames.push_back(Name.str());
  }
  C.NumParams = Params.numPositional();
  if (C.NumLocals + Sym.Frees.size() > MaxRegisters / 2)
    return fail(DefPos, "too many local variables");
  S->CellRegs.resize(C.NumLocals);
  S->WalrusRegs.resize(C.NumLocals);
  S->Deleted.resize(C.NumLocals);
  for (unsigned I = 0; I < C.NumLocals; ++I) {
    if (Sym.Cells.count(Sym.Locals[I]))
      S->CellRegs.set(I);
    if (Sym.WalrusLocals.count(Sym.Locals[I]))
      S->WalrusRegs.set(I);
    if (Sym.Deleted.count(Sym.Locals[I]))
      S->Deleted.set(I);
  }
  for (const std::string &Name : Sym.Frees) {
    S->Frees.try_emplace(Name, C.NumLocals + C.numFree());
    C.FreeNames.push_back(Name);
  }
  C.NumRegs = C.NumLocals + C.numFree();
  S->FreeReg = C.NumRegs;
  S->Bound.resize(C.NumLocals);
  S->Bound.set(0, C.numArgRegs());
  // Captured parameters move into cells before the body runs, and the
  // function's own cells are copied to their registers.
  CurLine = DefPos.Line;
  for (unsigned I : S->CellRegs.set_bits())
    emit(Instr::makeABC(Opcode::MakeCell, I));
  if (C.numFree())
    emit(Instr::makeABC(Opcode::CopyFree, C.NumLocals, C.numFree()));
}

bool Compiler::isLocal(StringRef Name, unsigned &Reg) const {
  if (S->IsModule)
    return false;
  auto It = S->Locals.find(Name);
  if (It == S->Locals.end() || S->CellRegs.test(It->second))
    return false;
  Reg = It->second;
  return true;
}

bool Compiler::isCellVar(StringRef Name, unsigned &Reg, bool &IsFree) const {
  if (S->IsModule)
    return false;
  auto It = S->Locals.find(Name);
  if (It != S->Locals.end()) {
    Reg = It->second;
    IsFree = false;
    return S->CellRegs.test(Reg);
  }
  auto F = S->Frees.find(Name);
  if (F == S->Frees.end())
    return false;
  Reg = F->second;
  IsFree = true;
  return true;
}

/// A name CPython would resolve without the program binding it (a builtin
/// or a __main__ module attribute), but pyr would not: pyr's builtins are
/// the ones in Builtins.def, shared with the VM so that a new builtin is
/// accepted here at once.
static bool isBuiltinPyrLacks(StringRef Name) {
#define BUILTIN(BName)                                                         \
  if (Name == #BName)                                                          \
    return false;
#include "pyr/VM/Builtins.def"
  static const llvm::StringSet<> CPythonNames = [] {
    llvm::StringSet<> Set;
#define CPYTHON_BUILTIN(BName) Set.insert(#BName);
#define MODULE_ATTR(AName) Set.insert(#AName);
#include "pyr/VM/CPythonNames.def"
    return Set;
  }();
  return CPythonNames.count(Name);
}

/// Calls \p Fn for each function definition directly in \p Body, including
/// those nested in if/while statements, but not inside other functions.
template <typename FnT> static void forEachFunctionDef(StmtList Body, FnT Fn) {
  for (const Stmt *St : Body) {
    if (auto *F = dyn_cast<FunctionDefStmt>(St)) {
      Fn(F);
    } else if (auto *C = dyn_cast<CondStmt>(St)) {
      forEachFunctionDef(C->Body, Fn);
      forEachFunctionDef(C->OrElse, Fn);
    } else if (auto *F = dyn_cast<ForStmt>(St)) {
      forEachFunctionDef(F->Body, Fn);
      forEachFunctionDef(F->OrElse, Fn);
    }
  }
}

static void collectGlobalBindings(StmtList Body, bool IsModule,
                                  llvm::StringSet<> &Out) {
  ScopeScanner Scan;
  Scan.stmts(Body);
  if (IsModule) {
    for (StringRef Name : Scan.Assigned)
      Out.insert(Name);
  } else {
    for (const auto &G : Scan.Globals)
      if (Scan.Seen.lookup(G.getKey()) & ScopeScanner::SeenAssign)
        Out.insert(G.getKey());
  }
  forEachFunctionDef(Body, [&](const FunctionDefStmt *F) {
    collectGlobalBindings(F->Body, /*IsModule=*/false, Out);
  });
}

/// Reading a builtin pyr does not have yet (len, range, int, ...) would be
/// a NameError at run time where CPython succeeds: refuse it, unless the
/// program binds that name itself.
void Compiler::checkBuiltinName(const NameExpr *N) {
  if (!isBuiltinPyrLacks(N->Id))
    return;
  if (!ModuleBound) {
    TablesUsed = true;
    ModuleBound = std::make_unique<llvm::StringSet<>>();
    collectGlobalBindings(Mod->Body, /*IsModule=*/true, *ModuleBound);
  }
  if (!ModuleBound->count(N->Id))
    unsupported(N, "the built-in '" + N->Id + "'");
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

/// Empties \p Out for a module; the case where more than its code is to
/// be cleared.
static LLVM_ATTRIBUTE_NOINLINE void resetProgram(Program &Out) {
  Out.clear();
  // One 8-byte comparison; a StringRef comparison here was not inlined.
  if (Out.Module.Name.size() != 8 ||
      std::memcmp(Out.Module.Name.data(), "<module>", 8) != 0)
    Out.Module.Name = "<module>";
}

Error Compiler::run(const ModuleStmt *M, Program &Out,
                    const CompileOptions &Opts) {
  // A compile into the same Program leaves this state in place.
  storeIfChanged(P, &Out);
  // Most programs are compiled into a reused Program whose last module
  // held only code: clearing the empty tables and checking the name
  // would cost more than the rest of compiling "2 + 3".
  if (LLVM_LIKELY(Out.CodeOnly)) {
    Out.Module.Code.clear();
    Out.Module.Lines.clear();
    Out.Module.NumRegs = 0;
  } else {
    resetProgram(Out);
  }
  storeIfChanged(Mod, M);
  storeIfChanged(Cur, &Out.Module);
  storeIfChanged(ModuleScope.Code, &Out.Module);
  assert(S == &ModuleScope && "every run and function compile restores S");
  // The common shape, a module that is one expression statement whose
  // value it returns ("2 + 3"), skips the general path and its frame. It
  // has no global or nonlocal declaration, and without functions no
  // symbol table.
  StmtList Body = M->Body;
  if (LLVM_LIKELY(Opts.ReturnTrailingExpr && Body.size() == 1 &&
                  isa<ExprStmt>(Body[0]) && !M->HasFunctions)) {
    compileReturnedExpr(cast<ExprStmt>(Body[0]));
    if (LLVM_LIKELY(!TablesUsed && Out.Module.NumRegs <= MaxRegisters)) {
      storeIfChanged(Out.CodeOnly, true);
      return Error::success();
    }
    return finishRun();
  }
  return runGeneral(Opts);
}

void Compiler::compileReturnedExpr(const ExprStmt *Last) {
  setLine(Last->getPos().Line);
  unsigned R = exprToReg(Last->Value);
  emit(Instr::makeABC(Opcode::Return, R));
  ModuleScope.FreeReg = 0;
}

Error Compiler::runGeneral(const CompileOptions &Opts) {
  const ModuleStmt *M = Mod;
  CurLine = 1;
  // The symbol table is only needed for functions, and for the checks of
  // global and nonlocal declarations.
  if (M->HasNameDecls || M->HasFunctions)
    buildSymtable(M);
  // A trailing expression statement whose value the module returns is
  // compiled apart from the others.
  StmtList Body = M->Body;
  bool Trailing =
      Opts.ReturnTrailingExpr && !Body.empty() && isa<ExprStmt>(Body.back());
  if (Body.size() > Trailing)
    compileBody(Body.drop_back(Trailing));
  if (!Failed) {
    if (Trailing)
      compileReturnedExpr(cast<ExprStmt>(Body.back()));
    else
      emit(Instr::makeABC(Opcode::ReturnNone, 0));
  }
  return finishRun();
}

Error Compiler::finishRun() {
  Program &Out = *P;
  Scope &Module = ModuleScope;
  if (!Failed && Out.Module.NumRegs > MaxRegisters)
    fail(Mod->getPos(), "module needs too many registers");
  // Leave the tables empty for the next module (an expression-only module
  // never touched them). Whatever the module adds to Out beyond its code
  // (constants, global names, functions) goes through one of them.
  Out.CodeOnly = !TablesUsed;
  if (TablesUsed)
    clearTables();
  Module.FreeReg = 0;
  if (LLVM_UNLIKELY(Failed)) {
    // A module compiled to its end leaves no loop open, and its scope has
    // no locals to be bound; one that failed may have stopped anywhere.
    Module.Bound.clear();
    Module.Loops.clear();
    Failed = false;
    Out.clear();
    return std::move(Err);
  }
  return Error::success();
}

void Compiler::clearTables() {
  TablesUsed = false;
  GlobalIndex.clear();
  IntConsts.clear();
  FloatConsts.clear();
  StrConsts.clear();
  ModuleScope.Locals.clear();
  ModuleScope.GlobalDecls.clear();
  Symtable.clear();
  ModuleBound.reset();
  ConstSetOrders.reset();
}

void Compiler::compileBody(StmtList Body) {
  for (size_t I = 0; I < Body.size() && !Failed; ++I)
    compileStmt(Body[I]);
}

void Compiler::compileStmt(const Stmt *St) {
  CurLine = St->getPos().Line;
  unsigned SavedFree = S->FreeReg;
  // Expression statements are common and simple: they skip the frame of
  // compileOtherStmt, which the other statements' locals make large.
  if (auto *ES = dyn_cast<ExprStmt>(St)) {
    exprToReg(ES->Value);
  } else {
    compileOtherStmt(St);
  }
  S->FreeReg = SavedFree;
}

void Compiler::compileOtherStmt(const Stmt *St) {
  switch (St->getKind()) {
  case NodeKind::Assign:
    compileAssign(cast<AssignStmt>(St));
    break;
  case NodeKind::AugAssign:
    compileAugAssign(cast<AugAssignStmt>(St));
    break;
  case NodeKind::If:
    compileIf(cast<CondStmt>(St));
    break;
  case NodeKind::While:
    compileWhile(cast<CondStmt>(St));
    break;
  case NodeKind::For:
    compileFor(cast<ForStmt>(St));
    break;
  case NodeKind::Pass:
  case NodeKind::Global:
    break;
  case NodeKind::Break:
  case NodeKind::Continue: {
    bool IsBreak = St->getKind() == NodeKind::Break;
    if (S->Loops.empty())
      return fail(St->getPos(), IsBreak ? "'break' outside loop"
                                        : "'continue' not properly in loop");
    if (IsBreak) {
      S->Loops.back().BreakJumps.push_back(emitJump(Opcode::Jump));
    } else {
      size_t J = emitJump(Opcode::Jump);
      if (S->Loops.back().ContinueTarget == Scope::NoTarget)
        S->Loops.back().ContinueJumps.push_back(J);
      else
        patchJump(J, S->Loops.back().ContinueTarget);
    }
    break;
  }
  case NodeKind::Return: {
    if (S->IsModule)
      return fail(St->getPos(), "'return' outside function");
    const Expr *V = cast<ReturnStmt>(St)->Value;
    if (!V)
      emit(Instr::makeABC(Opcode::ReturnNone, 0));
    else
      emit(Instr::makeABC(Opcode::Return, exprToReg(V)));
    break;
  }
  case NodeKind::FunctionDef:
    compileFunctionDef(cast<FunctionDefStmt>(St));
    break;
  case NodeKind::Nonlocal:
    break; // Resolved by the symbol table.
  case NodeKind::Del:
    for (const Expr *T : cast<DelStmt>(St)->Targets)
      compileDel(T);
    break;
  case NodeKind::Assert: {
    auto *A = cast<AssertStmt>(St);
    SmallVector<size_t, 4> Pass;
    compileCond(A->Test, /*JumpIf=*/true, Pass);
    // Without a message the register is unused, but must exist.
    unsigned Msg = A->Msg ? exprToReg(A->Msg) : allocTemp();
    CurLine = St->getPos().Line;
    emit(Instr::makeABC(Opcode::AssertFail, Msg, A->Msg ? 1 : 0));
    patchHere(Pass);
    break;
  }
  default:
    return unsupported(St, llvm::Twine("'") + getNodeKindName(St->getKind()) +
                               "' statement");
  }
}

void Compiler::storeName(const NameExpr *N, unsigned Src) {
  unsigned Reg;
  if (isLocal(N->Id, Reg)) {
    if (Reg != Src)
      emit(Instr::makeABC(Opcode::Move, Reg, Src));
    S->Bound.set(Reg);
    return;
  }
  bool IsFree;
  if (isCellVar(N->Id, Reg, IsFree)) {
    emit(Instr::makeABC(Opcode::StoreCell, Reg, Src));
    return;
  }
  emit(Instr::makeABx(Opcode::StoreGlobal, Src, globalIndex(N->Id)));
}

void Compiler::compileAssign(const AssignStmt *A) {
  // A single local target can receive the value directly.
  unsigned Reg;
  if (A->Targets.size() == 1 && isa<NameExpr>(A->Targets[0]) &&
      isLocal(cast<NameExpr>(A->Targets[0])->Id, Reg)) {
    emitExpr(A->Value, Reg);
    S->Bound.set(Reg);
    return;
  }
  // a, b = x, y: the values go to temporaries and then to the targets,
  // without building and unpacking a tuple.
  auto *TSeq =
      A->Targets.size() == 1 ? dyn_cast<SequenceExpr>(A->Targets[0]) : nullptr;
  auto *VSeq = dyn_cast<SequenceExpr>(A->Value);
  auto HasStar = [](const SequenceExpr *E) {
    return llvm::any_of(E->Elts,
                        [](const Expr *Elt) { return isa<StarredExpr>(Elt); });
  };
  if (TSeq && VSeq && VSeq->getKind() != NodeKind::Set &&
      TSeq->Elts.size() == VSeq->Elts.size() && !HasStar(TSeq) &&
      !HasStar(VSeq)) {
    unsigned First = S->FreeReg;
    for (const Expr *V : VSeq->Elts)
      emitExpr(V, allocTemp());
    for (size_t I = 0; I < TSeq->Elts.size(); ++I)
      storeTarget(TSeq->Elts[I], First + static_cast<unsigned>(I));
    return;
  }
  unsigned Src = exprToReg(A->Value);
  for (const Expr *T : A->Targets)
    storeTarget(T, Src);
}

/// Store register \p Src into an assignment target, unpacking into tuple
/// and list targets.
void Compiler::storeTarget(const Expr *T, unsigned Src) {
  if (Failed)
    return;
  unsigned Saved = S->FreeReg;
  switch (T->getKind()) {
  case NodeKind::Name:
    storeName(cast<NameExpr>(T), Src);
    break;
  case NodeKind::Subscript: {
    auto *Sub = cast<SubscriptExpr>(T);
    unsigned C = exprToReg(Sub->Value);
    unsigned X = indexToReg(Sub->Index);
    CurLine = Sub->getPos().Line;
    emit(Instr::makeABC(Opcode::SetItem, C, X, Src));
    break;
  }
  case NodeKind::Tuple:
  case NodeKind::List: {
    auto *Seq = cast<SequenceExpr>(T);
    size_t N = Seq->Elts.size(), Star = N;
    for (size_t I = 0; I < N; ++I)
      if (isa<StarredExpr>(Seq->Elts[I]))
        Star = I;
    if (N > UINT16_MAX - 1)
      return fail(T->getPos(), "too many targets to unpack");
    // The value can head the unpacking window if it is the top temporary.
    unsigned Base = Src;
    if (isLocalReg(Src) || Src + 1 != S->FreeReg) {
      Base = allocTemp();
      emit(Instr::makeABC(Opcode::Move, Base, Src));
    }
    for (size_t I = 0; I < N; ++I)
      allocTemp();
    CurLine = T->getPos().Line;
    if (Star < N)
      emit(Instr::makeABC(Opcode::UnpackEx, Base, static_cast<unsigned>(N),
                          static_cast<unsigned>(Star)));
    else
      emit(Instr::makeABC(Opcode::UnpackSeq, Base, static_cast<unsigned>(N)));
    for (size_t I = 0; I < N; ++I) {
      const Expr *Elt = Seq->Elts[I];
      if (auto *St = dyn_cast<StarredExpr>(Elt))
        Elt = St->Value;
      storeTarget(Elt, Base + 1 + static_cast<unsigned>(I));
    }
    break;
  }
  case NodeKind::Attribute: {
    // The value is evaluated before the object, as in CPython.
    auto *A = cast<AttributeExpr>(T);
    unsigned Base = allocTemp();
    allocTemp();
    emitExpr(A->Value, Base);
    emit(Instr::makeABC(Opcode::Move, Base + 1, Src));
    CurLine = A->getPos().Line;
    emit(Instr::makeABx(Opcode::StoreAttr, Base, strConstant(A->Attr)));
    break;
  }
  default:
    return unsupported(T, "assignment to this target");
  }
  S->FreeReg = Saved;
}

void Compiler::compileDel(const Expr *T) {
  if (Failed)
    return;
  unsigned Saved = S->FreeReg;
  if (auto *Sub = dyn_cast<SubscriptExpr>(T)) {
    unsigned C = exprToReg(Sub->Value);
    unsigned X = indexToReg(Sub->Index);
    CurLine = Sub->getPos().Line;
    emit(Instr::makeABC(Opcode::DelItem, C, X));
  } else if (auto *Seq = dyn_cast<SequenceExpr>(T)) {
    for (const Expr *Elt : Seq->Elts)
      compileDel(Elt);
  } else if (auto *N = dyn_cast<NameExpr>(T)) {
    // Unbinding raises what reading the unbound variable would.
    CurLine = N->getPos().Line;
    unsigned Reg;
    bool IsFree;
    if (isLocal(N->Id, Reg)) {
      if (!isCertainlyBound(Reg))
        emit(Instr::makeABC(Opcode::CheckBound, Reg));
      emit(Instr::makeABC(Opcode::LoadUnbound, Reg));
      S->Bound.reset(Reg);
    } else if (isCellVar(N->Id, Reg, IsFree)) {
      unsigned Tmp = allocTemp();
      emit(Instr::makeABC(IsFree ? Opcode::LoadFree : Opcode::LoadCell, Tmp,
                          Reg));
      emit(Instr::makeABC(Opcode::LoadUnbound, Tmp));
      emit(Instr::makeABC(Opcode::StoreCell, Reg, Tmp));
    } else {
      emit(Instr::makeABx(Opcode::DelGlobal, 0, globalIndex(N->Id)));
    }
  } else {
    return unsupported(T, "'del' of an attribute");
  }
  S->FreeReg = Saved;
}

static Opcode binaryOpcode(BinaryOp Op) {
  switch (Op) {
  case BinaryOp::Add: return Opcode::Add;
  case BinaryOp::Sub: return Opcode::Sub;
  case BinaryOp::Mult: return Opcode::Mul;
  case BinaryOp::Div: return Opcode::TrueDiv;
  case BinaryOp::FloorDiv: return Opcode::FloorDiv;
  case BinaryOp::Mod: return Opcode::Mod;
  case BinaryOp::Pow: return Opcode::Pow;
  case BinaryOp::LShift: return Opcode::LShift;
  case BinaryOp::RShift: return Opcode::RShift;
  case BinaryOp::BitOr: return Opcode::BitOr;
  case BinaryOp::BitXor: return Opcode::BitXor;
  case BinaryOp::BitAnd: return Opcode::BitAnd;
  case BinaryOp::MatMult: break;
  }
  return Opcode::NumOpcodes;
}

/// The value of an int literal (or a foldable operation on them, see
/// foldIntConstant) that fits an instruction's 16-bit immediate.
static bool foldIntConstant(const Expr *E, int64_t &Out);
static bool smallIntLiteral(const Expr *E, int16_t &V) {
  int64_t N;
  if (!foldIntConstant(E, N) || N < INT16_MIN || N > INT16_MAX)
    return false;
  V = static_cast<int16_t>(N);
  return true;
}

/// Folds an expression of int literals to its int64 value, as CPython's
/// AST optimizer folds constant operations: nothing that would raise
/// (division by zero, a negative shift count), and nothing whose value
/// is not an int64 (true division, a negative power, an overflow), which
/// the VM computes as before.
/// Whether \p X is an int literal within int64, and its value.
static inline bool intLiteral(const Expr *X, int64_t &V) {
  auto *C = dyn_cast<ConstantExpr>(X);
  if (!C || C->CK != ConstantExpr::Int || C->IsBigInt)
    return false;
  V = C->IntVal;
  return true;
}

/// L Op R, if foldIntConstant may fold it (see there).
LLVM_ATTRIBUTE_ALWAYS_INLINE static bool foldIntBinOp(BinaryOp Op, int64_t L,
                                                      int64_t R, int64_t &Out);

static bool foldIntConstant(const Expr *E, int64_t &Out) {
  // Operands are nearly always literals or not foldable at all: settle
  // those without a call.
  auto Operand = [](const Expr *X, int64_t &V) {
    if (isa<ConstantExpr>(X))
      return intLiteral(X, V);
    return (isa<BinOpExpr>(X) || isa<UnaryOpExpr>(X)) && foldIntConstant(X, V);
  };
  if (!isa<BinOpExpr>(E) && !isa<UnaryOpExpr>(E))
    return Operand(E, Out);
  if (auto *U = dyn_cast<UnaryOpExpr>(E)) {
    int64_t V;
    if (!Operand(U->Operand, V))
      return false;
    switch (U->Op) {
    case UnaryOp::USub:
      return !__builtin_sub_overflow(int64_t(0), V, &Out);
    case UnaryOp::UAdd:
      Out = V;
      return true;
    case UnaryOp::Invert:
      Out = ~V;
      return true;
    default:
      return false;
    }
  }
  auto *B = cast<BinOpExpr>(E);
  int64_t L, R;
  if (!Operand(B->LHS, L) || !Operand(B->RHS, R))
    return false;
  return foldIntBinOp(B->Op, L, R, Out);
}

LLVM_ATTRIBUTE_ALWAYS_INLINE static bool foldIntBinOp(BinaryOp Op, int64_t L,
                                                      int64_t R, int64_t &Out) {
  switch (Op) {
  case BinaryOp::Add:
    return !__builtin_add_overflow(L, R, &Out);
  case BinaryOp::Sub:
    return !__builtin_sub_overflow(L, R, &Out);
  case BinaryOp::Mult:
    return !__builtin_mul_overflow(L, R, &Out);
  case BinaryOp::FloorDiv:
  case BinaryOp::Mod: {
    if (R == 0 || (L == INT64_MIN && R == -1))
      return false;
    int64_t Q = L / R, M = L % R;
    if (M != 0 && ((M < 0) != (R < 0))) {
      --Q;
      M += R;
    }
    Out = Op == BinaryOp::FloorDiv ? Q : M;
    return true;
  }
  case BinaryOp::Pow: {
    if (R < 0)
      return false;
    int64_t Acc = 1, Base = L;
    for (uint64_t N = static_cast<uint64_t>(R); N; N >>= 1) {
      if ((N & 1) && __builtin_mul_overflow(Acc, Base, &Acc))
        return false;
      if (N > 1 && __builtin_mul_overflow(Base, Base, &Base))
        return false;
    }
    Out = Acc;
    return true;
  }
  case BinaryOp::LShift:
    if (R < 0)
      return false;
    if (L == 0) {
      Out = 0;
      return true;
    }
    if (R >= 63 || L > (INT64_MAX >> R) || L < (INT64_MIN >> R))
      return false;
    Out = L * (int64_t(1) << R);
    return true;
  case BinaryOp::RShift:
    if (R < 0)
      return false;
    Out = L >> (R > 63 ? 63 : R);
    return true;
  case BinaryOp::BitAnd:
    Out = L & R;
    return true;
  case BinaryOp::BitOr:
    Out = L | R;
    return true;
  case BinaryOp::BitXor:
    Out = L ^ R;
    return true;
  default:
    return false;
  }
}

/// "x + 5" and "x - 5" use the immediate forms.
static Opcode immediateOpcode(Opcode Op) {
  return Op == Opcode::Add   ? Opcode::AddI
         : Op == Opcode::Sub ? Opcode::SubI
                             : Opcode::NumOpcodes;
}

void Compiler::compileAugAssign(const AugAssignStmt *A) {
  auto *N = dyn_cast<NameExpr>(A->Target);
  auto *Sub = dyn_cast<SubscriptExpr>(A->Target);
  if (!N && !Sub)
    return unsupported(A->Target, "augmented assignment to this target");
  Opcode Op = binaryOpcode(A->Op);
  if (Op == Opcode::NumOpcodes)
    return unsupported(A, "the '@' operator");
  int16_t Imm;
  bool UseImm = immediateOpcode(Op) != Opcode::NumOpcodes &&
                smallIntLiteral(A->Value, Imm);
  auto EmitOp = [&](unsigned Target) {
    if (UseImm) {
      CurLine = A->getPos().Line;
      emit(Instr::makeABC(getInPlaceOpcode(immediateOpcode(Op)), Target, Target, uint16_t(Imm)));
      return;
    }
    unsigned R = exprToReg(A->Value);
    CurLine = A->getPos().Line;
    emit(Instr::makeABC(getInPlaceOpcode(Op), Target, Target, R));
  };
  if (Sub) {
    // a[i] op= v: a and i are evaluated once.
    unsigned C = exprToReg(Sub->Value);
    unsigned X = indexToReg(Sub->Index);
    unsigned T = allocTemp();
    CurLine = Sub->getPos().Line;
    emit(Instr::makeABC(Opcode::GetItem, T, C, X));
    EmitOp(T);
    emit(Instr::makeABC(Opcode::SetItem, C, X, T));
    return;
  }
  unsigned Reg;
  if (isLocal(N->Id, Reg)) {
    if (!isCertainlyBound(Reg))
      emit(Instr::makeABC(Opcode::CheckBound, Reg));
    EmitOp(Reg);
    return;
  }
  bool IsFree;
  if (isCellVar(N->Id, Reg, IsFree)) {
    unsigned T = allocTemp();
    emit(Instr::makeABC(IsFree ? Opcode::LoadFree : Opcode::LoadCell, T, Reg));
    EmitOp(T);
    emit(Instr::makeABC(Opcode::StoreCell, Reg, T));
    return;
  }
  checkBuiltinName(N);
  unsigned T = allocTemp();
  emit(Instr::makeABx(Opcode::LoadGlobal, T, globalIndex(N->Id)));
  EmitOp(T);
  emit(Instr::makeABx(Opcode::StoreGlobal, T, globalIndex(N->Id)));
}

void Compiler::compileIf(const CondStmt *If) {
  SmallVector<size_t, 4> ToElse;
  compileCond(If->Test, /*JumpIf=*/false, ToElse);
  llvm::BitVector Entry = S->Bound;
  compileBody(If->Body);
  if (If->OrElse.empty()) {
    patchHere(ToElse);
    S->Bound = Entry;
    return;
  }
  size_t ToEnd = emitJump(Opcode::Jump);
  patchHere(ToElse);
  llvm::BitVector AfterBody = S->Bound;
  S->Bound = Entry;
  compileBody(If->OrElse);
  S->Bound &= AfterBody;
  patchJump(ToEnd, here());
}

void Compiler::compileWhile(const CondStmt *W) {
  llvm::BitVector Entry = S->Bound;
  size_t Top = here();
  SmallVector<size_t, 4> ToElse;
  compileCond(W->Test, /*JumpIf=*/false, ToElse);
  S->Loops.push_back({Top, {}, {}});
  compileBody(W->Body);
  size_t Back = emitJump(Opcode::Jump);
  patchJump(Back, Top);
  SmallVector<size_t, 4> Breaks = std::move(S->Loops.back().BreakJumps);
  S->Loops.pop_back();
  patchHere(ToElse);
  // The body may not have run; only what was bound on entry stays bound.
  S->Bound = Entry;
  compileBody(W->OrElse);
  S->Bound = Entry;
  patchHere(Breaks);
}

/// The loop is tested at the bottom, so each iteration runs one ForIter
/// (which also takes the jump back) besides its body:
///
///       GetIter   it, iterable
///       Jump      test
///   top:  (store the item into the target) body
///   test: ForIter it, item
///       Jump      top
///       else-block
///   (break lands here)
void Compiler::compileFor(const ForStmt *F) {
  unsigned Saved = S->FreeReg;
  unsigned It = allocTemp();
  ForIterSet = F->Iter;
  unsigned Src = exprToReg(F->Iter);
  ForIterSet = nullptr;
  CurLine = F->getPos().Line;
  emit(Instr::makeABC(Opcode::GetIter, It, Src));
  S->FreeReg = It + 1;
  llvm::BitVector Entry = S->Bound;
  ForLoop Loop = beginForLoop(F->Target);
  S->Loops.push_back({Scope::NoTarget, {}, {}});
  compileBody(F->Body);
  SmallVector<size_t, 4> Breaks = std::move(S->Loops.back().BreakJumps);
  SmallVector<size_t, 4> Continues = std::move(S->Loops.back().ContinueJumps);
  S->Loops.pop_back();
  patchHere(Continues);
  endForLoop(Loop, It, F->getPos().Line);
  // The body may not have run; only what was bound on entry stays bound.
  S->Bound = Entry;
  compileBody(F->OrElse);
  S->Bound = Entry;
  patchHere(Breaks);
  S->FreeReg = Saved;
}

Compiler::ForLoop Compiler::beginForLoop(const Expr *Target) {
  // A local name target receives each item directly.
  unsigned Reg;
  auto *Name = dyn_cast<NameExpr>(Target);
  bool Direct = Name && isLocal(Name->Id, Reg);
  ForLoop L;
  L.Item = Direct ? Reg : allocTemp();
  L.ToTest = emitJump(Opcode::Jump);
  L.Top = here();
  if (Direct)
    S->Bound.set(Reg);
  else
    storeTarget(Target, L.Item);
  return L;
}

void Compiler::endForLoop(const ForLoop &L, unsigned It, uint32_t Line) {
  patchJump(L.ToTest, here());
  CurLine = Line;
  emit(Instr::makeABC(Opcode::ForIter, It, L.Item));
  patchJump(emitJump(Opcode::Jump), L.Top);
}

void Compiler::compileFunctionDef(const FunctionDefStmt *F) {
  if (F->Returns)
    return fail(F->Returns->getPos(), "annotations are not supported yet");
  unsigned Reg;
  bool ToLocal = isLocal(F->Name, Reg);
  unsigned T = compileFunction(F, F->Name, F->Params, F->Body, nullptr,
                               ToLocal ? Reg : ~0u);
  if (Failed)
    return;
  CurLine = F->getPos().Line;
  NameExpr Target(F->getPos(), F->Name);
  storeName(&Target, T);
}

unsigned Compiler::compileFunction(const Node *Owner, StringRef Name,
                                   const Parameters &Params, StmtList Body,
                                   const Expr *LambdaBody, unsigned Direct) {
  if (Params.HasAnnotations) {
    fail(Params.ExtrasPos, "annotations are not supported yet");
    return ~0u;
  }
  auto SymIt = Symtable.find(Owner);
  assert(SymIt != Symtable.end() && "symbol table built for every function");
  const SymScope &Sym = *SymIt->second;

  // Default values are evaluated where the function is defined, before
  // its body is compiled (so compile errors come in CPython's order), into
  // the registers after the function's.
  unsigned T = allocTemp();
  unsigned NumDefaults = 0, NumPositional = Params.numPositional();
  for (unsigned I = 0; I < NumPositional; ++I) {
    if (!Params.Params[I].Default)
      continue;
    ++NumDefaults;
    emitExpr(Params.Params[I].Default, allocTemp());
  }
  // A default (or an unbound value) for each keyword-only parameter.
  for (unsigned I = NumPositional; I < Params.Params.size(); ++I) {
    unsigned R = allocTemp();
    if (const Expr *D = Params.Params[I].Default)
      emitExpr(D, R);
    else
      emit(Instr::makeABC(Opcode::LoadUnbound, R));
  }
  if (Failed)
    return ~0u;

  CodeObject &Parent = *S->Code;
  Parent.Children.push_back(std::make_unique<CodeObject>());
  unsigned ChildIdx = static_cast<unsigned>(Parent.Children.size() - 1);
  CodeObject &Child = *Parent.Children.back();
  Child.Name = Name.str();
  if (Sym.QualName != Child.Name)
    Child.QualName = Sym.QualName;
  Child.FirstLine = Owner->getPos().Line;
  Child.NumDefaults = NumDefaults;
  Child.NumPosOnly = Params.NumPosOnly;
  Child.NumKwOnly = Params.NumKwOnly;
  Child.HasVarArgs = Params.HasVarArgs;
  Child.HasVarKw = Params.HasVarKw;
  if (Parent.Children.size() > UINT16_MAX) {
    fail(Owner->getPos(), "too many nested functions");
    return ~0u;
  }

  // Constants are deduplicated per code object.
  auto SavedInts = std::move(IntConsts);
  auto SavedFloats = std::move(FloatConsts);
  auto SavedStrs = std::move(StrConsts);
  IntConsts.clear();
  FloatConsts.clear();
  StrConsts.clear();
  uint32_t SavedLine = CurLine;

  Scope Inner;
  Inner.Code = &Child;
  Inner.Parent = S;
  Scope *Outer = S;
  S = &Inner;
  Cur = &Child;
  unsigned Depth = 0;
  for (Scope *Up = Outer; Up; Up = Up->Parent)
    ++Depth;
  if (Depth > MaxCodeDepth)
    fail(Owner->getPos(), "functions nested too deeply");
  if (!Failed)
    enterScope(Sym, Params, Owner->getPos());
  if (auto *Comp = dyn_cast<ComprehensionExpr>(Owner)) {
    Child.IsGenerator = Comp->getKind() == NodeKind::GeneratorExp;
    if (!Failed)
      compileComprehensionBody(Comp);
  } else if (LambdaBody) {
    if (!Failed) {
      unsigned R = exprToReg(LambdaBody);
      CurLine = LambdaBody->getPos().Line;
      emit(Instr::makeABC(Opcode::Return, R));
    }
  } else {
    if (!Failed)
      compileBody(Body);
    if (!Failed) {
      CurLine = Child.Lines.empty() ? Child.FirstLine : Child.Lines.back();
      emit(Instr::makeABC(Opcode::ReturnNone, 0));
    }
  }
  if (!Failed && Child.NumRegs > MaxRegisters)
    fail(Owner->getPos(), "function needs too many registers");
  S = Outer;
  Cur = Outer->Code;
  IntConsts = std::move(SavedInts);
  FloatConsts = std::move(SavedFloats);
  StrConsts = std::move(SavedStrs);
  CurLine = SavedLine;
  if (Failed)
    return ~0u;

  CurLine = Owner->getPos().Line;
  if (Direct != ~0u && !Child.numFunctionExtras()) {
    emit(Instr::makeABx(Opcode::MakeFunction, Direct, ChildIdx));
    return Direct;
  }
  // The cells the new function closes over follow the defaults.
  for (const std::string &FreeName : Child.FreeNames) {
    unsigned Reg;
    bool IsFree;
    bool Found = isCellVar(FreeName, Reg, IsFree);
    assert(Found && "a free variable of a child is a cell here");
    (void)Found;
    emit(Instr::makeABC(Opcode::Move, allocTemp(), Reg));
  }
  CurLine = Owner->getPos().Line;
  emit(Instr::makeABx(Opcode::MakeFunction, T, ChildIdx));
  return T;
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// A dispatcher without a frame of its own: each common kind tail-calls
/// a helper that keeps only what it needs.
unsigned Compiler::exprToReg(const Expr *E) {
  if (!Failed) {
    // Int literals are the most common operand: load them without the
    // general emitExpr dispatch.
    if (auto *C = dyn_cast<ConstantExpr>(E);
        C && C->CK == ConstantExpr::Int && !C->IsBigInt)
      return intLiteralToReg(C);
    if (auto *N = dyn_cast<NameExpr>(E); N && !S->IsModule)
      return nameToReg(N);
    // Binary operations, the next most common, skip emitExpr's dispatch.
    if (auto *B = dyn_cast<BinOpExpr>(E))
      return binOpToReg(B);
  }
  return exprToTemp(E);
}

unsigned Compiler::exprToTemp(const Expr *E) {
  unsigned T = allocTemp();
  emitExpr(E, T);
  return T;
}

unsigned Compiler::intLiteralToReg(const ConstantExpr *C) {
  unsigned T = allocTemp();
  CurLine = C->getPos().Line;
  int64_t V = C->IntVal;
  // emitIntConstant, with the common LoadInt as a tail call.
  if (LLVM_LIKELY(V >= INT32_MIN && V <= INT32_MAX))
    return emitToReg(
        Instr::makeABx(Opcode::LoadInt, T,
                       static_cast<uint32_t>(static_cast<int32_t>(V))),
        T);
  emitIntConstantSlow(V, T);
  return T;
}

unsigned Compiler::binOpToReg(const BinOpExpr *B) {
  // What emitExpr does for a binary operation. The usual foldable case,
  // two int literals folding to an int32, allocates nothing after T and
  // ends with a tail call: no frame.
  unsigned T = allocTemp();
  setLine(B->getPos().Line);
  int64_t L, R, V;
  if (!intLiteral(B->LHS, L))
    return binOpToRegNoLiteral(B, T);
  // Addition, the most common operation, is tested apart from the
  // others, which a jump table selects.
  if (intLiteral(B->RHS, R) &&
      (B->Op == BinaryOp::Add ? !__builtin_add_overflow(L, R, &V)
                              : foldIntBinOp(B->Op, L, R, V)) &&
      V >= INT32_MIN && V <= INT32_MAX)
    return emitToReg(
        Instr::makeABx(Opcode::LoadInt, T,
                       static_cast<uint32_t>(static_cast<int32_t>(V))),
        T);
  return binOpToRegOther(B, T);
}

unsigned Compiler::binOpToRegOther(const BinOpExpr *B, unsigned T) {
  emitBinOpInline(B, T);
  S->FreeReg = T + 1;
  return T;
}

unsigned Compiler::binOpToRegNoLiteral(const BinOpExpr *B, unsigned T) {
  emitBinOpNotTwoLiterals(B, T);
  S->FreeReg = T + 1;
  return T;
}

unsigned Compiler::nameToReg(const NameExpr *N) {
  unsigned Reg = localToReg(N);
  return Reg != ~0u ? Reg : exprToTemp(N);
}

unsigned Compiler::localToReg(const NameExpr *N) {
  unsigned Reg;
  if (!isLocal(N->Id, Reg))
    return ~0u;
  if (!isCertainlyBound(Reg)) {
    CurLine = N->getPos().Line;
    emit(Instr::makeABC(Opcode::CheckBound, Reg));
    S->Bound.set(Reg);
  }
  if (!S->WalrusRegs.test(Reg))
    return Reg;
  unsigned T = allocTemp();
  emit(Instr::makeABC(Opcode::Move, T, Reg));
  return T;
}

void Compiler::emitNamedExpr(const NamedExprExpr *N, unsigned Dest) {
  // Dest may be a local the enclosing expression still reads: it gets the
  // value last, after the target.
  unsigned T = allocTemp();
  emitExpr(N->Value, T);
  if (Failed)
    return;
  CurLine = N->getPos().Line;
  storeName(N->Target, T);
  emit(Instr::makeABC(Opcode::Move, Dest, T));
}

/// The parameter list of a comprehension's code: the outermost iterator.
static const Parameters &comprehensionParams() {
  static const Parameter Iter{SourcePos(), ".0", nullptr};
  static const Parameters Params = [] {
    Parameters P;
    P.Params = llvm::ArrayRef<Parameter>(Iter);
    return P;
  }();
  return Params;
}

/// Makes the comprehension's function and calls it with the iterator over
/// the outermost iterable, which is evaluated here.
void Compiler::emitComprehension(const ComprehensionExpr *E, unsigned Dest) {
  unsigned Saved = S->FreeReg;
  unsigned Fn = compileFunction(E, comprehensionName(E->getKind()),
                                comprehensionParams(), {}, nullptr);
  if (Failed)
    return;
  S->FreeReg = Fn + 1;
  unsigned Arg = allocTemp();
  const Expr *Iter = E->Generators[0].Iter;
  ForIterSet = Iter;
  emitExpr(Iter, Arg);
  ForIterSet = nullptr;
  CurLine = E->getPos().Line;
  emit(Instr::makeABC(Opcode::GetIter, Arg, Arg));
  emit(Instr::makeABC(Opcode::Call, Fn, 1));
  if (Fn != Dest)
    emit(Instr::makeABC(Opcode::Move, Dest, Fn));
  S->FreeReg = Saved;
}

/// The code of a comprehension's own function: build the collection (or
/// yield the items) through nested loops over its for clauses.
void Compiler::compileComprehensionBody(const ComprehensionExpr *C) {
  unsigned Result = ~0u;
  CurLine = C->getPos().Line;
  switch (C->getKind()) {
  case NodeKind::ListComp:
    Result = allocTemp();
    emit(Instr::makeABC(Opcode::BuildList, Result, 0));
    break;
  case NodeKind::SetComp:
    Result = allocTemp();
    emit(Instr::makeABC(Opcode::BuildSet, Result, 0, 0));
    break;
  case NodeKind::DictComp:
    Result = allocTemp();
    emit(Instr::makeABC(Opcode::BuildMap, Result, 0));
    break;
  default:
    break;
  }
  compileComprehensionLoop(C, 0, Result);
  if (Failed)
    return;
  CurLine = C->getPos().Line;
  if (Result != ~0u)
    emit(Instr::makeABC(Opcode::Return, Result));
  else
    emit(Instr::makeABC(Opcode::ReturnNone, 0));
}

/// For clause \p Index and the ones after it, shaped as compileFor's loop.
void Compiler::compileComprehensionLoop(const ComprehensionExpr *C,
                                        size_t Index, unsigned Result) {
  if (Failed)
    return;
  const Comprehension &Gen = C->Generators[Index];
  unsigned Saved = S->FreeReg;
  unsigned It = 0; // The outermost iterator is the parameter.
  if (Index > 0) {
    It = allocTemp();
    ForIterSet = Gen.Iter;
    unsigned Src = exprToReg(Gen.Iter);
    ForIterSet = nullptr;
    CurLine = Gen.Iter->getPos().Line;
    emit(Instr::makeABC(Opcode::GetIter, It, Src));
    S->FreeReg = It + 1;
  }
  llvm::BitVector Entry = S->Bound;
  ForLoop Loop = beginForLoop(Gen.Target);
  SmallVector<size_t, 4> Skip;
  for (const Expr *If : Gen.Ifs)
    compileCond(If, /*JumpIf=*/false, Skip);
  if (Index + 1 < C->Generators.size()) {
    compileComprehensionLoop(C, Index + 1, Result);
  } else {
    unsigned ItemSaved = S->FreeReg;
    unsigned V = exprToReg(C->Elt);
    CurLine = C->Elt->getPos().Line;
    switch (C->getKind()) {
    case NodeKind::ListComp:
      emit(Instr::makeABC(Opcode::ListAppend, Result, V));
      break;
    case NodeKind::SetComp:
      emit(Instr::makeABC(Opcode::SetAdd, Result, V));
      break;
    case NodeKind::DictComp: {
      unsigned DV = exprToReg(C->Value);
      CurLine = C->Value->getPos().Line;
      emit(Instr::makeABC(Opcode::MapAdd, Result, V, DV));
      break;
    }
    default:
      // The value sent in goes to a register of its own: V may be a
      // variable.
      emit(Instr::makeABC(Opcode::Yield, V, allocTemp()));
      break;
    }
    S->FreeReg = ItemSaved;
  }
  patchHere(Skip);
  endForLoop(Loop, It, Gen.Pos.Line);
  S->Bound = Entry;
  S->FreeReg = Saved;
}

void Compiler::emitName(const NameExpr *N, unsigned Dest) {
  unsigned Reg;
  if (isLocal(N->Id, Reg)) {
    Reg = exprToReg(N);
    if (Reg != Dest)
      emit(Instr::makeABC(Opcode::Move, Dest, Reg));
    return;
  }
  bool IsFree;
  if (isCellVar(N->Id, Reg, IsFree)) {
    emit(Instr::makeABC(IsFree ? Opcode::LoadFree : Opcode::LoadCell, Dest,
                        Reg));
    return;
  }
  checkBuiltinName(N);
  emit(Instr::makeABx(Opcode::LoadGlobal, Dest, globalIndex(N->Id)));
}

void Compiler::emitIntConstantSlow(int64_t V, unsigned Dest) {
  Constant K;
  K.K = Constant::Int;
  K.I = V;
  emit(Instr::makeABx(Opcode::LoadConst, Dest, addConstant(std::move(K))));
}

void Compiler::emitBigIntLiteral(const ConstantExpr *C, bool Negate,
                                 unsigned Dest) {
  StringRef Digits = C->Text;
  unsigned Radix = 10;
  if (Digits.size() > 1 && Digits[0] == '0' && llvm::isAlpha(Digits[1])) {
    char B = Digits[1] | 0x20;
    Radix = B == 'x' ? 16 : B == 'o' ? 8 : 2;
    Digits = Digits.drop_front(2);
  }
  // CPython converts decimal literals with the same digit limit as int().
  constexpr size_t MaxStrDigits = 4300;
  if (Radix == 10 && Digits.size() > MaxStrDigits)
    return fail(C->getPos(),
                "Exceeds the limit (4300 digits) for integer string "
                "conversion: value has " +
                    llvm::Twine(Digits.size()) +
                    " digits; use sys.set_int_max_str_digits() to increase "
                    "the limit - Consider hexadecimal for huge integer "
                    "literals to avoid decimal conversion limits.");
  std::string Hex = convertDigits(Digits, Radix, 16);
  // -2**63 is the one negated literal beyond int64 whose value fits.
  if (Negate && Hex == "8000000000000000")
    return emitIntConstant(INT64_MIN, Dest);
  Constant K;
  K.K = Constant::BigInt;
  K.S = (Negate ? "-" : "") + Hex;
  emit(Instr::makeABx(Opcode::LoadConst, Dest, addConstant(std::move(K))));
}

void Compiler::emitFloatConstant(double V, unsigned Dest) {
  Constant K;
  K.K = Constant::Float;
  K.F = V;
  emit(Instr::makeABx(Opcode::LoadConst, Dest, addConstant(std::move(K))));
}

void Compiler::emitConstant(const ConstantExpr *C, unsigned Dest) {
  switch (C->CK) {
  case ConstantExpr::None:
    emit(Instr::makeABC(Opcode::LoadNone, Dest));
    return;
  case ConstantExpr::True:
    emit(Instr::makeABC(Opcode::LoadTrue, Dest));
    return;
  case ConstantExpr::False:
    emit(Instr::makeABC(Opcode::LoadFalse, Dest));
    return;
  case ConstantExpr::Int:
    if (C->IsBigInt)
      return emitBigIntLiteral(C, false, Dest);
    return emitIntConstant(C->IntVal, Dest);
  case ConstantExpr::Float:
    return emitFloatConstant(C->FloatVal, Dest);
  case ConstantExpr::Str: {
    Constant K;
    K.K = Constant::Str;
    K.S = C->Text.str();
    emit(Instr::makeABx(Opcode::LoadConst, Dest, addConstant(std::move(K))));
    return;
  }
  case ConstantExpr::Imaginary:
    return unsupported(C, "complex number literal");
  case ConstantExpr::Bytes: {
    Constant K;
    K.K = Constant::Bytes;
    K.S = C->Text.str();
    emit(Instr::makeABx(Opcode::LoadConst, Dest, addConstant(std::move(K))));
    return;
  }
  case ConstantExpr::Ellipsis:
    return unsupported(C, "Ellipsis");
  }
}

static Opcode compareOpcode(CmpOp Op) {
  switch (Op) {
  case CmpOp::Eq: return Opcode::Eq;
  case CmpOp::NotEq: return Opcode::Ne;
  case CmpOp::Lt: return Opcode::Lt;
  case CmpOp::LtE: return Opcode::Le;
  case CmpOp::Gt: return Opcode::Gt;
  case CmpOp::GtE: return Opcode::Ge;
  case CmpOp::Is: return Opcode::Is;
  case CmpOp::IsNot: return Opcode::IsNot;
  case CmpOp::In:
    return Opcode::In;
  case CmpOp::NotIn:
    return Opcode::NotIn;
  }
  return Opcode::NumOpcodes;
}

/// The Test* opcode comparing with a 16-bit immediate instead of a register.
static Opcode immediateTestOpcode(Opcode Test) {
  switch (Test) {
  case Opcode::TestLt:
    return Opcode::TestLtI;
  case Opcode::TestLe:
    return Opcode::TestLeI;
  case Opcode::TestGt:
    return Opcode::TestGtI;
  case Opcode::TestGe:
    return Opcode::TestGeI;
  case Opcode::TestEq:
    return Opcode::TestEqI;
  case Opcode::TestNe:
    return Opcode::TestNeI;
  default:
    return Opcode::NumOpcodes;
  }
}

static Opcode testOpcode(CmpOp Op) {
  switch (Op) {
  case CmpOp::Eq:
    return Opcode::TestEq;
  case CmpOp::NotEq:
    return Opcode::TestNe;
  case CmpOp::Lt:
    return Opcode::TestLt;
  case CmpOp::LtE:
    return Opcode::TestLe;
  case CmpOp::Gt:
    return Opcode::TestGt;
  case CmpOp::GtE:
    return Opcode::TestGe;
  default:
    return Opcode::NumOpcodes;
  }
}

void Compiler::emitCompare(const CompareExpr *C, unsigned Dest) {
  for (size_t I = 0; I < C->Ops.size(); ++I)
    if (compareOpcode(C->Ops[I]) == Opcode::NumOpcodes)
      return unsupported(C->Comparators[I], llvm::Twine("the '") +
                                                getCmpOpSymbol(C->Ops[I]) +
                                                "' operator");
  unsigned Saved = S->FreeReg;
  llvm::BitVector Entry = S->Bound;
  // A chain writes its destination once per link.
  unsigned D = C->Ops.size() > 1 && isLocalReg(Dest) ? allocTemp() : Dest;
  unsigned L = exprToReg(C->Left);
  SmallVector<size_t, 4> Exits;
  for (size_t I = 0; I < C->Ops.size(); ++I) {
    unsigned R = exprToReg(C->Comparators[I]);
    CurLine = C->getPos().Line;
    emit(Instr::makeABC(compareOpcode(C->Ops[I]), D, L, R));
    if (I + 1 < C->Ops.size())
      Exits.push_back(emitJump(Opcode::JumpIfFalse, D));
    L = R;
  }
  patchHere(Exits);
  if (D != Dest)
    emit(Instr::makeABC(Opcode::Move, Dest, D));
  S->FreeReg = Saved;
  if (C->Ops.size() > 1)
    S->Bound = Entry;
}

void Compiler::emitBoolOp(const BoolOpExpr *B, unsigned Dest) {
  unsigned Saved = S->FreeReg;
  llvm::BitVector Entry = S->Bound;
  unsigned D = isLocalReg(Dest) ? allocTemp() : Dest;
  Opcode Jump = B->Op == BoolOpKind::And ? Opcode::JumpIfFalse
                                         : Opcode::JumpIfTrue;
  SmallVector<size_t, 4> Exits;
  for (size_t I = 0; I < B->Values.size(); ++I) {
    emitExpr(B->Values[I], D);
    if (I + 1 < B->Values.size())
      Exits.push_back(emitJump(Jump, D));
  }
  patchHere(Exits);
  if (D != Dest)
    emit(Instr::makeABC(Opcode::Move, Dest, D));
  S->FreeReg = Saved;
  S->Bound = Entry;
}

void Compiler::emitCall(const CallExpr *C, unsigned Dest) {
  bool Unpacking =
      llvm::any_of(C->Args,
                   [](const Expr *A) { return isa<StarredExpr>(A); }) ||
      llvm::any_of(C->Keywords, [](const Keyword &K) { return K.Arg.empty(); });
  if (Unpacking)
    return emitCallEx(C, Dest);
  if (C->Args.size() + 2 * C->Keywords.size() > UINT16_MAX - 2)
    return fail(C->getPos(), "too many arguments");
  unsigned Saved = S->FreeReg;
  // A destination on top of the temporaries can be the call window itself,
  // which saves moving the result.
  unsigned Base =
      !isLocalReg(Dest) && Dest + 1 == S->FreeReg ? Dest : allocTemp();
  auto *Method = dyn_cast<AttributeExpr>(C->Func);
  if (Method) {
    // obj.name(args): self goes first in the argument window.
    emitExpr(Method->Value, allocTemp());
    CurLine = Method->getPos().Line;
    emit(Instr::makeABx(Opcode::LoadMethod, Base, strConstant(Method->Attr)));
  } else {
    emitExpr(C->Func, Base);
  }
  for (const Expr *A : C->Args) {
    unsigned R = allocTemp();
    emitExpr(A, R);
    if (Failed)
      return;
  }
  // Keyword values, then their names.
  for (const Keyword &K : C->Keywords) {
    emitExpr(K.Value, allocTemp());
    if (Failed)
      return;
  }
  for (const Keyword &K : C->Keywords) {
    Constant Name;
    Name.K = Constant::Str;
    Name.S = K.Arg.str();
    emit(Instr::makeABx(Opcode::LoadConst, allocTemp(),
                        addConstant(std::move(Name))));
  }
  CurLine = C->getPos().Line;
  // A method's self counts as its first positional argument.
  unsigned NumPos = static_cast<unsigned>(C->Args.size()) + (Method ? 1 : 0);
  if (!C->Keywords.empty())
    emit(Instr::makeABC(Opcode::CallKw, Base, NumPos,
                        static_cast<unsigned>(C->Keywords.size())));
  else
    emit(Instr::makeABC(Method ? Opcode::CallMethod : Opcode::Call, Base,
                        NumPos));
  if (Base != Dest)
    emit(Instr::makeABC(Opcode::Move, Dest, Base));
  S->FreeReg = Saved;
}

/// A call with * or ** arguments, as CPython compiles it: the positional
/// arguments into one list (or, for f(*xs) alone, xs itself, which the
/// call converts), the keywords into one dict, then one CallEx:
///
///   fn | self (a method's) | positional | keyword dict | temporaries
void Compiler::emitCallEx(const CallExpr *C, unsigned Dest) {
  if (C->Args.size() > UINT16_MAX - 2)
    return fail(C->getPos(), "too many arguments");
  unsigned Saved = S->FreeReg;
  unsigned Base =
      !isLocalReg(Dest) && Dest + 1 == S->FreeReg ? Dest : allocTemp();
  unsigned Flags = 0;
  if (auto *Method = dyn_cast<AttributeExpr>(C->Func)) {
    emitExpr(Method->Value, allocTemp());
    CurLine = Method->getPos().Line;
    emit(Instr::makeABx(Opcode::LoadMethod, Base, strConstant(Method->Attr)));
    Flags |= 2;
  } else {
    emitExpr(C->Func, Base);
  }
  unsigned ArgsReg = allocTemp();
  if (C->Args.size() == 1 && isa<StarredExpr>(C->Args[0]))
    emitExpr(cast<StarredExpr>(C->Args[0])->Value, ArgsReg);
  else if (C->Args.empty())
    emit(Instr::makeABC(Opcode::BuildTuple, ArgsReg, 0));
  else
    emitStarredList(C->Args, ArgsReg, C->getPos().Line);
  if (!C->Keywords.empty()) {
    Flags |= 1;
    unsigned KwReg = allocTemp();
    bool HaveDict = false;
    size_t N = C->Keywords.size();
    for (size_t I = 0; I < N && !Failed;) {
      const Keyword &K = C->Keywords[I];
      if (K.Arg.empty()) {
        // **m: merged into the dict, which starts empty.
        if (!HaveDict)
          emit(Instr::makeABC(Opcode::BuildMap, KwReg, 0));
        HaveDict = true;
        unsigned V = exprToReg(K.Value);
        CurLine = C->getPos().Line;
        emit(Instr::makeABC(Opcode::DictMerge, KwReg, V, Base));
        S->FreeReg = KwReg + 1;
        ++I;
        continue;
      }
      // A run of name=value keywords: one dict, merged unless it is the
      // first thing in the keyword dict.
      size_t End = I;
      while (End < N && !C->Keywords[End].Arg.empty())
        ++End;
      if (2 * (End - I) > UINT16_MAX - 2)
        return fail(C->getPos(), "too many arguments");
      unsigned Map = HaveDict ? allocTemp() : KwReg;
      for (size_t J = I; J < End && !Failed; ++J) {
        emit(Instr::makeABx(Opcode::LoadConst, allocTemp(),
                            strConstant(C->Keywords[J].Arg)));
        emitExpr(C->Keywords[J].Value, allocTemp());
      }
      CurLine = C->getPos().Line;
      emit(Instr::makeABC(Opcode::BuildMap, Map,
                          static_cast<unsigned>(2 * (End - I))));
      if (HaveDict)
        emit(Instr::makeABC(Opcode::DictMerge, KwReg, Map, Base));
      HaveDict = true;
      S->FreeReg = KwReg + 1;
      I = End;
    }
  }
  if (Failed)
    return;
  CurLine = C->getPos().Line;
  emit(Instr::makeABC(Opcode::CallEx, Base, Flags));
  if (Base != Dest)
    emit(Instr::makeABC(Opcode::Move, Dest, Base));
  S->FreeReg = Saved;
}

void Compiler::emitJoinedStr(const JoinedStrExpr *J, unsigned Dest) {
  // A single piece is a str already (FormatValue always makes one).
  if (J->Values.size() == 1)
    return emitExpr(J->Values[0], Dest);
  if (J->Values.empty()) {
    Constant K;
    K.K = Constant::Str;
    emit(Instr::makeABx(Opcode::LoadConst, Dest, addConstant(std::move(K))));
    return;
  }
  if (J->Values.size() > UINT16_MAX - 1)
    return fail(J->getPos(), "too many f-string parts");
  unsigned Saved = S->FreeReg;
  unsigned Base =
      !isLocalReg(Dest) && Dest + 1 == S->FreeReg ? Dest : allocTemp();
  for (const Expr *V : J->Values) {
    unsigned R = allocTemp();
    emitExpr(V, R);
    if (Failed)
      return;
  }
  CurLine = J->getPos().Line;
  emit(Instr::makeABC(Opcode::BuildString, Base,
                      static_cast<unsigned>(J->Values.size())));
  if (Base != Dest)
    emit(Instr::makeABC(Opcode::Move, Dest, Base));
  S->FreeReg = Saved;
}

void Compiler::emitFormattedValue(const FormattedValueExpr *FV, unsigned Dest) {
  unsigned Flags = FV->Conversion == 's'   ? 1
                   : FV->Conversion == 'r' ? 2
                   : FV->Conversion == 'a' ? 3
                                           : 0;
  // The value is evaluated before the spec, as in CPython.
  unsigned V = exprToReg(FV->Value);
  unsigned T = Dest;
  if (FV->FormatSpec) {
    if (isLocalReg(Dest))
      T = allocTemp();
    emitExpr(FV->FormatSpec, T);
    Flags |= 4;
  }
  CurLine = FV->getPos().Line;
  emit(Instr::makeABC(Opcode::FormatValue, T, V, Flags));
  if (T != Dest)
    emit(Instr::makeABC(Opcode::Move, Dest, T));
}

void Compiler::emitBinOp(const BinOpExpr *B, unsigned Dest) {
  emitBinOpInline(B, Dest);
}

void Compiler::emitBinOpInline(const BinOpExpr *B, unsigned Dest) {
  // Two literals, the usual foldable case, are folded here without the
  // frame of the recursive foldIntConstant.
  int64_t L, R;
  if (intLiteral(B->LHS, L) && intLiteral(B->RHS, R)) {
    if (int64_t V; foldIntBinOp(B->Op, L, R, V)) {
      CurLine = B->getPos().Line;
      return emitIntConstant(V, Dest);
    }
    return emitBinOpUnfolded(B, Dest);
  }
  emitBinOpNotTwoLiterals(B, Dest);
}

void Compiler::emitBinOpFolding(const BinOpExpr *B, unsigned Dest) {
  if (int64_t V; foldIntConstant(B, V)) {
    CurLine = B->getPos().Line;
    return emitIntConstant(V, Dest);
  }
  emitBinOpUnfolded(B, Dest);
}

void Compiler::emitBinOpUnfolded(const BinOpExpr *B, unsigned Dest) {
  Opcode Op = binaryOpcode(B->Op);
  if (Op == Opcode::NumOpcodes)
    return unsupported(B, "the '@' operator");
  int16_t Imm;
  if (immediateOpcode(Op) != Opcode::NumOpcodes &&
      smallIntLiteral(B->RHS, Imm)) {
    unsigned L = exprToReg(B->LHS);
    CurLine = B->getPos().Line;
    emit(Instr::makeABC(immediateOpcode(Op), Dest, L, uint16_t(Imm)));
    return;
  }
  unsigned L = exprToReg(B->LHS);
  unsigned R = exprToReg(B->RHS);
  CurLine = B->getPos().Line;
  emit(Instr::makeABC(Op, Dest, L, R));
}

void Compiler::emitUnaryOp(const UnaryOpExpr *U, unsigned Dest) {
  // A negative number literal is a constant, as in CPython's optimizer;
  // negating a non-negative int64 literal cannot overflow.
  if (auto *C = dyn_cast<ConstantExpr>(U->Operand);
      C && U->Op == UnaryOp::USub) {
    CurLine = U->getPos().Line;
    if (C->CK == ConstantExpr::Int)
      return C->IsBigInt ? emitBigIntLiteral(C, true, Dest)
                         : emitIntConstant(-C->IntVal, Dest);
    if (C->CK == ConstantExpr::Float)
      return emitFloatConstant(-C->FloatVal, Dest);
  }
  unsigned R = exprToReg(U->Operand);
  CurLine = U->getPos().Line;
  Opcode Op = U->Op == UnaryOp::USub     ? Opcode::Neg
              : U->Op == UnaryOp::UAdd   ? Opcode::Pos
              : U->Op == UnaryOp::Invert ? Opcode::Invert
                                         : Opcode::Not;
  emit(Instr::makeABC(Op, Dest, R));
}

void Compiler::emitLambda(const LambdaExpr *L, unsigned Dest) {
  unsigned T = compileFunction(L, "<lambda>", L->Params, {}, L->Body);
  if (!Failed && T != Dest)
    emit(Instr::makeABC(Opcode::Move, Dest, T));
}

void Compiler::emitIfExp(const IfExpExpr *I, unsigned Dest) {
  SmallVector<size_t, 4> ToElse;
  compileCond(I->Test, false, ToElse);
  llvm::BitVector Entry = S->Bound;
  emitExpr(I->Body, Dest);
  size_t ToEnd = emitJump(Opcode::Jump);
  patchHere(ToElse);
  S->Bound = Entry;
  emitExpr(I->OrElse, Dest);
  S->Bound = Entry;
  patchJump(ToEnd, here());
}

unsigned Compiler::strConstant(StringRef Str) {
  Constant K;
  K.K = Constant::Str;
  K.S = Str.str();
  return addConstant(std::move(K));
}

/// A list of \p Elts, some starred, into \p Base: the items before the
/// first star in one BuildList, then one ListAppend or ListExtend each.
void Compiler::emitStarredList(ExprList Elts, unsigned Base, uint32_t Line) {
  unsigned Saved = S->FreeReg;
  size_t Lead = 0;
  while (Lead < Elts.size() && !isa<StarredExpr>(Elts[Lead]))
    ++Lead;
  if (Base + 1 != S->FreeReg) {
    unsupported(Elts.front(), "starred expression here");
    return;
  }
  for (size_t I = 0; I < Lead; ++I)
    emitExpr(Elts[I], allocTemp());
  emit(Instr::makeABC(Opcode::BuildList, Base, static_cast<unsigned>(Lead)));
  S->FreeReg = Saved;
  for (size_t I = Lead; I < Elts.size() && !Failed; ++I) {
    const Expr *E = Elts[I];
    if (auto *St = dyn_cast<StarredExpr>(E)) {
      unsigned R = exprToReg(St->Value);
      CurLine = Line;
      emit(Instr::makeABC(Opcode::ListExtend, Base, R));
    } else {
      unsigned R = exprToReg(E);
      emit(Instr::makeABC(Opcode::ListAppend, Base, R));
    }
    S->FreeReg = Saved;
  }
}

void Compiler::emitSequence(const SequenceExpr *E, unsigned Dest) {
  if (E->Elts.size() > UINT16_MAX - 1)
    return fail(E->getPos(), "too many elements in a display");
  if (llvm::any_of(E->Elts,
                   [](const Expr *Elt) { return isa<StarredExpr>(Elt); })) {
    unsigned Saved = S->FreeReg;
    unsigned Base = allocTemp();
    emitStarredList(E->Elts, Base, E->getPos().Line);
    CurLine = E->getPos().Line;
    if (E->getKind() == NodeKind::Tuple)
      emit(Instr::makeABC(Opcode::ListToTuple, Dest, Base));
    else if (Dest != Base)
      emit(Instr::makeABC(Opcode::Move, Dest, Base));
    S->FreeReg = Saved;
    return;
  }
  unsigned Saved = S->FreeReg;
  unsigned Base =
      !isLocalReg(Dest) && Dest + 1 == S->FreeReg ? Dest : allocTemp();
  for (const Expr *Elt : E->Elts) {
    emitExpr(Elt, allocTemp());
    if (Failed)
      return;
  }
  CurLine = E->getPos().Line;
  emit(Instr::makeABC(E->getKind() == NodeKind::List ? Opcode::BuildList
                                                     : Opcode::BuildTuple,
                      Base, static_cast<unsigned>(E->Elts.size())));
  if (Base != Dest)
    emit(Instr::makeABC(Opcode::Move, Dest, Base));
  S->FreeReg = Saved;
}

/// Whether CPython's AST optimizer makes \p E a constant: 2 yes, 0 no, 1
/// maybe (folding a computation, which CPython does within limits).
static int cpythonConstant(const Expr *E) {
  switch (E->getKind()) {
  case NodeKind::Constant:
    return 2;
  case NodeKind::UnaryOp:
    return cpythonConstant(cast<UnaryOpExpr>(E)->Operand);
  case NodeKind::Tuple: {
    int R = 2;
    for (const Expr *Elt : cast<SequenceExpr>(E)->Elts)
      R = std::min(R, isa<StarredExpr>(Elt) ? 0 : cpythonConstant(Elt));
    return R;
  }
  case NodeKind::BinOp: {
    // What pyr folds, CPython folds too.
    if (int64_t V; foldIntConstant(E, V))
      return 2;
    auto *B = cast<BinOpExpr>(E);
    return std::min(cpythonConstant(B->LHS), cpythonConstant(B->RHS)) ? 1 : 0;
  }
  case NodeKind::Subscript:
  case NodeKind::JoinedStr:
    return 1;
  default:
    return 0;
  }
}

namespace {
/// A set display item's value at compile time, for the constants whose
/// equality and CPython constant key pyr works out here: ints (folded),
/// floats, strs, bools and None.
struct ConstItem {
  enum { Num, Str, None } Kind;
  bool IsFloat = false, IsBool = false;
  int64_t I = 0;
  double F = 0;
  llvm::StringRef Text = {};

  /// _PyCode_ConstantKey: the type and the value (-0.0 apart from 0.0).
  std::string key() const {
    if (Kind == None)
      return "n";
    if (Kind == Str)
      return ("s" + Text).str();
    if (IsBool)
      return I ? "b1" : "b0";
    if (!IsFloat)
      return "i" + std::to_string(I);
    char Buf[40];
    snprintf(Buf, sizeof(Buf), "f%a%s", F,
             F == 0 && std::signbit(F) ? "-" : "");
    return Buf;
  }
  /// Python's ==.
  bool equals(const ConstItem &O) const {
    if (Kind != O.Kind)
      return false;
    if (Kind == None)
      return true;
    if (Kind == Str)
      return Text == O.Text;
    if (IsFloat && O.IsFloat)
      return F == O.F;
    if (!IsFloat && !O.IsFloat)
      return I == O.I;
    double D = IsFloat ? F : O.F;
    int64_t N = IsFloat ? O.I : I;
    // Exact: the double must be an integer in int64's range equal to N.
    return D >= -9223372036854775808.0 && D < 9223372036854775808.0 &&
           D == std::trunc(D) && static_cast<int64_t>(D) == N;
  }
};
} // namespace

static bool constItem(const Expr *E, ConstItem &Out) {
  if (int64_t V; foldIntConstant(E, V)) {
    Out = {ConstItem::Num};
    Out.I = V;
    return true;
  }
  bool Negate = false;
  if (auto *U = dyn_cast<UnaryOpExpr>(E); U && U->Op == UnaryOp::USub) {
    Negate = true;
    E = U->Operand;
  }
  auto *C = dyn_cast<ConstantExpr>(E);
  if (!C)
    return false;
  switch (C->CK) {
  case ConstantExpr::Float:
    Out = {ConstItem::Num};
    Out.IsFloat = true;
    Out.F = Negate ? -C->FloatVal : C->FloatVal;
    return true;
  case ConstantExpr::True:
  case ConstantExpr::False:
    if (Negate)
      return false;
    Out = {ConstItem::Num};
    Out.IsBool = true;
    Out.I = C->CK == ConstantExpr::True;
    return true;
  case ConstantExpr::Str:
    if (Negate)
      return false;
    Out = {ConstItem::Str};
    Out.Text = C->Text;
    return true;
  case ConstantExpr::None:
    if (Negate)
      return false;
    Out = {ConstItem::None};
    return true;
  default:
    return false;
  }
}

void Compiler::orderConstantSet(llvm::SmallVectorImpl<const Expr *> &Items) {
  // CPython merges equal constants across a module: a set display equal
  // to an earlier one reuses that one's frozenset, so it iterates in the
  // order the earlier one's items collided into. The items that make the
  // frozenset are the first of each group of equal ones, and its key is
  // their constant keys.
  llvm::SmallVector<const Expr *, 16> Kept;
  llvm::SmallVector<ConstItem, 16> Values;
  std::vector<std::string> Keys;
  for (const Expr *E : Items) {
    ConstItem V;
    if (!constItem(E, V))
      return; // Tuples, big ints, ...: built as they are.
    if (llvm::any_of(Values, [&](const ConstItem &K) { return K.equals(V); }))
      continue;
    Kept.push_back(E);
    Values.push_back(V);
    Keys.push_back(V.key());
  }
  std::vector<std::string> Sorted = Keys;
  std::sort(Sorted.begin(), Sorted.end());
  std::string SetKey;
  for (const std::string &K : Sorted) {
    SetKey += K;
    SetKey += '\0';
  }
  TablesUsed = true;
  if (!ConstSetOrders)
    ConstSetOrders =
        std::make_unique<llvm::StringMap<std::vector<std::string>>>();
  auto [It, New] = ConstSetOrders->try_emplace(SetKey, Keys);
  if (New)
    return;
  // Build it from this display's items in the first display's order.
  Items.clear();
  for (const std::string &K : It->second)
    Items.push_back(
        Kept[std::find(Keys.begin(), Keys.end(), K) - Keys.begin()]);
}

void Compiler::emitDictOrSet(const Expr *E, unsigned Dest) {
  llvm::SmallVector<const Expr *, 16> Items;
  // How CPython builds a set display of constants (see BuildSet).
  unsigned SetMode = 0;
  if (auto *St = dyn_cast<SequenceExpr>(E)) {
    int Const = 2;
    for (const Expr *Elt : St->Elts)
      Const = std::min(Const, cpythonConstant(Elt));
    if (Const == 1 && (E == ForIterSet || St->Elts.size() > 2))
      return unsupported(E, "set display of computed constants");
    if (Const == 2 && E == ForIterSet)
      SetMode = 2;
    else if (Const == 2 && St->Elts.size() > 2)
      SetMode = 1;
  }
  // The items before the first starred one (** in a dict) go in the
  // window; the rest are added one at a time, in order, as CPython does.
  size_t Rest = 0;
  if (auto *D = dyn_cast<DictExpr>(E)) {
    for (; Rest < D->Keys.size() && D->Keys[Rest]; ++Rest) {
      Items.push_back(D->Keys[Rest]);
      Items.push_back(D->Values[Rest]);
    }
  } else {
    for (const Expr *Elt : cast<SequenceExpr>(E)->Elts) {
      if (isa<StarredExpr>(Elt))
        break;
      Items.push_back(Elt);
      ++Rest;
    }
  }
  if (SetMode)
    orderConstantSet(Items);
  if (Items.size() > UINT16_MAX - 1)
    return fail(E->getPos(), "too many elements in a display");
  unsigned Saved = S->FreeReg;
  unsigned Base =
      !isLocalReg(Dest) && Dest + 1 == S->FreeReg ? Dest : allocTemp();
  for (const Expr *Item : Items) {
    emitExpr(Item, allocTemp());
    if (Failed)
      return;
  }
  CurLine = E->getPos().Line;
  emit(Instr::makeABC(isa<DictExpr>(E) ? Opcode::BuildMap : Opcode::BuildSet,
                      Base, static_cast<unsigned>(Items.size()), SetMode));
  S->FreeReg = Base + 1;
  // Errors adding the items after the first starred one are reported at
  // the display's first line, as CPython 3.11 reports them.
  if (auto *D = dyn_cast<DictExpr>(E)) {
    for (size_t I = Rest; I < D->Keys.size() && !Failed; ++I) {
      if (!D->Keys[I]) {
        unsigned V = allocTemp();
        emitExpr(D->Values[I], V);
        CurLine = E->getPos().Line;
        emit(Instr::makeABC(Opcode::DictUpdate, Base, V));
      } else {
        unsigned K = allocTemp(), V = allocTemp();
        emitExpr(D->Keys[I], K);
        emitExpr(D->Values[I], V);
        CurLine = E->getPos().Line;
        emit(Instr::makeABC(Opcode::SetItem, Base, K, V));
      }
      S->FreeReg = Base + 1;
    }
  } else {
    const auto &Elts = cast<SequenceExpr>(E)->Elts;
    for (size_t I = Rest; I < Elts.size() && !Failed; ++I) {
      unsigned V = allocTemp();
      auto *St = dyn_cast<StarredExpr>(Elts[I]);
      emitExpr(St ? St->Value : Elts[I], V);
      CurLine = E->getPos().Line;
      emit(Instr::makeABC(St ? Opcode::SetUpdate : Opcode::SetAdd, Base, V));
      S->FreeReg = Base + 1;
    }
  }
  if (Failed)
    return;
  if (Base != Dest)
    emit(Instr::makeABC(Opcode::Move, Dest, Base));
  S->FreeReg = Saved;
}

unsigned Compiler::indexToReg(const Expr *Index) {
  auto *Sl = dyn_cast<SliceExpr>(Index);
  if (!Sl) {
    if (auto *T = dyn_cast<SequenceExpr>(Index))
      for (const Expr *Elt : T->Elts)
        if (isa<SliceExpr>(Elt)) {
          unsupported(Elt, "a slice in a tuple index");
          return allocTemp();
        }
    return exprToReg(Index);
  }
  unsigned Base = allocTemp();
  const Expr *Parts[3] = {Sl->Lower, Sl->Upper, Sl->Step};
  unsigned N = Sl->Step ? 3 : 2;
  for (unsigned I = 0; I < N; ++I) {
    unsigned R = allocTemp();
    if (Parts[I])
      emitExpr(Parts[I], R);
    else
      emit(Instr::makeABC(Opcode::LoadNone, R));
  }
  CurLine = Sl->getPos().Line;
  emit(Instr::makeABC(Opcode::BuildSlice, Base, N));
  return Base;
}

void Compiler::emitAttribute(const AttributeExpr *E, unsigned Dest) {
  // The object goes in the destination, which LoadAttr overwrites with the
  // attribute; a local is written only once the attribute is read.
  unsigned D = isLocalReg(Dest) ? allocTemp() : Dest;
  emitExpr(E->Value, D);
  CurLine = E->getPos().Line;
  emit(Instr::makeABx(Opcode::LoadAttr, D, strConstant(E->Attr)));
  if (D != Dest)
    emit(Instr::makeABC(Opcode::Move, Dest, D));
}

void Compiler::emitSubscript(const SubscriptExpr *E, unsigned Dest) {
  unsigned C = exprToReg(E->Value);
  unsigned X = indexToReg(E->Index);
  CurLine = E->getPos().Line;
  emit(Instr::makeABC(Opcode::GetItem, Dest, C, X));
}

void Compiler::unsupportedExpr(const Expr *E) {
  switch (E->getKind()) {

  case NodeKind::Attribute: return unsupported(E, "attribute access");
  case NodeKind::Subscript: return unsupported(E, "subscript");
  case NodeKind::Slice: return unsupported(E, "slice");
  case NodeKind::Starred: return unsupported(E, "starred expression");
  case NodeKind::Tuple: return unsupported(E, "tuple");
  case NodeKind::List: return unsupported(E, "list");
  case NodeKind::Set: return unsupported(E, "set");
  case NodeKind::Dict: return unsupported(E, "dict");
  default: return unsupported(E, "this expression");
  }
}

/// The dispatcher stays tiny: expressions nest thousands deep and every
/// level costs one frame of this function and one of its callee.
void Compiler::emitExpr(const Expr *E, unsigned Dest) {
  if (Failed)
    return;
  unsigned Saved = S->FreeReg;
  CurLine = E->getPos().Line;
  switch (E->getKind()) {
  case NodeKind::Name:
    emitName(llvm::cast<NameExpr>(E), Dest);
    break;
  case NodeKind::Constant:
    emitConstant(llvm::cast<ConstantExpr>(E), Dest);
    break;
  case NodeKind::BinOp:
    emitBinOp(llvm::cast<BinOpExpr>(E), Dest);
    break;
  case NodeKind::UnaryOp:
    emitUnaryOp(llvm::cast<UnaryOpExpr>(E), Dest);
    break;
  case NodeKind::BoolOp:
    emitBoolOp(llvm::cast<BoolOpExpr>(E), Dest);
    break;
  case NodeKind::Compare:
    emitCompare(llvm::cast<CompareExpr>(E), Dest);
    break;
  case NodeKind::Call:
    emitCall(llvm::cast<CallExpr>(E), Dest);
    break;
  case NodeKind::IfExp:
    emitIfExp(llvm::cast<IfExpExpr>(E), Dest);
    break;
  case NodeKind::Lambda:
    emitLambda(llvm::cast<LambdaExpr>(E), Dest);
    break;
  case NodeKind::NamedExpr:
    emitNamedExpr(llvm::cast<NamedExprExpr>(E), Dest);
    break;
  case NodeKind::ListComp:
  case NodeKind::SetComp:
  case NodeKind::DictComp:
  case NodeKind::GeneratorExp:
    emitComprehension(llvm::cast<ComprehensionExpr>(E), Dest);
    break;
  case NodeKind::JoinedStr:
    emitJoinedStr(llvm::cast<JoinedStrExpr>(E), Dest);
    break;
  case NodeKind::FormattedValue:
    emitFormattedValue(llvm::cast<FormattedValueExpr>(E), Dest);
    break;
  case NodeKind::List:
  case NodeKind::Tuple:
    emitSequence(llvm::cast<SequenceExpr>(E), Dest);
    break;
  case NodeKind::Dict:
  case NodeKind::Set:
    emitDictOrSet(E, Dest);
    break;
  case NodeKind::Subscript:
    emitSubscript(llvm::cast<SubscriptExpr>(E), Dest);
    break;
  case NodeKind::Attribute:
    emitAttribute(llvm::cast<AttributeExpr>(E), Dest);
    break;
  default:
    return unsupportedExpr(E);
  }
  S->FreeReg = Saved;
}

void Compiler::compileCond(const Expr *E, bool JumpIf,
                           SmallVectorImpl<size_t> &Jumps) {
  if (Failed)
    return;
  if (auto *U = dyn_cast<UnaryOpExpr>(E); U && U->Op == UnaryOp::Not)
    return compileCond(U->Operand, !JumpIf, Jumps);
  if (auto *B = dyn_cast<BoolOpExpr>(E)) {
    // Operands after the first may not run: what they bind does not count.
    llvm::BitVector Entry = S->Bound;
    auto Restore = llvm::make_scope_exit([&] { S->Bound = Entry; });
    bool IsAnd = B->Op == BoolOpKind::And;
    // For 'and' jumping on false (or 'or' jumping on true) every operand
    // jumps straight to the target; otherwise all but the last skip past.
    if (IsAnd != JumpIf) {
      for (const Expr *V : B->Values)
        compileCond(V, JumpIf, Jumps);
      return;
    }
    SmallVector<size_t, 4> Skip;
    for (size_t I = 0; I + 1 < B->Values.size(); ++I)
      compileCond(B->Values[I], !JumpIf, Skip);
    compileCond(B->Values.back(), JumpIf, Jumps);
    patchHere(Skip);
    return;
  }
  unsigned Saved = S->FreeReg;
  // A single comparison branches directly on its operands.
  if (auto *C = dyn_cast<CompareExpr>(E); C && C->Ops.size() == 1) {
    Opcode Test = testOpcode(C->Ops[0]);
    int16_t Imm;
    if (Test != Opcode::NumOpcodes &&
        smallIntLiteral(C->Comparators[0], Imm)) {
      unsigned L = exprToReg(C->Left);
      CurLine = C->getPos().Line;
      emit(Instr::makeABC(immediateTestOpcode(Test), L, uint16_t(Imm), JumpIf));
      Jumps.push_back(emitJump(Opcode::Jump));
      S->FreeReg = Saved;
      return;
    }
    if (Test != Opcode::NumOpcodes) {
      unsigned L = exprToReg(C->Left);
      unsigned R = exprToReg(C->Comparators[0]);
      CurLine = C->getPos().Line;
      emit(Instr::makeABC(Test, L, R, JumpIf));
      Jumps.push_back(emitJump(Opcode::Jump));
      S->FreeReg = Saved;
      return;
    }
  }
  unsigned R = exprToReg(E);
  Jumps.push_back(emitJump(JumpIf ? Opcode::JumpIfTrue : Opcode::JumpIfFalse, R));
  S->FreeReg = Saved;
}

ModuleCompiler::ModuleCompiler() : T(std::make_unique<Tables>()) {}
ModuleCompiler::~ModuleCompiler() = default;

Error ModuleCompiler::compile(const ModuleStmt *M, Program &Out,
                              const CompileOptions &Opts) {
  return T->C.run(M, Out, Opts);
}

Error pyr::compileModule(const ModuleStmt *M, Program &Out,
                         const CompileOptions &Opts) {
  Compiler C; // On the stack: a one-shot call allocates nothing.
  return C.run(M, Out, Opts);
}
