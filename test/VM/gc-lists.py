# RUN: %diff-python %s | FileCheck %s
# Ten million temporary lists (each holding a tuple), dropped as soon as
# they are built, while a few are kept in a list: the collector traces
# containers and frees the rest, so the run stays in bounded memory
# (gc-bounded-memory.test checks its peak RSS; without collection it would
# need gigabytes).
keep = []
n = 0
for i in range(10000000):
    t = [i, (i, 'x')]
    if i % 2000000 == 0:
        keep.append(t)
    n += len(t)
print(n, len(keep), keep[:2], keep[-1])
a = [1]
b = [a]
a.append(b)
a = b = None
for i in range(100000):
    c = [[i]]
    c.append(c)
print(c[0], len(c))
# CHECK: 20000000 5 {{\[\[}}0, (0, 'x')], [2000000, (2000000, 'x')]] [8000000, (8000000, 'x')]
# CHECK-NEXT: [99999] 2
