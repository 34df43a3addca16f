# ints: three-argument pow with negative bases, negative moduli and negative (inverse) exponents
base = -7
while base <= 7:
    print(base, pow(base, 3, 5), pow(base, 3, -5), pow(base, 4, 11), pow(base, 0, 13), pow(base, 0, 1))
    base += 3
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(10, -3, 17))
print(pow(2, 100 - 40, 1000000007), pow(123456789, 987654321, 998244353))
print(pow(0, 5, 7), pow(5, 1, 1), pow(-1, 99, 10), pow(1, -1, 5))
m = 1
while m <= 10:
    print(m, pow(2, -1, 2 * m + 1), pow(2, -1, 2 * m + 1) * 2 % (2 * m + 1))
    m += 3
print(pow(2, 62), pow(-3, 3), pow(7, 0), pow(0, 0), pow(2, -3), pow(-2, -3), pow(-8, -1))
