# RUN: %diff-python %s | FileCheck %s
# Calls with * and ** that allocate enough (argument lists, keyword dicts,
# *args tuples, **kwargs dicts) for the collector to run between them.
def f(*a, **k):
    return len(a) + len(k)
def g(a, b, *rest, key=0, **kw):
    return a + b + len(rest) + key + len(kw)
total = 0
big = list(range(50))
d = {'x': 1, 'y': 2}
for i in range(20000):
    total += f(*big, **d)
    total += g(1, 2, *big, key=i, z=[i] * 10, **d)
    total += f(i, str(i) * 20, k=[i], **{'q': 'abc' * 10})
    s = 'x'.join(*[[str(i), str(i + 1)]])
    x = i
    del x
print(total, s)
# CHECK: 202230000 19999x20000
