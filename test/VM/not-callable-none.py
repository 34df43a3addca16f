# RUN: %diff-python %s | FileCheck %s
def f():
    pass
f()()

# CHECK: [exit 1] TypeError: 'NoneType' object is not callable
