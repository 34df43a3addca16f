# strings: repr() of strings with quotes, escapes, control and non-printable characters
cases = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'new\nline',
         'back\\slash', '\x00\x07\x1b', '\x7f\x80\xa0', 'é中😀', '\u200b\u2028', '\r\n']
for c in cases:
    print(repr(c), len(c))
print(repr(''), repr(' '), str('\'quoted\''))
print(['a', "b'c", 'd"e'], ('\n',))
print(r'raw\nstring', len(r'\n'), '\N{LATIN SMALL LETTER E WITH ACUTE}')
print('\x41\u0042\U00000043', '\101\102', 'a\
b')
print(ascii('héllo 中文'), ascii('plain'), ascii('😀'))
