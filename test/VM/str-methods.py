# RUN: %diff-python %s | FileCheck %s
# A small text-processing program built on str methods: parsing records,
# normalising fields, and laying out a report.
DATA = """name: Ada Lovelace ; born: 1815 ; tags: math,poetry
name:  Alan Turing;born:1912;tags: logic, computing ,crypto
# a comment line
name: Grace Hopper ; born: 1906 ; tags: cobol

name: Émilie du Châtelet ; born: 1706 ; tags: physics,  translation"""


def parse(line):
    rec = []
    for field in line.split(';'):
        key, sep, value = field.partition(':')
        if not sep:
            print('bad field', repr(field))
        rec.append((key.strip(), value.strip()))
    return rec


records = []
for raw in DATA.splitlines():
    line = raw.strip()
    if not line or line.startswith('#'):
        continue
    records.append(parse(line))

for rec in records:
    name = rec[0][1]
    born = int(rec[1][1])
    tags = []
    for t in rec[2][1].split(','):
        tags.append(t.strip().upper())
    first, _, last = name.rpartition(' ')
    print('{:<22}|{:^6}|{}'.format(name, born, ', '.join(tags)))
    print('  initials:', '.'.join([first[0], last[0]]), 'last:', last.rjust(10, '.'))
    print('  title?', name.istitle() if name.isascii() else None,
          'chars:', len(name), 'e at', name.find('e'), name.rfind('e'),
          'count a:', name.lower().count('a') if name.isascii() else name.count('a'))

print('{0}-{1}-{0}'.format('x', 'y'), '{:08.3f}'.format(3.14159))
print('|'.join(['ab'.center(7, '*'), 'c'.zfill(3)]))
print('a\tbc\td'.expandtabs(4).replace(' ', '_'))
print('  spaced  out  '.split(), '  spaced  out  '.split(' '))
print('path/to/file.txt'.rsplit('/', 1), 'file.tar.gz'.removesuffix('.gz'))
print('done'.title().swapcase())
# The last statement fails as CPython does.
'-'.join(['a', 2])
# CHECK: Ada Lovelace          | 1815 |MATH, POETRY
# CHECK-NEXT:   initials: A.L last: ..Lovelace
# CHECK-NEXT:   title? True chars: 12 e at 7 11 count a: 3
# CHECK-NEXT: Alan Turing           | 1912 |LOGIC, COMPUTING, CRYPTO
# CHECK-NEXT:   initials: A.T last: ....Turing
# CHECK-NEXT:   title? True chars: 11 e at -1 -1 count a: 2
# CHECK-NEXT: Grace Hopper          | 1906 |COBOL
# CHECK-NEXT:   initials: G.H last: ....Hopper
# CHECK-NEXT:   title? True chars: 12 e at 4 10 count a: 1
# CHECK-NEXT: Émilie du Châtelet    | 1706 |PHYSICS, TRANSLATION
# CHECK-NEXT:   initials: É.C last: ..Châtelet
# CHECK-NEXT:   title? None chars: 18 e at 5 16 count a: 0
# CHECK-NEXT: x-y-x 0003.142
# CHECK-NEXT: ***ab**|00c
# CHECK-NEXT: a___bc__d
# CHECK-NEXT: ['spaced', 'out'] ['', '', 'spaced', '', 'out', '', '']
# CHECK-NEXT: ['path/to', 'file.txt'] file.tar
# CHECK-NEXT: dONE
