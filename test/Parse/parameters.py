# Parameter lists: defaults (dumped as "default NAME:"), positional-only
# ('/'), '*args', a bare '*' with keyword-only parameters (which need no
# default after one with a default), '**kwargs', annotations on every kind
# of parameter including '*args: *Ts', and trailing commas.
# RUN: pyr-parse %s | FileCheck %s --strict-whitespace --match-full-lines
# CHECK:Module <1:1>
# CHECK-NEXT:  FunctionDef 'f0' () <36:1>
# CHECK-NEXT:    Pass <36:11>
# CHECK-NEXT:  FunctionDef 'f1' (a, b, d, e, f) varargs varkw <37:1>
# CHECK-NEXT:    default b:
# CHECK-NEXT:      Constant int 1 <37:13>
# CHECK-NEXT:    default e:
# CHECK-NEXT:      Constant int 2 <37:25>
# CHECK-NEXT:    Pass <37:37>
# CHECK-NEXT:  FunctionDef 'f2' (a, b, c, d, e) posonly kwonly <38:1>
# CHECK-NEXT:    default b:
# CHECK-NEXT:      Constant int 2 <38:13>
# CHECK-NEXT:    default c:
# CHECK-NEXT:      Constant int 3 <38:21>
# CHECK-NEXT:    default e:
# CHECK-NEXT:      Constant int 4 <38:32>
# CHECK-NEXT:    Pass <38:36>
# CHECK-NEXT:  FunctionDef 'f3' (a, b, d) varargs varkw <39:1>
# CHECK-NEXT:    default b:
# CHECK-NEXT:      Constant str 's' <39:25>
# CHECK-NEXT:    Pass <39:69>
# CHECK-NEXT:  FunctionDef 'f4' () varargs <40:1>
# CHECK-NEXT:    Pass <40:21>
# CHECK-NEXT:  FunctionDef 'f5' (a) posonly <41:1>
# CHECK-NEXT:    Pass <41:16>
# CHECK-NEXT:  FunctionDef 'f6' (a) kwonly <42:1>
# CHECK-NEXT:    Pass <42:16>
# CHECK-NEXT:  FunctionDef 'f7' () varkw <43:1>
# CHECK-NEXT:    Pass <43:15>

def f0(): pass
def f1(a, b=1, *c, d, e=2, f, **g): pass
def f2(a, b=2, /, c=3, *, d, e=4): pass
def f3(a: int, b: str = "s", *c: tuple, d: int, **e: dict) -> None: pass
def f4(*args: *Ts): pass
def f5(a, /,): pass
def f6(*, a,): pass
def f7(**k,): pass
