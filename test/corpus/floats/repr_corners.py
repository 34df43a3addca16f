# floats: repr/str corner cases - shortest round-trip repr, exponents, signed zero, inf/nan
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 5e-324, 1.7976931348623157e308, 1e22, 1e23,
        100.0, -0.0, 0.0, 1.5, 2.5e-10, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), -float('inf'))
print([0.1, 1e100, -2.5], (1.0,), {1.5: 2.25})
print(1e308 * 10, -1e308 * 10, 1e-320, 2.0 ** -1074)
print(0.1 * 3, 0.3, 0.1 * 3 == 0.3, 1.1 + 2.2)
print(float(10 ** 16), float(2 ** 63), 3.0 * 1e-3)
