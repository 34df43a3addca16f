# for_loops: enumerate with start, zip of unequal lengths, zip of three, reversed, iterating dict items
names = ['ann', 'ben', 'cy']
ages = [31, 25, 40, 99]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=10):
    print(i, name)
for name, age in zip(names, ages):
    print(name, age)
for a, b, c in zip('xyz', range(3), [True, False, None]):
    print(a, b, c)
for name in reversed(names):
    print(name.title())
print(list(enumerate('hi')), list(zip()), list(zip([1], [])))
for idx, (n, a) in enumerate(zip(names, ages)):
    print(idx, n, a)
print(dict(enumerate('abc')), dict(zip(names, ages)))
