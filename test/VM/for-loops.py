# RUN: %diff-python %s | FileCheck %s
# for loops over lists, tuples, strs, ranges and iterators, with break,
# continue, else, unpacking targets, nesting, and in functions.
for i in range(3):
    print(i)
for c in 'hé!':
    print(c)
for x in (1, 'two', None):
    print(x)
for x in [10, 20]:
    print(x)
else:
    print('else ran', x)
for x in []:
    print('never')
else:
    print('empty else')
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
else:
    print('not reached')
print('after', i)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (a, *rest) in enumerate(['xyz', 'pq']):
    print(i, a, rest)
for k, v in zip('abc', range(10, 13)):
    print(k, v)
for i in range(10, 0, -3):
    print(i)
def total(xs):
    t = 0
    for x in xs:
        t += x
    return t
print(total(range(101)), total([1.5, 2.5]), total(()))
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    else:
        return -1
print(find('hello', 'l'), find([1, 2], 3))
grid = []
for r in range(3):
    row = []
    for c in range(4):
        if c == r:
            continue
        row.append(r * 10 + c)
    grid.append(row)
print(grid)
xs = [1, 2, 3]
for x in xs:
    if x < 5:
        xs.append(x + 3)
print(xs)
for x in reversed(xs):
    pass
print(list(reversed(xs)))
lst = [0, 0, 0]
for lst[0] in range(4):
    pass
print(lst)
def nested_break():
    out = []
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
            out.append((i, j))
        else:
            out.append('no')
    return out
print(nested_break())
n = 0
for _ in range(100000):
    n += 1
print(n)
it = iter(range(6))
for a in it:
    print(a, next(it))
for i in range(-2, 2):
    print(i)
for i in range(9223372036854775805, 9223372036854775807):
    print(i)
# CHECK: 0
# CHECK-NEXT: 1
# CHECK-NEXT: 2
# CHECK-NEXT: h
# CHECK-NEXT: é
# CHECK-NEXT: !
# CHECK-NEXT: 1
# CHECK-NEXT: two
# CHECK-NEXT: None
# CHECK-NEXT: 10
# CHECK-NEXT: 20
# CHECK-NEXT: else ran 20
# CHECK-NEXT: empty else
# CHECK-NEXT: even 0
# CHECK-NEXT: even 2
# CHECK-NEXT: even 4
# CHECK-NEXT: even 6
# CHECK-NEXT: after 8
# CHECK-NEXT: 3
# CHECK-NEXT: 7
# CHECK-NEXT: 0 x ['y', 'z']
# CHECK-NEXT: 1 p ['q']
# CHECK-NEXT: a 10
# CHECK-NEXT: b 11
# CHECK-NEXT: c 12
# CHECK-NEXT: 10
# CHECK-NEXT: 7
# CHECK-NEXT: 4
# CHECK-NEXT: 1
# CHECK-NEXT: 5050 4.0 0
# CHECK-NEXT: 2 -1
# CHECK-NEXT: {{\[\[}}1, 2, 3], [10, 12, 13], [20, 21, 23]]
# CHECK-NEXT: [1, 2, 3, 4, 5, 6, 7]
# CHECK-NEXT: [7, 6, 5, 4, 3, 2, 1]
# CHECK-NEXT: [3, 0, 0]
# CHECK-NEXT: [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]
# CHECK-NEXT: 100000
# CHECK-NEXT: 0 1
# CHECK-NEXT: 2 3
# CHECK-NEXT: 4 5
# CHECK-NEXT: -2
# CHECK-NEXT: -1
# CHECK-NEXT: 0
# CHECK-NEXT: 1
# CHECK-NEXT: 9223372036854775805
# CHECK-NEXT: 9223372036854775806
