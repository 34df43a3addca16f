# unpacking: tuple/list unpacking, swaps, rotation, unpacking strings and ranges, nested targets
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
x, y, z = y, z, x
print(x, y, z)
p, q = 'hi'
print(p, q)
first, second, third = range(3)
print(first, second, third)
(a, b), c = (1, 2), 3
print(a, b, c)
[m, [n, o]] = [5, [6, 7]]
print(m, n, o)
i = 0
vals = [0, 0, 0]
i, vals[i] = 1, 9
print(i, vals)
pts = [(1, 2), (3, 4)]
(x1, y1), (x2, y2) = pts
print(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
k, = [42]
print(k)
