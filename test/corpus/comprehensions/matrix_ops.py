# comprehensions: matrix operations with nested comprehensions - transpose, multiply, identity, flatten
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]
def matmul(a, b):
    bt = transpose(b)
    return [[sum([x * y for x, y in zip(row, col)]) for col in bt] for row in a]
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(identity(3))
print(transpose(a))
print(matmul(a, b))
print(matmul(identity(2), matmul(a, b)) == matmul(a, b))
print([x for row in a for x in row], sum([sum(r) for r in a]))
print([[round(x / 3, 2) for x in row] for row in a])
