# The syntax tree of comprehensions and generator expressions: the
# element (key and value for a dict), then a 'for' line per clause with
# its target, iterable and 'if:' conditions. A generator expression that
# is a call's sole argument starts at the call's parenthesis.
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  ExprStmt <71:1>
# CHECK-NEXT:    ListComp <71:1>
# CHECK-NEXT:      BinOp Mult <71:2>
# CHECK-NEXT:        Name 'x' <71:2>
# CHECK-NEXT:        Name 'y' <71:6>
# CHECK-NEXT:      for <71:8>
# CHECK-NEXT:        Name 'x' store <71:12>
# CHECK-NEXT:        Name 'a' <71:17>
# CHECK-NEXT:        if:
# CHECK-NEXT:          Name 'x' <71:22>
# CHECK-NEXT:        if:
# CHECK-NEXT:          Compare Gt <71:27>
# CHECK-NEXT:            Name 'x' <71:27>
# CHECK-NEXT:            Constant int 1 <71:31>
# CHECK-NEXT:      for <71:33>
# CHECK-NEXT:        Name 'y' store <71:37>
# CHECK-NEXT:        Name 'b' <71:42>
# CHECK-NEXT:  ExprStmt <72:1>
# CHECK-NEXT:    DictComp <72:1>
# CHECK-NEXT:      Name 'k' <72:2>
# CHECK-NEXT:      Name 'v' <72:5>
# CHECK-NEXT:      for <72:7>
# CHECK-NEXT:        Tuple store <72:11>
# CHECK-NEXT:          Name 'k' store <72:11>
# CHECK-NEXT:          Name 'v' store <72:14>
# CHECK-NEXT:        Name 'd' <72:19>
# CHECK-NEXT:  ExprStmt <73:1>
# CHECK-NEXT:    SetComp <73:1>
# CHECK-NEXT:      Name 's' <73:2>
# CHECK-NEXT:      for <73:4>
# CHECK-NEXT:        Name 's' store <73:8>
# CHECK-NEXT:        Name 't' <73:13>
# CHECK-NEXT:  ExprStmt <74:1>
# CHECK-NEXT:    Call <74:1>
# CHECK-NEXT:      Name 'sum' <74:1>
# CHECK-NEXT:      GeneratorExp <74:4>
# CHECK-NEXT:        Name 'x' <74:5>
# CHECK-NEXT:        for <74:7>
# CHECK-NEXT:          Name 'x' store <74:11>
# CHECK-NEXT:          Name 'y' <74:16>
# CHECK-NEXT:  ExprStmt <75:1>
# CHECK-NEXT:    GeneratorExp <75:1>
# CHECK-NEXT:      Name 'x' <75:2>
# CHECK-NEXT:      for <75:4>
# CHECK-NEXT:        Name 'x' store <75:8>
# CHECK-NEXT:        Name 'y' <75:13>
# CHECK-NEXT:  ExprStmt <76:1>
# CHECK-NEXT:    Call <76:1>
# CHECK-NEXT:      Name 'f' <76:1>
# CHECK-NEXT:      GeneratorExp <76:3>
# CHECK-NEXT:        Name 'x' <76:4>
# CHECK-NEXT:        for <76:6>
# CHECK-NEXT:          Name 'x' store <76:10>
# CHECK-NEXT:          Name 'y' <76:15>
# CHECK-NEXT:      Name 'z' <76:19>
# CHECK-NEXT:  ExprStmt <77:1>
# CHECK-NEXT:    ListComp <77:1>
# CHECK-NEXT:      NamedExpr <77:3>
# CHECK-NEXT:        Name 'n' store <77:3>
# CHECK-NEXT:        Name 'i' <77:8>
# CHECK-NEXT:      for <77:11>
# CHECK-NEXT:        Name 'i' store <77:15>
# CHECK-NEXT:        Name 'r' <77:20>

[x * y for x in a if x if x > 1 for y in b]
{k: v for k, v in d}
{s for s in t}
sum(x for x in y)
(x for x in y)
f((x for x in y), z)
[(n := i) for i in r]
