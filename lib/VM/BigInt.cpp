//===- BigInt.cpp - Arbitrary-precision int helpers -----------------------===//

#include "BigInt.h"
#include <cassert>
#include <cmath>
#include <cstdlib>

using namespace pyr;

/// A read-only alias of |Z|, sharing its limbs.
static mpz_srcptr absAlias(mpz_srcptr Z, mpz_t Alias) {
  return mpz_roinit_n(Alias, mpz_limbs_read(Z),
                      static_cast<mp_size_t>(mpz_size(Z)));
}

/// The double nearest to (Q + e) * 2^Exp2, Q >= 0, where e is a positive
/// amount below one unit of Q when \p Sticky (a discarded remainder),
/// rounded half-even with subnormals rounded once; false on overflow.
/// A sticky remainder needs Q to have more bits than the result keeps.
static bool roundToDouble(mpz_srcptr Q, bool Sticky, long Exp2, bool Neg,
                          double &Out) {
  if (mpz_sgn(Q) == 0) {
    Out = Neg ? -0.0 : 0.0;
    return true;
  }
  long L = static_cast<long>(mpz_sizeinbase(Q, 2));
  long E = L + Exp2; // The value is in [2^(E-1), 2^E).
  if (E > 1024)
    return false;
  // Normal doubles keep 53 bits; below 2^-1022 the precision shrinks.
  long P = E >= -1021 ? 53 : 53 - (-1021 - E);
  double D;
  if (P < 0) {
    D = 0.0;
  } else if (L <= P) {
    assert(!Sticky && "a sticky remainder needs extra bits");
    D = std::ldexp(static_cast<double>(mpz_get_ui(Q)), static_cast<int>(Exp2));
  } else {
    long Shift = L - P;
    Mpz T;
    mpz_fdiv_q_2exp(T, Q, static_cast<mp_bitcnt_t>(Shift));
    uint64_t M = mpz_get_ui(T);
    bool Half = mpz_tstbit(Q, static_cast<mp_bitcnt_t>(Shift - 1));
    bool Rest = Sticky || mpz_scan1(Q, 0) < static_cast<mp_bitcnt_t>(Shift - 1);
    if (Half && (Rest || (M & 1)))
      ++M;
    D = std::ldexp(static_cast<double>(M), static_cast<int>(Exp2 + Shift));
    if (std::isinf(D))
      return false;
  }
  Out = Neg ? -D : D;
  return true;
}

bool bigint::toDouble(mpz_srcptr Z, double &Out) {
  mpz_t A;
  return roundToDouble(absAlias(Z, A), false, 0, mpz_sgn(Z) < 0, Out);
}

bool bigint::divToDouble(mpz_srcptr A, mpz_srcptr B, double &Out) {
  bool Neg = (mpz_sgn(A) < 0) != (mpz_sgn(B) < 0);
  if (mpz_sgn(A) == 0) {
    Out = Neg ? -0.0 : 0.0;
    return true;
  }
  mpz_t AA, AB;
  mpz_srcptr NA = absAlias(A, AA), NB = absAlias(B, AB);
  // Scale so that the quotient has 55 or 56 bits: two more than a double
  // keeps, plus a sticky bit for the remainder, round exactly once.
  long S = static_cast<long>(mpz_sizeinbase(NB, 2)) -
           static_cast<long>(mpz_sizeinbase(NA, 2)) + 55;
  Mpz N, D, Q, R;
  if (S >= 0) {
    mpz_mul_2exp(N, NA, static_cast<mp_bitcnt_t>(S));
    mpz_set(D, NB);
  } else {
    mpz_set(N, NA);
    mpz_mul_2exp(D, NB, static_cast<mp_bitcnt_t>(-S));
  }
  mpz_tdiv_qr(Q, R, N, D);
  return roundToDouble(Q, mpz_sgn(R) != 0, -S, Neg, Out);
}

bool bigint::appendDecimal(mpz_srcptr Z, std::string &Out) {
  // sizeinbase is exact or one too many.
  size_t Digits = mpz_sizeinbase(Z, 10);
  if (Digits > MaxStrDigits + 1)
    return false;
  size_t Start = Out.size();
  Out.resize(Start + Digits + 2);
  mpz_get_str(&Out[Start], 10, Z);
  size_t Len = std::char_traits<char>::length(&Out[Start]);
  Out.resize(Start + Len);
  if (Len - (mpz_sgn(Z) < 0) > MaxStrDigits) {
    Out.resize(Start);
    return false;
  }
  return true;
}

void bigint::appendInBase(mpz_srcptr Z, int Base, llvm::StringRef Prefix,
                          std::string &Out) {
  if (mpz_sgn(Z) < 0)
    Out += '-';
  Out += Prefix;
  mpz_t A;
  mpz_srcptr Mag = absAlias(Z, A);
  size_t Start = Out.size();
  Out.resize(Start + mpz_sizeinbase(Mag, Base) + 2);
  mpz_get_str(&Out[Start], Base, Mag);
  Out.resize(Start + std::char_traits<char>::length(&Out[Start]));
}

void bigint::fromDigits(llvm::StringRef Digits, int Base, bool Negative,
                        mpz_ptr Z) {
  std::string S = Digits.str();
  int Rc = mpz_set_str(Z, S.c_str(), Base);
  assert(Rc == 0 && "digits were validated");
  (void)Rc;
  if (Negative)
    mpz_neg(Z, Z);
}
