# sets: frozenset creation, operations mixing set and frozenset, frozensets as dict keys and set elements
f = frozenset([3, 1, 2])
g = frozenset()
print(f, g, len(f), 2 in f, f == {1, 2, 3}, f | {4}, {4} | f, f & {1, 9})
groups = {frozenset([1, 2]): 'a', frozenset([3]): 'b'}
print(groups[frozenset([2, 1])], frozenset([3]) in groups)
s = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(s), sorted([sorted(x) for x in s]))
print(type(f | {4}).__name__, type({4} | f).__name__, frozenset(range(4)) - {0})
print(repr(frozenset({5})), repr(set([5])), set(), frozenset() == set())
