# RUN: %diff-python %s | FileCheck %s
# Reading a name that was never assigned.
print('ok')
print(undefined_name)

# CHECK: ok
# CHECK-NEXT: [exit 1] NameError: name 'undefined_name' is not defined
