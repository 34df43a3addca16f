# RUN: %diff-python %s | FileCheck %s
# Wrong argument counts, CPython's exact wording.
def area(w, h):
    return w * h
print(area(2, 3))
print(area(2))

# CHECK: 6
# CHECK-NEXT: [exit 1] TypeError: area() missing 1 required positional argument: 'h'
