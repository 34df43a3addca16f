# unpacking: starred assignment targets at start/middle/end, empty star capture, star in for loops
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
a, *b, c = [1, 2]
print(a, b, c)
*everything, = (9, 8)
print(everything)
for lead, *others in [(1, 2, 3), (4,), ('x', 'y')]:
    print(lead, others)
x, (y, *z) = 0, [1, 2, 3]
print(x, y, z)
name, *_ = 'Ada Lovelace Byron'.split()
print(name)
[*chars] = '中文😀'
print(chars, type(chars).__name__)
