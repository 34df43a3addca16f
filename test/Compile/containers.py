# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Displays build into a window of registers (BuildList/BuildTuple, like
# Call's arguments); subscripts, slices, unpacking, 'in' and method calls
# (LoadMethod puts self after the method, CallMethod counts it).
def f(a, i):
    b = [a, i]
    t = (a,)
    a[i] = b[0]
    del a[i]
    x, *y = a[1:i:2]
    a[:i] += t
    return x in y, a.append(i)
# CHECK-LABEL: code f line=5 params=2 locals=6 regs=11
# CHECK-NEXT:   locals: r0=a r1=i r2=b r3=t r4=x r5=y
# CHECK-NEXT:   k0 = str 'append'
# CHECK-NEXT:      0     [6]  Move         r7, r0  ; r0=a
# CHECK-NEXT:      1     [6]  Move         r8, r1  ; r1=i
# CHECK-NEXT:      2     [6]  BuildList    r6, 2
# CHECK-NEXT:      3     [6]  Move         r2, r6  ; r2=b
# CHECK-NEXT:      4     [7]  Move         r7, r0  ; r0=a
# CHECK-NEXT:      5     [7]  BuildTuple   r6, 1
# CHECK-NEXT:      6     [7]  Move         r3, r6  ; r3=t
# CHECK-NEXT:      7     [8]  LoadInt      r7, 0
# CHECK-NEXT:      8     [8]  GetItem      r6, r2, r7  ; r2=b
# CHECK-NEXT:      9     [8]  SetItem      r0, r1, r6  ; r0=a, r1=i
# CHECK-NEXT:     10     [9]  DelItem      r0, r1  ; r0=a, r1=i
# CHECK-NEXT:     11    [10]  LoadInt      r8, 1
# CHECK-NEXT:     12    [10]  Move         r9, r1  ; r1=i
# CHECK-NEXT:     13    [10]  LoadInt      r10, 2
# CHECK-NEXT:     14    [10]  BuildSlice   r7, 3
# CHECK-NEXT:     15    [10]  GetItem      r6, r0, r7  ; r0=a
# CHECK-NEXT:     16    [10]  UnpackEx     r6, 2, 1
# CHECK-NEXT:     17    [10]  Move         r4, r7  ; r4=x
# CHECK-NEXT:     18    [10]  Move         r5, r8  ; r5=y
# CHECK-NEXT:     19    [11]  LoadNone     r7
# CHECK-NEXT:     20    [11]  Move         r8, r1  ; r1=i
# CHECK-NEXT:     21    [11]  BuildSlice   r6, 2
# CHECK-NEXT:     22    [11]  GetItem      r9, r0, r6  ; r0=a
# CHECK-NEXT:     23    [11]  IAdd         r9, r9, r3  ; r3=t
# CHECK-NEXT:     24    [11]  SetItem      r0, r6, r9  ; r0=a
# CHECK-NEXT:     25    [12]  In           r7, r4, r5  ; r4=x, r5=y
# CHECK-NEXT:     26    [12]  Move         r9, r0  ; r0=a
# CHECK-NEXT:     27    [12]  LoadMethod   r8, k0  ; str 'append'
# CHECK-NEXT:     28    [12]  Move         r10, r1  ; r1=i
# CHECK-NEXT:     29    [12]  CallMethod   r8, 2
# CHECK-NEXT:     30    [12]  BuildTuple   r6, 2
# CHECK-NEXT:     31    [12]  Return       r6
# CHECK-NEXT:     32    [12]  ReturnNone
