# RUN: %diff-python %s | FileCheck %s
# RUN: not pyr-run %s 2>&1 >/dev/null | FileCheck --check-prefix=TB %s
print("before")
# CHECK: before
x = 10 / 0
# CHECK: [exit 1] ZeroDivisionError: division by zero
# TB: Traceback (most recent call last):
# TB-NEXT: File "{{.*}}zero-division.py", line 5, in <module>
# TB-NEXT: x = 10 / 0
# TB-NEXT: ZeroDivisionError: division by zero
