# tuples: tuples as dict keys and set elements (coordinates, memo keys), tuple equality across int/float/bool
seen = set()
pos = (0, 0)
moves = 'RRULLDDR'
delta = {'R': (1, 0), 'L': (-1, 0), 'U': (0, 1), 'D': (0, -1)}
path = [pos]
for m in moves:
    dx, dy = delta[m]
    pos = (pos[0] + dx, pos[1] + dy)
    path.append(pos)
    seen.add(pos)
print(path)
print(sorted(seen), len(seen), (0, 0) in seen)
memo = {}
def grid_paths(r, c):
    if (r, c) in memo:
        return memo[(r, c)]
    v = 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
    memo[r, c] = v
    return v
print(grid_paths(8, 8), len(memo), memo[2, 3])
print((1, 2) == (1.0, 2.0), {(1, 2): 'a'}[(True, 2.0)], len({(0,), (0.0,), (False,)}))
