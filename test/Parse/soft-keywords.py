# 'match', 'case' and '_' are ordinary names outside a match statement
# (which is refused, see unsupported.test): as variables, calls, subscripts
# and operands.
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  Assign <30:1>
# CHECK-NEXT:    Name 'match' store <30:1>
# CHECK-NEXT:    Name 'case' store <30:9>
# CHECK-NEXT:    Name '_' store <30:16>
# CHECK-NEXT:    Constant int 1 <30:20>
# CHECK-NEXT:  ExprStmt <31:1>
# CHECK-NEXT:    Call <31:1>
# CHECK-NEXT:      Name 'match' <31:1>
# CHECK-NEXT:      Name 'x' <31:7>
# CHECK-NEXT:  ExprStmt <32:1>
# CHECK-NEXT:    Subscript <32:1>
# CHECK-NEXT:      Name 'match' <32:1>
# CHECK-NEXT:      Name 'x' <32:7>
# CHECK-NEXT:  ExprStmt <33:1>
# CHECK-NEXT:    BinOp Sub <33:1>
# CHECK-NEXT:      Name 'match' <33:1>
# CHECK-NEXT:      Name 'x' <33:8>
# CHECK-NEXT:  ExprStmt <34:1>
# CHECK-NEXT:    Tuple <34:1>
# CHECK-NEXT:      BinOp Mult <34:1>
# CHECK-NEXT:        Name 'match' <34:1>
# CHECK-NEXT:        Name 'x' <34:9>
# CHECK-NEXT:      Name 'y' <34:12>

match = case = _ = 1
match(x)
match[x]
match -x
match * x, y
