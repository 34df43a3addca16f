//===- FormatTest.cpp - Integer layout over magnitude digit strings -------===//
//
// layoutInteger() takes the magnitude as a digit string in the requested
// base, so integers wider than 64 bits can share it. These cases lay out
// 1234567890123456789012345 (beyond int64) from its digit strings; the
// expected strings are CPython 3.11's format() of that number.
//
//===----------------------------------------------------------------------===//

#include "Format.h"
#include "gtest/gtest.h"
#include <string>

using namespace pyr;

namespace {

std::string layoutBig(VM &M, llvm::StringRef Spec, bool Negative) {
  FormatSpec S;
  if (!parseFormatSpec(M, Spec, "int", '>', 'd', S))
    return "<error>";
  std::string Out;
  layoutInteger(
      S, Negative,
      [](unsigned Base, std::string &D) {
        switch (Base) {
        case 2:
          D +=
              "1000001010110111000001111001101101010011001000100001111011110001"
              "01101111101111001";
          break;
        case 8:
          D += "405334074665144207570557571";
          break;
        case 16:
          D += "1056e0f36a6443de2df79";
          break;
        default:
          D += "1234567890123456789012345";
          break;
        }
      },
      Out);
  return Out;
}

TEST(FormatTest, LayoutIntegerFromDigitStrings) {
  VM M;
  EXPECT_EQ(layoutBig(M, ",", false), "1,234,567,890,123,456,789,012,345");
  EXPECT_EQ(layoutBig(M, "_x", false), "1_056e_0f36_a644_3de2_df79");
  EXPECT_EQ(layoutBig(M, "#b", false),
            "0b100000101011011100000111100110110101001100100010000111101111"
            "000101101111101111001");
  EXPECT_EQ(layoutBig(M, "+040_d", false),
            "+000_001_234_567_890_123_456_789_012_345");
  EXPECT_EQ(layoutBig(M, "^+40,", false),
            "   +1,234,567,890,123,456,789,012,345   ");
  EXPECT_EQ(layoutBig(M, "X", false), "1056E0F36A6443DE2DF79");
  EXPECT_EQ(layoutBig(M, "#o", false), "0o405334074665144207570557571");
  EXPECT_EQ(layoutBig(M, "=30", true), "-    1234567890123456789012345");
}

} // namespace
