# Literal values: integers in every base (stored as int64; larger ones keep
# their spelling without '_'), floats and imaginary numbers (spelled as in
# the source), the constants, implicitly concatenated strings (one Constant
# at the first piece), and every display form, empty and with a trailing
# comma. A parenthesized expression is not a tuple; '(1,)' is.
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  ExprStmt <112:1>
# CHECK-NEXT:    Constant int 0 <112:1>
# CHECK-NEXT:  ExprStmt <112:4>
# CHECK-NEXT:    Constant int 1000 <112:4>
# CHECK-NEXT:  ExprStmt <112:11>
# CHECK-NEXT:    Constant int 255 <112:11>
# CHECK-NEXT:  ExprStmt <112:17>
# CHECK-NEXT:    Constant int 15 <112:17>
# CHECK-NEXT:  ExprStmt <112:23>
# CHECK-NEXT:    Constant int 5 <112:23>
# CHECK-NEXT:  ExprStmt <112:30>
# CHECK-NEXT:    Constant int 0 <112:30>
# CHECK-NEXT:  ExprStmt <113:1>
# CHECK-NEXT:    Constant int 9223372036854775807 <113:1>
# CHECK-NEXT:  ExprStmt <113:22>
# CHECK-NEXT:    Constant int 9223372036854775808 <113:22>
# CHECK-NEXT:  ExprStmt <113:43>
# CHECK-NEXT:    Constant int 0xffffffffffffffff <113:43>
# CHECK-NEXT:  ExprStmt <114:1>
# CHECK-NEXT:    Constant float 1.5 <114:1>
# CHECK-NEXT:  ExprStmt <114:6>
# CHECK-NEXT:    Constant float 1_0.5e-3 <114:6>
# CHECK-NEXT:  ExprStmt <114:16>
# CHECK-NEXT:    Constant float .5 <114:16>
# CHECK-NEXT:  ExprStmt <114:20>
# CHECK-NEXT:    Constant float 5. <114:20>
# CHECK-NEXT:  ExprStmt <114:24>
# CHECK-NEXT:    Constant imaginary 2j <114:24>
# CHECK-NEXT:  ExprStmt <114:28>
# CHECK-NEXT:    Constant imaginary 1.5J <114:28>
# CHECK-NEXT:  ExprStmt <115:1>
# CHECK-NEXT:    Constant None <115:1>
# CHECK-NEXT:  ExprStmt <115:7>
# CHECK-NEXT:    Constant True <115:7>
# CHECK-NEXT:  ExprStmt <115:13>
# CHECK-NEXT:    Constant False <115:13>
# CHECK-NEXT:  ExprStmt <115:20>
# CHECK-NEXT:    Constant Ellipsis <115:20>
# CHECK-NEXT:  ExprStmt <116:1>
# CHECK-NEXT:    Constant str 'abc\\d' <116:1>
# CHECK-NEXT:  ExprStmt <117:1>
# CHECK-NEXT:    Constant bytes 'x\\dy' <117:1>
# CHECK-NEXT:  ExprStmt <118:1>
# CHECK-NEXT:    Tuple <118:1>
# CHECK-NEXT:  ExprStmt <118:5>
# CHECK-NEXT:    Constant int 1 <118:6>
# CHECK-NEXT:  ExprStmt <118:10>
# CHECK-NEXT:    Tuple <118:10>
# CHECK-NEXT:      Constant int 1 <118:11>
# CHECK-NEXT:  ExprStmt <118:16>
# CHECK-NEXT:    Tuple <118:16>
# CHECK-NEXT:      Constant int 1 <118:17>
# CHECK-NEXT:      Constant int 2 <118:20>
# CHECK-NEXT:  ExprStmt <118:25>
# CHECK-NEXT:    List <118:25>
# CHECK-NEXT:  ExprStmt <118:30>
# CHECK-NEXT:    List <118:30>
# CHECK-NEXT:      Constant int 1 <118:31>
# CHECK-NEXT:  ExprStmt <118:35>
# CHECK-NEXT:    List <118:35>
# CHECK-NEXT:      Constant int 1 <118:36>
# CHECK-NEXT:      Constant int 2 <118:39>
# CHECK-NEXT:  ExprStmt <118:44>
# CHECK-NEXT:    Set <118:44>
# CHECK-NEXT:      Constant int 1 <118:45>
# CHECK-NEXT:  ExprStmt <118:49>
# CHECK-NEXT:    Set <118:49>
# CHECK-NEXT:      Constant int 1 <118:50>
# CHECK-NEXT:      Constant int 2 <118:53>
# CHECK-NEXT:  ExprStmt <118:58>
# CHECK-NEXT:    Dict <118:58>
# CHECK-NEXT:  ExprStmt <118:62>
# CHECK-NEXT:    Dict <118:62>
# CHECK-NEXT:      Constant int 1 <118:63>
# CHECK-NEXT:      Constant int 2 <118:66>
# CHECK-NEXT:  ExprStmt <118:70>
# CHECK-NEXT:    Dict <118:70>
# CHECK-NEXT:      Constant int 1 <118:71>
# CHECK-NEXT:      Constant int 2 <118:74>
# CHECK-NEXT:  ExprStmt <119:1>
# CHECK-NEXT:    List <119:1>
# CHECK-NEXT:      Starred <119:2>
# CHECK-NEXT:        Name 'a' <119:3>
# CHECK-NEXT:      Starred <119:6>
# CHECK-NEXT:        Name 'b' <119:7>
# CHECK-NEXT:  ExprStmt <119:11>
# CHECK-NEXT:    Set <119:11>
# CHECK-NEXT:      Starred <119:12>
# CHECK-NEXT:        Name 'a' <119:13>
# CHECK-NEXT:      Constant int 1 <119:16>
# CHECK-NEXT:  ExprStmt <119:20>
# CHECK-NEXT:    Dict <119:20>
# CHECK-NEXT:      **
# CHECK-NEXT:      Name 'a' <119:23>
# CHECK-NEXT:      Constant str 'k' <119:26>
# CHECK-NEXT:      Constant int 1 <119:31>
# CHECK-NEXT:      **
# CHECK-NEXT:      Name 'b' <119:36>
# CHECK-NEXT:  ExprStmt <119:40>
# CHECK-NEXT:    Tuple <119:40>
# CHECK-NEXT:      Starred <119:41>
# CHECK-NEXT:        Name 'a' <119:42>
# CHECK-NEXT:      Name 'b' <119:45>

0; 1_000; 0xff; 0o17; 0b101; 0_0
9223372036854775807; 9223372036854775808; 0xffff_ffff_ffff_ffff
1.5; 1_0.5e-3; .5; 5.; 2j; 1.5J
None; True; False; ...
'a' "b" '''c''' r'\d'
b'x' rb'\d' B"y"
(); (1); (1,); (1, 2,); [] ; [1]; [1, 2,]; {1}; {1, 2,}; {}; {1: 2}; {1: 2,}
[*a, *b]; {*a, 1}; {**a, 'k': 1, **b}; (*a, b)
