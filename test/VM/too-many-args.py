# RUN: %diff-python %s | FileCheck %s
def f(a, b):
    return a
f(1, 2, 3)

# CHECK: [exit 1] TypeError: f() takes 2 positional arguments but 3 were given
