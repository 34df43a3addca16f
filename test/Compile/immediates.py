# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# '+'/'-' with an int literal in [-32768, 32767] on the right become
# AddI/SubI; a literal out of that range, a float, or a literal on the
# left keep the general opcode; augmented assignment uses the in-place
# forms (IAddI, ISubI). A single comparison in an if/while
# condition is a Test* instruction followed by the Jump it takes or skips
# (C = the truth value that takes it); chains and 'is' are not.
def f(x):
    a = x + 32767
    a = x - -32768
    a = x + 32768
    a = x - 1.0
    a = 1 + x
    x += 2
    x -= 3
    if x < a:
        a = 0
    if not x >= a:
        a = 0
    while x != 0:
        x -= 1
    if 0 < x < 9:
        a = 0
    if x is a:
        a = 0
    return a

# CHECK: globals: g0=f
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=1
# CHECK-NEXT:      0     [8]  MakeFunction r0, f0  ; code f
# CHECK-NEXT:      1     [8]  StoreGlobal  r0, g0  ; f
# CHECK-NEXT:      2     [8]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code f line=8 params=1 locals=2 regs=5
# CHECK-NEXT:   locals: r0=x r1=a
# CHECK-NEXT:   k0 = float 1
# CHECK-NEXT:      0     [9]  AddI         r1, r0, 32767  ; r1=a, r0=x
# CHECK-NEXT:      1    [10]  SubI         r1, r0, -32768  ; r1=a, r0=x
# CHECK-NEXT:      2    [11]  LoadInt      r2, 32768
# CHECK-NEXT:      3    [11]  Add          r1, r0, r2  ; r1=a, r0=x
# CHECK-NEXT:      4    [12]  LoadConst    r2, k0  ; float 1
# CHECK-NEXT:      5    [12]  Sub          r1, r0, r2  ; r1=a, r0=x
# CHECK-NEXT:      6    [13]  LoadInt      r2, 1
# CHECK-NEXT:      7    [13]  Add          r1, r2, r0  ; r1=a, r0=x
# CHECK-NEXT:      8    [14]  IAddI        r0, r0, 2  ; r0=x, r0=x
# CHECK-NEXT:      9    [15]  ISubI        r0, r0, 3  ; r0=x, r0=x
# CHECK-NEXT:     10    [16]  TestLt       r0, r1, 0  ; r0=x, r1=a
# CHECK-NEXT:     11    [16]  Jump         -> 13
# CHECK-NEXT:     12    [17]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     13    [18]  TestGe       r0, r1, 1  ; r0=x, r1=a
# CHECK-NEXT:     14    [18]  Jump         -> 16
# CHECK-NEXT:     15    [19]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     16    [20]  LoadInt      r2, 0
# CHECK-NEXT:     17    [20]  TestNe       r0, r2, 0  ; r0=x
# CHECK-NEXT:     18    [20]  Jump         -> 21
# CHECK-NEXT:     19    [21]  ISubI        r0, r0, 1  ; r0=x, r0=x
# CHECK-NEXT:     20    [21]  Jump         -> 16
# CHECK-NEXT:     21    [22]  LoadInt      r3, 0
# CHECK-NEXT:     22    [22]  Lt           r2, r3, r0  ; r0=x
# CHECK-NEXT:     23    [22]  JumpIfFalse  r2, -> 26
# CHECK-NEXT:     24    [22]  LoadInt      r4, 9
# CHECK-NEXT:     25    [22]  Lt           r2, r0, r4  ; r0=x
# CHECK-NEXT:     26    [22]  JumpIfFalse  r2, -> 28
# CHECK-NEXT:     27    [23]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     28    [24]  Is           r2, r0, r1  ; r0=x, r1=a
# CHECK-NEXT:     29    [24]  JumpIfFalse  r2, -> 31
# CHECK-NEXT:     30    [25]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     31    [26]  Return       r1  ; r1=a
# CHECK-NEXT:     32    [26]  ReturnNone
