# RUN: %diff-python %s | FileCheck %s
# Builtins that consume iterables: list(), tuple(), range, sum, sorted,
# reversed, enumerate, zip, all, any, min/max over one iterable.
print(list(range(5)), sorted('hello'), tuple('ab'), tuple(), list())
print(sum(range(101)), min(range(3, 8)), max('abc'), max(range(4)))
print(sum(range(3), 10), sum(range(4), 0.5), sum(list(range(0))))
print(list(zip('abc', range(3))), list(enumerate('xy', 5)))
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(all(range(1, 3)), any(range(0)), all(''), any('a'))
print(list(reversed('héllo')), range(0, 10, 2), range(3), range(5, -5, -3))
print(len(range(0, 10, 3)), sorted(range(10, 0, -2)), len(range(5, 0)))
print(range(10)[1:8:3], range(10)[::-1], list(reversed((1, (2,)))))
print(list(zip()), list(zip('ab')), list(zip('abc', 'de', range(9))))
print(list(enumerate(range(3))), list(list('ab')), tuple(tuple('ab')))
print(min(list('hello')), max(tuple(range(-3, 3))), sorted(tuple('cba')))
print(list(range(-3)), list(range(2, -8, -3)), len(range(-9, 9, 4)))
# CHECK: [0, 1, 2, 3, 4] ['e', 'h', 'l', 'l', 'o'] ('a', 'b') () []
# CHECK-NEXT: 5050 3 c 3
# CHECK-NEXT: 13 6.5 0
# CHECK-NEXT: [('a', 0), ('b', 1), ('c', 2)] [(5, 'x'), (6, 'y')]
# CHECK-NEXT: [7, 4, 1] []
# CHECK-NEXT: True False True True
# CHECK-NEXT: ['o', 'l', 'l', 'é', 'h'] range(0, 10, 2) range(0, 3) range(5, -5, -3)
# CHECK-NEXT: 4 [2, 4, 6, 8, 10] 0
# CHECK-NEXT: range(1, 8, 3) range(9, -1, -1) [(2,), 1]
# CHECK-NEXT: [] [('a',), ('b',)] [('a', 'd', 0), ('b', 'e', 1)]
# CHECK-NEXT: [(0, 0), (1, 1), (2, 2)] ['a', 'b'] ('a', 'b')
# CHECK-NEXT: e 2 ['a', 'b', 'c']
# CHECK-NEXT: [] [2, -1, -4, -7] 5
