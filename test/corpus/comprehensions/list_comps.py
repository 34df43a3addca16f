# comprehensions: list comprehensions with conditions, nested for clauses, conditional expressions, calls
nums = range(-5, 6)
print([n * n for n in nums])
print([n for n in nums if n % 2 == 0 and n != 0])
print(['neg' if n < 0 else 'zero' if n == 0 else 'pos' for n in nums])
print([(i, j) for i in range(3) for j in range(i)])
print([c.upper() for c in 'héllo' if c not in 'aeiou'])
print([len(w) for w in 'the quick brown fox'.split()])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([x for x in [] if x], [0 for _ in range(3)], [[] for _ in range(2)])
print([abs(x) for x in [-1, 2, -3]], [str(x).zfill(3) for x in (1, 22, 333)])
words = ['apple', 'Bob', 'cat', 'Dog']
print([w for w in words if w[0].isupper()], [w[::-1].lower() for w in words])
print([i for i in range(30) if i % 3 == 0 if i % 2 == 0])
