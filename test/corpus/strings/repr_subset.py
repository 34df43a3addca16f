# strings: repr of control, non-printable and non-ASCII characters using only literals, chr, repr and print
print(repr('\x00'), repr('\x1f'), repr('\x7f'), repr('\x80'), repr('\x9f'), repr('\xa0'), repr('\xad'))
print(repr('\u2028'), repr('\u200b'), repr('\ufeff'), repr('\ue000'), repr('\U000e0001'), repr('\U0010ffff'))
print(repr('é'), repr('中'), repr('😀'), repr('\u0301'), repr('e\u0301'), repr('\u00ff'), repr('\u0100'))
print(repr("'"), repr('"'), repr('\'"'), repr('\\'), repr('\n\r\t\x0b\x0c'), repr(''))
print(repr(chr(0)), repr(chr(127)), repr(chr(160)), repr(chr(173)), repr(chr(0xd800)), repr(chr(0xdfff)))
print(repr(chr(0x10ffff)), repr(chr(0x1f600)), repr(chr(0x3000)), repr(chr(0x2029)), repr(chr(0x85)))
print(len('\U0001f600'), len('\\n'), len(r'\n'), len('''a
b'''), len('\x00'))
i = 0x300
while i < 0x310:
    print(hex(i), repr(chr(i)), len(chr(i)), ord(chr(i)) == i)
    i += 5
