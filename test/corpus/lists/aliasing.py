# lists: aliasing pitfalls - [[0]*3]*3, shallow copies, list() copies, modifying while holding references
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
orig = [[1, 2], [3, 4]]
shallow = orig[:]
shallow[0].append(99)
shallow.append([5])
print(orig, shallow)
deep = [row[:] for row in orig]
deep[1][0] = -3
print(orig, deep)
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
x = y
x += [4]
print(x, y, x is y)
def add_item(lst, item):
    lst.append(item)
    return lst
z = []
print(add_item(z, 1) is z, z)
