# RUN: %diff-python %s | FileCheck %s
print(8 >> -1)

# CHECK: [exit 1] ValueError: negative shift count
