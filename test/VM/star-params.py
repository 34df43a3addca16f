# RUN: %diff-python %s | FileCheck %s
# *args and **kwargs parameters in def and lambda: what they collect, in
# call order, next to defaults, keyword-only and positional-only
# parameters, in closures and recursion. The same from a bytecode file
# (which records which functions have them):
# RUN: pyr-compile %s -o %t.pyrc
# RUN: pyr-run %t.pyrc | FileCheck %s
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, z=7))
print(f(c=0, a=1, zz=2, b=3, yy=4))
def only(*args):
    return args
print(only(), only(1), only(1, 'two', [3]))
print(only() == (), only() is only())
def kws(**kw):
    return kw
print(kws(), kws(b=1, a=2, c=3))
k = kws(x=1)
k['y'] = 2
print(k, kws(x=1))
def both(*a, **k):
    return a, k
print(both(1, 2, x=3, y=4))
def pos(a, /, b, *rest, **kw):
    return a, b, rest, kw
print(pos(1, 2))
print(pos(1, 2, 3, a=4, b2=5))
print(pos(1, b=2, a=3))
def kwonly(*args, sep='-', end='!'):
    return sep.join(args) + end
print(kwonly('a', 'b', 'c'))
print(kwonly('a', 'b', sep='+', end='?'))
lam = lambda *a, **k: (len(a), sorted(k))
print(lam(), lam(1, 2, x=1, a=2))
lam2 = lambda x, *ys: x + sum(ys)
print(lam2(1), lam2(1, 2, 3))
def total(*nums):
    if not nums:
        return 0
    return nums[0] + total(*nums[1:])
print(total(1, 2, 3, 4, 5))
def outer(*args, **kwargs):
    def inner():
        return args, kwargs
    return inner
print(outer(1, 2, key='v')())
def counter(*start):
    n = list(start)
    def bump(*more):
        n.extend(more)
        return len(n)
    return bump
b = counter(1, 2)
print(b(), b(3, 4), b())
def defaults(a, b=[], *args):
    b.append(len(args))
    return b
print(defaults(1), defaults(1), defaults(1, [9], 8, 7))
def shadow(*print):
    return print
print(shadow(1, 2))
def many(a, b, c, d, e, f, g, h, *rest, **kw):
    return a + h, rest, kw
print(many(*range(20), x=1))
def unpack_args(*args):
    a, *b = args
    return a, b
print(unpack_args(1, 2, 3))
def iterate(*args, **kw):
    for x in args:
        print(x, end=' ')
    for key in kw:
        print(key, kw[key], end=' ')
    print()
iterate(1, 2, z=26, a=1)
print(sorted([3, 1, 2], key=lambda *a: -a[0]))
print(max([3, 1, 2], key=lambda *a, **k: (k, -a[0])[1]))
# CHECK: (1, 2, (), 3, 4, {})
# CHECK-NEXT: (1, 2, (3, 4), 5, 4, {'e': 6, 'z': 7})
# CHECK-NEXT: (1, 3, (), 0, 4, {'zz': 2, 'yy': 4})
# CHECK-NEXT: () (1,) (1, 'two', [3])
# CHECK-NEXT: True True
# CHECK-NEXT: {} {'b': 1, 'a': 2, 'c': 3}
# CHECK-NEXT: {'x': 1, 'y': 2} {'x': 1}
# CHECK-NEXT: ((1, 2), {'x': 3, 'y': 4})
# CHECK-NEXT: (1, 2, (), {})
# CHECK-NEXT: (1, 2, (3,), {'a': 4, 'b2': 5})
# CHECK-NEXT: (1, 2, (), {'a': 3})
# CHECK-NEXT: a-b-c!
# CHECK-NEXT: a+b?
# CHECK-NEXT: (0, []) (2, ['a', 'x'])
# CHECK-NEXT: 1 6
# CHECK-NEXT: 15
# CHECK-NEXT: ((1, 2), {'key': 'v'})
# CHECK-NEXT: 2 4 4
# CHECK-NEXT: [0, 0] [0, 0] [9, 2]
# CHECK-NEXT: (1, 2)
# CHECK-NEXT: (7, (8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19), {'x': 1})
# CHECK-NEXT: (1, [2, 3])
# CHECK-NEXT: 1 2 z 26 a 1
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: 1
