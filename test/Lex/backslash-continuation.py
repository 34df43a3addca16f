# A backslash at the end of a line joins it with the next: no NEWLINE, and
# the next line's indentation does not count, even after a blank-looking
# continuation. A backslash inside a comment is just text.
# RUN: pyr-lex %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:33:1 kw_if 'if'
# CHECK-NEXT:33:4 Identifier 'a'
# CHECK-NEXT:33:6 kw_and 'and'
# CHECK-NEXT:34:9 Identifier 'b'
# CHECK-NEXT:34:10 Colon ':'
# CHECK-NEXT:34:11 Newline ''
# CHECK-NEXT:35:5 Indent ''
# CHECK-NEXT:35:5 Identifier 'c'
# CHECK-NEXT:35:7 Equal '='
# CHECK-NEXT:35:9 Integer '1'
# CHECK-NEXT:35:11 Plus '+'
# CHECK-NEXT:36:1 Integer '2'
# CHECK-NEXT:36:2 Newline ''
# CHECK-NEXT:37:5 Identifier 'd'
# CHECK-NEXT:37:7 Equal '='
# CHECK-NEXT:37:9 LSquare '['
# CHECK-NEXT:37:10 Integer '1'
# CHECK-NEXT:37:11 Comma ','
# CHECK-NEXT:38:10 Integer '2'
# CHECK-NEXT:38:11 RSquare ']'
# CHECK-NEXT:38:14 Newline ''
# CHECK-NEXT:39:1 Dedent ''
# CHECK-NEXT:39:1 Identifier 'e'
# CHECK-NEXT:39:3 Equal '='
# CHECK-NEXT:39:5 Integer '3'
# CHECK-NEXT:39:6 Newline ''
# CHECK-NEXT:40:1 EndOfFile ''

if a and \
        b:
    c = 1 + \
2
    d = [1, \
         2]  # comment \
e = 3
