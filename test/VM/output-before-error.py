# RUN: %diff-python %s | FileCheck %s
# RUN: not pyr-run %s 2>&1 >/dev/null | FileCheck --check-prefix=TB %s
# Output printed before an error stays on stdout, in order.
def divide(a, b):
    print('dividing', a, b)
    return a / b
print('start')
print(divide(1, 2))
i = 3
while i >= 0:
    print(divide(6, i))
    i -= 1
print('unreachable')
# TB: Traceback (most recent call last):
# TB-NEXT: File "{{.*}}output-before-error.py", line 11, in <module>
# TB-NEXT: print(divide(6, i))
# TB-NEXT: File "{{.*}}output-before-error.py", line 6, in divide
# TB-NEXT: return a / b
# TB-NEXT: ZeroDivisionError: division by zero
# TB-NOT: {{.+}}

# CHECK: start
# CHECK-NEXT: dividing 1 2
# CHECK-NEXT: 0.5
# CHECK-NEXT: dividing 6 3
# CHECK-NEXT: 2.0
# CHECK-NEXT: dividing 6 2
# CHECK-NEXT: 3.0
# CHECK-NEXT: dividing 6 1
# CHECK-NEXT: 6.0
# CHECK-NEXT: dividing 6 0
# CHECK-NEXT: [exit 1] ZeroDivisionError: division by zero
