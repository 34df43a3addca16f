# Tabs in indentation advance to the next multiple of 8 columns. Tabs and
# spaces may be mixed as long as every comparison of two indentations gives
# the same answer with a tab counted as one column (see tab-errors.test).
# A form feed resets the column: the last line is at column 0.
# RUN: pyr-lex %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:56:1 kw_if 'if'
# CHECK-NEXT:56:4 Identifier 'a'
# CHECK-NEXT:56:5 Colon ':'
# CHECK-NEXT:56:6 Newline ''
# CHECK-NEXT:57:2 Indent ''
# CHECK-NEXT:57:2 Identifier 'b'
# CHECK-NEXT:57:4 Equal '='
# CHECK-NEXT:57:6 Integer '1'
# CHECK-NEXT:57:7 Newline ''
# CHECK-NEXT:58:2 kw_if 'if'
# CHECK-NEXT:58:5 Identifier 'c'
# CHECK-NEXT:58:6 Colon ':'
# CHECK-NEXT:58:7 Newline ''
# CHECK-NEXT:59:3 Indent ''
# CHECK-NEXT:59:3 Identifier 'd'
# CHECK-NEXT:59:5 Equal '='
# CHECK-NEXT:59:7 Integer '2'
# CHECK-NEXT:59:8 Newline ''
# CHECK-NEXT:60:2 Dedent ''
# CHECK-NEXT:60:2 Identifier 'e'
# CHECK-NEXT:60:4 Equal '='
# CHECK-NEXT:60:6 Integer '3'
# CHECK-NEXT:60:7 Newline ''
# CHECK-NEXT:61:1 Dedent ''
# CHECK-NEXT:61:1 kw_if 'if'
# CHECK-NEXT:61:4 Identifier 'f'
# CHECK-NEXT:61:5 Colon ':'
# CHECK-NEXT:61:6 Newline ''
# CHECK-NEXT:62:4 Indent ''
# CHECK-NEXT:62:4 kw_if 'if'
# CHECK-NEXT:62:7 Identifier 'g'
# CHECK-NEXT:62:8 Colon ':'
# CHECK-NEXT:62:9 Newline ''
# CHECK-NEXT:63:6 Indent ''
# CHECK-NEXT:63:6 Identifier 'h'
# CHECK-NEXT:63:8 Equal '='
# CHECK-NEXT:63:10 LParen '('
# CHECK-NEXT:63:11 Integer '5'
# CHECK-NEXT:63:12 Comma ','
# CHECK-NEXT:64:4 Integer '6'
# CHECK-NEXT:64:5 RParen ')'
# CHECK-NEXT:64:6 Newline ''
# CHECK-NEXT:65:6 Dedent ''
# CHECK-NEXT:65:6 Dedent ''
# CHECK-NEXT:65:6 Identifier 'i'
# CHECK-NEXT:65:8 Equal '='
# CHECK-NEXT:65:10 Integer '7'
# CHECK-NEXT:65:11 Newline ''
# CHECK-NEXT:66:1 EndOfFile ''

if a:
	b = 1
	if c:
		d = 2
	e = 3
if f:
  	if g:
  	  h = (5,
			6)
    i = 7
