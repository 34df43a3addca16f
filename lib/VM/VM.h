//===- VM.h - Interpreter internals -----------------------------*- C++ -*-===//
//
// Private to lib/VM: heap object layouts, the linked form of a Program, the
// register stack and frames, the garbage collector and exception state.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LIB_VM_VM_H
#define PYR_LIB_VM_VM_H

#include "BigInt.h"
#include "Heap.h"
#include "pyr/Compile/Bytecode.h"
#include "pyr/Lex/StrEncoding.h"
#include "pyr/StoreIfChanged.h"
#include "pyr/VM/Interpreter.h"
#include "pyr/VM/Value.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include <vector>

namespace pyr {

enum class ExcKind : uint8_t {
#define EXCEPTION(Name, Base) Name,
#include "pyr/VM/Exceptions.def"
};
const char *getExcName(ExcKind K);

struct StrObject : Object {
  size_t Len;
  char Data[1]; ///< Len bytes of UTF-8 follow, allocated with the object.
  llvm::StringRef str() const { return {Data, Len}; }
};

/// A bytes object: an immutable sequence of bytes (lib/VM/Bytes.cpp).
struct BytesObject : Object {
  size_t Len;
  char Data[1]; ///< Len bytes follow, allocated with the object.
  llvm::StringRef bytes() const { return {Data, Len}; }
};

/// A code object together with its runtime constants and children.
struct LinkedCode {
  const CodeObject *Code;
  const Value *Consts;
  const LinkedCode *const *Children;
  /// The positional argument count a call can bind without looking at
  /// defaults, keyword-only, *args or **kwargs parameters (UINT32_MAX if
  /// there is none).
  uint32_t FastArgs;
  /// Code->numArgRegs(): the registers a call binds; the other locals
  /// start unbound.
  uint32_t NumArgRegs;
};

/// A variable shared between a function and the functions nested in it.
struct CellObject : Object {
  Value V; ///< Undef while the variable is unbound.
};

struct FunctionObject : Object {
  const LinkedCode *LC;
  /// Attributes set by Python code (f.cache = ...), its __dict__; made on
  /// first use.
  struct DictObject *Attrs;
  /// LC->Code->numFunctionExtras() values allocated with the object:
  /// defaults, keyword-only defaults (unbound where there is none), cells.
  Value Extra[1];
  Value *defaults() { return Extra; }
  Value *kwDefaults() { return Extra + LC->Code->NumDefaults; }
  Value *cells() { return Extra + LC->Code->NumDefaults + LC->Code->NumKwOnly; }
};

struct BuiltinFunctionObject : Object {
  const char *Name;
  BuiltinFn Fn;
};

/// A generator: the function whose code it runs and, while that code is
/// not running, its frame's registers and where it resumes.
struct GeneratorObject : Object {
  enum StateKind : uint8_t { Created, Suspended, Running, Done };
  StateKind State;
  uint32_t ResumeAt; ///< Instruction index.
  Value Fn;          ///< A FunctionObject.
  Value Regs[1];     ///< The code's NumRegs registers.
};

/// A builtin method and its self (xs.append as a value).
struct BoundMethodObject : Object {
  Value Self;
  const BuiltinFunctionObject *Fn;
};

/// A method of a builtin type, read from the type (str.upper): calling it
/// checks that the first argument is an instance of Owner.
struct MethodDescriptorObject : Object {
  const TypeObject *Owner;
  const BuiltinFunctionObject *Fn;
};

/// What LoadMethod leaves for obj.name(...) when obj is a type object: the
/// call passes the type as the first argument, which is dropped before
/// Target is called with the rest.
struct TypeMethodCallObject : Object {
  Value Target;
};

/// map(fn, *iterables): N iterators.
struct MapObject : Object {
  Value Fn;
  size_t N;
  Value Its[1];
};

/// filter(fn, iterable); Fn None keeps the true items.
struct FilterObject : Object {
  Value Fn;
  Value It;
};

inline bool isType(Value V) {
  return V.isObject() && V.O->Type == &types::Type;
}
inline const TypeObject *asType(Value V) {
  return static_cast<const TypeObject *>(V.O);
}
/// The type Python code sees for an object of type \p T: one type for the
/// representations pyr keeps apart (small and big ints; builtin functions
/// and bound builtin methods).
const TypeObject *publicType(const TypeObject *T);
/// type(V) as a value.
inline Value typeValue(Value V) {
  return Value::object(const_cast<TypeObject *>(publicType(typeOf(V))));
}
/// Whether type \p T is \p Of or a subclass of it.
bool isSubtype(const TypeObject *T, const TypeObject *Of);

inline bool isCell(Value V) {
  return V.isObject() && V.O->Type == &types::Cell;
}
inline CellObject *asCell(Value V) { return static_cast<CellObject *>(V.O); }
/// A tuple's items live in the object itself.
struct TupleObject : Object {
  size_t Len;
  Value Items[1]; ///< Len items (at least one slot is allocated).
};

/// A list owns a separately allocated, growable item array.
struct ListObject : Object {
  size_t Len;
  size_t Cap;
  Value *Items;
};

/// range(start, stop, step) with its precomputed length. Nearly every
/// range fits the int64 fields; one that does not (a bound or step beyond
/// int64, a step of INT64_MIN, or more than INT64_MAX items) is big: it
/// has RangeBig in Flags, its int64 fields are unused, and it is a
/// BigRangeObject holding the four as ints.
struct RangeObject : Object {
  int64_t Start, Stop, Step, Len;
};
enum : uint8_t { RangeBig = 1 };
struct BigRangeObject : RangeObject {
  Value BStart, BStop, BStep, BLen;
};
inline bool rangeIsBig(const RangeObject *R) { return R->Flags & RangeBig; }

/// slice(start, stop, step) as a subscript operand.
struct SliceObject : Object {
  Value Start, Stop, Step;
};

/// Iterator over a list, tuple or str (Index is a byte offset into a str)
/// or, reversed, over a list or tuple (Index counts down, one past next).
struct SeqIterObject : Object {
  Value Seq;
  size_t Index;
};

struct RangeIterObject : Object {
  int64_t Next, Step;
  uint64_t Remaining;
};

/// Iterator over a big range: ints of any size.
struct LongRangeIterObject : Object {
  Value Next, Step, Remaining;
};

struct EnumerateObject : Object {
  Value It;
  int64_t Count;
};

struct ZipObject : Object {
  size_t N;
  Value Its[1]; ///< N iterators.
};

/// StrObject::Flags: whether the str is known to be all ASCII (so code
/// point and byte indices agree), computed on first need and carried over
/// to strs made from ASCII ones.
enum : uint8_t { StrAsciiKnown = 1, StrIsAscii = 2, StrHashKnown = 4 };
inline bool strIsAscii(StrObject *S) {
  if (LLVM_UNLIKELY(!(S->Flags & StrAsciiKnown))) {
    bool Ascii = true;
    for (size_t I = 0; I < S->Len; ++I)
      if (static_cast<unsigned char>(S->Data[I]) >= 0x80) {
        Ascii = false;
        break;
      }
    S->Flags |= StrAsciiKnown | (Ascii ? StrIsAscii : 0);
  }
  return S->Flags & StrIsAscii;
}
inline bool strKnownAscii(const StrObject *S) {
  return (S->Flags & (StrAsciiKnown | StrIsAscii)) ==
         (StrAsciiKnown | StrIsAscii);
}
inline void markAscii(StrObject *S) { S->Flags |= StrAsciiKnown | StrIsAscii; }

inline bool isStr(Value V) {
  return V.isObject() && V.O->Type == &types::Str;
}
inline StrObject *asStr(Value V) { return static_cast<StrObject *>(V.O); }
inline bool isBytes(Value V) {
  return V.isObject() && V.O->Type == &types::Bytes;
}
inline BytesObject *asBytes(Value V) { return static_cast<BytesObject *>(V.O); }
inline bool isList(Value V) {
  return V.isObject() && V.O->Type == &types::List;
}
inline ListObject *asList(Value V) { return static_cast<ListObject *>(V.O); }
inline bool isTuple(Value V) {
  return V.isObject() && V.O->Type == &types::Tuple;
}
inline TupleObject *asTuple(Value V) { return static_cast<TupleObject *>(V.O); }
inline bool isRange(Value V) {
  return V.isObject() && V.O->Type == &types::Range;
}
inline RangeObject *asRange(Value V) { return static_cast<RangeObject *>(V.O); }
inline bool rangeNonEmpty(const RangeObject *R) {
  if (!rangeIsBig(R))
    return R->Len != 0;
  Value Len = static_cast<const BigRangeObject *>(R)->BLen;
  return !Len.isIntLike() || Len.I != 0;
}
/// A range's start, stop, step and length as ints, in either form.
inline void rangeValues(const RangeObject *R, Value Out[4]) {
  if (rangeIsBig(R)) {
    auto *B = static_cast<const BigRangeObject *>(R);
    Out[0] = B->BStart;
    Out[1] = B->BStop;
    Out[2] = B->BStep;
    Out[3] = B->BLen;
    return;
  }
  Out[0] = Value::integer(R->Start);
  Out[1] = Value::integer(R->Stop);
  Out[2] = Value::integer(R->Step);
  Out[3] = Value::integer(R->Len);
}

/// A dict entry; Key is undefined where an entry was deleted.
struct DictEntry {
  int64_t Hash;
  Value Key, Val;
};

/// CPython's compact dict: entries in insertion order (with holes left by
/// deletions, squeezed out on resize) and an open-addressing index into
/// them (-1 empty, -2 deleted).
struct DictObject : Object {
  size_t Used;     ///< Live entries.
  size_t NEntries; ///< Entries filled, holes included.
  size_t EntryCap;
  size_t IndexSize; ///< A power of two.
  /// Index slots in use or deleted: kept below EntryCap so that probes end
  /// (popitem frees an entry but leaves its slot deleted).
  size_t IndexFill;
  DictEntry *Entries;
  int64_t *Index;
};

/// A set slot: empty when Key is undefined and Hash is 0, a dummy (deleted)
/// when Key is undefined and Hash is -1.
struct SetEntry {
  Value Key;
  int64_t Hash;
};

/// set and frozenset: CPython's table, probed as setobject.c probes it.
struct SetObject : Object {
  size_t Fill; ///< Active and dummy slots.
  size_t Used; ///< Active slots.
  size_t Mask;
  size_t Finger; ///< Where pop() looks next.
  SetEntry *Table;
};

/// dict_keys / dict_values / dict_items, and iterators over dicts and sets.
struct DictViewObject : Object {
  Value Dict;
};
struct DictIterObject : Object {
  Value Container;
  size_t Pos;
  size_t UsedAtStart;
  /// Items still to come: a dict that yields more had its keys changed.
  size_t Remaining;
};

/// reversed() of a dict or dict view.
bool reversedDict(VM &M, Value V, Value &Result);

inline bool isDict(Value V) {
  return V.isObject() && V.O->Type == &types::Dict;
}
inline DictObject *asDict(Value V) { return static_cast<DictObject *>(V.O); }
/// set or frozenset.
inline bool isAnySet(Value V) {
  return V.isObject() &&
         (V.O->Type == &types::Set || V.O->Type == &types::FrozenSet);
}
inline SetObject *asSet(Value V) { return static_cast<SetObject *>(V.O); }

struct Frame {
  const LinkedCode *LC;
  const Instr *PC; ///< Saved resume point while a callee runs.
  size_t Base;     ///< Index of register 0 in the stack.
};

/// The call frames of a run. Calls check the recursion limit before they
/// push, so the stack never holds more than its fixed capacity; push()
/// writes a frame's fields in place, where std::vector's push_back copied
/// a frame built on the native stack (three stores more per call, and
/// stores are what short runs are short of).
class FrameStack {
public:
  explicit FrameStack(size_t Capacity)
      : Storage(new Frame[Capacity]), Top(Storage.get()),
        Limit(Storage.get() + Capacity) {}

  void push(const LinkedCode *LC, const Instr *PC, size_t Base) {
    assert(Top != Limit && "callers check the recursion limit first");
    Top->LC = LC;
    Top->PC = PC;
    Top->Base = Base;
    ++Top;
  }
  void pop_back() { --Top; }
  /// Drops the frames above the first \p N.
  void truncate(size_t N) { Top = Storage.get() + N; }
  void clear() { Top = Storage.get(); }

  Frame &back() { return Top[-1]; }
  const Frame &back() const { return Top[-1]; }
  size_t size() const { return static_cast<size_t>(Top - Storage.get()); }
  bool empty() const { return Top == Storage.get(); }
  const Frame *begin() const { return Storage.get(); }
  const Frame *end() const { return Top; }

private:
  std::unique_ptr<Frame[]> Storage;
  Frame *Top;
  Frame *Limit;
};

class VM {
public:
  VM();
  ~VM();

  /// Inlined into its two callers (Interpreter::run and execute): a call
  /// and this function's frame cost more than a short program's run.
  LLVM_ATTRIBUTE_ALWAYS_INLINE llvm::Error
  run(const Program &P, llvm::raw_ostream &Out, std::string *ResultRepr);

  // Output of print().
  llvm::raw_ostream *Out = nullptr;
  llvm::StringRef FileName = "<string>";
  llvm::StringRef Source;
  /// Reusable buffer for formatting output without allocating per call.
  std::string Scratch;

  // Heap.
  StrObject *newStr(llvm::StringRef S);
  StrObject *newStrUninit(size_t Len);
  /// A function for \p LC; its defaults and cells are left for the caller
  /// to fill in.
  FunctionObject *newFunction(const LinkedCode *LC);
  CellObject *newCell(Value V);
  /// The int with value \p Z: immediate if it fits in int64, else a new
  /// BigIntObject that takes over Z's storage (Z is left a valid 0).
  Value newInt(mpz_ptr Z);
  TupleObject *newTuple(size_t Len);
  ListObject *newList(size_t Len);
  /// Generic allocation for types defined outside Interpreter.cpp; the
  /// object is uninitialised past its header.
  Object *newObject(size_t Size, const TypeObject *T) {
    return allocate(Size, T);
  }
  /// Out-of-line storage an object gained (list growth): counted toward the
  /// next collection.
  void noteExternalBytes(size_t Bytes) { HeapBytes += Bytes; }

  /// Collector: mark \p V reachable, queueing its children for tracing.
  void markValue(Value V) {
    if (V.isObject() && !V.O->Marked) {
      V.O->Marked = true;
      if (V.O->Type->Trace)
        GrayStack.push_back(V.O);
    }
  }

  /// Set the pending exception; always returns false so that operations can
  /// "return M.raise(...)".
  bool raise(ExcKind K, const llvm::Twine &Msg);

  /// How many Python frames are active: what catchPending() unwinds to.
  size_t callDepth() const { return Frames.size(); }
  /// If the pending exception is a \p K, drops it, with the frames above
  /// \p Depth that it was raised in, and returns true (the one place pyr
  /// handles an exception: a StopIteration that ends an iteration).
  bool catchPending(ExcKind K, size_t Depth);

  /// Recursion limit counted in Python frames, as CPython's default.
  static constexpr size_t RecursionLimit = 1000;

  /// Whether the native stack is too deep to run more Python code: calls
  /// from builtins back into Python (callValue, resumeGenerator) recurse
  /// natively, and with large frames (sanitizers) or a small stack a
  /// thousand of them could overflow it. Such a call raises RecursionError
  /// instead, as CPython's C recursion check would.
  bool nativeStackLow() const;
  /// Registers in the stack at most (512 MiB).
  static constexpr size_t MaxStack = size_t(1) << 25;

private:
  // Loaded program; valid only while run() runs (it is not cleared
  // afterwards).
  const Program *Prog = nullptr;
  std::vector<LinkedCode> Linked;
  std::vector<const LinkedCode *> ChildPtrs;
  std::vector<Value> ConstPool;
  std::vector<Value> Globals;
  std::vector<int> GlobalBuiltin;
  /// Global slots in the order they were first bound, as a CPython module
  /// dictionary orders its keys.
  std::vector<uint32_t> GlobalOrder;

  // Execution state.
  /// The native stack address run() started at.
  uintptr_t NativeStackBase = 0;
  std::vector<Value> Stack;
  /// One past the highest register used since the run started.
  size_t StackHighWater = 0;
  FrameStack Frames{RecursionLimit + 1};

  // Exception state.
  bool HasPending = false;
  ExcKind PendingKind = ExcKind::Exception;
  std::string PendingMsg;
  /// The global slot whose lookup raised the pending NameError, or -1.
  int PendingNameSlot = -1;

public:
  /// "Did you mean" for the pending exception, when it was raised with one
  /// (an AttributeError).
  std::string PendingSuggestion;

private:
  // Heap state.
  Heap Objects;
  size_t HeapBytes = 0;

public:
  /// Interpreter::setGCStress: NextGC stays 0.
  bool GCStress = false;
  size_t NextGC = 1 << 20;

private:
  /// Marked objects whose children are still to be marked.
  std::vector<Object *> GrayStack;

  /// LoadMethod's cache of (type, name constant) -> method. Entries from an
  /// earlier run are stale (its name constants are freed): RunGeneration
  /// tells them apart without clearing the table on every run.
  struct MethodCacheEntry {
    const TypeObject *Type = nullptr;
    const Object *Name = nullptr;
    uint64_t Generation = 0;
    Value Method;
  };
  static constexpr size_t MethodCacheSize = 64;
  MethodCacheEntry MethodCache[MethodCacheSize];
  uint64_t RunGeneration = 0;
  /// Whether an entry was filled since RunGeneration last moved: a run
  /// that filled none leaves nothing to make stale, and saves the store.
  bool MethodCacheFilled = false;

  struct LinkCursor {
    size_t NextCode, NextConst, NextChild;
  };
  /// Make \p P the loaded program. A module without functions, constants
  /// or names (an expression like "2 + 3"), when nothing of an earlier run
  /// is bound, needs only its own entry: that case is inline, the rest is
  /// linkTables().
  void link(const Program &P) {
    // What a run of the same program left in place is compared rather
    // than written again (see StoreIfChanged.h).
    storeIfChanged(Prog, &P);
    GlobalOrder.clear();
    if (LLVM_LIKELY((P.CodeOnly ||
                     (P.Module.Children.empty() && P.Module.Consts.empty() &&
                      P.GlobalNames.empty())) &&
                    Globals.empty())) {
      // Linked always has the module's entry (see the constructor).
      LinkedCode &E = Linked[0];
      if (E.Code != &P.Module || E.Consts || E.Children || E.FastArgs ||
          E.NumArgRegs)
        E = LinkedCode{&P.Module, nullptr, nullptr, 0, 0};
      return;
    }
    linkTables(P);
  }
  void linkTables(const Program &P);
  void linkCode(const CodeObject &C, size_t Slot, LinkCursor &Cur);
  Object *allocate(size_t Size, const TypeObject *T);
  void collect();
  void mark(Value V);
  void freeAll();
  bool gcPending() const { return HeapBytes >= NextGC; }

  bool ensureStack(size_t Needed);

  bool argCountError(const CodeObject &C, unsigned Given);
  /// Binds the arguments of a call of \p Fn in place, when the fast path
  /// (exactly the positional parameters) does not apply: \p Args holds
  /// \p NPos positional arguments, then \p NKw keyword values and their
  /// names; on return Args holds the parameters. Fills in defaults, or
  /// raises CPython's TypeError. Args must have room for the parameters.
  bool bindArgs(FunctionObject *Fn, Value *Args, unsigned NPos, unsigned NKw);
  /// bindArgs for a call whose arguments start at stack index \p Base,
  /// growing the stack for the parameters first.
  bool bindCall(FunctionObject *Fn, size_t Base, unsigned NPos, unsigned NKw);
  /// "len() takes no keyword arguments" ("str.find() ..." for a method),
  /// or, for a builtin that takes keywords in CPython, that pyr does not
  /// support them there yet. \p First is the first argument (a method's
  /// self).
  bool raiseNoKeywords(const BuiltinFunctionObject *B, Value First);
  bool tooManyPositional(const CodeObject &C, unsigned Given,
                         unsigned KwOnlyGiven);
  bool missingArguments(const CodeObject &C, const Value *Params, bool KwOnly);

public:
  /// Keyword arguments of the builtin being called (CallKw): NumKw names
  /// (strs) and values. Builtins that take keywords read them here.
  const Value *KwNames = nullptr, *KwValues = nullptr;
  unsigned NumKw = 0;

  /// Hides the keywords of the builtin being called from whatever it calls
  /// (a key function, a generator it consumes, ...) for as long as it
  /// exists: the builtins that code calls must see only their own.
  class KeywordsHidden {
  public:
    explicit KeywordsHidden(VM &M)
        : M(M), Names(M.KwNames), Values(M.KwValues), Num(M.NumKw) {
      M.KwNames = M.KwValues = nullptr;
      M.NumKw = 0;
    }
    ~KeywordsHidden() {
      M.KwNames = Names;
      M.KwValues = Values;
      M.NumKw = Num;
    }

  private:
    VM &M;
    const Value *Names, *Values;
    unsigned Num;
  };

private:
  llvm::Error makeError();
  /// The name CPython would suggest for a NameError on \p Name raised in
  /// the innermost frame, or "" (Suggestions.cpp).
  std::string suggestGlobalName(llvm::StringRef Name) const;
  /// Runs frames from the top one until the frame stack is back to
  /// \p StopDepth frames; the last return value goes to \p Result.
  bool execute(Value &Result, size_t StopDepth = 0);
  /// Values builtins hold in C++ while Python code runs (callValue): roots
  /// for the collector.
  std::vector<Value> TempRoots;

public:
  /// Calls \p Fn (a Python function or a builtin) with \p N positional
  /// arguments from a builtin, running Python code to completion; false
  /// with the exception pending if it raised. The stack may move: a
  /// builtin must not use pointers into it (its Args, VM::KwValues)
  /// afterwards, and must root the values it holds only in C++
  /// (RootScope), as the collector may run.
  bool callValue(Value Fn, const Value *Args, unsigned N, Value &Result);
  /// Calls Python function \p Fn as callValue does, with \p N positional
  /// arguments at \p Args followed by \p NKw keyword values and then their
  /// names (a call window's layout). Args must not point into the stack.
  bool callFunction(FunctionObject *Fn, const Value *Args, unsigned N,
                    unsigned NKw, Value &Result);

  /// Keeps values alive across callValue for as long as it exists.
  class RootScope {
  public:
    explicit RootScope(VM &M) : M(M), Size(M.TempRoots.size()) {}
    ~RootScope() { M.TempRoots.resize(Size); }
    /// Roots \p V; returns a slot that set() can point at another value.
    size_t add(Value V) {
      M.TempRoots.push_back(V);
      return M.TempRoots.size() - 1;
    }
    void set(size_t Slot, Value V) { M.TempRoots[Slot] = V; }

  private:
    VM &M;
    size_t Size;
  };

  /// Runs generator \p G up to its next yield: 1 with the value yielded
  /// in \p Item, 0 when it finishes, -1 when it raises. As callValue, it
  /// may move the stack and collect.
  int resumeGenerator(GeneratorObject *G, Value &Item);
  /// Calls what is neither a Python function nor a builtin function (a
  /// type object, a bound method, a method descriptor): \p Args holds \p N
  /// positional arguments, and KwNames/KwValues/NumKw the call's keywords.
  /// The same rules as for callValue apply to the stack.
  bool callOther(Value Fn, Value *Args, unsigned N, Value &Result);
  /// Calls builtin \p B, checking that it takes the keywords the call has;
  /// \p Args are the positional arguments.
  bool callBuiltin(const BuiltinFunctionObject *B, Value *Args, unsigned N,
                   Value &Result);
  /// Register \p Index of the stack (for operations that run Python code
  /// and so must find their destination after the stack may have moved).
  Value *stackAt(size_t Index) { return Stack.data() + Index; }

private:
  /// CallEx: lay the arguments out as Call or CallKw takes them, from the
  /// registers after A (Flags is CallEx's B); NPos counts a method's self.
  LLVM_ATTRIBUTE_NOINLINE bool spreadArgs(unsigned A, unsigned Flags,
                                          unsigned &NPos, unsigned &NKw);
  LLVM_ATTRIBUTE_NOINLINE bool callSlow(Value *Window, unsigned NPos,
                                        unsigned NKw, Value &Ret);
  LLVM_ATTRIBUTE_NOINLINE bool loadBuiltin(uint32_t Slot, Value &Out);
  /// A generator for a call of generator function \p Fn whose arguments
  /// are bound in the registers at \p Args.
  GeneratorObject *newGenerator(FunctionObject *Fn, const Value *Args);
  /// The generators running, innermost last: the one a Yield suspends.
  std::vector<GeneratorObject *> RunningGens;
};

// Operations shared by the dispatch loop's slow paths (Ops.cpp).
bool isTruthy(Value V);
/// Compute int \p Op (a plain binary opcode) on any two ints, big or not,
/// as CPython does.
bool intBinaryOp(VM &M, Opcode Op, Value L, Value R, Value &Out);
/// Z = the int V (small, bool or big); returns Z, or V's own integer.
mpz_srcptr intToMpz(Value V, mpz_ptr Tmp);
/// The largest single block (a str, bytes or item array) pyr will try to
/// allocate: the machine's physical memory, at most 2^40 bytes. CPython
/// raises MemoryError where malloc refuses a block; so does pyr, up front,
/// for blocks beyond this size, rather than have the allocation fail.
size_t maxAllocBytes();
/// MemoryError with no message, as CPython raises it.
bool noMemory(VM &M);

/// float(V) for a number V, raising CPython's OverflowError for an int too
/// large for a double.
bool toFloat(VM &M, Value V, double &Out);
/// str(V) and repr(V) as Python code sees them: like appendStr and
/// appendRepr, but raising ValueError for an int beyond the str conversion
/// digit limit (see bigint::MaxStrDigits).
bool appendStrChecked(VM &M, Value V, std::string &Out);
/// Raises CPython's ValueError for an int too long to show in decimal
/// (the 4300-digit limit); returns false.
bool strLimitError(VM &M);
/// Appends a code point as a repr() escape: \xhh, \uhhhh or \Uhhhhhhhh.
void appendCodePointEscape(uint32_t CP, std::string &Out);
bool appendReprChecked(VM &M, Value V, std::string &Out);
/// \p Op may be an in-place opcode (IAdd, ...), which computes what its
/// plain form does and names itself in errors.
bool binaryOp(VM &M, Opcode Op, Value L, Value R, Value &Out);
/// CPython's edit distance between identifiers for suggestions (case
/// changes cost 1, other edits 2); more than \p MaxCost means "too far".
size_t suggestionDistance(llvm::StringRef A, llvm::StringRef B,
                          size_t MaxCost);
/// The attribute CPython would suggest for an AttributeError on \p Name of
/// an object of type \p TypeName (from CPythonAttrs.def), or "".
std::string suggestAttribute(llvm::StringRef TypeName, llvm::StringRef Name);
bool compareOp(VM &M, Opcode Op, Value L, Value R, Value &Out);
bool unaryOp(VM &M, Opcode Op, Value V, Value &Out);
bool valuesEqual(Value L, Value R);

// Containers and iteration (Containers.cpp).
/// iter(V), raising CPython's "'T' object is not iterable".
bool getIter(VM &M, Value V, Value &It);
/// next(It): 1 with an item, 0 when exhausted, -1 on error.
inline int iterNext(VM &M, Value It, Value &Item) {
  return It.O->Type->Next(M, It.O, Item);
}
/// iter() of a str (the Iter hook of types::Str).
bool strIter(VM &M, Value V, Value &It);
/// Append to a list, growing it.
void listAppend(VM &M, ListObject *L, Value V);
/// The items of any iterable as a new list.
bool listFromIterable(VM &M, Value V, ListObject *&Out);
/// len() of a range, raising CPython's OverflowError beyond int64.
bool rangeLength(VM &M, RangeObject *R, int64_t &Len);
bool getItem(VM &M, Value Container, Value Index, Value &Out);
bool setItem(VM &M, Value Container, Value Index, Value V);
bool delItem(VM &M, Value Container, Value Index);
/// \p Item in \p Container.
bool containsOp(VM &M, Value Item, Value Container, bool &Out);
/// ==, raising only when comparison nests too deeply.
bool equalOp(VM &M, Value L, Value R, bool &Out);
/// Python's `is`. Ints and floats are values in pyr: equal ints, and
/// floats with the same bits (NaN included), are identical.
bool isIdentical(Value L, Value R);
/// Whether two items are equal as containers compare them (`in`, `==` of
/// lists, count, index, remove): identical ones are equal without asking
/// `==`, as CPython's PyObject_RichCompareBool does.
inline bool equalItems(VM &M, Value L, Value R, bool &Out) {
  if (isIdentical(L, R)) {
    Out = true;
    return true;
  }
  return equalOp(M, L, R, Out);
}
/// Sequence operators for binaryOp: list/tuple +, * and in-place forms.
/// Returns 1 if handled (0 not a sequence operation, -1 error).
int sequenceBinaryOp(VM &M, Opcode Op, Value L, Value R, Value &Out);
/// Ordering of two lists or two tuples (Lt, Le, Gt, Ge).
int sequenceCompare(VM &M, Opcode Op, Value L, Value R, Value &Out);
bool buildSlice(VM &M, Value *Parts, unsigned N, Value &Out);
/// Unpack \p V into exactly N registers from stack index \p Dest on, or,
/// when \p Star is below N, with the target at Star taking a list of the
/// rest. (An index: iterating may run a generator, which moves the stack.)
bool unpackSequence(VM &M, Value V, size_t Dest, unsigned N, unsigned Star);
/// The method \p Name of V's type, or AttributeError.
bool lookupMethod(VM &M, Value V, llvm::StringRef Name, Value &Out);
/// Whether the last repr/str nested too deeply and was cut short (and
/// forget it); the caller then raises reprTooDeepError.
bool takeReprTooDeep();
bool reprTooDeepError(VM &M);
/// The starred parts of displays and calls: extend list \p L with the
/// items of \p V; turn a list into a tuple; the argument list of f(*V).
bool listExtendStarred(VM &M, Value L, Value V);
bool listToTuple(VM &M, Value L, Value &Out);
/// \p Self is a method's self (else undef), for naming it in errors.
bool starArgs(VM &M, Value Fn, Value Self, Value V, ListObject *&Out);
/// How CPython names the callee \p Fn in errors about its arguments
/// (_PyObject_FunctionStr): "__main__.f()", "print()", "str.join()" for a
/// method (\p Self is its self, else undef), str(Fn) for a non-function.
bool functionStr(VM &M, Value Fn, Value Self, std::string &Out);
/// DictMerge: add the items of \p V, which must be a dict, to the keyword
/// argument dict \p Into, raising CPython's errors naming \p Fn.
bool mergeKwargs(VM &M, Value Into, Value V, Value Fn, Value Self);
/// Number of code points in str text.
int64_t codePointCount(llvm::StringRef S);

// str methods (StrMethods.cpp).
constexpr unsigned NumStrMethods = 46;
extern const BuiltinFunctionObject StrMethods[NumStrMethods];
/// Whether str method \p Fn reads keyword arguments (VM::KwNames).
bool strMethodTakesKeywords(BuiltinFn Fn);

// Dicts and sets (Dicts.cpp).
/// hash(V), raising CPython's "unhashable type" TypeError.
bool hashValue(VM &M, Value V, int64_t &H);
DictObject *newDict(VM &M);
/// D[Key] = V.
bool dictSet(VM &M, DictObject *D, Value Key, Value V);
/// D[Key]: 1 found, 0 missing, -1 error.
int dictGet(VM &M, DictObject *D, Value Key, Value &Out);
bool dictDelItem(VM &M, DictObject *D, Value Key);
SetObject *newSet(VM &M, bool Frozen);
bool setAdd(VM &M, SetObject *S, Value Key);
/// BuildSet: a set of the \p N items at \p Items, \p Mode as BuildSet's C.
bool buildSet(VM &M, const Value *Items, unsigned N, unsigned Mode, Value &Out);
/// SetAdd, SetUpdate and DictUpdate: the steps of a display with starred
/// items (\p C the set or dict being built).
bool displayUpdate(VM &M, Opcode Op, Value C, Value V);
/// Membership, == and the operators of dicts and sets; the int-returning
/// ones return 0 when the operands are not theirs.
int dictSetContains(VM &M, Value Item, Value C, bool &Out);
int dictSetEqual(VM &M, Value L, Value R, bool &Out);
int dictSetBinaryOp(VM &M, Opcode Op, Value L, Value R, Value &Out);
int setCompare(VM &M, Opcode Op, Value L, Value R, Value &Out);
/// Whether \p Fn is dict.update, which takes keyword arguments.
bool isDictUpdateMethod(BuiltinFn Fn);
/// len() of a dict, set or dict view, or -1.
int64_t dictSetLen(Value V);
/// The repr recursion guard of Containers.cpp: false means print "...".
bool reprEnterObject(const Object *O);
void reprLeaveObject();

// Attributes, type objects and other callables (Types.cpp).
/// getattr(V, Name): AttributeError as CPython words it, or
/// NotImplementedError for an attribute CPython has and pyr lacks.
bool getAttr(VM &M, Value V, llvm::StringRef Name, Value &Out);
/// V.Name = X: functions keep attributes in their __dict__; for other
/// objects CPython's error, or NotImplementedError where pyr cannot tell.
bool setAttr(VM &M, Value V, llvm::StringRef Name, Value X);
/// LoadMethod's lookup for a receiver that is a type object (the method
/// cache keys on types and so cannot hold these).
bool lookupTypeMethod(VM &M, Value TypeV, llvm::StringRef Name, Value &Out);
/// The type object that builtin \p Fn constructs (builtin_int: int), or
/// null: the builtins namespace binds such names to their types.
const TypeObject *builtinClass(BuiltinFn Fn);
constexpr unsigned NumIntMethods = 5, NumFloatMethods = 5;
extern const BuiltinFunctionObject IntMethods[NumIntMethods],
    FloatMethods[NumFloatMethods];

// Builtins (Builtins.cpp).
/// Whether builtin \p Fn reads keyword arguments (VM::KwNames).
bool builtinTakesKeywords(BuiltinFn Fn);
/// The same for the container types' methods (Containers.cpp).
bool containerMethodTakesKeywords(BuiltinFn Fn);
/// Reads the call's keyword arguments into the named slots (left as they
/// are when not given); any other keyword raises CPython's "'x' is an
/// invalid keyword argument for NAME()".
bool takeKeywords(
    VM &M, const char *FnName,
    std::initializer_list<std::pair<llvm::StringRef, Value *>> Slots);
// bytes (Bytes.cpp).
BytesObject *newBytes(VM &M, llvm::StringRef S);
/// iter() of a bytes (the Iter hook of types::Bytes; Containers.cpp).
bool bytesIter(VM &M, Value V, Value &It);
/// +, * and % with a bytes operand: 1 handled, 0 not bytes, -1 error.
int bytesBinaryOp(VM &M, Opcode Op, Value L, Value R, Value &Out);
/// str.encode (a str method, StrMethods' table).
bool strEncode(VM &M, Value *Args, unsigned N, Value &Result);
/// str(B, Enc[, Errors]): bytes \p B decoded (Enc and Errors are strs;
/// Errors may be undef).
bool bytesToStr(VM &M, Value B, Value Enc, Value Errors, Value &Result);
/// Whether \p Fn is one of the bytes functions that read keyword arguments.
bool bytesMethodTakesKeywords(BuiltinFn Fn);
#define BUILTIN(Name)                                                          \
  bool builtin_##Name(VM &M, Value *Args, unsigned N, Value &Result);
#include "pyr/VM/Builtins.def"

} // namespace pyr

#endif
