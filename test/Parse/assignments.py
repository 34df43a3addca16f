# Assignments: chained targets, tuple and list targets (with a starred
# element), attribute and subscript targets, and every augmented assignment
# operator. Targets are marked 'store' in the dump.
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  Assign <97:1>
# CHECK-NEXT:    Name 'a' store <97:1>
# CHECK-NEXT:    Constant int 1 <97:5>
# CHECK-NEXT:  Assign <98:1>
# CHECK-NEXT:    Name 'a' store <98:1>
# CHECK-NEXT:    Name 'b' store <98:5>
# CHECK-NEXT:    Name 'c' store <98:9>
# CHECK-NEXT:    Constant int 2 <98:13>
# CHECK-NEXT:  Assign <99:1>
# CHECK-NEXT:    Tuple store <99:1>
# CHECK-NEXT:      Name 'a' store <99:1>
# CHECK-NEXT:      Name 'b' store <99:4>
# CHECK-NEXT:    Tuple <99:8>
# CHECK-NEXT:      Name 'b' <99:8>
# CHECK-NEXT:      Name 'a' <99:11>
# CHECK-NEXT:  Assign <100:1>
# CHECK-NEXT:    Tuple store <100:1>
# CHECK-NEXT:      List store <100:1>
# CHECK-NEXT:        Name 'a' store <100:2>
# CHECK-NEXT:        Starred store <100:5>
# CHECK-NEXT:          Name 'b' store <100:6>
# CHECK-NEXT:      Name 'c' store <100:10>
# CHECK-NEXT:    Name 'd' <100:14>
# CHECK-NEXT:  Assign <101:1>
# CHECK-NEXT:    Name 'a' store <101:2>
# CHECK-NEXT:    Tuple store <101:7>
# CHECK-NEXT:      Name 'b' store <101:8>
# CHECK-NEXT:      Name 'c' store <101:11>
# CHECK-NEXT:    Name 'e' <101:16>
# CHECK-NEXT:  Assign <102:1>
# CHECK-NEXT:    Attribute 'y' store <102:1>
# CHECK-NEXT:      Name 'x' <102:1>
# CHECK-NEXT:    Subscript store <102:7>
# CHECK-NEXT:      Name 'x' <102:7>
# CHECK-NEXT:      Constant int 0 <102:9>
# CHECK-NEXT:    Subscript store <102:14>
# CHECK-NEXT:      Name 'x' <102:14>
# CHECK-NEXT:      Slice <102:16>
# CHECK-NEXT:        Constant int 1 <102:16>
# CHECK-NEXT:        Constant int 2 <102:18>
# CHECK-NEXT:        <none>
# CHECK-NEXT:    Constant int 3 <102:23>
# CHECK-NEXT:  AugAssign Add <103:1>
# CHECK-NEXT:    Name 'a' store <103:1>
# CHECK-NEXT:    Constant int 1 <103:6>
# CHECK-NEXT:  AugAssign Sub <103:9>
# CHECK-NEXT:    Name 'a' store <103:9>
# CHECK-NEXT:    Constant int 1 <103:14>
# CHECK-NEXT:  AugAssign Mult <103:17>
# CHECK-NEXT:    Name 'a' store <103:17>
# CHECK-NEXT:    Constant int 1 <103:22>
# CHECK-NEXT:  AugAssign MatMult <103:25>
# CHECK-NEXT:    Name 'a' store <103:25>
# CHECK-NEXT:    Constant int 1 <103:30>
# CHECK-NEXT:  AugAssign Div <103:33>
# CHECK-NEXT:    Name 'a' store <103:33>
# CHECK-NEXT:    Constant int 1 <103:38>
# CHECK-NEXT:  AugAssign FloorDiv <103:41>
# CHECK-NEXT:    Name 'a' store <103:41>
# CHECK-NEXT:    Constant int 1 <103:47>
# CHECK-NEXT:  AugAssign Mod <103:50>
# CHECK-NEXT:    Name 'a' store <103:50>
# CHECK-NEXT:    Constant int 1 <103:55>
# CHECK-NEXT:  AugAssign Pow <104:1>
# CHECK-NEXT:    Name 'a' store <104:1>
# CHECK-NEXT:    Constant int 1 <104:7>
# CHECK-NEXT:  AugAssign LShift <104:10>
# CHECK-NEXT:    Name 'a' store <104:10>
# CHECK-NEXT:    Constant int 1 <104:16>
# CHECK-NEXT:  AugAssign RShift <104:19>
# CHECK-NEXT:    Name 'a' store <104:19>
# CHECK-NEXT:    Constant int 1 <104:25>
# CHECK-NEXT:  AugAssign BitOr <104:28>
# CHECK-NEXT:    Name 'a' store <104:28>
# CHECK-NEXT:    Constant int 1 <104:33>
# CHECK-NEXT:  AugAssign BitXor <104:36>
# CHECK-NEXT:    Name 'a' store <104:36>
# CHECK-NEXT:    Constant int 1 <104:41>
# CHECK-NEXT:  AugAssign BitAnd <104:44>
# CHECK-NEXT:    Name 'a' store <104:44>
# CHECK-NEXT:    Constant int 1 <104:49>
# CHECK-NEXT:  AugAssign Add <105:1>
# CHECK-NEXT:    Attribute 'y' store <105:1>
# CHECK-NEXT:      Name 'x' <105:1>
# CHECK-NEXT:    Constant int 1 <105:8>
# CHECK-NEXT:  AugAssign Sub <105:11>
# CHECK-NEXT:    Subscript store <105:11>
# CHECK-NEXT:      Name 'x' <105:11>
# CHECK-NEXT:      Constant int 0 <105:13>
# CHECK-NEXT:    Constant int 1 <105:19>

a = 1
a = b = c = 2
a, b = b, a
[a, *b], c = d
(a) = (b, c) = e
x.y = x[0] = x[1:2] = 3
a += 1; a -= 1; a *= 1; a @= 1; a /= 1; a //= 1; a %= 1
a **= 1; a <<= 1; a >>= 1; a |= 1; a ^= 1; a &= 1
x.y += 1; x[0] -= 1
