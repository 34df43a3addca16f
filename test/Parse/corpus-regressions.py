# Regressions from the corpus run over CPython's library and test suite
# (utils/corpus-check.py). Each line was mis-parsed or mis-placed before:
# - annotated '*args' and '**kwargs', and '*args: *Ts' (typing.py,
#   test_grammar.py) were "invalid syntax";
# - a call, attribute or subscript on a parenthesized expression started
#   inside the parentheses instead of at the '(' (ipaddress.py);
# - an unparenthesized tuple of indices started at the '[' (bdb.py);
# - 'a[*b]' indexed with the Starred itself, not a one-element Tuple
#   (test_typing.py);
# - augmented assignment left attribute and subscript targets in load
#   context (many files);
# - the lone surrogate escape '\ud800' decoded to nothing (test_codecs.py).
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  FunctionDef 'visit' (self, node) varargs varkw <58:1>
# CHECK-NEXT:    Pass <58:64>
# CHECK-NEXT:  FunctionDef 'f' () varargs <59:1>
# CHECK-NEXT:    Pass <59:20>
# CHECK-NEXT:  Assign <60:1>
# CHECK-NEXT:    Name 'return_value' store <60:1>
# CHECK-NEXT:    Call <60:16>
# CHECK-NEXT:      Attribute 'bit_length' <60:16>
# CHECK-NEXT:        BinOp BitAnd <60:17>
# CHECK-NEXT:          UnaryOp Invert <60:17>
# CHECK-NEXT:            Name 'number' <60:18>
# CHECK-NEXT:          BinOp Sub <60:28>
# CHECK-NEXT:            Name 'number' <60:28>
# CHECK-NEXT:            Constant int 1 <60:35>
# CHECK-NEXT:  ExprStmt <61:1>
# CHECK-NEXT:    BoolOp Or <61:1>
# CHECK-NEXT:      Subscript <61:1>
# CHECK-NEXT:        Attribute 'bplist' <61:1>
# CHECK-NEXT:          Name 'Breakpoint' <61:1>
# CHECK-NEXT:        Tuple <61:19>
# CHECK-NEXT:          Name 'filename' <61:19>
# CHECK-NEXT:          Name 'lineno' <61:29>
# CHECK-NEXT:      List <61:40>
# CHECK-NEXT:  ExprStmt <62:1>
# CHECK-NEXT:    Subscript <62:1>
# CHECK-NEXT:      Name 'Generic' <62:1>
# CHECK-NEXT:      Tuple <62:9>
# CHECK-NEXT:        Starred <62:9>
# CHECK-NEXT:          Name 'Ts' <62:10>
# CHECK-NEXT:  AugAssign Add <63:1>
# CHECK-NEXT:    Attribute 'n_nodes' store <63:1>
# CHECK-NEXT:      Name 'self' <63:1>
# CHECK-NEXT:    Constant int 1 <63:17>
# CHECK-NEXT:  AugAssign Sub <63:20>
# CHECK-NEXT:    Subscript store <63:20>
# CHECK-NEXT:      Attribute 'data' <63:20>
# CHECK-NEXT:        Name 'self' <63:20>
# CHECK-NEXT:      Constant int 0 <63:30>
# CHECK-NEXT:    Constant int 1 <63:36>
# CHECK-NEXT:  Assign <64:1>
# CHECK-NEXT:    Name 's' store <64:1>
# CHECK-NEXT:    Constant str '\355\240\200\355\277\277' <64:5>

def visit(self, node: Any, *args: Any, **kwargs: Any) -> None: pass
def f(*args: *Ts): pass
return_value = (~number & (number-1)).bit_length()
Breakpoint.bplist[filename, lineno] or []
Generic[*Ts]
self.n_nodes += 1; self.data[0] -= 1
s = '\ud800\udfff'
