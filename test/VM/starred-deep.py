# RUN: %diff-python %s | FileCheck %s
# Starred calls in a deep recursion, the innermost spreading 50000
# arguments: the register stack grows under the active frames.
def r(n):
    if n == 0:
        return max(*range(50000))
    return r(*[n - 1])
print(r(500))
# CHECK: 49999
