# Compound statements: if/elif/else (an elif is an If in the orelse list),
# while/else, blocks on the same line after ':', nested blocks, and function
# definitions with a return annotation and decorators-free bodies.
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  If <45:1>
# CHECK-NEXT:    Name 'a' <45:4>
# CHECK-NEXT:    body:
# CHECK-NEXT:      ExprStmt <46:5>
# CHECK-NEXT:        Name 'b' <46:5>
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      If <47:1>
# CHECK-NEXT:        Name 'c' <47:6>
# CHECK-NEXT:        body:
# CHECK-NEXT:          ExprStmt <48:5>
# CHECK-NEXT:            Name 'd' <48:5>
# CHECK-NEXT:        orelse:
# CHECK-NEXT:          If <49:1>
# CHECK-NEXT:            Name 'e' <49:6>
# CHECK-NEXT:            body:
# CHECK-NEXT:              ExprStmt <49:9>
# CHECK-NEXT:                Name 'f' <49:9>
# CHECK-NEXT:            orelse:
# CHECK-NEXT:              ExprStmt <51:5>
# CHECK-NEXT:                Name 'g' <51:5>
# CHECK-NEXT:  While <52:1>
# CHECK-NEXT:    Name 'h' <52:7>
# CHECK-NEXT:    body:
# CHECK-NEXT:      If <53:5>
# CHECK-NEXT:        Name 'i' <53:8>
# CHECK-NEXT:        body:
# CHECK-NEXT:          Break <53:11>
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      ExprStmt <54:7>
# CHECK-NEXT:        Name 'j' <54:7>
# CHECK-NEXT:      ExprStmt <54:10>
# CHECK-NEXT:        Name 'k' <54:10>
# CHECK-NEXT:  FunctionDef 'fn' (x) <55:1>
# CHECK-NEXT:    FunctionDef 'inner' () <56:5>
# CHECK-NEXT:      Return <56:18>
# CHECK-NEXT:        Name 'x' <56:25>
# CHECK-NEXT:    Return <57:5>
# CHECK-NEXT:      Name 'inner' <57:12>

if a:
    b
elif c:
    d
elif e: f
else:
    g
while h:
    if i: break
else: j; k
def fn(x) -> int:
    def inner(): return x
    return inner
