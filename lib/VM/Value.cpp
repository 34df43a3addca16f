//===- Value.cpp - Built-in types, repr and str ---------------------------===//

#include "VM.h"
#include "pyr/Lex/CharInfo.h"
#include "pyr/VM/Value.h"
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

using namespace pyr;

static void reprUndef(Value, std::string &Out) { Out += "<unbound>"; }
static void reprNone(Value, std::string &Out) { Out += "None"; }
static void reprBool(Value V, std::string &Out) {
  Out += V.I ? "True" : "False";
}
static void reprInt(Value V, std::string &Out) { appendIntRepr(V.I, Out); }

void pyr::appendIntReprSlow(int64_t I, std::string &Out) {
  char Buf[24];
  char *End = Buf + sizeof(Buf), *P = End;
  uint64_t U = I < 0 ? 0 - static_cast<uint64_t>(I) : uint64_t(I);
  do {
    *--P = static_cast<char>('0' + U % 10);
    U /= 10;
  } while (U);
  if (I < 0)
    *--P = '-';
  // Short numbers (the common case) go in with inline push_backs: append()
  // is an out-of-line call plus a memcpy, several times the cost of a few
  // stores. append(pointer, count), not (first, last), for the rest: the
  // latter goes through basic_string::replace.
  if (End - P <= 4) {
    for (; P != End; ++P)
      Out.push_back(*P);
    return;
  }
  Out.append(P, static_cast<size_t>(End - P));
}
/// Set when a big int's repr was cut off by the digit limit (inside a
/// container's repr, say); appendReprChecked and appendStrChecked turn it
/// into CPython's ValueError.
static thread_local bool ReprIntTooLong = false;

static void reprBigInt(Value V, std::string &Out) {
  if (!bigint::appendDecimal(bigOf(V), Out)) {
    ReprIntTooLong = true;
    Out += "...";
  }
}
static void reprFloat(Value V, std::string &Out) { appendFloatRepr(V.F, Out); }

static void reprStr(Value V, std::string &Out) {
  llvm::StringRef S = asStr(V)->str();
  // CPython prefers single quotes unless that needs escaping and double
  // quotes would not.
  char Q = S.contains('\'') && !S.contains('"') ? '"' : '\'';
  Out += Q;
  const auto *P = reinterpret_cast<const unsigned char *>(S.data());
  const auto *End = P + S.size();
  while (P < End) {
    const unsigned char *Start = P;
    uint32_t CP = decodeCodePoint(P);
    switch (CP) {
    case '\\': Out += "\\\\"; continue;
    case '\n': Out += "\\n"; continue;
    case '\r': Out += "\\r"; continue;
    case '\t': Out += "\\t"; continue;
    default:
      break;
    }
    if (CP == static_cast<unsigned char>(Q)) {
      Out += '\\';
      Out += Q;
    } else if (charinfo::isPrintable(CP)) {
      Out.append(reinterpret_cast<const char *>(Start), P - Start);
    } else {
      appendCodePointEscape(CP, Out);
    }
  }
  Out += Q;
}

void pyr::appendCodePointEscape(uint32_t CP, std::string &Out) {
  // Like CPython: \xhh below 256, else \uhhhh, else \Uhhhhhhhh.
  char Buf[11];
  if (CP < 0x100)
    snprintf(Buf, sizeof(Buf), "\\x%02x", unsigned(CP));
  else if (CP < 0x10000)
    snprintf(Buf, sizeof(Buf), "\\u%04x", unsigned(CP));
  else
    snprintf(Buf, sizeof(Buf), "\\U%08x", unsigned(CP));
  Out += Buf;
}
static void strStr(Value V, std::string &Out) { Out += asStr(V)->str(); }

static void reprCell(Value V, std::string &Out) {
  // Cells never reach Python code; shown only for completeness.
  char Buf[32];
  snprintf(Buf, sizeof(Buf), "%p", static_cast<void *>(V.O));
  Out += "<cell at ";
  Out += Buf;
  Out += '>';
}

static void reprFunction(Value V, std::string &Out) {
  auto *F = static_cast<FunctionObject *>(V.O);
  char Buf[32];
  snprintf(Buf, sizeof(Buf), "%p", static_cast<void *>(F));
  Out += "<function ";
  Out += F->LC->Code->qualName();
  Out += " at ";
  Out += Buf;
  Out += '>';
}
static void reprBuiltin(Value V, std::string &Out) {
  Out += "<built-in function ";
  Out += static_cast<BuiltinFunctionObject *>(V.O)->Name;
  Out += '>';
}

static size_t sizeStr(const Object *O) {
  return sizeof(StrObject) + static_cast<const StrObject *>(O)->Len;
}
static void traceFunction(Object *O, VM &M) {
  auto *F = static_cast<FunctionObject *>(O);
  size_t NumExtra = F->LC->Code->numFunctionExtras();
  for (size_t I = 0; I < NumExtra; ++I)
    M.markValue(F->Extra[I]);
  if (F->Attrs)
    M.markValue(Value::object(reinterpret_cast<Object *>(F->Attrs)));
}
static size_t sizeFunction(const Object *O) {
  auto *F = static_cast<const FunctionObject *>(O);
  size_t NumExtra = F->LC->Code->numFunctionExtras();
  return sizeof(FunctionObject) + (NumExtra ? NumExtra - 1 : 0) * sizeof(Value);
}
static void traceCell(Object *O, VM &M) {
  M.markValue(static_cast<CellObject *>(O)->V);
}
static size_t sizeCell(const Object *) { return sizeof(CellObject); }
static void finalizeBigInt(Object *O) {
  mpz_clear(static_cast<BigIntObject *>(O)->Z);
}
static size_t sizeBigInt(const Object *O) {
  return sizeof(BigIntObject) +
         mpz_size(static_cast<const BigIntObject *>(O)->Z) * sizeof(mp_limb_t);
}

namespace pyr {
namespace types {
const TypeObject Undef{"<unbound>", nullptr, reprUndef, nullptr};
const TypeObject NoneType{"NoneType", nullptr, reprNone, nullptr};
const TypeObject Int{"int",         nullptr, reprInt, nullptr,
                     nullptr,       nullptr, nullptr, IntMethods,
                     NumIntMethods, nullptr, nullptr, builtin_int};
const TypeObject Bool{"bool",  &Int,    reprBool, nullptr,
                      nullptr, nullptr, nullptr,  nullptr,
                      0,       nullptr, nullptr,  builtin_bool};
// Not a subclass of Int: a distinct representation of the same Python
// type (see publicType).
const TypeObject BigInt{"int",      nullptr,    reprBigInt,
                        nullptr,    nullptr,    finalizeBigInt,
                        sizeBigInt, IntMethods, NumIntMethods};
const TypeObject Float{"float",         nullptr, reprFloat, nullptr,
                       nullptr,         nullptr, nullptr,   FloatMethods,
                       NumFloatMethods, nullptr, nullptr,   builtin_float};
const TypeObject Str{"str",         nullptr, reprStr, strStr,
                     nullptr,       nullptr, sizeStr, StrMethods,
                     NumStrMethods, strIter, nullptr, builtin_str};
const TypeObject Function{"function",    nullptr, reprFunction, nullptr,
                          traceFunction, nullptr, sizeFunction};
const TypeObject Cell{"cell",    nullptr, reprCell, nullptr,
                      traceCell, nullptr, sizeCell};
const TypeObject BuiltinFunction{"builtin_function_or_method", nullptr,
                                 reprBuiltin, nullptr};
} // namespace types
} // namespace pyr

void pyr::appendRepr(Value V, std::string &Out) { typeOf(V)->Repr(V, Out); }

bool pyr::strLimitError(VM &M) {
  return M.raise(ExcKind::ValueError,
                 "Exceeds the limit (4300 digits) for integer string "
                 "conversion; use sys.set_int_max_str_digits() to increase "
                 "the limit");
}

/// The errors a repr or str can end in, raised after the text is built:
/// nesting too deep, an int with too many digits.
static bool checkReprErrors(VM &M) {
  bool TooLong = ReprIntTooLong;
  ReprIntTooLong = false;
  if (takeReprTooDeep())
    return reprTooDeepError(M);
  if (TooLong)
    return strLimitError(M);
  return true;
}

bool pyr::appendReprChecked(VM &M, Value V, std::string &Out) {
  // Immediates and strs cannot fail (and this is execute()'s result path).
  if (!V.isObject() || isStr(V)) {
    appendRepr(V, Out);
    return true;
  }
  ReprIntTooLong = false;
  takeReprTooDeep();
  appendRepr(V, Out);
  return checkReprErrors(M);
}

bool pyr::appendStrChecked(VM &M, Value V, std::string &Out) {
  if (!V.isObject() || isStr(V)) {
    appendStr(V, Out);
    return true;
  }
  ReprIntTooLong = false;
  takeReprTooDeep();
  appendStr(V, Out);
  return checkReprErrors(M);
}

void pyr::appendStr(Value V, std::string &Out) {
  const TypeObject *T = typeOf(V);
  (T->Str ? T->Str : T->Repr)(V, Out);
}

/// CPython's float repr: the shortest digit string that round-trips, shown
/// in fixed notation when the decimal exponent is in (-4, 16], otherwise
/// in scientific notation with a signed, at least two-digit exponent.
void pyr::appendFloatRepr(double D, std::string &Out) {
  if (std::isnan(D)) {
    Out += "nan";
    return;
  }
  if (std::isinf(D)) {
    Out += D < 0 ? "-inf" : "inf";
    return;
  }
  if (D == 0) {
    Out += std::signbit(D) ? "-0.0" : "0.0";
    return;
  }
  char Buf[64];
  auto R = std::to_chars(Buf, Buf + sizeof(Buf), D,
                         std::chars_format::scientific);
  // Buf holds "[-]d[.ddd]e[+-]xx".
  char *P = Buf;
  if (*P == '-') {
    Out += '-';
    ++P;
  }
  char Digits[32];
  unsigned NDigits = 0;
  while (*P != 'e') {
    if (*P != '.')
      Digits[NDigits++] = *P;
    ++P;
  }
  const char *ExpStart = P + 1 + (P[1] == '+');
  int Exp = 0;
  std::from_chars(ExpStart, R.ptr, Exp);
  int DecPt = Exp + 1; // Digits are 0.d1d2... * 10^DecPt.
  if (DecPt > -4 && DecPt <= 16) {
    if (DecPt <= 0) {
      Out += "0.";
      Out.append(static_cast<size_t>(-DecPt), '0');
      Out.append(Digits, NDigits);
    } else if (static_cast<unsigned>(DecPt) >= NDigits) {
      Out.append(Digits, NDigits);
      Out.append(static_cast<size_t>(DecPt) - NDigits, '0');
      Out += ".0";
    } else {
      Out.append(Digits, static_cast<size_t>(DecPt));
      Out += '.';
      Out.append(Digits + DecPt, NDigits - static_cast<size_t>(DecPt));
    }
    return;
  }
  Out += Digits[0];
  if (NDigits > 1) {
    Out += '.';
    Out.append(Digits + 1, NDigits - 1);
  }
  char ExpBuf[16];
  snprintf(ExpBuf, sizeof(ExpBuf), "e%c%02d", Exp < 0 ? '-' : '+',
           Exp < 0 ? -Exp : Exp);
  Out += ExpBuf;
}
