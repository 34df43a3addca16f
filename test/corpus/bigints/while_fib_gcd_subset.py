# bigints: big Fibonacci numbers, gcd of big values, modular pow with big operands, big/float mixing, while loops only
a = 0
b = 1
i = 0
while i < 200:
    t = a + b
    a = b
    b = t
    i += 1
print(a, len(str(a)), a % 1000000007)
def gcd(x, y):
    while y:
        t = x % y
        x = y
        y = t
    return x
print(gcd(2 ** 120 * 3 ** 40, 2 ** 90 * 3 ** 60 * 7), gcd(10 ** 40 + 1, 10 ** 20 + 1), gcd(-(10 ** 30), 10 ** 25))
p = 2 ** 127 - 1
print(pow(3, p - 1, p), pow(2, 10 ** 18, 10 ** 9 + 7), pow(12345678901234567890, -1, p))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 400 > 1e308, float(2 ** 1023), 10 ** 30 / 10 ** 10, (10 ** 30 + 1) / 3)
print(-(10 ** 20) // 7, -(10 ** 20) % 7, (10 ** 20) // -7, (10 ** 20) % -7)
x = 1
steps = 0
while x < 10 ** 50:
    x = x * 3 + 1
    steps += 1
print(steps, x, x >> 100, x & (2 ** 64 - 1), x ^ (x >> 1), ~x, -x >> 3)
print(max(2 ** 64, 2.0 ** 64), min(-(2 ** 70), -1e21), 2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
