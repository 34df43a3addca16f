//===- Builtins.cpp - Built-in functions ----------------------------------===//

#include "Format.h"
#include "VM.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/SaveAndRestore.h"
#include "llvm/Support/raw_ostream.h"
#include <charconv>
#include <cinttypes>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace pyr;

/// Whether stdout writes lone surrogates U+DC80..U+DCFF as the bytes 0x80..
/// 0xFF, as CPython's does (its "surrogateescape" error handler) in the C
/// and POSIX locales and in the UTF-8 locales it coerces them to.
static bool stdoutEscapesSurrogates() {
  static const bool Escapes = [] {
    // The environment's locale, as CPython sets it at start-up; pyr itself
    // keeps the C locale. An unknown locale leaves it at C.
    const char *Loc = setlocale(LC_CTYPE, "");
    std::string Name = Loc ? Loc : "C";
    setlocale(LC_CTYPE, "C");
    return Name == "C" || Name == "POSIX" || Name == "C.UTF-8" ||
           Name == "C.utf8" || Name == "UTF-8";
  }();
  return Escapes;
}

/// Encodes the str piece Buf[Start..] for stdout as CPython's text stdout
/// does: UTF-8 cannot encode lone surrogates, which raise
/// UnicodeEncodeError (after what came before the piece is written), or,
/// where stdout escapes them, U+DC80..U+DCFF become single bytes. False if
/// it raised.
static bool encodeForStdout(VM &M, std::string &Buf, size_t Start) {
  // Every surrogate's 3-byte form starts with 0xED: most strs are ruled out
  // by one memchr instead of decoding every code point print() writes.
  if (!llvm::StringRef(Buf).drop_front(Start).contains('\xED'))
    return true;
  std::string Out;
  const auto *P = reinterpret_cast<const unsigned char *>(Buf.data() + Start);
  const auto *End =
      reinterpret_cast<const unsigned char *>(Buf.data()) + Buf.size();
  auto IsSurrogate = [](uint32_t CP) { return CP >= 0xD800 && CP <= 0xDFFF; };
  for (size_t Index = 0; P < End;) {
    const unsigned char *CharStart = P;
    uint32_t CP = decodeCodePoint(P);
    if (!IsSurrogate(CP)) {
      Out.append(reinterpret_cast<const char *>(CharStart), P - CharStart);
      ++Index;
      continue;
    }
    // CPython's encoder takes the whole run of surrogates: escaping, it
    // writes the escapable ones at its start, and the error covers the
    // rest of the run.
    std::vector<uint32_t> Run{CP};
    while (P < End) {
      const unsigned char *Q = P;
      uint32_t Next = decodeCodePoint(Q);
      if (!IsSurrogate(Next))
        break;
      Run.push_back(Next);
      P = Q;
    }
    size_t Escaped = 0;
    if (stdoutEscapesSurrogates())
      while (Escaped < Run.size() && Run[Escaped] >= 0xDC80 &&
             Run[Escaped] <= 0xDCFF)
        Out += static_cast<char>(Run[Escaped++] - 0xDC00);
    Index += Escaped;
    if (Escaped == Run.size())
      continue;
    Run.erase(Run.begin(), Run.begin() + Escaped);
    Buf.resize(Start);
    *M.Out << Buf;
    if (Run.size() == 1) {
      char Hex[8];
      snprintf(Hex, sizeof(Hex), "%04x", unsigned(Run[0]));
      return M.raise(ExcKind::UnicodeEncodeError,
                     llvm::Twine("'utf-8' codec can't encode character '\\u") +
                         Hex + "' in position " + llvm::Twine(Index) +
                         ": surrogates not allowed");
    }
    return M.raise(ExcKind::UnicodeEncodeError,
                   "'utf-8' codec can't encode characters in position " +
                       llvm::Twine(Index) + "-" +
                       llvm::Twine(Index + Run.size() - 1) +
                       ": surrogates not allowed");
  }
  Buf.resize(Start);
  Buf += Out;
  return true;
}

/// print(*args, sep=' ', end='\n', file=None, flush=False): str() of each
/// argument, separated by sep, then end. Like CPython's text stdout, each
/// piece is encoded as it is written, so a str that UTF-8 cannot encode
/// stops the output there.
bool pyr::builtin_print(VM &M, Value *Args, unsigned N, Value &Result) {
  Value Sep = Value::none(), End = Value::none(), File = Value::none();
  bool Flush = false;
  // As CPython: every keyword name first, then sep, end and file, in that
  // order whatever the call's order.
  for (unsigned K = 0; K < M.NumKw; ++K) {
    llvm::StringRef Name = asStr(M.KwNames[K])->str();
    Value V = M.KwValues[K];
    if (Name == "sep")
      Sep = V;
    else if (Name == "end")
      End = V;
    else if (Name == "file")
      File = V;
    else if (Name == "flush")
      Flush = isTruthy(V);
    else
      return M.raise(ExcKind::TypeError, "'" + Name +
                                             "' is an invalid keyword "
                                             "argument for print()");
  }
  for (auto [Name, V] : {std::pair<const char *, Value>{"sep", Sep},
                         std::pair<const char *, Value>{"end", End}})
    if (!V.isNone() && !isStr(V))
      return M.raise(ExcKind::TypeError, llvm::Twine(Name) +
                                             " must be None or a string, "
                                             "not " +
                                             typeOf(V)->Name);
  // No pyr object has a write() method.
  if (!File.isNone())
    return M.raise(ExcKind::AttributeError, llvm::Twine("'") +
                                                typeOf(File)->Name +
                                                "' object has no attribute "
                                                "'write'");
  std::string &Buf = M.Scratch;
  Buf.clear();
  auto AppendText = [&](Value Piece, llvm::StringRef Default) {
    size_t Start = Buf.size();
    if (Piece.isNone()) {
      Buf += Default;
      return true;
    }
    Buf += asStr(Piece)->str();
    return encodeForStdout(M, Buf, Start);
  };
  for (unsigned I = 0; I < N; ++I) {
    if (I && !AppendText(Sep, " "))
      return false;
    size_t Start = Buf.size();
    if (!appendStrChecked(M, Args[I], Buf)) {
      // What came before is written, as CPython's print does.
      Buf.resize(Start);
      *M.Out << Buf;
      return false;
    }
    if (isStr(Args[I]) && !encodeForStdout(M, Buf, Start))
      return false;
  }
  if (!AppendText(End, "\n"))
    return false;
  *M.Out << Buf;
  if (Flush)
    M.Out->flush();
  Result = Value::none();
  return true;
}

/// Argument Clinic's binding (_PyArg_UnpackKeywords) for a builtin with
/// named parameters \p Names, the first \p PosOnly positional-only and
/// the first \p MinPos required: the \p N positional arguments and the
/// call's keywords into \p Out (undef where not given), or CPython's
/// TypeError, checked in CPython's order.
static bool clinicArgs(VM &M, const char *Fn, const Value *Args, unsigned N,
                       llvm::ArrayRef<llvm::StringRef> Names, unsigned PosOnly,
                       unsigned MinPos, Value *Out) {
  unsigned Max = static_cast<unsigned>(Names.size());
  if (N + M.NumKw > Max)
    return M.raise(ExcKind::TypeError,
                   llvm::Twine(Fn) + "() takes at most " + llvm::Twine(Max) +
                       " argument" + (Max == 1 ? "" : "s") + " (" +
                       llvm::Twine(N + M.NumKw) + " given)");
  auto FindKw = [&](llvm::StringRef Name) -> int {
    for (unsigned K = 0; K < M.NumKw; ++K)
      if (asStr(M.KwNames[K])->str() == Name)
        return static_cast<int>(K);
    return -1;
  };
  unsigned Used = 0;
  for (unsigned I = 0; I < Max; ++I) {
    Out[I] = I < N ? Args[I] : Value::undef();
    if (I < N || I < PosOnly)
      continue;
    int K = FindKw(Names[I]);
    if (K >= 0) {
      Out[I] = M.KwValues[K];
      ++Used;
    } else if (I < MinPos) {
      return M.raise(ExcKind::TypeError,
                     llvm::Twine(Fn) + "() missing required argument '" +
                         Names[I] + "' (pos " + llvm::Twine(I + 1) + ")");
    }
  }
  if (Used == M.NumKw)
    return true;
  for (unsigned I = PosOnly; I < N; ++I)
    if (FindKw(Names[I]) >= 0)
      return M.raise(ExcKind::TypeError, llvm::Twine("argument for ") + Fn +
                                             "() given by name ('" + Names[I] +
                                             "') and position (" +
                                             llvm::Twine(I + 1) + ")");
  for (unsigned K = 0; K < M.NumKw; ++K) {
    llvm::StringRef Name = asStr(M.KwNames[K])->str();
    if (!llvm::is_contained(Names.drop_front(PosOnly), Name))
      return M.raise(ExcKind::TypeError, "'" + Name +
                                             "' is an invalid keyword "
                                             "argument for " +
                                             Fn + "()");
  }
  return true;
}

bool pyr::builtinTakesKeywords(BuiltinFn Fn) {
  return Fn == builtin_print || Fn == builtin_object || Fn == builtin_sorted ||
         Fn == builtin_min || Fn == builtin_max || Fn == builtin_dict ||
         Fn == builtin_enumerate || Fn == builtin_int || Fn == builtin_round ||
         containerMethodTakesKeywords(Fn) || strMethodTakesKeywords(Fn) ||
         bytesMethodTakesKeywords(Fn) || isDictUpdateMethod(Fn);
}

bool pyr::takeKeywords(
    VM &M, const char *FnName,
    std::initializer_list<std::pair<llvm::StringRef, Value *>> Slots) {
  for (unsigned K = 0; K < M.NumKw; ++K) {
    llvm::StringRef Name = asStr(M.KwNames[K])->str();
    bool Found = false;
    for (const auto &Slot : Slots)
      if (Slot.first == Name) {
        *Slot.second = M.KwValues[K];
        Found = true;
      }
    if (!Found)
      return M.raise(ExcKind::TypeError,
                     "'" + Name + "' is an invalid keyword argument for " +
                         FnName + "()");
  }
  return true;
}

bool VM::raiseNoKeywords(const BuiltinFunctionObject *B, Value First) {
  // A method is named by its type, as CPython names it ("str.find").
  std::string Name = B->Name;
  // A class method (dict.fromkeys) is called with its type as self.
  const TypeObject *Self = First.isObject() && First.O->Type == &types::Type
                               ? static_cast<const TypeObject *>(First.O)
                               : typeOf(First);
  for (const TypeObject *T = Self; T; T = T->Base)
    if (B >= T->Methods && B < T->Methods + T->NumMethods) {
      Name = std::string(T->Name) + "." + Name;
      break;
    }
  // Builtins that take keyword arguments in CPython but not in pyr yet must
  // not claim CPython's "takes no keyword arguments".
  static const char *const CPythonTakesKeywords[] = {
      "max", "min", "pow", "sorted", "str", "sum", "type", "zip"};
  for (const char *K : CPythonTakesKeywords)
    if (Name == K)
      return raise(ExcKind::NotImplementedError,
                   "keyword arguments to " + Name + "() are not supported yet");
  return raise(ExcKind::TypeError, Name + "() takes no keyword arguments");
}

//===----------------------------------------------------------------------===//
// One-argument builtins
//===----------------------------------------------------------------------===//

/// CPython's error for a builtin that takes exactly one argument.
static bool exactlyOneArgument(VM &M, const char *Name, unsigned N) {
  return M.raise(ExcKind::TypeError, llvm::Twine(Name) +
                                         "() takes exactly one argument (" +
                                         llvm::Twine(N) + " given)");
}

/// The error for a value used where an integer index is required.
static bool notAnInteger(VM &M, Value V) {
  return M.raise(ExcKind::TypeError, llvm::Twine("'") + typeOf(V)->Name +
                                         "' object cannot be interpreted as "
                                         "an integer");
}

static Value newString(VM &M, llvm::StringRef S) {
  return Value::object(M.newStr(S));
}

bool pyr::builtin_abs(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, "abs", N);
  Value V = Args[0];
  if (V.isIntLike() && V.I != INT64_MIN) {
    Result = Value::integer(V.I < 0 ? -V.I : V.I);
    return true;
  }
  if (isAnyInt(V)) {
    Mpz T, Z;
    mpz_abs(Z, intToMpz(V, T));
    Result = M.newInt(Z);
    return true;
  }
  if (V.isFloat()) {
    Result = Value::real(std::fabs(V.F));
    return true;
  }
  return M.raise(ExcKind::TypeError, llvm::Twine("bad operand type for abs(): '") +
                                         typeOf(V)->Name + "'");
}

/// len() of what is not a container or a str: bytes, or CPython's error.
LLVM_ATTRIBUTE_NOINLINE static bool lenOther(VM &M, Value V, Value &Result) {
  if (isBytes(V)) {
    Result = Value::integer(int64_t(asBytes(V)->Len));
    return true;
  }
  return M.raise(ExcKind::TypeError, llvm::Twine("object of type '") +
                                         typeOf(V)->Name + "' has no len()");
}

bool pyr::builtin_len(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, "len", N);
  Value V = Args[0];
  if (isList(V) || isTuple(V)) {
    Result = Value::integer(isList(V) ? int64_t(asList(V)->Len)
                                      : int64_t(asTuple(V)->Len));
    return true;
  }
  if (isRange(V)) {
    int64_t Len;
    if (!rangeLength(M, asRange(V), Len))
      return false;
    Result = Value::integer(Len);
    return true;
  }
  if (int64_t Len = dictSetLen(V); Len >= 0) {
    Result = Value::integer(Len);
    return true;
  }
  if (!isStr(Args[0]))
    return lenOther(M, V, Result);
  StrObject *S = asStr(Args[0]);
  Result = Value::integer(strIsAscii(S) ? int64_t(S->Len)
                                        : codePointCount(S->str()));
  return true;
}

bool pyr::builtin_chr(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, "chr", N);
  if (!isAnyInt(Args[0]))
    return notAnInteger(M, Args[0]);
  if (isBigInt(Args[0]) || Args[0].I != static_cast<int>(Args[0].I))
    return M.raise(ExcKind::OverflowError,
                   "Python int too large to convert to C int");
  int64_t CP = Args[0].I;
  if (CP < 0 || CP > 0x10FFFF)
    return M.raise(ExcKind::ValueError, "chr() arg not in range(0x110000)");
  std::string S;
  appendUTF8(static_cast<uint32_t>(CP), S);
  Result = newString(M, S);
  return true;
}

bool pyr::builtin_ord(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, "ord", N);
  if (isBytes(Args[0])) {
    BytesObject *Bs = asBytes(Args[0]);
    if (Bs->Len != 1)
      return M.raise(ExcKind::TypeError,
                     "ord() expected a character, but string of length " +
                         llvm::Twine(Bs->Len) + " found");
    Result = Value::integer(static_cast<unsigned char>(Bs->Data[0]));
    return true;
  }
  if (!isStr(Args[0]))
    return M.raise(ExcKind::TypeError,
                   llvm::Twine("ord() expected string of length 1, but ") +
                       typeOf(Args[0])->Name + " found");
  llvm::StringRef S = asStr(Args[0])->str();
  int64_t Count = codePointCount(S);
  if (Count != 1)
    return M.raise(ExcKind::TypeError,
                   "ord() expected a character, but string of length " +
                       llvm::Twine(Count) + " found");
  const auto *P = reinterpret_cast<const unsigned char *>(S.data());
  Result = Value::integer(decodeCodePoint(P));
  return true;
}

/// hex(), oct() and bin(): the prefix, then the magnitude's digits.
static bool formatBase(VM &M, const char *Name, unsigned Shift,
                       const char *Prefix, Value *Args, unsigned N,
                       Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, Name, N);
  if (isBigInt(Args[0])) {
    std::string S;
    bigint::appendInBase(bigOf(Args[0]), 1 << Shift, Prefix, S);
    Result = newString(M, S);
    return true;
  }
  if (!Args[0].isIntLike())
    return notAnInteger(M, Args[0]);
  int64_t V = Args[0].I;
  uint64_t U = V < 0 ? 0 - static_cast<uint64_t>(V) : uint64_t(V);
  char Buf[72];
  char *End = Buf + sizeof(Buf), *P = End;
  uint64_t Mask = (uint64_t(1) << Shift) - 1;
  do {
    *--P = "0123456789abcdef"[U & Mask];
    U >>= Shift;
  } while (U);
  for (const char *Q = Prefix + std::strlen(Prefix); Q != Prefix;)
    *--P = *--Q;
  if (V < 0)
    *--P = '-';
  StrObject *S = M.newStr(llvm::StringRef(P, End - P));
  markAscii(S);
  Result = Value::object(S);
  return true;
}

bool pyr::builtin_hex(VM &M, Value *Args, unsigned N, Value &Result) {
  return formatBase(M, "hex", 4, "0x", Args, N, Result);
}
bool pyr::builtin_oct(VM &M, Value *Args, unsigned N, Value &Result) {
  return formatBase(M, "oct", 3, "0o", Args, N, Result);
}
bool pyr::builtin_bin(VM &M, Value *Args, unsigned N, Value &Result) {
  return formatBase(M, "bin", 1, "0b", Args, N, Result);
}

bool pyr::builtin_repr(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, "repr", N);
  std::string S;
  if (!appendReprChecked(M, Args[0], S))
    return false;
  Result = newString(M, S);
  return true;
}

bool pyr::builtin_bool(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N > 1)
    return M.raise(ExcKind::TypeError,
                   "bool expected at most 1 argument, got " + llvm::Twine(N));
  Result = Value::boolean(N == 1 && isTruthy(Args[0]));
  return true;
}

bool pyr::builtin_str(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N > 3)
    return M.raise(ExcKind::TypeError,
                   "str() takes at most 3 arguments (" + llvm::Twine(N) +
                       " given)");
  if (N == 0) {
    Result = newString(M, "");
    return true;
  }
  if (N == 1) {
    if (isStr(Args[0])) {
      Result = Args[0];
      return true;
    }
    if (Args[0].isInt()) {
      char Buf[24];
      auto [End, EC] = std::to_chars(Buf, Buf + sizeof(Buf), Args[0].I);
      (void)EC;
      StrObject *S = M.newStr(llvm::StringRef(Buf, End - Buf));
      markAscii(S);
      Result = Value::object(S);
      return true;
    }
    std::string S;
    if (!appendStrChecked(M, Args[0], S))
      return false;
    Result = newString(M, S);
    return true;
  }
  // str(object, encoding[, errors]) decodes bytes; for every other object
  // CPython raises these errors.
  static const char *const ArgNames[] = {"encoding", "errors"};
  for (unsigned I = 1; I < N; ++I)
    if (!isStr(Args[I]))
      // CPython's argument parser names None itself, other values by type.
      return M.raise(ExcKind::TypeError,
                     llvm::Twine("str() argument '") + ArgNames[I - 1] +
                         "' must be str, not " +
                         (Args[I].isNone() ? "None" : typeOf(Args[I])->Name));
  if (isBytes(Args[0]))
    return bytesToStr(M, Args[0], Args[1], N > 2 ? Args[2] : Value::undef(),
                      Result);
  if (isStr(Args[0]))
    return M.raise(ExcKind::TypeError, "decoding str is not supported");
  return M.raise(ExcKind::TypeError,
                 llvm::Twine("decoding to str: need a bytes-like object, ") +
                     typeOf(Args[0])->Name + " found");
}

//===----------------------------------------------------------------------===//
// int() and float()
//===----------------------------------------------------------------------===//

static bool isPySpace(char C) {
  return C == ' ' || (C >= '\t' && C <= '\r');
}

/// Python's rule for '_' in a number: single, and only between digits.
/// \p IsDigit says what a digit is here.
template <typename DigitFn>
static bool validUnderscores(llvm::StringRef S, DigitFn IsDigit) {
  for (size_t I = 0; I < S.size(); ++I)
    if (S[I] == '_' &&
        (I == 0 || I + 1 == S.size() || !IsDigit(S[I - 1]) ||
         !IsDigit(S[I + 1])))
      return false;
  return true;
}

/// Non-ASCII text could hold Unicode digits and spaces, which CPython
/// accepts; pyr refuses it rather than reject valid input.
static bool refuseNonASCII(VM &M, const char *Fn, llvm::StringRef S) {
  if (llvm::all_of(S, [](char C) { return static_cast<unsigned char>(C) < 0x80; }))
    return false;
  M.raise(ExcKind::NotImplementedError,
          llvm::Twine(Fn) +
              "() of a str with non-ASCII characters is not supported yet");
  return true;
}

static int digitValue(char C) {
  if (C >= '0' && C <= '9')
    return C - '0';
  if (C >= 'a' && C <= 'z')
    return C - 'a' + 10;
  if (C >= 'A' && C <= 'Z')
    return C - 'A' + 10;
  return 99;
}

namespace {
/// The outcome of parsing int(Text, Base).
enum class IntParse { Invalid, TooManyDigits, Small, Big };
} // namespace

/// Parse \p Text as int(Text, Base) does. A value that fits in int64 goes
/// to \p Small, a larger one to \p Big; \p NumDigits counts the digits for
/// the error message of the str conversion digit limit.
static IntParse parseIntLiteral(llvm::StringRef Text, int Base, int64_t &Small,
                                mpz_ptr Big, size_t &NumDigits) {
  llvm::StringRef S = Text;
  while (!S.empty() && isPySpace(S.front()))
    S = S.drop_front();
  while (!S.empty() && isPySpace(S.back()))
    S = S.drop_back();
  bool Negative = false;
  if (!S.empty() && (S.front() == '+' || S.front() == '-')) {
    Negative = S.front() == '-';
    S = S.drop_front();
  }
  auto PrefixBase = [](llvm::StringRef T) {
    if (T.size() < 2 || T[0] != '0')
      return 0;
    char P = T[1] | 0x20;
    return P == 'x' ? 16 : P == 'o' ? 8 : P == 'b' ? 2 : 0;
  };
  bool HadPrefix = false;
  if (int PB = PrefixBase(S); PB && (Base == 0 || Base == PB)) {
    Base = PB;
    S = S.drop_front(2);
    HadPrefix = true;
    // One '_' may follow the prefix: 0x_1f.
    if (!S.empty() && S.front() == '_')
      S = S.drop_front();
  }
  bool LeadingZeroDecimal = false;
  if (Base == 0) {
    Base = 10;
    LeadingZeroDecimal = true;
  }
  if (S.empty() || S.front() == '_')
    return IntParse::Invalid;
  auto IsDigit = [Base](char C) { return digitValue(C) < Base; };
  // Like CPython, the digit limit is checked on the leading run of digits
  // before the rest is validated.
  NumDigits = 0;
  for (char C : S) {
    if (C != '_' && !IsDigit(C))
      break;
    NumDigits += C != '_';
  }
  if (bigint::baseHasDigitLimit(Base) && NumDigits > bigint::MaxStrDigits)
    return IntParse::TooManyDigits;
  if (!llvm::all_of(S, [&](char C) { return C == '_' || IsDigit(C); }) ||
      !validUnderscores(S, IsDigit))
    return IntParse::Invalid;
  // Base 0 takes no leading zeros unless the number is all zeros.
  if (LeadingZeroDecimal && !HadPrefix && S.front() == '0' &&
      !llvm::all_of(S, [](char C) { return C == '0' || C == '_'; }))
    return IntParse::Invalid;
  uint64_t Mag = 0;
  bool Overflow = false;
  for (char C : S) {
    if (C == '_')
      continue;
    if (__builtin_mul_overflow(Mag, uint64_t(Base), &Mag) ||
        __builtin_add_overflow(Mag, uint64_t(digitValue(C)), &Mag)) {
      Overflow = true;
      break;
    }
  }
  if (Overflow || Mag > uint64_t(INT64_MAX) + (Negative ? 1 : 0)) {
    std::string Digits;
    for (char C : S)
      if (C != '_')
        Digits += C;
    bigint::fromDigits(Digits, Base, Negative, Big);
    return IntParse::Big;
  }
  Small = Negative ? static_cast<int64_t>(0 - Mag) : static_cast<int64_t>(Mag);
  return IntParse::Small;
}

bool pyr::builtin_int(VM &M, Value *Args, unsigned N, Value &Result) {
  if (M.NumKw) {
    // int(x, /, base=10).
    Value Bound[2];
    if (!clinicArgs(M, "int", Args, N, {"x", "base"}, 1, 0, Bound))
      return false;
    if (Bound[0].isUndef())
      return M.raise(ExcKind::TypeError, "int() missing string argument");
    llvm::SaveAndRestore<unsigned> NoKw(M.NumKw, 0);
    return builtin_int(M, Bound, Bound[1].isUndef() ? 1 : 2, Result);
  }
  if (N > 2)
    return M.raise(ExcKind::TypeError, "int() takes at most 2 arguments (" +
                                           llvm::Twine(N) + " given)");
  if (N == 0) {
    Result = Value::integer(0);
    return true;
  }
  Value X = Args[0];
  int Base = 10;
  if (N == 2) {
    if (!isAnyInt(Args[1]))
      return notAnInteger(M, Args[1]);
    if (isBigInt(Args[1]) || (Args[1].I != 0 && Args[1].I < 2) ||
        Args[1].I > 36)
      return M.raise(ExcKind::ValueError,
                     "int() base must be >= 2 and <= 36, or 0");
    Base = static_cast<int>(Args[1].I);
    if (isBytes(X))
      return M.raise(ExcKind::NotImplementedError,
                     "int() of a bytes is not supported yet");
    if (!isStr(X))
      return M.raise(ExcKind::TypeError,
                     "int() can't convert non-string with explicit base");
  }
  if (X.isIntLike()) {
    Result = Value::integer(X.I);
    return true;
  }
  if (isBigInt(X)) {
    Result = X;
    return true;
  }
  if (X.isFloat()) {
    double D = X.F;
    if (std::isinf(D))
      return M.raise(ExcKind::OverflowError,
                     "cannot convert float infinity to integer");
    if (std::isnan(D))
      return M.raise(ExcKind::ValueError, "cannot convert float NaN to integer");
    double T = std::trunc(D);
    if (T >= -9223372036854775808.0 && T < 9223372036854775808.0) {
      Result = Value::integer(static_cast<int64_t>(T));
      return true;
    }
    Mpz Z;
    mpz_set_d(Z, T);
    Result = M.newInt(Z);
    return true;
  }
  if (isBytes(X))
    return M.raise(ExcKind::NotImplementedError,
                   "int() of a bytes is not supported yet");
  if (!isStr(X))
    return M.raise(ExcKind::TypeError,
                   llvm::Twine("int() argument must be a string, a "
                               "bytes-like object or a real number, not '") +
                       typeOf(X)->Name + "'");
  llvm::StringRef S = asStr(X)->str();
  if (refuseNonASCII(M, "int", S))
    return false;
  int64_t V = 0;
  Mpz Big;
  size_t NumDigits = 0;
  switch (parseIntLiteral(S, Base, V, Big, NumDigits)) {
  case IntParse::Invalid: {
    // CPython shows at most 200 characters of the repr.
    std::string R;
    appendRepr(X, R);
    if (R.size() > 200)
      R.resize(200);
    return M.raise(ExcKind::ValueError, "invalid literal for int() with base " +
                                            llvm::Twine(N == 2 ? Args[1].I
                                                               : 10) +
                                            ": " + R);
  }
  case IntParse::TooManyDigits:
    return M.raise(ExcKind::ValueError,
                   "Exceeds the limit (4300 digits) for integer string "
                   "conversion: value has " +
                       llvm::Twine(NumDigits) +
                       " digits; use sys.set_int_max_str_digits() to "
                       "increase the limit");
  case IntParse::Small:
    Result = Value::integer(V);
    return true;
  case IntParse::Big:
    Result = M.newInt(Big);
    return true;
  }
  return true;
}

/// Python's float() syntax (after trimming spaces); the digits, without
/// underscores, go to \p Clean for strtod, which rounds correctly.
static bool cleanFloatLiteral(llvm::StringRef S, std::string &Clean) {
  auto IsDigit = [](char C) { return C >= '0' && C <= '9'; };
  size_t I = 0;
  if (I < S.size() && (S[I] == '+' || S[I] == '-'))
    ++I;
  llvm::StringRef Body = S.drop_front(I);
  if (Body.equals_insensitive("inf") || Body.equals_insensitive("infinity") ||
      Body.equals_insensitive("nan")) {
    Clean = S.str();
    return true;
  }
  // digitpart: digit (['_'] digit)*, checked piece by piece.
  auto DigitPart = [&](size_t &Pos) {
    size_t Start = Pos;
    while (Pos < S.size() && (IsDigit(S[Pos]) || S[Pos] == '_'))
      ++Pos;
    llvm::StringRef Part = S.slice(Start, Pos);
    return !Part.empty() && validUnderscores(Part, IsDigit) &&
           IsDigit(Part.front());
  };
  bool HasInt = I < S.size() && IsDigit(S[I]);
  if (HasInt && !DigitPart(I))
    return false;
  if (I < S.size() && S[I] == '.') {
    ++I;
    if (I < S.size() && IsDigit(S[I])) {
      if (!DigitPart(I))
        return false;
    } else if (!HasInt) {
      return false;
    }
  } else if (!HasInt) {
    return false;
  }
  if (I < S.size() && (S[I] == 'e' || S[I] == 'E')) {
    ++I;
    if (I < S.size() && (S[I] == '+' || S[I] == '-'))
      ++I;
    if (!DigitPart(I))
      return false;
  }
  if (I != S.size())
    return false;
  Clean.clear();
  for (char C : S)
    if (C != '_')
      Clean += C;
  return true;
}

bool pyr::builtin_float(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N > 1)
    return M.raise(ExcKind::TypeError,
                   "float expected at most 1 argument, got " + llvm::Twine(N));
  if (N == 0) {
    Result = Value::real(0.0);
    return true;
  }
  Value X = Args[0];
  if (X.isFloat()) {
    Result = X;
    return true;
  }
  if (isAnyInt(X)) {
    double D;
    if (!toFloat(M, X, D))
      return false;
    Result = Value::real(D);
    return true;
  }
  if (isBytes(X))
    return M.raise(ExcKind::NotImplementedError,
                   "float() of a bytes is not supported yet");
  if (!isStr(X))
    return M.raise(ExcKind::TypeError,
                   llvm::Twine("float() argument must be a string or a real "
                               "number, not '") +
                       typeOf(X)->Name + "'");
  llvm::StringRef S = asStr(X)->str();
  if (refuseNonASCII(M, "float", S))
    return false;
  llvm::StringRef T = S;
  while (!T.empty() && isPySpace(T.front()))
    T = T.drop_front();
  while (!T.empty() && isPySpace(T.back()))
    T = T.drop_back();
  std::string Clean;
  if (!cleanFloatLiteral(T, Clean)) {
    std::string R;
    appendRepr(X, R);
    return M.raise(ExcKind::ValueError,
                   "could not convert string to float: " + llvm::Twine(R));
  }
  Result = Value::real(std::strtod(Clean.c_str(), nullptr));
  return true;
}

//===----------------------------------------------------------------------===//
// input()
//===----------------------------------------------------------------------===//

/// input([prompt]): write str(prompt), then read a line from standard input
/// without its '\n' (a '\r' stays, as with CPython's stdin on Linux).
bool pyr::builtin_input(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N > 1)
    return M.raise(ExcKind::TypeError,
                   "input expected at most 1 argument, got " + llvm::Twine(N));
  if (N == 1) {
    std::string &Prompt = M.Scratch;
    Prompt.clear();
    if (!appendStrChecked(M, Args[0], Prompt))
      return false;
    *M.Out << Prompt;
  }
  // The prompt must be out before the program blocks on its answer.
  M.Out->flush();
  std::string Line;
  int C;
  while ((C = std::getchar()) != EOF && C != '\n')
    Line += static_cast<char>(C);
  if (C == EOF && Line.empty())
    return M.raise(ExcKind::EOFError, "EOF when reading a line");
  if (!llvm::json::isUTF8(Line))
    return M.raise(ExcKind::NotImplementedError,
                   "input() of a line that is not valid UTF-8 is not "
                   "supported yet");
  Result = newString(M, Line);
  return true;
}

//===----------------------------------------------------------------------===//
// min(), max() and pow()
//===----------------------------------------------------------------------===//

/// min/max over \p N values (or the characters of one str): the first
/// item for which no later item compares better, as CPython finds it
/// (item < best for min, item > best for max).
/// min() and max() with key= or default=: the items (one iterable, or
/// the arguments) compared by key(item), calling Python code.
static bool minMaxWithKey(VM &M, const char *Name, Opcode Better, Value *Args,
                          unsigned N, Value Key, Value Default, Value &Result) {
  // As CPython: one item at a time, its key computed and compared before
  // the next is read (the key may run Python code that changes the
  // iterable, which its iterator then reports).
  VM::RootScope Roots(M);
  Roots.add(Key);
  Roots.add(Default);
  Value It;
  // Several arguments are copied: calling the key may move the stack
  // under Args.
  std::vector<Value> Copy;
  if (N == 1) {
    if (!getIter(M, Args[0], It))
      return false;
    Roots.add(It);
  } else {
    Copy.assign(Args, Args + N);
    for (Value V : Copy)
      Roots.add(V);
  }
  size_t Next = 0;
  size_t ItemSlot = Roots.add(Value::none()),
         KeySlot = Roots.add(Value::none()),
         BestSlot = Roots.add(Value::none()),
         BestKeySlot = Roots.add(Value::none());
  bool Have = false;
  Value Best, BestKey, Item;
  int R;
  while ((R = N == 1
                  ? iterNext(M, It, Item)
                  : (Next < Copy.size() ? (Item = Copy[Next++], 1) : 0)) > 0) {
    Roots.set(ItemSlot, Item);
    Value K = Item;
    if (!Key.isNone() && !M.callValue(Key, &Item, 1, K))
      return false;
    Roots.set(KeySlot, K);
    bool Take = !Have;
    if (Have) {
      Value Res;
      if (!compareOp(M, Better, K, BestKey, Res))
        return false;
      Take = isTruthy(Res);
    }
    if (Take) {
      Best = Item;
      BestKey = K;
      Roots.set(BestSlot, Best);
      Roots.set(BestKeySlot, BestKey);
      Have = true;
    }
  }
  if (R < 0)
    return false;
  if (!Have) {
    if (!Default.isUndef()) {
      Result = Default;
      return true;
    }
    return M.raise(ExcKind::ValueError,
                   llvm::Twine(Name) + "() arg is an empty sequence");
  }
  Result = Best;
  return true;
}

static bool minMax(VM &M, const char *Name, Opcode Better, Value *Args,
                   unsigned N, Value &Result) {
  Value Key = Value::none(), Default = Value::undef();
  if (N == 0) // CPython counts the arguments before it reads the keywords.
    return M.raise(ExcKind::TypeError, llvm::Twine(Name) +
                                           " expected at least 1 argument, "
                                           "got 0");
  if (!takeKeywords(M, Name, {{"key", &Key}, {"default", &Default}}))
    return false;
  if (N > 1 && !Default.isUndef())
    return M.raise(ExcKind::TypeError,
                   llvm::Twine("Cannot specify a default for ") + Name +
                       "() with multiple positional arguments");
  if (!Key.isNone() || !Default.isUndef())
    return minMaxWithKey(M, Name, Better, Args, N, Key, Default, Result);
  auto IsBetter = [&](Value Item, Value Best, bool &Out) {
    Value Res;
    if (!compareOp(M, Better, Item, Best, Res))
      return false;
    Out = isTruthy(Res);
    return true;
  };
  if (N == 1 && !isStr(Args[0])) {
    Value It, Item, Best;
    if (!getIter(M, Args[0], It))
      return false;
    // Iterating may run Python code (map, filter), which may collect.
    VM::RootScope Roots(M);
    Roots.add(It);
    int R = iterNext(M, It, Best);
    if (R == 0)
      return M.raise(ExcKind::ValueError,
                     llvm::Twine(Name) + "() arg is an empty sequence");
    size_t BestSlot = Roots.add(Best);
    while (R > 0 && (R = iterNext(M, It, Item)) > 0) {
      bool B;
      if (!IsBetter(Item, Best, B))
        return false;
      if (B) {
        Best = Item;
        Roots.set(BestSlot, Best);
      }
    }
    if (R < 0)
      return false;
    Result = Best;
    return true;
  }
  if (N == 1) {
    // A str's items are its characters: compare code points directly.
    llvm::StringRef S = asStr(Args[0])->str();
    if (S.empty())
      return M.raise(ExcKind::ValueError,
                     llvm::Twine(Name) + "() arg is an empty sequence");
    const auto *P = reinterpret_cast<const unsigned char *>(S.data());
    const auto *End = P + S.size();
    const unsigned char *BestStart = P;
    uint32_t Best = decodeCodePoint(P);
    const unsigned char *BestEnd = P;
    while (P < End) {
      const unsigned char *Start = P;
      uint32_t CP = decodeCodePoint(P);
      if (Better == Opcode::Lt ? CP < Best : CP > Best) {
        Best = CP;
        BestStart = Start;
        BestEnd = P;
      }
    }
    Result = newString(M, llvm::StringRef(
                              reinterpret_cast<const char *>(BestStart),
                              BestEnd - BestStart));
    return true;
  }
  Value Best = Args[0];
  for (unsigned I = 1; I < N; ++I) {
    bool B;
    if (!IsBetter(Args[I], Best, B))
      return false;
    if (B)
      Best = Args[I];
  }
  Result = Best;
  return true;
}

bool pyr::builtin_min(VM &M, Value *Args, unsigned N, Value &Result) {
  return minMax(M, "min", Opcode::Lt, Args, N, Result);
}
bool pyr::builtin_max(VM &M, Value *Args, unsigned N, Value &Result) {
  return minMax(M, "max", Opcode::Gt, Args, N, Result);
}

/// (A * B) mod Mod for A, B < Mod.
static uint64_t mulMod(uint64_t A, uint64_t B, uint64_t Mod) {
  return static_cast<uint64_t>(static_cast<unsigned __int128>(A) * B % Mod);
}

/// The inverse of \p A modulo \p Mod, if gcd(A, Mod) == 1.
static bool inverseMod(uint64_t A, uint64_t Mod, uint64_t &Inv) {
  __int128 T = 0, NewT = 1, R = Mod, NewR = A;
  while (NewR != 0) {
    __int128 Q = R / NewR;
    __int128 Tmp = T - Q * NewT;
    T = NewT;
    NewT = Tmp;
    Tmp = R - Q * NewR;
    R = NewR;
    NewR = Tmp;
  }
  if (R != 1)
    return false;
  if (T < 0)
    T += Mod;
  Inv = static_cast<uint64_t>(T);
  return true;
}

/// pow(Base, Exp, Mod) when any of them is beyond int64.
static bool bigPowMod(VM &M, Value Base, Value Exp, Value Mod, Value &Result) {
  Mpz TB, TE, TM, AbsMod, B, R;
  mpz_srcptr ModZ = intToMpz(Mod, TM);
  mpz_abs(AbsMod, ModZ);
  mpz_mod(B, intToMpz(Base, TB), AbsMod);
  mpz_srcptr E = intToMpz(Exp, TE);
  if (mpz_sgn(E) < 0 && !mpz_invert(B, B, AbsMod)) {
    // mpz_invert fails for a modulus of 1, where everything is 0.
    if (mpz_cmp_ui(AbsMod, 1) != 0)
      return M.raise(ExcKind::ValueError,
                     "base is not invertible for the given modulus");
    mpz_set_ui(B, 0);
  }
  Mpz AbsE;
  mpz_abs(AbsE, E);
  mpz_powm(R, B, AbsE, AbsMod);
  // The result takes the sign of the modulus, as % does.
  if (mpz_sgn(ModZ) < 0 && mpz_sgn(R) != 0)
    mpz_sub(R, R, AbsMod);
  Result = M.newInt(R);
  return true;
}

bool pyr::builtin_pow(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N > 3)
    return M.raise(ExcKind::TypeError, "pow() takes at most 3 arguments (" +
                                           llvm::Twine(N) + " given)");
  if (N < 2)
    return M.raise(ExcKind::TypeError,
                   N == 0 ? "pow() missing required argument 'base' (pos 1)"
                          : "pow() missing required argument 'exp' (pos 2)");
  if (N == 2 || Args[2].isNone())
    return binaryOp(M, Opcode::Pow, Args[0], Args[1], Result);
  // Three arguments. As in CPython's dispatch, a float anywhere gets
  // float's refusal; otherwise all must be ints.
  Value Base = Args[0], Exp = Args[1], Mod = Args[2];
  if (Base.isFloat() || Exp.isFloat() || Mod.isFloat())
    return M.raise(ExcKind::TypeError, "pow() 3rd argument not allowed unless "
                                       "all arguments are integers");
  if (!isAnyInt(Base) || !isAnyInt(Exp) || !isAnyInt(Mod))
    return M.raise(ExcKind::TypeError,
                   llvm::Twine("unsupported operand type(s) for ** or pow(): "
                               "'") +
                       typeOf(Base)->Name + "', '" + typeOf(Exp)->Name +
                       "', '" + typeOf(Mod)->Name + "'");
  if (Mod.isIntLike() && Mod.I == 0)
    return M.raise(ExcKind::ValueError, "pow() 3rd argument cannot be 0");
  if (isBigInt(Base) || isBigInt(Exp) || isBigInt(Mod))
    return bigPowMod(M, Base, Exp, Mod, Result);
  uint64_t AbsMod = Mod.I < 0 ? 0 - static_cast<uint64_t>(Mod.I)
                              : static_cast<uint64_t>(Mod.I);
  // The base reduced into [0, |mod|).
  __int128 B128 = static_cast<__int128>(Base.I) % AbsMod;
  if (B128 < 0)
    B128 += AbsMod;
  uint64_t B = static_cast<uint64_t>(B128);
  uint64_t E = Exp.I < 0 ? 0 - static_cast<uint64_t>(Exp.I)
                         : static_cast<uint64_t>(Exp.I);
  if (Exp.I < 0 && !inverseMod(B, AbsMod, B))
    return M.raise(ExcKind::ValueError,
                   "base is not invertible for the given modulus");
  uint64_t R = 1 % AbsMod;
  for (; E; E >>= 1) {
    if (E & 1)
      R = mulMod(R, B, AbsMod);
    B = mulMod(B, B, AbsMod);
  }
  // The result takes the sign of the modulus, as % does.
  __int128 Signed = R;
  if (Mod.I < 0 && R != 0)
    Signed -= AbsMod;
  Result = Value::integer(static_cast<int64_t>(Signed));
  return true;
}

//===----------------------------------------------------------------------===//
// format()
//===----------------------------------------------------------------------===//

bool pyr::builtin_format(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N == 0)
    return M.raise(ExcKind::TypeError,
                   "format expected at least 1 argument, got 0");
  if (N > 2)
    return M.raise(ExcKind::TypeError,
                   "format expected at most 2 arguments, got " +
                       llvm::Twine(N));
  llvm::StringRef Spec;
  if (N == 2) {
    if (!isStr(Args[1]))
      return M.raise(ExcKind::TypeError,
                     llvm::Twine("format() argument 2 must be str, not ") +
                         (Args[1].isNone() ? "None" : typeOf(Args[1])->Name));
    Spec = asStr(Args[1])->str();
  }
  if (N == 1 || Spec.empty()) {
    if (isStr(Args[0])) {
      Result = Args[0];
      return true;
    }
  }
  std::string S;
  if (!formatValue(M, Args[0], Spec, S))
    return false;
  Result = newString(M, S);
  return true;
}

bool pyr::builtin_ascii(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, "ascii", N);
  std::string S;
  if (!appendAscii(M, Args[0], S))
    return false;
  Result = newString(M, S);
  return true;
}

//===----------------------------------------------------------------------===//
// round()
//===----------------------------------------------------------------------===//

/// round(x, N) for a finite float, as CPython's double_round: x correctly
/// rounded (half to even) to N decimal places, from its exact decimal
/// expansion, then read back as the nearest double.
static bool roundFloat(VM &M, double X, int64_t N, double &Out) {
  // Beyond these every double is unchanged, or rounds to zero.
  if (N > 323) {
    Out = X;
    return true;
  }
  if (N < -308) {
    Out = 0.0 * X;
    return true;
  }
  // Every double's expansion ends within 1074 places after the point.
  std::string Exact(1500, '\0');
  int Len = snprintf(&Exact[0], Exact.size(), "%.1074f", std::fabs(X));
  Exact.resize(size_t(Len));
  size_t Point = Exact.find('.');
  std::string Digits = Exact.substr(0, Point) + Exact.substr(Point + 1);
  int64_t IntLen = int64_t(Point);
  int64_t Keep = IntLen + N; // Digits kept before rounding.
  std::string Kept;
  if (Keep >= 0 && Keep < int64_t(Digits.size())) {
    Kept = Digits.substr(0, size_t(Keep));
    char Next = Digits[size_t(Keep)];
    bool RestNonZero =
        Digits.find_first_not_of('0', size_t(Keep) + 1) != std::string::npos;
    bool LastOdd = !Kept.empty() && (Kept.back() - '0') % 2 == 1;
    if (Next > '5' || (Next == '5' && (RestNonZero || LastOdd))) {
      // Add one unit in the last kept place.
      int64_t I = int64_t(Kept.size()) - 1;
      while (I >= 0 && Kept[size_t(I)] == '9')
        Kept[size_t(I--)] = '0';
      if (I >= 0)
        ++Kept[size_t(I)];
      else {
        Kept.insert(0, 1, '1');
        ++IntLen;
      }
    }
  } else if (Keep >= int64_t(Digits.size())) {
    Out = X;
    return true;
  }
  // Kept holds the digits down to 10^-N: scale them back.
  std::string Text = Kept.empty() ? "0" : Kept;
  Text += "e" + std::to_string(-N);
  double R = std::strtod(Text.c_str(), nullptr);
  if (std::isinf(R))
    return M.raise(ExcKind::OverflowError,
                   "rounded value too large to represent");
  Out = std::copysign(R, X);
  return true;
}

/// An int value as an mpz.
static void toMpz(Value V, mpz_ptr Z) {
  if (isBigInt(V))
    mpz_set(Z, bigOf(V));
  else
    mpz_set_si(Z, static_cast<long>(V.I));
}

/// divmod(a, b): (a // b, a % b) for ints and floats, with divmod's own
/// wording for its errors.
bool pyr::builtin_divmod(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 2)
    return M.raise(ExcKind::TypeError,
                   "divmod expected 2 arguments, got " + llvm::Twine(N));
  Value A = Args[0], B = Args[1];
  auto IsNumber = [](Value V) { return isAnyInt(V) || V.isFloat(); };
  if (!IsNumber(A) || !IsNumber(B))
    return M.raise(ExcKind::TypeError,
                   llvm::Twine("unsupported operand type(s) for divmod(): '") +
                       typeOf(A)->Name + "' and '" + typeOf(B)->Name + "'");
  if ((A.isFloat() || B.isFloat()) &&
      (B.isFloat() ? B.F == 0 : (B.isIntLike() && B.I == 0)))
    return M.raise(ExcKind::ZeroDivisionError, "float divmod()");
  Value Parts[2];
  if (!binaryOp(M, Opcode::FloorDiv, A, B, Parts[0]) ||
      !binaryOp(M, Opcode::Mod, A, B, Parts[1]))
    return false;
  TupleObject *T = M.newTuple(2);
  T->Items[0] = Parts[0];
  T->Items[1] = Parts[1];
  Result = Value::object(T);
  return true;
}

bool pyr::builtin_round(VM &M, Value *Args, unsigned N, Value &Result) {
  if (M.NumKw) {
    // round(number, ndigits=None).
    Value Bound[2];
    if (!clinicArgs(M, "round", Args, N, {"number", "ndigits"}, 0, 1, Bound))
      return false;
    llvm::SaveAndRestore<unsigned> NoKw(M.NumKw, 0);
    return builtin_round(M, Bound, Bound[1].isUndef() ? 1 : 2, Result);
  }
  if (N == 0)
    return M.raise(ExcKind::TypeError,
                   "round() missing required argument 'number' (pos 1)");
  if (N > 2)
    return M.raise(ExcKind::TypeError, "round() takes at most 2 arguments (" +
                                           llvm::Twine(N) + " given)");
  Value X = Args[0];
  if (!isAnyInt(X) && !X.isFloat())
    return M.raise(ExcKind::TypeError, llvm::Twine("type ") + typeOf(X)->Name +
                                           " doesn't define __round__ method");
  if (N == 1 || Args[1].isNone()) {
    if (isAnyInt(X)) {
      Result = X.isBool() ? Value::integer(X.I) : X;
      return true;
    }
    if (std::isinf(X.F))
      return M.raise(ExcKind::OverflowError,
                     "cannot convert float infinity to integer");
    if (std::isnan(X.F))
      return M.raise(ExcKind::ValueError,
                     "cannot convert float NaN to integer");
    Mpz Z;
    mpz_set_d(Z, std::nearbyint(X.F)); // Round half to even; exact.
    Result = M.newInt(Z);
    return true;
  }
  if (!isAnyInt(Args[1]))
    return notAnInteger(M, Args[1]);
  // CPython clamps ndigits to the ssize_t range.
  int64_t Digits = isBigInt(Args[1])
                       ? (mpz_sgn(bigOf(Args[1])) > 0 ? INT64_MAX : INT64_MIN)
                       : Args[1].I;
  if (X.isFloat()) {
    double R = X.F;
    if (std::isfinite(X.F) && !roundFloat(M, X.F, Digits, R))
      return false;
    Result = Value::real(R);
    return true;
  }
  if (Digits >= 0) {
    Result = X.isBool() ? Value::integer(X.I) : X;
    return true;
  }
  // Round to a multiple of 10^-Digits, half to even.
  Mpz V;
  toMpz(X, V);
  // A power of ten beyond the value's size rounds it to 0.
  if (uint64_t(-(Digits + 1)) + 1 > bigint::bitLength(V) / 3 + 2) {
    Result = Value::integer(0);
    return true;
  }
  Mpz Pow, Rem, Down, Twice;
  mpz_ui_pow_ui(Pow, 10, static_cast<unsigned long>(-Digits));
  mpz_fdiv_r(Rem, V, Pow); // Python's modulo: 0 <= Rem < Pow.
  mpz_sub(Down, V, Rem);
  mpz_mul_2exp(Twice, Rem, 1);
  int Cmp = mpz_cmp(Twice, Pow);
  bool Up = Cmp > 0;
  if (Cmp == 0) {
    Mpz Q;
    mpz_divexact(Q, Down, Pow);
    Up = mpz_odd_p(Q.Z);
  }
  if (Up)
    mpz_add(Down, Down, Pow);
  Result = M.newInt(Down);
  return true;
}
