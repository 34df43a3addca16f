# RUN: %diff-python %s | FileCheck %s
def f(a, b, c, d):
    return a
f()

# CHECK: [exit 1] TypeError: f() missing 4 required positional arguments: 'a', 'b', 'c', and 'd'
