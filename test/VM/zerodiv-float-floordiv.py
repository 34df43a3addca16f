# RUN: %diff-python %s | FileCheck %s
# ZeroDivisionError wording of float // 0.
print(-1.5 // 0)

# CHECK: [exit 1] ZeroDivisionError: float floor division by zero
