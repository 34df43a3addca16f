# Layouts of a big int in every integer and float presentation type.
x = 2**100
print(f'{x}', f'{x!r}', f'{-x:,}', f'{x:_x}', f'{x:#o}', f'{x:>40}', f'{x:e}', f'{x:.3f}', f'{x:%}')
print(format(x, 'b'), format(-x, '+d'), '%d' % x, '%x' % -x, '%s' % x, '%5.2e' % x)
print(f'{10**30:n}', f'{-x:#X}', f'{x:=+50_}', f'{x:^60,}', '%#o' % x, '%+.40d' % -x, '%r' % x)
print(format(2**1023 * 3 // 2, 'e'))
