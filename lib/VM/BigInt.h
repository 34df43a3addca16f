//===- BigInt.h - Arbitrary-precision ints ----------------------*- C++ -*-===//
//
// Ints that do not fit in int64 live on the heap as BigIntObjects holding a
// GMP integer. Every int has exactly one representation: a value that fits
// in int64 is always the immediate ValueTag::Int, never a BigIntObject, so
// equality, identity and hashing need not compare across the two forms.
// The helpers in bigint:: work on GMP integers alone (no VM), so the unit
// tests can reach their edge cases directly.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LIB_VM_BIGINT_H
#define PYR_LIB_VM_BIGINT_H

#include "pyr/VM/Value.h"
#include "llvm/ADT/StringRef.h"
#include <gmp.h>
#include <string>

namespace pyr {

struct BigIntObject : Object {
  mpz_t Z; ///< Never fits in int64 (see bigint::fitsInt64).
};

inline bool isBigInt(Value V) {
  return V.isObject() && V.O->Type == &types::BigInt;
}
inline mpz_srcptr bigOf(Value V) { return static_cast<BigIntObject *>(V.O)->Z; }
/// int in any form, or bool.
inline bool isAnyInt(Value V) { return V.isIntLike() || isBigInt(V); }

/// An owned mpz_t for temporaries.
class Mpz {
public:
  Mpz() { mpz_init(Z); }
  explicit Mpz(int64_t V) { mpz_init_set_si(Z, static_cast<long>(V)); }
  ~Mpz() { mpz_clear(Z); }
  Mpz(const Mpz &) = delete;
  Mpz &operator=(const Mpz &) = delete;
  operator mpz_ptr() { return Z; }
  operator mpz_srcptr() const { return Z; }
  /// For GMP's macros (mpz_sgn and others), which dereference.
  mpz_ptr operator->() { return Z; }
  mpz_srcptr operator->() const { return Z; }
  mpz_t Z;
};

namespace bigint {

static_assert(sizeof(long) == sizeof(int64_t),
              "GMP's si functions carry int64 values");

/// CPython 3.11's default sys.get_int_max_str_digits(): decimal (and other
/// non-power-of-two base) conversions of longer ints raise ValueError.
constexpr size_t MaxStrDigits = 4300;

/// The largest int pyr computes, in bits. GMP aborts the process when an
/// allocation fails, so operations whose result would be larger raise
/// MemoryError up front (CPython would try, and fail or run for hours).
constexpr uint64_t MaxBits = uint64_t(1) << 32;

/// Whether \p Z fits in int64, and its value then.
inline bool fitsInt64(mpz_srcptr Z, int64_t &Out) {
  if (!mpz_fits_slong_p(Z))
    return false;
  Out = mpz_get_si(Z);
  return true;
}

/// Bits in |Z| (0 for 0).
inline uint64_t bitLength(mpz_srcptr Z) {
  return mpz_sgn(Z) ? mpz_sizeinbase(Z, 2) : 0;
}

/// float(Z), rounded half-even as CPython does; false if it is too large
/// for a double.
bool toDouble(mpz_srcptr Z, double &Out);

/// A / B (B != 0) correctly rounded, as CPython's int true division; false
/// if the quotient is too large for a double.
bool divToDouble(mpz_srcptr A, mpz_srcptr B, double &Out);

/// str(Z); false (and Out unchanged) if it has more than MaxStrDigits
/// digits.
bool appendDecimal(mpz_srcptr Z, std::string &Out);

/// hex(), oct() or bin() text of Z: sign, \p Prefix, digits in \p Base.
void appendInBase(mpz_srcptr Z, int Base, llvm::StringRef Prefix,
                  std::string &Out);

/// Whether int(str, Base) limits the number of digits.
inline bool baseHasDigitLimit(int Base) { return (Base & (Base - 1)) != 0; }

/// Z = the digits (valid in \p Base, no sign, prefix or '_') with the
/// sign applied. Does not check the digit limit.
void fromDigits(llvm::StringRef Digits, int Base, bool Negative, mpz_ptr Z);

/// Exact three-way comparison of Z with a double that is not NaN.
inline int compareWithDouble(mpz_srcptr Z, double D) {
  int C = mpz_cmp_d(Z, D);
  return C < 0 ? -1 : C > 0;
}

} // namespace bigint
} // namespace pyr

#endif
