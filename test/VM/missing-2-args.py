# RUN: %diff-python %s | FileCheck %s
def area(w, h):
    return w * h
area()

# CHECK: [exit 1] TypeError: area() missing 2 required positional arguments: 'w' and 'h'
