# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Calls with * and ** arguments compile as CPython's do: the positional
# arguments into one list (a tuple when there are none), each run of
# name=value keywords into one dict and each **m merged into the first
# (DictMerge, naming the callee for its errors), then one CallEx whose B
# says whether there is a keyword dict (1) and whether it is a method
# call with self before the arguments (2). *args and **kwargs parameters
# take the registers after the keyword-only ones. A local that some del
# unbinds is checked wherever it is read.
def f(a, *r, k, **kw):
    g(a, *r, x=1, **kw, y=2)
    a.join(*r)
    g(**kw)
    del a
    return r
# CHECK-LABEL: code f line=10 params=1 kwonly=1 varargs varkw locals=4 regs=10
# CHECK-NEXT:   locals: r0=a r1=k r2=r r3=kw
# CHECK-NEXT:   k0 = str 'x'
# CHECK-NEXT:   k1 = str 'y'
# CHECK-NEXT:   k2 = str 'join'
# CHECK-NEXT:      0    [11]  LoadGlobal   r4, g0  ; g
# CHECK-NEXT:      1    [11]  CheckBound   r0  ; r0=a
# CHECK-NEXT:      2    [11]  Move         r6, r0  ; r0=a
# CHECK-NEXT:      3    [11]  BuildList    r5, 1
# CHECK-NEXT:      4    [11]  ListExtend   r5, r2  ; r2=r
# CHECK-NEXT:      5    [11]  LoadConst    r7, k0  ; str 'x'
# CHECK-NEXT:      6    [11]  LoadInt      r8, 1
# CHECK-NEXT:      7    [11]  BuildMap     r6, 2
# CHECK-NEXT:      8    [11]  DictMerge    r6, r3, r4  ; r3=kw
# CHECK-NEXT:      9    [11]  LoadConst    r8, k1  ; str 'y'
# CHECK-NEXT:     10    [11]  LoadInt      r9, 2
# CHECK-NEXT:     11    [11]  BuildMap     r7, 2
# CHECK-NEXT:     12    [11]  DictMerge    r6, r7, r4
# CHECK-NEXT:     13    [11]  CallEx       r4, 1
# CHECK-NEXT:     14    [12]  CheckBound   r0  ; r0=a
# CHECK-NEXT:     15    [12]  Move         r5, r0  ; r0=a
# CHECK-NEXT:     16    [12]  LoadMethod   r4, k2  ; str 'join'
# CHECK-NEXT:     17    [12]  Move         r6, r2  ; r2=r
# CHECK-NEXT:     18    [12]  CallEx       r4, 2
# CHECK-NEXT:     19    [13]  LoadGlobal   r4, g0  ; g
# CHECK-NEXT:     20    [13]  BuildTuple   r5, 0
# CHECK-NEXT:     21    [13]  BuildMap     r6, 0
# CHECK-NEXT:     22    [13]  DictMerge    r6, r3, r4  ; r3=kw
# CHECK-NEXT:     23    [13]  CallEx       r4, 1
# CHECK-NEXT:     24    [14]  CheckBound   r0  ; r0=a
# CHECK-NEXT:     25    [14]  LoadUnbound  r0  ; r0=a
# CHECK-NEXT:     26    [15]  Return       r2  ; r2=r
# CHECK-NEXT:     27    [15]  ReturnNone
