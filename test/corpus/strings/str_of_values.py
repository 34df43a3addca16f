# strings: str() and repr() of every built-in value kind, including nested containers
vals = [None, True, False, 0, -5, 2.5, 'text', [1, 'a'], (1,), (), {}, {'k': [1, 2]}, {3}, set(), range(3)]
for v in vals:
    print(str(v), repr(v), type(v).__name__)
print(str([None, 'x', 1.0]), str(('a', ('b',))), str({'a': {'b': 'c'}}))
print(repr('x') + str('x'), str(str(str('y'))))
print(len(str(list(range(10)))), str(list(range(10))))
print(str(-0.0), str(1e100), str(10 ** 20), str(2 ** 0.5))
