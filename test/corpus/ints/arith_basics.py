# ints: + - * // % with positive and negative operands, precedence, unary minus
a = 17
b = 5
print(a + b, a - b, a * b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(a / b, -a / b, 10 / 5)
print(2 + 3 * 4 - 6 // 4 % 3)
print((2 + 3) * (4 - 6) // 4)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(0 // 7, 0 % 7, -0, +5, - -5, -(-(-5)))
x = 100
x -= 1
x *= 3
x //= 4
x %= 50
x **= 2
print(x)
for n in [0, 1, -1, 7, -7, 9223372036854775807, -9223372036854775808]:
    print(n, n // 3, n % 3, n * 2, n - 1)
print(7 // 7, -1 // 10, 1 // -10, 99 % 100, -99 % 100)
