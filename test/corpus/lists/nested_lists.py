# lists: nested lists - 2-D grids, transposing, flattening, deep equality and repr
grid = [[r * 3 + c for c in range(3)] for r in range(4)]
print(grid)
print(grid[2][1], grid[-1][-1], len(grid), len(grid[0]))
transposed = [[row[i] for row in grid] for i in range(3)]
print(transposed)
flat = []
for row in grid:
    flat.extend(row)
print(flat, sum(flat))
print([x for row in grid for x in row if x % 2] == [x for x in flat if x % 2])
diag = [grid[i][i] for i in range(min(len(grid), len(grid[0])))]
print(diag)
jag = [[1], [2, 3], [], [4, 5, 6]]
print(jag, [len(r) for r in jag], max(jag, key=len), sorted(jag, key=len))
print([[0] * 2] * 0, [[]] == [[]], [[1, [2]]] == [[1, [2]]])
