# RUN: %diff-python %s | FileCheck %s
# dict: insertion order (kept across deletion and reinsertion), subscripts,
# methods, views, equality, repr (recursive too), dict() and `|`.
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'], 'a' in d, 'z' in d, 'z' not in d)
d['c'] = 3
del d['a']
d['a'] = 9
d['b'] = 20
print(d, list(d), d.keys(), d.values(), d.items())
print(d.get('z'), d.get('z', 5), d.get('b'), d.pop('b'), d.pop('b', -1))
print(d.setdefault('q', 7), d.setdefault('q', 8), d.setdefault('n'), d)
d.update({1: 2})
d.update([(3, 4), 'xy'])
print(d, d.update(), d.copy() == d, d.copy() is d)
print(d == {}, {} == {}, {} != {}, bool({}), bool(d), not {})
print(d.popitem(), d.popitem(), d)
d.clear()
print(d, len(d))
e = {}
e['self'] = e
e[1] = [e]
print(e)
print(dict(), dict({1: 2}), dict([(1, 2), (3, 4)]), dict(a=1, b=2))
print(dict([(1, 2)], x=3), dict({'x': 1}, x=2), dict(zip('abc', range(3))))
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 1, False: 2, 0.0: 3})
print({(1, 2): 3}[(1, 2)], {frozenset({1}): 2}[frozenset([1])], {None: 1}[None])
print({1: 1} == {1: 1.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3})
print({1: 2} == [1], {1: [1, 2]} == {1: [1, 2]}, {'a': {}} == {'a': {}})
print(sorted({3: 1, 1: 2}), list({1: 2}.items()), max({4: 0, 9: 0}))
print(1 in {1: 2}.keys(), 2 in {1: 2}.keys(), (1, 2) in {1: 2}.items())
print((1, 3) in {1: 2}.items(), 5 in {1: 2}.items(), 2 in {1: 2}.values())
print(len({1: 2, 3: 4}.values()), len({}.items()), list({1: 2, 3: 4}.values()))
print({1: 2} | {3: 4, 1: 5})
m = {1: 2}
m |= {0: 0}
m |= [(7, 7)]
print(m)
for k in {'x': 1, 'y': 2}:
    print(k)
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)
big = {}
for i in range(200):
    big[i * 7 % 200] = i
for i in range(0, 200, 3):
    del big[i]
for i in range(0, 200, 9):
    big[i] = -i
print(len(big), list(big)[:12], list(big)[-6:], sum(big.values()))
print({-1: 1, -2: 2, 2 ** 70: 3, 1.5: 4, (): 5, 'k': 6})
print({1: {2: {3: {}}}}, {'a': (1, [2])}, dict(a=None))
words = {}
for w in ['b', 'a', 'b', 'c', 'a', 'b']:
    words[w] = words.get(w, 0) + 1
print(words)
# CHECK: {'a': 1, 'b': 2} 2 1 True False True
# CHECK-NEXT: {'b': 20, 'c': 3, 'a': 9} ['b', 'c', 'a'] dict_keys(['b', 'c', 'a']) dict_values([20, 3, 9]) dict_items([('b', 20), ('c', 3), ('a', 9)])
# CHECK-NEXT: None 5 20 20 -1
# CHECK-NEXT: 7 7 None {'c': 3, 'a': 9, 'q': 7, 'n': None}
# CHECK-NEXT: {'c': 3, 'a': 9, 'q': 7, 'n': None, 1: 2, 3: 4, 'x': 'y'} None True False
# CHECK-NEXT: False True False False True True
# CHECK-NEXT: ('x', 'y') (3, 4) {'c': 3, 'a': 9, 'q': 7, 'n': None, 1: 2}
# CHECK-NEXT: {} 0
# CHECK-NEXT: {'self': {...}, 1: [{...}]}
# CHECK-NEXT: {} {1: 2} {1: 2, 3: 4} {'a': 1, 'b': 2}
# CHECK-NEXT: {1: 2, 'x': 3} {'x': 2} {'a': 0, 'b': 1, 'c': 2}
# CHECK-NEXT: {1: 'c'} {0: 3}
# CHECK-NEXT: 3 2 1
# CHECK-NEXT: True True False
# CHECK-NEXT: False True True
# CHECK-NEXT: [1, 3] [(1, 2)] 9
# CHECK-NEXT: True False True
# CHECK-NEXT: False False True
# CHECK-NEXT: 2 0 [2, 4]
# CHECK-NEXT: {1: 5, 3: 4}
# CHECK-NEXT: {1: 2, 0: 0, 7: 7}
# CHECK-NEXT: x
# CHECK-NEXT: y
# CHECK-NEXT: x 1
# CHECK-NEXT: y 2
# CHECK-NEXT: 156 [7, 14, 28, 35, 49, 56, 70, 77, 91, 98, 112, 119] [153, 162, 171, 180, 189, 198] 11104
# CHECK-NEXT: {-1: 1, -2: 2, 1180591620717411303424: 3, 1.5: 4, (): 5, 'k': 6}
# CHECK-NEXT: {1: {2: {3: {}}}} {'a': (1, [2])} {'a': None}
# CHECK-NEXT: {'b': 3, 'a': 2, 'c': 1}
