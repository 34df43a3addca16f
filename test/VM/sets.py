# RUN: %diff-python %s | FileCheck %s
# set and frozenset: CPython's iteration order for ints (the table, its
# linear probes and resizes), operators, methods and repr.
s = {5, 3, 100, 17, 8, 1000, -1, 33}
print(s, set(), frozenset({1, 2}), frozenset(), set([3, 1, 2, 1]))
print(set(range(20)), set(range(100, 0, -7)), set([2 ** 64, -5, 9]))
L = []
for x in range(30):
    L.append(x * 7)
print(set(L), frozenset(L))
print({8, 16, 24, 0, 32, 40, 48, 56, 64, 72, 80})
a = {1, 2, 3}
b = {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, b - a, b ^ a)
print(a <= b, a < a | b, a >= b, a > {1}, a == {3, 2, 1}, a != b)
print({1} < {1}, {1} <= {1}, set() < {0}, {1, 2} > {2}, {1} >= {2})
a.add(10)
a.discard(1)
a.discard(99)
a.remove(2)
print(a, a.pop(), a)
print(a.union([7, 8], (9,)), a.intersection(range(5)), a.difference({3}))
print(a.symmetric_difference([3, 50]), a.union(), a.intersection())
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint([2]))
print({1, 2}.isdisjoint({2}), set().issubset(set()), {1}.issuperset({1, 2}))
f = frozenset([1, 2])
print(f | {3}, {3} | f, f & {1}, f - {1}, f ^ {5}, {5} ^ f)
print({1, 2} == frozenset({1, 2}), frozenset() == set(), f.copy() is f)
print({frozenset({1}): 2}, {frozenset([1])} == {frozenset([1])})
print(set() in {frozenset()}, {1} in {frozenset({1})}, frozenset([f]))
x = set(range(50))
x -= set(range(10, 40))
print(x)
x |= {100}
x &= {0, 1, 100, 45}
x ^= {1, 2}
print(x)
y = set(range(40))
y.difference_update(range(5, 35), [36])
y.intersection_update(range(2, 39))
y.symmetric_difference_update({0, 2})
y.update([77], (78,))
print(y, len(y), bool(y), bool(set()))
z = {1, 1.0, True}
print(z, {0.5, 2.5, -2, -1}, {(1, 2), (2, 1)} == {(2, 1), (1, 2)})
p = set(range(10))
while p:
    print(p.pop(), end=' ')
print()
q = set(range(0, 64, 8))
q.discard(0)
q.add(64)
q.add(0)
print(q, sorted(q), sum(q), min(q), max(q), list(q))
c = s.copy()
c.clear()
print(c, s == s.copy(), 3 in s, 4 not in s)
for v in {30, 10, 20}:
    print(v)
# CHECK: {33, 3, 100, 5, 8, 1000, 17, -1} set() frozenset({1, 2}) frozenset() {1, 2, 3}
# CHECK-NEXT: {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19} {65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30} {18446744073709551616, 9, -5}
# CHECK-NEXT: {0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 203, 77, 84, 91, 98, 105, 112, 119, 126} frozenset({0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 203, 77, 84, 91, 98, 105, 112, 119, 126})
# CHECK-NEXT: {32, 0, 64, 40, 8, 72, 16, 48, 80, 24, 56}
# CHECK-NEXT: {1, 2, 3, 4} {2, 3} {1} {1, 4} {4} {1, 4}
# CHECK-NEXT: False True False True True True
# CHECK-NEXT: False True True True False
# CHECK-NEXT: {3} 10 {3}
# CHECK-NEXT: {8, 9, 3, 7} {3} set()
# CHECK-NEXT: {50} {3} {3}
# CHECK-NEXT: True True True
# CHECK-NEXT: False True False
# CHECK-NEXT: frozenset({1, 2, 3}) {1, 2, 3} frozenset({1}) frozenset({2}) frozenset({1, 2, 5}) {1, 2, 5}
# CHECK-NEXT: True True True
# CHECK-NEXT: {frozenset({1}): 2} True
# CHECK-NEXT: True True frozenset({frozenset({1, 2})})
# CHECK-NEXT: {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49}
# CHECK-NEXT: {0, 2, 100, 45}
# CHECK-NEXT: {0, 35, 3, 4, 37, 38, 77, 78} 8 True False
# CHECK-NEXT: {1} {0.5, 2.5, -2, -1} True
# CHECK-NEXT: 0 1 2 3 4 5 6 7 8 9 
# CHECK-NEXT: {64, 32, 0, 8, 40, 16, 48, 24, 56} [0, 8, 16, 24, 32, 40, 48, 56, 64] 288 0 64 [64, 32, 0, 8, 40, 16, 48, 24, 56]
# CHECK-NEXT: set() True True True
# CHECK-NEXT: 10
# CHECK-NEXT: 20
# CHECK-NEXT: 30
