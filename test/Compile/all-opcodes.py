# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Every operator's opcode, in a function so that operands are locals.
def ops(a, b):
    r = a + b
    r = a - b
    r = a * b
    r = a / b
    r = a // b
    r = a % b
    r = a ** b
    r = a << b
    r = a >> b
    r = a & b
    r = a | b
    r = a ^ b
    r = a < b
    r = a <= b
    r = a > b
    r = a >= b
    r = a == b
    r = a != b
    r = a is b
    r = a is not b
    r = -a
    r = +a
    r = ~a
    r = not a
    r = None
    r = True
    r = False
    return r

# CHECK: globals: g0=ops
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=1
# CHECK-NEXT:      0     [3]  MakeFunction r0, f0  ; code ops
# CHECK-NEXT:      1     [3]  StoreGlobal  r0, g0  ; ops
# CHECK-NEXT:      2     [3]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code ops line=3 params=2 locals=3 regs=3
# CHECK-NEXT:   locals: r0=a r1=b r2=r
# CHECK-NEXT:      0     [4]  Add          r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:      1     [5]  Sub          r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:      2     [6]  Mul          r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:      3     [7]  TrueDiv      r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:      4     [8]  FloorDiv     r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:      5     [9]  Mod          r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:      6    [10]  Pow          r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:      7    [11]  LShift       r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:      8    [12]  RShift       r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:      9    [13]  BitAnd       r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:     10    [14]  BitOr        r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:     11    [15]  BitXor       r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:     12    [16]  Lt           r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:     13    [17]  Le           r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:     14    [18]  Gt           r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:     15    [19]  Ge           r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:     16    [20]  Eq           r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:     17    [21]  Ne           r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:     18    [22]  Is           r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:     19    [23]  IsNot        r2, r0, r1  ; r2=r, r0=a, r1=b
# CHECK-NEXT:     20    [24]  Neg          r2, r0  ; r2=r, r0=a
# CHECK-NEXT:     21    [25]  Pos          r2, r0  ; r2=r, r0=a
# CHECK-NEXT:     22    [26]  Invert       r2, r0  ; r2=r, r0=a
# CHECK-NEXT:     23    [27]  Not          r2, r0  ; r2=r, r0=a
# CHECK-NEXT:     24    [28]  LoadNone     r2  ; r2=r
# CHECK-NEXT:     25    [29]  LoadTrue     r2  ; r2=r
# CHECK-NEXT:     26    [30]  LoadFalse    r2  ; r2=r
# CHECK-NEXT:     27    [31]  Return       r2  ; r2=r
# CHECK-NEXT:     28    [31]  ReturnNone
