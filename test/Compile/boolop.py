# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# and/or and chained comparisons write their destination more than once,
# so a local destination goes through a temporary; a plain comparison
# targets the local directly. In a condition, and/or become jumps.
def f(a, b):
    x = a and b
    y = a or b or 0
    z = 0 < a < b
    w = a < b
    if a and not b or w:
        return x
    return y

# CHECK: globals: g0=f
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=1
# CHECK-NEXT:      0     [5]  MakeFunction r0, f0  ; code f
# CHECK-NEXT:      1     [5]  StoreGlobal  r0, g0  ; f
# CHECK-NEXT:      2     [5]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code f line=5 params=2 locals=6 regs=8
# CHECK-NEXT:   locals: r0=a r1=b r2=x r3=y r4=z r5=w
# CHECK-NEXT:      0     [6]  Move         r6, r0  ; r0=a
# CHECK-NEXT:      1     [6]  JumpIfFalse  r6, -> 3
# CHECK-NEXT:      2     [6]  Move         r6, r1  ; r1=b
# CHECK-NEXT:      3     [6]  Move         r2, r6  ; r2=x
# CHECK-NEXT:      4     [7]  Move         r6, r0  ; r0=a
# CHECK-NEXT:      5     [7]  JumpIfTrue   r6, -> 9
# CHECK-NEXT:      6     [7]  Move         r6, r1  ; r1=b
# CHECK-NEXT:      7     [7]  JumpIfTrue   r6, -> 9
# CHECK-NEXT:      8     [7]  LoadInt      r6, 0
# CHECK-NEXT:      9     [7]  Move         r3, r6  ; r3=y
# CHECK-NEXT:     10     [8]  LoadInt      r7, 0
# CHECK-NEXT:     11     [8]  Lt           r6, r7, r0  ; r0=a
# CHECK-NEXT:     12     [8]  JumpIfFalse  r6, -> 14
# CHECK-NEXT:     13     [8]  Lt           r6, r0, r1  ; r0=a, r1=b
# CHECK-NEXT:     14     [8]  Move         r4, r6  ; r4=z
# CHECK-NEXT:     15     [9]  Lt           r5, r0, r1  ; r5=w, r0=a, r1=b
# CHECK-NEXT:     16    [10]  JumpIfFalse  r0, -> 18  ; r0=a
# CHECK-NEXT:     17    [10]  JumpIfFalse  r1, -> 19  ; r1=b
# CHECK-NEXT:     18    [10]  JumpIfFalse  r5, -> 20  ; r5=w
# CHECK-NEXT:     19    [11]  Return       r2  ; r2=x
# CHECK-NEXT:     20    [12]  Return       r3  ; r3=y
# CHECK-NEXT:     21    [12]  ReturnNone
