# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# A for loop is tested at its bottom: GetIter, a Jump to the ForIter, the
# body, then ForIter and the Jump back that it takes for each item. A local
# target receives the item directly; 'continue' jumps to the ForIter,
# 'break' past the else block.
def f(xs):
    for x in xs:
        if x:
            continue
        break
    else:
        return 1
    for a, b in xs:
        pass
# CHECK-LABEL: code f line=6 params=1 locals=4 regs=8
# CHECK-NEXT:   locals: r0=xs r1=x r2=a r3=b
# CHECK-NEXT:      0     [7]  GetIter      r4, r0  ; r0=xs
# CHECK-NEXT:      1     [7]  Jump         -> 5
# CHECK-NEXT:      2     [8]  JumpIfFalse  r1, -> 4  ; r1=x
# CHECK-NEXT:      3     [9]  Jump         -> 5
# CHECK-NEXT:      4    [10]  Jump         -> 9
# CHECK-NEXT:      5     [7]  ForIter      r4, r1  ; r1=x
# CHECK-NEXT:      6     [7]  Jump         -> 2
# CHECK-NEXT:      7    [12]  LoadInt      r5, 1
# CHECK-NEXT:      8    [12]  Return       r5
# CHECK-NEXT:      9    [13]  GetIter      r4, r0  ; r0=xs
# CHECK-NEXT:     10    [13]  Jump         -> 14
# CHECK-NEXT:     11    [13]  UnpackSeq    r5, 2
# CHECK-NEXT:     12    [13]  Move         r2, r6  ; r2=a
# CHECK-NEXT:     13    [13]  Move         r3, r7  ; r3=b
# CHECK-NEXT:     14    [13]  ForIter      r4, r5
# CHECK-NEXT:     15    [13]  Jump         -> 11
# CHECK-NEXT:     16    [13]  ReturnNone
