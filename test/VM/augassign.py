# RUN: %diff-python %s | FileCheck %s
# Augmented assignment with every operator, on locals and globals.
def local_ops(x):
    x += 3
    print(x)
    x -= 1
    print(x)
    x *= -4
    print(x)
    x //= 3
    print(x)
    x %= 5
    print(x)
    x **= 3
    print(x)
    x <<= 2
    print(x)
    x >>= 1
    print(x)
    x &= 0xff
    print(x)
    x |= 0x100
    print(x)
    x ^= 0x0f
    print(x)
    x /= 8
    print(x)
    return x
print(local_ops(10))
g = 'ab'
g += 'cd'
g *= 2
print(g)
n = 7
n //= 2
n **= 2
n -= 0.5
print(n)
def loop():
    total = 0
    i = 1
    while i <= 100:
        total += i
        i += 1
    return total
print(loop())

# CHECK: 13
# CHECK-NEXT: 12
# CHECK-NEXT: -48
# CHECK-NEXT: -16
# CHECK-NEXT: 4
# CHECK-NEXT: 64
# CHECK-NEXT: 256
# CHECK-NEXT: 128
# CHECK-NEXT: 128
# CHECK-NEXT: 384
# CHECK-NEXT: 399
# CHECK-NEXT: 49.875
# CHECK-NEXT: 49.875
# CHECK-NEXT: abcdabcd
# CHECK-NEXT: 8.5
# CHECK-NEXT: 5050
