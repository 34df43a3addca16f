# Operator precedence and associativity, loosest to tightest: lambda, if-else,
# or, and, not, comparisons (chained into one Compare), |, ^, &, << >>,
# + -, * / // % @, unary + - ~, ** (right-associative; binds tighter than a
# unary operator on its left, looser than one on its right), then await,
# primaries and atoms. A node starts where its leftmost operand starts.
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  ExprStmt <137:1>
# CHECK-NEXT:    BoolOp Or <137:1>
# CHECK-NEXT:      Name 'a' <137:1>
# CHECK-NEXT:      BoolOp And <137:6>
# CHECK-NEXT:        Name 'b' <137:6>
# CHECK-NEXT:        UnaryOp Not <137:12>
# CHECK-NEXT:          Name 'c' <137:16>
# CHECK-NEXT:  ExprStmt <138:1>
# CHECK-NEXT:    BoolOp Or <138:1>
# CHECK-NEXT:      BoolOp And <138:1>
# CHECK-NEXT:        Name 'a' <138:1>
# CHECK-NEXT:        Name 'b' <138:7>
# CHECK-NEXT:      BoolOp And <138:12>
# CHECK-NEXT:        Name 'c' <138:12>
# CHECK-NEXT:        Name 'd' <138:18>
# CHECK-NEXT:  ExprStmt <139:1>
# CHECK-NEXT:    BoolOp Or <139:1>
# CHECK-NEXT:      Name 'a' <139:1>
# CHECK-NEXT:      Name 'b' <139:6>
# CHECK-NEXT:      Name 'c' <139:11>
# CHECK-NEXT:  ExprStmt <140:1>
# CHECK-NEXT:    UnaryOp Not <140:1>
# CHECK-NEXT:      Compare Eq <140:5>
# CHECK-NEXT:        Name 'a' <140:5>
# CHECK-NEXT:        Name 'b' <140:10>
# CHECK-NEXT:  ExprStmt <141:1>
# CHECK-NEXT:    Compare Lt LtE Eq NotEq Gt GtE Is IsNot In NotIn <141:1>
# CHECK-NEXT:      Name 'a' <141:1>
# CHECK-NEXT:      Name 'b' <141:5>
# CHECK-NEXT:      Name 'c' <141:10>
# CHECK-NEXT:      Name 'd' <141:15>
# CHECK-NEXT:      Name 'e' <141:20>
# CHECK-NEXT:      Name 'f' <141:24>
# CHECK-NEXT:      Name 'g' <141:29>
# CHECK-NEXT:      Name 'h' <141:34>
# CHECK-NEXT:      Name 'i' <141:43>
# CHECK-NEXT:      Name 'j' <141:48>
# CHECK-NEXT:      Name 'k' <141:57>
# CHECK-NEXT:  ExprStmt <142:1>
# CHECK-NEXT:    BinOp BitOr <142:1>
# CHECK-NEXT:      Name 'a' <142:1>
# CHECK-NEXT:      BinOp BitXor <142:5>
# CHECK-NEXT:        Name 'b' <142:5>
# CHECK-NEXT:        BinOp BitAnd <142:9>
# CHECK-NEXT:          Name 'c' <142:9>
# CHECK-NEXT:          BinOp LShift <142:13>
# CHECK-NEXT:            Name 'd' <142:13>
# CHECK-NEXT:            BinOp Add <142:18>
# CHECK-NEXT:              Name 'e' <142:18>
# CHECK-NEXT:              BinOp Mult <142:22>
# CHECK-NEXT:                Name 'f' <142:22>
# CHECK-NEXT:                BinOp Pow <142:26>
# CHECK-NEXT:                  Name 'g' <142:26>
# CHECK-NEXT:                  Name 'h' <142:31>
# CHECK-NEXT:  ExprStmt <143:1>
# CHECK-NEXT:    BinOp Sub <143:1>
# CHECK-NEXT:      BinOp Sub <143:1>
# CHECK-NEXT:        Name 'a' <143:1>
# CHECK-NEXT:        Name 'b' <143:5>
# CHECK-NEXT:      Name 'c' <143:9>
# CHECK-NEXT:  ExprStmt <144:1>
# CHECK-NEXT:    BinOp Pow <144:1>
# CHECK-NEXT:      Name 'a' <144:1>
# CHECK-NEXT:      BinOp Pow <144:6>
# CHECK-NEXT:        Name 'b' <144:6>
# CHECK-NEXT:        Name 'c' <144:11>
# CHECK-NEXT:  ExprStmt <145:1>
# CHECK-NEXT:    UnaryOp USub <145:1>
# CHECK-NEXT:      BinOp Pow <145:2>
# CHECK-NEXT:        Name 'a' <145:2>
# CHECK-NEXT:        UnaryOp USub <145:7>
# CHECK-NEXT:          Name 'b' <145:8>
# CHECK-NEXT:  ExprStmt <146:1>
# CHECK-NEXT:    BinOp Pow <146:1>
# CHECK-NEXT:      UnaryOp USub <146:2>
# CHECK-NEXT:        Name 'a' <146:3>
# CHECK-NEXT:      Name 'b' <146:9>
# CHECK-NEXT:  ExprStmt <147:1>
# CHECK-NEXT:    BinOp Div <147:1>
# CHECK-NEXT:      BinOp MatMult <147:1>
# CHECK-NEXT:        BinOp Mod <147:1>
# CHECK-NEXT:          BinOp FloorDiv <147:1>
# CHECK-NEXT:            BinOp Mult <147:1>
# CHECK-NEXT:              UnaryOp Invert <147:1>
# CHECK-NEXT:                Name 'a' <147:2>
# CHECK-NEXT:              UnaryOp UAdd <147:6>
# CHECK-NEXT:                Name 'b' <147:7>
# CHECK-NEXT:            Name 'c' <147:12>
# CHECK-NEXT:          Name 'd' <147:16>
# CHECK-NEXT:        Name 'e' <147:20>
# CHECK-NEXT:      Name 'f' <147:24>
# CHECK-NEXT:  ExprStmt <148:1>
# CHECK-NEXT:    BinOp RShift <148:1>
# CHECK-NEXT:      BinOp LShift <148:1>
# CHECK-NEXT:        Name 'a' <148:1>
# CHECK-NEXT:        Name 'b' <148:6>
# CHECK-NEXT:      Name 'c' <148:11>
# CHECK-NEXT:  ExprStmt <149:1>
# CHECK-NEXT:    IfExp <149:1>
# CHECK-NEXT:      Name 'b' <149:6>
# CHECK-NEXT:      Name 'a' <149:1>
# CHECK-NEXT:      IfExp <149:13>
# CHECK-NEXT:        Name 'd' <149:18>
# CHECK-NEXT:        Name 'c' <149:13>
# CHECK-NEXT:        Name 'e' <149:25>
# CHECK-NEXT:  ExprStmt <150:1>
# CHECK-NEXT:    Lambda () <150:1>
# CHECK-NEXT:      IfExp <150:9>
# CHECK-NEXT:        Name 'b' <150:14>
# CHECK-NEXT:        Name 'a' <150:9>
# CHECK-NEXT:        Name 'c' <150:21>
# CHECK-NEXT:  ExprStmt <151:1>
# CHECK-NEXT:    BinOp Mult <151:1>
# CHECK-NEXT:      BinOp Add <151:2>
# CHECK-NEXT:        Name 'a' <151:2>
# CHECK-NEXT:        Name 'b' <151:6>
# CHECK-NEXT:      Name 'c' <151:11>
# CHECK-NEXT:  Assign <152:1>
# CHECK-NEXT:    Name 'x' store <152:1>
# CHECK-NEXT:    BinOp Sub <152:5>
# CHECK-NEXT:      BinOp Add <152:5>
# CHECK-NEXT:        Constant int 1 <152:5>
# CHECK-NEXT:        BinOp Mult <152:9>
# CHECK-NEXT:          Constant int 2 <152:9>
# CHECK-NEXT:          Constant int 3 <152:13>
# CHECK-NEXT:      BinOp Div <152:17>
# CHECK-NEXT:        Constant int 4 <152:17>
# CHECK-NEXT:        Constant int 5 <152:21>

a or b and not c
a and b or c and d
a or b or c
not a == b
a < b <= c == d != e > f >= g is h is not i in j not in k
a | b ^ c & d << e + f * g ** h
a - b - c
a ** b ** c
-a ** -b
(-a) ** b
~a * +b // c % d @ e / f
a << b >> c
a if b else c if d else e
lambda: a if b else c
(a + b) * c
x = 1 + 2 * 3 - 4 / 5
