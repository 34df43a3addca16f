# bigints: pseudo-random big ints (LCG, up to ~640 bits, both signs) checked against arithmetic and bitwise identities
seed = 7
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
def big():
    words = rnd() % 20 + 1
    v = 0
    while words:
        v = v * 2147483648 + rnd()
        words -= 1
    if rnd() % 2:
        v = -v
    return v
bad = 0
check = 0
n = 0
while n < 400:
    a = big()
    b = big()
    if b == 0:
        b = 1
    q = a // b
    r = a % b
    if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
        bad += 1
    if (a & b) + (a | b) != a + b or (a ^ b) != (a | b) - (a & b) or ~a != -a - 1:
        bad += 1
    s = rnd() % 200
    if (a << s) >> s != a or a >> s != a // 2 ** s:
        bad += 1
    if int(str(a)) != a or int(hex(a), 16) != a or int(bin(b), 0) != b:
        bad += 1
    if (a * b) // b != a or a - b + b != a or (a * a) - (b * b) != (a - b) * (a + b):
        bad += 1
    m = abs(b) + 2
    check = (check * 1000003 + pow(a, 65537, m) + q % 1000000007 + len(str(r))) % (2 ** 61 - 1)
    if n % 80 == 0:
        print(a, b, q, r, a & b, a ^ b, a >> s, pow(a, 3, m))
        print(hex(a), oct(b), float(a) if abs(a) < 2 ** 1000 else 'huge', a / b, a < float(b), a == b)
    n += 1
print(bad, check)
