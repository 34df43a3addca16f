# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Starred items: the items before the first star in one BuildList, then a
# ListAppend or ListExtend each (ListToTuple for a tuple); a call with
# starred arguments passes them as one list to CallEx, or for f(*x) alone
# passes x itself.
def f(a, b):
    t = (*a, b)
    return f(*a), f(a, *b, 1)
# CHECK-LABEL: code f line=6 params=2 locals=3 regs=8
# CHECK-NEXT:   locals: r0=a r1=b r2=t
# CHECK-NEXT:      0     [7]  BuildList    r3, 0
# CHECK-NEXT:      1     [7]  ListExtend   r3, r0  ; r0=a
# CHECK-NEXT:      2     [7]  ListAppend   r3, r1  ; r1=b
# CHECK-NEXT:      3     [7]  ListToTuple  r2, r3  ; r2=t
# CHECK-NEXT:      4     [8]  LoadGlobal   r4, g0  ; f
# CHECK-NEXT:      5     [8]  Move         r5, r0  ; r0=a
# CHECK-NEXT:      6     [8]  CallEx       r4, 0
# CHECK-NEXT:      7     [8]  LoadGlobal   r5, g0  ; f
# CHECK-NEXT:      8     [8]  Move         r7, r0  ; r0=a
# CHECK-NEXT:      9     [8]  BuildList    r6, 1
# CHECK-NEXT:     10     [8]  ListExtend   r6, r1  ; r1=b
# CHECK-NEXT:     11     [8]  LoadInt      r7, 1
# CHECK-NEXT:     12     [8]  ListAppend   r6, r7
# CHECK-NEXT:     13     [8]  CallEx       r5, 0
# CHECK-NEXT:     14     [8]  BuildTuple   r3, 2
# CHECK-NEXT:     15     [8]  Return       r3
# CHECK-NEXT:     16     [8]  ReturnNone
