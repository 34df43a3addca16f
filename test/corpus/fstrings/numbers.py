# fstrings: number formatting of ints/floats/bools/bigints inside f-strings incl. sign, zero-pad, grouping
for v in [0, 5, -5, 1000, -123456, 10 ** 15]:
    print(f'{v:d}|{v:+d}|{v: d}|{v:08d}|{v:,}|{v:_}|{v:>12,}|{v:x}|{v:b}' if abs(v) < 1000 else f'{v:d}|{v:+d}|{v:,}|{v:_}|{v:x}')
for f in [0.0, -0.0, 0.1, 2 / 3, 1e16, 1.5e-7, -123.456]:
    print(f'{f}|{f:f}|{f:.2f}|{f:e}|{f:g}|{f:.1g}|{f:%}|{f:+.3}')
print(f'{1e300 * 1e10}|{-1e300 * 1e10:f}|{float("nan"):F}|{float("inf"):e}')
print(f'{7 / 2:.0f} {5 / 2:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f}')
