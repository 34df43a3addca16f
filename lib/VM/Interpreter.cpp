//===- Interpreter.cpp - The register VM ----------------------------------===//
//
// Python-to-Python calls never recurse on the C stack: a call pushes a
// Frame whose register window starts right after the callee register, so
// arguments are already in place as the callee's first registers.
// Garbage is collected only between instructions that allocate, when every
// live value is in a register, a global or a constant.
//
//===----------------------------------------------------------------------===//

#include "Format.h"
#include "VM.h"
#include "pyr/Compile/Compiler.h"
#include "pyr/Parse/Parser.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <sys/resource.h>

using namespace pyr;
using llvm::Error;
using llvm::SmallVector;
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

/// What each builtin name is bound to: the type object for the builtins
/// that are classes (int, list, ...), else the builtin function.
struct BuiltinValueTable {
  Value V[static_cast<size_t>(BuiltinId::NumBuiltins)];
  BuiltinValueTable() {
    for (size_t I = 0; I < std::size(V); ++I) {
      const TypeObject *T = builtinClass(BuiltinObjects[I].Fn);
      V[I] = T ? Value::object(const_cast<TypeObject *>(T))
               : Value::object(&BuiltinObjects[I]);
    }
  }
};
/// Built on the first read of a builtin rather than at every process
/// start (a program that reads none, and pyr-compile, never build it).
const BuiltinValueTable &builtinValues() {
  static const BuiltinValueTable Table;
  return Table;
}

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

VM::VM() : Linked(1) {}

VM::~VM() { freeAll(); }

Object *VM::allocate(size_t Size, const TypeObject *T) {
  Object *O = Objects.allocate(Size);
  O->Type = T;
  O->Marked = false;
  O->Flags = 0;
  O->TypeData = 0;
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
  size_t NumExtra = LC->Code->numFunctionExtras();
  auto *F = static_cast<FunctionObject *>(
      allocate(sizeof(FunctionObject) +
                   (std::max<size_t>(NumExtra, 1) - 1) * sizeof(Value),
               &types::Function));
  F->LC = LC;
  F->Attrs = nullptr;
  for (size_t I = 0; I < NumExtra; ++I)
    F->Extra[I] = Value::undef();
  return F;
}

CellObject *VM::newCell(Value V) {
  auto *C =
      static_cast<CellObject *>(allocate(sizeof(CellObject), &types::Cell));
  C->V = V;
  return C;
}

Value VM::newInt(mpz_ptr Z) {
  int64_t Small;
  if (bigint::fitsInt64(Z, Small))
    return Value::integer(Small);
  auto *B = static_cast<BigIntObject *>(
      allocate(sizeof(BigIntObject), &types::BigInt));
  mpz_init(B->Z);
  mpz_swap(B->Z, Z);
  HeapBytes += mpz_size(B->Z) * sizeof(mp_limb_t);
  return Value::object(B);
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
  for (Value V : TempRoots)
    mark(V);
  for (GeneratorObject *G : RunningGens)
    mark(Value::object(G));
  size_t Live = Objects.sweep();
  HeapBytes = Live;
  NextGC = GCStress ? 0 : std::max<size_t>(size_t(1) << 20, Live * 2);
}

void VM::freeAll() {
  Objects.freeAll();
  storeIfChanged(HeapBytes, size_t(0));
}

bool VM::raise(ExcKind K, const llvm::Twine &Msg) {
  HasPending = true;
  PendingKind = K;
  PendingMsg = Msg.str();
  PendingNameSlot = -1;
  PendingSuggestion.clear();
  return false;
}

bool VM::nativeStackLow() const {
  // What the stack may use below run()'s frame: its soft limit (the main
  // thread's size; the tools' large-stack thread has more) less a margin
  // for the native work between two checks (a deep repr, a sort).
  static const uintptr_t Budget = [] {
    constexpr uintptr_t Margin = uintptr_t(1) << 20;
    uintptr_t Size = uintptr_t(8) << 20;
    struct rlimit RL;
    if (getrlimit(RLIMIT_STACK, &RL) == 0 && RL.rlim_cur != RLIM_INFINITY)
      Size = static_cast<uintptr_t>(RL.rlim_cur);
    return Size > 2 * Margin ? Size - Margin : Size / 2;
  }();
  auto Here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  return NativeStackBase > Here && NativeStackBase - Here > Budget;
}

bool VM::catchPending(ExcKind K, size_t Depth) {
  if (!HasPending || PendingKind != K)
    return false;
  HasPending = false;
  PendingMsg.clear();
  PendingNameSlot = -1;
  PendingSuggestion.clear();
  Frames.truncate(Depth);
  return true;
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
    case Constant::Str: {
      // Known ASCII from the start, so that what is built from it is too
      // (concatenation keeps the flag only when both sides have it).
      StrObject *S = newStr(K.S);
      strIsAscii(S);
      Consts[I] = Value::object(S);
      break;
    }
    case Constant::Bytes:
      Consts[I] = Value::object(newBytes(*this, K.S));
      break;
    case Constant::BigInt: {
      // The verifier checked the hex text and that it needs a big int.
      Mpz Z;
      llvm::StringRef Hex = K.S;
      bool Neg = Hex.consume_front("-");
      bigint::fromDigits(Hex, 16, Neg, Z);
      Consts[I] = newInt(Z);
      break;
    }
    }
  }
  const LinkedCode **Children = ChildPtrs.data() + Cur.NextChild;
  Cur.NextChild += C.Children.size();
  bool Fast = !C.NumKwOnly && !C.HasVarArgs && !C.HasVarKw && !C.IsGenerator;
  Linked[Slot] = LinkedCode{&C, Consts, Children,
                            Fast ? C.NumParams : UINT32_MAX, C.numArgRegs()};
  // Children get consecutive slots first, then each is linked in turn
  // (recursion depth is bounded by the verifier's MaxCodeDepth).
  size_t First = Cur.NextCode;
  Cur.NextCode += C.Children.size();
  for (size_t I = 0; I < C.Children.size(); ++I) {
    Children[I] = &Linked[First + I];
    linkCode(*C.Children[I], First + I, Cur);
  }
}

void VM::linkTables(const Program &P) {
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

/// 'a', 'a' and 'b', or 'a', 'b', and 'c': CPython's list of names.
static std::string quoteNames(llvm::ArrayRef<llvm::StringRef> Names) {
  std::string Out;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I)
      Out += Names.size() == 2 ? " and "
                               : (I + 1 == Names.size() ? ", and " : ", ");
    Out += "'" + Names[I].str() + "'";
  }
  return Out;
}

bool VM::tooManyPositional(const CodeObject &C, unsigned Given,
                           unsigned KwOnlyGiven) {
  unsigned Want = C.NumParams;
  std::string Sig = std::to_string(Want);
  bool Plural = Want != 1;
  if (C.NumDefaults) {
    Sig = "from " + std::to_string(Want - C.NumDefaults) + " to " + Sig;
    Plural = true;
  }
  std::string KwOnly;
  if (KwOnlyGiven)
    KwOnly = std::string(" positional argument") + (Given != 1 ? "s" : "") +
             " (and " + std::to_string(KwOnlyGiven) + " keyword-only argument" +
             (KwOnlyGiven != 1 ? "s" : "") + ")";
  return raise(ExcKind::TypeError,
               C.qualName() + "() takes " + Sig + " positional argument" +
                   (Plural ? "s" : "") + " but " + llvm::Twine(Given) + KwOnly +
                   (Given == 1 && !KwOnlyGiven ? " was" : " were") + " given");
}

bool VM::missingArguments(const CodeObject &C, const Value *Params,
                          bool KwOnly) {
  SmallVector<StringRef, 4> Names;
  unsigned First = KwOnly ? C.NumParams : 0;
  unsigned End =
      KwOnly ? C.NumParams + C.NumKwOnly : C.NumParams - C.NumDefaults;
  for (unsigned I = First; I < End; ++I)
    if (Params[I].isUndef())
      Names.push_back(C.LocalNames[I]);
  return raise(ExcKind::TypeError,
               C.qualName() + "() missing " + llvm::Twine(Names.size()) +
                   " required " + (KwOnly ? "keyword-only" : "positional") +
                   " argument" + (Names.size() == 1 ? "" : "s") + ": " +
                   quoteNames(Names));
}

bool VM::argCountError(const CodeObject &C, unsigned Given) {
  if (Given > C.NumParams)
    return tooManyPositional(C, Given, 0);
  // Only called with no keywords: the missing ones are those not given.
  SmallVector<StringRef, 4> Names;
  for (unsigned I = Given; I < C.NumParams - C.NumDefaults; ++I)
    Names.push_back(C.LocalNames[I]);
  return raise(ExcKind::TypeError,
               C.qualName() + "() missing " + llvm::Twine(Names.size()) +
                   " required positional argument" +
                   (Names.size() == 1 ? "" : "s") + ": " + quoteNames(Names));
}

bool VM::bindCall(FunctionObject *Fn, size_t Base, unsigned NPos,
                  unsigned NKw) {
  // The parameters may reach past the call's window.
  size_t End =
      Base + std::max<size_t>(Fn->LC->NumArgRegs, NPos + 2 * size_t(NKw));
  if (End > Stack.size() && !ensureStack(End))
    return false;
  if (End > StackHighWater)
    StackHighWater = End;
  return bindArgs(Fn, Stack.data() + Base, NPos, NKw);
}

bool VM::bindArgs(FunctionObject *Fn, Value *Args, unsigned NPos,
                  unsigned NKw) {
  const CodeObject &C = *Fn->LC->Code;
  unsigned NumNamed = C.NumParams + C.NumKwOnly;
  // The keywords are copied out first: binding overwrites their registers.
  SmallVector<Value, 8> Kw(Args + NPos, Args + NPos + 2 * NKw);
  // *args takes the positional arguments beyond the parameters, and
  // **kwargs the keywords that name none (CPython makes both before
  // binding). Allocating cannot collect, so they need no rooting here.
  TupleObject *Extra = nullptr;
  if (C.HasVarArgs) {
    unsigned NExtra = NPos > C.NumParams ? NPos - C.NumParams : 0;
    Extra = newTuple(NExtra);
    for (unsigned I = 0; I < NExtra; ++I)
      Extra->Items[I] = Args[C.NumParams + I];
  }
  DictObject *ExtraKw = C.HasVarKw ? newDict(*this) : nullptr;
  for (unsigned I = std::min(NPos, C.NumParams); I < NumNamed; ++I)
    Args[I] = Value::undef();
  // CPython's order: keyword errors, then too many positional arguments,
  // then missing positional, then missing keyword-only ones.
  for (unsigned K = 0; K < NKw; ++K) {
    Value NameV = Kw[NKw + K];
    StringRef Name = isStr(NameV) ? asStr(NameV)->str() : StringRef();
    unsigned Slot = NumNamed;
    for (unsigned I = C.NumPosOnly; I < NumNamed; ++I)
      if (C.LocalNames[I] == Name) {
        Slot = I;
        break;
      }
    if (Slot == NumNamed && ExtraKw) {
      // Positional-only names too: f(a, /, **kw) called as f(1, a=2).
      if (!dictSet(*this, ExtraKw, NameV, Kw[K]))
        return false;
      continue;
    }
    if (Slot == NumNamed) {
      // A positional-only name anywhere among the keywords is reported
      // (all of them) in place of the unexpected keyword.
      SmallVector<StringRef, 4> PosOnly;
      for (unsigned J = 0; J < NKw; ++J) {
        if (!isStr(Kw[NKw + J]))
          continue;
        StringRef N = asStr(Kw[NKw + J])->str();
        for (unsigned I = 0; I < C.NumPosOnly; ++I)
          if (C.LocalNames[I] == N)
            PosOnly.push_back(N);
      }
      if (!PosOnly.empty())
        return raise(ExcKind::TypeError,
                     C.qualName() +
                         "() got some positional-only arguments "
                         "passed as keyword arguments: '" +
                         llvm::join(PosOnly, ", ") + "'");
      return raise(ExcKind::TypeError, C.qualName() +
                                           "() got an unexpected keyword "
                                           "argument '" +
                                           Name + "'");
    }
    if (Slot < std::min(NPos, C.NumParams) || !Args[Slot].isUndef())
      return raise(ExcKind::TypeError, C.qualName() +
                                           "() got multiple values for "
                                           "argument '" +
                                           Name + "'");
    Args[Slot] = Kw[K];
  }
  if (NPos > C.NumParams && !Extra) {
    unsigned KwOnlyGiven = 0;
    for (unsigned I = C.NumParams; I < NumNamed; ++I)
      KwOnlyGiven += !Args[I].isUndef();
    return tooManyPositional(C, NPos, KwOnlyGiven);
  }
  unsigned FirstDefault = C.NumParams - C.NumDefaults;
  for (unsigned I = NPos; I < FirstDefault; ++I)
    if (Args[I].isUndef())
      return missingArguments(C, Args, /*KwOnly=*/false);
  const Value *Defaults = Fn->defaults();
  for (unsigned I = std::max(NPos, FirstDefault); I < C.NumParams; ++I)
    if (Args[I].isUndef())
      Args[I] = Defaults[I - FirstDefault];
  const Value *KwDefaults = Fn->kwDefaults();
  bool Missing = false;
  for (unsigned I = C.NumParams; I < NumNamed; ++I)
    if (Args[I].isUndef()) {
      Args[I] = KwDefaults[I - C.NumParams];
      Missing |= Args[I].isUndef();
    }
  if (Missing)
    return missingArguments(C, Args, /*KwOnly=*/true);
  unsigned Next = NumNamed;
  if (Extra)
    Args[Next++] = Value::object(Extra);
  if (ExtraKw)
    Args[Next] = Value::object(ExtraKw);
  return true;
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
  else
    Suggestion = std::move(PendingSuggestion);
  Frames.clear();
  HasPending = false;
  auto Err = std::make_unique<RuntimeError>(
      getExcName(PendingKind), std::move(PendingMsg), std::move(TB));
  Err->Suggestion = std::move(Suggestion);
  return Error(std::move(Err));
}

bool VM::spreadArgs(unsigned A, unsigned Flags, unsigned &NPos, unsigned &NKw) {
  size_t Base = Frames.back().Base + A + 1;
  unsigned Self = Flags >> 1;
  Value PosV = Stack[Base + Self];
  const Value *Items;
  size_t NItems;
  if (isTuple(PosV)) {
    Items = asTuple(PosV)->Items;
    NItems = asTuple(PosV)->Len;
  } else {
    // May run Python code, and move the stack.
    ListObject *L;
    if (!starArgs(*this, Stack[Base - 1], Self ? Stack[Base] : Value::undef(),
                  PosV, L))
      return false;
    Items = L->Items;
    NItems = L->Len;
  }
  // Nothing below runs Python code or collects: the objects the items
  // and keywords are read from need no rooting.
  DictObject *D = nullptr;
  size_t NK = 0;
  if (Flags & 1) {
    Value KwV = Stack[Base + Self + 1];
    if (!isDict(KwV))
      return raise(ExcKind::SystemError, "CallEx keywords are not a dict");
    D = asDict(KwV);
    NK = D->Used;
    for (size_t J = 0; J < D->NEntries; ++J)
      if (!D->Entries[J].Key.isUndef() && !isStr(D->Entries[J].Key))
        return raise(ExcKind::TypeError, "keywords must be strings");
  }
  size_t Total = Self + NItems + 2 * NK;
  if (Total > UINT16_MAX - 1)
    return raise(ExcKind::NotImplementedError,
                 "calls with more than 65534 arguments are not supported yet");
  size_t Top = Base + Total;
  if (Top > Stack.size() && !ensureStack(Top))
    return false;
  if (Top > StackHighWater)
    StackHighWater = Top;
  // Self stays where it is; the items and keywords overwrite the
  // registers that held them, which the objects outlive.
  Value *R = Stack.data() + Base + Self;
  std::copy(Items, Items + NItems, R);
  R += NItems;
  if (D)
    for (size_t J = 0, K = 0; J < D->NEntries; ++J) {
      const DictEntry &E = D->Entries[J];
      if (E.Key.isUndef())
        continue;
      R[K] = E.Val;
      R[NK + K] = E.Key;
      ++K;
    }
  NPos = static_cast<unsigned>(Self + NItems);
  NKw = static_cast<unsigned>(NK);
  return true;
}

/// LoadGlobal of global \p Slot, which is unbound: the builtin of that
/// name, or NameError.
bool VM::loadBuiltin(uint32_t Slot, Value &Out) {
  int B = GlobalBuiltin[Slot];
  if (B < 0) {
    raise(ExcKind::NameError,
          "name '" + Prog->GlobalNames[Slot] + "' is not defined");
    PendingNameSlot = static_cast<int>(Slot);
    return false;
  }
  Out = builtinValues().V[B];
  return true;
}

/// A Call or CallKw of what is neither a Python function nor a builtin
/// function (a type object, a bound method, ...): \p Window holds the
/// callee, \p NPos positional arguments, then \p NKw keyword values and
/// their names. Kept out of the dispatch loop.
bool VM::callSlow(Value *Window, unsigned NPos, unsigned NKw, Value &Ret) {
  // Always set: a call from Python code run by a builtin (callValue)
  // must not see that builtin's keywords.
  KwValues = NKw ? Window + 1 + NPos : nullptr;
  KwNames = NKw ? KwValues + NKw : nullptr;
  NumKw = NKw;
  bool OK = callOther(Window[0], Window + 1, NPos, Ret);
  KwValues = KwNames = nullptr;
  NumKw = 0;
  return OK;
}

//===----------------------------------------------------------------------===//
// The dispatch loop
//===----------------------------------------------------------------------===//

bool VM::execute(Value &Result, size_t StopDepth) {
  Frame *F = &Frames.back();
  const Instr *PC = F->PC;
  Value *R = Stack.data() + F->Base;
  const Value *K = F->LC->Consts;
  Instr I;
  // A builtin's result: written by every builtin call before it is read.
  // Only the tag is set, so that a builtin that failed to write it would
  // leave an unbound value rather than a wild pointer, for one store
  // instead of two.
  Value Ret(Value::NoInit{});
  Ret.Tag = ValueTag::Undef;
  // A returned value. Not Ret, whose address builtins get, so that it
  // can stay in registers.
  Value RetV(Value::NoInit{});

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
    // Test the global in place and copy it straight into the register: a
    // local copy went through an SSE register and a stack slot, and
    // reading its tag back from there stalled every load (vm_loop +20%).
    const Value &G = Globals[I.bx()];
    if (LLVM_LIKELY(!G.isUndef())) {
      R[I.A] = G;
      DISPATCH();
    }
    if (!loadBuiltin(I.bx(), R[I.A]))
      THROW();
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
    MAYBE_COLLECT();                                                           \
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
    MAYBE_COLLECT();
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
      if (I.B != LC->FastArgs) {
        if (!bindCall(static_cast<FunctionObject *>(Fn.O), F->Base + I.A + 1,
                      I.B, 0))
          THROW();
        R = Stack.data() + F->Base;
        // Generator functions never take the fast path.
        if (LC->Code->IsGenerator)
          goto MakeGenerator;
      }
      goto PushFrame;
    }
    if (Fn.isObject() && Fn.O->Type == &types::BuiltinFunction) {
      // Saved for tracebacks through Python code the builtin calls.
      F->PC = PC;
      if (!static_cast<BuiltinFunctionObject *>(Fn.O)->Fn(*this, R + I.A + 1,
                                                          I.B, Ret))
        THROW();
      goto BuiltinReturned;
    }
    goto SlowCall;
  }
  CASE(CallKw) {
    Value Fn = R[I.A];
    if (Fn.isObject() && Fn.O->Type == &types::Function) {
      if (!bindCall(static_cast<FunctionObject *>(Fn.O), F->Base + I.A + 1, I.B,
                    I.C))
        THROW();
      R = Stack.data() + F->Base;
      if (static_cast<FunctionObject *>(Fn.O)->LC->Code->IsGenerator)
        goto MakeGenerator;
      goto PushFrame;
    }
    if (Fn.isObject() && Fn.O->Type == &types::BuiltinFunction) {
      auto *B = static_cast<BuiltinFunctionObject *>(Fn.O);
      if (!builtinTakesKeywords(B->Fn)) {
        raiseNoKeywords(B, R[I.A + 1]);
        THROW();
      }
      F->PC = PC;
      KwValues = R + I.A + 1 + I.B;
      KwNames = KwValues + I.C;
      NumKw = I.C;
      bool OK = B->Fn(*this, R + I.A + 1, I.B, Ret);
      KwValues = KwNames = nullptr;
      NumKw = 0;
      if (!OK)
        THROW();
      goto BuiltinReturned;
    }
    goto SlowCall;
  }
  // The ends of Call and CallKw: a builtin's result in Ret, or R[I.A]
  // something else (a type object, a bound method, ...).
BuiltinReturned:
  // The builtin may have run Python code (callValue) that grew the stack.
  R = Stack.data() + F->Base;
  R[I.A] = Ret;
  MAYBE_COLLECT();
  DISPATCH();
  // A call of a generator function, its arguments bound: make the
  // generator instead of running the code.
MakeGenerator:
  R[I.A] = Value::object(
      newGenerator(static_cast<FunctionObject *>(R[I.A].O), R + I.A + 1));
  MAYBE_COLLECT();
  DISPATCH();
SlowCall:
  F->PC = PC;
  // The operands go separately: passing the instruction by value would
  // keep all of it in a register through the dispatch loop.
  if (!callSlow(R + I.A, I.B, I.Op == Opcode::CallKw ? I.C : 0, Ret))
    THROW();
  goto BuiltinReturned;
  CASE(AssertFail) {
    std::string Msg;
    // A message whose str() fails shows as CPython shows it.
    if (I.B && !appendStrChecked(*this, R[I.A], Msg))
      Msg = "<exception str() failed>";
    raise(ExcKind::AssertionError, Msg);
    THROW();
  }
  CASE(LoadUnbound) {
    R[I.A] = Value::undef();
    DISPATCH();
  }
  CASE(Return) {
    RetV = R[I.A];
    goto DoReturn;
  }
  CASE(ReturnNone) {
    RetV = Value::none();
    goto DoReturn;
  }
  CASE(FormatValue) {
    if (!formatValueOp(*this, R[I.B], I.C, R[I.A]))
      THROW();
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(BuildString) {
    if (!buildString(*this, R + I.A + 1, I.B, R[I.A]))
      THROW();
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(MakeFunction) {
    const LinkedCode *Child = F->LC->Children[I.bx()];
    FunctionObject *Fn = newFunction(Child);
    unsigned FirstCell = Child->Code->NumDefaults + Child->Code->NumKwOnly;
    unsigned NumExtra = Child->Code->numFunctionExtras();
    for (unsigned J = 0; J < NumExtra; ++J) {
      Value V = R[I.A + 1 + J];
      // The verifier cannot follow values into registers: a cell operand
      // that holds something else is refused here.
      if (J >= FirstCell && !isCell(V)) {
        raise(ExcKind::SystemError, "bad closure cell");
        THROW();
      }
      Fn->Extra[J] = V;
    }
    R[I.A] = Value::object(Fn);
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(MakeCell) {
    R[I.A] = Value::object(newCell(R[I.A]));
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(CopyFree) {
    // The running function sits just below the frame (see Call); the
    // verifier has checked that B is its code's number of cells.
    auto *Fn = static_cast<FunctionObject *>(R[-1].O);
    Value *Cells = Fn->cells();
    for (unsigned J = 0; J < I.B; ++J)
      R[I.A + J] = Cells[J];
    DISPATCH();
  }
  // One body: the register says which of CPython's two messages applies
  // (the verifier keeps LoadCell to locals and LoadFree to free variables).
  CASE(LoadCell)
  CASE(LoadFree) {
    Value C = R[I.B];
    if (LLVM_UNLIKELY(!isCell(C))) {
      raise(ExcKind::SystemError, "bad closure cell");
      THROW();
    }
    if (LLVM_UNLIKELY(asCell(C)->V.isUndef())) {
      const CodeObject &Code = *F->LC->Code;
      if (I.B < Code.NumLocals)
        raise(ExcKind::UnboundLocalError,
              "cannot access local variable '" + Code.LocalNames[I.B] +
                  "' where it is not associated with a value");
      else
        raise(ExcKind::NameError,
              "cannot access free variable '" +
                  Code.FreeNames[I.B - Code.NumLocals] +
                  "' where it is not associated with a value in enclosing "
                  "scope");
      THROW();
    }
    R[I.A] = asCell(C)->V;
    DISPATCH();
  }
  CASE(StoreCell) {
    Value C = R[I.A];
    if (LLVM_UNLIKELY(!isCell(C))) {
      raise(ExcKind::SystemError, "bad closure cell");
      THROW();
    }
    asCell(C)->V = R[I.B];
    DISPATCH();
  }

  // Enters the function in R[I.A] of a Call or CallKw whose arguments are
  // bound: its parameters are the registers after it.
PushFrame : {
  const LinkedCode *LC = static_cast<FunctionObject *>(R[I.A].O)->LC;
  const CodeObject &C = *LC->Code;
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
  for (size_t J = LC->NumArgRegs; J < C.NumLocals; ++J)
    NR[J] = Value::undef();
  if (NewTop > StackHighWater)
    StackHighWater = NewTop;
  F->PC = PC;
  Frames.push(LC, C.Code.data(), NewBase);
  F = &Frames.back();
  PC = F->PC;
  R = NR;
  K = LC->Consts;
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
    // Next may run Python code (map, filter), which may grow the stack.
    F->PC = PC;
    int Got = It->Type->Next(*this, It, Item);
    if (Got < 0)
      THROW();
    // A generator's code may have grown the stack.
    R = Stack.data() + F->Base;
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
    F->PC = PC;
    if (!unpackSequence(*this, R[I.A], F->Base + I.A + 1, I.B, I.B))
      THROW();
    R = Stack.data() + F->Base;
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(UnpackEx) {
    F->PC = PC;
    if (!unpackSequence(*this, R[I.A], F->Base + I.A + 1, I.B, I.C))
      THROW();
    R = Stack.data() + F->Base;
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
    // Only methods of the receiver's type are cached, not what a type
    // object's attribute or an attribute value gave (see lookupMethod).
    if (T != &types::Type && R[I.A].isObject() &&
        R[I.A].O->Type == &types::BuiltinFunction) {
      E = MethodCacheEntry{T, Name, RunGeneration, R[I.A]};
      MethodCacheFilled = true;
    }
    DISPATCH();
  }
  CASE(SetAdd)
  CASE(SetUpdate)
  CASE(DictUpdate) {
    // SetUpdate may iterate a map or filter, running Python code.
    F->PC = PC;
    if (!displayUpdate(*this, I.Op, R[I.A], R[I.B]))
      THROW();
    R = Stack.data() + F->Base;
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(LoadAttr) {
    if (!getAttr(*this, R[I.A], asStr(K[I.bx()])->str(), R[I.A]))
      THROW();
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(StoreAttr) {
    if (!setAttr(*this, R[I.A], asStr(K[I.bx()])->str(), R[I.A + 1]))
      THROW();
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
  CASE(BuildMap) {
    DictObject *D = newDict(*this);
    R[I.A] = Value::object(D);
    for (unsigned J = 0; J + 1 < I.B; J += 2)
      if (!dictSet(*this, D, R[I.A + 1 + J], R[I.A + 2 + J]))
        THROW();
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(BuildSet) {
    if (!buildSet(*this, R + I.A + 1, I.B, I.C, R[I.A]))
      THROW();
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(MapAdd) {
    if (!isDict(R[I.A])) {
      raise(ExcKind::SystemError, "MapAdd on a non-dict");
      THROW();
    }
    if (!dictSet(*this, asDict(R[I.A]), R[I.B], R[I.C]))
      THROW();
    MAYBE_COLLECT();
    DISPATCH();
  }
  CASE(Yield) {
    // The verifier keeps Yield to generator code, which only runs through
    // resumeGenerator: its frame is the only one this loop runs.
    GeneratorObject *G = RunningGens.empty() ? nullptr : RunningGens.back();
    if (!G || Frames.size() != StopDepth + 1 ||
        static_cast<FunctionObject *>(G->Fn.O)->LC != F->LC) {
      raise(ExcKind::SystemError, "Yield outside its generator");
      THROW();
    }
    Result = R[I.A];
    R[I.B] = Value::none();
    std::copy(R, R + F->LC->Code->NumRegs, G->Regs);
    G->ResumeAt = static_cast<uint32_t>(PC - F->LC->Code->Code.data());
    G->State = GeneratorObject::Suspended;
    Frames.pop_back();
    return true;
  }
  CASE(CallEx) {
    unsigned NPos, NKw;
    if (!spreadArgs(I.A, I.B, NPos, NKw))
      THROW();
    R = Stack.data() + F->Base;
    if (NKw) {
      I = Instr::makeABC(Opcode::CallKw, I.A, NPos, NKw);
      goto L_CallKw;
    }
    I = Instr::makeABC(Opcode::Call, I.A, NPos);
    goto L_Call;
  }
  CASE(DelGlobal) {
    if (Globals[I.bx()].isUndef()) {
      raise(ExcKind::NameError,
            "name '" + Prog->GlobalNames[I.bx()] + "' is not defined");
      PendingNameSlot = static_cast<int>(I.bx());
      THROW();
    }
    Globals[I.bx()] = Value::undef();
    // Bound again, it goes last, as in a module's dict.
    GlobalOrder.erase(
        std::remove(GlobalOrder.begin(), GlobalOrder.end(), I.bx()),
        GlobalOrder.end());
    DISPATCH();
  }
  CASE(DictMerge) {
    if (!mergeKwargs(*this, R[I.A], R[I.B], R[I.C], R[I.C + 1]))
      THROW();
    MAYBE_COLLECT();
    DISPATCH();
  }

DoReturn : {
  size_t RetSlot = F->Base - 1;
  Frames.pop_back();
  if (Frames.size() == StopDepth) {
    Result = RetV;
    return true;
  }
  F = &Frames.back();
  Stack[RetSlot] = RetV;
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
  storeIfChanged(Out, &OutStream);
  if (MethodCacheFilled) {
    ++RunGeneration;
    MethodCacheFilled = false;
  }
  // The frame address, not a local's: with ASan's detect_stack_use_after_
  // return, locals whose address is taken live on a heap-allocated fake
  // stack.
  storeIfChanged(NativeStackBase,
                 reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
  link(P);
  const CodeObject &M = P.Module;
  assert(Frames.empty() && "every run ends with no frames");
  if (M.NumRegs + 1 > Stack.size() && !ensureStack(M.NumRegs + 1)) {
    Error E = makeError();
    freeAll();
    return E;
  }
  // Registers start unbound: every run leaves the stack all-undef (see the
  // end of this function), and ensureStack() grows it with undef values.
  StackHighWater = M.NumRegs;
  Frames.push(&Linked[0], M.Code.data(), 0);
  // execute() writes Result when it succeeds, and only then is it read.
  Value Result(Value::NoInit{});
  bool OK = execute(Result);
  Error E = Error::success();
  if (OK && ResultRepr) {
    if (Result.isInt())
      appendIntRepr(Result.I, *ResultRepr);
    else if (!Result.isNone())
      OK = appendReprChecked(*this, Result, *ResultRepr);
  }
  if (!OK)
    E = makeError();
  // A run that returned has popped its frames already.
  if (!Frames.empty())
    Frames.clear();
  // Nothing from this run may be read by the next one.
  // Unbound is the tag alone (nothing reads an unbound value's payload),
  // so one store per register rather than two.
  for (size_t I = 0; I < StackHighWater; ++I)
    Stack[I].Tag = ValueTag::Undef;
  StackHighWater = 0;
  freeAll();
  // Constants point into the freed heap; a later run that links none
  // (the fast path in link) must not mark them.
  for (Value &V : ConstPool)
    V = Value::undef();
  return E;
}

//===----------------------------------------------------------------------===//
// Public API
//===----------------------------------------------------------------------===//

namespace {
/// An unbuffered stream that appends to whichever string it is pointed at:
/// execute() points it at the string it returns, so the output is built in
/// place rather than moved out of a member afterwards.
class StringSink : public llvm::raw_ostream {
public:
  StringSink() { SetUnbuffered(); }
  void setTarget(std::string &S) { Target = &S; }

private:
  std::string *Target = nullptr;
  void write_impl(const char *Ptr, size_t Size) override {
    Target->append(Ptr, Size);
  }
  uint64_t current_pos() const override { return Target->size(); }
};
} // namespace

struct Interpreter::Pipeline {
  TokenBuffer Toks;
  ASTContext Ctx;
  ModuleCompiler Compiler;
  Program Prog;
  /// What the program prints goes to the string execute() returns.
  StringSink OS;
};

Interpreter::Interpreter()
    : Impl(std::make_unique<VM>()), Pipe(std::make_unique<Pipeline>()) {}

Interpreter::~Interpreter() = default;

void Interpreter::setSource(StringRef FileName, StringRef Source) {
  Impl->FileName = FileName;
  Impl->Source = Source;
}

void Interpreter::setGCStress(bool On) {
  Impl->GCStress = On;
  Impl->NextGC = On ? 0 : size_t(1) << 20;
}

Error Interpreter::run(const Program &P, llvm::raw_ostream &Out,
                       std::string *ResultRepr) {
  return Impl->run(P, Out, ResultRepr);
}

LLVM_ATTRIBUTE_ALWAYS_INLINE llvm::Expected<std::string>
Interpreter::executeInline(StringRef Source) {
  // One object for every return, so that it is constructed in place.
  llvm::Expected<std::string> Result = std::string();
  Pipe->Ctx.reset();
  auto M = parseModule(Source, Pipe->Ctx, Pipe->Toks);
  if (!M) {
    Result = M.takeError();
    return Result;
  }
  static constexpr CompileOptions Opts{/*ReturnTrailingExpr=*/true};
  if (Error E = Pipe->Compiler.compile(*M, Pipe->Prog, Opts)) {
    Result = std::move(E);
    return Result;
  }
  // As for CPython's exec() of a string, tracebacks show no source lines.
  // Checked before written (see StoreIfChanged.h); by address, which a
  // StringRef comparison would not be.
  static constexpr llvm::StringLiteral StringName("<string>");
  if (Impl->FileName.data() != StringName.data() ||
      Impl->FileName.size() != StringName.size())
    Impl->FileName = StringName;
  if (!Impl->Source.empty())
    Impl->Source = StringRef();
  Pipe->OS.setTarget(*Result);
  if (Error E = Impl->run(Pipe->Prog, Pipe->OS, &*Result))
    Result = std::move(E);
  return Result;
}

llvm::Expected<std::string> Interpreter::execute(StringRef Source) {
  return executeInline(Source);
}

bool VM::callValue(Value Fn, const Value *Args, unsigned N, Value &Result) {
  // Keywords belong to the outer call only, also in the Python code a
  // function runs.
  KeywordsHidden Hidden(*this);
  if (Fn.isObject() && Fn.O->Type == &types::BuiltinFunction) {
    SmallVector<Value, 4> Copy(Args, Args + N);
    return static_cast<BuiltinFunctionObject *>(Fn.O)->Fn(*this, Copy.data(), N,
                                                          Result);
  }
  if (!Fn.isObject() || Fn.O->Type != &types::Function) {
    SmallVector<Value, 4> Copy(Args, Args + N);
    return callOther(Fn, Copy.data(), N, Result);
  }
  return callFunction(static_cast<FunctionObject *>(Fn.O), Args, N, 0, Result);
}

bool VM::callFunction(FunctionObject *FnObj, const Value *Args, unsigned N,
                      unsigned NKw, Value &Result) {
  Value Fn = Value::object(FnObj);
  const LinkedCode *LC = FnObj->LC;
  const CodeObject &C = *LC->Code;
  // The callee's window starts above the calling frame's registers.
  const Frame &Caller = Frames.back();
  size_t Slot = Caller.Base + Caller.LC->Code->NumRegs;
  size_t Width = N + 2 * size_t(NKw);
  if (Slot + 1 + Width > Stack.size() && !ensureStack(Slot + 1 + Width))
    return false;
  Stack[Slot] = Fn;
  std::copy(Args, Args + Width, Stack.begin() + Slot + 1);
  if (Slot + 1 + Width > StackHighWater)
    StackHighWater = Slot + 1 + Width;
  if ((NKw || N != LC->FastArgs) && !bindCall(FnObj, Slot + 1, N, NKw))
    return false;
  if (C.IsGenerator) {
    Result = Value::object(newGenerator(FnObj, Stack.data() + Slot + 1));
    return true;
  }
  if (Frames.size() >= RecursionLimit || nativeStackLow())
    return raise(ExcKind::RecursionError, "maximum recursion depth exceeded");
  size_t NewBase = Slot + 1, NewTop = NewBase + C.NumRegs;
  if (NewTop > Stack.size() && !ensureStack(NewTop))
    return false;
  for (size_t J = LC->NumArgRegs; J < C.NumLocals; ++J)
    Stack[NewBase + J] = Value::undef();
  if (NewTop > StackHighWater)
    StackHighWater = NewTop;
  size_t Depth = Frames.size();
  Frames.push(LC, C.Code.data(), NewBase);
  return execute(Result, Depth);
}

GeneratorObject *VM::newGenerator(FunctionObject *Fn, const Value *Args) {
  const CodeObject &C = *Fn->LC->Code;
  size_t NumRegs = C.NumRegs ? C.NumRegs : 1;
  auto *G = static_cast<GeneratorObject *>(
      allocate(sizeof(GeneratorObject) + (NumRegs - 1) * sizeof(Value),
               &types::Generator));
  G->State = GeneratorObject::Created;
  G->ResumeAt = 0;
  G->Fn = Value::object(Fn);
  size_t NumParams = C.NumParams + C.NumKwOnly;
  std::copy(Args, Args + NumParams, G->Regs);
  std::fill(G->Regs + NumParams, G->Regs + NumRegs, Value::undef());
  return G;
}

int VM::resumeGenerator(GeneratorObject *G, Value &Item) {
  if (G->State == GeneratorObject::Done)
    return 0;
  if (G->State == GeneratorObject::Running) {
    raise(ExcKind::ValueError, "generator already executing");
    return -1;
  }
  auto *Fn = static_cast<FunctionObject *>(G->Fn.O);
  const LinkedCode *LC = Fn->LC;
  const CodeObject &C = *LC->Code;
  if (Frames.size() >= RecursionLimit || nativeStackLow()) {
    raise(ExcKind::RecursionError, "maximum recursion depth exceeded");
    return -1;
  }
  // As in callValue, the frame goes above the calling frame's registers,
  // with the function below it (CopyFree reads it there).
  const Frame &Caller = Frames.back();
  size_t Slot = Caller.Base + Caller.LC->Code->NumRegs;
  size_t NewBase = Slot + 1, NewTop = NewBase + C.NumRegs;
  if (NewTop > Stack.size() && !ensureStack(NewTop))
    return -1;
  if (NewTop > StackHighWater)
    StackHighWater = NewTop;
  Stack[Slot] = G->Fn;
  std::copy(G->Regs, G->Regs + C.NumRegs, Stack.begin() + NewBase);
  size_t Depth = Frames.size();
  Frames.push(LC, C.Code.data() + G->ResumeAt, NewBase);
  G->State = GeneratorObject::Running;
  RunningGens.push_back(G);
  Value Result;
  bool OK;
  {
    KeywordsHidden Hidden(*this);
    OK = execute(Result, Depth);
  }
  RunningGens.pop_back();
  if (OK && G->State == GeneratorObject::Suspended) {
    Item = Result;
    return 1;
  }
  // Returned or raised: the generator is finished, and lets go of its
  // registers. A StopIteration raised inside it would end its consumer's
  // iteration silently: PEP 479 makes it a RuntimeError.
  if (!OK && HasPending && PendingKind == ExcKind::StopIteration) {
    PendingKind = ExcKind::RuntimeError;
    PendingMsg = "generator raised StopIteration";
  }
  G->State = GeneratorObject::Done;
  std::fill(G->Regs, G->Regs + C.NumRegs, Value::undef());
  return OK ? 0 : -1;
}

std::string pyr::scriptTracebackName(StringRef Path) {
  if (llvm::sys::path::is_absolute(Path))
    return Path.str();
  llvm::SmallString<256> Cwd;
  if (llvm::sys::fs::current_path(Cwd))
    return Path.str();
  return (Cwd.str() + "/" + Path).str();
}

namespace {
/// pyr::execute()'s interpreter for this thread. A plain pointer needs no
/// guard on every call, as a thread_local object with a constructor does;
/// the object is made on the first call, out of line.
thread_local Interpreter *ThreadInterp = nullptr;

LLVM_ATTRIBUTE_NOINLINE llvm::Expected<std::string>
executeOnNewInterpreter(StringRef Source) {
  thread_local Interpreter Interp;
  ThreadInterp = &Interp;
  return Interp.execute(Source);
}
} // namespace

llvm::Expected<std::string> pyr::execute(StringRef Source) {
  if (LLVM_LIKELY(ThreadInterp))
    return ThreadInterp->executeInline(Source);
  return executeOnNewInterpreter(Source);
}
