# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Conditional expressions, unary operators and 'is' / 'is not'.
def f(a):
    r = -a if a is not None else ~a
    return not +r is None

# CHECK: globals: g0=f
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=1
# CHECK-NEXT:      0     [3]  MakeFunction r0, f0  ; code f
# CHECK-NEXT:      1     [3]  StoreGlobal  r0, g0  ; f
# CHECK-NEXT:      2     [3]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code f line=3 params=1 locals=2 regs=6
# CHECK-NEXT:   locals: r0=a r1=r
# CHECK-NEXT:      0     [4]  LoadNone     r3
# CHECK-NEXT:      1     [4]  IsNot        r2, r0, r3  ; r0=a
# CHECK-NEXT:      2     [4]  JumpIfFalse  r2, -> 5
# CHECK-NEXT:      3     [4]  Neg          r1, r0  ; r1=r, r0=a
# CHECK-NEXT:      4     [4]  Jump         -> 6
# CHECK-NEXT:      5     [4]  Invert       r1, r0  ; r1=r, r0=a
# CHECK-NEXT:      6     [5]  Pos          r4, r1  ; r1=r
# CHECK-NEXT:      7     [5]  LoadNone     r5
# CHECK-NEXT:      8     [5]  Is           r3, r4, r5
# CHECK-NEXT:      9     [5]  Not          r2, r3
# CHECK-NEXT:     10     [5]  Return       r2
# CHECK-NEXT:     11     [5]  ReturnNone
