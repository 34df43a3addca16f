# slicing: slice corner cases - huge and negative steps, bounds past both ends, extended-slice assignment, del with steps
a = list(range(10))
print(a[::9223372036854775807], a[::-9223372036854775807], a[-9223372036854775807:9223372036854775807])
print(a[5:-100:-1], a[-100:100:3], a[100:-100:-4], a[-1:-1], a[3:-3:2], a[-3:3:-2])
print(a[True:], a[:False], a[::True + True])
b = a[:]
b[::3] = 'wxyz'
print(b)
b[1::3] = [None] * len(b[1::3])
print(b)
b[2:2] = []
b[2:3] = (7, 7, 7)
print(b, len(b))
del b[::-2]
print(b)
del b[100:]
del b[-100:1]
print(b)
s = 'héllo wörld 中文😀'
print(s[::-1], s[::3], s[-3::-4], s[100:], s[:-100], s[4:1:-1])
t = tuple(range(7))
print(t[::-2], t[5:100], t[-100:2], t[::2][::-1], t[1:-1][1:-1])
r = range(0, 100, 7)
print(r[::-1], r[2:-2:3], r[::-2][::-2], r[100:], list(r[-3:]), r[3], r[-3])
n = [[1, 2, 3], [4, 5, 6]]
n[0][1:] = n[1][:1]
n[1][::2] = [0, 0]
print(n)
