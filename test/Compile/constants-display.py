# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# How the disassembly prints constants: str with C-style escapes (octal for
# other control characters), float with 17 significant digits, and the
# int/float that need a constant rather than a LoadInt immediate.
a = "it's"
b = "tab\there\nnewline \\ \"quoted\" \x01 caf\u00e9"
c = 0.1
d = 1e300
e = 5e-324
f = 2.0
g = -2147483649
h = 2147483647
i = ''

# CHECK: globals: g0=a g1=b g2=c g3=d g4=e g5=f g6=g g7=h g8=i
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=1
# CHECK-NEXT:   k0 = str 'it's'
# CHECK-NEXT:   k1 = str 'tab\there\nnewline \\ \"quoted\" \001 caf\303\251'
# CHECK-NEXT:   k2 = float 0.10000000000000001
# CHECK-NEXT:   k3 = float 1.0000000000000001e+300
# CHECK-NEXT:   k4 = float 4.9406564584124654e-324
# CHECK-NEXT:   k5 = float 2
# CHECK-NEXT:   k6 = int -2147483649
# CHECK-NEXT:   k7 = str ''
# CHECK-NEXT:      0     [5]  LoadConst    r0, k0  ; str 'it's'
# CHECK-NEXT:      1     [5]  StoreGlobal  r0, g0  ; a
# CHECK-NEXT:      2     [6]  LoadConst    r0, k1  ; str 'tab\there\nnewline \\ \"quoted\" \001 caf\303\251'
# CHECK-NEXT:      3     [6]  StoreGlobal  r0, g1  ; b
# CHECK-NEXT:      4     [7]  LoadConst    r0, k2  ; float 0.10000000000000001
# CHECK-NEXT:      5     [7]  StoreGlobal  r0, g2  ; c
# CHECK-NEXT:      6     [8]  LoadConst    r0, k3  ; float 1.0000000000000001e+300
# CHECK-NEXT:      7     [8]  StoreGlobal  r0, g3  ; d
# CHECK-NEXT:      8     [9]  LoadConst    r0, k4  ; float 4.9406564584124654e-324
# CHECK-NEXT:      9     [9]  StoreGlobal  r0, g4  ; e
# CHECK-NEXT:     10    [10]  LoadConst    r0, k5  ; float 2
# CHECK-NEXT:     11    [10]  StoreGlobal  r0, g5  ; f
# CHECK-NEXT:     12    [11]  LoadConst    r0, k6  ; int -2147483649
# CHECK-NEXT:     13    [11]  StoreGlobal  r0, g6  ; g
# CHECK-NEXT:     14    [12]  LoadInt      r0, 2147483647
# CHECK-NEXT:     15    [12]  StoreGlobal  r0, g7  ; h
# CHECK-NEXT:     16    [13]  LoadConst    r0, k7  ; str ''
# CHECK-NEXT:     17    [13]  StoreGlobal  r0, g8  ; i
# CHECK-NEXT:     18    [13]  ReturnNone
