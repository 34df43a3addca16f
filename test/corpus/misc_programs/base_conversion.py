# misc_programs: converting ints to strings in bases 2-36 with while loops and chr, checked against bin/oct/hex/int
def to_base(n, b):
    if n == 0:
        return '0'
    sign = ''
    if n < 0:
        sign = '-'
        n = -n
    digits = ''
    while n:
        d = n % b
        if d < 10:
            digits = chr(ord('0') + d) + digits
        else:
            digits = chr(ord('a') + d - 10) + digits
        n //= b
    return sign + digits
print(to_base(255, 2), bin(255), to_base(255, 8), oct(255), to_base(255, 16), hex(255))
print(to_base(-255, 16), hex(-255), to_base(0, 7), to_base(35, 36), to_base(36, 36))
n = 1
while n < 10 ** 15:
    s = to_base(n, 36)
    print(n, s, int(s, 36) == n, int(to_base(n, 2), 2) == n, to_base(-n, 16))
    n = n * 997 + 13
print(to_base(9223372036854775807, 36), int(to_base(9223372036854775807, 36), 36))
