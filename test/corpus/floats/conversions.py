# floats: float() from strings and ints, is_integer, as_integer_ratio, hex, fromhex
for s in ['1.5', '  -2.25 ', '1e3', '1E-3', 'inf', '-Infinity', 'nan', '1_000.5', '.5', '5.']:
    print(repr(s), float(s))
print(float(7), float(-0), float(True), float(2 ** 60))
print((2.0).is_integer(), (2.5).is_integer(), (1e300).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-3.75).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex('0x1.8p1'))
print(float(int('9' * 20)), int(float('1e20')), int(1.5e3))
print(str(1.0), str(10.0), str(1e21), str(123.0e-7))
print(float('0.1') + float('0.2') == 0.3, float('3.14159') * 2)
