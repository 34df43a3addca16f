# RUN: %diff-python %s | FileCheck %s
# Augmented assignment reads the local first.
def f():
    count += 1
    return count
print('start')
f()

# CHECK: start
# CHECK-NEXT: [exit 1] UnboundLocalError: cannot access local variable 'count' where it is not associated with a value
