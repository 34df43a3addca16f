# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Constants are deduplicated per code object (by value and kind, so 1.0 and
# 1 stay apart); ints that fit in 32 bits are
# immediates (LoadInt); None/True/False have their own opcodes.
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
# CHECK-NEXT:   k7 = int 9223372036854775807
# CHECK-NEXT:      0     [5]  LoadConst    r1, k0  ; float 1.5
# CHECK-NEXT:      1     [5]  LoadConst    r2, k0  ; float 1.5
# CHECK-NEXT:      2     [5]  Add          r0, r1, r2
# CHECK-NEXT:      3     [5]  StoreGlobal  r0, g0  ; x
# CHECK-NEXT:      4     [6]  LoadConst    r2, k1  ; str 'ab'
# CHECK-NEXT:      5     [6]  LoadConst    r3, k1  ; str 'ab'
# CHECK-NEXT:      6     [6]  Add          r1, r2, r3
# CHECK-NEXT:      7     [6]  LoadConst    r2, k2  ; str 'cd'
# CHECK-NEXT:      8     [6]  Add          r0, r1, r2
# CHECK-NEXT:      9     [6]  StoreGlobal  r0, g1  ; y
# CHECK-NEXT:     10     [7]  LoadInt      r2, 2147483647
# CHECK-NEXT:     11     [7]  LoadConst    r3, k3  ; int 2147483648
# CHECK-NEXT:     12     [7]  Add          r1, r2, r3
# CHECK-NEXT:     13     [7]  LoadConst    r2, k3  ; int 2147483648
# CHECK-NEXT:     14     [7]  Add          r0, r1, r2
# CHECK-NEXT:     15     [7]  StoreGlobal  r0, g2  ; z
# CHECK-NEXT:     16     [8]  LoadConst    r4, k3  ; int 2147483648
# CHECK-NEXT:     17     [8]  Neg          r3, r4
# CHECK-NEXT:     18     [8]  LoadConst    r4, k4  ; int 4294967296
# CHECK-NEXT:     19     [8]  Add          r2, r3, r4
# CHECK-NEXT:     20     [8]  LoadConst    r3, k5  ; float 1
# CHECK-NEXT:     21     [8]  Add          r1, r2, r3
# CHECK-NEXT:     22     [8]  LoadInt      r2, 1
# CHECK-NEXT:     23     [8]  Add          r0, r1, r2
# CHECK-NEXT:     24     [8]  StoreGlobal  r0, g3  ; w
# CHECK-NEXT:     25     [9]  LoadConst    r2, k6  ; float 0
# CHECK-NEXT:     26     [9]  LoadConst    r4, k6  ; float 0
# CHECK-NEXT:     27     [9]  Neg          r3, r4
# CHECK-NEXT:     28     [9]  Add          r1, r2, r3
# CHECK-NEXT:     29     [9]  LoadConst    r2, k6  ; float 0
# CHECK-NEXT:     30     [9]  Add          r0, r1, r2
# CHECK-NEXT:     31     [9]  StoreGlobal  r0, g4  ; v
# CHECK-NEXT:     32    [10]  LoadNone     r0
# CHECK-NEXT:     33    [10]  JumpIfTrue   r0, -> 37
# CHECK-NEXT:     34    [10]  LoadTrue     r0
# CHECK-NEXT:     35    [10]  JumpIfTrue   r0, -> 37
# CHECK-NEXT:     36    [10]  LoadFalse    r0
# CHECK-NEXT:     37    [10]  StoreGlobal  r0, g5  ; u
# CHECK-NEXT:     38    [11]  LoadConst    r1, k7  ; int 9223372036854775807
# CHECK-NEXT:     39    [11]  LoadConst    r2, k7  ; int 9223372036854775807
# CHECK-NEXT:     40    [11]  Add          r0, r1, r2
# CHECK-NEXT:     41    [11]  StoreGlobal  r0, g6  ; t
# CHECK-NEXT:     42    [12]  MakeFunction r0, f0  ; code g
# CHECK-NEXT:     43    [12]  StoreGlobal  r0, g7  ; g
# CHECK-NEXT:     44    [12]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code g line=12 params=0 locals=0 regs=3
# CHECK-NEXT:   k0 = float 1.5
# CHECK-NEXT:   k1 = int 4294967296
# CHECK-NEXT:      0    [13]  LoadConst    r1, k0  ; float 1.5
# CHECK-NEXT:      1    [13]  LoadConst    r2, k1  ; int 4294967296
# CHECK-NEXT:      2    [13]  Add          r0, r1, r2
# CHECK-NEXT:      3    [13]  Return       r0
# CHECK-NEXT:      4    [13]  ReturnNone
