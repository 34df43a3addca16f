# slicing: list slices with positive/negative bounds and steps, out-of-range bounds, empty results, copies
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-7], a[-5:-2], a[3:3], a[5:2])
print(a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2], a[-1:-5:-1], a[2:8:-1])
print(a[100:], a[-100:3], a[3:100], a[-100:-99], a[100:-100:-1])
print(a[None:4], a[4:None], a[::None])
b = a[:]
b[0] = 'changed'
print(a[0], b[0], a[:] == a, a[:] is a)
print([][:], [][::-1], [1][-1:], [1][:-1])
s = slice(1, 8, 3)
print(s, a[s], s.start, s.stop, s.step, slice(5), a[slice(None, None, -4)])
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(a[len(a) // 2:], a[:len(a) // 2][::-1])
