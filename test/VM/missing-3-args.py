# RUN: %diff-python %s | FileCheck %s
def vol(w, h, d):
    return w * h * d
vol()

# CHECK: [exit 1] TypeError: vol() missing 3 required positional arguments: 'w', 'h', and 'd'
