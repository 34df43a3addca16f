# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Dict and set displays build into a window of registers: BuildMap takes
# key/value pairs (B counts registers), BuildSet's C says how CPython
# builds the display (0 in turn, 1 a display of constants, 2 a for loop's
# iterable of constants).
def f(a, b):
    d = {a: b, 'k': 1}
    s = {a, b}
    c = {1, 2, 3}
    for x in {3, 4}:
        pass
    return {}, set()
# CHECK-LABEL: code f line=6 params=2 locals=6 regs=11
# CHECK-NEXT:   locals: r0=a r1=b r2=d r3=s r4=c r5=x
# CHECK-NEXT:   k0 = str 'k'
# CHECK-NEXT:      0     [7]  Move         r7, r0  ; r0=a
# CHECK-NEXT:      1     [7]  Move         r8, r1  ; r1=b
# CHECK-NEXT:      2     [7]  LoadConst    r9, k0  ; str 'k'
# CHECK-NEXT:      3     [7]  LoadInt      r10, 1
# CHECK-NEXT:      4     [7]  BuildMap     r6, 4
# CHECK-NEXT:      5     [7]  Move         r2, r6  ; r2=d
# CHECK-NEXT:      6     [8]  Move         r7, r0  ; r0=a
# CHECK-NEXT:      7     [8]  Move         r8, r1  ; r1=b
# CHECK-NEXT:      8     [8]  BuildSet     r6, 2, 0
# CHECK-NEXT:      9     [8]  Move         r3, r6  ; r3=s
# CHECK-NEXT:     10     [9]  LoadInt      r7, 1
# CHECK-NEXT:     11     [9]  LoadInt      r8, 2
# CHECK-NEXT:     12     [9]  LoadInt      r9, 3
# CHECK-NEXT:     13     [9]  BuildSet     r6, 3, 1
# CHECK-NEXT:     14     [9]  Move         r4, r6  ; r4=c
# CHECK-NEXT:     15    [10]  LoadInt      r8, 3
# CHECK-NEXT:     16    [10]  LoadInt      r9, 4
# CHECK-NEXT:     17    [10]  BuildSet     r7, 2, 2
# CHECK-NEXT:     18    [10]  GetIter      r6, r7
# CHECK-NEXT:     19    [10]  Jump         -> 20
# CHECK-NEXT:     20    [10]  ForIter      r6, r5  ; r5=x
# CHECK-NEXT:     21    [10]  Jump         -> 20
# CHECK-NEXT:     22    [12]  BuildMap     r7, 0
# CHECK-NEXT:     23    [12]  LoadGlobal   r8, g0  ; set
# CHECK-NEXT:     24    [12]  Call         r8, 0
# CHECK-NEXT:     25    [12]  BuildTuple   r6, 2
# CHECK-NEXT:     26    [12]  Return       r6
# CHECK-NEXT:     27    [12]  ReturnNone
