# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# '+'/'-' with an int literal in [-32768, 32767] on the right become
# AddI/SubI; a literal out of that range, a float, or a literal on the
# left keep the general opcode. A single comparison in an if/while
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
# CHECK-NEXT:      0     [7]  MakeFunction r0, f0  ; code f
# CHECK-NEXT:      1     [7]  StoreGlobal  r0, g0  ; f
# CHECK-NEXT:      2     [7]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code f line=7 params=1 locals=2 regs=5
# CHECK-NEXT:   locals: r0=x r1=a
# CHECK-NEXT:   k0 = float 1
# CHECK-NEXT:      0     [8]  AddI         r1, r0, 32767  ; r1=a, r0=x
# CHECK-NEXT:      1     [9]  SubI         r1, r0, -32768  ; r1=a, r0=x
# CHECK-NEXT:      2    [10]  LoadInt      r2, 32768
# CHECK-NEXT:      3    [10]  Add          r1, r0, r2  ; r1=a, r0=x
# CHECK-NEXT:      4    [11]  LoadConst    r2, k0  ; float 1
# CHECK-NEXT:      5    [11]  Sub          r1, r0, r2  ; r1=a, r0=x
# CHECK-NEXT:      6    [12]  LoadInt      r2, 1
# CHECK-NEXT:      7    [12]  Add          r1, r2, r0  ; r1=a, r0=x
# CHECK-NEXT:      8    [13]  AddI         r0, r0, 2  ; r0=x, r0=x
# CHECK-NEXT:      9    [14]  SubI         r0, r0, 3  ; r0=x, r0=x
# CHECK-NEXT:     10    [15]  TestLt       r0, r1, 0  ; r0=x, r1=a
# CHECK-NEXT:     11    [15]  Jump         -> 13
# CHECK-NEXT:     12    [16]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     13    [17]  TestGe       r0, r1, 1  ; r0=x, r1=a
# CHECK-NEXT:     14    [17]  Jump         -> 16
# CHECK-NEXT:     15    [18]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     16    [19]  LoadInt      r2, 0
# CHECK-NEXT:     17    [19]  TestNe       r0, r2, 0  ; r0=x
# CHECK-NEXT:     18    [19]  Jump         -> 21
# CHECK-NEXT:     19    [20]  SubI         r0, r0, 1  ; r0=x, r0=x
# CHECK-NEXT:     20    [20]  Jump         -> 16
# CHECK-NEXT:     21    [21]  LoadInt      r3, 0
# CHECK-NEXT:     22    [21]  Lt           r2, r3, r0  ; r0=x
# CHECK-NEXT:     23    [21]  JumpIfFalse  r2, -> 26
# CHECK-NEXT:     24    [21]  LoadInt      r4, 9
# CHECK-NEXT:     25    [21]  Lt           r2, r0, r4  ; r0=x
# CHECK-NEXT:     26    [21]  JumpIfFalse  r2, -> 28
# CHECK-NEXT:     27    [22]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     28    [23]  Is           r2, r0, r1  ; r0=x, r1=a
# CHECK-NEXT:     29    [23]  JumpIfFalse  r2, -> 31
# CHECK-NEXT:     30    [24]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     31    [25]  Return       r1  ; r1=a
# CHECK-NEXT:     32    [25]  ReturnNone
