# RUN: %diff-python %s | FileCheck %s
# if/elif/else chains and conditional expressions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
print(classify(-5), classify(0), classify(3), classify(100))
def sign(x):
    return -1 if x < 0 else 1 if x > 0 else 0
print(sign(-2.5), sign(0), sign(7))
x = 3
if x:
    print('truthy')
if not x:
    print('falsy')
else:
    print('else branch')
if x > 1 and x < 5 or x == 100:
    print('combined')
if x == 1:
    pass
elif x == 2:
    pass
elif x == 3:
    print('third')
if 0.0 or '' or None:
    print('no')
elif 'x':
    print('string is truthy')
y = 'yes' if x else 'no'
print(y, 'a' if '' else 'b', 1 if 0.1 else 2)

# CHECK: negative zero small large
# CHECK-NEXT: -1 0 1
# CHECK-NEXT: truthy
# CHECK-NEXT: else branch
# CHECK-NEXT: combined
# CHECK-NEXT: third
# CHECK-NEXT: string is truthy
# CHECK-NEXT: yes b 1
