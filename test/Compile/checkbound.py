# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# CheckBound is emitted only where a local may be unbound: parameters and
# locals assigned on every path are never checked; after a check the local
# counts as bound; a while body may not run.
def f(p, q):
    x = p
    if q:
        y = 1
        z = 2
    else:
        y = 3
    print(p, x, y, z, z)
    while q:
        w = 1
        q = 0
    return w + y

# CHECK: globals: g0=print g1=f
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=1
# CHECK-NEXT:      0     [5]  MakeFunction r0, f0  ; code f
# CHECK-NEXT:      1     [5]  StoreGlobal  r0, g1  ; f
# CHECK-NEXT:      2     [5]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code f line=5 params=2 locals=6 regs=12
# CHECK-NEXT:   locals: r0=p r1=q r2=x r3=y r4=z r5=w
# CHECK-NEXT:      0     [6]  Move         r2, r0  ; r2=x, r0=p
# CHECK-NEXT:      1     [7]  JumpIfFalse  r1, -> 5  ; r1=q
# CHECK-NEXT:      2     [8]  LoadInt      r3, 1  ; r3=y
# CHECK-NEXT:      3     [9]  LoadInt      r4, 2  ; r4=z
# CHECK-NEXT:      4     [9]  Jump         -> 6
# CHECK-NEXT:      5    [11]  LoadInt      r3, 3  ; r3=y
# CHECK-NEXT:      6    [12]  LoadGlobal   r6, g0  ; print
# CHECK-NEXT:      7    [12]  Move         r7, r0  ; r0=p
# CHECK-NEXT:      8    [12]  Move         r8, r2  ; r2=x
# CHECK-NEXT:      9    [12]  Move         r9, r3  ; r3=y
# CHECK-NEXT:     10    [12]  CheckBound   r4  ; r4=z
# CHECK-NEXT:     11    [12]  Move         r10, r4  ; r4=z
# CHECK-NEXT:     12    [12]  Move         r11, r4  ; r4=z
# CHECK-NEXT:     13    [12]  Call         r6, 5
# CHECK-NEXT:     14    [13]  JumpIfFalse  r1, -> 18  ; r1=q
# CHECK-NEXT:     15    [14]  LoadInt      r5, 1  ; r5=w
# CHECK-NEXT:     16    [15]  LoadInt      r1, 0  ; r1=q
# CHECK-NEXT:     17    [15]  Jump         -> 14
# CHECK-NEXT:     18    [16]  CheckBound   r5  ; r5=w
# CHECK-NEXT:     19    [16]  Add          r6, r5, r3  ; r5=w, r3=y
# CHECK-NEXT:     20    [16]  Return       r6
# CHECK-NEXT:     21    [16]  ReturnNone
