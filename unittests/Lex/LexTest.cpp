//===- LexTest.cpp - Tokenizer tests
//---------------------------------------===//
//
// Token kinds and positions, layout tokens, the error classes and positions
// CPython reports, and reuse of the output vector.
//
//===----------------------------------------------------------------------===//

#include "pyr/Lex/Diagnostic.h"
#include "pyr/Lex/Lexer.h"
#include "gtest/gtest.h"
#include <string>
#include <vector>

using namespace pyr;

namespace {

/// Lex \p Src, failing the test on an error.
TokenBuffer lexOK(llvm::StringRef Src) {
  TokenBuffer Toks;
  if (llvm::Error E = lex(Src, Toks))
    ADD_FAILURE() << "unexpected error: " << llvm::toString(std::move(E));
  return Toks;
}

/// The kinds of the tokens of \p Src.
std::vector<TokenKind> kinds(llvm::StringRef Src) {
  std::vector<TokenKind> Kinds;
  for (const Token &T : lexOK(Src))
    Kinds.push_back(T.Kind);
  return Kinds;
}

/// What went wrong lexing \p Src: the error's class, message and position.
struct LexError {
  std::string ExcType, Msg;
  uint32_t Line = 0, Col = 0, Offset = 0;
};

LexError lexError(llvm::StringRef Src) {
  TokenBuffer Toks;
  LexError Result;
  llvm::Error E = lex(Src, Toks);
  if (!E) {
    ADD_FAILURE() << "no error for: " << Src.str();
    return Result;
  }
  llvm::handleAllErrors(std::move(E), [&](const SyntaxError &SE) {
    Result = {SE.ExcType, SE.Msg, SE.Line, SE.Col, SE.Offset};
  });
  return Result;
}

using K = TokenKind;

TEST(LexTest, KindsAndPositions) {
  llvm::StringRef Src = "x = foo(1, 'a')  # c\n";
  TokenBuffer Toks = lexOK(Src);
  ASSERT_EQ(Toks.size(), 10u);
  struct Expected {
    TokenKind Kind;
    const char *Text;
    uint32_t Line, Col;
  } Want[] = {{K::Identifier, "x", 1, 1},   {K::Equal, "=", 1, 3},
              {K::Identifier, "foo", 1, 5}, {K::LParen, "(", 1, 8},
              {K::Integer, "1", 1, 9},      {K::Comma, ",", 1, 10},
              {K::String, "'a'", 1, 12},    {K::RParen, ")", 1, 15},
              {K::Newline, "", 1, 18},      {K::EndOfFile, "", 2, 1}};
  for (size_t I = 0; I < Toks.size(); ++I) {
    SCOPED_TRACE(I);
    EXPECT_EQ(Toks[I].Kind, Want[I].Kind);
    EXPECT_EQ(Toks[I].text(Src), Want[I].Text);
    EXPECT_EQ(Toks[I].Line, Want[I].Line);
    EXPECT_EQ(Toks[I].Col, Want[I].Col);
  }
  // Offsets are bytes into the buffer, columns bytes into the line.
  EXPECT_EQ(Toks[6].Offset, 11u);
  EXPECT_EQ(Toks[6].Length, 3u);
}

TEST(LexTest, ColumnsCountBytes) {
  TokenBuffer Toks = lexOK("\xC3\xA9 = '\xE2\x82\xAC' + x\n");
  ASSERT_GE(Toks.size(), 5u);
  EXPECT_EQ(Toks[0].Kind, K::Identifier);
  EXPECT_EQ(Toks[0].Length, 2u);
  EXPECT_EQ(Toks[1].Col, 4u);
  EXPECT_EQ(Toks[2].Col, 6u);
  EXPECT_EQ(Toks[2].Length, 5u);
  EXPECT_EQ(Toks[3].Col, 12u);
}

TEST(LexTest, NamesNearKeywords) {
  // Names that share a keyword's length and first and last characters, or
  // that extend one, are names.
  unsigned Checked = 0;
  for (unsigned I = 0; I < static_cast<unsigned>(K::NumTokenKinds); ++I) {
    auto Kind = static_cast<TokenKind>(I);
    llvm::StringRef Name = getTokenKindName(Kind);
    if (!Name.startswith("kw_"))
      continue;
    std::string S = getTokenSpelling(Kind);
    SCOPED_TRACE(S);
    std::vector<std::string> Near = {S + "_", "_" + S, S + "0", S.substr(1)};
    if (S.size() >= 3)
      Near.push_back(S.substr(0, 1) + "X" + S.substr(2));
    else
      Near.push_back(std::string{S[1], S[0]});
    for (const std::string &N : Near) {
      SCOPED_TRACE(N);
      TokenBuffer Toks = lexOK(N);
      ASSERT_EQ(Toks.size(), 3u);
      // ("for" minus its first letter is "or".)
      EXPECT_EQ(Toks[0].Kind, N == "or" ? K::kw_or : K::Identifier);
      EXPECT_EQ(Toks[0].text(N), N);
    }
    ++Checked;
  }
  EXPECT_EQ(Checked, 35u);
}

TEST(LexTest, EveryKeywordAndPunctuator) {
  // Each fixed spelling, lexed on its own line, gives exactly its kind.
  unsigned Checked = 0;
  for (unsigned I = 0; I < static_cast<unsigned>(K::NumTokenKinds); ++I) {
    auto Kind = static_cast<TokenKind>(I);
    const char *Spelling = getTokenSpelling(Kind);
    if (!Spelling)
      continue;
    SCOPED_TRACE(getTokenKindName(Kind));
    // Brackets must balance; everything else can sit between two names.
    llvm::StringRef S(Spelling);
    std::string Src = "x " + S.str() + " y\n";
    if (S == "(" || S == ")")
      Src = "()\n";
    else if (S == "[" || S == "]")
      Src = "[]\n";
    else if (S == "{" || S == "}")
      Src = "{}\n";
    TokenBuffer Toks = lexOK(Src);
    bool Found = false;
    for (const Token &T : Toks)
      if (T.Kind == Kind) {
        EXPECT_EQ(T.text(Src), Spelling);
        Found = true;
      }
    EXPECT_TRUE(Found);
    ++Checked;
  }
  EXPECT_EQ(Checked, 47u + 35u); // Punctuators plus keywords.
  EXPECT_STREQ(getTokenKindName(K::kw_lambda), "kw_lambda");
  EXPECT_STREQ(getTokenSpelling(K::DoubleStarEqual), "**=");
  EXPECT_EQ(getTokenSpelling(K::Identifier), nullptr);
}

TEST(LexTest, LongestMatch) {
  EXPECT_EQ(kinds("a**=b//=c\n"),
            (std::vector<TokenKind>{K::Identifier, K::DoubleStarEqual,
                                    K::Identifier, K::DoubleSlashEqual,
                                    K::Identifier, K::Newline, K::EndOfFile}));
  EXPECT_EQ(kinds("<> -> ....\n"),
            (std::vector<TokenKind>{K::Less, K::Greater, K::RArrow, K::Ellipsis,
                                    K::Dot, K::Newline, K::EndOfFile}));
  EXPECT_EQ(
      kinds("1if x else 2\n"),
      (std::vector<TokenKind>{K::Integer, K::kw_if, K::Identifier, K::kw_else,
                              K::Integer, K::Newline, K::EndOfFile}));
}

TEST(LexTest, NumberKinds) {
  for (const char *Src :
       {"0", "00", "1_000", "0xFF", "0o7_7", "0b1", "9999999999999999999999"})
    EXPECT_EQ(lexOK(Src)[0].Kind, K::Integer) << Src;
  for (const char *Src : {"1.5", "1.", ".5", "1e5", "1E-5", "1_0.0_1e+1_0"})
    EXPECT_EQ(lexOK(Src)[0].Kind, K::Float) << Src;
  for (const char *Src : {"1j", "1.5J", ".5j", "1e3j", "0j"})
    EXPECT_EQ(lexOK(Src)[0].Kind, K::Imaginary) << Src;
}

TEST(LexTest, LayoutTokens) {
  llvm::StringRef Src = "if a:\n"
                        "    if b:\n"
                        "        c\n"
                        "\n"
                        "  # comment\n"
                        "d\n";
  EXPECT_EQ(kinds(Src),
            (std::vector<TokenKind>{
                K::kw_if, K::Identifier, K::Colon, K::Newline, K::Indent,
                K::kw_if, K::Identifier, K::Colon, K::Newline, K::Indent,
                K::Identifier, K::Newline, K::Dedent, K::Dedent, K::Identifier,
                K::Newline, K::EndOfFile}));
  TokenBuffer Toks = lexOK(Src);
  // Both DEDENTs are at 'd', INDENTs at the first token of their line.
  EXPECT_EQ(Toks[4].Line, 2u);
  EXPECT_EQ(Toks[4].Col, 5u);
  EXPECT_EQ(Toks[12].Line, 6u);
  EXPECT_EQ(Toks[13].Col, 1u);
  EXPECT_EQ(Toks[12].Length, 0u);
}

TEST(LexTest, LayoutAtEndOfFile) {
  // A missing final newline is supplied; open blocks close at the end.
  EXPECT_EQ(kinds("if a:\n    b"),
            (std::vector<TokenKind>{K::kw_if, K::Identifier, K::Colon,
                                    K::Newline, K::Indent, K::Identifier,
                                    K::Newline, K::Dedent, K::EndOfFile}));
  EXPECT_EQ(kinds(""), std::vector<TokenKind>{K::EndOfFile});
  EXPECT_EQ(kinds("\n\n# c\n   \n"), std::vector<TokenKind>{K::EndOfFile});
  // A NEWLINE after a comment is where the comment starts.
  TokenBuffer Toks = lexOK("x  # c");
  ASSERT_EQ(Toks.size(), 3u);
  EXPECT_EQ(Toks[1].Kind, K::Newline);
  EXPECT_EQ(Toks[1].Col, 4u);
}

TEST(LexTest, LayoutAtStartAndEndOfInput) {
  // Kinds and positions as CPython's tokenize module gives them.
  EXPECT_EQ(kinds(" x"),
            (std::vector<TokenKind>{K::Indent, K::Identifier, K::Newline,
                                    K::Dedent, K::EndOfFile}));
  TokenBuffer Toks = lexOK("if a:\n  if b:\n    c");
  ASSERT_EQ(Toks.size(), 15u);
  EXPECT_EQ(Toks[10].Kind, K::Identifier);
  EXPECT_EQ(Toks[11].Kind, K::Newline);
  for (size_t I : {12u, 13u})
    EXPECT_EQ(Toks[I].Kind, K::Dedent);
  EXPECT_EQ(Toks[14].Kind, K::EndOfFile);
  for (size_t I : {12u, 13u, 14u}) {
    EXPECT_EQ(Toks[I].Line, 4u);
    EXPECT_EQ(Toks[I].Col, 1u);
    EXPECT_EQ(Toks[I].Length, 0u);
  }
}

TEST(LexTest, PlainIntegerSpans) {
  // Spans as CPython's tokenize module gives them, up to the buffer's end.
  auto Spans = [](llvm::StringRef Src) {
    std::vector<std::pair<TokenKind, std::pair<uint32_t, uint32_t>>> Out;
    for (const Token &T : lexOK(Src))
      if (T.Length)
        Out.push_back({T.Kind, {T.Offset, T.Length}});
    return Out;
  };
  using V = std::vector<std::pair<TokenKind, std::pair<uint32_t, uint32_t>>>;
  EXPECT_EQ(Spans("12+3"),
            (V{{K::Integer, {0, 2}}, {K::Plus, {2, 1}}, {K::Integer, {3, 1}}}));
  EXPECT_EQ(
      Spans("1else 2"),
      (V{{K::Integer, {0, 1}}, {K::kw_else, {1, 4}}, {K::Integer, {6, 1}}}));
  EXPECT_EQ(Spans("00 7"), (V{{K::Integer, {0, 2}}, {K::Integer, {3, 1}}}));
}

TEST(LexTest, ImplicitAndExplicitJoining) {
  EXPECT_EQ(kinds("x = (1,\n  2)\n"),
            (std::vector<TokenKind>{K::Identifier, K::Equal, K::LParen,
                                    K::Integer, K::Comma, K::Integer, K::RParen,
                                    K::Newline, K::EndOfFile}));
  EXPECT_EQ(
      kinds("x = 1 + \\\n        2\n"),
      (std::vector<TokenKind>{K::Identifier, K::Equal, K::Integer, K::Plus,
                              K::Integer, K::Newline, K::EndOfFile}));
}

TEST(LexTest, MultiLineStringStartsAtItsFirstLine) {
  llvm::StringRef Src = "x = '''a\nb\nc''' + r'\\''\n";
  TokenBuffer Toks = lexOK(Src);
  ASSERT_EQ(Toks.size(), 7u);
  EXPECT_EQ(Toks[2].Kind, K::String);
  EXPECT_EQ(Toks[2].Line, 1u);
  EXPECT_EQ(Toks[2].Col, 5u);
  EXPECT_EQ(Toks[2].text(Src), "'''a\nb\nc'''");
  EXPECT_EQ(Toks[3].Line, 3u);
  EXPECT_EQ(Toks[4].text(Src), "r'\\''");
}

TEST(LexTest, CRLFAndCR) {
  EXPECT_EQ(kinds("if a:\r\n    b\r\nc\r\n"), kinds("if a:\n    b\nc\n"));
  EXPECT_EQ(kinds("if a:\r    b\rc\r"), kinds("if a:\n    b\nc\n"));
  TokenBuffer Toks = lexOK("a\r\nbb\r\n");
  EXPECT_EQ(Toks[2].Line, 2u);
  EXPECT_EQ(Toks[3].Col, 3u);
}

TEST(LexTest, ErrorClasses) {
  LexError E = lexError("if x:\n\ty\n        z\n");
  EXPECT_EQ(E.ExcType, "TabError");
  EXPECT_EQ(E.Msg, "inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(E.Line, 3u);
  EXPECT_EQ(E.Col, 1u);

  E = lexError("if x:\n    y\n  z\n");
  EXPECT_EQ(E.ExcType, "IndentationError");
  EXPECT_EQ(E.Msg, "unindent does not match any outer indentation level");
  EXPECT_EQ(E.Line, 3u);
  EXPECT_EQ(E.Col, 4u); // The end of the line, as CPython reports it.

  std::string Deep;
  for (unsigned I = 0; I < 101; ++I)
    Deep += std::string(I, ' ') + "if x:\n";
  E = lexError(Deep);
  EXPECT_EQ(E.ExcType, "IndentationError");
  EXPECT_EQ(E.Msg, "too many levels of indentation");
  EXPECT_EQ(E.Line, 101u);

  E = lexError("x = 'abc\n");
  EXPECT_EQ(E.ExcType, "SyntaxError");
  EXPECT_EQ(E.Msg, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(E.Col, 5u);
  EXPECT_EQ(E.Offset, 4u);
}

TEST(LexTest, SyntaxErrors) {
  struct Case {
    const char *Src, *Msg;
    uint32_t Line, Col;
  } Cases[] = {
      {"x = 1_\n", "invalid decimal literal", 1, 6},
      {"x = 0x\n", "invalid hexadecimal literal", 1, 6},
      {"x = 0o8\n", "invalid digit '8' in octal literal", 1, 7},
      {"x = 0b12\n", "invalid digit '2' in binary literal", 1, 8},
      {"x = 1abc\n", "invalid decimal literal", 1, 5},
      {"x = 1jx\n", "invalid imaginary literal", 1, 6},
      {"x = 012\n",
       "leading zeros in decimal integer literals are not permitted; use an "
       "0o prefix for octal integers",
       1, 5},
      {"x = '''a\nb\n",
       "unterminated triple-quoted string literal (detected "
       "at line 2)",
       1, 5},
      {"x = )\n", "unmatched ')'", 1, 5},
      {"x = (]\n",
       "closing parenthesis ']' does not match opening "
       "parenthesis '('",
       1, 6},
      {"x = [\n1,\n", "'[' was never closed", 1, 5},
      {"x = 1 \\ 2\n",
       "unexpected character after line continuation "
       "character",
       1, 8},
      {"x = 1 + \\", "unexpected EOF while parsing", 1, 10},
      {"x = $\n", "invalid syntax", 1, 5},
      {"x = \x01\n", "invalid non-printable character U+0001", 1, 5},
      {"x = \xE2\x82\xAC\n", "invalid character '\xE2\x82\xAC' (U+20AC)", 1, 5},
      {"\xF0\x9F\x98\x80 = 1\n",
       "invalid character '\xF0\x9F\x98\x80' "
       "(U+1F600)",
       1, 1},
      {"x = \xC2\xA0\n", "invalid non-printable character U+00A0", 1, 5},
      {"x = '\xFF'\n",
       "(unicode error) 'utf-8' codec can't decode byte 0xff "
       "in position 5: invalid start byte",
       1, 6},
      {"# coding: nonsense\n", "unknown encoding: nonsense", 1, 1},
  };
  for (const Case &C : Cases) {
    SCOPED_TRACE(C.Src);
    LexError E = lexError(C.Src);
    EXPECT_EQ(E.ExcType, "SyntaxError");
    EXPECT_EQ(E.Msg, C.Msg);
    EXPECT_EQ(E.Line, C.Line);
    EXPECT_EQ(E.Col, C.Col);
  }
}

TEST(LexTest, NullBytes) {
  std::string Src("x = 1\ny = '\0'\n", 14);
  LexError E = lexError(Src);
  EXPECT_EQ(E.Msg, "source code cannot contain null bytes");
  EXPECT_EQ(E.Line, 2u);
  EXPECT_EQ(E.Col, 6u);
}

TEST(LexTest, EncodingErrorsComeFirst) {
  // The lexer checks the encoding only when it meets a byte or comment
  // that needs it, or stops early; the result must be as if it had checked
  // first.
  TokenBuffer Toks;
  auto Check = [&](llvm::StringRef Src, llvm::StringRef Msg) {
    LexError E = lexError(Src);
    EXPECT_EQ(E.Msg, Msg) << Src.str();
    // No tokens: the parser must not look at any.
    EXPECT_TRUE(bool(llvm::errorToBool(lex(Src, Toks))));
    EXPECT_TRUE(Toks.empty()) << Src.str();
  };
  Check(std::string("x = )\n\0", 7), "source code cannot contain null bytes");
  Check(std::string("x = $\n# \0\n", 10),
        "source code cannot contain null bytes");
  Check("'abc\n\xFF", "(unicode error) 'utf-8' codec can't decode byte 0xff "
                      "in position 5: invalid start byte");
  Check("x\xC3 = 1\n", "(unicode error) 'utf-8' codec can't decode byte 0xc3 "
                       "in position 1: invalid continuation byte");
  Check("s = '\\\xF0'", "(unicode error) 'utf-8' codec can't decode byte 0xf0 "
                        "in position 6: invalid continuation byte");
  Check("\n# coding: foo\nx = (\n", "unknown encoding: foo");
  Check("\xEF\xBB\xBF# coding: latin-1\n",
        "encoding problem: iso-8859-1 with BOM");
  Check("# coding: ascii\ns = '\xC3\xA9'\n",
        "'ascii' codec can't decode byte 0xc3 in position 21: ordinal not in "
        "range(128)");
  // A declaration on line 3 is only a comment.
  EXPECT_EQ(kinds("\n\n# coding: foo\n").size(), 1u);
}

TEST(LexTest, TooManyNestedBrackets) {
  LexError E = lexError(std::string(100000, '('));
  EXPECT_EQ(E.Msg, "too many nested parentheses");
  EXPECT_EQ(E.Col, 201u);
  EXPECT_EQ(kinds(std::string(200, '[') + std::string(200, ']')).size(), 402u);
}

TEST(LexTest, BadCharacterYieldsToLaterTokenizerError) {
  // CPython passes '$' to its parser as an operator, so an unterminated
  // string after it is the error reported.
  LexError E = lexError("x = $ + 'abc\n");
  EXPECT_EQ(E.Msg, "unterminated string literal (detected at line 1)");
  // An indentation error after it is not.
  E = lexError("x = $\nif y:\n    z\n  w\n");
  EXPECT_EQ(E.Msg, "invalid syntax");
  EXPECT_EQ(E.Col, 5u);
}

TEST(LexTest, ReusesTheOutputBuffer) {
  TokenBuffer Toks;
  ASSERT_FALSE(bool(lex("a = [1, 2, 3, 4, 5, 6, 7, 8, 9]\n", Toks)));
  ASSERT_EQ(Toks.size(), 23u);
  size_t Capacity = Toks.capacity();
  const Token *Data = Toks.data();
  // A second, shorter run replaces the tokens and keeps the storage.
  ASSERT_FALSE(bool(lex("b\n", Toks)));
  ASSERT_EQ(Toks.size(), 3u);
  EXPECT_EQ(Toks[0].Kind, K::Identifier);
  EXPECT_EQ(Toks[0].Offset, 0u);
  EXPECT_EQ(Toks[2].Kind, K::EndOfFile);
  EXPECT_EQ(Toks.capacity(), Capacity);
  EXPECT_EQ(Toks.data(), Data);
  // After an error the vector is cleared by the next run too.
  EXPECT_TRUE(bool(llvm::errorToBool(lex("x = (", Toks))));
  ASSERT_FALSE(bool(lex("c\n", Toks)));
  EXPECT_EQ(Toks.size(), 3u);
}

TEST(LexTest, BufferNeedNotBeNullTerminated) {
  // Only the first 5 bytes are the buffer; the lexer must not look past.
  const char Storage[] = "x = 1234";
  TokenBuffer Toks = lexOK(llvm::StringRef(Storage, 5));
  ASSERT_EQ(Toks.size(), 5u);
  EXPECT_EQ(Toks[2].Kind, K::Integer);
  EXPECT_EQ(Toks[2].Length, 1u);
  Toks = lexOK(llvm::StringRef(Storage, 6));
  EXPECT_EQ(Toks[2].Length, 2u);
}

TEST(LexTest, DumpFormat) {
  llvm::StringRef Src = "s = 'a\"\\n\xC3\xA9'\n";
  TokenBuffer Toks = lexOK(Src);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  dumpTokens(Src, Toks, OS);
  EXPECT_EQ(OS.str(), "1:1 Identifier 's'\n"
                      "1:3 Equal '='\n"
                      "1:5 String ''a\\\"\\\\n\\303\\251''\n"
                      "1:13 Newline ''\n"
                      "2:1 EndOfFile ''\n");
}

} // namespace
