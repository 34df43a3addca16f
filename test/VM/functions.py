# RUN: %diff-python %s | FileCheck %s
# Function calls: parameters, return values, implicit None, redefinition,
# functions as values and calls nested in arguments.
def nothing():
    pass
def bare():
    return
def add(a, b):
    return a + b
def first(a, b, c):
    return a
print(nothing(), bare(), add(2, 3), add('x', 'y'), first(1, 2, 3))
print(add(add(1, 2), add(3, add(4, 5))))
def apply(f, x):
    return f(x)
def square(v):
    return v * v
print(apply(square, 7), apply(print, 'via apply'))
def redefined():
    return 1
print(redefined())
def redefined():
    return 2
print(redefined())
def early(n):
    if n > 0:
        return 'positive'
    print('not positive')
print(early(1), early(0))
def params_are_locals(a):
    a = a * 2
    return a
a = 5
print(params_are_locals(a), a)
def many(a, b, c, d, e, f, g, h):
    return a + b * c - d // e % f ** g + h
print(many(1, 2, 3, 4, 5, 6, 2, 8))

# CHECK: None None 5 xy 1
# CHECK-NEXT: 15
# CHECK-NEXT: via apply
# CHECK-NEXT: 49 None
# CHECK-NEXT: 1
# CHECK-NEXT: 2
# CHECK-NEXT: not positive
# CHECK-NEXT: positive None
# CHECK-NEXT: 10 5
# CHECK-NEXT: 15
