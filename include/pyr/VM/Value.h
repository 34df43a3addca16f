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

struct TypeObject {
  const char *Name;
  const TypeObject *Base;
  /// Appends repr(V); str() uses StrFn when set.
  ReprFn Repr;
  ReprFn Str;
};

/// Header of every heap object. Objects are linked into the heap's list for
/// the mark-sweep collector.
struct Object {
  const TypeObject *Type;
  Object *GCNext = nullptr;
  /// Bytes allocated for the object, for the collector's accounting
  /// (saturates at UINT32_MAX).
  uint32_t Size = 0;
  bool Marked = false;
};

namespace types {
extern const TypeObject Undef, NoneType, Bool, Int, Float, Str, Function,
    BuiltinFunction, Cell;
/// Ints beyond int64 (lib/VM/BigInt.h); named 'int' like the immediate
/// form, as Python sees one type.
extern const TypeObject BigInt;
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
void appendStr(Value V, std::string &Out);
/// repr() of a float exactly as CPython 3.11 prints it.
void appendFloatRepr(double D, std::string &Out);

} // namespace pyr

#endif
