# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# '+'/'-' with an int literal in [-32768, 32767] on the right become
# AddI/SubI; a literal out of that range, a float, or a literal on the
# left keep the general opcode; augmented assignment uses the in-place
# forms (IAddI, ISubI). A single comparison in an if/while
# condition is a Test* instruction followed by the Jump it takes or skips
# (C = the truth value that takes it), TestLtI..TestNeI when the right
# operand is an int literal in the 16-bit range; chains and 'is' are not.
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
    if x <= -5:
        a = 0
    if x > 40000:
        a = 0
    if 0 < x < 9:
        a = 0
    if x is a:
        a = 0
    return a

# CHECK: globals: g0=f
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=1
# CHECK-NEXT:      0     [9]  MakeFunction r0, f0  ; code f
# CHECK-NEXT:      1     [9]  StoreGlobal  r0, g0  ; f
# CHECK-NEXT:      2     [9]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code f line=9 params=1 locals=2 regs=5
# CHECK-NEXT:   locals: r0=x r1=a
# CHECK-NEXT:   k0 = float 1
# CHECK-NEXT:      0    [10]  AddI         r1, r0, 32767  ; r1=a, r0=x
# CHECK-NEXT:      1    [11]  SubI         r1, r0, -32768  ; r1=a, r0=x
# CHECK-NEXT:      2    [12]  LoadInt      r2, 32768
# CHECK-NEXT:      3    [12]  Add          r1, r0, r2  ; r1=a, r0=x
# CHECK-NEXT:      4    [13]  LoadConst    r2, k0  ; float 1
# CHECK-NEXT:      5    [13]  Sub          r1, r0, r2  ; r1=a, r0=x
# CHECK-NEXT:      6    [14]  LoadInt      r2, 1
# CHECK-NEXT:      7    [14]  Add          r1, r2, r0  ; r1=a, r0=x
# CHECK-NEXT:      8    [15]  IAddI        r0, r0, 2  ; r0=x, r0=x
# CHECK-NEXT:      9    [16]  ISubI        r0, r0, 3  ; r0=x, r0=x
# CHECK-NEXT:     10    [17]  TestLt       r0, r1, 0  ; r0=x, r1=a
# CHECK-NEXT:     11    [17]  Jump         -> 13
# CHECK-NEXT:     12    [18]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     13    [19]  TestGe       r0, r1, 1  ; r0=x, r1=a
# CHECK-NEXT:     14    [19]  Jump         -> 16
# CHECK-NEXT:     15    [20]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     16    [21]  TestNeI      r0, 0, 0  ; r0=x
# CHECK-NEXT:     17    [21]  Jump         -> 20
# CHECK-NEXT:     18    [22]  ISubI        r0, r0, 1  ; r0=x, r0=x
# CHECK-NEXT:     19    [22]  Jump         -> 16
# CHECK-NEXT:     20    [23]  TestLeI      r0, -5, 0  ; r0=x
# CHECK-NEXT:     21    [23]  Jump         -> 23
# CHECK-NEXT:     22    [24]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     23    [25]  LoadInt      r2, 40000
# CHECK-NEXT:     24    [25]  TestGt       r0, r2, 0  ; r0=x
# CHECK-NEXT:     25    [25]  Jump         -> 27
# CHECK-NEXT:     26    [26]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     27    [27]  LoadInt      r3, 0
# CHECK-NEXT:     28    [27]  Lt           r2, r3, r0  ; r0=x
# CHECK-NEXT:     29    [27]  JumpIfFalse  r2, -> 32
# CHECK-NEXT:     30    [27]  LoadInt      r4, 9
# CHECK-NEXT:     31    [27]  Lt           r2, r0, r4  ; r0=x
# CHECK-NEXT:     32    [27]  JumpIfFalse  r2, -> 34
# CHECK-NEXT:     33    [28]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     34    [29]  Is           r2, r0, r1  ; r0=x, r1=a
# CHECK-NEXT:     35    [29]  JumpIfFalse  r2, -> 37
# CHECK-NEXT:     36    [30]  LoadInt      r1, 0  ; r1=a
# CHECK-NEXT:     37    [31]  Return       r1  ; r1=a
# CHECK-NEXT:     38    [31]  ReturnNone
