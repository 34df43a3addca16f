# RUN: %diff-python %s | FileCheck %s
# hash() of ints (small, big, negative: modulo 2**61-1, hash(-1) == -2),
# floats (equal numbers hash equal), bools, tuples and frozensets, as
# CPython 3.11 computes them.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 2), hash(2 ** 61 - 1))
print(hash(2 ** 61), hash(-2 ** 61), hash(2 ** 63 - 1), hash(-2 ** 63))
print(hash(2 ** 64), hash(-2 ** 100), hash(10 ** 30), hash(-(10 ** 40) - 7))
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(0.0), hash(-0.0))
print(hash(1.5), hash(-2.25), hash(1e300), hash(0.1), hash(-1e-300))
print(hash(float('inf')), hash(float('-inf')), hash(2.0 ** 61), hash(2.0 ** 100))
print(hash(2 ** 100) == hash(2.0 ** 100), hash(3) == hash(3.0))
n = float('nan')
print(hash(n) == hash(n))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3.5), -1)))
print(hash((True, False)), hash(((), ())), hash((2 ** 80, -1)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset([(1, 2)])))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash('abc') == hash('ab' + 'c'), hash(None) == hash(None))
print(hash(frozenset([frozenset([1])])))
# CHECK: 0 1 -2 -2 2305843009213693950 0
# CHECK-NEXT: 1 -2 3 -4
# CHECK-NEXT: 8 -549755813888 465258685558744706 -1388497483929617597
# CHECK-NEXT: 1 0 1 -2 0 0
# CHECK-NEXT: 1152921504606846977 -576460752303423490 1224995262755759164 230584300921369408 -482449582752280463
# CHECK-NEXT: 314159 -314159 1 549755813888
# CHECK-NEXT: True True
# CHECK-NEXT: True
# CHECK-NEXT: 5740354900026072187 -6644214454873602895 -3550055125485641917 -7923235833825778967
# CHECK-NEXT: -5164621852614943976 9028247024705308198 -268744668982553760
# CHECK-NEXT: 133146708735736 -272375401224217160 3819360209092968377
# CHECK-NEXT: True
# CHECK-NEXT: True True
# CHECK-NEXT: 5515263749738256364
# Tuples nested 100000 deep (deeper than native recursion would go) hash
# as in CPython.
deep = ()
for i in range(100000):
    deep = (deep,)
print(hash(deep) == hash(deep), {deep: 1}[deep], hash((1, (2, 3), ((4,), 5), ())))
# CHECK-NEXT: True 1 2357119188628114956
