# Inside (), [] and {} newlines, comments, blank lines and indentation are
# ignored: no NEWLINE, INDENT or DEDENT until the outermost bracket closes.
# RUN: pyr-lex %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:36:1 kw_if 'if'
# CHECK-NEXT:36:4 Identifier 'x'
# CHECK-NEXT:36:5 Colon ':'
# CHECK-NEXT:36:6 Newline ''
# CHECK-NEXT:37:5 Indent ''
# CHECK-NEXT:37:5 Identifier 'y'
# CHECK-NEXT:37:7 Equal '='
# CHECK-NEXT:37:9 LParen '('
# CHECK-NEXT:37:10 Integer '1'
# CHECK-NEXT:37:11 Comma ','
# CHECK-NEXT:38:3 Integer '2'
# CHECK-NEXT:38:4 Comma ','
# CHECK-NEXT:39:9 LSquare '['
# CHECK-NEXT:39:10 Integer '3'
# CHECK-NEXT:39:11 Comma ','
# CHECK-NEXT:41:1 Integer '4'
# CHECK-NEXT:41:2 RSquare ']'
# CHECK-NEXT:41:3 Comma ','
# CHECK-NEXT:41:5 LBrace '{'
# CHECK-NEXT:42:5 Integer '5'
# CHECK-NEXT:42:6 Colon ':'
# CHECK-NEXT:42:8 Integer '6'
# CHECK-NEXT:42:9 RBrace '}'
# CHECK-NEXT:42:10 RParen ')'
# CHECK-NEXT:42:11 Newline ''
# CHECK-NEXT:43:5 Identifier 'z'
# CHECK-NEXT:43:7 Equal '='
# CHECK-NEXT:43:9 Integer '7'
# CHECK-NEXT:43:10 Newline ''
# CHECK-NEXT:44:1 Dedent ''
# CHECK-NEXT:44:1 EndOfFile ''

if x:
    y = (1,
  2,   # comment
        [3,

4], {
    5: 6})
    z = 7
