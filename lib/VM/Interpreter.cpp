//===- Interpreter.cpp - The register VM ----------------------------------===//
//
// Python-to-Python calls never recurse on the C stack: a call pushes a
// Frame whose register window starts right after the callee register, so
// arguments are already in place as the callee's first registers.
// Garbage is collected only between instructions that allocate, when every
// live value is in a register, a global or a constant.
//
//===----------------------------------------------------------------------===//

#include "VM.h"
#include "pyr/Compile/Compiler.h"
#include "pyr/Parse/Parser.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <cstring>

using namespace pyr;
using llvm::Error;
using llvm::StringRef;

static const char *const ExcNames[] = {
#define EXCEPTION(Name, Base) #Name,
#include "pyr/VM/Exceptions.def"
};

const char *pyr::getExcName(ExcKind K) { return ExcNames[unsigned(K)]; }

char RuntimeError::ID = 0;

void RuntimeError::log(llvm::raw_ostream &OS) const {
  OS << Type;
  if (!Msg.empty())
    OS << ": " << Msg;
}

void RuntimeError::display(llvm::raw_ostream &OS) const {
  OS << Traceback;
  log(OS);
  if (!Suggestion.empty())
    OS << ". Did you mean: '" << Suggestion << "'?";
  OS << '\n';
}

std::error_code RuntimeError::convertToErrorCode() const {
  return llvm::inconvertibleErrorCode();
}

//===----------------------------------------------------------------------===//
// Builtins table
//===----------------------------------------------------------------------===//

namespace {
enum class BuiltinId {
#define BUILTIN(Name) Name##_,
#include "pyr/VM/Builtins.def"
  NumBuiltins
};

BuiltinFunctionObject BuiltinObjects[] = {
#define BUILTIN(Name)                                                          \
  {{&types::BuiltinFunction, nullptr, true}, #Name, builtin_##Name},
#include "pyr/VM/Builtins.def"
};

int lookupBuiltin(StringRef Name) {
  return llvm::StringSwitch<int>(Name)
#define BUILTIN(Name) .Case(#Name, static_cast<int>(BuiltinId::Name##_))
#include "pyr/VM/Builtins.def"
      .Default(-1);
}
} // namespace

//===----------------------------------------------------------------------===//
// Heap
//===----------------------------------------------------------------------===//

VM::VM() { Frames.reserve(RecursionLimit + 1); }

VM::~VM() { freeAll(); }

Object *VM::allocate(size_t Size, const TypeObject *T) {
  void *Mem = std::malloc(Size);
  if (!Mem) {
    llvm::errs() << "pyr: out of memory\n";
    std::abort();
  }
  Object *O = static_cast<Object *>(Mem);
  O->Type = T;
  O->Marked = false;
  O->Flags = 0;
  O->GCNext = AllObjects;
  AllObjects = O;
  HeapBytes += Size;
  return O;
}

StrObject *VM::newStrUninit(size_t Len) {
  auto *S = static_cast<StrObject *>(
      allocate(sizeof(StrObject) + Len, &types::Str));
  S->Len = Len;
  S->Data[Len] = '\0';
  return S;
}

StrObject *VM::newStr(StringRef Str) {
  StrObject *S = newStrUninit(Str.size());
  if (!Str.empty())
    std::memcpy(S->Data, Str.data(), Str.size());
  return S;
}

FunctionObject *VM::newFunction(const LinkedCode *LC) {
  auto *F = static_cast<FunctionObject *>(
      allocate(sizeof(FunctionObject), &types::Function));
  F->LC = LC;
  return F;
}

TupleObject *VM::newTuple(size_t Len) {
  // Like CPython, every empty tuple is one object (so "() is ()"). It is
  // static and permanently marked, so the collector never frees it.
  static TupleObject Empty{{&types::Tuple, nullptr, true}, 0, {}};
  if (Len == 0)
    return &Empty;
  size_t Size = sizeof(TupleObject) + (Len ? Len - 1 : 0) * sizeof(Value);
  auto *T = static_cast<TupleObject *>(allocate(Size, &types::Tuple));
  T->Len = Len;
  return T;
}

ListObject *VM::newList(size_t Len) {
  auto *L =
      static_cast<ListObject *>(allocate(sizeof(ListObject), &types::List));
  L->Len = L->Cap = 0;
  L->Items = nullptr;
  if (Len) {
    L->Items = static_cast<Value *>(std::malloc(Len * sizeof(Value)));
    if (!L->Items) {
      llvm::errs() << "pyr: out of memory\n";
      std::abort();
    }
    L->Len = L->Cap = Len;
    HeapBytes += Len * sizeof(Value);
  }
  return L;
}

void VM::mark(Value V) {
  markValue(V);
  // Children are traced from an explicit stack: nesting depth (a list of
  // a list of ...) must not be bounded by the C stack.
  while (!GrayStack.empty()) {
    Object *O = GrayStack.back();
    GrayStack.pop_back();
    O->Type->Trace(O, *this);
  }
}

void VM::collect() {
  // Every register ever used in this run, dead or alive: temporaries are
  // not cleared on frame entry, so a stale one must stay a valid value.
  for (size_t I = 0; I < StackHighWater; ++I)
    mark(Stack[I]);
  for (Value V : Globals)
    mark(V);
  for (Value V : ConstPool)
    mark(V);
  size_t Live = 0;
  Object **Link = &AllObjects;
  while (Object *O = *Link) {
    if (O->Marked) {
      O->Marked = false;
      Live += O->Type->Size(O);
      Link = &O->GCNext;
    } else {
      *Link = O->GCNext;
      if (O->Type->Finalize)
        O->Type->Finalize(O);
      std::free(O);
    }
  }
  HeapBytes = Live;
  NextGC = std::max<size_t>(size_t(1) << 20, Live * 2);
}

void VM::freeAll() {
  while (Object *O = AllObjects) {
    AllObjects = O->GCNext;
    if (O->Type->Finalize)
      O->Type->Finalize(O);
    std::free(O);
  }
  HeapBytes = 0;
}

bool VM::raise(ExcKind K, const llvm::Twine &Msg) {
  HasPending = true;
  PendingKind = K;
  PendingMsg = Msg.str();
  PendingNameSlot = -1;
  return false;
}

//===----------------------------------------------------------------------===//
// Loading
//===----------------------------------------------------------------------===//

namespace {
void countCode(const CodeObject &C, size_t &Codes, size_t &Consts,
               size_t &Children) {
  ++Codes;
  Consts += C.Consts.size();
  Children += C.Children.size();
  for (const auto &Child : C.Children)
    countCode(*Child, Codes, Consts, Children);
}
} // namespace

void VM::linkCode(const CodeObject &C, size_t Slot, LinkCursor &Cur) {
  Value *Consts = ConstPool.data() + Cur.NextConst;
  Cur.NextConst += C.Consts.size();
  for (size_t I = 0; I < C.Consts.size(); ++I) {
    const Constant &K = C.Consts[I];
    switch (K.K) {
    case Constant::None: Consts[I] = Value::none(); break;
    case Constant::True: Consts[I] = Value::boolean(true); break;
    case Constant::False: Consts[I] = Value::boolean(false); break;
    case Constant::Int: Consts[I] = Value::integer(K.I); break;
    case Constant::Float: Consts[I] = Value::real(K.F); break;
    case Constant::Str: Consts[I] = Value::object(newStr(K.S)); break;
    }
  }
  const LinkedCode **Children = ChildPtrs.data() + Cur.NextChild;
  Cur.NextChild += C.Children.size();
  Linked[Slot] = LinkedCode{&C, Consts, Children};
  // Children get consecutive slots first, then each is linked in turn
  // (recursion depth is bounded by the verifier's MaxCodeDepth).
  size_t First = Cur.NextCode;
  Cur.NextCode += C.Children.size();
  for (size_t I = 0; I < C.Children.size(); ++I) {
    Children[I] = &Linked[First + I];
    linkCode(*C.Children[I], First + I, Cur);
  }
}

void VM::link(const Program &P) {
  Prog = &P;
  GlobalOrder.clear();
  if (P.Module.Children.empty() && P.Module.Consts.empty() &&
      P.GlobalNames.empty() && Globals.empty()) {
    // A module without functions, constants or names (an expression like
    // "2 + 3"): nothing to build but its own entry.
    if (Linked.empty())
      Linked.resize(1);
    Linked[0] = LinkedCode{&P.Module, nullptr, nullptr};
    return;
  }
  size_t NumCodes = 1, NumConsts = P.Module.Consts.size(),
         NumChildren = P.Module.Children.size();
  for (const auto &Child : P.Module.Children)
    countCode(*Child, NumCodes, NumConsts, NumChildren);
  // Sized once so that pointers into them stay valid while running.
  if (Linked.size() != NumCodes)
    Linked.resize(NumCodes);
  if (ConstPool.size() != NumConsts)
    ConstPool.resize(NumConsts);
  if (ChildPtrs.size() != NumChildren)
    ChildPtrs.resize(NumChildren);
  LinkCursor Cur{1, 0, 0};
  linkCode(P.Module, 0, Cur);

  size_t NumGlobals = P.GlobalNames.size();
  if (NumGlobals || !Globals.empty()) {
    Globals.assign(NumGlobals, Value::undef());
    GlobalBuiltin.resize(NumGlobals);
    for (size_t I = 0; I < NumGlobals; ++I)
      GlobalBuiltin[I] = lookupBuiltin(P.GlobalNames[I]);
  }
}

bool VM::ensureStack(size_t Needed) {
  constexpr size_t MaxStack = size_t(1) << 25;
  if (Needed <= Stack.size())
    return true;
  if (Needed > MaxStack)
    return raise(ExcKind::MemoryError, "register stack exhausted");
  size_t NewSize = std::max<size_t>(Stack.size() * 2, 1024);
  while (NewSize < Needed)
    NewSize *= 2;
  Stack.resize(std::min(NewSize, MaxStack));
  return true;
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

bool VM::argCountError(const CodeObject &C, unsigned Given) {
  unsigned Want = C.NumParams;
  if (Given > Want)
    return raise(ExcKind::TypeError,
                 C.Name + "() takes " + llvm::Twine(Want) + " positional " +
                     (Want == 1 ? "argument" : "arguments") + " but " +
                     llvm::Twine(Given) + (Given == 1 ? " was" : " were") +
                     " given");
  unsigned Missing = Want - Given;
  std::string Names;
  for (unsigned I = Given; I < Want; ++I) {
    if (I > Given)
      Names += Missing == 2 ? " and " : (I + 1 == Want ? ", and " : ", ");
    Names += "'" + C.LocalNames[I] + "'";
  }
  return raise(ExcKind::TypeError,
               C.Name + "() missing " + llvm::Twine(Missing) + " required " +
                   "positional " + (Missing == 1 ? "argument" : "arguments") +
                   ": " + Names);
}

Error VM::makeError() {
  std::string TB = "Traceback (most recent call last):\n";
  // Like CPython, a run of identical entries (same code and line, as in
  // deep recursion) shows its first three and then a count of the rest.
  constexpr unsigned RecursiveCutoff = 3;
  const CodeObject *LastCode = nullptr;
  uint32_t LastLine = 0;
  unsigned Repeats = 0;
  auto FlushRepeats = [&] {
    if (Repeats > RecursiveCutoff) {
      unsigned More = Repeats - RecursiveCutoff;
      TB += "  [Previous line repeated " + std::to_string(More) + " more time" +
            (More == 1 ? "" : "s") + "]\n";
    }
  };
  for (const Frame &F : Frames) {
    const CodeObject &C = *F.LC->Code;
    size_t PC = static_cast<size_t>(F.PC - C.Code.data());
    uint32_t Line = PC > 0 && PC - 1 < C.Lines.size() ? C.Lines[PC - 1] : 0;
    if (&C == LastCode && Line == LastLine) {
      if (++Repeats > RecursiveCutoff)
        continue;
    } else {
      FlushRepeats();
      LastCode = &C;
      LastLine = Line;
      Repeats = 1;
    }
    TB += "  File \"" + FileName.str() + "\", line " + std::to_string(Line) +
          ", in " + C.Name + "\n";
    if (!Source.empty() && Line > 0) {
      StringRef Rest = Source;
      for (uint32_t L = 1; L < Line && !Rest.empty(); ++L)
        Rest = Rest.split('\n').second;
      StringRef Text = Rest.split('\n').first.trim();
      if (!Text.empty())
        TB += "    " + Text.str() + "\n";
    }
  }
  FlushRepeats();
  std::string Suggestion;
  if (PendingKind == ExcKind::NameError && PendingNameSlot >= 0 &&
      !Frames.empty())
    Suggestion = suggestGlobalName(Prog->GlobalNames[PendingNameSlot]);
  Frames.clear();
  HasPending = false;
  auto Err = std::make_unique<RuntimeError>(
      getExcName(PendingKind), std::move(PendingMsg), std::move(TB));
  Err->Suggestion = std::move(Suggestion);
  return Error(std::move(Err));
}

/// CallEx: spread the iterable in register A+1 of the current frame into
/// the registers from A+1 on, growing the stack if needed; N is the count.
bool VM::spreadArgs(unsigned A, unsigned &N) {
  Frame &F = Frames.back();
  Value *R = Stack.data() + F.Base;
  ListObject *Args;
  if (!starArgs(*this, R[A], R[A + 1], Args))
    return false;
  if (Args->Len > UINT16_MAX - 1)
    return raise(ExcKind::NotImplementedError,
                 "calls with more than 65534 arguments are not supported yet");
  N = static_cast<unsigned>(Args->Len);
  size_t Top = F.Base + A + 2 + N;
  if (Top > Stack.size() && !ensureStack(Top))
    return false;
  R = Stack.data() + F.Base;
  for (size_t J = 0; J < N; ++J)
    R[A + 1 + J] = Args->Items[J];
  if (Top > StackHighWater)
    StackHighWater = Top;
  return true;
}

//===----------------------------------------------------------------------===//
// The dispatch loop
//===----------------------------------------------------------------------===//

bool VM::execute(Value &Result) {
  Frame *F = &Frames.back();
  const Instr *PC = F->PC;
  Value *R = Stack.data() + F->Base;
  const Value *K = F->LC->Consts;
  Instr I;
  Value Ret;

  static const void *const Labels[] = {
#define OPCODE(Name, A, B, C) &&L_##Name,
#include "pyr/Compile/Opcodes.def"
  };
#define DISPATCH()                                                             \
  do {                                                                         \
    I = *PC++;                                                                 \
    goto *Labels[static_cast<unsigned>(I.Op)];                                 \
  } while (0)
#define CASE(Name) L_##Name:
#define THROW()                                                                \
  do {                                                                         \
    F->PC = PC;                                                                \
    return false;                                                              \
  } while (0)
#define MAYBE_COLLECT()                                                        \
  do {                                                                         \
    if (gcPending())                                                           \
      collect();                                                               \
  } while (0)

  DISPATCH();

  CASE(Move) {
    R[I.A] = R[I.B];
    DISPATCH();
  }
  CASE(LoadConst) {
    R[I.A] = K[I.bx()];
    DISPATCH();
  }
  CASE(LoadInt) {
    R[I.A] = Value::integer(I.sbx());
    DISPATCH();
  }
  CASE(LoadNone) {
    R[I.A] = Value::none();
    DISPATCH();
  }
  CASE(LoadTrue) {
    R[I.A] = Value::boolean(true);
    DISPATCH();
  }
  CASE(LoadFalse) {
    R[I.A] = Value::boolean(false);
    DISPATCH();
  }
  CASE(LoadGlobal) {
    Value V = Globals[I.bx()];
    if (V.isUndef()) {
      int B = GlobalBuiltin[I.bx()];
      if (B < 0) {
        raise(ExcKind::NameError, "name '" + Prog->GlobalNames[I.bx()] +
                                      "' is not defined");
        PendingNameSlot = static_cast<int>(I.bx());
        THROW();
      }
      V = Value::object(&BuiltinObjects[B]);
    }
    R[I.A] = V;
    DISPATCH();
  }
  CASE(StoreGlobal) {
    if (LLVM_UNLIKELY(Globals[I.bx()].isUndef()))
      GlobalOrder.push_back(I.bx());
    Globals[I.bx()] = R[I.A];
    DISPATCH();
  }
  CASE(CheckBound) {
    if (R[I.A].isUndef()) {
      raise(ExcKind::UnboundLocalError,
            "cannot access local variable '" + F->LC->Code->LocalNames[I.A] +
                "' where it is not associated with a value");
      THROW();
    }
    DISPATCH();
  }

#define ARITH_IMM(Name, InPlace, Base, InPlaceBase, Builtin)                   \
  CASE(Name)                                                                   \
  CASE(InPlace) {                                                              \
    Value L = R[I.B];                                                          \
    int64_t Y = static_cast<int16_t>(I.C), Z;                                  \
    if (L.isInt() && !Builtin(L.I, Y, &Z)) {                                   \
      R[I.A] = Value::integer(Z);                                              \
      DISPATCH();                                                              \
    }                                                                          \
    if (!binaryOp(*this,                                                       \
                  I.Op == Opcode::Name ? Opcode::Base : Opcode::InPlaceBase,   \
                  L, Value::integer(Y), R[I.A]))                               \
      THROW();                                                                 \
    MAYBE_COLLECT();                                                           \
    DISPATCH();                                                                \
  }
  ARITH_IMM(AddI, IAddI, Add, IAdd, __builtin_add_overflow)
  ARITH_IMM(SubI, ISubI, Sub, ISub, __builtin_sub_overflow)

  // Each case also serves the in-place form I##Name, which differs only in
  // binaryOp's slow path.
#define ARITH(Name, IntCase, FloatExpr)                                        \
  CASE(Name)                                                                   \
  CASE(I##Name) {                                                              \
    Value L = R[I.B], Rt = R[I.C];                                             \
    if (L.isInt() && Rt.isInt()) {                                             \
      int64_t X = L.I, Y = Rt.I, Z;                                            \
      (void)X, (void)Y;                                                        \
      IntCase                                                                  \
    } else if (L.isFloat() && Rt.isFloat()) {                                  \
      double X = L.F, Y = Rt.F;                                                \
      (void)X, (void)Y;                                                        \
      FloatExpr                                                                \
    }                                                                          \
    if (!binaryOp(*this, I.Op, L, Rt, R[I.A]))                                 \
      THROW();                                                                 \
    MAYBE_COLLECT();                                                           \
    DISPATCH();                                                                \
  }
#define INT_OVF(Builtin)                                                       \
  if (!Builtin(X, Y, &Z)) {                                                    \
    R[I.A] = Value::integer(Z);                                                \
    DISPATCH();                                                                \
  }
#define FLOAT_RES(Expr)                                                        \
  {                                                                            \
    R[I.A] = Value::real(Expr);                                                \
    DISPATCH();                                                                \
  }
#define NO_FAST_PATH

  ARITH(Add, INT_OVF(__builtin_add_overflow), FLOAT_RES(X + Y))
  ARITH(Sub, INT_OVF(__builtin_sub_overflow), FLOAT_RES(X - Y))
  ARITH(Mul, INT_OVF(__builtin_mul_overflow), FLOAT_RES(X * Y))
  ARITH(TrueDiv, (void)Z;, if (Y != 0) FLOAT_RES(X / Y))
  ARITH(FloorDiv, (void)Z;
        if (Y > 0) {
          Z = X / Y;
          if ((X % Y) != 0 && X < 0)
            --Z;
          R[I.A] = Value::integer(Z);
          DISPATCH();
        },
        NO_FAST_PATH)
  ARITH(Mod, (void)Z;
        if (Y > 0) {
          Z = X % Y;
          if (Z < 0)
            Z += Y;
          R[I.A] = Value::integer(Z);
          DISPATCH();
        },
        NO_FAST_PATH)
  ARITH(Pow, (void)Z;, NO_FAST_PATH)
  ARITH(LShift, (void)Z;, NO_FAST_PATH)
  ARITH(RShift, (void)Z;
        if (Y >= 0 && Y < 64) {
          R[I.A] = Value::integer(X >> Y);
          DISPATCH();
        },
        NO_FAST_PATH)
  ARITH(BitAnd, R[I.A] = Value::integer(X & Y); (void)Z; DISPATCH();,
        NO_FAST_PATH)
  ARITH(BitOr, R[I.A] = Value::integer(X | Y); (void)Z; DISPATCH();,
        NO_FAST_PATH)
  ARITH(BitXor, R[I.A] = Value::integer(X ^ Y); (void)Z; DISPATCH();,
        NO_FAST_PATH)

#define COMPARE(Name, Op)                                                      \
  CASE(Name) {                                                                 \
    Value L = R[I.B], Rt = R[I.C];                                             \
    if (L.isInt() && Rt.isInt()) {                                             \
      R[I.A] = Value::boolean(L.I Op Rt.I);                                    \
      DISPATCH();                                                              \
    }                                                                          \
    if (L.isFloat() && Rt.isFloat()) {                                         \
      R[I.A] = Value::boolean(L.F Op Rt.F);                                    \
      DISPATCH();                                                              \
    }                                                                          \
    if (!compareOp(*this, Opcode::Name, L, Rt, R[I.A]))                        \
      THROW();                                                                 \
    DISPATCH();                                                                \
  }
  COMPARE(Lt, <)
  COMPARE(Le, <=)
  COMPARE(Gt, >)
  COMPARE(Ge, >=)
  COMPARE(Eq, ==)
  COMPARE(Ne, !=)
  CASE(Is) {
    if (!compareOp(*this, Opcode::Is, R[I.B], R[I.C], R[I.A]))
      THROW();
    DISPATCH();
  }
  CASE(IsNot) {
    if (!compareOp(*this, Opcode::IsNot, R[I.B], R[I.C], R[I.A]))
      THROW();
    DISPATCH();
  }

#define UNARY(Name)                                                            \
  CASE(Name) {                                                                 \
    if (!unaryOp(*this, Opcode::Name, R[I.B], R[I.A]))                         \
      THROW();                                                                 \
    DISPATCH();                                                                \
  }
  CASE(Neg) {
    Value V = R[I.B];
    if (V.isFloat()) {
      R[I.A] = Value::real(-V.F);
      DISPATCH();
    }
    if (V.isInt() && V.I != INT64_MIN) {
      R[I.A] = Value::integer(-V.I);
      DISPATCH();
    }
    if (!unaryOp(*this, Opcode::Neg, V, R[I.A]))
      THROW();
    DISPATCH();
  }
  UNARY(Pos)
  UNARY(Invert)
  CASE(Not) {
    R[I.A] = Value::boolean(!isTruthy(R[I.B]));
    DISPATCH();
  }

  // Compare and branch: the next instruction is a Jump, taken when the
  // comparison's truth equals C and skipped otherwise.
  // Compare-and-branch: take the Jump that follows when the comparison's
  // truth equals C, else skip it. Ints (and float pairs) compare inline;
  // anything else goes through compareOp.
#define SLOW_COMPARE(Base, L, Rt, Cond)                                        \
  {                                                                            \
    Value Res;                                                                 \
    if (!compareOp(*this, Opcode::Base, L, Rt, Res))                           \
      THROW();                                                                 \
    Cond = isTruthy(Res);                                                      \
  }
#define BRANCH_ON(Cond)                                                        \
  if ((Cond) == (I.C != 0))                                                    \
    PC += PC->sbx() + 1;                                                       \
  else                                                                         \
    ++PC;                                                                      \
  DISPATCH();
#define TEST(Name, Base, Op)                                                   \
  CASE(Name) {                                                                 \
    Value L = R[I.A], Rt = R[I.B];                                             \
    bool Cond;                                                                 \
    if (L.isInt() && Rt.isInt())                                               \
      Cond = L.I Op Rt.I;                                                      \
    else if (L.isFloat() && Rt.isFloat())                                      \
      Cond = L.F Op Rt.F;                                                      \
    else                                                                       \
      SLOW_COMPARE(Base, L, Rt, Cond)                                          \
    BRANCH_ON(Cond)                                                            \
  }
#define TEST_IMM(Name, Base, Op)                                               \
  CASE(Name) {                                                                 \
    Value L = R[I.A];                                                          \
    int64_t Y = static_cast<int16_t>(I.B);                                     \
    bool Cond;                                                                 \
    if (L.isInt())                                                             \
      Cond = L.I Op Y;                                                         \
    else                                                                       \
      SLOW_COMPARE(Base, L, Value::integer(Y), Cond)                           \
    BRANCH_ON(Cond)                                                            \
  }
  TEST_IMM(TestLtI, Lt, <)
  TEST_IMM(TestLeI, Le, <=)
  TEST_IMM(TestGtI, Gt, >)
  TEST_IMM(TestGeI, Ge, >=)
  TEST_IMM(TestEqI, Eq, ==)
  TEST_IMM(TestNeI, Ne, !=)

  TEST(TestLt, Lt, <)
  TEST(TestLe, Le, <=)
  TEST(TestGt, Gt, >)
  TEST(TestGe, Ge, >=)
  TEST(TestEq, Eq, ==)
  TEST(TestNe, Ne, !=)

  CASE(Jump) {
    PC += I.sbx();
    DISPATCH();
  }
  CASE(JumpIfTrue) {
    Value V = R[I.A];
    if (V.isBool() ? V.I != 0 : isTruthy(V))
      PC += I.sbx();
    DISPATCH();
  }
  CASE(JumpIfFalse) {
    Value V = R[I.A];
    if (!(V.isBool() ? V.I != 0 : isTruthy(V)))
      PC += I.sbx();
    DISPATCH();
  }

  CASE(Call) {
    Value Fn = R[I.A];
    if (Fn.isObject() && Fn.O->Type == &types::Function) {
      const LinkedCode *LC = static_cast<FunctionObject *>(Fn.O)->LC;
      const CodeObject &C = *LC->Code;
      if (I.B != C.NumParams) {
        argCountError(C, I.B);
        THROW();
      }
      if (Frames.size() >= RecursionLimit) {
        raise(ExcKind::RecursionError, "maximum recursion depth exceeded");
        THROW();
      }
      size_t NewBase = F->Base + I.A + 1;
      size_t NewTop = NewBase + C.NumRegs;
      if (NewTop > Stack.size() && !ensureStack(NewTop))
        THROW();
      Value *NR = Stack.data() + NewBase;
      // Locals start unbound; temporaries are always written before read.
      for (size_t J = C.NumParams; J < C.NumLocals; ++J)
        NR[J] = Value::undef();
      if (NewTop > StackHighWater)
        StackHighWater = NewTop;
      F->PC = PC;
      Frames.push_back(Frame{LC, C.Code.data(), NewBase});
      F = &Frames.back();
      PC = F->PC;
      R = NR;
      K = LC->Consts;
      DISPATCH();
    }
    if (Fn.isObject() && Fn.O->Type == &types::BuiltinFunction) {
      Value Res;
      if (!static_cast<BuiltinFunctionObject *>(Fn.O)->Fn(*this, R + I.A + 1,
                                                          I.B, Res))
        THROW();
      R[I.A] = Res;
      MAYBE_COLLECT();
      DISPATCH();
    }
    raise(ExcKind::TypeError,
          llvm::Twine("'") + typeOf(Fn)->Name + "' object is not callable");
    THROW();
  }
  CASE(Return) {
    Ret = R[I.A];
    goto DoReturn;
  }
  CASE(ReturnNone) {
    Ret = Value::none();
    goto DoReturn;
  }
  CASE(MakeFunction) {
    R[I.A] = Value::object(newFunction(F->LC->Children[I.bx()]));
    MAYBE_COLLECT();
    DISPATCH();
  }

  CASE(BuildList) {
    ListObject *L = newList(I.B);
    if (I.B)
      std::memcpy(L->Items, R + I.A + 1, I.B * sizeof(Value));
    R[I.A] = Value::object(L);
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(BuildTuple) {
    TupleObject *T = newTuple(I.B);
    if (I.B)
      std::memcpy(T->Items, R + I.A + 1, I.B * sizeof(Value));
    R[I.A] = Value::object(T);
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(BuildSlice) {
    buildSlice(*this, R + I.A + 1, I.B, R[I.A]);
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(GetItem) {
    Value C = R[I.B], X = R[I.C];
    if (isList(C) && X.isInt()) {
      ListObject *L = asList(C);
      uint64_t Idx = static_cast<uint64_t>(X.I);
      if (Idx < L->Len) {
        R[I.A] = L->Items[Idx];
        DISPATCH();
      }
    }
    Value Res;
    if (!getItem(*this, C, X, Res))
      THROW();
    R[I.A] = Res;
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(SetItem) {
    Value C = R[I.A], X = R[I.B];
    if (isList(C) && X.isInt()) {
      ListObject *L = asList(C);
      uint64_t Idx = static_cast<uint64_t>(X.I);
      if (Idx < L->Len) {
        L->Items[Idx] = R[I.C];
        DISPATCH();
      }
    }
    if (!setItem(*this, C, X, R[I.C]))
      THROW();
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(DelItem) {
    if (!delItem(*this, R[I.A], R[I.B]))
      THROW();
    DISPATCH();
  }
  CASE(In)
  CASE(NotIn) {
    bool B;
    if (!containsOp(*this, R[I.B], R[I.C], B))
      THROW();
    R[I.A] = Value::boolean(B == (I.Op == Opcode::In));
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(GetIter) {
    Value It;
    if (!getIter(*this, R[I.B], It))
      THROW();
    R[I.A] = It;
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(ForIter) {
    Value ItV = R[I.A];
    if (LLVM_UNLIKELY(!ItV.isObject() || !ItV.O->Type->Next)) {
      // Only a hand-made bytecode file gets here: GetIter makes iterators.
      raise(ExcKind::TypeError, llvm::Twine("'") + typeOf(ItV)->Name +
                                    "' object is not an iterator");
      THROW();
    }
    Object *It = ItV.O;
    if (It->Type == &types::RangeIterator) {
      auto *RI = static_cast<RangeIterObject *>(It);
      if (RI->Remaining) {
        R[I.B] = Value::integer(RI->Next);
        --RI->Remaining;
        RI->Next = static_cast<int64_t>(static_cast<uint64_t>(RI->Next) +
                                        static_cast<uint64_t>(RI->Step));
        PC += PC->sbx() + 1;
      } else {
        ++PC;
      }
      DISPATCH();
    }
    if (It->Type == &types::ListIterator) {
      auto *LI = static_cast<SeqIterObject *>(It);
      if (LI->Seq.isObject()) {
        ListObject *L = asList(LI->Seq);
        if (LI->Index < L->Len) {
          R[I.B] = L->Items[LI->Index++];
          PC += PC->sbx() + 1;
          DISPATCH();
        }
        LI->Seq = Value::none();
      }
      ++PC;
      DISPATCH();
    }
    Value Item;
    int Got = It->Type->Next(*this, It, Item);
    if (Got < 0)
      THROW();
    if (Got) {
      R[I.B] = Item;
      PC += PC->sbx() + 1;
      MAYBE_COLLECT();
    } else {
      ++PC;
    }
    DISPATCH();
  }
  CASE(UnpackSeq) {
    if (!unpackSequence(*this, R[I.A], R + I.A + 1, I.B, I.B))
      THROW();
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(UnpackEx) {
    if (!unpackSequence(*this, R[I.A], R + I.A + 1, I.B, I.C))
      THROW();
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(LoadMethod) {
    const TypeObject *T = typeOf(R[I.A + 1]);
    const Object *Name = K[I.bx()].O;
    MethodCacheEntry &E =
        MethodCache[((reinterpret_cast<uintptr_t>(T) >> 4) ^
                     (reinterpret_cast<uintptr_t>(Name) >> 4)) &
                    (MethodCacheSize - 1)];
    if (E.Generation == RunGeneration && E.Type == T && E.Name == Name) {
      R[I.A] = E.Method;
      DISPATCH();
    }
    if (!lookupMethod(*this, R[I.A + 1], asStr(K[I.bx()])->str(), R[I.A]))
      THROW();
    E = MethodCacheEntry{T, Name, RunGeneration, R[I.A]};
    DISPATCH();
  }
  CASE(CallMethod) {
    // Builtin methods take self as their first argument, so the call is
    // an ordinary one over the window that starts with self.
    goto L_Call;
  }

  CASE(ListAppend) {
    if (!isList(R[I.A])) {
      raise(ExcKind::TypeError, "ListAppend on a non-list");
      THROW();
    }
    listAppend(*this, asList(R[I.A]), R[I.B]);
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(ListExtend) {
    if (!listExtendStarred(*this, R[I.A], R[I.B]))
      THROW();
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(ListToTuple) {
    if (!listToTuple(*this, R[I.B], R[I.A]))
      THROW();
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(CallEx) {
    unsigned N;
    if (!spreadArgs(I.A, N))
      THROW();
    R = Stack.data() + F->Base;
    I = Instr::makeABC(Opcode::Call, I.A, N);
    goto L_Call;
  }

DoReturn : {
  size_t RetSlot = F->Base - 1;
  Frames.pop_back();
  if (Frames.empty()) {
    Result = Ret;
    return true;
  }
  F = &Frames.back();
  Stack[RetSlot] = Ret;
  PC = F->PC;
  R = Stack.data() + F->Base;
  K = F->LC->Consts;
  DISPATCH();
}
#undef DISPATCH
#undef CASE
#undef THROW
#undef MAYBE_COLLECT
}

Error VM::run(const Program &P, llvm::raw_ostream &OutStream,
              std::string *ResultRepr) {
  Out = &OutStream;
  ++RunGeneration;
  link(P);
  const CodeObject &M = P.Module;
  Frames.clear();
  if (!ensureStack(M.NumRegs + 1)) {
    Error E = makeError();
    freeAll();
    return E;
  }
  for (size_t I = 0; I < M.NumRegs; ++I)
    Stack[I] = Value::undef();
  StackHighWater = M.NumRegs;
  Frames.push_back(Frame{&Linked[0], M.Code.data(), 0});
  Value Result;
  bool OK = execute(Result);
  Error E = Error::success();
  if (!OK)
    E = makeError();
  else if (ResultRepr && !Result.isNone()) {
    appendRepr(Result, *ResultRepr);
    if (takeReprTooDeep()) {
      reprTooDeepError(*this);
      E = makeError();
    }
  }
  Frames.clear();
  // Nothing from this run may be read by the next one.
  std::fill(Stack.begin(), Stack.begin() + StackHighWater, Value::undef());
  StackHighWater = 0;
  freeAll();
  Prog = nullptr;
  return E;
}

//===----------------------------------------------------------------------===//
// Public API
//===----------------------------------------------------------------------===//

struct Interpreter::Pipeline {
  TokenBuffer Toks;
  ASTContext Ctx;
  ModuleCompiler Compiler;
  Program Prog;
  /// What the program prints; OS writes straight into it (unbuffered).
  std::string Output;
  llvm::raw_string_ostream OS{Output};
};

Interpreter::Interpreter()
    : Impl(std::make_unique<VM>()), Pipe(std::make_unique<Pipeline>()) {}

Interpreter::~Interpreter() = default;

void Interpreter::setSource(StringRef FileName, StringRef Source) {
  Impl->FileName = FileName;
  Impl->Source = Source;
}

Error Interpreter::run(const Program &P, llvm::raw_ostream &Out,
                       std::string *ResultRepr) {
  return Impl->run(P, Out, ResultRepr);
}

llvm::Expected<std::string> Interpreter::execute(StringRef Source) {
  Pipe->Ctx.reset();
  auto M = parseModule(Source, Pipe->Ctx, Pipe->Toks);
  if (!M)
    return M.takeError();
  CompileOptions Opts;
  Opts.ReturnTrailingExpr = true;
  if (Error E = Pipe->Compiler.compile(*M, Pipe->Prog, Opts))
    return E;
  std::string &Output = Pipe->Output;
  Output.clear();
  Impl->FileName = "<string>";
  Impl->Source = Source;
  Error E = Impl->run(Pipe->Prog, Pipe->OS, &Output);
  Impl->Source = StringRef();
  if (E)
    return E;
  return std::move(Output);
}

llvm::Expected<std::string> pyr::execute(StringRef Source) {
  thread_local Interpreter Interp;
  return Interp.execute(Source);
}
