# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Nested functions are child code objects, listed after their parent;
# MakeFunction's operand indexes the parent's children. A function defined
# inside a function is stored in a local register.
def outer(n):
    def inner(m):
        return m * 2
    def other():
        return 0
    return inner(n) + other()
def second():
    global g
    g = 1
print(outer(1))

# CHECK: globals: g0=outer g1=g g2=second g3=print
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=3
# CHECK-NEXT:      0     [5]  MakeFunction r0, f0  ; code outer
# CHECK-NEXT:      1     [5]  StoreGlobal  r0, g0  ; outer
# CHECK-NEXT:      2    [11]  MakeFunction r0, f1  ; code second
# CHECK-NEXT:      3    [11]  StoreGlobal  r0, g2  ; second
# CHECK-NEXT:      4    [14]  LoadGlobal   r0, g3  ; print
# CHECK-NEXT:      5    [14]  LoadGlobal   r1, g0  ; outer
# CHECK-NEXT:      6    [14]  LoadInt      r2, 1
# CHECK-NEXT:      7    [14]  Call         r1, 1
# CHECK-NEXT:      8    [14]  Call         r0, 1
# CHECK-NEXT:      9    [14]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code outer line=5 params=1 locals=3 regs=6
# CHECK-NEXT:   locals: r0=n r1=inner r2=other
# CHECK-NEXT:      0     [6]  MakeFunction r1, f0  ; r1=inner, code inner
# CHECK-NEXT:      1     [8]  MakeFunction r2, f1  ; r2=other, code other
# CHECK-NEXT:      2    [10]  Move         r4, r1  ; r1=inner
# CHECK-NEXT:      3    [10]  Move         r5, r0  ; r0=n
# CHECK-NEXT:      4    [10]  Call         r4, 1
# CHECK-NEXT:      5    [10]  Move         r5, r2  ; r2=other
# CHECK-NEXT:      6    [10]  Call         r5, 0
# CHECK-NEXT:      7    [10]  Add          r3, r4, r5
# CHECK-NEXT:      8    [10]  Return       r3
# CHECK-NEXT:      9    [10]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code inner line=6 params=1 locals=1 regs=3
# CHECK-NEXT:   qualname: outer.<locals>.inner
# CHECK-NEXT:   locals: r0=m
# CHECK-NEXT:      0     [7]  LoadInt      r2, 2
# CHECK-NEXT:      1     [7]  Mul          r1, r0, r2  ; r0=m
# CHECK-NEXT:      2     [7]  Return       r1
# CHECK-NEXT:      3     [7]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code other line=8 params=0 locals=0 regs=1
# CHECK-NEXT:   qualname: outer.<locals>.other
# CHECK-NEXT:      0     [9]  LoadInt      r0, 0
# CHECK-NEXT:      1     [9]  Return       r0
# CHECK-NEXT:      2     [9]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code second line=11 params=0 locals=0 regs=1
# CHECK-NEXT:      0    [13]  LoadInt      r0, 1
# CHECK-NEXT:      1    [13]  StoreGlobal  r0, g1  ; g
# CHECK-NEXT:      2    [13]  ReturnNone
