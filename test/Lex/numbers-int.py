# Integer literals in every base, with '_' separators, and the largest and
# smallest values around 2**63. Each is one Integer token spelled as in the
# source.
# RUN: pyr-lex %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:42:1 Integer '0'
# CHECK-NEXT:42:3 Integer '00'
# CHECK-NEXT:42:6 Integer '0_0'
# CHECK-NEXT:42:10 Integer '7'
# CHECK-NEXT:42:12 Integer '1_000_000'
# CHECK-NEXT:42:21 Newline ''
# CHECK-NEXT:43:1 Integer '0x1F'
# CHECK-NEXT:43:6 Integer '0X_ff'
# CHECK-NEXT:43:12 Integer '0xdead_BEEF'
# CHECK-NEXT:43:23 Newline ''
# CHECK-NEXT:44:1 Integer '0o17'
# CHECK-NEXT:44:6 Integer '0O_7'
# CHECK-NEXT:44:11 Integer '0o1_2'
# CHECK-NEXT:44:16 Newline ''
# CHECK-NEXT:45:1 Integer '0b1010'
# CHECK-NEXT:45:8 Integer '0B_1'
# CHECK-NEXT:45:13 Integer '0b1_0'
# CHECK-NEXT:45:18 Newline ''
# CHECK-NEXT:46:1 Integer '9223372036854775807'
# CHECK-NEXT:46:21 Integer '9223372036854775808'
# CHECK-NEXT:46:40 Newline ''
# CHECK-NEXT:47:1 Integer '0xffff_ffff_ffff_ffff_ff'
# CHECK-NEXT:47:25 Newline ''
# CHECK-NEXT:48:1 Integer '1'
# CHECK-NEXT:48:2 kw_if 'if'
# CHECK-NEXT:48:5 Integer '0x1f'
# CHECK-NEXT:48:9 kw_or 'or'
# CHECK-NEXT:48:12 Integer '1'
# CHECK-NEXT:48:13 kw_or 'or'
# CHECK-NEXT:48:16 Integer '2'
# CHECK-NEXT:48:18 Integer '0b1'
# CHECK-NEXT:48:21 kw_and 'and'
# CHECK-NEXT:48:25 Integer '0o7'
# CHECK-NEXT:48:28 kw_in 'in'
# CHECK-NEXT:48:30 Newline ''
# CHECK-NEXT:49:1 EndOfFile ''

0 00 0_0 7 1_000_000
0x1F 0X_ff 0xdead_BEEF
0o17 0O_7 0o1_2
0b1010 0B_1 0b1_0
9223372036854775807 9223372036854775808
0xffff_ffff_ffff_ffff_ff
1if 0x1for 1or 2 0b1and 0o7in
