# floats: round() with banker's rounding, ndigits positive/negative, int(), float->int truncation
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1234.5678, -2))
print(round(1234.5678, 1), round(-1234.5678, 0), round(5, -1), round(15, -1), round(25, -1))
print(round(1e20), round(0.1 + 0.2, 10), type(round(2.5)), type(round(2.5, 0)))
print(int(2.9), int(-2.9), int(0.9999999), int(1e15 + 0.5))
for x in [0.4999999999999999, 0.5000000000000001, 1e-9, 123.456]:
    print(x, round(x), round(x, 3))
prices = [19.999, 5.005, 0.015, 100.0]
print([round(p, 2) for p in prices])
print(round(7), round(-7, 2), round(12345, -3), round(-12345, -3))
