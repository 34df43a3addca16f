# RUN: %diff-python %s | FileCheck %s
print('ab' * 2)
print('ab' * 2.0)

# CHECK: abab
# CHECK-NEXT: [exit 1] TypeError: can't multiply sequence by non-int of type 'float'
