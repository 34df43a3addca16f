# int is 64 bits for now: a result that does not fit raises OverflowError
# where CPython would give a big int, so this is not a differential test.
# RUN: not pyr-run -c 'print(1); print(9223372036854775807 + 1)' 2>&1 | FileCheck --check-prefix=ADD %s
# ADD: 1
# ADD-NEXT: Traceback (most recent call last):
# ADD-NEXT: File "<string>", line 1, in <module>
# ADD-NEXT: print(1); print(9223372036854775807 + 1)
# ADD-NEXT: OverflowError: integer result does not fit in 64 bits (arbitrary-precision integers are not supported yet)
# RUN: not pyr-run -c 'print(-9223372036854775807 - 2)' 2>&1 | FileCheck --check-prefix=OVF %s
# RUN: not pyr-run -c 'print(3037000500 * 3037000500)' 2>&1 | FileCheck --check-prefix=OVF %s
# RUN: not pyr-run -c 'print(2 ** 63)' 2>&1 | FileCheck --check-prefix=OVF %s
# RUN: not pyr-run -c 'print((-2) ** 64)' 2>&1 | FileCheck --check-prefix=OVF %s
# RUN: not pyr-run -c 'print(1 << 63)' 2>&1 | FileCheck --check-prefix=OVF %s
# RUN: not pyr-run -c 'print(3 << 62)' 2>&1 | FileCheck --check-prefix=OVF %s
# RUN: not pyr-run -c 'print(1 << 64)' 2>&1 | FileCheck --check-prefix=OVF %s
# RUN: not pyr-run -c 'x = -9223372036854775807 - 1; print(-x)' 2>&1 | FileCheck --check-prefix=OVF %s
# RUN: not pyr-run -c 'x = -9223372036854775807 - 1; print(x // -1)' 2>&1 | FileCheck --check-prefix=OVF %s
# RUN: not pyr-run -c 'x = -9223372036854775807 - 1; x -= 1' 2>&1 | FileCheck --check-prefix=OVF %s
# OVF: OverflowError: integer result does not fit in 64 bits (arbitrary-precision integers are not supported yet)
# A float result that overflows is CPython's own OverflowError.
# RUN: %diff-python %S/Inputs/float-pow-overflow.py | FileCheck --check-prefix=FLT %s
# FLT: [exit 1] OverflowError: (34, 'Numerical result out of range')
# Literals that do not fit are refused at compile time.
# RUN: not pyr-run -c 'print(9223372036854775808)' 2>&1 | FileCheck --check-prefix=LIT --strict-whitespace %s
# LIT: <string>:1:7: error: integer literal does not fit in 64 bits (arbitrary-precision integers are not supported yet)
# LIT-NEXT: {{^}}print(9223372036854775808){{$}}
# LIT-NEXT: {{^}}      ^{{$}}
