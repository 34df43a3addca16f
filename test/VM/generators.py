# RUN: %diff-python %s | FileCheck %s
# Generator expressions: lazy, single-pass iterators that builtins and for
# loops consume; their outermost iterable is evaluated (and iter() called
# on it) when the generator is made.
xs = [1, 2, 3, 4]
print(sum(x * x for x in xs), min(x for x in xs), max(-x for x in xs))
print(list(x for x in xs if x % 2), tuple(c for c in 'ab'), set(x % 2 for x in xs))
print(sorted((x for x in [3, 1, 2]), reverse=True), dict((x, -x) for x in xs))
print(any(x > 3 for x in xs), all(x > 3 for x in xs), ' '.join(str(x) for x in xs))
print(list(enumerate(c for c in 'xy')), list(zip((i for i in xs), 'ab')))

g = (x * 10 for x in xs)
print(next(g), next(g), list(g), list(g), next(g, 'done'))

# Lazy: items are computed as they are taken, and any() stops early.
log = []
def note(v):
    log.append(v)
    return v
g = (note(x) for x in xs)
print(log, next(g), log)
print(any(note(x) > 1 for x in xs), log)

# Shared iteration.
g = (i for i in range(6))
print(list(zip(g, g)))
g = (i for i in range(5))
for a in g:
    print(a, next(g, None))

# The outermost iterable is evaluated at once; the inner ones on demand.
src = [1, 2]
g = (x for x in src)
src = [7, 8]
print(list(g))
inner = [1]
g = ((x, y) for x in range(2) for y in inner)
inner = [5, 6]
print(list(g))

# Nested generators, generators of generators, unpacking.
print(sum(sum(j for j in range(i)) for i in range(5)))
rows = ((r, c) for r in range(2) for c in range(2) if r != c)
print(list(rows))
a, b, *c = (x for x in 'abcde')
print(a, b, c)
print([*(x for x in 'hi'), *(y for y in [1])])

def count_up(n):
    return (i for i in range(n))
print(list(count_up(3)), list(count_up(0)))

def closure():
    k = 3
    g = (k * i for i in range(3))
    k = 100
    return list(g)
print(closure())

# A big one runs in constant memory.
print(sum(i % 7 for i in range(1000000)))

# CHECK: 30 1 -1
# CHECK-NEXT: [1, 3] ('a', 'b') {0, 1}
# CHECK-NEXT: [3, 2, 1] {1: -1, 2: -2, 3: -3, 4: -4}
# CHECK-NEXT: True False 1 2 3 4
# CHECK-NEXT: [(0, 'x'), (1, 'y')] [(1, 'a'), (2, 'b')]
# CHECK-NEXT: 10 20 [30, 40] [] done
# CHECK-NEXT: [1] 1 [1]
# CHECK-NEXT: True [1, 1, 2]
# CHECK-NEXT: [(0, 1), (2, 3), (4, 5)]
# CHECK-NEXT: 0 1
# CHECK-NEXT: 2 3
# CHECK-NEXT: 4 None
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: [(0, 5), (0, 6), (1, 5), (1, 6)]
# CHECK-NEXT: 10
# CHECK-NEXT: [(0, 1), (1, 0)]
# CHECK-NEXT: a b ['c', 'd', 'e']
# CHECK-NEXT: ['h', 'i', 1]
# CHECK-NEXT: [0, 1, 2] []
# CHECK-NEXT: [0, 100, 200]
# CHECK-NEXT: 2999997
