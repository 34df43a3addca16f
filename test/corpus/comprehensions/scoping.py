# comprehensions: comprehension variables do not leak, closure over outer names, nested comprehension scopes
x = 'outer'
squares = [x * x for x in range(4)]
print(x, squares)
n = 10
print([n + i for i in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row if y % 2])
def make(k):
    return [k * j for j in range(k)]
print(make(3), make(0))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
total = sum([v for v in range(5)])
print(total, [len(s) for s in [[], [1], [1, 2]]])
print([(a, b) for a in range(3) for b in range(a, 3) if (a + b) % 2 == 0])
