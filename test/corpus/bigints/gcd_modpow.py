# bigints: Euclid gcd on huge numbers, modular inverse, pow with huge exponent and modulus
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
a = 2 ** 100 * 3 ** 50
b = 2 ** 80 * 3 ** 70 * 5
print(gcd(a, b) == 2 ** 80 * 3 ** 50, gcd(a, b))
print(gcd(10 ** 30 + 1, 10 ** 20 + 1), gcd(0, 10 ** 40), gcd(10 ** 40, 0))
p = 2 ** 127 - 1
print(pow(3, p - 1, p), pow(5, 10 ** 20, 10 ** 9 + 7))
inv = pow(12345678901234567890, -1, p)
print(inv, inv * 12345678901234567890 % p)
fermat = 2 ** 32 + 1
print(fermat, fermat % 641, fermat // 641)
lcm = 1
for k in range(1, 51):
    lcm = lcm * k // gcd(lcm, k)
print(lcm)
