# RUN: %diff-python %s | FileCheck %s
# RUN: pyr-run --gc-stress %s | FileCheck %s
# bytes built from generator expressions and maps (which run Python code,
# and so may collect), encoded and decoded in a loop; temporaries are
# reclaimed.
total = 0
for k in range(200):
    b = bytes(i % 256 for i in range(k)) + bytes(map(lambda x: x * 2 % 256, range(k)))
    s = b.decode('latin-1')
    total += len(s.encode('utf-8')) + len(b) + sum(b[k // 2:])
print(total)
print(bytes(x for x in b'hello')[::-1], [c for c in reversed(b'ab')])
print({b'k': [b'v' * 3]}, (b'',), sorted([b'b', b'a', b'ab']))
# CHECK: 3051272
# CHECK-NEXT: b'olleh' [98, 97]
# CHECK-NEXT: {b'k': [b'vvv']} (b'',) [b'a', b'ab', b'b']
