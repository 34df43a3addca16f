# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Register allocation: parameters and locals own r0..r(n-1) for the whole
# call; temporaries are allocated stack-wise above them and reused after
# each statement; an assignment to a local computes straight into it.
def f(a, b):
    c = a + b
    d = c * a - b
    a = b - a
    return f(d, c) + 1
print(f(2, 3))

# CHECK: globals: g0=f g1=print
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=4
# CHECK-NEXT:      0     [5]  MakeFunction r0, f0  ; code f
# CHECK-NEXT:      1     [5]  StoreGlobal  r0, g0  ; f
# CHECK-NEXT:      2    [10]  LoadGlobal   r0, g1  ; print
# CHECK-NEXT:      3    [10]  LoadGlobal   r1, g0  ; f
# CHECK-NEXT:      4    [10]  LoadInt      r2, 2
# CHECK-NEXT:      5    [10]  LoadInt      r3, 3
# CHECK-NEXT:      6    [10]  Call         r1, 2
# CHECK-NEXT:      7    [10]  Call         r0, 1
# CHECK-NEXT:      8    [10]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code f line=5 params=2 locals=4 regs=8
# CHECK-NEXT:   locals: r0=a r1=b r2=c r3=d
# CHECK-NEXT:      0     [6]  Add          r2, r0, r1  ; r2=c, r0=a, r1=b
# CHECK-NEXT:      1     [7]  Mul          r4, r2, r0  ; r2=c, r0=a
# CHECK-NEXT:      2     [7]  Sub          r3, r4, r1  ; r3=d, r1=b
# CHECK-NEXT:      3     [8]  Sub          r0, r1, r0  ; r0=a, r1=b, r0=a
# CHECK-NEXT:      4     [9]  LoadGlobal   r5, g0  ; f
# CHECK-NEXT:      5     [9]  Move         r6, r3  ; r3=d
# CHECK-NEXT:      6     [9]  Move         r7, r2  ; r2=c
# CHECK-NEXT:      7     [9]  Call         r5, 2
# CHECK-NEXT:      8     [9]  AddI         r4, r5, 1
# CHECK-NEXT:      9     [9]  Return       r4
# CHECK-NEXT:     10     [9]  ReturnNone
