# RUN: %diff-python %s | FileCheck %s
# Tuple and list unpacking in assignments, nested and starred.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = 'xy'
print(c, d)
(e, f), g = [1, 2], 3
print(e, f, g)
h, *i = range(5)
print(h, i)
*j, k = (1,)
print(j, k)
l, *m, n = 'abcdef'
print(l, m, n)
o, *p, q = [1, 2]
print(o, p, q)
x = y = 1, 2
print(x, y)
r, s = t = [3, 4]
print(r, s, t)
u = [0, 0]
u[0], u[1] = 5, 6
print(u)
v = [1, 2, 3]
v[0], v[2] = v[2], v[0]
print(v)
def f(pair):
    first, second = pair
    *rest, last = pair
    return first + second, rest, last
print(f([10, 20]), f((1, 2)))
for_, = [7]
print(for_)
[w] = [[1, 2]]
print(w)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(90))
def order():
    xs = [1, 2, 3]
    i = 0
    i, xs[i] = 2, 'x'
    return i, xs
print(order())
def unbound():
    a, b = b, 1
try_it = 0
(x1, x2), [x3] = 'ab', 'c'
print(x1, x2, x3)
# CHECK: 1 2
# CHECK-NEXT: 2 1
# CHECK-NEXT: x y
# CHECK-NEXT: 1 2 3
# CHECK-NEXT: 0 [1, 2, 3, 4]
# CHECK-NEXT: [] 1
# CHECK-NEXT: a ['b', 'c', 'd', 'e'] f
# CHECK-NEXT: 1 [] 2
# CHECK-NEXT: (1, 2) (1, 2)
# CHECK-NEXT: 3 4 [3, 4]
# CHECK-NEXT: [5, 6]
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: (30, [10], 20) (3, [1], 2)
# CHECK-NEXT: 7
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: 2880067194370816120
# CHECK-NEXT: (2, [1, 2, 'x'])
# CHECK-NEXT: a b c
