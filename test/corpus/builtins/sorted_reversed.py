# builtins: sorted() and reversed() on lists, tuples, strings, dicts, ranges; key=str.lower; reverse stable
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted('bca'), sorted({'b': 1, 'a': 2}), sorted(range(3, 0, -1)))
print(sorted(['b', 'A', 'c', 'B'], key=str.lower), sorted(['b', 'A', 'c', 'B'], key=str.lower, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed({'x': 1, 'y': 2})), ''.join(reversed('中文😀')), list(reversed([])))
data = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(data, key=lambda t: t[1], reverse=True))
r = reversed([10, 20, 30])
print(next(r), next(r), list(r), list(r))
print(sorted([-2, 1, -1, 2], key=abs), sorted([[3], [1, 2], []]), sorted([0.5, -1, 1e10, 7]))
