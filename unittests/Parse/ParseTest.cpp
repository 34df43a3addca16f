//===- ParseTest.cpp - Parser tests
//----------------------------------------===//
//
// Literal values in ConstantExpr (integers, big integers, floats, decoded
// strings and bytes), tree shapes and contexts, parameter flags, and the
// errors CPython reports, including which of several errors wins.
//
//===----------------------------------------------------------------------===//

#include "pyr/Lex/Diagnostic.h"
#include "pyr/Lex/Lexer.h"
#include "pyr/Parse/Parser.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"
#include <cmath>
#include <string>
#include <vector>

using namespace pyr;
using llvm::cast;
using llvm::dyn_cast;

namespace {

class ParseTest : public ::testing::Test {
protected:
  ASTContext Ctx;
  TokenBuffer Toks;

  /// Parse \p Src, failing the test on an error.
  ModuleStmt *parse(llvm::StringRef Src) {
    auto M = parseModule(Src, Ctx, Toks);
    if (!M) {
      ADD_FAILURE() << "unexpected error: " << llvm::toString(M.takeError());
      return nullptr;
    }
    return *M;
  }

  /// The expression of the single expression statement \p Src.
  Expr *expr(llvm::StringRef Src) {
    ModuleStmt *M = parse(Src);
    if (!M || M->Body.size() != 1 || !llvm::isa<ExprStmt>(M->Body[0])) {
      ADD_FAILURE() << "not one expression statement: " << Src.str();
      return nullptr;
    }
    return cast<ExprStmt>(M->Body[0])->Value;
  }

  ConstantExpr *constant(llvm::StringRef Src) {
    Expr *E = expr(Src);
    auto *C = E ? dyn_cast<ConstantExpr>(E) : nullptr;
    if (!C)
      ADD_FAILURE() << "not a constant: " << Src.str();
    return C;
  }

  /// The decoded value of the string or bytes literal \p Src.
  std::string value(llvm::StringRef Src) {
    ConstantExpr *C = constant(Src);
    return C ? C->Text.str() : std::string("<none>");
  }

  struct ParseError {
    std::string ExcType, Msg;
    uint32_t Line = 0, Col = 0;
  };

  ParseError error(llvm::StringRef Src) {
    ParseError Result;
    auto M = parseModule(Src, Ctx, Toks);
    if (M) {
      ADD_FAILURE() << "no error for: " << Src.str();
      return Result;
    }
    llvm::handleAllErrors(M.takeError(), [&](const SyntaxError &SE) {
      Result = {SE.ExcType, SE.Msg, SE.Line, SE.Col};
    });
    return Result;
  }

  std::string dump(const Node *N) {
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    dumpAST(N, OS);
    return OS.str();
  }
};

TEST_F(ParseTest, IntegerValues) {
  struct Case {
    const char *Src;
    int64_t Value;
  } Cases[] = {{"0", 0},
               {"00", 0},
               {"42", 42},
               {"1_000_000", 1000000},
               {"0xff", 255},
               {"0XdeadBEEF", 0xdeadbeef},
               {"0o17", 15},
               {"0O_7_7", 63},
               {"0b1010", 10},
               {"0B_1", 1},
               {"999999999999999999", 999999999999999999},
               {"9223372036854775807", INT64_MAX},
               {"0x7fff_ffff_ffff_ffff", INT64_MAX},
               {"0o777", 511}};
  for (const Case &C : Cases) {
    SCOPED_TRACE(C.Src);
    ConstantExpr *K = constant(C.Src);
    ASSERT_TRUE(K);
    EXPECT_EQ(K->CK, ConstantExpr::Int);
    EXPECT_FALSE(K->IsBigInt);
    EXPECT_EQ(K->IntVal, C.Value);
  }
}

TEST_F(ParseTest, BigIntegers) {
  // Integers beyond int64 keep their spelling, without '_'.
  for (const char *Src : {"9223372036854775808", "0x8000000000000000",
                          "0o1_000_000_000_000_000_000_000",
                          "123_456_789_012_345_678_901_234_567_890"}) {
    SCOPED_TRACE(Src);
    ConstantExpr *K = constant(Src);
    ASSERT_TRUE(K);
    EXPECT_EQ(K->CK, ConstantExpr::Int);
    EXPECT_TRUE(K->IsBigInt);
    std::string Spelling(Src);
    Spelling.erase(std::remove(Spelling.begin(), Spelling.end(), '_'),
                   Spelling.end());
    EXPECT_EQ(K->Text, Spelling);
  }
  // -2**63 is the negation of a big integer.
  Expr *E = expr("-9223372036854775808");
  auto *U = dyn_cast<UnaryOpExpr>(E);
  ASSERT_TRUE(U);
  EXPECT_EQ(U->Op, UnaryOp::USub);
  EXPECT_TRUE(cast<ConstantExpr>(U->Operand)->IsBigInt);
}

TEST_F(ParseTest, FloatAndImaginaryValues) {
  struct Case {
    const char *Src;
    double Value;
  } Cases[] = {{"1.5", 1.5},      {"1.", 1.0},         {".25", 0.25},
               {"1e3", 1000.0},   {"1E-3", 0.001},     {"1_0.0_5", 10.05},
               {"2.5e+2", 250.0}, {"1e400", INFINITY}, {"0e0", 0.0}};
  for (const Case &C : Cases) {
    SCOPED_TRACE(C.Src);
    ConstantExpr *K = constant(C.Src);
    ASSERT_TRUE(K);
    EXPECT_EQ(K->CK, ConstantExpr::Float);
    EXPECT_DOUBLE_EQ(K->FloatVal, C.Value);
    EXPECT_EQ(K->Text, C.Src);
  }
  ConstantExpr *K = constant("3.5j");
  ASSERT_TRUE(K);
  EXPECT_EQ(K->CK, ConstantExpr::Imaginary);
  EXPECT_DOUBLE_EQ(K->FloatVal, 3.5);
  K = constant("1_0J");
  ASSERT_TRUE(K);
  EXPECT_DOUBLE_EQ(K->FloatVal, 10.0);
}

TEST_F(ParseTest, OtherConstants) {
  EXPECT_EQ(constant("None")->CK, ConstantExpr::None);
  EXPECT_EQ(constant("True")->CK, ConstantExpr::True);
  EXPECT_EQ(constant("False")->CK, ConstantExpr::False);
  EXPECT_EQ(constant("...")->CK, ConstantExpr::Ellipsis);
}

TEST_F(ParseTest, StringEscapes) {
  EXPECT_EQ(value(R"('a\nb\tc\\d\'e\"f')"), "a\nb\tc\\d'e\"f");
  EXPECT_EQ(value(R"('\a\b\f\v\r')"), "\a\b\f\v\r");
  // Octal: one to three digits; values above 0xFF are code points.
  EXPECT_EQ(value(R"('\0\7\101\1011\777')"), std::string("\0\7AA1\xC7\xBF", 7));
  // \x takes exactly two hex digits, \u four, \U eight.
  EXPECT_EQ(value(R"('\x41\x7e\x00')"), std::string("A~\0", 3));
  EXPECT_EQ(value(R"('\u00e9\u20AC')"), "\xC3\xA9\xE2\x82\xAC");
  EXPECT_EQ(value(R"('\U0001F600\U00000041')"), "\xF0\x9F\x98\x80"
                                                "A");
  // A lone surrogate keeps the three-byte form.
  EXPECT_EQ(value(R"('\ud800')"), "\xED\xA0\x80");
  // Unknown escapes keep their backslash.
  EXPECT_EQ(value(R"('\d\q\8')"), "\\d\\q\\8");
  // A backslash-newline is removed; source newlines are '\n'.
  EXPECT_EQ(value("'a\\\nb'"), "ab");
  EXPECT_EQ(value("'''a\r\nb\rc'''"), "a\nb\nc");
  // Non-ASCII source text is kept as UTF-8.
  EXPECT_EQ(value("'\xC3\xA9t\xC3\xA9'"), "\xC3\xA9t\xC3\xA9");
}

TEST_F(ParseTest, RawStrings) {
  EXPECT_EQ(value(R"(r'\n\x41\'')"), R"(\n\x41\')");
  EXPECT_EQ(value(R"(R"\\")"), R"(\\)");
  EXPECT_EQ(value(R"(rb'\x00')"), R"(\x00)");
  EXPECT_EQ(value("r'a\\\nb'"), "a\\\nb");
}

TEST_F(ParseTest, Bytes) {
  ConstantExpr *K = constant(R"(b'\x00\x80\xff\101')");
  ASSERT_TRUE(K);
  EXPECT_EQ(K->CK, ConstantExpr::Bytes);
  EXPECT_EQ(K->Text, llvm::StringRef("\0\x80\xff"
                                     "A",
                                     4));
  // \u, \U and \N are not escapes in bytes.
  EXPECT_EQ(value(R"(b'\u00e9\N')"), R"(\u00e9\N)");
}

TEST_F(ParseTest, ImplicitConcatenation) {
  ConstantExpr *K = constant("'a' \"b\" '''c''' r'\\d'");
  ASSERT_TRUE(K);
  EXPECT_EQ(K->CK, ConstantExpr::Str);
  EXPECT_EQ(K->Text, "abc\\d");
  EXPECT_EQ(K->getPos().Col, 1u);
  EXPECT_EQ(value("b'a' B'b'"), "ab");
  EXPECT_EQ(value("''"), "");
}

TEST_F(ParseTest, Precedence) {
  // -a ** -b ** c is -(a ** (-(b ** c))).
  Expr *E = expr("-a ** -b ** c");
  auto *Neg = dyn_cast<UnaryOpExpr>(E);
  ASSERT_TRUE(Neg);
  auto *Pow = dyn_cast<BinOpExpr>(Neg->Operand);
  ASSERT_TRUE(Pow);
  EXPECT_EQ(Pow->Op, BinaryOp::Pow);
  auto *Neg2 = dyn_cast<UnaryOpExpr>(Pow->RHS);
  ASSERT_TRUE(Neg2);
  EXPECT_EQ(cast<BinOpExpr>(Neg2->Operand)->Op, BinaryOp::Pow);

  // a - b - c is (a - b) - c.
  auto *Sub = cast<BinOpExpr>(expr("a - b - c"));
  EXPECT_TRUE(llvm::isa<BinOpExpr>(Sub->LHS));
  EXPECT_TRUE(llvm::isa<NameExpr>(Sub->RHS));

  // Comparisons chain into one node; 'not' binds looser.
  auto *Not = cast<UnaryOpExpr>(expr("not a < b <= c is not d not in e"));
  EXPECT_EQ(Not->Op, UnaryOp::Not);
  auto *Cmp = cast<CompareExpr>(Not->Operand);
  EXPECT_EQ(Cmp->Ops.size(), 4u);
  EXPECT_EQ(Cmp->Ops[2], CmpOp::IsNot);
  EXPECT_EQ(Cmp->Ops[3], CmpOp::NotIn);
  EXPECT_EQ(Cmp->Comparators.size(), 4u);

  // Boolean operators flatten: a or b or c is one BoolOp of three.
  auto *Or = cast<BoolOpExpr>(expr("a or b or c and d"));
  EXPECT_EQ(Or->Op, BoolOpKind::Or);
  ASSERT_EQ(Or->Values.size(), 3u);
  EXPECT_EQ(cast<BoolOpExpr>(Or->Values[2])->Op, BoolOpKind::And);

  EXPECT_EQ(dump(expr("1 + 2 * 3 | 4")), "BinOp BitOr <1:1>\n"
                                         "  BinOp Add <1:1>\n"
                                         "    Constant int 1 <1:1>\n"
                                         "    BinOp Mult <1:5>\n"
                                         "      Constant int 2 <1:5>\n"
                                         "      Constant int 3 <1:9>\n"
                                         "  Constant int 4 <1:13>\n");
}

TEST_F(ParseTest, TargetContexts) {
  ModuleStmt *M = parse("a, [b, *c] = d\nx.y += 1\ndel e[0], f\n");
  ASSERT_TRUE(M);
  auto *A = cast<AssignStmt>(M->Body[0]);
  auto *Tup = cast<SequenceExpr>(A->Targets[0]);
  EXPECT_EQ(Tup->Ctx, ExprContext::Store);
  EXPECT_EQ(cast<NameExpr>(Tup->Elts[0])->Ctx, ExprContext::Store);
  auto *List = cast<SequenceExpr>(Tup->Elts[1]);
  EXPECT_EQ(List->Ctx, ExprContext::Store);
  EXPECT_EQ(cast<StarredExpr>(List->Elts[1])->Ctx, ExprContext::Store);
  EXPECT_EQ(cast<NameExpr>(A->Value)->Ctx, ExprContext::Load);

  auto *Aug = cast<AugAssignStmt>(M->Body[1]);
  EXPECT_EQ(Aug->Op, BinaryOp::Add);
  EXPECT_EQ(cast<AttributeExpr>(Aug->Target)->Ctx, ExprContext::Store);

  auto *Del = cast<DelStmt>(M->Body[2]);
  EXPECT_EQ(cast<SubscriptExpr>(Del->Targets[0])->Ctx, ExprContext::Del);
  EXPECT_EQ(cast<NameExpr>(Del->Targets[1])->Ctx, ExprContext::Del);
}

TEST_F(ParseTest, Positions) {
  // Trailers on a parenthesized atom start at its '('; a tuple of indices
  // at its first element.
  auto *Call = cast<CallExpr>(expr("(a + b).c(d)"));
  EXPECT_EQ(Call->getPos().Col, 1u);
  EXPECT_EQ(cast<AttributeExpr>(Call->Func)->getPos().Col, 1u);
  auto *Sub = cast<SubscriptExpr>(expr("x[ 1, 2]"));
  EXPECT_EQ(Sub->Index->getPos().Col, 4u);
  auto *Sub2 = cast<SubscriptExpr>(expr("x[*y]"));
  ASSERT_EQ(Sub2->Index->getKind(), NodeKind::Tuple);
  EXPECT_EQ(cast<SequenceExpr>(Sub2->Index)->Elts.size(), 1u);
}

TEST_F(ParseTest, Parameters) {
  ModuleStmt *M = parse("def f(a, b=1, /, c=2, *d: int, e, **g) -> int:\n"
                        "    pass\n"
                        "def h(*, k): pass\n"
                        "def i(): pass\n");
  ASSERT_TRUE(M);
  auto *F = cast<FunctionDefStmt>(M->Body[0]);
  EXPECT_EQ(F->Name, "f");
  ASSERT_EQ(F->Params.Params.size(), 4u);
  EXPECT_EQ(F->Params.Params[3].Name, "e");
  EXPECT_EQ(F->Params.Params[0].Default, nullptr);
  EXPECT_EQ(cast<ConstantExpr>(F->Params.Params[1].Default)->IntVal, 1);
  EXPECT_TRUE(F->Params.HasPosOnly);
  EXPECT_TRUE(F->Params.HasVarArgs);
  EXPECT_FALSE(F->Params.HasKwOnly);
  EXPECT_TRUE(F->Params.HasVarKw);
  EXPECT_TRUE(F->Params.HasAnnotations);
  // The first of '/', '*' and '**'.
  EXPECT_EQ(F->Params.ExtrasPos.Col, 15u);
  ASSERT_TRUE(F->Returns);
  EXPECT_EQ(cast<NameExpr>(F->Returns)->Id, "int");

  auto *H = cast<FunctionDefStmt>(M->Body[1]);
  EXPECT_TRUE(H->Params.HasKwOnly);
  EXPECT_FALSE(H->Params.HasVarArgs);
  auto *I = cast<FunctionDefStmt>(M->Body[2]);
  EXPECT_TRUE(I->Params.Params.empty());
  EXPECT_FALSE(I->Params.HasPosOnly || I->Params.HasVarArgs ||
               I->Params.HasKwOnly || I->Params.HasVarKw ||
               I->Params.HasAnnotations);
}

TEST_F(ParseTest, NameDeclarationsAreNoted) {
  EXPECT_FALSE(parse("x = 1\n")->HasNameDecls);
  EXPECT_TRUE(parse("def f():\n    global x\n")->HasNameDecls);
}

TEST_F(ParseTest, Errors) {
  struct Case {
    const char *Src, *ExcType, *Msg;
    uint32_t Line, Col;
  } Cases[] = {
      {"x = = 1\n", "SyntaxError", "invalid syntax", 1, 5},
      {"if x\n    pass\n", "SyntaxError", "expected ':'", 1, 5},
      {"if x:\npass\n", "IndentationError",
       "expected an indented block after 'if' statement on line 1", 2, 1},
      {"x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2},
      {"1 = x\n", "SyntaxError",
       "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1,
       1},
      {"f() = \n", "SyntaxError", "cannot assign to function call", 1, 1},
      {"f(a=1, 2)\n", "SyntaxError",
       "positional argument follows keyword argument", 1, 9},
      {"def f(a=1, b): pass\n", "SyntaxError",
       "non-default argument follows default argument", 1, 12},
      {"x = [1, 2 3]\n", "SyntaxError",
       "invalid syntax. Perhaps you forgot a comma?", 1, 9},
      {"x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5},
      {"print 'x'\n", "SyntaxError",
       "Missing parentheses in call to 'print'. Did you mean print(...)?", 1,
       1},
      {"x = '\\x4'\n", "SyntaxError",
       "(unicode error) 'unicodeescape' codec can't decode bytes in position "
       "0-2: truncated \\xXX escape",
       1, 10},
      {"class C: pass\n", "SyntaxError",
       "class definition is not supported yet", 1, 1},
      {"x = f'{}'\n", "SyntaxError", "f-string: empty expression not allowed",
       1, 10},
  };
  for (const Case &C : Cases) {
    SCOPED_TRACE(C.Src);
    ParseError E = error(C.Src);
    EXPECT_EQ(E.ExcType, C.ExcType);
    EXPECT_EQ(E.Msg, C.Msg);
    EXPECT_EQ(E.Line, C.Line);
    EXPECT_EQ(E.Col, C.Col);
  }
}

TEST_F(ParseTest, ErrorPrecedence) {
  // A syntax error anywhere beats a duplicate parameter.
  ParseError E = error("def f(a, a): pass\nx = = 1\n");
  EXPECT_EQ(E.Msg, "invalid syntax");
  EXPECT_EQ(E.Line, 2u);
  E = error("def f(a, a): pass\n");
  EXPECT_EQ(E.Msg, "duplicate argument 'a' in function definition");
  // An unterminated string later in the file beats an earlier parse error.
  E = error("x = = 1\ny = 'abc\n");
  EXPECT_EQ(E.Msg, "unterminated string literal (detected at line 2)");
  // An indentation error later in the file does not.
  E = error("x = = 1\nif y:\n    z\n  w\n");
  EXPECT_EQ(E.Msg, "invalid syntax");
  EXPECT_EQ(E.Line, 1u);
  // The tokenizer's error wins when the parser reaches it.
  E = error("if y:\n    z\n  w\n");
  EXPECT_EQ(E.ExcType, "IndentationError");
  EXPECT_EQ(E.Msg, "unindent does not match any outer indentation level");
}

TEST_F(ParseTest, DeepNestingIsRefused) {
  ParseError E = error(std::string(100000, '-') + "1\n");
  EXPECT_EQ(E.Msg, "too many nested expressions");
  E = error("x = " + std::string(100000, '('));
  EXPECT_EQ(E.Msg, "too many nested parentheses");
  std::string Chain = "a";
  for (unsigned I = 0; I < 100000; ++I)
    Chain += ".b";
  E = error(Chain + "\n");
  EXPECT_EQ(E.Msg, "too many nested expressions");
}

TEST_F(ParseTest, TreeHeightLimit) {
  // A left-associative chain of N operators is N + 1 high, whether its
  // right operands are parsed as leaves or not; 2500 is the most the
  // parser accepts, and the error is where the chain starts.
  auto Chain = [](unsigned N, const char *Operand) {
    std::string S = "x = 1";
    for (unsigned I = 0; I < N; ++I)
      S += std::string(" + ") + Operand;
    return S + "\n";
  };
  for (const char *Operand : {"1", "y", "(1)"}) {
    SCOPED_TRACE(Operand);
    Expr *V = nullptr;
    if (ModuleStmt *M = parse(Chain(2499, Operand)))
      V = cast<AssignStmt>(M->Body[0])->Value;
    ASSERT_TRUE(V);
    EXPECT_EQ(V->getHeight(), 2500u);
    ParseError E = error(Chain(2500, Operand));
    EXPECT_EQ(E.Msg, "too many nested expressions");
    EXPECT_EQ(E.Line, 1u);
    EXPECT_EQ(E.Col, 5u);
  }
  // A right operand higher than the left one sets the height.
  EXPECT_EQ(expr("1 + (2 + 3)")->getHeight(), 3u);
  EXPECT_EQ(expr("1 + 2 * 3")->getHeight(), 3u);
  EXPECT_EQ(expr("1 * 2 + 3")->getHeight(), 3u);
}

TEST_F(ParseTest, TokensMustEndWithEndOfFile) {
  llvm::StringRef Src = "x\n";
  ASSERT_FALSE(bool(lex(Src, Toks)));
  Toks.pop_back();
  auto M = parseTokens(Src, Toks, Ctx);
  ASSERT_FALSE(bool(M));
  EXPECT_EQ(llvm::toString(M.takeError()),
            "SyntaxError: token stream does not end with ENDMARKER (line 1, "
            "column 1)");
}

TEST_F(ParseTest, ReusesContextAndScratch) {
  // The same context and token vector serve several parses; a reset drops
  // the trees.
  for (int I = 0; I < 3; ++I) {
    ModuleStmt *M = parse("def f(x):\n    return x * 2\nprint(f(21))\n");
    ASSERT_TRUE(M);
    EXPECT_EQ(M->Body.size(), 2u);
    ParseError E = error("x = (\n");
    EXPECT_EQ(E.Msg, "'(' was never closed");
    Ctx.reset();
  }
}

} // namespace
