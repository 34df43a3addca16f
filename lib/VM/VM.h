//===- VM.h - Interpreter internals -----------------------------*- C++ -*-===//
//
// Private to lib/VM: heap object layouts, the linked form of a Program, the
// register stack and frames, the garbage collector and exception state.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LIB_VM_VM_H
#define PYR_LIB_VM_VM_H

#include "pyr/Compile/Bytecode.h"
#include "pyr/Lex/StrEncoding.h"
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

/// A code object together with its runtime constants and children.
struct LinkedCode {
  const CodeObject *Code;
  const Value *Consts;
  const LinkedCode *const *Children;
};

struct FunctionObject : Object {
  const LinkedCode *LC;
};

struct BuiltinFunctionObject : Object {
  const char *Name;
  BuiltinFn Fn;
};

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

/// range(start, stop, step) with its precomputed length.
struct RangeObject : Object {
  int64_t Start, Stop, Step, Len;
};

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

struct EnumerateObject : Object {
  Value It;
  int64_t Count;
};

struct ZipObject : Object {
  size_t N;
  Value Its[1]; ///< N iterators.
};

inline bool isStr(Value V) {
  return V.isObject() && V.O->Type == &types::Str;
}
inline StrObject *asStr(Value V) { return static_cast<StrObject *>(V.O); }
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

struct Frame {
  const LinkedCode *LC;
  const Instr *PC; ///< Saved resume point while a callee runs.
  size_t Base;     ///< Index of register 0 in the stack.
};

class VM {
public:
  VM();
  ~VM();

  llvm::Error run(const Program &P, llvm::raw_ostream &Out,
                  std::string *ResultRepr);

  // Output of print().
  llvm::raw_ostream *Out = nullptr;
  llvm::StringRef FileName = "<string>";
  llvm::StringRef Source;
  /// Reusable buffer for formatting output without allocating per call.
  std::string Scratch;

  // Heap.
  StrObject *newStr(llvm::StringRef S);
  StrObject *newStrUninit(size_t Len);
  FunctionObject *newFunction(const LinkedCode *LC);
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

  /// Recursion limit counted in Python frames, as CPython's default.
  static constexpr size_t RecursionLimit = 1000;

private:
  // Loaded program.
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
  std::vector<Value> Stack;
  /// One past the highest register used since the run started.
  size_t StackHighWater = 0;
  std::vector<Frame> Frames;

  // Exception state.
  bool HasPending = false;
  ExcKind PendingKind = ExcKind::Exception;
  std::string PendingMsg;
  /// The global slot whose lookup raised the pending NameError, or -1.
  int PendingNameSlot = -1;

  // Heap state.
  Object *AllObjects = nullptr;
  size_t HeapBytes = 0;
  size_t NextGC = 1 << 20;
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

  struct LinkCursor {
    size_t NextCode, NextConst, NextChild;
  };
  void link(const Program &P);
  void linkCode(const CodeObject &C, size_t Slot, LinkCursor &Cur);
  Object *allocate(size_t Size, const TypeObject *T);
  void collect();
  void mark(Value V);
  void freeAll();
  bool gcPending() const { return HeapBytes >= NextGC; }

  bool ensureStack(size_t Needed);
  bool callValue(Value *R, unsigned A, unsigned NArgs, size_t Base);
  bool argCountError(const CodeObject &C, unsigned Given);
  llvm::Error makeError();
  /// The name CPython would suggest for a NameError on \p Name raised in
  /// the innermost frame, or "" (Suggestions.cpp).
  std::string suggestGlobalName(llvm::StringRef Name) const;
  bool execute(Value &Result);
  LLVM_ATTRIBUTE_NOINLINE bool spreadArgs(unsigned A, unsigned &N);
};

// Operations shared by the dispatch loop's slow paths (Ops.cpp).
bool isTruthy(Value V);
/// Raise the OverflowError for an int result beyond 64 bits (until
/// arbitrary-precision ints arrive); returns false.
bool intOverflow(VM &M);
/// \p Op may be an in-place opcode (IAdd, ...), which computes what its
/// plain form does and names itself in errors.
bool binaryOp(VM &M, Opcode Op, Value L, Value R, Value &Out);
/// CPython's edit distance between identifiers for suggestions (case
/// changes cost 1, other edits 2); more than \p MaxCost means "too far".
size_t suggestionDistance(llvm::StringRef A, llvm::StringRef B,
                          size_t MaxCost);
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
bool getItem(VM &M, Value Container, Value Index, Value &Out);
bool setItem(VM &M, Value Container, Value Index, Value V);
bool delItem(VM &M, Value Container, Value Index);
/// \p Item in \p Container.
bool containsOp(VM &M, Value Item, Value Container, bool &Out);
/// ==, raising only when comparison nests too deeply.
bool equalOp(VM &M, Value L, Value R, bool &Out);
/// Sequence operators for binaryOp: list/tuple +, * and in-place forms.
/// Returns 1 if handled (0 not a sequence operation, -1 error).
int sequenceBinaryOp(VM &M, Opcode Op, Value L, Value R, Value &Out);
/// Ordering of two lists or two tuples (Lt, Le, Gt, Ge).
int sequenceCompare(VM &M, Opcode Op, Value L, Value R, Value &Out);
bool buildSlice(VM &M, Value *Parts, unsigned N, Value &Out);
/// Unpack \p V into exactly N registers at \p Dest, or, when \p Star is
/// below N, with the target at Star taking a list of the rest.
bool unpackSequence(VM &M, Value V, Value *Dest, unsigned N, unsigned Star);
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
bool starArgs(VM &M, Value Fn, Value V, ListObject *&Out);
/// Number of code points in str text.
int64_t codePointCount(llvm::StringRef S);

// Builtins (Builtins.cpp).
#define BUILTIN(Name)                                                          \
  bool builtin_##Name(VM &M, Value *Args, unsigned N, Value &Result);
#include "pyr/VM/Builtins.def"

} // namespace pyr

#endif
