# RUN: %diff-python %s | FileCheck %s
# Ordering comparisons between unrelated types.
print(1 < 2.5, 'a' < 'b')
print(1 < 'a')

# CHECK: True True
# CHECK-NEXT: [exit 1] TypeError: '<' not supported between instances of 'int' and 'str'
