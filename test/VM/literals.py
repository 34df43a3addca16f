# RUN: %diff-python %s | FileCheck %s
# Literal syntax: int bases and underscores, float forms, string prefixes,
# triple quotes, escapes, backslash continuation, one-line compound
# statements, trailing commas.
print(0x1F, 0o17, 0b101, 1_000_000, 0XFF, 00, 0_0)
print(1., .5, 1e5, 1_0.5, 1E-3, 3.14_15)
print(r'raw\n', R"x\t", u'uni', '''tri
ple''', """dq""", 'a\x41\101\u00e9\U0001F600\
b', "esc\'\"\a\b\f\v" == "x")
x = 1; y = 2; print(x + \
  y)
if x: print('one-line if')
while False: pass
def f(a,): return a
print(f(3,))
print(1 if x else 2, -x ** 2, not x == 2)
print('%')

# CHECK: 31 15 5 1000000 255 0 0
# CHECK-NEXT: 1.0 0.5 100000.0 10.5 0.001 3.1415
# CHECK-NEXT: raw\n x\t uni tri
# CHECK-NEXT: ple dq aAAé😀b False
# CHECK-NEXT: 3
# CHECK-NEXT: one-line if
# CHECK-NEXT: 3
# CHECK-NEXT: 1 -1 True
# CHECK-NEXT: %
