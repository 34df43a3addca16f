# ranges: for loops over ranges of various shapes, loop variable after loop, nested ranges building output
for i in range(3):
    pass
print(i)
for i in range(5, 0, -1):
    print(i, end=' ')
print()
for i in range(0):
    print('never')
total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
for row in range(1, 5):
    print(' '.join([str(row * col).rjust(3) for col in range(1, 6)]))
n = 7
print([range(k) for k in range(3)])
acc = []
for start in range(3):
    for j in range(start, 10, 4):
        acc.append(j)
print(acc)
print(list(range(ord('a'), ord('f'))), [chr(c) for c in range(0x4e2d, 0x4e30)])
