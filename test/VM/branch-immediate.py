# RUN: %diff-python %s | FileCheck %s
# A comparison with an int literal in a condition (TestLtI..TestNeI) agrees
# with CPython for every operand type; ints take the fast path.
def tests(x):
    s = ''
    if x < 2:
        s = s + 'lt '
    if x <= 2:
        s = s + 'le '
    if x > -3:
        s = s + 'gt '
    if x >= 32767:
        s = s + 'ge '
    if x == 0:
        s = s + 'eq '
    if x != -32768:
        s = s + 'ne '
    if not x < 2:
        s = s + 'not-lt '
    return s + '|'
print(tests(1), tests(2), tests(-3), tests(32767), tests(0), tests(-32768))
print(tests(1.5), tests(2.0), tests(-0.0), tests(True), tests(False))
nan = 1e400 - 1e400
print(tests(nan), tests(1e400), tests(-1e400), tests(9223372036854775807))
n = 0
while n != 5:
    n += 1
print(n)
def eq(x):
    if x == 1:
        return 'one'
    if x != 1:
        return 'other'
print(eq(None), eq('1'), eq(1.0), eq(True))
print(tests('a'))
# CHECK: lt le gt ne | le gt ne not-lt | lt le ne | gt ge ne not-lt | lt le gt eq ne | lt le |
# CHECK-NEXT: lt le gt ne | le gt ne not-lt | lt le gt eq ne | lt le gt ne | lt le gt eq ne |
# CHECK-NEXT: ne not-lt | gt ge ne not-lt | lt le ne | gt ge ne not-lt |
# CHECK-NEXT: 5
# CHECK-NEXT: other other one one
# CHECK-NEXT: [exit 1] TypeError: '<' not supported between instances of 'str' and 'int'
