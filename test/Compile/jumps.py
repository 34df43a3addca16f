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
# CHECK-NEXT: code <module> line=1 params=0 locals=0 regs=3
# CHECK-NEXT:   k0 = str 'done'
# CHECK-NEXT:      0     [4]  LoadInt      r0, 0
# CHECK-NEXT:      1     [4]  StoreGlobal  r0, g0  ; i
# CHECK-NEXT:      2     [5]  LoadGlobal   r1, g0  ; i
# CHECK-NEXT:      3     [5]  LoadInt      r2, 10
# CHECK-NEXT:      4     [5]  Lt           r0, r1, r2
# CHECK-NEXT:      5     [5]  JumpIfFalse  r0, -> 27
# CHECK-NEXT:      6     [6]  LoadGlobal   r0, g0  ; i
# CHECK-NEXT:      7     [6]  LoadInt      r1, 1
# CHECK-NEXT:      8     [6]  Add          r0, r0, r1
# CHECK-NEXT:      9     [6]  StoreGlobal  r0, g0  ; i
# CHECK-NEXT:     10     [7]  LoadGlobal   r1, g0  ; i
# CHECK-NEXT:     11     [7]  LoadInt      r2, 3
# CHECK-NEXT:     12     [7]  Eq           r0, r1, r2
# CHECK-NEXT:     13     [7]  JumpIfFalse  r0, -> 16
# CHECK-NEXT:     14     [8]  Jump         -> 2
# CHECK-NEXT:     15     [8]  Jump         -> 26
# CHECK-NEXT:     16     [9]  LoadGlobal   r1, g0  ; i
# CHECK-NEXT:     17     [9]  LoadInt      r2, 8
# CHECK-NEXT:     18     [9]  Eq           r0, r1, r2
# CHECK-NEXT:     19     [9]  JumpIfFalse  r0, -> 22
# CHECK-NEXT:     20    [10]  Jump         -> 31
# CHECK-NEXT:     21    [10]  Jump         -> 26
# CHECK-NEXT:     22    [12]  LoadGlobal   r1, g1  ; print
# CHECK-NEXT:     23    [12]  LoadGlobal   r2, g0  ; i
# CHECK-NEXT:     24    [12]  Call         r1, 1
# CHECK-NEXT:     25    [12]  Move         r0, r1
# CHECK-NEXT:     26    [12]  Jump         -> 2
# CHECK-NEXT:     27    [14]  LoadGlobal   r1, g1  ; print
# CHECK-NEXT:     28    [14]  LoadConst    r2, k0  ; str 'done'
# CHECK-NEXT:     29    [14]  Call         r1, 1
# CHECK-NEXT:     30    [14]  Move         r0, r1
# CHECK-NEXT:     31    [14]  ReturnNone
