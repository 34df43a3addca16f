# RUN: %diff-python %s | FileCheck %s
# is / is not on singletons, functions and variables bound to the same value.
def f():
    return None
g = f
x = None
print(x is None, x is not None, f() is None, f is g, f is not g, f is print)
print(True is True, True is not False, x is f())
s = 'text'
t = s
print(s is t, s is not t)
b = 1 < 2
print(b is True, (1 > 2) is False, not b is False)

# CHECK: True False True True False False
# CHECK-NEXT: True True True
# CHECK-NEXT: True False
# CHECK-NEXT: True True True
