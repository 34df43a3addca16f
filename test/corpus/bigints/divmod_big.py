# bigints: floor division and modulo on huge and negative operands, divmod, mixed with floats
a = 10 ** 40 + 12345
b = 10 ** 20 + 7
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b), (a, 3), (-a, 3), (b, a)]:
    q, r = divmod(x, y)
    print(q, r, q * y + r == x)
print(a / b, -a / 3, (2 ** 200) / (2 ** 199), 10 ** 30 / 10 ** 10)
print(a // 1, a % 1, a % 2, -a % 10 ** 5)
print((2 ** 127 - 1) % 1000000007, pow(2, 127, 1000000007))
print(float(10 ** 22), float(2 ** 100), int(1e30), int(-1.5e25))
print(10 ** 30 // 7 * 7 + 10 ** 30 % 7 == 10 ** 30)
print(round(10 ** 20 / 3), (10 ** 20) // 3)
