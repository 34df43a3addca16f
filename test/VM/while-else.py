# RUN: %diff-python %s | FileCheck %s
# while/else: else runs when the condition becomes false, not after break.
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i == 7:
        break
    print('odd', i)
else:
    print('not reached')
print('after', i)
while i > 0:
    i -= 3
else:
    print('else', i)
def find(n, target):
    i = 0
    while i < n:
        if i == target:
            print('found', i)
            break
        i += 1
    else:
        print('missing', target)
        return -1
    return i
print(find(5, 3), find(5, 9))
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    else:
        print('never')
    print(i, j)
    i += 1
else:
    print('outer else')
n = 0
while n < 5:
    n += 1
    if n < 3:
        continue
    print('n', n)

# CHECK: odd 1
# CHECK-NEXT: odd 3
# CHECK-NEXT: odd 5
# CHECK-NEXT: after 7
# CHECK-NEXT: else -2
# CHECK-NEXT: found 3
# CHECK-NEXT: missing 9
# CHECK-NEXT: 3 -1
# CHECK-NEXT: 0 1
# CHECK-NEXT: 1 2
# CHECK-NEXT: 2 3
# CHECK-NEXT: outer else
# CHECK-NEXT: n 3
# CHECK-NEXT: n 4
# CHECK-NEXT: n 5
