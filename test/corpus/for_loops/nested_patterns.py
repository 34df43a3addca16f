# for_loops: nested loops printing patterns - triangles, multiplication table, pairs with i < j
n = 5
for i in range(1, n + 1):
    print(' ' * (n - i) + '*' * (2 * i - 1))
for i in range(n, 0, -1):
    print(''.join([str(j) for j in range(1, i + 1)]))
pairs = []
for i in range(4):
    for j in range(i + 1, 4):
        pairs.append((i, j))
print(pairs, len(pairs))
for i in range(1, 4):
    row = ''
    for j in range(1, 4):
        row += f'{i}x{j}={i * j:<3}'
    print(row.rstrip())
