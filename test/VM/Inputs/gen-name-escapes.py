"""Prints a program that reads every name of lib/Lex/UnicodeNames.inc (the
names and aliases it was generated from) and every CJK ideograph and Hangul
syllable through \\N{...} escapes, and prints how many and a checksum of the
code points and their positions."""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
inc = open(os.path.join(here, "..", "..", "..", "lib", "Lex",
                        "UnicodeNames.inc"), encoding="ascii").read()
names, prev = [], ""
for p, rest in re.findall(r'^    "\\(\d{3})\\\d{3}([A-Z0-9 -]*)\\', inc, re.M):
    prev = prev[:int(p, 8)] + rest
    names.append(prev)
cjk = [(int(a, 16), int(b, 16))
       for a, b in re.findall(r"\{0x([0-9A-F]+), 0x([0-9A-F]+)\}", inc)]
groups = {
    "names": names,
    "cjk": ["CJK UNIFIED IDEOGRAPH-%04X" % c
            for a, b in cjk for c in range(a, b + 1)],
    "hangul": [__import__("unicodedata").name(chr(c))
               for c in range(0xAC00, 0xD7A4)],
}
for label, group in groups.items():
    print("n = s = 0")
    for i in range(0, len(group), 200):
        # Lower-case the names of the table every other line: any case goes.
        chunk = [n.lower() if label == "names" and i % 400 else n
                 for n in group[i:i + 200]]
        print("for c in '%s':" % "".join("\\N{%s}" % n for n in chunk))
        print("    n += 1")
        print("    s = (s * 31 + ord(c)) % 1000000007")
    print("print('%s:', n, 'sum:', s)" % label)
