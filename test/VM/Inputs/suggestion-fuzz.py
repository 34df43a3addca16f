#!/usr/bin/python3
"""Differential fuzz of NameError "Did you mean" suggestions.

Usage: suggestion-fuzz.py SEED COUNT PYR-RUN

Writes COUNT random programs (globals, a function's parameters and
locals, and a reference to a misspelling of one of them or of a builtin),
runs each under PYR-RUN and /usr/bin/python3, and compares the last line
of their tracebacks. Exits 1 if any differ."""
import builtins
import keyword
import os
import random
import subprocess
import sys
import tempfile

rng = random.Random(int(sys.argv[1]))
BI = [n for n in builtins.__dict__ if not n.startswith('__')]
def mutate(s):
    s = list(s)
    for _ in range(rng.randint(1, 3)):
        op = rng.randint(0, 3)
        i = rng.randrange(len(s)) if s else 0
        if op == 0 and s: s[i] = rng.choice('abcxyzABXZ_01')
        elif op == 1: s.insert(i, rng.choice('abcxyzAB_'))
        elif op == 2 and len(s) > 1: del s[i]
        elif op == 3 and s: s[i] = s[i].swapcase()
    r = ''.join(s)
    if not r or r[0].isdigit(): r = 'q' + r
    return r
def name():
    r = rng.random()
    if r < 0.3: return mutate(rng.choice(BI))
    n = ''.join(rng.choice('abcdxyzAB_') for _ in range(rng.randint(1, 8)))
    return n if not n[0].isdigit() else 'v' + n
def ok(n): return n.isidentifier() and not keyword.iskeyword(n) and n not in builtins.__dict__
fails = 0
sugg = 0
path = os.path.join(tempfile.mkdtemp(), 'case.py')
N = int(sys.argv[2])
for case in range(N):
    gl = [n for n in (name() for _ in range(rng.randint(0, 8))) if ok(n)]
    pl = [n for n in (name() for _ in range(rng.randint(0, 4))) if ok(n) and n not in gl]
    pl = list(dict.fromkeys(pl))
    lo = [n for n in (name() for _ in range(rng.randint(0, 4))) if ok(n) and n not in gl and n not in pl]
    base = rng.choice(gl + pl + lo + BI[:40] + ['x'])
    miss = mutate(base)
    if not ok(miss) or miss in gl or miss in pl or miss in lo: continue
    src = ''.join(f'{g} = {i}\n' for i, g in enumerate(gl))
    if rng.random() < 0.5:
        src += f'def f({", ".join(pl)}):\n'
        src += ''.join(f'    {l} = 1\n' for l in lo)
        src += f'    return {miss}\n'
        src += f'f({", ".join("1" for _ in pl)})\n'
    else:
        src += f'print({miss})\n'
    open(path, 'w').write(src)
    a = subprocess.run([sys.argv[3], path], capture_output=True, text=True)
    b = subprocess.run(['/usr/bin/python3', path], capture_output=True, text=True)
    la = a.stderr.strip().split('\n')[-1]; lb = b.stderr.strip().split('\n')[-1]
    sugg += 'Did you mean' in lb
    if la != lb:
        fails += 1
        if fails < 6:
            print('---', src, 'pyr:', la, '\ncpy:', lb)
print('%d programs, %d with a suggestion, %d differ' % (N, sugg, fails))
sys.exit(1 if fails else 0)
