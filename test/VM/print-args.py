# RUN: %diff-python %s | FileCheck %s
# print: arguments separated by one space, newline at the end; print
# returns None.
print()
print('a', 1, 2.5, None, True, False, -0.0, '', 'z')
print('[', '', ']')
print(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
print(print('inner'))
x = print
x('through a variable')
print('a' 'b', 'c')
print(None is print(), print() is None)

# CHECK: {{^$}}
# CHECK-NEXT: a 1 2.5 None True False -0.0  z
# CHECK-NEXT: [  ]
# CHECK-NEXT: 1 2 3 4 5 6 7 8 9 10 11 12
# CHECK-NEXT: inner
# CHECK-NEXT: None
# CHECK-NEXT: through a variable
# CHECK-NEXT: ab c
# CHECK-EMPTY:
# CHECK-EMPTY:
# CHECK-NEXT: True True
