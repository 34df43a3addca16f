# RUN: %diff-python %s | FileCheck %s
# and/or return one of their operands and evaluate only what they need.
def p(x):
    print('eval', x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, '' or 'x', 'a' and '')
print(0.0 or -0.0, 0 and p('never'), 1 or p('never'))
print(p(0) and p(1))
print(p(1) and p(0) and p(2))
print(p('') or p(0.0) or p(None))
print(p(0) or p(3) or p(4))
print(p(1) and p(2) or p(3))
print(p(0) and p(2) or p(3))
print(not 0, not 1, not '', not 'a', not None, not 0.0, not not 5)
def pick(a, b):
    r = a or b
    s = a and b
    return r if s else s
print(pick(0, 5), pick(3, 5), pick('', ''), pick(None, 0))
x = 0
y = x or 7
x = x or 9
print(x, y)
if p(0) or p(1):
    print('taken')
if p(1) and not p(0):
    print('taken again')
while p(0) and p(1):
    print('never')

# CHECK: 2 0 1 2 0 x 
# CHECK-NEXT: -0.0 0 1
# CHECK-NEXT: eval 0
# CHECK-NEXT: 0
# CHECK-NEXT: eval 1
# CHECK-NEXT: eval 0
# CHECK-NEXT: 0
# CHECK-NEXT: eval 
# CHECK-NEXT: eval 0.0
# CHECK-NEXT: eval None
# CHECK-NEXT: None
# CHECK-NEXT: eval 0
# CHECK-NEXT: eval 3
# CHECK-NEXT: 3
# CHECK-NEXT: eval 1
# CHECK-NEXT: eval 2
# CHECK-NEXT: 2
# CHECK-NEXT: eval 0
# CHECK-NEXT: eval 3
# CHECK-NEXT: 3
# CHECK-NEXT: True False True False True True True
# CHECK-NEXT: 0 3  None
# CHECK-NEXT: 9 7
# CHECK-NEXT: eval 0
# CHECK-NEXT: eval 1
# CHECK-NEXT: taken
# CHECK-NEXT: eval 1
# CHECK-NEXT: eval 0
# CHECK-NEXT: taken again
# CHECK-NEXT: eval 0
