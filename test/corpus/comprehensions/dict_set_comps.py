# comprehensions: dict and set comprehensions, inverting dicts, filtering items, key collisions in dict comps
words = ['apple', 'banana', 'cherry', 'avocado', 'blueberry']
by_len = {w: len(w) for w in words}
print(by_len)
first = {w[0]: w for w in words}
print(first)
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
print({k: v for k, v in by_len.items() if v > 6})
print({n % 5 for n in range(100)}, {x * x for x in [-2, -1, 0, 1, 2]})
print(sorted({w[-1] for w in words}))
squares = {i: i * i for i in range(6)}
print(squares, sum(squares.values()), {k: v for k, v in squares.items() if k % 2})
grid = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(grid)
print({}, {k: k for k in ''}, set([x for x in []]))
