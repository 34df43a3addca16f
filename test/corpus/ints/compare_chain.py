# ints: comparison operators and chained comparisons, mixed int/float compare
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < b, c > b > a > 0)
print(1 < 2 <= 2 < 3 != 4, 3 > 2 == 2, 1 == 1 == 1.0)
print(5 != 5, 5 >= 5, -1 < 0 > -2)
calls = []
def val(n):
    calls.append(n)
    return n
print(val(1) < val(0) < val(5))
print(calls)
calls.clear()
print(val(1) < val(2) < val(3))
print(calls)
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 == 2.0 ** 53, 10 ** 20 > 1e19)
print(max(3, 7, 2), min(-1, -5, 0), sorted([3, -1, 2, 0]))
for x in [-5, 0, 5, 10, 15]:
    if 0 <= x < 10:
        print(x, 'in range')
    else:
        print(x, 'out of range')
print((1 < 2) + (2 < 3) + (3 < 1))
