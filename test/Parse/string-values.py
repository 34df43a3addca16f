# Decoded string values (dumped with non-printable bytes as octal escapes):
# simple escapes, octal escapes of 1-3 digits, \x, \u and \U escapes, a lone
# surrogate (kept in the three-byte form), unknown escapes (kept with their
# backslash), a backslash-newline (removed), raw strings (nothing decoded),
# and bytes, where \x makes one byte and \u is not an escape.
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  ExprStmt <31:1>
# CHECK-NEXT:    Constant str '\n\t\015\\'\"\007\010\014\013' <31:1>
# CHECK-NEXT:  ExprStmt <32:1>
# CHECK-NEXT:    Constant str '\000 \007 A A1 \307\277' <32:1>
# CHECK-NEXT:  ExprStmt <33:1>
# CHECK-NEXT:    Constant str 'A~ \303\251 \342\202\254 \360\237\230\200' <33:1>
# CHECK-NEXT:  ExprStmt <34:1>
# CHECK-NEXT:    Constant str '\355\240\200' <34:1>
# CHECK-NEXT:  ExprStmt <35:1>
# CHECK-NEXT:    Constant str '\\d \\z \\8 \\9' <35:1>
# CHECK-NEXT:  ExprStmt <36:1>
# CHECK-NEXT:    Constant str 'ab' <36:1>
# CHECK-NEXT:  ExprStmt <38:1>
# CHECK-NEXT:    Constant str '\\n \\x41 \\' \\\\' <38:1>
# CHECK-NEXT:  ExprStmt <39:1>
# CHECK-NEXT:    Constant bytes '\000\200\377 A \\u00e9 \\N' <39:1>
# CHECK-NEXT:  ExprStmt <40:1>
# CHECK-NEXT:    Constant bytes '\\x00' <40:1>
# CHECK-NEXT:  ExprStmt <41:1>
# CHECK-NEXT:    Constant str 'multi\nline' <41:1>
# CHECK-NEXT:  ExprStmt <43:1>
# CHECK-NEXT:    Constant str 'ab\\c' <43:1>

'\n\t\r\\\'\"\a\b\f\v'
'\0 \7 \101 \1011 \777'
'\x41\x7e \u00e9 \u20ac \U0001F600'
'\ud800'
'\d \z \8 \9'
'a\
b'
r'\n \x41 \' \\'
b'\x00\x80\xff \101 \u00e9 \N'
rb'\x00'
'''multi
line'''
'a' 'b' r'\c'
