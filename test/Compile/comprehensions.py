# A comprehension compiles to a function of its own (named as CPython
# names it) that the enclosing code makes and calls with an iterator over
# the outermost iterable; a generator expression's code is generator code,
# yielding each item. Variables of the enclosing function it uses are cells.
# RUN: pyr-compile %s | FileCheck %s
# CHECK: code f line=79 params=1 locals=1 regs=8
# CHECK-NEXT:   locals: r0=a
# CHECK-NEXT:      0    [79]  MakeCell     r0  ; r0=a
# CHECK-NEXT:      1    [80]  Move         r4, r0  ; r0=a
# CHECK-NEXT:      2    [80]  MakeFunction r3, f0  ; code <listcomp>
# CHECK-NEXT:      3    [80]  LoadCell     r4, r0  ; r0=a
# CHECK-NEXT:      4    [80]  GetIter      r4, r4
# CHECK-NEXT:      5    [80]  Call         r3, 1
# CHECK-NEXT:      6    [80]  Move         r2, r3
# CHECK-NEXT:      7    [80]  MakeFunction r4, f1  ; code <genexpr>
# CHECK-NEXT:      8    [80]  LoadCell     r5, r0  ; r0=a
# CHECK-NEXT:      9    [80]  GetIter      r5, r5
# CHECK-NEXT:     10    [80]  Call         r4, 1
# CHECK-NEXT:     11    [80]  Move         r3, r4
# CHECK-NEXT:     12    [80]  MakeFunction r5, f2  ; code <dictcomp>
# CHECK-NEXT:     13    [80]  LoadCell     r6, r0  ; r0=a
# CHECK-NEXT:     14    [80]  GetIter      r6, r6
# CHECK-NEXT:     15    [80]  Call         r5, 1
# CHECK-NEXT:     16    [80]  Move         r4, r5
# CHECK-NEXT:     17    [80]  MakeFunction r6, f3  ; code <setcomp>
# CHECK-NEXT:     18    [80]  LoadCell     r7, r0  ; r0=a
# CHECK-NEXT:     19    [80]  GetIter      r7, r7
# CHECK-NEXT:     20    [80]  Call         r6, 1
# CHECK-NEXT:     21    [80]  Move         r5, r6
# CHECK-NEXT:     22    [80]  BuildTuple   r1, 4
# CHECK-NEXT:     23    [80]  Return       r1
# CHECK-NEXT:     24    [80]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code <listcomp> line=80 params=1 locals=2 regs=6
# CHECK-NEXT:   qualname: f.<locals>.<listcomp>
# CHECK-NEXT:   locals: r0=.0 r1=x
# CHECK-NEXT:   free: r2=a
# CHECK-NEXT:      0    [80]  CopyFree     r2, 1  ; r2=a
# CHECK-NEXT:      1    [80]  BuildList    r3, 0
# CHECK-NEXT:      2    [80]  Jump         -> 7
# CHECK-NEXT:      3    [80]  JumpIfFalse  r1, -> 7  ; r1=x
# CHECK-NEXT:      4    [80]  LoadFree     r5, r2  ; r2=a
# CHECK-NEXT:      5    [80]  Add          r4, r1, r5  ; r1=x
# CHECK-NEXT:      6    [80]  ListAppend   r3, r4
# CHECK-NEXT:      7    [80]  ForIter      r0, r1  ; r0=.0, r1=x
# CHECK-NEXT:      8    [80]  Jump         -> 3
# CHECK-NEXT:      9    [80]  Return       r3
# CHECK-EMPTY:
# CHECK-NEXT: code <genexpr> line=80 params=1 generator locals=2 regs=3
# CHECK-NEXT:   qualname: f.<locals>.<genexpr>
# CHECK-NEXT:   locals: r0=.0 r1=y
# CHECK-NEXT:      0    [80]  Jump         -> 2
# CHECK-NEXT:      1    [80]  Yield        r1, r2  ; r1=y
# CHECK-NEXT:      2    [80]  ForIter      r0, r1  ; r0=.0, r1=y
# CHECK-NEXT:      3    [80]  Jump         -> 1
# CHECK-NEXT:      4    [80]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code <dictcomp> line=80 params=1 locals=2 regs=4
# CHECK-NEXT:   qualname: f.<locals>.<dictcomp>
# CHECK-NEXT:   locals: r0=.0 r1=k
# CHECK-NEXT:      0    [80]  BuildMap     r2, 0
# CHECK-NEXT:      1    [80]  Jump         -> 4
# CHECK-NEXT:      2    [80]  LoadInt      r3, 1
# CHECK-NEXT:      3    [80]  MapAdd       r2, r1, r3  ; r1=k
# CHECK-NEXT:      4    [80]  ForIter      r0, r1  ; r0=.0, r1=k
# CHECK-NEXT:      5    [80]  Jump         -> 2
# CHECK-NEXT:      6    [80]  Return       r2
# CHECK-EMPTY:
# CHECK-NEXT: code <setcomp> line=80 params=1 locals=2 regs=3
# CHECK-NEXT:   qualname: f.<locals>.<setcomp>
# CHECK-NEXT:   locals: r0=.0 r1=s
# CHECK-NEXT:      0    [80]  BuildSet     r2, 0, 0
# CHECK-NEXT:      1    [80]  Jump         -> 3
# CHECK-NEXT:      2    [80]  SetAdd       r2, r1  ; r1=s
# CHECK-NEXT:      3    [80]  ForIter      r0, r1  ; r0=.0, r1=s
# CHECK-NEXT:      4    [80]  Jump         -> 2
# CHECK-NEXT:      5    [80]  Return       r2

def f(a):
    return [x + a for x in a if x], (y for y in a), {k: 1 for k in a}, {s for s in a}
