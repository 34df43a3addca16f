# ints: pseudo-random ints from an LCG checked against identities of //, %, divmod-free floor division, shifts and pow
seed = 2024
n = 0
checksum = 0
while n < 4000:
    seed = (seed * 1103515245 + 12345) % 2147483648
    a = seed - 1073741824
    b = seed % 9973 - 4986
    if b == 0:
        b = 7
    q = a // b
    r = a % b
    if q * b + r != a:
        print('floor identity broken', a, b)
    if b > 0 and not 0 <= r < b:
        print('mod sign broken', a, b)
    if b < 0 and not b < r <= 0:
        print('mod sign broken', a, b)
    s = seed % 30
    if (a << s) >> s != a or a >> s != a // 2 ** s:
        print('shift broken', a, s)
    checksum = (checksum * 131 + q + r + (a ^ b) + (a & b) - (a | b) + pow(seed, 3, 1000003)) % 1000000007
    if n % 500 == 0:
        print(a, b, q, r, a / b, -a // b, a % -b, a >> s, ~a & 0xFFFF, hex(a), pow(a, 2, b))
    n += 1
print(checksum)
