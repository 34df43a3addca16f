# ints: a table of //, % and shifts over sign combinations, computed with while loops only
a = -9
while a <= 9:
    b = -4
    line = str(a) + ':'
    while b <= 4:
        if b != 0:
            line = line + ' ' + str(a // b) + '/' + str(a % b)
        b += 1
    print(line)
    a += 3
s = 0
while s <= 66:
    print(s, 1 << s if s < 63 else 'skip', -1 << s if s <= 63 else 'skip', 12345 >> s, -12345 >> s)
    s += 11
print(-1 >> 1, -2 >> 1, -3 >> 1, 3 >> 1, 0 >> 5, 0 << 70, -7 >> 0)
