# RUN: %diff-python %s | FileCheck %s
# Keyword arguments, keyword-only and positional-only parameters, and
# print()'s sep, end, file and flush.
def f(a, b=2, *, k, j=5):
    print(a, b, k, j)
f(1, k=3)
f(1, 7, k=3, j=9)
f(b=4, a=1, k=0)
f(k=1, a=2)
def g(a, /, b, c=3):
    print(a, b, c)
g(1, 2)
g(1, b=5)
g(1, c=0, b=9)
def h(*, x):
    return x * 2
print(h(x=21))
print(1, 2, 3, sep='-')
print(1, 2, end='!\n')
print('a', 'b', sep='', end='')
print()
print('x', sep=None, end=None)
print(1, flush=True)
print(file=None)
def outer(scale):
    def inner(v, *, mul=scale):
        return v * mul
    return inner
print(outer(3)(2), outer(3)(2, mul=10))
print((lambda a, *, b=1: a + b)(1, b=5))
# CHECK: 1 2 3 5
# CHECK-NEXT: 1 7 3 9
# CHECK-NEXT: 1 4 0 5
# CHECK-NEXT: 2 2 1 5
# CHECK-NEXT: 1 2 3
# CHECK-NEXT: 1 5 3
# CHECK-NEXT: 1 9 0
# CHECK-NEXT: 42
# CHECK-NEXT: 1-2-3
# CHECK-NEXT: 1 2!
# CHECK-NEXT: ab
# CHECK-NEXT: x
# CHECK-NEXT: 1
# CHECK-EMPTY:
# CHECK-NEXT: 6 20
# CHECK-NEXT: 6
