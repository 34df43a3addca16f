# RUN: %diff-python %s | FileCheck %s
# Functions defined inside functions, without reading enclosing locals.
def outer(n):
    def double(m):
        return m * 2
    def inc(m):
        def one():
            return 1
        return m + one()
    return inc(double(n))
print(outer(5), outer(-1))
def make():
    def helper():
        return 'helper result'
    return helper
h = make()
print(h())
def uses_global():
    def g():
        return base * 3
    return g()
base = 7
print(uses_global())
print(make()())

# CHECK: 11 -1
# CHECK-NEXT: helper result
# CHECK-NEXT: 21
# CHECK-NEXT: helper result
