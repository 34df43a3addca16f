# unpacking: unpacking in for loops over dict items, enumerate(zip()), nested tuples and starred targets
scores = {'amy': (90, 85), 'bo': (70, 95)}
for name, (math, art) in scores.items():
    print(name, math + art)
for i, (a, b) in enumerate(zip('ab', 'xy')):
    print(i, a, b)
triples = [(1, 2, 3), (4, 5, 6)]
for a, *bc in triples:
    print(a, bc)
for x, y in [[1, 2], (3, 4), 'ab']:
    print(x, y)
edges = [('a', 'b', 3), ('b', 'c', 1), ('a', 'c', 7)]
adj = {}
for u, v, w in edges:
    adj.setdefault(u, []).append((v, w))
print(adj)
print([u + v for u, v, _ in edges], sum([w for *_, w in edges]))
