# RUN: %diff-python %s | FileCheck %s
def f():
    return 1
print(f())
f(1)

# CHECK: 1
# CHECK-NEXT: [exit 1] TypeError: f() takes 0 positional arguments but 1 was given
