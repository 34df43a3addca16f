# RUN: %diff-python %s | FileCheck %s
# Unpacking in calls: f(*xs, **kw) in every mix CPython allows, for
# Python functions, builtins and methods, evaluated in CPython's order
# (positional arguments, * included, before any keyword).
def p(x):
    print('eval', x)
    return x
def show(*a, **k):
    print(a, k)
show(*[1, 2])
show(*(1, 2), *'ab', *range(2), *{'k': 0})
show(0, *[1], 2, *(3,), 4)
show(**{'a': 1})
show(x=1, **{'a': 1}, y=2, **{'b': 2}, z=3)
show(1, *[2], k=3, **{'m': 4}, **{'n': 5}, q=6)
show(k=p(1), *p([2]), **p({'z': 3}), j=p(4))
show(p(0), *p([1]), p(2), *p((3,)), k=p(4), **p({'m': 5}), **p({'n': 6}), q=p(7))
show(*[], **{})
show(*iter([1, 2, 3]))
show(*enumerate('ab'), *zip([1], [2]), *reversed([1, 2]))
d = {'b': 2, 'a': 1}
show(**d, c=3)
print(d)
def f(a, b, c=3, *, k=0):
    return a, b, c, k
args = [1, 2]
print(f(*args), f(*args, 4), f(*args, k=5), f(1, *[2], **{'k': 6}))
print(f(**{'b': 2, 'a': 1}), f(*[1], **{'b': 2, 'c': 9}))
print(f(*'xy'))
kw = {'sep': '-', 'end': '!\n'}
print(*range(5), sep=' < ')
print(*'abc', **kw)
print(1, *[2, 3], 4, **{'sep': ''})
print(*[], **{})
print(**{'end': ''})
print()
words = ['x', 'y']
print(', '.join(*[words]))
xs = [1]
xs.append(*(5,))
xs.extend(*[[6, 7]])
xs.insert(*(0, 0))
print(xs)
print('{0}-{1}-{z}'.format(*[1, 2], **{'z': 3}))
data = {'user': 'ann', 'score': 9.25}
print('User {user} scored {score:.1f}'.format(**data))
print('a b  c'.split(*[None], **{'maxsplit': 1}))
print(sorted(*[[3, 1, 2]], **{'reverse': True}))
print(max(*[4, 9, 2]), min(*(4, 9, 2)), sum(*[[1, 2, 3]]))
print(len(*['four']), abs(*[-3]), divmod(*[7, 2]))
print(dict(*[[('a', 1)]], **{'b': 2}), dict(**{'a': 1}, c=3))
nested = lambda *a, **k: (a, k)
print(nested(*nested(1, 2)[0], **nested(x=1)[1]))
def fwd(*args, **kwargs):
    return f(*args, **kwargs)
print(fwd(1, 2), fwd(1, b=2, k=3))
def outer():
    def inner(a, *r, **k):
        return a, r, k
    return inner(*[1, 2, 3], **{'z': 0})
print(outer())
calls = 0
def count(*a):
    global calls
    calls += 1
    return a
for i in range(3):
    count(*range(i))
print(calls, count(*[count(1, 2)]))
# CHECK: (1, 2) {}
# CHECK-NEXT: (1, 2, 'a', 'b', 0, 1, 'k') {}
# CHECK-NEXT: (0, 1, 2, 3, 4) {}
# CHECK-NEXT: () {'a': 1}
# CHECK-NEXT: () {'x': 1, 'a': 1, 'y': 2, 'b': 2, 'z': 3}
# CHECK-NEXT: (1, 2) {'k': 3, 'm': 4, 'n': 5, 'q': 6}
# CHECK-NEXT: eval [2]
# CHECK-NEXT: eval 1
# CHECK-NEXT: eval {'z': 3}
# CHECK-NEXT: eval 4
# CHECK-NEXT: (2,) {'k': 1, 'z': 3, 'j': 4}
# CHECK-NEXT: eval 0
# CHECK-NEXT: eval [1]
# CHECK-NEXT: eval 2
# CHECK-NEXT: eval (3,)
# CHECK-NEXT: eval 4
# CHECK-NEXT: eval {'m': 5}
# CHECK-NEXT: eval {'n': 6}
# CHECK-NEXT: eval 7
# CHECK-NEXT: (0, 1, 2, 3) {'k': 4, 'm': 5, 'n': 6, 'q': 7}
# CHECK-NEXT: () {}
# CHECK-NEXT: (1, 2, 3) {}
# CHECK-NEXT: ((0, 'a'), (1, 'b'), (1, 2), 2, 1) {}
# CHECK-NEXT: () {'b': 2, 'a': 1, 'c': 3}
# CHECK-NEXT: {'b': 2, 'a': 1}
# CHECK-NEXT: (1, 2, 3, 0) (1, 2, 4, 0) (1, 2, 3, 5) (1, 2, 3, 6)
# CHECK-NEXT: (1, 2, 3, 0) (1, 2, 9, 0)
# CHECK-NEXT: ('x', 'y', 3, 0)
# CHECK-NEXT: 0 < 1 < 2 < 3 < 4
# CHECK-NEXT: a-b-c!
# CHECK-NEXT: 1234
# CHECK-EMPTY:
# CHECK-EMPTY:
# CHECK-NEXT: x, y
# CHECK-NEXT: [0, 1, 5, 6, 7]
# CHECK-NEXT: 1-2-3
# CHECK-NEXT: User ann scored 9.2
# CHECK-NEXT: ['a', 'b  c']
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: 9 2 6
# CHECK-NEXT: 4 3 (3, 1)
# CHECK-NEXT: {'a': 1, 'b': 2} {'a': 1, 'c': 3}
# CHECK-NEXT: ((1, 2), {'x': 1})
# CHECK-NEXT: (1, 2, 3, 0) (1, 2, 3, 3)
# CHECK-NEXT: (1, (2, 3), {'z': 0})
# CHECK-NEXT: 3 ((1, 2),)
