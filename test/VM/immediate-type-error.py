# RUN: %diff-python %s | FileCheck %s
# x - 1 with a non-number x (SubI) names the operand types in CPython's
# order: the left operand first, the literal second.
def dec(x):
    return x - 1
print(dec(3))
print(dec(None))
# CHECK: 2
# CHECK: TypeError: unsupported operand type(s) for -: 'NoneType' and 'int'
