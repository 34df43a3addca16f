# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Each instruction carries the line of the expression it evaluates, so an
# operator on a continuation line is reported on its own line; the
# implicit return at the end of a function takes the line of the last
# instruction before it.
def f(a,
      b):
    x = (a +
         b *
         a)
    return (x
            // 0)
f(1,
  2)

# CHECK: globals: g0=f
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=3
# CHECK-NEXT:      0     [6]  MakeFunction r0, f0  ; code f
# CHECK-NEXT:      1     [6]  StoreGlobal  r0, g0  ; f
# CHECK-NEXT:      2    [13]  LoadGlobal   r0, g0  ; f
# CHECK-NEXT:      3    [13]  LoadInt      r1, 1
# CHECK-NEXT:      4    [14]  LoadInt      r2, 2
# CHECK-NEXT:      5    [13]  Call         r0, 2
# CHECK-NEXT:      6    [13]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code f line=6 params=2 locals=3 regs=5
# CHECK-NEXT:   locals: r0=a r1=b r2=x
# CHECK-NEXT:      0     [9]  Mul          r3, r1, r0  ; r1=b, r0=a
# CHECK-NEXT:      1     [8]  Add          r2, r0, r3  ; r2=x, r0=a
# CHECK-NEXT:      2    [12]  LoadInt      r4, 0
# CHECK-NEXT:      3    [11]  FloorDiv     r3, r2, r4  ; r2=x
# CHECK-NEXT:      4    [11]  Return       r3
# CHECK-NEXT:      5    [11]  ReturnNone
