# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Module-level names and names declared global in a function are module
# globals (LoadGlobal/StoreGlobal); other names assigned in a function are
# locals. The global table is shared by the whole program, in order of
# first use.
count = 0
def bump(step):
    global count
    count += step
    total = count
    return total
bump(2)
print(count)

# CHECK: globals: g0=count g1=bump g2=print
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=2
# CHECK-NEXT:      0     [6]  LoadInt      r0, 0
# CHECK-NEXT:      1     [6]  StoreGlobal  r0, g0  ; count
# CHECK-NEXT:      2     [7]  MakeFunction r0, f0  ; code bump
# CHECK-NEXT:      3     [7]  StoreGlobal  r0, g1  ; bump
# CHECK-NEXT:      4    [12]  LoadGlobal   r0, g1  ; bump
# CHECK-NEXT:      5    [12]  LoadInt      r1, 2
# CHECK-NEXT:      6    [12]  Call         r0, 1
# CHECK-NEXT:      7    [13]  LoadGlobal   r0, g2  ; print
# CHECK-NEXT:      8    [13]  LoadGlobal   r1, g0  ; count
# CHECK-NEXT:      9    [13]  Call         r0, 1
# CHECK-NEXT:     10    [13]  ReturnNone
# CHECK-EMPTY:
# CHECK-NEXT: code bump line=7 params=1 locals=2 regs=3
# CHECK-NEXT:   locals: r0=step r1=total
# CHECK-NEXT:      0     [9]  LoadGlobal   r2, g0  ; count
# CHECK-NEXT:      1     [9]  IAdd         r2, r2, r0  ; r0=step
# CHECK-NEXT:      2     [9]  StoreGlobal  r2, g0  ; count
# CHECK-NEXT:      3    [10]  LoadGlobal   r1, g0  ; r1=total, count
# CHECK-NEXT:      4    [11]  Return       r1  ; r1=total
# CHECK-NEXT:      5    [11]  ReturnNone
