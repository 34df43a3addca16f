# Comments and blank lines produce no tokens and take no part in the
# indentation, whatever their own indentation. A NEWLINE after a comment is
# placed where the comment starts, as CPython's tokenizer does.
# RUN: pyr-lex %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:29:1 Identifier 'x'
# CHECK-NEXT:29:3 Equal '='
# CHECK-NEXT:29:5 Integer '1'
# CHECK-NEXT:29:8 Newline ''
# CHECK-NEXT:32:1 kw_if 'if'
# CHECK-NEXT:32:4 Identifier 'x'
# CHECK-NEXT:32:5 Colon ':'
# CHECK-NEXT:32:9 Newline ''
# CHECK-NEXT:35:5 Indent ''
# CHECK-NEXT:35:5 Identifier 'y'
# CHECK-NEXT:35:7 Equal '='
# CHECK-NEXT:35:9 Integer '2'
# CHECK-NEXT:35:10 Newline ''
# CHECK-NEXT:39:5 Identifier 'z'
# CHECK-NEXT:39:7 Equal '='
# CHECK-NEXT:39:9 Integer '3'
# CHECK-NEXT:39:10 Newline ''
# CHECK-NEXT:41:1 Dedent ''
# CHECK-NEXT:41:1 Identifier 'w'
# CHECK-NEXT:41:3 Equal '='
# CHECK-NEXT:41:5 Integer '4'
# CHECK-NEXT:41:6 Newline ''
# CHECK-NEXT:42:1 EndOfFile ''

x = 1  # trailing comment

   # comment indented more
if x:   # comment after colon
        # comment in the block at another indentation

    y = 2
	
      
# comment at column 1 inside the block
    z = 3
#
w = 4#no space
