# RUN: %diff-python %s | FileCheck %s
def f(a):
    return a
f(1, 2)

# CHECK: [exit 1] TypeError: f() takes 1 positional argument but 2 were given
