# RUN: %diff-python %s | FileCheck %s
# Containers nested 100000 deep: the collector, equality and repr must not
# overflow the C stack; == and repr raise CPython's RecursionError.
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
t = ()
for i in range(100000):
    t = (t, 1)
print(len(a), len(t))
x = [[[1]]]
print(x == [[[1]]], x == [[[2]]])
print(a == b)
# CHECK: 1 2
# CHECK-NEXT: True False
# RUN: not pyr-run %s 2>&1 >/dev/null | FileCheck --check-prefix=ERR %s
# ERR: RecursionError: maximum recursion depth exceeded in comparison
