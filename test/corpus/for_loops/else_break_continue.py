# for_loops: for/else with and without break, continue, nested loops with break out of inner only
def find(haystack, needle):
    for i, x in enumerate(haystack):
        if x == needle:
            print('found', needle, 'at', i)
            break
    else:
        print(needle, 'not found')
find([4, 8, 15], 8)
find([4, 8, 15], 16)
find([], 1)
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    print(i, end=',')
print()
for ch in 'abc':
    for k in range(3):
        if k == 1:
            break
        print(ch + str(k), end=' ')
print()
