# misc_programs: while/else with break and continue - searching, digit puzzles, nested while loops
def first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d
print(first_divisor(91), first_divisor(97), first_divisor(1000000007), first_divisor(4))
n = 0
found = 0
while n < 200:
    n += 1
    if n % 7 != 0:
        continue
    s = 0
    m = n
    while m:
        s += m % 10
        m //= 10
    if s == 7:
        found += 1
        print('digit sum 7 and divisible by 7:', n)
else:
    print('done scanning', n, found)
a = 1
while a < 30:
    b = a
    while b < 30:
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and c < 30:
            print(a, b, c)
        b += 1
    a += 1
