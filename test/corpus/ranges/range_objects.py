# ranges: range objects as values - equality by content, repr with steps, reversed/sorted/min/max, ranges in containers
ranges = [range(5), range(0, 5), range(0, 5, 1), range(1, 10, 3), range(10, 1, -3), range(0), range(3, 3), range(-4, 4, 2)]
for r in ranges:
    print(repr(r), len(r), list(r), r == range(len(r)), bool(r))
print(range(0) == range(2, 2) == range(5, 1), range(1, 10, 3) == range(1, 11, 3), range(1, 2) == range(1, 2, 7))
print(sorted(range(5, 0, -1)), list(reversed(range(1, 10, 3))), min(range(-3, 3)), max(range(10, 0, -2)))
r = range(100, 0, -7)
print(r[0], r[-1], r[5], r.index(58), 58 in r, 59 in r, r.count(100), r[2:6], r[::-2])
d = {range(3): 'three'}
print(d[range(0, 3)], [range(2)] * 2, (range(1),))
print(list(range(2, -3, -1)), list(range(-3, 2, 2)), len(range(-(10 ** 6), 10 ** 6, 9)))
