# RUN: %diff-python %s | FileCheck %s
# Starred items in list/tuple displays and in call arguments.
a = [1, 2]
print(*a)
print(*a, *'xy', 3)
print(0, *a)
print([*a], [*a, *a], (*a,), (*a, 0), [0, *range(3), 4])
def g(x, y, z):
    return x + y + z
print(g(*a, 10), g(*[1, 2, 3]), g(1, *(2, 3)))
t = *a, *a
print(t)
print(*[])
print(len(*['abc']))
def h(x, y):
    return x * y
print(h(*(3, 4)))
h(*5)
# CHECK: 1 2
# CHECK-NEXT: 1 2 x y 3
# CHECK-NEXT: 0 1 2
# CHECK-NEXT: [1, 2] [1, 2, 1, 2] (1, 2) (1, 2, 0) [0, 0, 1, 2, 4]
# CHECK-NEXT: 13 6 6
# CHECK-NEXT: (1, 2, 1, 2)
# CHECK-EMPTY:
# CHECK-NEXT: 3
# CHECK-NEXT: 12
