# RUN: %diff-python %s | FileCheck %s
# RUN: not pyr-run %s 2>&1 >/dev/null | FileCheck --check-prefix=TB %s
# A local read before any assignment on this path: the assignment later in
# the function makes the name local for the whole body.
total = 10
def add(n):
    if n > 0:
        total = n
    return total + n
print(add(5))
print(add(0))
# TB: Traceback (most recent call last):
# TB-NEXT: File "{{.*}}unbound-local.py", line 11, in <module>
# TB-NEXT: print(add(0))
# TB-NEXT: File "{{.*}}unbound-local.py", line 9, in add
# TB-NEXT: return total + n
# TB-NEXT: UnboundLocalError: cannot access local variable 'total' where it is not associated with a value

# CHECK: 10
# CHECK-NEXT: [exit 1] UnboundLocalError: cannot access local variable 'total' where it is not associated with a value
