# RUN: pyr-compile %s | FileCheck %s
# A captured parameter and local become cells (MakeCell); the nested
# function copies its cells (CopyFree) and reads and writes through them;
# defaults and cells follow MakeFunction's register.
def counter(start, step=1):
    total = start
    def bump():
        nonlocal total
        total = total + step
        return total
    return bump
f = lambda x, y=2: x * y
# CHECK: globals: g0=counter g1=f
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=3
# CHECK-NEXT:      0     [5]  LoadInt      r1, 1
# CHECK-NEXT:      1     [5]  MakeFunction r0, f0  ; code counter
# CHECK-NEXT:      2     [5]  StoreGlobal  r0, g0  ; counter
# CHECK-NEXT:      3    [12]  LoadInt      r2, 2
# CHECK-NEXT:      4    [12]  MakeFunction r1, f1  ; code <lambda>
# CHECK-NEXT:      5    [12]  Move         r0, r1
# CHECK-NEXT:      6    [12]  StoreGlobal  r0, g1  ; f
# CHECK-NEXT:      7    [12]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code counter line=5 params=2 defaults=1 locals=4 regs=7
# CHECK-NEXT:   locals: r0=start r1=step r2=total r3=bump
# CHECK-NEXT:      0     [5]  MakeCell     r1  ; r1=step
# CHECK-NEXT:      1     [5]  MakeCell     r2  ; r2=total
# CHECK-NEXT:      2     [6]  StoreCell    r2, r0  ; r2=total, r0=start
# CHECK-NEXT:      3     [7]  Move         r5, r1  ; r1=step
# CHECK-NEXT:      4     [7]  Move         r6, r2  ; r2=total
# CHECK-NEXT:      5     [7]  MakeFunction r4, f0  ; code bump
# CHECK-NEXT:      6     [7]  Move         r3, r4  ; r3=bump
# CHECK-NEXT:      7    [11]  Return       r3  ; r3=bump
# CHECK-NEXT:      8    [11]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code bump line=7 params=0 locals=0 regs=5
# CHECK-NEXT:   qualname: counter.<locals>.bump
# CHECK-NEXT:   free: r0=step r1=total
# CHECK-NEXT:      0     [7]  CopyFree     r0, 2  ; r0=step
# CHECK-NEXT:      1     [9]  LoadFree     r3, r1  ; r1=total
# CHECK-NEXT:      2     [9]  LoadFree     r4, r0  ; r0=step
# CHECK-NEXT:      3     [9]  Add          r2, r3, r4
# CHECK-NEXT:      4     [9]  StoreCell    r1, r2  ; r1=total
# CHECK-NEXT:      5    [10]  LoadFree     r2, r1  ; r1=total
# CHECK-NEXT:      6    [10]  Return       r2
# CHECK-NEXT:      7    [10]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code <lambda> line=12 params=2 defaults=1 locals=2 regs=3
# CHECK-NEXT:   locals: r0=x r1=y
# CHECK-NEXT:      0    [12]  Mul          r2, r0, r1  ; r0=x, r1=y
# CHECK-NEXT:      1    [12]  Return       r2
