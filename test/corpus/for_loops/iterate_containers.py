# for_loops: iterating strings, tuples, dicts, sets of ints, nested lists with unpacking targets
for ch in 'héllo':
    print(ch, ord(ch))
for t in (1, 'two', 3.0):
    print(type(t).__name__, t)
d = {'one': 1, 'two': 2, 'three': 3}
for key in d:
    print(key, end=' ')
print()
for value in d.values():
    print(value, end=' ')
print()
for k, v in d.items():
    print(f'{k}={v}', end=';')
print()
for n in {3, 1, 2}:
    print(n, end=' ')
print()
pairs = [[1, 'a'], [2, 'b']]
for num, letter in pairs:
    print(num * letter)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
