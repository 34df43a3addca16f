# RUN: %diff-python %s | FileCheck --check-prefix=OP0 %s
# RUN: sed 's/^show(0)/show(1)/' %s > %t.1.py
# RUN: %diff-python %t.1.py | FileCheck --check-prefix=OP1 %s
# RUN: sed 's/^show(0)/show(2)/' %s > %t.2.py
# RUN: %diff-python %t.2.py | FileCheck --check-prefix=OP2 %s
# RUN: sed 's/^show(0)/show(3)/' %s > %t.3.py
# RUN: %diff-python %t.3.py | FileCheck --check-prefix=OP3 %s
# RUN: sed 's/^show(0)/show(4)/' %s > %t.4.py
# RUN: %diff-python %t.4.py | FileCheck --check-prefix=OP4 %s
# RUN: sed 's/^show(0)/show(5)/' %s > %t.5.py
# RUN: %diff-python %t.5.py | FileCheck --check-prefix=OP5 %s
# RUN: sed 's/^show(0)/show(6)/' %s > %t.6.py
# RUN: %diff-python %t.6.py | FileCheck --check-prefix=OP6 %s
# RUN: sed 's/^show(0)/show(7)/' %s > %t.7.py
# RUN: %diff-python %t.7.py | FileCheck --check-prefix=OP7 %s
# RUN: sed 's/^show(0)/show(8)/' %s > %t.8.py
# RUN: %diff-python %t.8.py | FileCheck --check-prefix=OP8 %s
# RUN: sed 's/^show(0)/show(9)/' %s > %t.9.py
# RUN: %diff-python %t.9.py | FileCheck --check-prefix=OP9 %s
# RUN: sed 's/^show(0)/show(10)/' %s > %t.10.py
# RUN: %diff-python %t.10.py | FileCheck --check-prefix=OP10 %s
# RUN: sed 's/^show(0)/show(11)/' %s > %t.11.py
# RUN: %diff-python %t.11.py | FileCheck --check-prefix=OP11 %s
# RUN: sed 's/^show(0)/show(12)/' %s > %t.12.py
# RUN: %diff-python %t.12.py | FileCheck --check-prefix=OP12 %s
# RUN: sed 's/^show(0)/show(13)/' %s > %t.13.py
# RUN: %diff-python %t.13.py | FileCheck --check-prefix=OP13 %s
# RUN: sed 's/^show(0)/show(14)/' %s > %t.14.py
# RUN: %diff-python %t.14.py | FileCheck --check-prefix=OP14 %s
# An augmented assignment's TypeError names the in-place operator ("+="),
# for locals and globals, and for the immediate forms (x += 1).
def each(op):
    x = 1
    if op == 0:
        x += 'a'
    if op == 1:
        x -= 'a'
    if op == 2:
        x *= None
    if op == 3:
        x /= 'a'
    if op == 4:
        x //= 'a'
    if op == 5:
        x %= 'a'
    if op == 6:
        x **= 'a'
    if op == 7:
        x <<= 'a'
    if op == 8:
        x >>= 'a'
    if op == 9:
        x &= 'a'
    if op == 10:
        x |= 'a'
    if op == 11:
        x ^= 'a'
    if op == 12:
        x = None
        x += 1
    if op == 13:
        x = None
        x -= 1
    if op == 14:
        x = 'ab'
        x *= 2
        print(x)
        x = 1.5
        x <<= 1
def show(op):
    each(op)
show(0)

# OP0: [exit 1] TypeError: unsupported operand type(s) for +=: 'int' and 'str'
# OP1: [exit 1] TypeError: unsupported operand type(s) for -=: 'int' and 'str'
# OP2: [exit 1] TypeError: unsupported operand type(s) for *=: 'int' and 'NoneType'
# OP3: [exit 1] TypeError: unsupported operand type(s) for /=: 'int' and 'str'
# OP4: [exit 1] TypeError: unsupported operand type(s) for //=: 'int' and 'str'
# OP5: [exit 1] TypeError: unsupported operand type(s) for %=: 'int' and 'str'
# OP6: [exit 1] TypeError: unsupported operand type(s) for **=: 'int' and 'str'
# OP7: [exit 1] TypeError: unsupported operand type(s) for <<=: 'int' and 'str'
# OP8: [exit 1] TypeError: unsupported operand type(s) for >>=: 'int' and 'str'
# OP9: [exit 1] TypeError: unsupported operand type(s) for &=: 'int' and 'str'
# OP10: [exit 1] TypeError: unsupported operand type(s) for |=: 'int' and 'str'
# OP11: [exit 1] TypeError: unsupported operand type(s) for ^=: 'int' and 'str'
# OP12: [exit 1] TypeError: unsupported operand type(s) for +=: 'NoneType' and 'int'
# OP13: [exit 1] TypeError: unsupported operand type(s) for -=: 'NoneType' and 'int'
# OP14: abab
# OP14: [exit 1] TypeError: unsupported operand type(s) for <<=: 'float' and 'int'
