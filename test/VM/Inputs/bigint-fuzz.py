#!/usr/bin/python3
"""Print COUNT random one-line programs on big ints (random values up to
300 bits, the int64 edges, a few floats) for diff-cases.py: every binary
operator, shifts, powers, abs/-/~, float(), int(), hex/oct/bin and
three-argument pow.

Usage: bigint-fuzz.py SEED COUNT"""
import random
import sys

rng = random.Random(int(sys.argv[1]))
def val():
    r = rng.random()
    if r < 0.3: return str(rng.choice([0,1,-1,2,3,-7,2**63-1,-2**63,2**63,2**64,-2**64-1]))
    if r < 0.85:
        n = rng.randrange(1, 300)
        v = rng.getrandbits(n) * rng.choice([1,-1])
        return '(%d)' % v
    return rng.choice(['1.5','-0.0','1e300','2.0**64','-1e-310','2.5e-300'])
ops = ['+','-','*','/','//','%','&','|','^','<','<=','==','!=','>','>=']
for i in range(int(sys.argv[2])):
    a, b = val(), val()
    k = rng.random()
    if k < 0.6:
        op = rng.choice(ops + ['<<','>>','**'])
        if op in ('<<','>>'): b = str(rng.randrange(-1, 200))
        if op == '**': b = str(rng.randrange(-3, 40))
        print('print(%s %s %s)' % (a, op, b))
    elif k < 0.7: print('print(abs(%s), -%s, ~%s)' % (a, a, b))
    elif k < 0.8: print('print(float(%s), int(%s))' % (a, a))
    elif k < 0.9: print('print(hex(%s), oct(%s), bin(%s))' % (a, a, b))
    else: print('print(pow(%s, %d, %s))' % (a, rng.randrange(-2, 100), val()))
