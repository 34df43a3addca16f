# strings: literal forms - numeric literals with underscores and prefixes, octal/hex/unicode escapes, raw and adjacent string literals
print(0_0, 00, 1_0.0_1e1_0, 0e0, 1E+5, 0x_FF, 0b_1, 0o_7, 0XfF, 0B11, 0O17)
print(.5e-3, 5.e2, 1_2.3_4, 0.0e-0, 00.5, 09.5, 0_9.5, 1e-0_5)
print('\101\x41\u0041\U00000041', '\0', repr('\08'), repr('\1234'))
print(r'\x41' 'b' R"\n" U'c' u"\u00e9", 'a' "b" '''c''' """d""")
print('''a\
b''', "tab\tend", 'bell\a', repr('\a\b\f\v'))
print(0xFFFFFFFFFFFFFFF, 0o777777777777777777777, 0b111111111111111111111111111111111111111111111111111111111111111)
print(9223372036854775807, -9223372036854775807)
