# RUN: %diff-python %s | FileCheck %s
# Calling something that is not a function.
x = 5
print('before')
x()

# CHECK: before
# CHECK-NEXT: [exit 1] TypeError: 'int' object is not callable
