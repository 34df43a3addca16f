# RUN: pyr-compile %s | FileCheck %s
# Int operations on literals fold to a constant, as in CPython's AST
# optimizer, when the result is an int64 and nothing raises; the rest is
# left to the VM (test/VM/const-fold.test checks the folded values).
a = 2 + 3
b = (1 << 40) - -1
c = ~7 * 3 // 2 % 5
d = 1 // 0
e = 2 ** -1
f = 2 ** 64
g = 1.5 + 1
h = a + (2 * 3)
# CHECK:      LoadInt      r0, 5
# CHECK-NEXT: StoreGlobal  r0, g0  ; a
# CHECK-NEXT: LoadConst    r0, k0  ; int 1099511627777
# CHECK-NEXT: StoreGlobal  r0, g1  ; b
# CHECK-NEXT: LoadInt      r0, 3
# CHECK-NEXT: StoreGlobal  r0, g2  ; c
# CHECK-NEXT: LoadInt      r1, 1
# CHECK-NEXT: LoadInt      r2, 0
# CHECK-NEXT: FloorDiv     r0, r1, r2
# CHECK:      Pow
# CHECK:      Pow
# CHECK:      AddI         r0, r1, 1
# CHECK-NEXT: StoreGlobal  r0, g6  ; g
# CHECK-NEXT: LoadGlobal   r1, g0  ; a
# CHECK-NEXT: AddI         r0, r1, 6
