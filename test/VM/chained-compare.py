# RUN: %diff-python %s | FileCheck %s
# Chained comparisons evaluate each middle operand once and stop at the
# first false link.
def p(x):
    print('eval', x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 1 < 3 > 2, 1 != 2 != 1)
print(p(1) < p(2) < p(3))
print(p(1) < p(0) < p(3))
print(p(3) > p(2) > p(5) > p(0))
print(p(1) == p(1) is not p(None))
def between(a, b, c):
    r = a <= b < c
    return r
print(between(1, 2, 3), between(3, 2, 1), between(1, 1, 1))
x = 5
x = 1 < x < 10
print(x)
if p(0) <= p(5) <= p(10):
    print('in range')

# CHECK: True False True True True
# CHECK-NEXT: eval 1
# CHECK-NEXT: eval 2
# CHECK-NEXT: eval 3
# CHECK-NEXT: True
# CHECK-NEXT: eval 1
# CHECK-NEXT: eval 0
# CHECK-NEXT: False
# CHECK-NEXT: eval 3
# CHECK-NEXT: eval 2
# CHECK-NEXT: eval 5
# CHECK-NEXT: False
# CHECK-NEXT: eval 1
# CHECK-NEXT: eval 1
# CHECK-NEXT: eval None
# CHECK-NEXT: True
# CHECK-NEXT: True False False
# CHECK-NEXT: True
# CHECK-NEXT: eval 0
# CHECK-NEXT: eval 5
# CHECK-NEXT: eval 10
# CHECK-NEXT: in range
