# Floating-point and imaginary literals: fractions, exponents, a leading or
# trailing '.', '_' separators, and 'j'/'J' suffixes on every form. A number
# may be directly followed by a keyword that can follow an expression.
# RUN: pyr-lex %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:52:1 Float '3.14'
# CHECK-NEXT:52:6 Float '10.'
# CHECK-NEXT:52:10 Float '.001'
# CHECK-NEXT:52:15 Float '1_0.0_1'
# CHECK-NEXT:52:23 Float '0.0'
# CHECK-NEXT:52:26 Newline ''
# CHECK-NEXT:53:1 Float '1e10'
# CHECK-NEXT:53:6 Float '1E+10'
# CHECK-NEXT:53:12 Float '1e-10'
# CHECK-NEXT:53:18 Float '1_0e1_0'
# CHECK-NEXT:53:26 Float '2.5e3'
# CHECK-NEXT:53:32 Float '.5e-3'
# CHECK-NEXT:53:38 Float '5.e2'
# CHECK-NEXT:53:43 Float '0e0'
# CHECK-NEXT:53:46 Newline ''
# CHECK-NEXT:54:1 Float '00.5'
# CHECK-NEXT:54:6 Float '007.5'
# CHECK-NEXT:54:12 Float '09e1'
# CHECK-NEXT:54:16 Newline ''
# CHECK-NEXT:55:1 Imaginary '1j'
# CHECK-NEXT:55:4 Imaginary '1J'
# CHECK-NEXT:55:7 Imaginary '3.5j'
# CHECK-NEXT:55:12 Imaginary '.5j'
# CHECK-NEXT:55:16 Imaginary '1e3j'
# CHECK-NEXT:55:21 Imaginary '1_0j'
# CHECK-NEXT:55:26 Imaginary '0j'
# CHECK-NEXT:55:29 Imaginary '09j'
# CHECK-NEXT:55:33 Imaginary '1.e5j'
# CHECK-NEXT:55:38 Newline ''
# CHECK-NEXT:56:1 Float '1.5'
# CHECK-NEXT:56:4 Dot '.'
# CHECK-NEXT:56:5 Identifier 'real'
# CHECK-NEXT:56:10 Float '1.'
# CHECK-NEXT:56:12 Dot '.'
# CHECK-NEXT:56:13 Identifier 'real'
# CHECK-NEXT:56:17 Newline ''
# CHECK-NEXT:57:1 Integer '1'
# CHECK-NEXT:57:2 kw_else 'else'
# CHECK-NEXT:57:7 Float '1.5'
# CHECK-NEXT:57:10 kw_if 'if'
# CHECK-NEXT:57:13 Imaginary '2j'
# CHECK-NEXT:57:15 kw_and 'and'
# CHECK-NEXT:57:19 Float '1e5'
# CHECK-NEXT:57:22 kw_or 'or'
# CHECK-NEXT:57:24 Newline ''
# CHECK-NEXT:58:1 EndOfFile ''

3.14 10. .001 1_0.0_1 0.0
1e10 1E+10 1e-10 1_0e1_0 2.5e3 .5e-3 5.e2 0e0
00.5 007.5 09e1
1j 1J 3.5j .5j 1e3j 1_0j 0j 09j 1.e5j
1.5.real 1..real
1else 1.5if 2jand 1e5or
