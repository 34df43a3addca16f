# comprehensions: nested comprehensions with multiple filters, pythagorean triples, grouping and conditional values
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
words = ['level', 'python', 'radar', 'code', 'noon', 'abc', '']
print([w for w in words if w and w == w[::-1]])
print({len(w): [x for x in words if len(x) == len(w)] for w in words})
matrix = [[1, -2, 3], [-4, 5, -6], [7, -8, 9]]
print([[x if x > 0 else 0 for x in row] for row in matrix])
print([sum([x for x in row if x > 0]) for row in matrix], [row[i] for i, row in enumerate(matrix)])
print([(i, c) for i, c in enumerate('hello') if c in 'lo'])
flat_odd = [x for row in matrix for x in row if x % 2 if x > 0]
print(flat_odd, [[c * n for c in 'ab'] for n in range(3)])
