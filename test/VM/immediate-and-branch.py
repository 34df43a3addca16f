# RUN: %diff-python %s | FileCheck %s
# x + literal / x - literal (AddI/SubI) and a single comparison in a
# condition (Test* + Jump) take fast paths for ints and floats; every
# other operand type must behave exactly like the general operators.
def add5(x):
    return x + 5
def sub7(x):
    return x - 7
print(add5(1), add5(-5), add5(2.5), add5(True), add5(-0.0))
print(sub7(1), sub7(7), sub7(0.5), sub7(False))
print(add5(9223372036854775802), sub7(-9223372036854775801))
n = 10
n += 32767
n -= -32768
n += 32768
n -= 1.5
print(n)
i = 0
total = 0
while i < 5:
    total += i
    i += 1
print(i, total)
def cmp(a, b):
    s = ''
    if a < b:
        s = s + 'lt '
    if a <= b:
        s = s + 'le '
    if a > b:
        s = s + 'gt '
    if a >= b:
        s = s + 'ge '
    if a == b:
        s = s + 'eq '
    if a != b:
        s = s + 'ne '
    if not a < b:
        s = s + 'not-lt '
    while a == b:
        s = s + 'loop '
        a = None
    print(s + '|')
cmp(1, 2)
cmp(2, 2)
cmp(3, 2)
cmp(1, 1.5)
cmp(2.0, 2)
cmp(True, 1)
cmp(0.1 + 0.2, 0.3)
nan = 1e400 - 1e400
cmp(nan, nan)
cmp(nan, 1)
cmp(1e400, 9223372036854775807)
cmp(9007199254740993, 9007199254740992.0)
cmp('abc', 'abd')
cmp('b', 'b')
cmp(False, 0.0)
def eq(a, b):
    if a == b:
        return 'eq'
    if a != b:
        return 'ne'
print(eq(None, None), eq(None, 0), eq('x', 1), eq(1, 1.0), eq(nan, nan))
# CHECK: 6 0 7.5 6 5.0
# CHECK-NEXT: -6 0 -6.5 -7
# CHECK-NEXT: 9223372036854775807 -9223372036854775808
# CHECK-NEXT: 98311.5
# CHECK-NEXT: 5 10
# CHECK-NEXT: lt le ne |
# CHECK-NEXT: le ge eq not-lt loop |
# CHECK-NEXT: gt ge ne not-lt |
# CHECK-NEXT: lt le ne |
# CHECK-NEXT: le ge eq not-lt loop |
# CHECK-NEXT: le ge eq not-lt loop |
# CHECK-NEXT: gt ge ne not-lt |
# CHECK-NEXT: ne not-lt |
# CHECK-NEXT: ne not-lt |
# CHECK-NEXT: gt ge ne not-lt |
# CHECK-NEXT: gt ge ne not-lt |
# CHECK-NEXT: lt le ne |
# CHECK-NEXT: le ge eq not-lt loop |
# CHECK-NEXT: le ge eq not-lt loop |
# CHECK-NEXT: eq ne ne eq ne
