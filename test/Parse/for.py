# for statements: targets (names, tuples, starred, nested) are parsed up to
# "in" and marked as stores; the iterable may be an unbracketed tuple;
# "else" is the orelse list.
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
for x in y:
    pass
for a, *b in c, d:
    break
else:
    continue
for (i, j), in z: pass
# CHECK:Module <1:1>
# CHECK-NEXT:  For <5:1>
# CHECK-NEXT:    Name 'x' store <5:5>
# CHECK-NEXT:    Name 'y' <5:10>
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass <6:5>
# CHECK-NEXT:  For <7:1>
# CHECK-NEXT:    Tuple store <7:5>
# CHECK-NEXT:      Name 'a' store <7:5>
# CHECK-NEXT:      Starred store <7:8>
# CHECK-NEXT:        Name 'b' store <7:9>
# CHECK-NEXT:    Tuple <7:14>
# CHECK-NEXT:      Name 'c' <7:14>
# CHECK-NEXT:      Name 'd' <7:17>
# CHECK-NEXT:    body:
# CHECK-NEXT:      Break <8:5>
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      Continue <10:5>
# CHECK-NEXT:  For <11:1>
# CHECK-NEXT:    Tuple store <11:5>
# CHECK-NEXT:      Tuple store <11:5>
# CHECK-NEXT:        Name 'i' store <11:6>
# CHECK-NEXT:        Name 'j' store <11:9>
# CHECK-NEXT:    Name 'z' <11:16>
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass <11:19>
