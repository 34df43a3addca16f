"""Writes a program that prints int operations on literals, the ones pyr's
compiler folds to constants (and the ones it leaves to the VM: overflows,
negative powers, shifts beyond 64 bits) over a grid of edge values. Only
expressions that CPython evaluates without raising are written; the
expected output is CPython's own, from running the program."""
import itertools

VALS = [0, 1, -1, 2, -2, 3, 7, -7, 62, 63, 64, 100, 2**31, -2**31, 2**62,
        -2**62, 2**63 - 1, -2**63, 3037000499, 3037000500, 10**18]
OPS = ['+', '-', '*', '//', '%', '**', '<<', '>>', '&', '|', '^']

for a, b in itertools.product(VALS, repeat=2):
    for op in OPS:
        if op == '**' and not -2 <= b <= 64:
            continue
        if op == '<<' and b > 200:
            continue
        expr = f"({a}) {op} ({b})"
        try:
            eval(expr)
        except ArithmeticError:
            continue
        except ValueError:
            continue
        print(f"print({expr})")
for a in VALS:
    print(f"print(-({a}), ~({a}), +({a}), -(-({a})), ~-({a}))")
# Nested and mixed with names: folded parts next to computed ones.
print("x = 5")
print("print((2 + 3) * 4 - -1, x * (60 * 60), (1 << 10) - 1 + x, 2 ** 10 ** 1)")
print("print(-2 ** 63, (-2) ** 63, -(2 ** 63), 7 // -2 % 3, (10 ** 18) * 10)")
