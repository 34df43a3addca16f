# formatting: %-formatting edge cases - single value vs tuple, dict argument, big ints, unicode width
print('%s' % 'x', '%s' % ('x',), '(%s, %s)' % (1, 2), '%s' % [()])
print('[%5s]' % '中文', '[%-5s]' % 'é', '[%3s]' % '😀😀😀😀')
print('%.3s|%.0s|%5.1s|' % ('abcdef', 'gone', 'xyz'))
print('%r %r %r' % (1.0, 'a\nb', [1, 'two']))
print('%e' % 0, '%g' % 100000, '%g' % 1000000, '%G' % 1e-10, '%#g' % 1.0)
print('%o %x' % (-8, -255), '%+.2e' % 12345, '% 5.1f|' % 3.14)
d = {'a': 1, 'b': [2, 3]}
print('%(a)s-%(b)s-%(a)05d' % d)
print('%s' % 2 ** 100, '%.3f' % (1 / 3), '%.20f' % 0.1)
