# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Constants are deduplicated per code object (by value and kind, so 1.0 and
# 1 stay apart); ints that fit in 32 bits are
# immediates (LoadInt); None/True/False have their own opcodes. A negated
# number literal is folded into one constant (-0.0 is not 0.0).
x = 1.5 + 1.5
y = 'ab' + 'ab' + 'cd'
z = 2147483647 + 2147483648 + 2147483648
w = -2147483648 + 4294967296 + 1.0 + 1
v = 0.0 + -0.0 + 0.0
u = None or True or False
t = 9223372036854775807 + 9223372036854775807
def g():
    return 1.5 + 4294967296

# CHECK: globals: g0=x g1=y g2=z g3=w g4=v g5=u g6=t g7=g
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=5
# CHECK-NEXT:   k0 = float 1.5
# CHECK-NEXT:   k1 = str 'ab'
# CHECK-NEXT:   k2 = str 'cd'
# CHECK-NEXT:   k3 = int 2147483648
# CHECK-NEXT:   k4 = int 4294967296
# CHECK-NEXT:   k5 = float 1
# CHECK-NEXT:   k6 = float 0
# CHECK-NEXT:   k7 = float -0
# CHECK-NEXT:   k8 = int 9223372036854775807
# CHECK-NEXT:      0     [6]  LoadConst    r1, k0  ; float 1.5
# CHECK-NEXT:      1     [6]  LoadConst    r2, k0  ; float 1.5
# CHECK-NEXT:      2     [6]  Add          r0, r1, r2
# CHECK-NEXT:      3     [6]  StoreGlobal  r0, g0  ; x
# CHECK-NEXT:      4     [7]  LoadConst    r2, k1  ; str 'ab'
# CHECK-NEXT:      5     [7]  LoadConst    r3, k1  ; str 'ab'
# CHECK-NEXT:      6     [7]  Add          r1, r2, r3
# CHECK-NEXT:      7     [7]  LoadConst    r2, k2  ; str 'cd'
# CHECK-NEXT:      8     [7]  Add          r0, r1, r2
# CHECK-NEXT:      9     [7]  StoreGlobal  r0, g1  ; y
# CHECK-NEXT:     10     [8]  LoadInt      r2, 2147483647
# CHECK-NEXT:     11     [8]  LoadConst    r3, k3  ; int 2147483648
# CHECK-NEXT:     12     [8]  Add          r1, r2, r3
# CHECK-NEXT:     13     [8]  LoadConst    r2, k3  ; int 2147483648
# CHECK-NEXT:     14     [8]  Add          r0, r1, r2
# CHECK-NEXT:     15     [8]  StoreGlobal  r0, g2  ; z
# CHECK-NEXT:     16     [9]  LoadInt      r3, -2147483648
# CHECK-NEXT:     17     [9]  LoadConst    r4, k4  ; int 4294967296
# CHECK-NEXT:     18     [9]  Add          r2, r3, r4
# CHECK-NEXT:     19     [9]  LoadConst    r3, k5  ; float 1
# CHECK-NEXT:     20     [9]  Add          r1, r2, r3
# CHECK-NEXT:     21     [9]  AddI         r0, r1, 1
# CHECK-NEXT:     22     [9]  StoreGlobal  r0, g3  ; w
# CHECK-NEXT:     23    [10]  LoadConst    r2, k6  ; float 0
# CHECK-NEXT:     24    [10]  LoadConst    r3, k7  ; float -0
# CHECK-NEXT:     25    [10]  Add          r1, r2, r3
# CHECK-NEXT:     26    [10]  LoadConst    r2, k6  ; float 0
# CHECK-NEXT:     27    [10]  Add          r0, r1, r2
# CHECK-NEXT:     28    [10]  StoreGlobal  r0, g4  ; v
# CHECK-NEXT:     29    [11]  LoadNone     r0
# CHECK-NEXT:     30    [11]  JumpIfTrue   r0, -> 34
# CHECK-NEXT:     31    [11]  LoadTrue     r0
# CHECK-NEXT:     32    [11]  JumpIfTrue   r0, -> 34
# CHECK-NEXT:     33    [11]  LoadFalse    r0
# CHECK-NEXT:     34    [11]  StoreGlobal  r0, g5  ; u
# CHECK-NEXT:     35    [12]  LoadConst    r1, k8  ; int 9223372036854775807
# CHECK-NEXT:     36    [12]  LoadConst    r2, k8  ; int 9223372036854775807
# CHECK-NEXT:     37    [12]  Add          r0, r1, r2
# CHECK-NEXT:     38    [12]  StoreGlobal  r0, g6  ; t
# CHECK-NEXT:     39    [13]  MakeFunction r0, f0  ; code g
# CHECK-NEXT:     40    [13]  StoreGlobal  r0, g7  ; g
# CHECK-NEXT:     41    [13]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code g line=13 params=0 locals=0 regs=3
# CHECK-NEXT:   k0 = float 1.5
# CHECK-NEXT:   k1 = int 4294967296
# CHECK-NEXT:      0    [14]  LoadConst    r1, k0  ; float 1.5
# CHECK-NEXT:      1    [14]  LoadConst    r2, k1  ; int 4294967296
# CHECK-NEXT:      2    [14]  Add          r0, r1, r2
# CHECK-NEXT:      3    [14]  Return       r0
# CHECK-NEXT:      4    [14]  ReturnNone
