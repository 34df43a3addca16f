# misc_programs: matrix multiply with nested lists and loops, matrix power for fibonacci, pretty printing
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    c = [[0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0
            for k in range(m):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c
def matpow(m, e):
    result = [[1 if i == j else 0 for j in range(len(m))] for i in range(len(m))]
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
for row in matmul(a, b):
    print(' '.join([f'{v:4d}' for v in row]))
print(matmul(b, a))
print(matpow([[1, 1], [1, 0]], 10), matpow([[1, 1], [1, 0]], 100)[0][1])
print(matmul([[0.5, 0], [0, 2]], [[2.0], [0.25]]))
