# formatting: %-formatting with d i s r f e g x o c %% and tuples, width/precision/flags
print('%d items' % 5, '%i' % -3, '%s and %s' % ('a', 'b'), '%r' % 'q', '%%')
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%.2f|%8.3f|%-8.1f|%e|%.3E|%g|%g|%g' % (3.14159, 2.5, -1.25, 12345.678, 0.00012, 1e-5, 123456789.0, 0.5))
print('%x|%X|%#x|%o|%#o|%c|%c' % (255, 255, 255, 8, 8, 65, '中'))
print('%s' % [1, 2], '%s' % ((1, 2),), '%r' % (None,), '%s|%r' % ('é', 'é'))
print('%10s|%-10s|%.2s' % ('right', 'left', 'truncate'))
print('%*d|%-*d|%.*f' % (6, 7, 4, 8, 2, 1.23456))
print('%d%%' % 50, '%s' % True, '%d' % True, '%f' % 1, '%d' % 3.99)
print('%(name)s is %(age)d' % {'name': 'Ada', 'age': 36})
print('%.0f %.0f %.0f %.1f' % (0.5, 1.5, 2.5, 0.05))
print('%s' % 10 ** 30, '%d' % -10 ** 20, '%x' % 2 ** 70)
rows = [('apple', 3, 0.5), ('watermelon', 1, 3.25), ('fig', 12, 0.1)]
for name, n, price in rows:
    print('%-12s%4d  %6.2f  %8.3f' % (name, n, price, n * price))
