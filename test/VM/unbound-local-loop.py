# RUN: %diff-python %s | FileCheck %s
# A variable assigned only in a loop body is unbound after a loop that
# never ran, and a variable assigned late in the body is unbound on the
# first iteration.
def last(n):
    i = 0
    while i < n:
        v = i * i
        i += 1
    return v
print(last(4))
def lagged(n):
    i = 0
    while i < n:
        if i > 0:
            print(i, prev)
        prev = i
        i += 1
    return prev
print(lagged(3))
print(last(0))

# CHECK: 9
# CHECK-NEXT: 1 0
# CHECK-NEXT: 2 1
# CHECK-NEXT: 2
# CHECK-NEXT: [exit 1] UnboundLocalError: cannot access local variable 'v' where it is not associated with a value
