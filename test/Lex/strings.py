# String literals: every prefix spelling, both quote characters, triple
# quotes spanning lines, escaped quotes that do not end the literal, a
# backslash-newline inside a single-quoted string, and implicit
# concatenation (separate String tokens). A String token starts on the line
# of its opening quote even when it spans several lines.
# RUN: pyr-lex %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:59:1 String ''a''
# CHECK-NEXT:59:5 String '\"b\"'
# CHECK-NEXT:59:9 String ''''
# CHECK-NEXT:59:12 String '\"\"'
# CHECK-NEXT:59:14 Newline ''
# CHECK-NEXT:60:1 String 'r'\\d''
# CHECK-NEXT:60:7 String 'R\"\\n\"'
# CHECK-NEXT:60:13 String 'u'x''
# CHECK-NEXT:60:18 String 'U\"y\"'
# CHECK-NEXT:60:23 String 'b'z''
# CHECK-NEXT:60:28 String 'B\"w\"'
# CHECK-NEXT:60:32 Newline ''
# CHECK-NEXT:61:1 String 'br'1''
# CHECK-NEXT:61:7 String 'bR'2''
# CHECK-NEXT:61:13 String 'Br'3''
# CHECK-NEXT:61:19 String 'BR'4''
# CHECK-NEXT:61:25 String 'rb'5''
# CHECK-NEXT:61:31 String 'rB'6''
# CHECK-NEXT:61:37 String 'Rb'7''
# CHECK-NEXT:61:43 String 'RB'8''
# CHECK-NEXT:61:48 Newline ''
# CHECK-NEXT:62:1 String 'f'{x}''
# CHECK-NEXT:62:8 String 'F\"{y}\"'
# CHECK-NEXT:62:15 String 'fr'{z}''
# CHECK-NEXT:62:23 String 'rf\"{w}\"'
# CHECK-NEXT:62:31 String 'Rf'a''
# CHECK-NEXT:62:37 String 'fR'b''
# CHECK-NEXT:62:42 Newline ''
# CHECK-NEXT:63:1 String ''it\\'s''
# CHECK-NEXT:63:9 String '\"say \\\"hi\\\"\"'
# CHECK-NEXT:63:22 String ''\\\\''
# CHECK-NEXT:63:27 String 'r'\\'''
# CHECK-NEXT:63:33 String 'r\"\\\"\"'
# CHECK-NEXT:63:38 Newline ''
# CHECK-NEXT:64:1 String ''''one\ntwo''''
# CHECK-NEXT:65:8 String '\"\"\"three \"quoted\" ''' inside\nfour\"\"\"'
# CHECK-NEXT:66:8 Newline ''
# CHECK-NEXT:67:1 String ''con''
# CHECK-NEXT:67:7 String '\"cat\"'
# CHECK-NEXT:67:13 String ''''enated''''
# CHECK-NEXT:67:25 Newline ''
# CHECK-NEXT:68:1 String ''back\\\nslash''
# CHECK-NEXT:69:7 Newline ''
# CHECK-NEXT:70:1 Identifier 'ur'
# CHECK-NEXT:70:4 String ''x''
# CHECK-NEXT:70:7 Newline ''
# CHECK-NEXT:71:1 Identifier 'x'
# CHECK-NEXT:71:3 Equal '='
# CHECK-NEXT:71:5 String ''tab\tinside''
# CHECK-NEXT:71:17 Newline ''
# CHECK-NEXT:72:1 EndOfFile ''

'a' "b" '' ""
r'\d' R"\n" u'x' U"y" b'z' B"w"
br'1' bR'2' Br'3' BR'4' rb'5' rB'6' Rb'7' RB'8'
f'{x}' F"{y}" fr'{z}' rf"{w}" Rf'a' fR'b'
'it\'s' "say \"hi\"" '\\' r'\'' r"\""
'''one
two''' """three "quoted" ''' inside
four"""
'con' "cat" '''enated'''
'back\
slash'
ur 'x'
x = 'tab	inside'
