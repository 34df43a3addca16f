# RUN: %diff-python %s | FileCheck %s
# bool is a subclass of int: arithmetic gives ints, but & | ^ on two bools
# give a bool.
print(True + True, True - False, True * 7, False * 7, True / 2, True // 2)
print(True & False, True | False, True ^ True, False ^ True, False | False)
print((True & True) is True, (True & 1) is True, True & 1, True | 2, False ^ 3)
print(-True, +True, ~True, ~False, -False, not True)
print(True == 1, False == 0, True == 1.0, True < 2, False < True, True > 0.5)
print(True ** 2, 2 ** False, True % 2, 10 % True, True << 4, True + 0.5)
print(True, False, True is True, False is not True)

# CHECK: 2 1 7 0 0.5 0
# CHECK-NEXT: False True False True False
# CHECK-NEXT: True False 1 3 3
# CHECK-NEXT: -1 1 -2 -1 0 False
# CHECK-NEXT: True True True True True True
# CHECK-NEXT: 1 1 1 0 16 1.5
# CHECK-NEXT: True False True True
