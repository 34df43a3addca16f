# RUN: %diff-python %s | FileCheck %s
# repr of a list nested 100000 deep raises CPython's RecursionError, after
# the output before it.
a = []
for i in range(100000):
    a = [a]
print("x")
print(a)
# CHECK: x
# RUN: not pyr-run %s 2>&1 >/dev/null | FileCheck --check-prefix=ERR %s
# ERR: RecursionError: maximum recursion depth exceeded while getting the repr of an object
