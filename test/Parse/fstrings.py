# f-strings parse to JoinedStr/FormattedValue trees shaped like CPython 3.11's
# ast (literals merged, '=' adding the expression's text and a default !r,
# constants and fields at the string's start, the fields' expressions at
# their place in the file: every Name position here equals CPython's).
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  Assign <62:1>
# CHECK-NEXT:    Name 'x' store <62:1>
# CHECK-NEXT:    JoinedStr <62:5>
# CHECK-NEXT:      Constant str 'a' <62:5>
# CHECK-NEXT:      FormattedValue !r <62:5>
# CHECK-NEXT:        Name 'b' <62:9>
# CHECK-NEXT:        format_spec:
# CHECK-NEXT:          JoinedStr <62:5>
# CHECK-NEXT:            Constant str '>' <62:5>
# CHECK-NEXT:            FormattedValue <62:5>
# CHECK-NEXT:              Name 'w' <62:15>
# CHECK-NEXT:      Constant str 'cd' <62:5>
# CHECK-NEXT:  ExprStmt <63:1>
# CHECK-NEXT:    JoinedStr <63:1>
# CHECK-NEXT:      Constant str 'x=' <63:1>
# CHECK-NEXT:      FormattedValue !r <63:1>
# CHECK-NEXT:        Name 'x' <63:4>
# CHECK-NEXT:      Constant str 'x = ' <63:1>
# CHECK-NEXT:      FormattedValue <63:1>
# CHECK-NEXT:        Name 'x' <63:12>
# CHECK-NEXT:        format_spec:
# CHECK-NEXT:          JoinedStr <63:1>
# CHECK-NEXT:            Constant str '>4' <63:1>
# CHECK-NEXT:  ExprStmt <64:1>
# CHECK-NEXT:    JoinedStr <64:1>
# CHECK-NEXT:      Constant str 'ab\n' <64:1>
# CHECK-NEXT:      FormattedValue <64:1>
# CHECK-NEXT:        BinOp Add <65:3>
# CHECK-NEXT:          Name 'x' <65:3>
# CHECK-NEXT:          Name 'y' <66:1>
# CHECK-NEXT:  ExprStmt <67:1>
# CHECK-NEXT:    JoinedStr <67:1>
# CHECK-NEXT:      Constant str 'pre\\d' <67:1>
# CHECK-NEXT:      FormattedValue !a <67:1>
# CHECK-NEXT:        Name 'n' <67:13>
# CHECK-NEXT:      Constant str '{lit}' <67:1>
# CHECK-NEXT:  ExprStmt <68:1>
# CHECK-NEXT:    JoinedStr <68:1>
# CHECK-NEXT:  ExprStmt <69:1>
# CHECK-NEXT:    JoinedStr <69:1>
# CHECK-NEXT:      FormattedValue <69:1>
# CHECK-NEXT:        Tuple <69:4>
# CHECK-NEXT:          Name 'a' <69:4>
# CHECK-NEXT:          Name 'b' <69:7>
# CHECK-NEXT:      FormattedValue <69:1>
# CHECK-NEXT:        IfExp <69:14>
# CHECK-NEXT:          Name 'd' <69:19>
# CHECK-NEXT:          Name 'c' <69:14>
# CHECK-NEXT:          Name 'e' <69:26>
# CHECK-NEXT:        format_spec:
# CHECK-NEXT:          JoinedStr <69:1>
# CHECK-NEXT:            FormattedValue <69:1>
# CHECK-NEXT:              Name 'f' <69:29>
# CHECK-NEXT:            FormattedValue <69:1>
# CHECK-NEXT:              Name 'g' <69:32>
x = f'a{b!r:>{w}}c' 'd'
f'{x=}' f'{x = :>4}'
f"""ab
{ x +
y}"""
'pre' rf'\d{n!a}' f'{{lit}}'
f''
f'{a, b}' f'{c if d else e:{f}{g}}'
