# formatting: format() builtin with fill/align/sign/width/grouping/precision/type on ints and floats
for v in [0, 7, -7, 1234567, -1234567]:
    print(format(v, '>8'), format(v, '<8') + '|', format(v, '^8') + '|', format(v, '=+8'), format(v, ',d'), format(v, '08'))
for v in [0.0, 3.14159, -2.5, 1234567.891, 1e-5, 1e20, float('inf'), float('nan')]:
    print(format(v, '.2f'), format(v, '10.3e'), format(v, 'g'), format(v, '.3g'), format(v, ',.1f'), format(v, '+'))
print(format(255, 'b'), format(255, '#o'), format(255, '_x'), format(2 ** 40, '_x'), format(-5, '#b'))
print(format('text', '>10'), format('text', '*<10'), format('text', '.2'), format('中文', '^6'))
print(format(0.5, '%'), format(12, 'e'), format(12, '.1f'), format(-0.0, 'f'), format(-0.0, 'g'))
print(format(1.0, ''), format(1000000, ''), format(True, ''), format(True, 'd'), format(None, ''))
print(format(123.456, '.0f'), format(123.456, '#.0f'), format(2.5, '.0f'), format(3.5, '.0f'))
