# floats: str() of floats inside containers and string concatenation, repr in lists
xs = [1.0, 2.50, 3.14159, 1e-7, 2e21, -0.0]
print(xs)
print(tuple(xs))
print(str(xs[2]) + '!', repr(xs[3]))
print('value: ' + str(1/7))
print('%s %r' % (0.1, 0.1))
print(format(0.1, ''), format(1e21, ''), format(12.0))
print(1e16, 1e15 + 0.3, 12345678.9, 0.000123456789)
for e in range(-6, 20, 5):
    print(e, 1.5 * 10.0 ** e)
