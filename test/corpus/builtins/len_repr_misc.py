# builtins: len of every container, repr vs str, callable, abs of mixed numbers, hex of negatives, round ndigits
things = ['', 'héllo', [], [1, [2, 3]], (), (1,), {}, {'a': 1}, set(), {1, 2}, range(5), range(0, 10, 3), '😀👍']
print([len(t) for t in things])
print(repr('a'), str('a'), repr(1.0), str(1.0), repr(None), repr([None, 'x']), str(['x']))
print(callable(len), callable(print), callable('x'), callable(lambda: 0), callable(str.upper))
print(abs(-0), abs(-0.0), abs(-10 ** 20), abs(3 - 5), abs(-True))
print(round(-2.675, 2), round(1e-10, 12), round(123), round(-0.4))
print(print('inner') is None, len(str(print)) > 0, repr(print), repr(len))
