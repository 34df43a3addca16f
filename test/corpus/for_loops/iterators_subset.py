# for_loops: iterators from iter/reversed/enumerate/zip - exhaustion, sharing one iterator, next with default, unpacking
it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        break
print(next(it), list(it), list(it), next(it, 'done'))
pairs = iter(range(6))
print(list(zip(pairs, pairs)))
z = zip('abc', range(10))
print(next(z), list(z), list(z))
e = enumerate('xyz', -1)
print(next(e), list(e))
rv = reversed((1, 2, 3))
print(next(rv), tuple(rv))
print(list(reversed(range(0, 10, 3))), list(reversed('中文')), list(enumerate([])), list(zip()))
first, *rest = iter(range(4))
print(first, rest)
a, b, c = reversed('xyz')
print(a, b, c)
total = 0
for i, (x, y) in enumerate(zip([1, 2, 3], [10, 20, 30]), 1):
    total += i * x * y
print(total)
for ch in 'ab':
    for n in range(2):
        print(ch, n)
else:
    print('loops done', ch, n)
print(all(iter([])), any(iter([0, 0])), sum(iter([1, 2])), min(iter('hello')), max(iter((3, 9, 2))))
