# RUN: %diff-python %s | FileCheck %s
# What counts as true in a condition.
def check(v):
    if v:
        return 'T'
    return 'F'
print(check(0), check(1), check(-1), check(0.0), check(-0.0), check(0.5))
print(check(''), check(' '), check('0'), check(None), check(True), check(False))
print(check(check), check(print), check(1e308 * 10), check(1e308 * 10 - 1e308 * 10))
print(not print, not check, bool_like if False else 'skipped')

# CHECK: F T T F F T
# CHECK-NEXT: F T T F T F
# CHECK-NEXT: T T T T
# CHECK-NEXT: False False skipped
