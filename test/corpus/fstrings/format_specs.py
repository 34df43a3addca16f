# fstrings: format specs {x:>10.3f} {n:,} {x:08.2f} {s:^10} {p:.1%} {n:#x} with nested width/precision
x = 3.14159265
n = 1234567890
s = 'mid'
print(f'[{x:>10.3f}] [{x:<10.2f}] [{x:^10.1f}] [{x:+.4f}] [{x:010.3f}]')
print(f'{n:,} {n:_} {n:,.2f} {n:e} {n:.3g} {-n:,}')
print(f'[{s:^10}] [{s:*<7}] [{s:->7}] [{s:.2}]')
print(f'{0.256:.1%} {1:%} {n:#x} {n:#o} {255:08b} {255:X}')
width, prec = 12, 4
print(f'[{x:{width}.{prec}f}] [{x:>{width}}] [{s:{"^"}{width}}]')
for val in [0, -1.5, 1e-8, 123456.789, float('inf')]:
    print(f'{val!r:>14} -> {val:>12.3e} {val:>10g}')
print(f'{True:d} {True!s:>6} {None!r:<6}|')
print(f'{2 ** 100:,}')
