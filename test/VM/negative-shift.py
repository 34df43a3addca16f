# RUN: %diff-python %s | FileCheck %s
# A negative shift count is a ValueError, after earlier output.
print(1 >> 0)
s = -1
print(8 << s)

# CHECK: 1
# CHECK-NEXT: [exit 1] ValueError: negative shift count
