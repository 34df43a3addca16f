# slicing: slicing tuples and ranges, slice result types, negative steps on ranges, chained slicing
t = tuple('abcdefgh')
print(t[1:4], t[::-2], t[-2:], t[10:], type(t[1:3]).__name__)
r = range(0, 50, 5)
print(r[2:], r[::-1], r[1:8:3], list(r[-3:]), r[5:1], len(r[5:1]))
print(list(range(10))[2:][3:][::2], 'abcdefghij'[1:9][::3][::-1])
chunks = [t[i:i + 3] for i in range(0, len(t), 3)]
print(chunks)
windows = [list(range(6))[i:i + 3] for i in range(4)]
print(windows)
print(t[:-1] + t[-1:] == t, t[:3] * 2, (1, 2, 3)[::-1] < (3, 2, 2))
