# RUN: %diff-python %s | FileCheck %s
# ZeroDivisionError wording of float % 0.
print(2.5 % -0.0)

# CHECK: [exit 1] ZeroDivisionError: float modulo
