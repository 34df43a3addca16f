#include "pyr/Lex/Lexer.h"
#include "gtest/gtest.h"

using namespace pyr;

TEST(LexerTest, SimpleExpression) {
  std::vector<Token> Toks;
  ASSERT_FALSE(bool(lex("2 + 3", Toks)));
  ASSERT_EQ(Toks.size(), 5u);
  EXPECT_EQ(Toks[0].Kind, TokenKind::Integer);
  EXPECT_EQ(Toks[1].Kind, TokenKind::Plus);
  EXPECT_EQ(Toks[2].Kind, TokenKind::Integer);
  EXPECT_EQ(Toks[3].Kind, TokenKind::Newline);
  EXPECT_EQ(Toks[4].Kind, TokenKind::EndOfFile);
}
