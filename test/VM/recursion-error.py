# RUN: %diff-python %s | FileCheck %s
# RUN: not pyr-run %s 2>&1 >/dev/null | FileCheck --check-prefix=TB %s
# Unbounded recursion hits the default limit of 1000 frames. Depth 997
# (plus the module frame) still works, as in CPython.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(997))
def forever(n):
    return forever(n + 1)
forever(0)
# TB: Traceback (most recent call last):
# TB-NEXT: File "{{.*}}recursion-error.py", line 12, in <module>
# TB-NEXT: forever(0)
# TB-NEXT: File "{{.*}}recursion-error.py", line 11, in forever
# TB-NEXT: return forever(n + 1)
# TB: RecursionError: maximum recursion depth exceeded

# CHECK: 997
# CHECK-NEXT: [exit 1] RecursionError: maximum recursion depth exceeded
