# builtins: enumerate/zip/map/filter materialised with list(), dict(), tuple(); strict lengths, iterator exhaustion
print(list(enumerate(['a', 'b'])), list(enumerate('xy', 1)), dict(enumerate('ab', start=-1)))
print(list(zip('abc', [1, 2, 3], (True, False, None))), list(zip(range(5), 'hi')), list(zip([])))
print(list(map(abs, [-1, 2, -3])), list(map(str, range(3))), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
print(list(filter(None, [0, 1, False, 2, '', 'x'])), list(filter(lambda c: c.isupper(), 'aBcD')))
m = map(int, '123')
print(next(m), list(m), list(m))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
names = ['x', 'y']
print(dict(zip(names, map(len, names))), tuple(map(ord, 'AB')), set(map(abs, [-1, 1, -2])))
print(sum(map(int, '12345')), max(map(len, ['a', 'abc', 'ab'])), sorted(filter(str.isalpha, 'b1a2c')))
