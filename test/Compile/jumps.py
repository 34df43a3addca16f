# RUN: pyr-compile %s | FileCheck --match-full-lines %s
# Jump targets of if/elif/else, while/else, break and continue. Jump
# operands are printed as absolute instruction indices.
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    elif i == 8:
        break
    else:
        print(i)
else:
    print('done')

# CHECK: globals: g0=i g1=print
# CHECK-EMPTY:
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=2
# CHECK-NEXT:   k0 = str 'done'
# CHECK-NEXT:      0     [4]  LoadInt      r0, 0
# CHECK-NEXT:      1     [4]  StoreGlobal  r0, g0  ; i
# CHECK-NEXT:      2     [5]  LoadGlobal   r0, g0  ; i
# CHECK-NEXT:      3     [5]  TestLtI      r0, 10, 0
# CHECK-NEXT:      4     [5]  Jump         -> 22
# CHECK-NEXT:      5     [6]  LoadGlobal   r0, g0  ; i
# CHECK-NEXT:      6     [6]  IAddI        r0, r0, 1
# CHECK-NEXT:      7     [6]  StoreGlobal  r0, g0  ; i
# CHECK-NEXT:      8     [7]  LoadGlobal   r0, g0  ; i
# CHECK-NEXT:      9     [7]  TestEqI      r0, 3, 0
# CHECK-NEXT:     10     [7]  Jump         -> 13
# CHECK-NEXT:     11     [8]  Jump         -> 2
# CHECK-NEXT:     12     [8]  Jump         -> 21
# CHECK-NEXT:     13     [9]  LoadGlobal   r0, g0  ; i
# CHECK-NEXT:     14     [9]  TestEqI      r0, 8, 0
# CHECK-NEXT:     15     [9]  Jump         -> 18
# CHECK-NEXT:     16    [10]  Jump         -> 25
# CHECK-NEXT:     17    [10]  Jump         -> 21
# CHECK-NEXT:     18    [12]  LoadGlobal   r0, g1  ; print
# CHECK-NEXT:     19    [12]  LoadGlobal   r1, g0  ; i
# CHECK-NEXT:     20    [12]  Call         r0, 1
# CHECK-NEXT:     21    [12]  Jump         -> 2
# CHECK-NEXT:     22    [14]  LoadGlobal   r0, g1  ; print
# CHECK-NEXT:     23    [14]  LoadConst    r1, k0  ; str 'done'
# CHECK-NEXT:     24    [14]  Call         r0, 1
# CHECK-NEXT:     25    [14]  ReturnNone
