# RUN: %diff-python %s | FileCheck %s
def f(a, b, c, d):
    return a
f(1)

# CHECK: [exit 1] TypeError: f() missing 3 required positional arguments: 'b', 'c', and 'd'
