# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Constants are deduplicated per code object (by value and kind, so 1.0 and
# 1 stay apart); ints that fit in 32 bits are
# immediates (LoadInt); None/True/False have their own opcodes. A negated
# number literal is folded into one constant (-0.0 is not 0.0). The ints
# are in displays: arithmetic on int literals is folded (const-fold.test).
x = 1.5 + 1.5
y = 'ab' + 'ab' + 'cd'
z = [2147483647, 2147483648, 2147483648]
w = [-2147483648, 4294967296, 1.0, 1]
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
# CHECK-NEXT:      0     [7]  LoadConst    r1, k0  ; float 1.5
# CHECK-NEXT:      1     [7]  LoadConst    r2, k0  ; float 1.5
# CHECK-NEXT:      2     [7]  Add          r0, r1, r2
# CHECK-NEXT:      3     [7]  StoreGlobal  r0, g0  ; x
# CHECK-NEXT:      4     [8]  LoadConst    r2, k1  ; str 'ab'
# CHECK-NEXT:      5     [8]  LoadConst    r3, k1  ; str 'ab'
# CHECK-NEXT:      6     [8]  Add          r1, r2, r3
# CHECK-NEXT:      7     [8]  LoadConst    r2, k2  ; str 'cd'
# CHECK-NEXT:      8     [8]  Add          r0, r1, r2
# CHECK-NEXT:      9     [8]  StoreGlobal  r0, g1  ; y
# CHECK-NEXT:     10     [9]  LoadInt      r1, 2147483647
# CHECK-NEXT:     11     [9]  LoadConst    r2, k3  ; int 2147483648
# CHECK-NEXT:     12     [9]  LoadConst    r3, k3  ; int 2147483648
# CHECK-NEXT:     13     [9]  BuildList    r0, 3
# CHECK-NEXT:     14     [9]  StoreGlobal  r0, g2  ; z
# CHECK-NEXT:     15    [10]  LoadInt      r1, -2147483648
# CHECK-NEXT:     16    [10]  LoadConst    r2, k4  ; int 4294967296
# CHECK-NEXT:     17    [10]  LoadConst    r3, k5  ; float 1
# CHECK-NEXT:     18    [10]  LoadInt      r4, 1
# CHECK-NEXT:     19    [10]  BuildList    r0, 4
# CHECK-NEXT:     20    [10]  StoreGlobal  r0, g3  ; w
# CHECK-NEXT:     21    [11]  LoadConst    r2, k6  ; float 0
# CHECK-NEXT:     22    [11]  LoadConst    r3, k7  ; float -0
# CHECK-NEXT:     23    [11]  Add          r1, r2, r3
# CHECK-NEXT:     24    [11]  LoadConst    r2, k6  ; float 0
# CHECK-NEXT:     25    [11]  Add          r0, r1, r2
# CHECK-NEXT:     26    [11]  StoreGlobal  r0, g4  ; v
# CHECK-NEXT:     27    [12]  LoadNone     r0
# CHECK-NEXT:     28    [12]  JumpIfTrue   r0, -> 32
# CHECK-NEXT:     29    [12]  LoadTrue     r0
# CHECK-NEXT:     30    [12]  JumpIfTrue   r0, -> 32
# CHECK-NEXT:     31    [12]  LoadFalse    r0
# CHECK-NEXT:     32    [12]  StoreGlobal  r0, g5  ; u
# CHECK-NEXT:     33    [13]  LoadConst    r1, k8  ; int 9223372036854775807
# CHECK-NEXT:     34    [13]  LoadConst    r2, k8  ; int 9223372036854775807
# CHECK-NEXT:     35    [13]  Add          r0, r1, r2
# CHECK-NEXT:     36    [13]  StoreGlobal  r0, g6  ; t
# CHECK-NEXT:     37    [14]  MakeFunction r0, f0  ; code g
# CHECK-NEXT:     38    [14]  StoreGlobal  r0, g7  ; g
# CHECK-NEXT:     39    [14]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code g line=14 params=0 locals=0 regs=3
# CHECK-NEXT:   k0 = float 1.5
# CHECK-NEXT:   k1 = int 4294967296
# CHECK-NEXT:      0    [15]  LoadConst    r1, k0  ; float 1.5
# CHECK-NEXT:      1    [15]  LoadConst    r2, k1  ; int 4294967296
# CHECK-NEXT:      2    [15]  Add          r0, r1, r2
# CHECK-NEXT:      3    [15]  Return       r0
# CHECK-NEXT:      4    [15]  ReturnNone
