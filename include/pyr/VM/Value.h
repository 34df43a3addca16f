//===- Value.h - Runtime values and the object model ------------*- C++ -*-===//
//
// A Value is 16 bytes: a tag and a payload. None, bool, small int and float
// are immediate; everything else is a pointer to a heap Object whose first
// field is its type. Every value has a TypeObject (immediates map to static
// ones), which carries the type's name and behaviour, so builtin types,
// user classes and subclasses can share one dispatch path.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_VM_VALUE_H
#define PYR_VM_VALUE_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>

namespace pyr {

struct Object;
struct TypeObject;
struct BuiltinFunctionObject;
class VM;

enum class ValueTag : uint8_t {
  Undef, ///< An unbound local or global; never visible to Python code.
  None,
  Bool,
  Int,
  Float,
  Object,
};

struct Value {
  union {
    int64_t I;
    double F;
    Object *O;
  };
  ValueTag Tag;

  Value() : I(0), Tag(ValueTag::Undef) {}
  /// Leaves the value unset, for a result that is written before it is
  /// read: each store saved counts on the shortest paths.
  struct NoInit {};
  explicit Value(NoInit) {}
  static Value undef() { return Value(); }
  static Value none() {
    Value V;
    V.Tag = ValueTag::None;
    return V;
  }
  static Value boolean(bool B) {
    Value V;
    V.I = B;
    V.Tag = ValueTag::Bool;
    return V;
  }
  static Value integer(int64_t I) {
    Value V;
    V.I = I;
    V.Tag = ValueTag::Int;
    return V;
  }
  static Value real(double F) {
    Value V;
    V.F = F;
    V.Tag = ValueTag::Float;
    return V;
  }
  static Value object(Object *O) {
    Value V;
    V.O = O;
    V.Tag = ValueTag::Object;
    return V;
  }

  bool isUndef() const { return Tag == ValueTag::Undef; }
  bool isNone() const { return Tag == ValueTag::None; }
  bool isBool() const { return Tag == ValueTag::Bool; }
  bool isInt() const { return Tag == ValueTag::Int; }
  bool isFloat() const { return Tag == ValueTag::Float; }
  bool isObject() const { return Tag == ValueTag::Object; }
  /// int or bool (bool is a subclass of int).
  bool isIntLike() const { return Tag == ValueTag::Int || Tag == ValueTag::Bool; }
};
static_assert(sizeof(Value) == 16, "values are two words");

using ReprFn = void (*)(Value V, std::string &Out);
/// A builtin function or method: reads N arguments at Args (a method's
/// first is self), stores the result or raises and returns false.
using BuiltinFn = bool (*)(VM &M, Value *Args, unsigned N, Value &Result);

/// Header of every heap object. Objects are linked into the heap's list for
/// the mark-sweep collector.
struct Object {
  const TypeObject *Type;
  Object *GCNext = nullptr;
  bool Marked = false;
  /// Bits a type may use for itself (str caches whether it is ASCII).
  uint8_t Flags = 0;
  /// 32 more bits for the type (str caches its hash); they fit in what
  /// would be padding.
  uint32_t TypeData = 0;
};

namespace types {
/// type: the type of every type object.
extern const TypeObject Type;
} // namespace types

/// The behaviour of a type, and the type object Python code sees (type(x),
/// int, str, ...). Builtin types are static objects, permanently marked so
/// that the collector leaves them alone; user classes will be TypeObjects
/// built at run time, whose hooks dispatch to dunder methods, so every
/// operation keeps one path through the type.
struct TypeObject : Object {
  constexpr TypeObject(const char *Name, const TypeObject *Base, ReprFn Repr,
                       ReprFn Str, void (*Trace)(Object *, VM &) = nullptr,
                       void (*Finalize)(Object *) = nullptr,
                       size_t (*Size)(const Object *) = nullptr,
                       const BuiltinFunctionObject *Methods = nullptr,
                       unsigned NumMethods = 0,
                       bool (*Iter)(VM &, Value, Value &) = nullptr,
                       int (*Next)(VM &, Object *, Value &) = nullptr,
                       BuiltinFn Call = nullptr)
      : Object{&types::Type, nullptr, true, 0}, Name(Name), Base(Base),
        Repr(Repr), Str(Str), Trace(Trace), Finalize(Finalize), Size(Size),
        Methods(Methods), NumMethods(NumMethods), Iter(Iter), Next(Next),
        Call(Call) {}

  const char *Name;
  const TypeObject *Base;
  /// Appends repr(V); str() uses StrFn when set.
  ReprFn Repr;
  ReprFn Str;
  /// Collector hooks for heap types. Trace marks each Value the object
  /// holds (VM::markValue); Finalize frees what the object owns outside
  /// its allocation; Size is what it holds on the heap, in bytes, for
  /// deciding when to collect.
  void (*Trace)(Object *O, VM &M) = nullptr;
  void (*Finalize)(Object *O) = nullptr;
  size_t (*Size)(const Object *O) = nullptr;
  /// Methods found by attribute lookup on instances (and by super types'
  /// lookups through Base), called with self as the first argument.
  const BuiltinFunctionObject *Methods = nullptr;
  unsigned NumMethods = 0;
  /// The iteration protocol: Iter makes an iterator over V (null: the type
  /// is not iterable); Next, on iterators, stores the next item and
  /// returns 1, returns 0 when exhausted, or -1 with an exception raised.
  bool (*Iter)(VM &M, Value V, Value &It) = nullptr;
  int (*Next)(VM &M, Object *It, Value &Item) = nullptr;
  /// What calling the type object does (int('5'), list(xs)); null: the
  /// type cannot be instantiated from Python code.
  BuiltinFn Call = nullptr;
};

namespace types {
extern const TypeObject Undef, NoneType, Bool, Int, Float, Str, Function,
    BuiltinFunction, Cell;
/// Ints beyond int64 (lib/VM/BigInt.h); named 'int' like the immediate
/// form, as Python sees one type.
extern const TypeObject BigInt;
extern const TypeObject List, Tuple, Range, Slice, ListIterator, TupleIterator,
    StrIterator, StrAsciiIterator, RangeIterator, LongRangeIterator,
    ListReverseIterator, Reversed, Enumerate, Zip;
extern const TypeObject Dict, Set, FrozenSet, DictKeys, DictValues, DictItems,
    DictKeyIterator, DictValueIterator, DictItemIterator, SetIterator,
    DictReverseKeyIterator, DictReverseValueIterator, DictReverseItemIterator;
extern const TypeObject Generator;
/// bytes and its iterator (lib/VM/Bytes.cpp).
extern const TypeObject Bytes, BytesIterator;
/// map and filter iterators; a builtin method bound to its self (xs.append
/// as a value); a method of a builtin type read from the type (str.upper);
/// what LoadMethod leaves for a method call on a type object (see
/// lib/VM/Types.cpp).
extern const TypeObject Map, Filter, BoundMethod, MethodDescriptor,
    TypeMethodCall;
/// object: the base of every type (isSubtype knows it; the Base chains of
/// the builtin types end in null), and the type of object() instances.
extern const TypeObject BaseObject;
} // namespace types

inline const TypeObject *typeOf(Value V) {
  switch (V.Tag) {
  case ValueTag::Undef: return &types::Undef;
  case ValueTag::None: return &types::NoneType;
  case ValueTag::Bool: return &types::Bool;
  case ValueTag::Int: return &types::Int;
  case ValueTag::Float: return &types::Float;
  case ValueTag::Object: return V.O->Type;
  }
  return &types::Undef;
}

/// Python's repr(V) and str(V), appended to Out.
void appendRepr(Value V, std::string &Out);
void appendIntReprSlow(int64_t I, std::string &Out);
/// The repr of a small int. Inline: one digit, the commonest result, is a
/// single push_back.
inline void appendIntRepr(int64_t I, std::string &Out) {
  if (static_cast<uint64_t>(I) < 10)
    Out.push_back(static_cast<char>('0' + I));
  else
    appendIntReprSlow(I, Out);
}
void appendStr(Value V, std::string &Out);
/// repr() of a float exactly as CPython 3.11 prints it.
void appendFloatRepr(double D, std::string &Out);

} // namespace pyr

#endif
