# slicing: slice assignment that grows/shrinks a list, extended slice assignment, del slices, insertion via empty slice
a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[1:6] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 200]
print(a)
a[::2] = ['E'] * len(a[::2])
print(a)
a[::-3] = [7, 8, 9]
print(a)
b = [1, 2, 3, 4, 5, 6]
del b[1::2]
print(b)
b[1:2] = 'abc'
print(b)
c = [0] * 5
c[1:4] = range(3)
print(c)
c[:] = []
print(c)
d = [1, 2, 3]
d[5:10] = [4]
print(d)
