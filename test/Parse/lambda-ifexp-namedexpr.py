# Lambdas (parameters, defaults, nesting), conditional expressions (the
# test comes first in the dump: test, body, orelse) and assignment
# expressions.
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  ExprStmt <60:1>
# CHECK-NEXT:    Lambda () <60:1>
# CHECK-NEXT:      Constant int 0 <60:9>
# CHECK-NEXT:  ExprStmt <61:1>
# CHECK-NEXT:    Lambda (x, y, k) varargs varkw <61:1>
# CHECK-NEXT:      Constant int 1 <61:13>
# CHECK-NEXT:      Name 'x' <61:29>
# CHECK-NEXT:  ExprStmt <62:1>
# CHECK-NEXT:    Lambda (k) kwonly <62:1>
# CHECK-NEXT:      Constant int 2 <62:13>
# CHECK-NEXT:      Name 'k' <62:16>
# CHECK-NEXT:  ExprStmt <63:1>
# CHECK-NEXT:    Lambda (a, b) posonly <63:1>
# CHECK-NEXT:      Lambda (c) <63:17>
# CHECK-NEXT:        BinOp Add <63:27>
# CHECK-NEXT:          BinOp Add <63:27>
# CHECK-NEXT:            Name 'a' <63:27>
# CHECK-NEXT:            Name 'b' <63:31>
# CHECK-NEXT:          Name 'c' <63:35>
# CHECK-NEXT:  ExprStmt <64:1>
# CHECK-NEXT:    IfExp <64:1>
# CHECK-NEXT:      Name 'b' <64:6>
# CHECK-NEXT:      Name 'a' <64:1>
# CHECK-NEXT:      Name 'c' <64:13>
# CHECK-NEXT:  ExprStmt <65:1>
# CHECK-NEXT:    NamedExpr <65:2>
# CHECK-NEXT:      Name 'x' store <65:2>
# CHECK-NEXT:      Constant int 1 <65:7>
# CHECK-NEXT:  If <66:1>
# CHECK-NEXT:    Compare Gt <66:4>
# CHECK-NEXT:      NamedExpr <66:5>
# CHECK-NEXT:        Name 'n' store <66:5>
# CHECK-NEXT:        Call <66:10>
# CHECK-NEXT:          Name 'len' <66:10>
# CHECK-NEXT:          Name 'a' <66:14>
# CHECK-NEXT:      Constant int 10 <66:20>
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass <66:24>
# CHECK-NEXT:  While <67:1>
# CHECK-NEXT:    NamedExpr <67:7>
# CHECK-NEXT:      Name 'y' store <67:7>
# CHECK-NEXT:      Call <67:12>
# CHECK-NEXT:        Name 'f' <67:12>
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass <67:17>
# CHECK-NEXT:  ExprStmt <68:1>
# CHECK-NEXT:    List <68:1>
# CHECK-NEXT:      NamedExpr <68:2>
# CHECK-NEXT:        Name 'y' store <68:2>
# CHECK-NEXT:        Constant int 1 <68:7>
# CHECK-NEXT:      BinOp Pow <68:10>
# CHECK-NEXT:        Name 'y' <68:10>
# CHECK-NEXT:        Constant int 2 <68:15>

lambda: 0
lambda x, y=1, *z, k, **kw: x
lambda *, k=2: k
lambda a, /, b: lambda c: a + b + c
a if b else c
(x := 1)
if (n := len(a)) > 10: pass
while y := f(): pass
[y := 1, y ** 2]
