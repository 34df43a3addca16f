# sets: union/intersection/difference/symmetric difference on small-int sets, operators and methods
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection(range(3, 10)), a.difference([1], (2,)), a.symmetric_difference([5, 9]))
print(a <= b, {4, 5} <= a, {4, 5} < b, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([]))
print(a.isdisjoint({8, 9}), a.isdisjoint(b), len(a | b), 3 in a, 3 in b)
empty = set()
print(empty, len(empty), empty | a == a, empty & a, empty == set(), {} == set())
c = set(a)
c |= {100}
c &= {1, 2, 100, 200}
c -= {2}
c ^= {1, 50}
print(c, sorted(c))
print({n % 4 for n in range(20)}, set([3, 3, 3]), set(range(5, 0, -1)))
