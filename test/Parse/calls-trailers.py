# Calls, attributes and subscripts: positional, starred, keyword and '**'
# arguments; slices with omitted parts; a tuple of indices (starting at its
# first element) and a starred index (a one-element tuple); chained
# trailers. A trailer applied to a parenthesized atom starts at the '('.
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  ExprStmt <143:1>
# CHECK-NEXT:    Call <143:1>
# CHECK-NEXT:      Name 'f' <143:1>
# CHECK-NEXT:  ExprStmt <144:1>
# CHECK-NEXT:    Call <144:1>
# CHECK-NEXT:      Name 'f' <144:1>
# CHECK-NEXT:      Name 'a' <144:3>
# CHECK-NEXT:      Starred <144:6>
# CHECK-NEXT:        Name 'b' <144:7>
# CHECK-NEXT:      Name 'c' <144:10>
# CHECK-NEXT:      Starred <144:18>
# CHECK-NEXT:        Name 'd' <144:19>
# CHECK-NEXT:      keyword k <144:13>
# CHECK-NEXT:        Constant int 1 <144:15>
# CHECK-NEXT:      keyword ** <144:22>
# CHECK-NEXT:        Name 'e' <144:24>
# CHECK-NEXT:      keyword m <144:27>
# CHECK-NEXT:        Constant int 2 <144:29>
# CHECK-NEXT:  ExprStmt <145:1>
# CHECK-NEXT:    Attribute 'f' <145:1>
# CHECK-NEXT:      Subscript <145:1>
# CHECK-NEXT:        Call <145:1>
# CHECK-NEXT:          Attribute 'c' <145:1>
# CHECK-NEXT:            Attribute 'b' <145:1>
# CHECK-NEXT:              Name 'a' <145:1>
# CHECK-NEXT:          Name 'd' <145:7>
# CHECK-NEXT:        Name 'e' <145:10>
# CHECK-NEXT:  ExprStmt <146:1>
# CHECK-NEXT:    Subscript <146:1>
# CHECK-NEXT:      Name 'a' <146:1>
# CHECK-NEXT:      Constant int 1 <146:3>
# CHECK-NEXT:  ExprStmt <146:7>
# CHECK-NEXT:    Subscript <146:7>
# CHECK-NEXT:      Name 'a' <146:7>
# CHECK-NEXT:      Slice <146:9>
# CHECK-NEXT:        Constant int 1 <146:9>
# CHECK-NEXT:        Constant int 2 <146:11>
# CHECK-NEXT:        <none>
# CHECK-NEXT:  ExprStmt <146:15>
# CHECK-NEXT:    Subscript <146:15>
# CHECK-NEXT:      Name 'a' <146:15>
# CHECK-NEXT:      Slice <146:17>
# CHECK-NEXT:        <none>
# CHECK-NEXT:        <none>
# CHECK-NEXT:        <none>
# CHECK-NEXT:  ExprStmt <146:21>
# CHECK-NEXT:    Subscript <146:21>
# CHECK-NEXT:      Name 'a' <146:21>
# CHECK-NEXT:      Slice <146:23>
# CHECK-NEXT:        <none>
# CHECK-NEXT:        <none>
# CHECK-NEXT:        <none>
# CHECK-NEXT:  ExprStmt <146:28>
# CHECK-NEXT:    Subscript <146:28>
# CHECK-NEXT:      Name 'a' <146:28>
# CHECK-NEXT:      Slice <146:30>
# CHECK-NEXT:        Constant int 1 <146:30>
# CHECK-NEXT:        Constant int 2 <146:32>
# CHECK-NEXT:        Constant int 3 <146:34>
# CHECK-NEXT:  ExprStmt <146:38>
# CHECK-NEXT:    Subscript <146:38>
# CHECK-NEXT:      Name 'a' <146:38>
# CHECK-NEXT:      Slice <146:40>
# CHECK-NEXT:        <none>
# CHECK-NEXT:        <none>
# CHECK-NEXT:        UnaryOp USub <146:42>
# CHECK-NEXT:          Constant int 1 <146:43>
# CHECK-NEXT:  ExprStmt <146:47>
# CHECK-NEXT:    Subscript <146:47>
# CHECK-NEXT:      Name 'a' <146:47>
# CHECK-NEXT:      Tuple <146:49>
# CHECK-NEXT:        Slice <146:49>
# CHECK-NEXT:          <none>
# CHECK-NEXT:          <none>
# CHECK-NEXT:          <none>
# CHECK-NEXT:        Constant int 1 <146:52>
# CHECK-NEXT:  ExprStmt <146:56>
# CHECK-NEXT:    Subscript <146:56>
# CHECK-NEXT:      Name 'a' <146:56>
# CHECK-NEXT:      Tuple <146:58>
# CHECK-NEXT:        Slice <146:58>
# CHECK-NEXT:          Constant int 1 <146:58>
# CHECK-NEXT:          Constant int 2 <146:60>
# CHECK-NEXT:          <none>
# CHECK-NEXT:        Slice <146:63>
# CHECK-NEXT:          <none>
# CHECK-NEXT:          <none>
# CHECK-NEXT:          Constant int 3 <146:65>
# CHECK-NEXT:        Name 'x' <146:68>
# CHECK-NEXT:  ExprStmt <147:1>
# CHECK-NEXT:    Subscript <147:1>
# CHECK-NEXT:      Name 'a' <147:1>
# CHECK-NEXT:      Tuple <147:3>
# CHECK-NEXT:        Starred <147:3>
# CHECK-NEXT:          Name 'b' <147:4>
# CHECK-NEXT:  ExprStmt <147:8>
# CHECK-NEXT:    Subscript <147:8>
# CHECK-NEXT:      Name 'a' <147:8>
# CHECK-NEXT:      Tuple <147:10>
# CHECK-NEXT:        Name 'b' <147:10>
# CHECK-NEXT:        Starred <147:13>
# CHECK-NEXT:          Name 'c' <147:14>
# CHECK-NEXT:  ExprStmt <148:1>
# CHECK-NEXT:    Attribute 'b' <148:1>
# CHECK-NEXT:      Name 'a' <148:2>
# CHECK-NEXT:  ExprStmt <148:8>
# CHECK-NEXT:    Call <148:8>
# CHECK-NEXT:      BinOp Add <148:9>
# CHECK-NEXT:        Name 'a' <148:9>
# CHECK-NEXT:        Name 'b' <148:13>
# CHECK-NEXT:      Name 'c' <148:16>
# CHECK-NEXT:  ExprStmt <148:20>
# CHECK-NEXT:    Subscript <148:20>
# CHECK-NEXT:      Name 'a' <148:21>
# CHECK-NEXT:      Constant int 0 <148:24>
# CHECK-NEXT:  ExprStmt <148:28>
# CHECK-NEXT:    Call <148:28>
# CHECK-NEXT:      Attribute 'join' <148:28>
# CHECK-NEXT:        Constant str 's' <148:28>
# CHECK-NEXT:      Name 'x' <148:37>
# CHECK-NEXT:  ExprStmt <149:1>
# CHECK-NEXT:    Call <149:1>
# CHECK-NEXT:      Call <149:1>
# CHECK-NEXT:        Call <149:1>
# CHECK-NEXT:          Name 'f' <149:1>
# CHECK-NEXT:          Name 'a' <149:3>
# CHECK-NEXT:        Name 'b' <149:6>
# CHECK-NEXT:      Name 'c' <149:9>
# CHECK-NEXT:  ExprStmt <150:1>
# CHECK-NEXT:    Call <150:1>
# CHECK-NEXT:      Name 'f' <150:1>
# CHECK-NEXT:      NamedExpr <150:3>
# CHECK-NEXT:        Name 'x' store <150:3>
# CHECK-NEXT:        Constant int 1 <150:8>
# CHECK-NEXT:      Name 'y' <150:11>

f()
f(a, *b, c, k=1, *d, **e, m=2)
a.b.c(d)[e].f
a[1]; a[1:2]; a[:]; a[::]; a[1:2:3]; a[::-1]; a[:, 1]; a[1:2, ::3, x]
a[*b]; a[b, *c]
(a).b; (a + b)(c); (a)[0]; "s".join(x)
f(a)(b)(c)
f(x := 1, y)
