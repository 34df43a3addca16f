# ints: divmod, pow with 2 and 3 args, negative exponents, modular inverse
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 3), divmod(3, 1), divmod(-1, 1000))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 200, 1000000007))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, 0, 1))
print(2 ** 0, 0 ** 5, (-1) ** 101, (-1) ** 100)
total = 0
for k in range(1, 11):
    q, r = divmod(k * k, 7)
    total += q * 7 + r
print(total)
print(pow(10, 18), pow(10, 18) - 1, 10 ** 18 // 7)
def modexp(b, e, m):
    result = 1
    b %= m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result
print(modexp(7, 123456, 1000003), pow(7, 123456, 1000003))
