# NEWLINE, INDENT and DEDENT. An INDENT is at the first token of a deeper
# line; a dedent by several levels gives one DEDENT per level, all at the
# first token of the shallower line; the end of the file closes every open
# level. A ';' does not end the logical line.
# RUN: pyr-lex %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:60:1 kw_if 'if'
# CHECK-NEXT:60:4 Identifier 'a'
# CHECK-NEXT:60:5 Colon ':'
# CHECK-NEXT:60:6 Newline ''
# CHECK-NEXT:61:5 Indent ''
# CHECK-NEXT:61:5 Identifier 'b'
# CHECK-NEXT:61:6 Semi ';'
# CHECK-NEXT:61:8 Identifier 'c'
# CHECK-NEXT:61:9 Newline ''
# CHECK-NEXT:62:5 kw_if 'if'
# CHECK-NEXT:62:8 Identifier 'd'
# CHECK-NEXT:62:9 Colon ':'
# CHECK-NEXT:62:10 Newline ''
# CHECK-NEXT:63:13 Indent ''
# CHECK-NEXT:63:13 Identifier 'e'
# CHECK-NEXT:63:14 Newline ''
# CHECK-NEXT:64:5 Dedent ''
# CHECK-NEXT:64:5 Identifier 'f'
# CHECK-NEXT:64:6 Newline ''
# CHECK-NEXT:65:1 Dedent ''
# CHECK-NEXT:65:1 kw_while 'while'
# CHECK-NEXT:65:7 Identifier 'g'
# CHECK-NEXT:65:8 Colon ':'
# CHECK-NEXT:65:9 Newline ''
# CHECK-NEXT:66:3 Indent ''
# CHECK-NEXT:66:3 kw_if 'if'
# CHECK-NEXT:66:6 Identifier 'h'
# CHECK-NEXT:66:7 Colon ':'
# CHECK-NEXT:66:8 Newline ''
# CHECK-NEXT:67:5 Indent ''
# CHECK-NEXT:67:5 Identifier 'i'
# CHECK-NEXT:67:6 Newline ''
# CHECK-NEXT:68:1 Dedent ''
# CHECK-NEXT:68:1 Dedent ''
# CHECK-NEXT:68:1 Identifier 'j'
# CHECK-NEXT:68:2 Newline ''
# CHECK-NEXT:69:1 kw_def 'def'
# CHECK-NEXT:69:5 Identifier 'k'
# CHECK-NEXT:69:6 LParen '('
# CHECK-NEXT:69:7 RParen ')'
# CHECK-NEXT:69:8 Colon ':'
# CHECK-NEXT:69:9 Newline ''
# CHECK-NEXT:70:5 Indent ''
# CHECK-NEXT:70:5 kw_if 'if'
# CHECK-NEXT:70:8 Identifier 'l'
# CHECK-NEXT:70:9 Colon ':'
# CHECK-NEXT:70:10 Newline ''
# CHECK-NEXT:71:9 Indent ''
# CHECK-NEXT:71:9 Identifier 'm'
# CHECK-NEXT:71:10 Newline ''
# CHECK-NEXT:72:1 Dedent ''
# CHECK-NEXT:72:1 Dedent ''
# CHECK-NEXT:72:1 EndOfFile ''

if a:
    b; c
    if d:
            e
    f
while g:
  if h:
    i
j
def k():
    if l:
        m
