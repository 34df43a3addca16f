# Simple statements: expression statements, pass, break, continue, return
# with and without a value, global, nonlocal, del of several targets
# (store/del contexts in the dump), assert with and without a message,
# several statements on a line separated by ';' with an optional trailing
# ';'.
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  ExprStmt <44:1>
# CHECK-NEXT:    Name 'x' <44:1>
# CHECK-NEXT:  Pass <45:1>
# CHECK-NEXT:  Pass <45:7>
# CHECK-NEXT:  FunctionDef 'f' () <46:1>
# CHECK-NEXT:    Global a b <47:5>
# CHECK-NEXT:    Nonlocal c <48:5>
# CHECK-NEXT:    Return <49:5>
# CHECK-NEXT:    Return <50:5>
# CHECK-NEXT:      Tuple <50:12>
# CHECK-NEXT:        Constant int 1 <50:12>
# CHECK-NEXT:        Starred <50:15>
# CHECK-NEXT:          Name 'd' <50:16>
# CHECK-NEXT:  While <51:1>
# CHECK-NEXT:    Constant int 1 <51:7>
# CHECK-NEXT:    body:
# CHECK-NEXT:      Break <52:5>
# CHECK-NEXT:      Continue <53:5>
# CHECK-NEXT:  Del <54:1>
# CHECK-NEXT:    Name 'a' del <54:5>
# CHECK-NEXT:    Attribute 'c' del <54:8>
# CHECK-NEXT:      Name 'b' <54:8>
# CHECK-NEXT:    Subscript del <54:13>
# CHECK-NEXT:      Name 'd' <54:13>
# CHECK-NEXT:      Constant int 0 <54:15>
# CHECK-NEXT:    Tuple del <54:19>
# CHECK-NEXT:      Name 'e' del <54:20>
# CHECK-NEXT:      List del <54:23>
# CHECK-NEXT:        Name 'f' del <54:24>
# CHECK-NEXT:        Name 'g' del <54:27>
# CHECK-NEXT:  Assert <55:1>
# CHECK-NEXT:    Name 'x' <55:8>
# CHECK-NEXT:  Assert <56:1>
# CHECK-NEXT:    Name 'x' <56:8>
# CHECK-NEXT:    Constant str 'message' <56:11>

x
pass; pass;
def f():
    global a, b
    nonlocal c
    return
    return 1, *d
while 1:
    break
    continue
del a, b.c, d[0], (e, [f, g])
assert x
assert x, "message"
