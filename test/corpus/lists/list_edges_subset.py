# lists: edge cases of list methods and operators - self-extension, negative/huge insert and pop positions, nan identity
a = [1, 2, 3]
a += a
print(a)
a.extend(a)
print(len(a), a[-1])
b = [0, 1]
b[:] = b
b[len(b):] = b
print(b)
c = [1, 2, 3, 4]
c[::-1] = c
print(c)
c *= 0
print(c, [5] * -1, [] * 3, [[]] * 2)
d = [10, 20, 30]
d.insert(-100, 'head')
d.insert(100, 'tail')
d.insert(-1, 'before tail')
print(d, d.pop(-len(d)), d.pop(), d)
e = [5, 1, 5, 2, 5]
print(e.index(5, 1), e.index(5, -1), e.index(1, -5, -3), e.count(5), e.count(7))
e.remove(5)
print(e)
nan = float('nan')
f = [nan, 1]
print(nan in f, f == f, f.count(nan), f.index(nan), [nan] == [nan], (nan,) == (nan,))
g = [3, 1, 2]
h = g
g = g + [0]
h += [9]
print(g, h)
s = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
s.sort()
print(s, sorted([3, 1.5, 2, -0.0, 0, True]), sorted([[2], [1, 5], [1]]))
r = [1]
r.append(r)
r.insert(0, [r, (r,)])
print(r, len(r))
print([1, 2] * 2 == [1, 2, 1, 2], [1, [2]] < [1, [3]], [] == [], [0] > [], (1, 2) + (3,), ((),) * 2)
print(sum([0.1] * 10), sum([1, 2.5, True]), sum([[1], [2]], []), sum(range(101)), sum((), 5))
