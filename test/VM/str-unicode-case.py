# RUN: %diff-python %s | FileCheck %s
# Case mappings and character classes of every code point below U+20000
# (surrogates aside) agree with CPython 3.11, including full mappings that
# change the length ('ß'.upper() is 'SS') and the final sigma rule.
def flags(ch):
    out = ''
    for b in [ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(),
              ch.isalnum(), ch.isupper(), ch.islower(), ch.istitle(),
              ch.isspace(), ch.isidentifier(), ch.isprintable()]:
        out += '1' if b else '0'
    return out


c = 0
while c < 0x20000:
    if 0xD800 <= c < 0xE000:
        c += 64
        continue
    chars = []
    fl = []
    for d in range(c, c + 64):
        chars.append(chr(d))
        fl.append(flags(chr(d)))
    s = ''.join(chars)
    print(hex(c), ascii(s.upper()), ascii(s.lower()), ascii(s.casefold()))
    print(ascii(s.title()), ascii(s.swapcase()), ascii(s.capitalize()))
    print(' '.join(fl))
    c += 64
for s in ['ΣΑΣ', 'ΑΣ', 'Σ', 'ΑΣ.', "ΑΣ'Α", 'Α\u0345Σ', ' Σ ', 'ΑΣ\u0301', 'ΑΣ\u0301Β',
          'ὈΔΥΣΣΕΎΣ', 'straße', 'ǅemal ǈ', 'ŉ ǰ ΐ', 'İstanbul', 'ﬁ ﬃ ﬆ']:
    print(ascii(s.lower()), ascii(s.title()), ascii(s.swapcase()),
          ascii(s.capitalize()), ascii(s.upper()), ascii(s.casefold()),
          s.isupper(), s.islower(), s.istitle())
print('done')
# CHECK: done
