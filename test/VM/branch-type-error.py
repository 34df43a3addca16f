# RUN: %diff-python %s | FileCheck %s
# A comparison in a condition (TestLt) raises the general operator's
# TypeError for operands that cannot be ordered, on the condition's line.
def f(a, b):
    if a < b:
        return 1
    return 0
print(f(1, 2))
print(f('a', 1))
# CHECK: 1
# CHECK: TypeError: '<' not supported between instances of 'str' and 'int'
