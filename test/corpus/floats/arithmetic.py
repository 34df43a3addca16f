# floats: arithmetic incl. // and % with negative operands, mixing ints, inf arithmetic
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -7.5 % -2)
print(1 / 4, 3 / 2.0, 2 * 0.5, 10 - 0.1, 1e10 + 1)
print(5 // 0.3, 5 % 0.3, divmod(5.5, 2), divmod(-5.5, 2))
inf = float('inf')
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf > 1e308)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan + 1)
print(0.1 + 0.7, 0.7 + 0.1 + 0.2, 1.0 - 0.9)
print(2 ** 0.5, 10 ** -2, 4 ** 0.5, (-8) ** 2.0, 0.0 ** 0)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
print(-0.0 == 0.0, 0.0 * -1, -0.0 + 0.0, abs(-0.0))
