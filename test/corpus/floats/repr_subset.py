# floats: shortest-repr printing of many floats using only print/str/repr and arithmetic
print(0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e16, 1e15, 1e-4, 1e-5)
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 4.9e-324, 1e-323)
print(1e22, 1e23, 9007199254740993.0, 123456789012345678.0, 0.1 * 3, 100.0, 1e21, 1e20)
print(-0.0, 0.0, -0.0 * 0, 0.0 * -1, 1.0 - 1.0, -1.0 + 1.0, -0.0 - 0.0)
print(repr(1.5), str(2.5e-10), repr(-1e-7), str(123456.789e3), repr(0.000001), repr(0.0000001))
print(float('1e-400'), float('1e400'), float('-1e400'), float('-nan'), float('+inF'), float('infinity'))
print(float('  3.5e+2  '), float('1_0.5'), float('0.1e1'), float('.1'), float('1.'), float('-0'))
print(2.0 ** 0.5, 2.0 ** -1074, 2.0 ** 1023, 10.0 ** -5, 10.0 ** 15, 10.0 ** 16, 3.0 ** 40)
x = 1.0
n = 0
while n < 8:
    print(n, x, -x, x / 7)
    x = x * 1000.5
    n += 1
