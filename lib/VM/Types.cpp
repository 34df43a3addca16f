//===- Types.cpp - Type objects, attributes and other callables -----------===//
//
// Every value has a TypeObject, and builtin TypeObjects are values too
// (type(5) is int). This file holds what treats them as values: type(),
// isinstance(), id(), attribute reads (LoadAttr), and the callables that
// attribute reads produce: bound builtin methods (xs.append), method
// descriptors (str.upper) and the adapter LoadMethod uses for a method
// call on a type object (str.upper('a')), with VM::callOther calling them
// and type objects.
//
//===----------------------------------------------------------------------===//

#include "VM.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include <cmath>
#include <cstdio>
#include <cstring>

using namespace pyr;
using llvm::StringRef;
using llvm::Twine;

static bool typeError(VM &M, const Twine &Msg) {
  return M.raise(ExcKind::TypeError, Msg);
}

static Value strValue(VM &M, StringRef S) { return Value::object(M.newStr(S)); }

static void appendAddress(const void *P, std::string &Out) {
  char Buf[32];
  snprintf(Buf, sizeof(Buf), "%p", P);
  Out += Buf;
}

//===----------------------------------------------------------------------===//
// The types of type objects and of the callables below
//===----------------------------------------------------------------------===//

static void reprType(Value V, std::string &Out) {
  Out += "<class '";
  Out += asType(V)->Name;
  Out += "'>";
}

/// The type whose method table holds \p Fn, searching from \p T up.
static const TypeObject *methodOwner(const TypeObject *T,
                                     const BuiltinFunctionObject *Fn) {
  for (; T; T = T->Base)
    if (Fn >= T->Methods && Fn < T->Methods + T->NumMethods)
      return T;
  return nullptr;
}

static void reprBoundMethod(Value V, std::string &Out) {
  auto *B = static_cast<BoundMethodObject *>(V.O);
  Out += "<built-in method ";
  Out += B->Fn->Name;
  Out += " of ";
  Out += publicType(typeOf(B->Self))->Name;
  Out += " object at ";
  // CPython shows self's address.
  appendAddress(B->Self.isObject() ? static_cast<const void *>(B->Self.O)
                                   : static_cast<const void *>(B),
                Out);
  Out += '>';
}
static void traceBoundMethod(Object *O, VM &M) {
  M.markValue(static_cast<BoundMethodObject *>(O)->Self);
}
static size_t sizeBoundMethod(const Object *) {
  return sizeof(BoundMethodObject);
}

static void reprDescriptor(Value V, std::string &Out) {
  auto *D = static_cast<MethodDescriptorObject *>(V.O);
  Out += "<method '";
  Out += D->Fn->Name;
  Out += "' of '";
  Out += D->Owner->Name;
  Out += "' objects>";
}
static size_t sizeDescriptor(const Object *) {
  return sizeof(MethodDescriptorObject);
}

static void reprTypeMethodCall(Value V, std::string &Out) {
  appendRepr(static_cast<TypeMethodCallObject *>(V.O)->Target, Out);
}
static void traceTypeMethodCall(Object *O, VM &M) {
  M.markValue(static_cast<TypeMethodCallObject *>(O)->Target);
}
static size_t sizeTypeMethodCall(const Object *) {
  return sizeof(TypeMethodCallObject);
}

static void reprBaseObject(Value V, std::string &Out) {
  Out += "<object object at ";
  appendAddress(V.O, Out);
  Out += '>';
}
static size_t sizeBaseObject(const Object *) { return sizeof(Object); }

namespace pyr {
namespace types {
const TypeObject Type{"type",  nullptr, reprType, nullptr,
                      nullptr, nullptr, nullptr,  nullptr,
                      0,       nullptr, nullptr,  builtin_type};
const TypeObject BoundMethod{"builtin_function_or_method",
                             nullptr,
                             reprBoundMethod,
                             nullptr,
                             traceBoundMethod,
                             nullptr,
                             sizeBoundMethod};
const TypeObject MethodDescriptor{
    "method_descriptor", nullptr, reprDescriptor, nullptr, nullptr, nullptr,
    sizeDescriptor};
const TypeObject TypeMethodCall{"method",
                                nullptr,
                                reprTypeMethodCall,
                                nullptr,
                                traceTypeMethodCall,
                                nullptr,
                                sizeTypeMethodCall};
const TypeObject BaseObject{"object", nullptr, reprBaseObject, nullptr,
                            nullptr,  nullptr, sizeBaseObject, nullptr,
                            0,        nullptr, nullptr,        builtin_object};
} // namespace types
} // namespace pyr

const TypeObject *pyr::publicType(const TypeObject *T) {
  if (T == &types::BigInt)
    return &types::Int;
  if (T == &types::BoundMethod)
    return &types::BuiltinFunction;
  return T;
}

bool pyr::isSubtype(const TypeObject *T, const TypeObject *Of) {
  if (Of == &types::BaseObject)
    return true;
  for (T = publicType(T); T; T = T->Base)
    if (T == Of)
      return true;
  return false;
}

//===----------------------------------------------------------------------===//
// int and float methods
//===----------------------------------------------------------------------===//

static bool noArgs(VM &M, const char *Qual, unsigned N) {
  return typeError(M, Twine(Qual) + "() takes no arguments (" + Twine(N - 1) +
                          " given)");
}

static bool intBitLength(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return noArgs(M, "int.bit_length", N);
  Value V = Args[0];
  if (isBigInt(V)) {
    Result = Value::integer(int64_t(mpz_sizeinbase(bigOf(V), 2)));
    return true;
  }
  uint64_t U = V.I < 0 ? 0 - static_cast<uint64_t>(V.I) : uint64_t(V.I);
  Result = Value::integer(U ? 64 - __builtin_clzll(U) : 0);
  return true;
}

static bool intBitCount(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return noArgs(M, "int.bit_count", N);
  Value V = Args[0];
  if (isBigInt(V)) {
    Mpz A;
    mpz_abs(A.Z, bigOf(V));
    Result = Value::integer(int64_t(mpz_popcount(A.Z)));
    return true;
  }
  uint64_t U = V.I < 0 ? 0 - static_cast<uint64_t>(V.I) : uint64_t(V.I);
  Result = Value::integer(__builtin_popcountll(U));
  return true;
}

/// The int value of an int or bool (int.conjugate, .real, .numerator).
static Value plainInt(Value V) { return V.isBool() ? Value::integer(V.I) : V; }

static bool intConjugate(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return noArgs(M, "int.conjugate", N);
  Result = plainInt(Args[0]);
  return true;
}

static bool floatIsInteger(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return noArgs(M, "float.is_integer", N);
  double D = Args[0].F;
  Result = Value::boolean(std::isfinite(D) && std::floor(D) == D);
  return true;
}

static bool floatConjugate(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return noArgs(M, "float.conjugate", N);
  Result = Args[0];
  return true;
}

static Value pairValue(VM &M, Value A, Value B) {
  TupleObject *T = M.newTuple(2);
  T->Items[0] = A;
  T->Items[1] = B;
  return Value::object(T);
}

static bool intAbs(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return typeError(M, "expected 0 arguments, got " + Twine(N - 1));
  return builtin_abs(M, Args, 1, Result);
}

static bool intAsIntegerRatio(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return noArgs(M, "int.as_integer_ratio", N);
  Result = pairValue(M, plainInt(Args[0]), Value::integer(1));
  return true;
}

/// CPython's float_as_integer_ratio: the mantissa doubled until it is an
/// integer (then odd, so the fraction is in lowest terms).
static bool floatAsIntegerRatio(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return noArgs(M, "float.as_integer_ratio", N);
  double D = Args[0].F;
  if (std::isinf(D))
    return M.raise(ExcKind::OverflowError,
                   "cannot convert Infinity to integer ratio");
  if (std::isnan(D))
    return M.raise(ExcKind::ValueError, "cannot convert NaN to integer ratio");
  int Exp;
  double Part = std::frexp(D, &Exp);
  for (int I = 0; I < 300 && Part != std::floor(Part); ++I) {
    Part *= 2.0;
    --Exp;
  }
  Mpz Num, Den;
  mpz_set_d(Num.Z, Part);
  mpz_set_ui(Den.Z, 1);
  if (Exp > 0)
    mpz_mul_2exp(Num.Z, Num.Z, Exp);
  else
    mpz_mul_2exp(Den.Z, Den.Z, -Exp);
  Value NumV = M.newInt(Num.Z);
  Result = pairValue(M, NumV, M.newInt(Den.Z));
  return true;
}

/// CPython's float_hex.
static bool floatHex(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return noArgs(M, "float.hex", N);
  double X = Args[0].F;
  std::string Out;
  if (std::isnan(X) || std::isinf(X)) {
    appendFloatRepr(X, Out);
  } else if (X == 0) {
    Out = std::signbit(X) ? "-0x0.0p+0" : "0x0.0p+0";
  } else {
    int E;
    double Mant = std::frexp(std::fabs(X), &E);
    int Shift = 1 - std::max(-1021 - E, 0);
    Mant = std::ldexp(Mant, Shift);
    E -= Shift;
    static const char Hex[] = "0123456789abcdef";
    if (X < 0)
      Out += '-';
    Out += "0x";
    Out += Hex[int(Mant)];
    Mant -= int(Mant);
    Out += '.';
    for (int I = 0; I < 13; ++I) {
      Mant *= 16.0;
      Out += Hex[int(Mant)];
      Mant -= int(Mant);
    }
    Out += 'p';
    Out += E < 0 ? '-' : '+';
    Out += std::to_string(E < 0 ? -E : E);
  }
  Result = strValue(M, Out);
  return true;
}

/// float.fromhex(s), correctly rounded (half to even) as CPython's
/// float_fromhex.
static bool floatFromHex(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 2)
    return typeError(M, "float.fromhex() takes exactly one argument (" +
                            Twine(N - 1) + " given)");
  if (!isStr(Args[1]))
    return typeError(M, Twine("bad argument type for built-in operation"));
  StringRef S = asStr(Args[1])->str();
  auto Invalid = [&] {
    return M.raise(ExcKind::ValueError,
                   "invalid hexadecimal floating-point string");
  };
  S = S.trim(" \t\n\r\f\v");
  bool Neg = false;
  if (!S.empty() && (S[0] == '-' || S[0] == '+')) {
    Neg = S[0] == '-';
    S = S.drop_front();
  }
  if (S.equals_insensitive("inf") || S.equals_insensitive("infinity")) {
    Result = Value::real(Neg ? -HUGE_VAL : HUGE_VAL);
    return true;
  }
  if (S.equals_insensitive("nan")) {
    Result = Value::real(Neg ? -NAN : NAN);
    return true;
  }
  if (S.size() >= 2 && S[0] == '0' && (S[1] == 'x' || S[1] == 'X'))
    S = S.drop_front(2);
  Mpz Mant;
  int64_t FracDigits = 0, NumDigits = 0;
  bool SeenDot = false;
  size_t I = 0;
  for (; I < S.size(); ++I) {
    char C = S[I];
    if (C == '.' && !SeenDot) {
      SeenDot = true;
      continue;
    }
    if (!llvm::isHexDigit(C))
      break;
    mpz_mul_2exp(Mant.Z, Mant.Z, 4);
    mpz_add_ui(Mant.Z, Mant.Z, llvm::hexDigitValue(C));
    ++NumDigits;
    if (SeenDot)
      ++FracDigits;
  }
  if (NumDigits == 0)
    return Invalid();
  int64_t Exp = 0;
  if (I < S.size() && (S[I] == 'p' || S[I] == 'P')) {
    ++I;
    bool ENeg = false;
    if (I < S.size() && (S[I] == '-' || S[I] == '+'))
      ENeg = S[I++] == '-';
    size_t Start = I;
    for (; I < S.size() && S[I] >= '0' && S[I] <= '9'; ++I)
      if (Exp < (int64_t(1) << 40))
        Exp = Exp * 10 + (S[I] - '0');
    if (I == Start)
      return Invalid();
    if (ENeg)
      Exp = -Exp;
  }
  if (I != S.size())
    return Invalid();
  double D = 0;
  if (mpz_sgn(Mant.Z) != 0) {
    int64_t E = Exp - 4 * FracDigits;
    int64_t Bits = int64_t(mpz_sizeinbase(Mant.Z, 2));
    int64_t Top = Bits - 1 + E;
    if (Top > 1024)
      return M.raise(ExcKind::OverflowError,
                     "hexadecimal value too large to represent as a float");
    int64_t Lsb = std::max<int64_t>(Top - 52, -1074);
    int64_t Shift = Lsb - E;
    if (Shift > Bits + 1) {
      D = 0;
    } else if (Shift <= 0) {
      D = std::ldexp(mpz_get_d(Mant.Z), int(E));
    } else {
      Mpz Q, Rem;
      mpz_fdiv_q_2exp(Q.Z, Mant.Z, Shift);
      mpz_fdiv_r_2exp(Rem.Z, Mant.Z, Shift);
      Mpz Half;
      mpz_setbit(Half.Z, Shift - 1);
      int C = mpz_cmp(Rem.Z, Half.Z);
      if (C > 0 || (C == 0 && mpz_odd_p(Q.Z)))
        mpz_add_ui(Q.Z, Q.Z, 1);
      D = std::ldexp(mpz_get_d(Q.Z), int(Lsb));
    }
    if (std::isinf(D))
      return M.raise(ExcKind::OverflowError,
                     "hexadecimal value too large to represent as a float");
  }
  Result = Value::real(Neg ? -D : D);
  return true;
}

#define METHOD(Name, Fn)                                                       \
  { {&types::BuiltinFunction, nullptr, true}, Name, Fn }
const BuiltinFunctionObject pyr::IntMethods[NumIntMethods] = {
    METHOD("bit_length", intBitLength),
    METHOD("bit_count", intBitCount),
    METHOD("conjugate", intConjugate),
    METHOD("as_integer_ratio", intAsIntegerRatio),
    METHOD("__abs__", intAbs),
};
const BuiltinFunctionObject pyr::FloatMethods[NumFloatMethods] = {
    METHOD("is_integer", floatIsInteger),
    METHOD("conjugate", floatConjugate),
    METHOD("as_integer_ratio", floatAsIntegerRatio),
    METHOD("hex", floatHex),
    METHOD("fromhex", floatFromHex),
};
#undef METHOD

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

/// Whether CPython 3.11 has attribute \p Name on instances of the type
/// named \p TypeName (from CPythonAttrs.def); -1 if the table does not
/// know the type.
static int cpythonHasAttr(StringRef TypeName, StringRef Name) {
  const char *Names = nullptr;
#define TYPE_ATTRS(TName, TNames)                                              \
  if (TypeName == #TName)                                                      \
    Names = TNames;
#include "pyr/VM/CPythonAttrs.def"
  if (!Names)
    return -1;
  StringRef S(Names);
  while (!S.empty()) {
    auto [Word, Rest] = S.split(' ');
    if (Word == Name)
      return 1;
    S = Rest;
  }
  return 0;
}

/// The error for attribute \p Name that \p V does not have in pyr: CPython's
/// AttributeError if CPython lacks it too, else a refusal.
static bool missingAttr(VM &M, Value V, StringRef Name) {
  bool IsType = isType(V);
  const char *TName = IsType ? asType(V)->Name : publicType(typeOf(V))->Name;
  int Has = cpythonHasAttr(TName, Name);
  if (IsType && Has == 0)
    Has = cpythonHasAttr("type", Name);
  if (Has != 0)
    return M.raise(ExcKind::NotImplementedError,
                   Twine("attribute '") + Name + "' of '" +
                       (IsType ? "type" : TName) +
                       "' objects is not supported yet");
  if (IsType)
    M.raise(ExcKind::AttributeError, Twine("type object '") + TName +
                                         "' has no attribute '" + Name + "'");
  else
    M.raise(ExcKind::AttributeError,
            Twine("'") + TName + "' object has no attribute '" + Name + "'");
  M.PendingSuggestion = suggestAttribute(TName, Name);
  return false;
}

/// The attributes of instances that are not methods: 1 found, 0 not.
static int dataAttr(VM &M, Value V, StringRef Name, Value &Out) {
  if (Name == "__class__") {
    Out = typeValue(V);
    return 1;
  }
  const TypeObject *T = typeOf(V);
  if (V.isIntLike() || T == &types::BigInt) {
    if (Name == "real" || Name == "numerator") {
      Out = plainInt(V);
      return 1;
    }
    if (Name == "imag") {
      Out = Value::integer(0);
      return 1;
    }
    if (Name == "denominator") {
      Out = Value::integer(1);
      return 1;
    }
    return 0;
  }
  if (V.isFloat()) {
    if (Name == "real") {
      Out = V;
      return 1;
    }
    if (Name == "imag") {
      Out = Value::real(0.0);
      return 1;
    }
    return 0;
  }
  if (T == &types::Range) {
    Value Parts[4];
    rangeValues(asRange(V), Parts);
    if (Name == "start")
      Out = Parts[0];
    else if (Name == "stop")
      Out = Parts[1];
    else if (Name == "step")
      Out = Parts[2];
    else
      return 0;
    return 1;
  }
  if (T == &types::Slice) {
    auto *S = static_cast<SliceObject *>(V.O);
    if (Name == "start")
      Out = S->Start;
    else if (Name == "stop")
      Out = S->Stop;
    else if (Name == "step")
      Out = S->Step;
    else
      return 0;
    return 1;
  }
  if (T == &types::Function) {
    auto *F = static_cast<FunctionObject *>(V.O);
    const CodeObject &C = *F->LC->Code;
    if (Name == "__dict__") {
      if (!F->Attrs)
        F->Attrs = newDict(M);
      Out = Value::object(F->Attrs);
      return 1;
    }
    if (F->Attrs && F->Attrs->Used) {
      int Found = dictGet(M, F->Attrs, strValue(M, Name), Out);
      if (Found)
        return Found;
    }
    if (Name == "__name__")
      Out = strValue(M, C.Name);
    else if (Name == "__qualname__")
      Out = strValue(M, C.qualName());
    else if (Name == "__module__")
      Out = strValue(M, "__main__");
    else
      return 0;
    return 1;
  }
  if (T == &types::BuiltinFunction) {
    auto *B = static_cast<BuiltinFunctionObject *>(V.O);
    if (Name == "__name__" || Name == "__qualname__")
      Out = strValue(M, B->Name);
    else if (Name == "__module__")
      Out = strValue(M, "builtins");
    else
      return 0;
    return 1;
  }
  if (T == &types::BoundMethod) {
    auto *B = static_cast<BoundMethodObject *>(V.O);
    if (Name == "__name__") {
      Out = strValue(M, B->Fn->Name);
    } else if (Name == "__qualname__") {
      const TypeObject *Owner = isType(B->Self)
                                    ? asType(B->Self)
                                    : methodOwner(typeOf(B->Self), B->Fn);
      Out = strValue(
          M, (Twine(Owner ? publicType(Owner)->Name : "") + "." + B->Fn->Name)
                 .str());
    } else if (Name == "__self__") {
      Out = B->Self;
    } else {
      return 0;
    }
    return 1;
  }
  if (T == &types::MethodDescriptor) {
    auto *D = static_cast<MethodDescriptorObject *>(V.O);
    if (Name == "__name__")
      Out = strValue(M, D->Fn->Name);
    else if (Name == "__qualname__")
      Out = strValue(M, (Twine(D->Owner->Name) + "." + D->Fn->Name).str());
    else if (Name == "__objclass__")
      Out = Value::object(const_cast<TypeObject *>(D->Owner));
    else
      return 0;
    return 1;
  }
  return 0;
}

/// The method \p Name in the tables of \p T and its bases, or null.
static const BuiltinFunctionObject *
findMethod(const TypeObject *T, StringRef Name, const TypeObject *&Owner) {
  for (; T; T = T->Base)
    for (unsigned I = 0; I < T->NumMethods; ++I)
      if (Name == T->Methods[I].Name) {
        Owner = T;
        return &T->Methods[I];
      }
  return nullptr;
}

/// Methods that CPython binds to the class even when read from the class
/// (classmethods and staticmethods): in pyr they are ordinary methods that
/// ignore their self argument.
static bool isClassLevelMethod(const TypeObject *T, StringRef Name) {
  return (T == &types::Dict && Name == "fromkeys") ||
         (T == &types::Str && Name == "maketrans") ||
         (T == &types::Float && Name == "fromhex");
}

/// int.x and the like: 1 found, 0 not.
static int typeAttr(VM &M, const TypeObject *T, StringRef Name, Value &Out) {
  if (Name == "__name__" || Name == "__qualname__") {
    Out = strValue(M, T->Name);
    return 1;
  }
  if (Name == "__module__") {
    Out = strValue(M, "builtins");
    return 1;
  }
  if (Name == "__class__") {
    Out = Value::object(const_cast<TypeObject *>(&types::Type));
    return 1;
  }
  const TypeObject *Owner = nullptr;
  const BuiltinFunctionObject *Fn = findMethod(T, Name, Owner);
  // The ints' methods are shared with the big-int representation.
  if (!Fn)
    return 0;
  if (isClassLevelMethod(Owner, Name)) {
    auto *B = static_cast<BoundMethodObject *>(
        M.newObject(sizeof(BoundMethodObject), &types::BoundMethod));
    B->Self = Value::object(const_cast<TypeObject *>(T));
    B->Fn = Fn;
    Out = Value::object(B);
    return 1;
  }
  auto *D = static_cast<MethodDescriptorObject *>(
      M.newObject(sizeof(MethodDescriptorObject), &types::MethodDescriptor));
  D->Owner = Owner;
  D->Fn = Fn;
  Out = Value::object(D);
  return 1;
}

bool pyr::getAttr(VM &M, Value V, StringRef Name, Value &Out) {
  if (isType(V)) {
    if (typeAttr(M, asType(V), Name, Out))
      return true;
    return missingAttr(M, V, Name);
  }
  if (dataAttr(M, V, Name, Out))
    return true;
  const TypeObject *Owner = nullptr;
  if (const BuiltinFunctionObject *Fn = findMethod(typeOf(V), Name, Owner)) {
    auto *B = static_cast<BoundMethodObject *>(
        M.newObject(sizeof(BoundMethodObject), &types::BoundMethod));
    B->Self = V;
    B->Fn = Fn;
    Out = Value::object(B);
    return true;
  }
  return missingAttr(M, V, Name);
}

bool pyr::setAttr(VM &M, Value V, StringRef Name, Value X) {
  if (isType(V))
    return typeError(M, Twine("cannot set '") + Name +
                            "' attribute of immutable type '" +
                            asType(V)->Name + "'");
  const TypeObject *T = typeOf(V);
  bool Dunder = Name.size() > 4 && Name.startswith("__") && Name.endswith("__");
  if (T == &types::Function && !Dunder) {
    auto *F = static_cast<FunctionObject *>(V.O);
    if (!F->Attrs)
      F->Attrs = newDict(M);
    return dictSet(M, F->Attrs, strValue(M, Name), X);
  }
  const char *TName = publicType(T)->Name;
  if (T != &types::Function && cpythonHasAttr(TName, Name) == 0)
    return M.raise(ExcKind::AttributeError, Twine("'") + TName +
                                                "' object has no attribute '" +
                                                Name + "'");
  return M.raise(ExcKind::NotImplementedError,
                 Twine("assignment to attribute '") + Name + "' of '" + TName +
                     "' objects is not supported yet");
}

/// What LoadMethod leaves for a call of \p Attr with an extra first
/// argument to drop.
static Value dropFirstArgument(VM &M, Value Attr) {
  auto *C = static_cast<TypeMethodCallObject *>(
      M.newObject(sizeof(TypeMethodCallObject), &types::TypeMethodCall));
  C->Target = Attr;
  return Value::object(C);
}

bool pyr::lookupTypeMethod(VM &M, Value TypeV, StringRef Name, Value &Out) {
  const TypeObject *T = asType(TypeV);
  const TypeObject *Owner = nullptr;
  const BuiltinFunctionObject *Fn = findMethod(T, Name, Owner);
  if (Fn && isClassLevelMethod(Owner, Name)) {
    // The type in the self position is the class it binds to.
    Out = Value::object(const_cast<BuiltinFunctionObject *>(Fn));
    return true;
  }
  Value Attr;
  if (!getAttr(M, TypeV, Name, Attr))
    return false;
  Out = dropFirstArgument(M, Attr);
  return true;
}

bool pyr::lookupMethod(VM &M, Value V, StringRef Name, Value &Out) {
  // Method names are C strings: compare in place rather than measuring
  // each one (this runs on every method call the cache misses).
  auto Matches = [&](const char *N) {
    return !Name.empty() && N[0] == Name[0] &&
           std::strncmp(N, Name.data(), Name.size()) == 0 &&
           N[Name.size()] == '\0';
  };
  for (const TypeObject *T = typeOf(V); T; T = T->Base)
    for (unsigned I = 0; I < T->NumMethods; ++I)
      if (Matches(T->Methods[I].Name)) {
        Out =
            Value::object(const_cast<BuiltinFunctionObject *>(&T->Methods[I]));
        return true;
      }
  if (isType(V))
    return lookupTypeMethod(M, V, Name, Out);
  // obj.attr(...) for an attribute that is not a method: call its value.
  Value Attr;
  if (dataAttr(M, V, Name, Attr)) {
    Out = dropFirstArgument(M, Attr);
    return true;
  }
  return missingAttr(M, V, Name);
}

//===----------------------------------------------------------------------===//
// Calling type objects and methods
//===----------------------------------------------------------------------===//

bool VM::callBuiltin(const BuiltinFunctionObject *B, Value *Args, unsigned N,
                     Value &Result) {
  if (NumKw && !builtinTakesKeywords(B->Fn))
    return raiseNoKeywords(B, N ? Args[0] : Value::none());
  return B->Fn(*this, Args, N, Result);
}

bool VM::callOther(Value Fn, Value *Args, unsigned N, Value &Result) {
  const TypeObject *T = typeOf(Fn);
  if (T == &types::BuiltinFunction)
    return callBuiltin(static_cast<BuiltinFunctionObject *>(Fn.O), Args, N,
                       Result);
  if (T == &types::Type) {
    const TypeObject *C = asType(Fn);
    if (!C->Call)
      return typeError(*this,
                       Twine("cannot create '") + C->Name + "' instances");
    // Named as the type for the keyword errors ("list() takes no keyword
    // arguments").
    BuiltinFunctionObject B{
        {&types::BuiltinFunction, nullptr, true}, C->Name, C->Call};
    return callBuiltin(&B, Args, N, Result);
  }
  if (T == &types::BoundMethod) {
    auto *BM = static_cast<BoundMethodObject *>(Fn.O);
    // Every value here is also in a register or in the bound method, so
    // the copy needs no rooting.
    llvm::SmallVector<Value, 8> Full;
    Full.reserve(N + 1);
    Full.push_back(BM->Self);
    Full.append(Args, Args + N);
    return callBuiltin(BM->Fn, Full.data(), N + 1, Result);
  }
  if (T == &types::MethodDescriptor) {
    auto *D = static_cast<MethodDescriptorObject *>(Fn.O);
    if (N == 0)
      return typeError(*this, Twine("unbound method ") + D->Owner->Name + "." +
                                  D->Fn->Name + "() needs an argument");
    if (!isSubtype(typeOf(Args[0]), D->Owner))
      return typeError(*this,
                       Twine("descriptor '") + D->Fn->Name + "' for '" +
                           D->Owner->Name + "' objects doesn't apply to a '" +
                           publicType(typeOf(Args[0]))->Name + "' object");
    return callBuiltin(D->Fn, Args, N, Result);
  }
  if (T == &types::TypeMethodCall) {
    Value Target = static_cast<TypeMethodCallObject *>(Fn.O)->Target;
    if (Target.isObject() && Target.O->Type == &types::Function) {
      // The call's window (after the receiver) and its keywords, copied
      // off the stack, which the call may move.
      llvm::SmallVector<Value, 8> Window(Args + 1, Args + N);
      unsigned NKw = NumKw;
      Window.append(KwValues, KwValues + NKw);
      Window.append(KwNames, KwNames + NKw);
      KeywordsHidden Hidden(*this);
      return callFunction(static_cast<FunctionObject *>(Target.O),
                          Window.data(), N - 1, NKw, Result);
    }
    return callOther(Target, Args + 1, N - 1, Result);
  }
  return typeError(*this, Twine("'") + publicType(T)->Name +
                              "' object is not callable");
}

//===----------------------------------------------------------------------===//
// type(), isinstance(), issubclass(), callable(), id()
//===----------------------------------------------------------------------===//

bool pyr::builtin_type(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N == 1) {
    Result = typeValue(Args[0]);
    return true;
  }
  if (N == 3)
    return M.raise(ExcKind::NotImplementedError,
                   "type() with three arguments is not supported yet");
  return typeError(M, "type() takes 1 or 3 arguments");
}

/// isinstance(V, Cls) for a type or a (nested) tuple of types, checked in
/// order as CPython checks them.
static bool isInstance(VM &M, Value V, Value Cls, bool &Out, unsigned Depth) {
  if (isType(Cls)) {
    Out = isSubtype(typeOf(V), asType(Cls));
    return true;
  }
  if (isTuple(Cls)) {
    if (Depth >= VM::RecursionLimit)
      return M.raise(ExcKind::RecursionError,
                     "maximum recursion depth exceeded in __instancecheck__");
    TupleObject *T = asTuple(Cls);
    for (size_t I = 0; I < T->Len; ++I) {
      if (!isInstance(M, V, T->Items[I], Out, Depth + 1))
        return false;
      if (Out)
        return true;
    }
    Out = false;
    return true;
  }
  return typeError(M, "isinstance() arg 2 must be a type, a tuple of types, "
                      "or a union");
}

bool pyr::builtin_isinstance(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 2)
    return typeError(M, "isinstance expected 2 arguments, got " + Twine(N));
  bool B;
  if (!isInstance(M, Args[0], Args[1], B, 0))
    return false;
  Result = Value::boolean(B);
  return true;
}

/// issubclass(C, Cls) for a type or a (nested) tuple of types, with
/// CPython's errors: arg 2 is checked item by item, arg 1 when an item is
/// reached.
static bool isSubclass(VM &M, Value C, Value Cls, bool &Out, unsigned Depth) {
  if (isTuple(Cls)) {
    if (Depth >= VM::RecursionLimit)
      return M.raise(ExcKind::RecursionError,
                     "maximum recursion depth exceeded in __subclasscheck__");
    TupleObject *T = asTuple(Cls);
    for (size_t I = 0; I < T->Len; ++I) {
      if (!isSubclass(M, C, T->Items[I], Out, Depth + 1))
        return false;
      if (Out)
        return true;
    }
    Out = false;
    return true;
  }
  if (!isType(C))
    return typeError(M, "issubclass() arg 1 must be a class");
  if (!isType(Cls))
    return typeError(M, "issubclass() arg 2 must be a class, a tuple of "
                        "classes, or a union");
  Out = isSubtype(asType(C), asType(Cls));
  return true;
}

bool pyr::builtin_issubclass(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 2)
    return typeError(M, "issubclass expected 2 arguments, got " + Twine(N));
  bool B;
  if (!isSubclass(M, Args[0], Args[1], B, 0))
    return false;
  Result = Value::boolean(B);
  return true;
}

bool pyr::builtin_callable(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return typeError(M, "callable() takes exactly one argument (" + Twine(N) +
                            " given)");
  const TypeObject *T = typeOf(Args[0]);
  Result = Value::boolean(
      T == &types::Function || T == &types::BuiltinFunction ||
      T == &types::BoundMethod || T == &types::MethodDescriptor ||
      T == &types::TypeMethodCall || T == &types::Type);
  return true;
}

bool pyr::builtin_object(VM &M, Value *, unsigned N, Value &Result) {
  // Takes keywords only to word their error as CPython does.
  if (N != 0 || M.NumKw)
    return typeError(M, "object() takes no arguments");
  Result = Value::object(M.newObject(sizeof(Object), &types::BaseObject));
  return true;
}

bool pyr::builtin_id(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return typeError(M, "id() takes exactly one argument (" + Twine(N) +
                            " given)");
  // Heap objects are identified by their address (a multiple of 8). Ints
  // and floats are values in pyr, identical when equal (see isIdentical):
  // they get odd numbers derived from their value, so that id(a) == id(b)
  // exactly when a is b.
  Value V = Args[0];
  Mpz Z;
  if (V.isObject() && !isBigInt(V)) {
    mpz_set_ui(Z.Z,
               static_cast<unsigned long>(reinterpret_cast<uintptr_t>(V.O)));
    Result = M.newInt(Z.Z);
    return true;
  }
  unsigned Kind;
  if (isAnyInt(V) && !V.isBool()) {
    // Zigzag: 0, -1, 1, -2, ... -> 0, 1, 2, 3, ...
    Mpz Tmp;
    mpz_srcptr I = intToMpz(V, Tmp.Z);
    if (mpz_sgn(I) >= 0) {
      mpz_mul_2exp(Z.Z, I, 1);
    } else {
      mpz_neg(Z.Z, I);
      mpz_mul_2exp(Z.Z, Z.Z, 1);
      mpz_sub_ui(Z.Z, Z.Z, 1);
    }
    Kind = 1;
  } else if (V.isFloat()) {
    uint64_t Bits;
    std::memcpy(&Bits, &V.F, sizeof(Bits));
    mpz_set_ui(Z.Z, 0);
    mpz_set_ui(Z.Z, static_cast<unsigned long>(Bits >> 32));
    mpz_mul_2exp(Z.Z, Z.Z, 32);
    mpz_add_ui(Z.Z, Z.Z, static_cast<unsigned long>(Bits & 0xffffffffu));
    Kind = 3;
  } else {
    mpz_set_ui(Z.Z, V.isBool() ? static_cast<unsigned long>(V.I) : 0);
    Kind = V.isBool() ? 5 : 7;
  }
  mpz_mul_2exp(Z.Z, Z.Z, 3);
  mpz_add_ui(Z.Z, Z.Z, Kind);
  Result = M.newInt(Z.Z);
  return true;
}

//===----------------------------------------------------------------------===//
// The builtins that are classes
//===----------------------------------------------------------------------===//

const TypeObject *pyr::builtinClass(BuiltinFn Fn) {
  static const TypeObject *const Classes[] = {
      &types::Int,      &types::Bool,      &types::Float,     &types::Str,
      &types::List,     &types::Tuple,     &types::Range,     &types::Dict,
      &types::Set,      &types::FrozenSet, &types::Enumerate, &types::Zip,
      &types::Reversed, &types::Slice,     &types::Map,       &types::Filter,
      &types::Type,     &types::Bytes,     &types::BaseObject};
  for (const TypeObject *T : Classes)
    if (T->Call == Fn)
      return T;
  return nullptr;
}
