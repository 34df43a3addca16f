# RUN: %diff-python %s | FileCheck %s
# A global read in a function, assigned only after the call.
def f():
    return value_set_later + 1
print('calling')
f()
value_set_later = 1

# CHECK: calling
# CHECK-NEXT: [exit 1] NameError: name 'value_set_later' is not defined
