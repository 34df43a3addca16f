# RUN: %diff-python %s | FileCheck %s
# Indexing (negative too) and slicing with steps on list, tuple, str
# (by code point) and range; item and slice assignment and deletion.
a = list(range(10))
t = tuple(a)
s = 'héllo wörld'
r = range(2, 30, 3)
print(a[0], a[-1], a[5], t[-10], s[1], s[-1], s[7], r[0], r[-1], r[3])
print(a[::-1], a[1:5:2], a[::3], a[-3:], a[:-7], a[8:2:-2], a[100:], a[-100:2])
print(t[::-1], t[1:5:2], t[5:1], t[::4], t[-2:-1])
print(s[::-1], s[1:5:2], s[2:], s[:3], s[-5:], s[::3], s[4:1:-1])
print(r[::-1], r[1:5:2], r[2:], r[:3], r[::-3], r[5:1])
print(a[True], t[False], 'abc'[1:2], 'abc'[3:], 'abc'[:-1], ''[:])
b = a[:]
b[0] = 'first'
b[-1] = 'last'
print(a, b)
b[2:5] = ['x']
print(b)
b[:0] = [1, 2]
print(b)
b[len(b):] = 'ab'
print(b)
b[1:8:2] = range(4)
print(b)
b[::-3] = [0] * len(b[::-3])
print(b)
del b[0]
del b[-1]
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
del b[:]
print(b, len(b))
c = [1, 2, 3, 4, 5]
c[1:4] = c
print(c)
c[::2] = c[1::2] + [9] * (len(c[::2]) - len(c[1::2]))
print(c)
m = [[0, 0, 0], [0, 0, 0]]
m[1][2] = 5
m[0][0] += 7
print(m, m[1][-1], m[-2][0])
# CHECK: 0 9 5 0 é d ö 2 29 11
# CHECK-NEXT: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [1, 3] [0, 3, 6, 9] [7, 8, 9] [0, 1, 2] [8, 6, 4] [] [0, 1]
# CHECK-NEXT: (9, 8, 7, 6, 5, 4, 3, 2, 1, 0) (1, 3) () (0, 4, 8) (8,)
# CHECK-NEXT: dlröw olléh él llo wörld hél wörld hlwl oll
# CHECK-NEXT: range(29, -1, -3) range(5, 17, 6) range(8, 32, 3) range(2, 11, 3) range(29, -1, -9) range(17, 5, 3)
# CHECK-NEXT: 1 0 b  ab 
# CHECK-NEXT: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] ['first', 1, 2, 3, 4, 5, 6, 7, 8, 'last']
# CHECK-NEXT: ['first', 1, 'x', 5, 6, 7, 8, 'last']
# CHECK-NEXT: [1, 2, 'first', 1, 'x', 5, 6, 7, 8, 'last']
# CHECK-NEXT: [1, 2, 'first', 1, 'x', 5, 6, 7, 8, 'last', 'a', 'b']
# CHECK-NEXT: [1, 0, 'first', 1, 'x', 2, 6, 3, 8, 'last', 'a', 'b']
# CHECK-NEXT: [1, 0, 0, 1, 'x', 0, 6, 3, 0, 'last', 'a', 0]
# CHECK-NEXT: [0, 0, 1, 'x', 0, 6, 3, 0, 'last', 'a']
# CHECK-NEXT: [0, 'x', 6, 0, 'a']
# CHECK-NEXT: [0, 0, 'a']
# CHECK-NEXT: [] 0
# CHECK-NEXT: [1, 1, 2, 3, 4, 5, 5]
# CHECK-NEXT: [1, 1, 3, 3, 5, 5, 9]
# CHECK-NEXT: {{\[\[}}7, 0, 0], [0, 0, 5]] 5 7
