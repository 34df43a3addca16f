//===- Ops.cpp - Operator semantics (the dispatch loop's slow paths) ------===//
//
// Each operation follows CPython 3.11's numeric and str rules, including
// the exact wording of its exceptions. The interpreter inlines the common
// int/int and float/float cases and calls here for everything else.
//
//===----------------------------------------------------------------------===//

#include "Format.h"
#include "VM.h"
#include <cerrno>
#include <cmath>
#include <cstring>
#include <unistd.h>

using namespace pyr;

static const char *opSymbol(Opcode Op) {
  switch (Op) {
  case Opcode::Add: return "+";
  case Opcode::Sub: return "-";
  case Opcode::Mul: return "*";
  case Opcode::TrueDiv: return "/";
  case Opcode::FloorDiv: return "//";
  case Opcode::Mod: return "%";
  case Opcode::Pow: return "** or pow()";
  case Opcode::LShift: return "<<";
  case Opcode::RShift: return ">>";
  case Opcode::BitAnd: return "&";
  case Opcode::BitOr: return "|";
  case Opcode::BitXor: return "^";
  case Opcode::Lt: return "<";
  case Opcode::Le: return "<=";
  case Opcode::Gt: return ">";
  case Opcode::Ge: return ">=";
  case Opcode::Neg: return "-";
  case Opcode::Pos: return "+";
  case Opcode::Invert: return "~";
  case Opcode::IAdd: return "+=";
  case Opcode::ISub: return "-=";
  case Opcode::IMul: return "*=";
  case Opcode::ITrueDiv: return "/=";
  case Opcode::IFloorDiv: return "//=";
  case Opcode::IMod: return "%=";
  case Opcode::IPow: return "**=";
  case Opcode::ILShift: return "<<=";
  case Opcode::IRShift: return ">>=";
  case Opcode::IBitAnd: return "&=";
  case Opcode::IBitOr: return "|=";
  case Opcode::IBitXor: return "^=";
  default: return "?";
  }
}

bool pyr::isTruthy(Value V) {
  switch (V.Tag) {
  case ValueTag::Undef:
  case ValueTag::None:
    return false;
  case ValueTag::Bool:
  case ValueTag::Int:
    return V.I != 0;
  case ValueTag::Float:
    return V.F != 0.0;
  case ValueTag::Object:
    if (isStr(V))
      return asStr(V)->Len != 0;
    if (isBytes(V))
      return asBytes(V)->Len != 0;
    if (isList(V))
      return asList(V)->Len != 0;
    if (isTuple(V))
      return asTuple(V)->Len != 0;
    if (isRange(V))
      return rangeNonEmpty(asRange(V));
    if (int64_t Len = dictSetLen(V); Len >= 0)
      return Len != 0;
    return true;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// int
//===----------------------------------------------------------------------===//

/// int / int, correctly rounded like CPython's long_true_divide.
static double intTrueDivide(int64_t A, int64_t B) {
  constexpr int64_t Exact = int64_t(1) << 53;
  if (A >= -Exact && A <= Exact && B >= -Exact && B <= Exact)
    return static_cast<double>(A) / static_cast<double>(B);
  bool Neg = (A < 0) != (B < 0);
  using U128 = unsigned __int128;
  U128 UA = A < 0 ? U128(-(A + 1)) + 1 : U128(A);
  U128 UB = B < 0 ? U128(-(B + 1)) + 1 : U128(B);
  if (UA == 0)
    return Neg ? -0.0 : 0.0;
  // Scale the dividend to 127 bits so the quotient keeps at least 64
  // significant bits; a sticky bit records a non-zero remainder so the
  // single rounding to double below is correct.
  unsigned Bits = 128 - static_cast<unsigned>(
                            UA >> 64 ? __builtin_clzll(uint64_t(UA >> 64))
                                     : 64 + __builtin_clzll(uint64_t(UA)));
  int Shift = 127 - static_cast<int>(Bits);
  U128 N = UA << Shift;
  U128 Q = N / UB;
  if (N % UB)
    Q |= 1;
  double D = std::ldexp(static_cast<double>(Q), -Shift);
  return Neg ? -D : D;
}

static bool floatPow(VM &M, double V, double W, Value &Out);

static bool bigBinary(VM &M, Opcode Op, Value L, Value R, Value &Out);

static bool intBinary(VM &M, Opcode Op, int64_t A, int64_t B, Value &Out) {
  int64_t R;
  // A result beyond int64 is computed again with GMP.
  auto Big = [&] {
    return bigBinary(M, Op, Value::integer(A), Value::integer(B), Out);
  };
  switch (Op) {
  case Opcode::Add:
    if (__builtin_add_overflow(A, B, &R))
      return Big();
    break;
  case Opcode::Sub:
    if (__builtin_sub_overflow(A, B, &R))
      return Big();
    break;
  case Opcode::Mul:
    if (__builtin_mul_overflow(A, B, &R))
      return Big();
    break;
  case Opcode::TrueDiv:
    if (B == 0)
      return M.raise(ExcKind::ZeroDivisionError, "division by zero");
    Out = Value::real(intTrueDivide(A, B));
    return true;
  case Opcode::FloorDiv:
    if (B == 0)
      return M.raise(ExcKind::ZeroDivisionError,
                     "integer division or modulo by zero");
    if (A == INT64_MIN && B == -1)
      return Big();
    R = A / B;
    if ((A % B != 0) && ((A < 0) != (B < 0)))
      --R;
    break;
  case Opcode::Mod:
    if (B == 0)
      return M.raise(ExcKind::ZeroDivisionError, "integer modulo by zero");
    if (B == -1) {
      R = 0;
      break;
    }
    R = A % B;
    if (R != 0 && ((R < 0) != (B < 0)))
      R += B;
    break;
  case Opcode::Pow: {
    if (B < 0)
      return floatPow(M, static_cast<double>(A), static_cast<double>(B), Out);
    int64_t Result = 1, Base = A;
    uint64_t E = static_cast<uint64_t>(B);
    while (true) {
      if ((E & 1) && __builtin_mul_overflow(Result, Base, &Result))
        return Big();
      E >>= 1;
      if (!E)
        break;
      if (__builtin_mul_overflow(Base, Base, &Base))
        return Big();
    }
    R = Result;
    break;
  }
  case Opcode::LShift:
    if (B < 0)
      return M.raise(ExcKind::ValueError, "negative shift count");
    if (A == 0) {
      R = 0;
      break;
    }
    // -1 << 63 is INT64_MIN, so a shift by 63 can still fit.
    if (B >= 64)
      return Big();
    R = static_cast<int64_t>(static_cast<uint64_t>(A) << B);
    if ((R >> B) != A)
      return Big();
    break;
  case Opcode::RShift:
    if (B < 0)
      return M.raise(ExcKind::ValueError, "negative shift count");
    R = B >= 64 ? (A < 0 ? -1 : 0) : (A >> B);
    break;
  case Opcode::BitAnd: R = A & B; break;
  case Opcode::BitOr: R = A | B; break;
  case Opcode::BitXor: R = A ^ B; break;
  default:
    return M.raise(ExcKind::TypeError, "bad int operation");
  }
  Out = Value::integer(R);
  return true;
}

mpz_srcptr pyr::intToMpz(Value V, mpz_ptr Tmp) {
  if (isBigInt(V))
    return bigOf(V);
  mpz_set_si(Tmp, static_cast<long>(V.I));
  return Tmp;
}

static bool intTooLargeForFloat(VM &M) {
  return M.raise(ExcKind::OverflowError, "int too large to convert to float");
}

bool pyr::toFloat(VM &M, Value V, double &Out) {
  if (V.isFloat())
    Out = V.F;
  else if (!isBigInt(V))
    Out = static_cast<double>(V.I);
  else if (!bigint::toDouble(bigOf(V), Out))
    return intTooLargeForFloat(M);
  return true;
}

bool pyr::noMemory(VM &M) { return M.raise(ExcKind::MemoryError, ""); }

size_t pyr::maxAllocBytes() {
  // Read on first need, not at start-up.
  static const size_t Limit = [] {
    size_t Max = size_t(1) << 40;
    long Pages = sysconf(_SC_PHYS_PAGES), PageSize = sysconf(_SC_PAGE_SIZE);
    if (Pages > 0 && PageSize > 0 &&
        static_cast<uint64_t>(Pages) < Max / static_cast<uint64_t>(PageSize))
      Max = static_cast<size_t>(Pages) * static_cast<size_t>(PageSize);
    return Max;
  }();
  return Limit;
}

/// Any int operation on operands of which at least one, or the result, is
/// beyond int64.
static bool bigBinary(VM &M, Opcode Op, Value L, Value R, Value &Out) {
  Mpz TA, TB, Res;
  mpz_srcptr A = intToMpz(L, TA), B = intToMpz(R, TB);
  switch (Op) {
  case Opcode::Add:
    mpz_add(Res, A, B);
    break;
  case Opcode::Sub:
    mpz_sub(Res, A, B);
    break;
  case Opcode::Mul:
    if (bigint::bitLength(A) + bigint::bitLength(B) > bigint::MaxBits)
      return noMemory(M);
    mpz_mul(Res, A, B);
    break;
  case Opcode::TrueDiv: {
    if (mpz_sgn(B) == 0)
      return M.raise(ExcKind::ZeroDivisionError, "division by zero");
    double D;
    if (!bigint::divToDouble(A, B, D))
      return M.raise(ExcKind::OverflowError,
                     "integer division result too large for a float");
    Out = Value::real(D);
    return true;
  }
  case Opcode::FloorDiv:
    if (mpz_sgn(B) == 0)
      return M.raise(ExcKind::ZeroDivisionError,
                     "integer division or modulo by zero");
    mpz_fdiv_q(Res, A, B);
    break;
  case Opcode::Mod:
    if (mpz_sgn(B) == 0)
      return M.raise(ExcKind::ZeroDivisionError, "integer modulo by zero");
    mpz_fdiv_r(Res, A, B);
    break;
  case Opcode::Pow: {
    if (mpz_sgn(B) < 0) {
      // A negative exponent makes it float's pow, as in CPython.
      double X, Y;
      if (!toFloat(M, L, X) || !toFloat(M, R, Y))
        return false;
      return floatPow(M, X, Y, Out);
    }
    // 0, 1 and -1 stay small whatever the exponent.
    if (mpz_cmpabs_ui(A, 1) <= 0) {
      if (mpz_sgn(A) < 0 && mpz_even_p(B))
        mpz_set_ui(Res, 1);
      else
        mpz_set(Res, A);
      break;
    }
    // |A| >= 2 has at least (bits(A) - 1) * B + 1 bits.
    if (!mpz_fits_ulong_p(B))
      return noMemory(M);
    unsigned long E = mpz_get_ui(B);
    unsigned __int128 Bits =
        static_cast<unsigned __int128>(bigint::bitLength(A) - 1) * E;
    if (Bits >= bigint::MaxBits)
      return noMemory(M);
    mpz_pow_ui(Res, A, E);
    break;
  }
  case Opcode::LShift: {
    if (mpz_sgn(B) < 0)
      return M.raise(ExcKind::ValueError, "negative shift count");
    if (mpz_sgn(A) == 0) {
      Out = Value::integer(0);
      return true;
    }
    // CPython 3.11 counts the result in 30-bit digits: more than its
    // largest int object holds (MAX_LONG_DIGITS) is an OverflowError,
    // fewer, but beyond memory, a MemoryError.
    if (!mpz_fits_slong_p(B)) {
      Mpz Digits;
      mpz_cdiv_q_ui(Digits, B, 30);
      mpz_add_ui(Digits, Digits, (bigint::bitLength(A) + 29) / 30);
      constexpr uint64_t MaxLongDigits = (uint64_t(INT64_MAX) - 24) / 4;
      if (mpz_cmp_ui(Digits, MaxLongDigits) > 0)
        return M.raise(ExcKind::OverflowError, "too many digits in integer");
      return noMemory(M);
    }
    unsigned long N = mpz_get_ui(B);
    if (bigint::bitLength(A) + N > bigint::MaxBits)
      return noMemory(M);
    mpz_mul_2exp(Res, A, N);
    break;
  }
  case Opcode::RShift:
    if (mpz_sgn(B) < 0)
      return M.raise(ExcKind::ValueError, "negative shift count");
    if (!mpz_fits_ulong_p(B) || mpz_get_ui(B) >= bigint::bitLength(A)) {
      Out = Value::integer(mpz_sgn(A) < 0 ? -1 : 0);
      return true;
    }
    // Floor division by 2^B, the two's complement arithmetic shift.
    mpz_fdiv_q_2exp(Res, A, mpz_get_ui(B));
    break;
  // GMP's logical operations use two's complement semantics, as Python's.
  case Opcode::BitAnd:
    mpz_and(Res, A, B);
    break;
  case Opcode::BitOr:
    mpz_ior(Res, A, B);
    break;
  case Opcode::BitXor:
    mpz_xor(Res, A, B);
    break;
  default:
    return M.raise(ExcKind::TypeError, "bad int operation");
  }
  Out = M.newInt(Res);
  return true;
}

bool pyr::intBinaryOp(VM &M, Opcode Op, Value L, Value R, Value &Out) {
  if (isBigInt(L) || isBigInt(R))
    return bigBinary(M, Op, L, R, Out);
  return intBinary(M, Op, L.I, R.I, Out);
}

//===----------------------------------------------------------------------===//
// float
//===----------------------------------------------------------------------===//

static bool isOddInteger(double W) { return std::fmod(std::fabs(W), 2.0) == 1.0; }

/// CPython's float_pow, special cases included.
static bool floatPow(VM &M, double V, double W, Value &Out) {
  if (W == 0) {
    Out = Value::real(1.0);
    return true;
  }
  if (std::isnan(V)) {
    Out = Value::real(V);
    return true;
  }
  if (std::isnan(W)) {
    Out = Value::real(V == 1.0 ? 1.0 : W);
    return true;
  }
  if (std::isinf(W)) {
    double AV = std::fabs(V);
    if (AV == 1.0)
      Out = Value::real(1.0);
    else if ((W > 0) == (AV > 1.0))
      Out = Value::real(std::fabs(W));
    else
      Out = Value::real(0.0);
    return true;
  }
  bool WOdd = isOddInteger(W);
  if (std::isinf(V)) {
    if (W > 0)
      Out = Value::real(WOdd ? V : std::fabs(V));
    else
      Out = Value::real(WOdd ? std::copysign(0.0, V) : 0.0);
    return true;
  }
  if (V == 0.0) {
    if (W < 0)
      return M.raise(ExcKind::ZeroDivisionError,
                     "0.0 cannot be raised to a negative power");
    Out = Value::real(WOdd ? V : 0.0);
    return true;
  }
  bool Negate = false;
  if (V < 0.0) {
    if (W != std::floor(W))
      return M.raise(ExcKind::NotImplementedError,
                     "complex numbers are not supported yet (a negative "
                     "number raised to a fractional power)");
    V = -V;
    Negate = WOdd;
  }
  if (V == 1.0) {
    Out = Value::real(Negate ? -1.0 : 1.0);
    return true;
  }
  double R = std::pow(V, W);
  if (std::isinf(R))
    return M.raise(ExcKind::OverflowError,
                   "(34, 'Numerical result out of range')");
  Out = Value::real(Negate ? -R : R);
  return true;
}

LLVM_ATTRIBUTE_ALWAYS_INLINE static bool floatBinary(VM &M, Opcode Op, double A,
                                                     double B, Value &Out) {
  switch (Op) {
  case Opcode::Add: Out = Value::real(A + B); return true;
  case Opcode::Sub: Out = Value::real(A - B); return true;
  case Opcode::Mul: Out = Value::real(A * B); return true;
  case Opcode::TrueDiv:
    if (B == 0)
      return M.raise(ExcKind::ZeroDivisionError, "float division by zero");
    Out = Value::real(A / B);
    return true;
  case Opcode::FloorDiv: {
    if (B == 0)
      return M.raise(ExcKind::ZeroDivisionError,
                     "float floor division by zero");
    double Mod = std::fmod(A, B);
    double Div = (A - Mod) / B;
    if (Mod != 0) {
      if ((B < 0) != (Mod < 0))
        Div -= 1.0;
    }
    double Floor;
    if (Div != 0) {
      Floor = std::floor(Div);
      if (Div - Floor > 0.5)
        Floor += 1.0;
    } else {
      Floor = std::copysign(0.0, A / B);
    }
    Out = Value::real(Floor);
    return true;
  }
  case Opcode::Mod: {
    if (B == 0)
      return M.raise(ExcKind::ZeroDivisionError, "float modulo");
    double Mod = std::fmod(A, B);
    if (Mod != 0) {
      if ((B < 0) != (Mod < 0))
        Mod += B;
    } else {
      Mod = std::copysign(0.0, B);
    }
    Out = Value::real(Mod);
    return true;
  }
  default:
    return floatPow(M, A, B, Out);
  }
}

//===----------------------------------------------------------------------===//
// Binary operators
//===----------------------------------------------------------------------===//

static bool isNumber(Value V) {
  return V.isIntLike() || V.isFloat() || isBigInt(V);
}

static bool unsupportedOperands(VM &M, Opcode Op, Value L, Value R) {
  return M.raise(ExcKind::TypeError,
                 llvm::Twine("unsupported operand type(s) for ") +
                     opSymbol(Op) + ": '" + typeOf(L)->Name + "' and '" +
                     typeOf(R)->Name + "'");
}

static bool strRepeat(VM &M, StrObject *S, int64_t N, Value &Out) {
  if (N <= 0 || S->Len == 0) {
    Out = Value::object(M.newStr(""));
    return true;
  }
  if (N > INT64_MAX / static_cast<int64_t>(S->Len))
    return M.raise(ExcKind::OverflowError, "repeated string is too long");
  if (static_cast<uint64_t>(N) > maxAllocBytes() / S->Len)
    return noMemory(M);
  StrObject *R = M.newStrUninit(S->Len * static_cast<size_t>(N));
  for (int64_t I = 0; I < N; ++I)
    std::memcpy(R->Data + I * S->Len, S->Data, S->Len);
  Out = Value::object(R);
  return true;
}

/// Whether float supports \p Op (the bitwise operators are int-only).
static bool isFloatOperator(Opcode Op) {
  switch (Op) {
  case Opcode::LShift:
  case Opcode::RShift:
  case Opcode::BitAnd:
  case Opcode::BitOr:
  case Opcode::BitXor:
    return false;
  default:
    return true;
  }
}

/// A binary operator on numbers of which one is a big int. Out of line:
/// inlined, its GMP paths would slow down binaryOp's int/float mixes.
LLVM_ATTRIBUTE_NOINLINE static bool
bigNumberBinary(VM &M, Opcode Shown, Opcode Op, Value L, Value R, Value &Out) {
  if (isAnyInt(L) && isAnyInt(R))
    return bigBinary(M, Op, L, R, Out);
  if (!isFloatOperator(Op))
    return unsupportedOperands(M, Shown, L, R);
  double A, B;
  if (!toFloat(M, L, A) || !toFloat(M, R, B))
    return false;
  return floatBinary(M, Op, A, B, Out);
}

static bool indexTooLarge(VM &M) {
  return M.raise(ExcKind::OverflowError,
                 "cannot fit 'int' into an index-sized integer");
}

bool pyr::binaryOp(VM &M, Opcode Shown, Value L, Value R, Value &Out) {
  // Ints, floats and str have no in-place methods of their own.
  Opcode Op = getPlainOpcode(Shown);
  if (L.isIntLike() && R.isIntLike()) {
    if (L.isBool() && R.isBool() &&
        (Op == Opcode::BitAnd || Op == Opcode::BitOr || Op == Opcode::BitXor)) {
      bool A = L.I, B = R.I;
      Out = Value::boolean(Op == Opcode::BitAnd  ? (A && B)
                           : Op == Opcode::BitOr ? (A || B)
                                                 : (A != B));
      return true;
    }
    return intBinary(M, Op, L.I, R.I, Out);
  }
  if (isNumber(L) && isNumber(R)) {
    if (LLVM_UNLIKELY(isBigInt(L) || isBigInt(R)))
      return bigNumberBinary(M, Shown, Op, L, R, Out);
    if (!isFloatOperator(Op))
      return unsupportedOperands(M, Shown, L, R);
    return floatBinary(M, Op, L.isFloat() ? L.F : static_cast<double>(L.I),
                       R.isFloat() ? R.F : static_cast<double>(R.I), Out);
  }
  if (isStr(L)) {
    if (Op == Opcode::Add) {
      if (!isStr(R))
        return M.raise(ExcKind::TypeError,
                       llvm::Twine("can only concatenate str (not \"") +
                           typeOf(R)->Name + "\") to str");
      StrObject *A = asStr(L), *B = asStr(R);
      StrObject *S = M.newStrUninit(A->Len + B->Len);
      std::memcpy(S->Data, A->Data, A->Len);
      std::memcpy(S->Data + A->Len, B->Data, B->Len);
      if (strKnownAscii(A) && strKnownAscii(B))
        markAscii(S);
      Out = Value::object(S);
      return true;
    }
    if (Op == Opcode::Mul) {
      if (R.isIntLike())
        return strRepeat(M, asStr(L), R.I, Out);
      if (isBigInt(R))
        return indexTooLarge(M);
      return M.raise(ExcKind::TypeError,
                     llvm::Twine("can't multiply sequence by non-int of type '") +
                         typeOf(R)->Name + "'");
    }
    if (Op == Opcode::Mod) {
      // A tuple right operand holds the arguments; anything else is one.
      std::string S;
      bool OK = isTuple(R) ? percentFormat(M, asStr(L)->str(),
                                           asTuple(R)->Items, asTuple(R)->Len,
                                           /*IsTuple=*/true, S)
                           : percentFormat(M, asStr(L)->str(), &R, 1,
                                           /*IsTuple=*/false, S);
      if (!OK)
        return false;
      Out = Value::object(M.newStr(S));
      return true;
    }
  }
  if (L.isObject() || R.isObject()) {
    if (int Handled = dictSetBinaryOp(M, Shown, L, R, Out))
      return Handled > 0;
    if (int Handled = bytesBinaryOp(M, Op, L, R, Out))
      return Handled > 0;
    int Handled = sequenceBinaryOp(M, Shown, L, R, Out);
    if (Handled)
      return Handled > 0;
  }
  if (isStr(R) && Op == Opcode::Mul) {
    if (L.isIntLike())
      return strRepeat(M, asStr(R), L.I, Out);
    if (isBigInt(L))
      return indexTooLarge(M);
    return M.raise(ExcKind::TypeError,
                   llvm::Twine("can't multiply sequence by non-int of type '") +
                       typeOf(L)->Name + "'");
  }
  return unsupportedOperands(M, Shown, L, R);
}

//===----------------------------------------------------------------------===//
// Comparisons
//===----------------------------------------------------------------------===//

/// Exact comparison of an int with a float: -1, 0 or 1; 2 if unordered.
static int compareIntFloat(int64_t I, double D) {
  if (std::isnan(D))
    return 2;
  if (D >= 9223372036854775808.0)
    return -1;
  if (D < -9223372036854775808.0)
    return 1;
  double T = std::trunc(D);
  int64_t TI = static_cast<int64_t>(T);
  if (I != TI)
    return I < TI ? -1 : 1;
  double Frac = D - T;
  return Frac > 0 ? -1 : Frac < 0 ? 1 : 0;
}

/// Three-way numeric comparison; 2 means unordered (NaN).
static int compareNumbers(Value L, Value R) {
  if (L.isIntLike() && R.isIntLike())
    return L.I < R.I ? -1 : L.I > R.I;
  if (isBigInt(L) || isBigInt(R)) {
    if (isAnyInt(L) && isAnyInt(R)) {
      Mpz TA, TB;
      int C = mpz_cmp(intToMpz(L, TA), intToMpz(R, TB));
      return C < 0 ? -1 : C > 0;
    }
    // A big int and a float, compared exactly.
    double D = L.isFloat() ? L.F : R.F;
    if (std::isnan(D))
      return 2;
    int C = bigint::compareWithDouble(bigOf(isBigInt(L) ? L : R), D);
    return isBigInt(L) ? C : -C;
  }
  if (L.isFloat() && R.isFloat()) {
    if (std::isnan(L.F) || std::isnan(R.F))
      return 2;
    return L.F < R.F ? -1 : L.F > R.F;
  }
  if (L.isIntLike())
    return compareIntFloat(L.I, R.F);
  int C = compareIntFloat(R.I, L.F);
  return C == 2 ? 2 : -C;
}

bool pyr::valuesEqual(Value L, Value R) {
  if (isNumber(L) && isNumber(R))
    return compareNumbers(L, R) == 0;
  if (isStr(L) && isStr(R))
    return asStr(L)->str() == asStr(R)->str();
  if (isBytes(L) && isBytes(R))
    return asBytes(L)->bytes() == asBytes(R)->bytes();
  if (L.Tag != R.Tag)
    return false;
  if (L.isNone() || L.isUndef())
    return true;
  return L.O == R.O;
}

bool pyr::isIdentical(Value L, Value R) {
  if (L.Tag != R.Tag)
    return false;
  switch (L.Tag) {
  case ValueTag::Undef:
  case ValueTag::None:
    return true;
  case ValueTag::Bool:
  case ValueTag::Int:
    return L.I == R.I;
  case ValueTag::Float:
    return std::memcmp(&L.F, &R.F, sizeof(double)) == 0;
  case ValueTag::Object:
    // Ints are values in pyr, big ones too (see docs/language.md).
    if (isBigInt(L) && isBigInt(R))
      return mpz_cmp(bigOf(L), bigOf(R)) == 0;
    return L.O == R.O;
  }
  return false;
}

static bool orderResult(Opcode Op, int C) {
  if (C == 2)
    return false;
  switch (Op) {
  case Opcode::Lt: return C < 0;
  case Opcode::Le: return C <= 0;
  case Opcode::Gt: return C > 0;
  case Opcode::Ge: return C >= 0;
  default: return false;
  }
}

bool pyr::compareOp(VM &M, Opcode Op, Value L, Value R, Value &Out) {
  switch (Op) {
  case Opcode::Eq:
  case Opcode::Ne: {
    bool E;
    if (!equalOp(M, L, R, E))
      return false;
    Out = Value::boolean(E == (Op == Opcode::Eq));
    return true;
  }
  case Opcode::Is:
    Out = Value::boolean(isIdentical(L, R));
    return true;
  case Opcode::IsNot:
    Out = Value::boolean(!isIdentical(L, R));
    return true;
  default:
    break;
  }
  if (isNumber(L) && isNumber(R)) {
    Out = Value::boolean(orderResult(Op, compareNumbers(L, R)));
    return true;
  }
  if (isStr(L) && isStr(R)) {
    // UTF-8 byte order is code point order.
    int C = asStr(L)->str().compare(asStr(R)->str());
    Out = Value::boolean(orderResult(Op, C));
    return true;
  }
  if (isBytes(L) && isBytes(R)) {
    int C = asBytes(L)->bytes().compare(asBytes(R)->bytes());
    Out = Value::boolean(orderResult(Op, C));
    return true;
  }
  if (int Handled = setCompare(M, Op, L, R, Out))
    return Handled > 0;
  if (int Handled = sequenceCompare(M, Op, L, R, Out))
    return Handled > 0;
  return M.raise(ExcKind::TypeError, llvm::Twine("'") + opSymbol(Op) +
                                         "' not supported between instances "
                                         "of '" +
                                         typeOf(L)->Name + "' and '" +
                                         typeOf(R)->Name + "'");
}

//===----------------------------------------------------------------------===//
// Unary operators
//===----------------------------------------------------------------------===//

bool pyr::unaryOp(VM &M, Opcode Op, Value V, Value &Out) {
  if (Op == Opcode::Not) {
    Out = Value::boolean(!isTruthy(V));
    return true;
  }
  if (V.isIntLike()) {
    switch (Op) {
    case Opcode::Neg:
      if (V.I == INT64_MIN) {
        Mpz Z(V.I);
        mpz_neg(Z, Z);
        Out = M.newInt(Z);
        return true;
      }
      Out = Value::integer(-V.I);
      return true;
    case Opcode::Pos:
      Out = Value::integer(V.I);
      return true;
    case Opcode::Invert:
      Out = Value::integer(~V.I);
      return true;
    default:
      break;
    }
  } else if (isBigInt(V)) {
    Mpz Z;
    switch (Op) {
    case Opcode::Neg:
      mpz_neg(Z, bigOf(V));
      break;
    case Opcode::Invert:
      mpz_com(Z, bigOf(V));
      break;
    default:
      Out = V;
      return true;
    }
    Out = M.newInt(Z);
    return true;
  } else if (V.isFloat() && Op != Opcode::Invert) {
    Out = Value::real(Op == Opcode::Neg ? -V.F : V.F);
    return true;
  }
  return M.raise(ExcKind::TypeError, llvm::Twine("bad operand type for unary ") +
                                         opSymbol(Op) + ": '" +
                                         typeOf(V)->Name + "'");
}
