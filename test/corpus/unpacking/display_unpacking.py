# unpacking: * and ** inside list/tuple/set/dict displays, merging, order of evaluation and key overwrite
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a, 0, *b, *'xy'], (*a,), [*range(3), *[]])
print({*a, *b, 2, 3})
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2}, {**d2, **d1}, {'w': 0, **d1, 'x': 100}, {**{}})
print([*d1], [*d1.values()], [*d1.items()])
nested = [*[*[1, 2], 3], *[[4]]]
print(nested)
words = ['a', 'b']
print(' '.join([*words, *reversed(words)]))
