//===- VMTest.cpp - Value formatting, the execute API and the Interpreter -===//

#include "pyr/Compile/Bytecode.h"
#include "pyr/VM/Interpreter.h"
#include "pyr/VM/Value.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"
#include <cmath>
#include <limits>
#include <string>

using namespace pyr;

namespace {

//===----------------------------------------------------------------------===//
// Float repr
//===----------------------------------------------------------------------===//

std::string floatRepr(double D) {
  std::string S;
  appendFloatRepr(D, S);
  return S;
}

// Expected strings are repr(float(x)) from CPython 3.11.
TEST(FloatRepr, MatchesCPython) {
  struct Case {
    double Value;
    const char *Repr;
  } Cases[] = {
      {1e16, "1e+16"},
      {1e-05, "1e-05"},
      {5e-324, "5e-324"},
      {1.7976931348623157e+308, "1.7976931348623157e+308"},
      {0.1, "0.1"},
      {100.0, "100.0"},
      {1e22, "1e+22"},
      {123456789.123, "123456789.123"},
      {0.0, "0.0"},
      {-0.0, "-0.0"},
      {1.0, "1.0"},
      {-1.5, "-1.5"},
      {0.30000000000000004, "0.30000000000000004"},
      {1e15, "1000000000000000.0"},
      {9999999999999998.0, "9999999999999998.0"},
      {1e-4, "0.0001"},
      {0.0001234, "0.0001234"},
      {2.2250738585072014e-308, "2.2250738585072014e-308"},
      {1e100, "1e+100"},
      {123456789012345678.0, "1.2345678901234568e+17"},
      {1.5e300, "1.5e+300"},
      {-1e-7, "-1e-07"},
      {9223372036854775808.0, "9.223372036854776e+18"},
      {4.35, "4.35"},
      {0.3333333333333333, "0.3333333333333333"},
      {2.5e-5, "2.5e-05"},
      {1234567890123456.7, "1234567890123456.8"},
      {12345678901234567.0, "1.2345678901234568e+16"},
      {1e-323, "1e-323"},
      {-2.0, "-2.0"},
      {0.5, "0.5"},
      {1e+23, "1e+23"},
      {8.98846567431158e+307, "8.98846567431158e+307"},
      {4.9406564584124654e-324, "5e-324"},
  };
  for (const Case &C : Cases)
    EXPECT_EQ(floatRepr(C.Value), C.Repr) << "for " << C.Repr;
}

TEST(FloatRepr, NonFinite) {
  EXPECT_EQ(floatRepr(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(floatRepr(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(floatRepr(std::numeric_limits<double>::quiet_NaN()), "nan");
  EXPECT_EQ(floatRepr(-std::numeric_limits<double>::quiet_NaN()), "nan");
}

TEST(FloatRepr, Appends) {
  std::string S = "x=";
  appendFloatRepr(2.5, S);
  EXPECT_EQ(S, "x=2.5");
}

// Every power of ten in range is printed exactly, in the notation CPython
// picks: fixed for exponents -4..15, scientific otherwise.
TEST(FloatRepr, PowersOfTen) {
  for (int E = -20; E <= 25; ++E) {
    std::string Expected;
    if (E >= 16 || E < -4) {
      char Buf[16];
      snprintf(Buf, sizeof(Buf), "1e%c%02d", E < 0 ? '-' : '+', std::abs(E));
      Expected = Buf;
    } else if (E >= 0) {
      Expected = "1" + std::string(E, '0') + ".0";
    } else {
      Expected = "0." + std::string(-E - 1, '0') + "1";
    }
    EXPECT_EQ(floatRepr(std::stod("1e" + std::to_string(E))), Expected);
  }
}

TEST(Repr, ImmediateValues) {
  auto Repr = [](Value V) {
    std::string S;
    appendRepr(V, S);
    return S;
  };
  EXPECT_EQ(Repr(Value::none()), "None");
  EXPECT_EQ(Repr(Value::boolean(true)), "True");
  EXPECT_EQ(Repr(Value::boolean(false)), "False");
  EXPECT_EQ(Repr(Value::integer(0)), "0");
  EXPECT_EQ(Repr(Value::integer(-42)), "-42");
  EXPECT_EQ(Repr(Value::integer(INT64_MAX)), "9223372036854775807");
  EXPECT_EQ(Repr(Value::integer(INT64_MIN)), "-9223372036854775808");
  EXPECT_EQ(Repr(Value::real(0.1)), "0.1");
  std::string S;
  appendStr(Value::integer(7), S);
  EXPECT_EQ(S, "7");
}

//===----------------------------------------------------------------------===//
// pyr::execute
//===----------------------------------------------------------------------===//

std::string errorText(llvm::Error E) { return llvm::toString(std::move(E)); }

TEST(Execute, TrailingExpressionValue) {
  auto R = execute("2 + 3");
  ASSERT_TRUE(!!R) << errorText(R.takeError());
  EXPECT_EQ(*R, "5");
}

TEST(Execute, PrintedOutput) {
  auto R = execute("print(42)");
  ASSERT_TRUE(!!R) << errorText(R.takeError());
  EXPECT_EQ(*R, "42\n");
}

TEST(Execute, AssignmentPrintsNothing) {
  auto R = execute("x = 10");
  ASSERT_TRUE(!!R) << errorText(R.takeError());
  EXPECT_EQ(*R, "");
}

TEST(Execute, Statements) {
  auto R = execute("x = 10\ny = 20\nprint(x + y)");
  ASSERT_TRUE(!!R) << errorText(R.takeError());
  EXPECT_EQ(*R, "30\n");
}

TEST(Execute, OutputThenTrailingValue) {
  auto R = execute("print('a')\n'b' + 'c'");
  ASSERT_TRUE(!!R) << errorText(R.takeError());
  EXPECT_EQ(*R, "a\n'bc'");
  // A trailing expression whose value is None adds nothing.
  R = execute("None");
  ASSERT_TRUE(!!R);
  EXPECT_EQ(*R, "");
  R = execute("1 / 4");
  ASSERT_TRUE(!!R);
  EXPECT_EQ(*R, "0.25");
}

TEST(Execute, ZeroDivision) {
  auto R = execute("10 / 0");
  ASSERT_FALSE(!!R);
  EXPECT_EQ(errorText(R.takeError()), "ZeroDivisionError: division by zero");
}

TEST(Execute, RuntimeErrorDetails) {
  auto R = execute("def f(x):\n    return x // 0\nprint('hi')\nf(1)\n");
  ASSERT_FALSE(!!R);
  bool Seen = false;
  llvm::handleAllErrors(R.takeError(), [&](const RuntimeError &E) {
    Seen = true;
    EXPECT_EQ(E.Type, "ZeroDivisionError");
    EXPECT_EQ(E.Msg, "integer division or modulo by zero");
    // No source lines: CPython shows none for code run from a string.
    EXPECT_EQ(E.Traceback, "Traceback (most recent call last):\n"
                           "  File \"<string>\", line 4, in <module>\n"
                           "  File \"<string>\", line 2, in f\n");
  });
  EXPECT_TRUE(Seen);
}

TEST(Execute, SyntaxError) {
  auto R = execute("x = (1 +");
  ASSERT_FALSE(!!R);
  std::string Msg = errorText(R.takeError());
  EXPECT_EQ(Msg.rfind("SyntaxError: ", 0), 0u) << Msg;
}

TEST(Execute, CompileError) {
  auto R = execute("return 5");
  ASSERT_FALSE(!!R);
  std::string Msg = errorText(R.takeError());
  EXPECT_NE(Msg.find("'return' outside function"), std::string::npos) << Msg;
  R = execute("x = 1j");
  ASSERT_FALSE(!!R);
  Msg = errorText(R.takeError());
  EXPECT_NE(Msg.find("complex number literal is not supported yet"),
            std::string::npos)
      << Msg;
}

TEST(Execute, Containers) {
  auto R = execute("xs = [3, 1, 2]\nxs.sort()\nxs.append((4,))\nxs[::-1]");
  ASSERT_TRUE(!!R) << errorText(R.takeError());
  EXPECT_EQ(*R, "[(4,), 3, 2, 1]");
  R = execute("t = 0\nfor a, b in zip('ab', range(2)):\n    t += b\n"
              "a, t, list(range(3))");
  ASSERT_TRUE(!!R) << errorText(R.takeError());
  EXPECT_EQ(*R, "('b', 1, [0, 1, 2])");
  // Running again after a failure leaves nothing behind.
  R = execute("[1][5]");
  ASSERT_FALSE(!!R);
  EXPECT_NE(errorText(R.takeError())
                .find("IndexError: list index out of "
                      "range"),
            std::string::npos);
  R = execute("x = []\nx.append(x)\nx");
  ASSERT_TRUE(!!R) << errorText(R.takeError());
  EXPECT_EQ(*R, "[[...]]");
  // The method cache must not carry a method over to a later run whose
  // name constant happens to reuse the address of an earlier one.
  for (int I = 0; I < 3; ++I) {
    R = execute("x = [7]\nx.append(8)\nx");
    ASSERT_TRUE(!!R) << errorText(R.takeError());
    EXPECT_EQ(*R, "[7, 8]");
    // Nor over a run that cached no method (the generation then stays).
    R = execute("2 + 3");
    ASSERT_TRUE(!!R) << errorText(R.takeError());
    EXPECT_EQ(*R, "5");
    R = execute("x = [7]\nx.pop()");
    ASSERT_TRUE(!!R) << errorText(R.takeError());
    EXPECT_EQ(*R, "7");
  }
}

TEST(Execute, NameAndTypeErrors) {
  auto R = execute("print(missing)");
  ASSERT_FALSE(!!R);
  EXPECT_EQ(errorText(R.takeError()),
            "NameError: name 'missing' is not defined");
  R = execute("1 + 'a'");
  ASSERT_FALSE(!!R);
  EXPECT_EQ(errorText(R.takeError()),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
}

TEST(Execute, OverflowMakesABigInt) {
  auto R = execute("9223372036854775807 + 1");
  ASSERT_TRUE(!!R) << errorText(R.takeError());
  EXPECT_EQ(*R, "9223372036854775808");
  R = execute("10 ** 5000");
  ASSERT_FALSE(!!R);
  EXPECT_EQ(errorText(R.takeError()),
            "ValueError: Exceeds the limit (4300 digits) for integer string "
            "conversion; use sys.set_int_max_str_digits() to increase the "
            "limit");
}

// Nothing leaks from one run into the next: globals, output, errors.
TEST(Interpreter, ManyProgramsInARow) {
  Interpreter I;
  for (int Round = 0; Round < 50; ++Round) {
    auto R = I.execute("x = " + std::to_string(Round) + "\nprint(x * 2)");
    ASSERT_TRUE(!!R) << errorText(R.takeError());
    EXPECT_EQ(*R, std::to_string(Round * 2) + "\n");

    R = I.execute("x");
    ASSERT_FALSE(!!R) << "global leaked into the next program";
    EXPECT_EQ(errorText(R.takeError()), "NameError: name 'x' is not defined");

    R = I.execute("def f(n):\n    if n < 2:\n        return n\n"
                  "    return f(n - 1) + f(n - 2)\nf(15)");
    ASSERT_TRUE(!!R) << errorText(R.takeError());
    EXPECT_EQ(*R, "610");

    R = I.execute("s = 'ab' * 3\nprint(s + '!')\n1 / 0");
    ASSERT_FALSE(!!R);
    EXPECT_EQ(errorText(R.takeError()), "ZeroDivisionError: division by zero");

    R = I.execute("def f():\n    return f()\nf()");
    ASSERT_FALSE(!!R);
    EXPECT_EQ(errorText(R.takeError()),
              "RecursionError: maximum recursion depth exceeded");

    R = I.execute("'str' * 2");
    ASSERT_TRUE(!!R) << errorText(R.takeError());
    EXPECT_EQ(*R, "'strstr'");

    R = I.execute("y = (");
    ASSERT_FALSE(!!R);
    llvm::consumeError(R.takeError());
  }
}

TEST(Interpreter, SeparateInterpretersAreIndependent) {
  Interpreter A, B;
  auto RA = A.execute("v = 1\nv");
  auto RB = B.execute("v = 2\nv");
  ASSERT_TRUE(RA && RB);
  EXPECT_EQ(*RA, "1");
  EXPECT_EQ(*RB, "2");
}

//===----------------------------------------------------------------------===//
// Interpreter::run on hand-built programs
//===----------------------------------------------------------------------===//

Program printConstantsProgram() {
  Program P;
  P.GlobalNames = {"print"};
  CodeObject &M = P.Module;
  M.Name = "<module>";
  M.NumRegs = 8;
  Constant K;
  for (Constant::Kind Kind : {Constant::None, Constant::True, Constant::False}) {
    K.K = Kind;
    M.Consts.push_back(K);
  }
  K.K = Constant::Int;
  K.I = INT64_MIN;
  M.Consts.push_back(K);
  K.K = Constant::Float;
  K.F = -0.0;
  M.Consts.push_back(K);
  K.K = Constant::Str;
  K.S = std::string("a\0b", 3);
  M.Consts.push_back(K);
  M.Code = {
      Instr::makeABx(Opcode::LoadGlobal, 0, 0),
      Instr::makeABx(Opcode::LoadConst, 1, 0),
      Instr::makeABx(Opcode::LoadConst, 2, 1),
      Instr::makeABx(Opcode::LoadConst, 3, 2),
      Instr::makeABx(Opcode::LoadConst, 4, 3),
      Instr::makeABx(Opcode::LoadConst, 5, 4),
      Instr::makeABx(Opcode::LoadConst, 6, 5),
      Instr::makeABC(Opcode::Call, 0, 6),
      Instr::makeABx(Opcode::LoadInt, 7, static_cast<uint32_t>(-5)),
      Instr::makeABC(Opcode::Return, 7),
  };
  M.Lines.assign(M.Code.size(), 1);
  return P;
}

TEST(Interpreter, RunHandBuiltProgram) {
  Program P = printConstantsProgram();
  ASSERT_FALSE(!!verifyProgram(P));
  Interpreter I;
  std::string Out, Result;
  llvm::raw_string_ostream OS(Out);
  ASSERT_FALSE(!!I.run(P, OS, &Result));
  OS.flush();
  EXPECT_EQ(Out, std::string("None True False -9223372036854775808 -0.0 a\0b\n",
                             46));
  EXPECT_EQ(Result, "-5");
  // The same Program runs again with the same result.
  Out.clear();
  Result.clear();
  ASSERT_FALSE(!!I.run(P, OS, &Result));
  OS.flush();
  EXPECT_EQ(Result, "-5");
}

} // namespace
