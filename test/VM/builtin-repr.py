# RUN: %diff-python %s | FileCheck %s
# Builtins that are classes in CPython show as classes; the others as
# built-in functions.
print(int, float, bool, str)
print(repr(int), str(bool))
print(print, abs, len, chr, pow, input, min)
# CHECK: <class 'int'> <class 'float'> <class 'bool'> <class 'str'>
# CHECK-NEXT: <class 'int'> <class 'bool'>
# CHECK-NEXT: <built-in function print> <built-in function abs> <built-in function len> <built-in function chr> <built-in function pow> <built-in function input> <built-in function min>
