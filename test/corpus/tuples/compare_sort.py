# tuples: lexicographic comparison, sorting records by multiple keys, tuples as dict keys
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 100), (1, 'a') < (1, 'b'))
print((1, 2) == (1.0, 2.0), (0, 0) != (0, -0), ((1,),) < ((2,),))
records = [('smith', 'john', 42), ('doe', 'jane', 35), ('smith', 'anna', 28), ('doe', 'jane', 30)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[0], -r[2])))
print(sorted(records, key=lambda r: r[2]))
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid)
print(grid[(2, 1)], grid.get((5, 5), 'missing'), (1, 1) in grid)
pts = [(3, 4), (-1, 0), (0, 0), (2, -2)]
print(sorted(pts, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(max(pts), min(pts, key=lambda p: p[1]))
