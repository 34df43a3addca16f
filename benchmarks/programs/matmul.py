# Matrix multiplication with nested lists of floats.
n = 90
a = []
for i in range(n):
    row = []
    for j in range(n):
        row.append((i * j) % 7 + 0.5)
    a.append(row)
b = []
for i in range(n):
    row = []
    for j in range(n):
        row.append((i + 2 * j) % 5 - 1.25)
    b.append(row)
for rep in range(3):
    c = []
    for i in range(n):
        ai = a[i]
        row = []
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += ai[k] * b[k][j]
            row.append(s)
        c.append(row)
print(c[0][0], c[n - 1][n - 1], sum(c[n // 2]))
