//===- BigIntTest.cpp - Big int helpers and normalisation -----------------===//
//
// Expected values come from CPython 3.11 (float.hex() of the same
// expressions, str() and hex() of the same ints).
//
//===----------------------------------------------------------------------===//

#include "VM.h"
#include "gtest/gtest.h"
#include <cfloat>
#include <cmath>
#include <string>

using namespace pyr;

namespace {

/// 2**N + Add.
void pow2Plus(mpz_ptr Z, unsigned long N, long Add) {
  mpz_set_ui(Z, 1);
  mpz_mul_2exp(Z, Z, N);
  if (Add >= 0)
    mpz_add_ui(Z, Z, static_cast<unsigned long>(Add));
  else
    mpz_sub_ui(Z, Z, static_cast<unsigned long>(-Add));
}

TEST(BigInt, FitsInt64AtTheBoundaries) {
  Mpz Z;
  int64_t V = 0;
  mpz_set_si(Z, INT64_MAX);
  EXPECT_TRUE(bigint::fitsInt64(Z, V));
  EXPECT_EQ(V, INT64_MAX);
  mpz_add_ui(Z, Z, 1);
  EXPECT_FALSE(bigint::fitsInt64(Z, V));
  mpz_set_si(Z, INT64_MIN);
  EXPECT_TRUE(bigint::fitsInt64(Z, V));
  EXPECT_EQ(V, INT64_MIN);
  mpz_sub_ui(Z, Z, 1);
  EXPECT_FALSE(bigint::fitsInt64(Z, V));
  mpz_set_ui(Z, 0);
  EXPECT_TRUE(bigint::fitsInt64(Z, V));
  EXPECT_EQ(V, 0);
}

// newInt gives exactly one representation: immediate whenever it fits.
TEST(BigInt, NewIntNormalises) {
  VM M;
  Mpz Z;
  mpz_set_si(Z, INT64_MIN);
  Value V = M.newInt(Z);
  ASSERT_TRUE(V.isInt());
  EXPECT_EQ(V.I, INT64_MIN);

  mpz_set_si(Z, INT64_MIN);
  mpz_sub_ui(Z, Z, 1);
  V = M.newInt(Z);
  ASSERT_TRUE(isBigInt(V));
  EXPECT_EQ(typeOf(V)->Name, std::string("int"));
  std::string S;
  appendRepr(V, S);
  EXPECT_EQ(S, "-9223372036854775809");
  // The object took the storage; Z is a valid zero.
  EXPECT_EQ(mpz_sgn(Z), 0);

  pow2Plus(Z, 63, 0);
  V = M.newInt(Z);
  ASSERT_TRUE(isBigInt(V));
  pow2Plus(Z, 63, -1);
  V = M.newInt(Z);
  ASSERT_TRUE(V.isInt());
  EXPECT_EQ(V.I, INT64_MAX);

  // A big result of an operation that comes back into range is small.
  pow2Plus(Z, 64, 0);
  Value Big = M.newInt(Z), Out;
  ASSERT_TRUE(isBigInt(Big));
  ASSERT_TRUE(binaryOp(M, Opcode::Sub, Big, Big, Out));
  ASSERT_TRUE(Out.isInt());
  EXPECT_EQ(Out.I, 0);
  ASSERT_TRUE(binaryOp(M, Opcode::FloorDiv, Big, Value::integer(4), Out));
  ASSERT_TRUE(Out.isInt());
  EXPECT_EQ(Out.I, int64_t(1) << 62);
  ASSERT_TRUE(unaryOp(M, Opcode::Neg, Value::integer(INT64_MIN), Out));
  ASSERT_TRUE(isBigInt(Out));
  ASSERT_TRUE(unaryOp(M, Opcode::Neg, Out, Out));
  ASSERT_TRUE(Out.isInt());
  EXPECT_EQ(Out.I, INT64_MIN);
  // Equal values are equal whichever way they were made.
  Value A, B;
  ASSERT_TRUE(binaryOp(M, Opcode::Mul, Value::integer(INT64_MAX),
                       Value::integer(2), A));
  ASSERT_TRUE(binaryOp(M, Opcode::Add, Value::integer(INT64_MAX),
                       Value::integer(INT64_MAX), B));
  EXPECT_TRUE(valuesEqual(A, B));
  EXPECT_FALSE(valuesEqual(A, Value::integer(-2)));
}

TEST(BigInt, ToDoubleRoundsHalfEven) {
  Mpz Z;
  double D = 0;
  pow2Plus(Z, 53, 1);
  ASSERT_TRUE(bigint::toDouble(Z, D));
  EXPECT_EQ(D, 0x1.0000000000000p+53);
  pow2Plus(Z, 54, 2);
  ASSERT_TRUE(bigint::toDouble(Z, D));
  EXPECT_EQ(D, 0x1.0000000000000p+54);
  pow2Plus(Z, 54, 6);
  ASSERT_TRUE(bigint::toDouble(Z, D));
  EXPECT_EQ(D, 0x1.0000000000002p+54);
  pow2Plus(Z, 80, (1L << 27) + 1);
  mpz_neg(Z, Z);
  ASSERT_TRUE(bigint::toDouble(Z, D));
  EXPECT_EQ(D, -0x1.0000000000001p+80);
  // 2**1024 - 2**971 rounds down to the largest double; 2**1024 - 2**970
  // would round up to 2**1024: too large.
  pow2Plus(Z, 1024, 0);
  Mpz T;
  pow2Plus(T, 971, 0);
  mpz_sub(T, Z, T);
  ASSERT_TRUE(bigint::toDouble(T, D));
  EXPECT_EQ(D, DBL_MAX);
  pow2Plus(T, 970, 0);
  mpz_sub(T, Z, T);
  EXPECT_FALSE(bigint::toDouble(T, D));
  EXPECT_FALSE(bigint::toDouble(Z, D));
}

TEST(BigInt, TrueDivisionIsCorrectlyRounded) {
  Mpz A, B;
  double D = 0;
  // 1 / 10**320 and friends are subnormal: rounded once.
  mpz_set_ui(A, 1);
  mpz_ui_pow_ui(B, 10, 320);
  ASSERT_TRUE(bigint::divToDouble(A, B, D));
  EXPECT_EQ(D, 0x0.00000000007e8p-1022);
  mpz_set_ui(A, 3);
  pow2Plus(B, 1075, 0);
  ASSERT_TRUE(bigint::divToDouble(A, B, D));
  EXPECT_EQ(D, 0x0.0000000000002p-1022);
  mpz_set_ui(A, 1);
  ASSERT_TRUE(bigint::divToDouble(A, B, D));
  EXPECT_EQ(D, 0.0);
  mpz_set_si(A, -5);
  pow2Plus(B, 1076, 0);
  ASSERT_TRUE(bigint::divToDouble(A, B, D));
  EXPECT_EQ(D, -0x0.0000000000001p-1022);
  mpz_ui_pow_ui(A, 10, 30);
  mpz_set_ui(B, 7);
  ASSERT_TRUE(bigint::divToDouble(A, B, D));
  EXPECT_EQ(D, 0x1.cd98a8b00a10bp+96);
  pow2Plus(A, 70, 0);
  mpz_set_si(B, -3);
  ASSERT_TRUE(bigint::divToDouble(A, B, D));
  EXPECT_EQ(D, -0x1.5555555555555p+68);
  // 0 / -n is -0.0, as in CPython.
  mpz_set_ui(A, 0);
  ASSERT_TRUE(bigint::divToDouble(A, B, D));
  EXPECT_TRUE(D == 0 && std::signbit(D));
  // 10**400 / 1 does not fit.
  mpz_ui_pow_ui(A, 10, 400);
  mpz_set_ui(B, 1);
  EXPECT_FALSE(bigint::divToDouble(A, B, D));
}

TEST(BigInt, DecimalDigitLimit) {
  Mpz Z;
  std::string S = "x";
  mpz_ui_pow_ui(Z, 10, 4299); // 4300 digits
  ASSERT_TRUE(bigint::appendDecimal(Z, S));
  EXPECT_EQ(S.size(), 4301u);
  EXPECT_EQ(S.substr(0, 3), "x10");
  mpz_neg(Z, Z); // The sign does not count.
  S.clear();
  ASSERT_TRUE(bigint::appendDecimal(Z, S));
  EXPECT_EQ(S.size(), 4301u);
  mpz_ui_pow_ui(Z, 10, 4300); // 4301 digits
  mpz_sub_ui(Z, Z, 1);        // 4300 nines
  S = "y";
  ASSERT_TRUE(bigint::appendDecimal(Z, S));
  EXPECT_EQ(S, "y" + std::string(4300, '9'));
  mpz_add_ui(Z, Z, 1);
  S = "y";
  EXPECT_FALSE(bigint::appendDecimal(Z, S));
  EXPECT_EQ(S, "y");
}

TEST(BigInt, OtherBasesAndParsing) {
  Mpz Z;
  pow2Plus(Z, 70, 0);
  mpz_neg(Z, Z);
  std::string S;
  bigint::appendInBase(Z, 16, "0x", S);
  EXPECT_EQ(S, "-0x400000000000000000");
  S.clear();
  bigint::appendInBase(Z, 8, "0o", S);
  EXPECT_EQ(S, "-0o200000000000000000000000");
  bigint::fromDigits("123456789012345678901234567890", 10, true, Z);
  S.clear();
  ASSERT_TRUE(bigint::appendDecimal(Z, S));
  EXPECT_EQ(S, "-123456789012345678901234567890");
  bigint::fromDigits("FFffFFffFFffFFffFF", 16, false, Z);
  S.clear();
  ASSERT_TRUE(bigint::appendDecimal(Z, S));
  EXPECT_EQ(S, "4722366482869645213695");
  bigint::fromDigits("9223372036854775808", 10, true, Z);
  int64_t V = 0;
  ASSERT_TRUE(bigint::fitsInt64(Z, V));
  EXPECT_EQ(V, INT64_MIN);
  EXPECT_TRUE(bigint::baseHasDigitLimit(10));
  EXPECT_TRUE(bigint::baseHasDigitLimit(36));
  EXPECT_FALSE(bigint::baseHasDigitLimit(16));
  EXPECT_FALSE(bigint::baseHasDigitLimit(2));
  EXPECT_FALSE(bigint::baseHasDigitLimit(32));
}

TEST(BigInt, CompareWithDoubleIsExact) {
  Mpz Z;
  pow2Plus(Z, 64, 1);
  EXPECT_EQ(bigint::compareWithDouble(Z, 0x1p64), 1);
  pow2Plus(Z, 64, 0);
  EXPECT_EQ(bigint::compareWithDouble(Z, 0x1p64), 0);
  mpz_ui_pow_ui(Z, 10, 400);
  EXPECT_EQ(bigint::compareWithDouble(Z, DBL_MAX), 1);
  EXPECT_EQ(bigint::compareWithDouble(Z, INFINITY), -1);
  mpz_neg(Z, Z);
  EXPECT_EQ(bigint::compareWithDouble(Z, -INFINITY), 1);
}

} // namespace
